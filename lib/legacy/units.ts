// The units a 统计表 counts in, its 单位 column's words (条, 件, 万元, 人次, 期, 名 …), as the national form and the
// provincial ones print them: one list for every reader of the form, as a <table> (layout.ts, stats.ts) or as text
// lines (document/text-table.ts), so that a row counted in 期 or 名 is read alike wherever it stands.
export const UNIT_WORDS = '万?元|人次|[条件次人个篇项期份家场天日名户]|%';
export const UNIT = new RegExp(`^(?:${UNIT_WORDS})$`);
// A heading row's unit cell: dashes (——, /) for none.
export const DASHES = /^[-—–―－/]+$/;
// A unit cell: a unit or a heading's dashes.
export const UNIT_WORD = new RegExp(`^(?:${UNIT_WORDS})$|${DASHES.source}`);
