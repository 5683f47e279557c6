// The names of the report's figures, and the figure tables laid out as the report prints them (rows × columns).
// The CSV, the TSV copy and the panel all read figures through here, so a figure has one name everywhere, and is
// found by it. The names are the report's Chinese; the standard tables' rows and columns have English ones too,
// for the English panel (the JSON, the CSV and the messages stay Chinese). What the page names itself (a 统计表's
// rows, the sentences' figures) keeps its own words.
import { printedCode } from './legacy/outline.ts';
import type { CellRef, ProseFigure, Report, TableName } from './schema.ts';
import { squeezed } from './text/normalize.ts';
import { quote } from './text/quote.ts';

export type Language = 'zh' | 'en';

interface Named { key: string; label: string; en: string }

/**
 * One figure: where it is in the contract, its name, its value; `approximate` for a figure of the text given as about so
 * many (260余条, 约30人: the tables' are no figures), which every copy of it says (figureText).
 */
export interface FigureEntry { table: TableName; path: string; label: string; value: number | null; approximate?: true }

/**
 * A figure's value as the CSV and the copied tables write it: blank for none, 约 before an approximate one (as the panel
 * shows it), so a figure pasted into a sheet is not taken for an exact count nor summed as one. The JSON keeps the number
 * and its `approximate` apart, as the contract has them.
 */
export const figureText = (f: Pick<FigureEntry, 'value' | 'approximate'>): string =>
  (f.value === null ? '' : `${f.approximate ? '约' : ''}${f.value}`);

/** A figure table as rows × columns, named in one language; a cell is absent where that row has no such column. */
export interface TableLayout {
  table: Exclude<TableName, 'proseFigures' | 'document'>;
  title: string;
  columns: { key: string; label: string }[];
  rows: { label: string; cells: (FigureEntry | null)[] }[];
}

const APPLICANT_COLUMNS: Named[] = [
  { key: 'naturalPerson', label: '自然人', en: 'Individuals' }, { key: 'commercial', label: '商业企业', en: 'Businesses' },
  { key: 'research', label: '科研机构', en: 'Research institutions' }, { key: 'nonprofit', label: '社会公益组织', en: 'Public-interest organisations' },
  { key: 'legalService', label: '法律服务机构', en: 'Legal service providers' }, { key: 'otherOrg', label: '其他组织', en: 'Other organisations' },
  { key: 'total', label: '总计', en: 'Total' },
];

const APPLICATION_ROWS: Named[] = [
  { key: 'newReceived', label: '本年新收', en: 'Received this year' },
  { key: 'carriedOver', label: '上年结转', en: 'Carried over from last year' },
  { key: 'granted', label: '予以公开', en: 'Disclosed in full' },
  { key: 'partiallyGranted', label: '部分公开', en: 'Disclosed in part' },
  { key: 'withheld.stateSecret', label: '不予公开·属于国家秘密', en: 'Withheld · state secret' },
  { key: 'withheld.lawForbidden', label: '不予公开·其他法律行政法规禁止公开', en: 'Withheld · barred by other laws or regulations' },
  { key: 'withheld.safetyStability', label: '不予公开·危及“三安全一稳定”', en: 'Withheld · would endanger security or stability' },
  { key: 'withheld.thirdPartyRights', label: '不予公开·保护第三方合法权益', en: 'Withheld · a third party\'s lawful rights' },
  { key: 'withheld.internalAffairs', label: '不予公开·属于三类内部事务信息', en: 'Withheld · internal affairs (three kinds)' },
  { key: 'withheld.processInformation', label: '不予公开·属于四类过程性信息', en: 'Withheld · process information (four kinds)' },
  { key: 'withheld.enforcementFiles', label: '不予公开·属于行政执法案卷', en: 'Withheld · administrative enforcement files' },
  { key: 'withheld.administrativeQuery', label: '不予公开·属于行政查询事项', en: 'Withheld · administrative query matters' },
  { key: 'unavailable.notHeld', label: '无法提供·本机关不掌握相关政府信息', en: 'Cannot be provided · not held by this body' },
  { key: 'unavailable.needsCreation', label: '无法提供·没有现成信息需要另行制作', en: 'Cannot be provided · would have to be made' },
  { key: 'unavailable.stillUnclear', label: '无法提供·补正后申请内容仍不明确', en: 'Cannot be provided · still unclear after correction' },
  { key: 'notProcessed.complaint', label: '不予处理·信访举报投诉类申请', en: 'Not processed · petition, report or complaint' },
  { key: 'notProcessed.repeated', label: '不予处理·重复申请', en: 'Not processed · repeated application' },
  { key: 'notProcessed.publication', label: '不予处理·要求提供公开出版物', en: 'Not processed · asks for a publication' },
  { key: 'notProcessed.excessive', label: '不予处理·无正当理由大量反复申请', en: 'Not processed · many repeated applications without good reason' },
  { key: 'notProcessed.confirmation', label: '不予处理·要求确认或重新出具已获取信息', en: 'Not processed · asks to confirm or reissue information obtained' },
  { key: 'otherHandling.noCorrection', label: '其他处理·逾期不补正', en: 'Otherwise handled · not corrected in time' },
  { key: 'otherHandling.noFee', label: '其他处理·逾期未缴费', en: 'Otherwise handled · fee not paid in time' },
  { key: 'otherHandling.other', label: '其他处理·其他', en: 'Otherwise handled · other' },
  { key: 'otherHandling.all', label: '其他处理', en: 'Otherwise handled' },
  { key: 'totalProcessed', label: '办理结果总计', en: 'Processed, in all' },
  { key: 'carriedForward', label: '结转下年度', en: 'Carried forward to next year' },
];

