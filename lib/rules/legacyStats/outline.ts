// The outline of a pre-2019 统计表, read from the entries' codes ("三.(一)", "三.(一).1",
// "一.(一).其中1"), never from row positions: a child's code is its parent's code plus one segment.
import { printedCode } from '../../legacy/outline.ts';
import type { LegacyStat } from '../../schema.ts';
import type { Term } from '../balance.ts';
import { labelKey, stripNumbering } from '../../text/normalize.ts';

export interface Row { index: number; entry: LegacyStat }

const parentCode = (code: string): string | null => {
  const cut = code.lastIndexOf('.');
  return cut < 0 ? null : code.slice(0, cut);
};
const lastSegment = (code: string): string => code.slice(code.lastIndexOf('.') + 1);
export const isSubsetRow = (entry: LegacyStat): boolean => lastSegment(entry.code).startsWith('其中');

/** The rows directly under each code, in one pass over the table: the numbered ones, and the 其中 ones. */
export function childRows(stats: LegacyStat[]): { numbered: Map<string, Row[]>; subsets: Map<string, Row[]> } {
  const numbered = new Map<string, Row[]>();
  const subsets = new Map<string, Row[]>();
  stats.forEach((entry, index) => {
    const parent = parentCode(entry.code);
    if (parent === null) return;
    const children = isSubsetRow(entry) ? subsets : numbered;
    const siblings = children.get(parent);
    if (siblings) siblings.push({ index, entry });
    else children.set(parent, [{ index, entry }]);
  });
  return { numbered, subsets };
}

/** The row a 其中 row belongs to. */
export function parentOf(stats: LegacyStat[], entry: LegacyStat): Row | null {
  const code = parentCode(entry.code);
  const index = code === null ? -1 : stats.findIndex((e) => e.code === code);
  return index < 0 ? null : { index, entry: stats[index]! };
}

/**
 * The row of the applications received: 收到申请数 in the national template, 受理依申请公开信息总数 (福建 2009),
 * 申请总数 / 申请总次数 (上海) or 受理政府信息公开申请数 in the older provincial ones. Tested on a plainLabel.
 */
export const RECEIVED = /^收到(?:政府信息公开)?申请|^受理(?:政府信息公开)?申请总?数$|^(?:受理)?(?:依申请公开信息|申请)总次?数$/;

// The cases a request for information brought: 行政复议数(量) in the national template and 福建's, 因政府信息公开申请
// (提起)行政复议数 in the older provincial ones; the same for 行政诉讼. Tested on a plainLabel.
const CASES_OF = '^(?:因政府信息公开(?:申请)?)?(?:提[起出]|申请)?';
export const REVIEW = new RegExp(`${CASES_OF}行政复议(?:案件)?数`);
export const LITIGATION = new RegExp(`${CASES_OF}行政诉讼(?:案件)?数`);

/**
 * The row of the applications answered where the table has no 申请办结数 (the national template's): 申请答复数,
 * (本年度)对申请的答复总数 (福建 2009, 上海) in the older provincial ones. Tested on a plainLabel.
 */
export const ANSWERED = /^(?:本年度?)?(?:对)?申请的?答复总?数$/;

/** The label without its numbering or punctuation, for keyword tests. */
export const plainLabel = (entry: LegacyStat): string => labelKey(stripNumbering(entry.label));

// Rows that state how things stand (a rate, an average, the offices, reading points and staff there are),
// not what happened in the year: what a form prints under 历年累计 for them adds up nothing.
export const NOT_COUNTED_UP = /率|比例|比重|平均|机构|查阅点|场所|从事.*人员|专职|兼职/;

export type Field = 'value' | 'cumulative';
export const FIELDS: Field[] = ['value', 'cumulative'];

/** A row's figure (this year's, or 历年累计) as a sum term; path `3` or `3.cumulative`. */
export function term(row: Row, field: Field, isTotal = false): Term {
  return {
    ref: { table: 'legacyStats', path: field === 'value' ? `${row.index}` : `${row.index}.cumulative` },
    label: stripNumbering(row.entry.label).replace(/^其中[:：]?/, '') || printedCode(row.entry.code),
    value: row.entry[field],
    isTotal,
  };
}
