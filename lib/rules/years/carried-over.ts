// 表三 across years: this year's 上年结转 are last year's 结转下年度继续办理, column by column.
import { APPLICANT_COLUMNS } from '../../schema.ts';
import { pathName } from '../../labels.ts';
import type { Finding, YearRule } from '../types.ts';
import { ownCells, ownSide, yearReport } from './pair.ts';

export const carriedOver: YearRule = {
  id: 'years/carried-over',
  severity: 'error',
  description: '表三：后一年报告的“上年结转”= 前一年报告的“结转下年度继续办理”，逐列比对 (a year\'s report carries over what the previous year\'s report carried forward, per column)',
  rationale: {
    zh: '上年报告中结转下年度继续办理的申请，就是本年报告中上年结转的申请，两份报告的这两个数字应当逐列相等。同一机关相邻两年的报告在命令行中一并给出、或在扩展中先后读过时比对。',
    en: 'The applications a year\'s report carries forward to the next year are those the next year\'s report carries over from the year before: the two reports\' figures should be equal, column by column. Compared where the same body\'s reports of two adjacent years are given together on the command line, or read one after the other in the extension.',
  },
  example: {
    passes: {
      zh: '2022年度报告结转下年度：自然人2、总计2；2023年度报告上年结转：自然人2、总计2。',
      en: '2022 report, carried forward to next year: individuals 2, total 2; 2023 report, carried over from last year: individuals 2, total 2.',
    },
    fails: {
      zh: '2022年度报告结转下年度：自然人2；2023年度报告上年结转：自然人0 — 两件申请在两份报告之间消失了。',
      en: '2022 report, carried forward to next year: individuals 2; 2023 report, carried over from last year: individuals 0 — two applications vanished between the two reports.',
    },
  },
  check(pair) {
    const forward = pair.earlier.applications?.carriedForward ?? {};
    const over = pair.later.applications?.carriedOver ?? {};
    // A blank on either side is a gap in that page, not a contradiction between the two.
    const columns = APPLICANT_COLUMNS.flatMap((column) => {
      const before = forward[column];
      const after = over[column];
      return typeof before === 'number' && typeof after === 'number' ? [{ column, before, after }] : [];
    });
    const findings = columns.filter(({ before, after }) => before !== after).map(({ column, before, after }): Finding => ({
      severity: 'error',
      message: `${pathName(column)}列：${yearReport(pair.earlier)}“结转下年度继续办理”${before}件，${yearReport(pair.later)}“上年结转”${after}件，两者应相等，相差${Math.abs(after - before)}`,
      cells: ownCells(pair, 'applications', { earlier: [`carriedForward.${column}`], later: [`carriedOver.${column}`] }),
      expected: null, actual: ownSide(pair, { earlier: before, later: after }),
    }));
    return { compared: columns.length, findings };
  },
};