const OUTCOME_COLUMNS: Named[] = [
  { key: 'upheld', label: '结果维持', en: 'Upheld' }, { key: 'corrected', label: '结果纠正', en: 'Corrected' },
  { key: 'other', label: '其他结果', en: 'Other outcome' }, { key: 'pending', label: '尚未审结', en: 'Pending' }, { key: 'total', label: '总计', en: 'Total' },
];

const REVIEW_ROWS: Named[] = [
  { key: 'review', label: '行政复议', en: 'Administrative reconsideration' },
  { key: 'litigationDirect', label: '行政诉讼（未经复议直接起诉）', en: 'Litigation without reconsideration first' },
  { key: 'litigationAfterReview', label: '行政诉讼（复议后起诉）', en: 'Litigation after reconsideration' },
];

// Both official forms in one list: the report has the keys of its own form only (2021: issued…;
// 2019: newlyMade…), and absent keys are left out of the layout.
const DISCLOSURE_COLUMNS: Named[] = [
  { key: 'issued', label: '本年制发', en: 'Issued this year' }, { key: 'repealed', label: '本年废止', en: 'Repealed this year' },
  { key: 'inForce', label: '现行有效', en: 'In force' },
  { key: 'newlyMade', label: '本年新制作', en: 'Made this year' }, { key: 'newlyPublished', label: '本年新公开', en: 'Published this year' },
  { key: 'totalPublished', label: '对外公开总数', en: 'Published, in all' },
  { key: 'previousCount', label: '上一年项目数量', en: 'Items last year' }, { key: 'change', label: '本年增/减', en: 'Change this year' },
  { key: 'decisions', label: '处理决定数量', en: 'Decisions' }, { key: 'projects', label: '采购项目数量', en: 'Procurement projects' },
  { key: 'amount', label: '金额', en: 'Amount' },
];

const DISCLOSURE_ROWS: Named[] = [
  { key: 'regulations', label: '规章', en: 'Administrative rules' },
  { key: 'normativeDocuments', label: '行政规范性文件', en: 'Normative documents' },
  { key: 'licensing', label: '行政许可', en: 'Administrative licensing' },
  { key: 'otherServices', label: '其他对外管理服务事项', en: 'Other administrative services' },
  { key: 'punishment', label: '行政处罚', en: 'Administrative penalties' },
  { key: 'coercion', label: '行政强制', en: 'Administrative coercion' },
  { key: 'fees', label: '行政事业性收费', en: 'Administrative fees' },
  { key: 'procurement', label: '政府集中采购', en: 'Government procurement' },
];

const LEGACY_COLUMNS: Named[] = [{ key: 'value', label: '本年', en: 'This year' }, { key: 'cumulative', label: '历年累计', en: 'Cumulative' }];

