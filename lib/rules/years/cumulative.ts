// Pre-2019 统计表 across years: a row's 历年累计 = last year's report's 历年累计 + this year's figure.
import type { LegacyStat } from '../../schema.ts';
import { quote } from '../../text/quote.ts';
import type { Finding, YearRule } from '../types.ts';
import { NOT_COUNTED_UP, plainLabel } from '../legacyStats/outline.ts';
import { ownCells, ownSide, yearReport } from './pair.ts';


/**
 * A row's name as either year's form prints it: forms of one body change their wording from year to year
 * (主动公开信息数, 主动公开文件数; 网站公开, 政府网站公开数), not what the row counts.
 */
const rowKey = (row: LegacyStat): string =>
  plainLabel(row).replace(/^其中\d*/, '').replace(/政府(?!信息)/g, '').replace(/(?:信息|文件)?数$/, '');

/** The rows of a table with a 历年累计 figure by their key, with where each stands; a key two rows share is left out. */
function byKey(rows: readonly LegacyStat[]): Map<string, { row: LegacyStat; index: number }> {
  const keyed = new Map<string, { row: LegacyStat; index: number } | null>();
  rows.forEach((row, index) => {
    if (typeof row.cumulative !== 'number' || NOT_COUNTED_UP.test(plainLabel(row))) return;
    const key = rowKey(row);
    keyed.set(key, keyed.has(key) ? null : { row, index });
  });
  return new Map([...keyed].filter((entry): entry is [string, { row: LegacyStat; index: number }] => entry[1] !== null));
}

export const cumulative: YearRule = {
  id: 'years/cumulative',
  form: 'legacy',
  severity: 'warning',
  description: '2019年以前的统计表：后一年报告的“历年累计”= 前一年报告的“历年累计”+ 后一年报告的本年数，逐行比对 (a row\'s cumulative figure in a year\'s report = the previous year\'s report\'s cumulative figure + that year\'s, row by row)',
  rationale: {
    zh: '“历年累计”是历年数字的总和：本年报告的历年累计，等于上年报告的历年累计加上本年的数。不相等，就是其中一份报告的累计数漏加、多加了某一年（如本年的累计仍从前年的累计加起，漏了上年的数），或累计数比上年还少（累计不会减少）。按行名比对两份报告都有的行（同一机关各年的表格用词会变，如“主动公开信息数”与“主动公开文件数”、“网站公开”与“政府网站公开数”，视为同一行），两格都填了数字才比较；比率、机构、人员等存量指标不是逐年累加的，不比较。只作警告：统计口径改变（如机构改革后重新起算）时累计数可能重新核定，宜在报告中说明。',
    en: 'The cumulative figure (历年累计) is the sum of all the years\' figures: a year\'s report\'s cumulative figure is the previous year\'s report\'s cumulative figure plus the year\'s own. Where they differ, one of the two reports left a year out of its cumulative figure or counted one twice (such as a cumulative figure added up from the year before last, the last year\'s left out), or the cumulative figure fell, which a sum of years cannot do. Rows both reports have are compared by name (a body\'s form words its rows differently from year to year, such as 主动公开信息数 and 主动公开文件数, 网站公开 and 政府网站公开数: these count as one row), where both cells hold a figure; ratios and stock measures such as bodies and staff do not add up year by year, and are not compared. Only a warning: the cumulative figure may be set anew when the counting changes (counted afresh after a body is re-formed), which the report should say.',
  },
  example: {
    passes: {
      zh: '平潭综合实验区：2014年度报告主动公开文件数历年累计78967；2015年度报告本年2949，历年累计81916。',
      en: 'Pingtan Comprehensive Pilot Zone: the 2014 report\'s documents proactively disclosed, cumulative 78967; the 2015 report: this year 2949, cumulative 81916.',
    },
    fails: {
      zh: '平潭综合实验区：2012年度报告主动公开信息数历年累计4359；2013年度报告本年72804，历年累计76424 — 比4359+72804少739，正是2012年的本年数。',
      en: 'Pingtan Comprehensive Pilot Zone: the 2012 report\'s information proactively disclosed, cumulative 4359; the 2013 report: this year 72804, cumulative 76424 — 739 short of 4359+72804, the 2012 report\'s own figure for its year.',
    },
  },
  check(pair) {
    const before = byKey(pair.earlier.legacyStats ?? []);
    const rows = [...byKey(pair.later.legacyStats ?? [])].flatMap(([key, after]) => {
      const base = before.get(key);
      return base && typeof after.row.value === 'number' ? [{ base, after, year: after.row.value }] : [];
    });
    const findings = rows.flatMap(({ base, after, year }): Finding[] => {
      const [was, is] = [base.row.cumulative as number, after.row.cumulative as number];
      const sum = was + year;
      if (is === sum) return [];
      // Each figure with its unit (条, 件, 元), the gap with its direction: a year counted twice is over, one left out short.
      const unit = after.row.unit ?? '';
      const gap = is < was ? `比上年报告的累计还少${was - is}` : `${is > sum ? '多出' : '少'}${Math.abs(is - sum)}`;
      return [{
        severity: 'warning',
        message: `统计表${quote(after.row.label)}：${yearReport(pair.earlier)}历年累计${was}${unit}+${yearReport(pair.later)}本年${year}${unit}=${sum}${unit}，`
          + `${yearReport(pair.later)}历年累计${is}${unit}，${gap}${unit}；除非统计口径有变，两份报告中有数字有误`,
        // A row's own year figure is the row's path (`3`, as the contract and the panel's cells name it), its 历年累计 `3.cumulative`.
        cells: ownCells(pair, 'legacyStats', { earlier: [`${base.index}.cumulative`], later: [`${after.index}`, `${after.index}.cumulative`] }),
        // The earlier report's side is its cumulative figure, which the later adds its year to.
        expected: null, actual: ownSide(pair, { earlier: was, later: is }),
      }];
    });
    return { compared: rows.length, findings };
  },
};