const TABLE_TITLES: Record<Language, Record<TableLayout['table'], string>> = {
  zh: {
    activeDisclosure: '主动公开政府信息情况',
    applications: '收到和处理政府信息公开申请情况',
    reviewLitigation: '政府信息公开行政复议、行政诉讼情况',
    legacyStats: '政府信息公开情况统计表',
  },
  en: {
    activeDisclosure: 'Proactive disclosure of government information',
    applications: 'Applications for government information received and handled',
    reviewLitigation: 'Administrative reconsideration and litigation over disclosure',
    legacyStats: 'Government information disclosure statistics',
  },
};

/** Whether the report has a figure table: a standard table, or an older 统计表 with a row. */
export const hasTables = (report: Report): boolean =>
  Boolean(report.legacyStats?.length || report.activeDisclosure || report.applications || report.reviewLitigation);

/** The value at a dotted path, or undefined when the report does not have it (or it is not a figure). */
export function figureAt(root: unknown, path: string): number | null | undefined {
  let at: unknown = root;
  for (const key of path.split('.')) {
    if (at == null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return typeof at === 'number' || at === null ? at : undefined;
}

/** A row's or column's name in `language`. */
const nameIn = (named: Named, language: Language) => (language === 'en' ? named.en : named.label);

// Every row and column name by its key, in each language: a figure's name is its row's name · its column's name.
const NAMED: Named[] = [
  ...APPLICATION_ROWS, ...APPLICANT_COLUMNS, ...REVIEW_ROWS, ...OUTCOME_COLUMNS, ...DISCLOSURE_ROWS, ...DISCLOSURE_COLUMNS,
  { key: 'withheld', label: '不予公开', en: 'Withheld' }, { key: 'unavailable', label: '无法提供', en: 'Cannot be provided' },
  { key: 'notProcessed', label: '不予处理', en: 'Not processed' }, { key: 'otherHandling', label: '其他处理', en: 'Otherwise handled' },
];
const NAMES: Record<Language, Map<string, string>> = {
  zh: new Map(NAMED.map((n) => [n.key, n.label])),
  en: new Map(NAMED.map((n) => [n.key, n.en])),
};
const TABLE_SHORT_NAMES: Record<TableName, string> = {
  activeDisclosure: '表二', applications: '表三', reviewLitigation: '表四', legacyStats: '统计表', proseFigures: '正文', document: '文档',
};
const TABLE_TOPICS: Partial<Record<TableName, string>> = {
  activeDisclosure: '主动公开', applications: '依申请公开', reviewLitigation: '行政复议、行政诉讼',
};
// In English a table is named with its Chinese short name too, which the page prints above it.
const EN_TABLE_NAMES: Record<TableName, string> = {
  activeDisclosure: 'Table 2', applications: 'Table 3', reviewLitigation: 'Table 4', legacyStats: 'Statistics table', proseFigures: 'Text', document: 'Document',
};
const EN_TABLE_TOPICS: Partial<Record<TableName, string>> = {
  activeDisclosure: 'proactive disclosure', applications: 'disclosure upon application', reviewLitigation: 'administrative reconsideration and litigation',
};

/** A table's name alone: 表三, 正文; in English Table 3, Text. */
export const shortTableName = (table: TableName, language: Language = 'zh'): string =>
  (language === 'en' ? EN_TABLE_NAMES : TABLE_SHORT_NAMES)[table];

/** How a note names a table: "表三（依申请公开）", "统计表"; in English "Table 3 (表三), disclosure upon application". */
export function tableName(table: TableName, language: Language = 'zh'): string {
  if (language === 'en') {
    const topic = EN_TABLE_TOPICS[table];
    return `${EN_TABLE_NAMES[table]} (${TABLE_SHORT_NAMES[table]})${topic ? `, ${topic}` : ''}`;
  }
  const topic = TABLE_TOPICS[table];
  return topic ? `${TABLE_SHORT_NAMES[table]}（${topic}）` : TABLE_SHORT_NAMES[table];
}

/** A name followed by the name of a part of it: "不予公开·属于国家秘密", "Withheld · state secret" (in lower case as a phrase goes on). */
const joined = (head: string, last: string, language: Language) =>
  (language === 'en' ? `${head} · ${last[0]!.toLowerCase()}${last.slice(1)}` : `${head}·${last}`);

/**
 * "不予公开·属于国家秘密·自然人" for `withheld.stateSecret.naturalPerson`: the row's name, then the column's; in
 * English "Withheld · state secret · individuals".
 */
export function pathNameIn(path: string, language: Language): string {
  const names = NAMES[language];
  let name = names.get(path);
  if (name === undefined) {
    const dot = path.lastIndexOf('.');
    name = dot < 0 ? path : joined(pathNameIn(path.slice(0, dot), language), pathNameIn(path.slice(dot + 1), language), language);
    names.set(path, name); // a few hundred paths, named once each
  }
  return name;
}

/** A figure's Chinese name by its path, as the messages, the CSV and the JSON's readers know it. */
export const pathName = (path: string): string => pathNameIn(path, 'zh');

/**
 * A 统计表 row's code as the table prints its numbers: "三.(一)" → "三、(一)", "一.(二).1" → "一、(二)1.",
 * "另1.其中2" → "其中：" (the codes' 另 and a 其中 above the last step are no numbers on the page);
 * "表2." (a report's second 统计表) → its table 2; "(一)#2" (a number the page repeats) → "(一)".
 */
function legacyNumbering(code: string): { nth: number | null; numbering: string } {
  const segments = printedCode(code).split('.');
  const nth = /^表\d+$/.test(segments[0]!) ? Number(segments.shift()!.slice(1)) : null;
  const numbering = segments.map((s, i) =>
    /^[一二三四五六七八九十]+$/.test(s) ? `${s}、` : /^\d+$/.test(s) ? `${s}.`
      : /^另\d+$/.test(s) ? '' : /^其中\d+$/.test(s) ? (i === segments.length - 1 ? '其中：' : '') : s).join('');
  return { nth, numbering };
}

/**
 * 表三·予以公开·自然人, 统计表“一、(一)主动公开政府信息数”, 第2张统计表“…” — enough for a reader to find the cell; in English
 * "Table 3 (表三) · disclosed in full · individuals", a 统计表's row by its own words: Statistics table 2 (第2张统计表) “…”.
 */
export function figureName(report: Report, table: TableLayout['table'], path: string, language: Language = 'zh'): string {
  const en = language === 'en';
  const tableShown = en ? `${EN_TABLE_NAMES[table]} (${TABLE_SHORT_NAMES[table]})` : TABLE_SHORT_NAMES[table];
  if (table === 'legacyStats') {
    const [index, field] = path.split('.');
    const entry = report.legacyStats?.[Number(index)];
    const cumulative = field !== 'cumulative' ? '' : en ? ' (cumulative)' : '（历年累计）';
    if (!entry) return en ? `${tableShown}, row ${Number(index) + 1}${cumulative}` : `${tableShown}第${Number(index) + 1}行${cumulative}`;
    const { nth, numbering } = legacyNumbering(entry.code);
    const shown = nth === null ? tableShown : en ? `Statistics table ${nth} (第${nth}张统计表)` : `第${nth}张${tableShown}`;
    return `${shown}${en ? ' ' : ''}${quote(`${numbering}${entry.label}`)}${cumulative}`;
  }
  return joined(tableShown, pathNameIn(path, language), language);
}

// The units of money 表二 counts its amounts in, in English.
const EN_UNITS: Record<string, string> = { 元: 'yuan', 万元: '10,000 yuan', 亿元: '100 million yuan' };

/** A figure's name with the unit the page counts it in (政府集中采购·金额（元）, 主动公开信息（条）); the name alone where none is given. */
const withUnit = (label: string, unit: string | null | undefined, language: Language = 'zh'): string =>
  (!unit ? label : language === 'en' ? `${label} (${EN_UNITS[unit] ?? unit})` : `${label}（${unit}）`);

function gridLayout(
  table: TableLayout['table'], root: unknown, rows: Named[], columns: Named[], language: Language, unitOf?: (row: string) => string | null,
): TableLayout | null {
  const laidRows: TableLayout['rows'] = [];
  const used = new Set<string>();
  for (const row of rows) {
    const cells = columns.map((col): FigureEntry | null => {
      const path = `${row.key}.${col.key}`;
      const value = figureAt(root, path);
      if (value === undefined) return null;
      used.add(col.key);
      // An amount's unit is its row's (元 or 万元, as the page prints it): said with the figure wherever it goes alone.
      const name = pathNameIn(path, language);
      return { table, path, label: col.key === 'amount' ? withUnit(name, unitOf?.(row.key), language) : name, value };
    });
    if (cells.some((c) => c)) laidRows.push({ label: withUnit(nameIn(row, language), unitOf?.(row.key), language), cells });
  }
  if (laidRows.length === 0) return null;
  // Keep only the columns some row has, so each form shows its own header.
  const keep = columns.map((c) => used.has(c.key));
  return {
    table, title: TABLE_TITLES[language][table],
    columns: columns.filter((_, i) => keep[i]).map((c) => ({ key: c.key, label: nameIn(c, language) })),
    rows: laidRows.map((r) => ({ label: r.label, cells: r.cells.filter((_, i) => keep[i]) })),
  };
}

/** The 统计表, its rows by the page's own names (and units) in either language. */
function legacyLayout(report: Report, language: Language): TableLayout | null {
  const stats = report.legacyStats;
  if (!stats?.length) return null;
  const hasCumulative = stats.some((s) => s.cumulative !== undefined);
  const columns = (hasCumulative ? LEGACY_COLUMNS : LEGACY_COLUMNS.slice(0, 1)).map((c) => ({ key: c.key, label: nameIn(c, language) }));
  return {
    table: 'legacyStats', title: TABLE_TITLES[language].legacyStats, columns,
    rows: stats.map((s, i) => {
      // Numbered as the findings name it (figureName), not by its code: 一.(一).其中1 and 另1 were the outline's own marks.
      const { nth, numbering } = legacyNumbering(s.code);
      const label = withUnit(`${nth === null ? '' : `第${nth}张统计表·`}${numbering}${s.label}`, s.unit);
      const value: FigureEntry = { table: 'legacyStats', path: String(i), label, value: s.value };
      const cumulative: FigureEntry | null = s.cumulative === undefined ? null
        : { table: 'legacyStats', path: `${i}.cumulative`, label: joined(label, columns[1]!.label, language), value: s.cumulative };
      return { label, cells: hasCumulative ? [value, cumulative] : [value] };
    }),
  };
}

/** The report's figure tables in the order the report prints them, named in `language`; tables it does not have are left out. */
export function tableLayouts(report: Report, language: Language = 'zh'): TableLayout[] {
  const fees = report.activeDisclosure?.fees?.unit;
  const procurement = report.activeDisclosure?.procurement?.unit;
  const disclosureUnit = (row: string) => (row === 'fees' ? fees ?? null : row === 'procurement' ? procurement ?? null : null);
  return [
    gridLayout('activeDisclosure', report.activeDisclosure, DISCLOSURE_ROWS, DISCLOSURE_COLUMNS, language, disclosureUnit),
    gridLayout('applications', report.applications, APPLICATION_ROWS, APPLICANT_COLUMNS, language),
    gridLayout('reviewLitigation', report.reviewLitigation, REVIEW_ROWS, OUTCOME_COLUMNS, language),
    legacyLayout(report, language),
  ].filter((t): t is TableLayout => t !== null);
}

/** Every figure of the report, tables first (row by row), then the prose figures and their parts (named in the page's words). */
export function listFigures(report: Report, language: Language = 'zh'): FigureEntry[] {
  const out: FigureEntry[] = [];
  for (const layout of tableLayouts(report, language)) {
    for (const row of layout.rows) for (const cell of row.cells) if (cell) out.push(cell);
  }
  report.proseFigures.forEach((f, i) => {
    const about = (approximate: boolean) => (approximate ? { approximate: true as const } : {});
    out.push({ table: 'proseFigures', path: String(i), label: withUnit(f.label, f.unit), value: f.value, ...about(f.approximate) });
    f.parts.forEach((p, j) => out.push({ table: 'proseFigures', path: `${i}.parts.${j}`, label: withUnit(p.label, p.unit), value: p.value, ...about(p.approximate) }));
  });
  return out;
}

/** A table as copied for a spreadsheet (tableToTsv): its title, its columns' names, its rows, each a name and its figures. */
export type CopiedTable = Pick<TableLayout, 'title' | 'columns' | 'rows'>;

/** The figures of the text, named as the panel heads them and as their copied table is. */
export const PROSE_TABLE: Record<Language, { title: string; value: string }> = {
  zh: { title: '正文中的数字', value: '数字' },
  en: { title: 'Figures in the text', value: 'Value' },
};

/**
 * The figures of the text as a table of one column, as the CSV names them, a figure's parts each a row named after
 * the figure (收到申请·当面申请（件）): a report stating its figures in prose alone has no other table to copy.
 */
export function proseTable(report: Report, language: Language = 'zh'): CopiedTable | null {
  const figures = listFigures(report, language).filter((f) => f.table === 'proseFigures');
  if (figures.length === 0) return null;
  const rows = figures.map((f) => {
    const [figure, part] = f.path.split('.parts.');
    return { label: part === undefined ? f.label : `${report.proseFigures[Number(figure)]!.label}·${f.label}`, cells: [f] };
  });
  return { title: PROSE_TABLE[language].title, columns: [{ key: 'value', label: PROSE_TABLE[language].value }], rows };
}

/** Every table of the report in one copy (复制全部数字): its figure tables as the report prints them, then its text's figures. */
export const allTables = (report: Report, language: Language = 'zh'): CopiedTable[] =>
  [...tableLayouts(report, language), proseTable(report, language) ?? []].flat();

/** One figure by its reference, with its name and value; undefined when the report has no such figure. */
export function findFigure(report: Report, ref: CellRef, language: Language = 'zh'): FigureEntry | undefined {
  return listFigures(report, language).find((f) => f.table === ref.table && f.path === ref.path);
}

/** A table as read (`full`, what copying it gives) and as shown: only its rows naming the search. */
export interface ShownTable { full: TableLayout; shown: TableLayout }

/** What a search for figures by name finds, and how many in all. */
export interface FiguresNamed {
  /** Each table with only its rows naming the query (in the row's name or a figure's), tables left empty dropped. */
  tables: ShownTable[];
  /** The prose figures whose name or sentence holds the query, with their places in the report (their paths). */
  prose: { figure: ProseFigure; index: number }[];
  found: number;
  /** The figure Enter in the search box shows on the page: the first figure found by its own name (else its row's first), or the first sentence's; null for an empty query or none found. */
  first: CellRef | null;
}

/**
 * The figures whose names hold `query`, width, spacing and case aside (全角 ＡＢ, 本年 新收); all of them for an empty query.
 * A standard table's figure is found by its name in either language, whichever the layouts show.
 */
export function figuresNamed(layouts: TableLayout[], prose: ProseFigure[], query: string): FiguresNamed {
  const wanted = squeezed(query).toLowerCase();
  const matches = (...names: string[]) => wanted === '' || names.some((name) => squeezed(name).toLowerCase().includes(wanted));
  const namesOf = (table: TableLayout['table'], cell: FigureEntry | null) =>
    (!cell ? [] : table === 'legacyStats' ? [cell.label] : [cell.label, pathName(cell.path), pathNameIn(cell.path, 'en')]);
  const tables = layouts
    .map((full) => ({ full, shown: { ...full, rows: full.rows.filter((row) => matches(row.label, ...row.cells.flatMap((c) => namesOf(full.table, c)))) } }))
    .filter(({ shown }) => shown.rows.length > 0);
  const named = prose.map((figure, index) => ({ figure, index })).filter(({ figure }) => matches(figure.label, figure.text));
  const firstRow = tables[0]?.shown.rows[0];
  const firstCell = firstRow && (firstRow.cells.find((c) => c && !matches(firstRow.label) && matches(...namesOf(tables[0]!.full.table, c))) ?? firstRow.cells.find(Boolean));
  const first = wanted === '' ? null : firstCell ? { table: firstCell.table, path: firstCell.path }
    : named[0] ? { table: 'proseFigures' as const, path: String(named[0].index) } : null;
  return { tables, prose: named, found: tables.reduce((n, t) => n + t.shown.rows.length, 0) + named.length, first };
}
