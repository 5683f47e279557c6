// A row's 历年累计 figure takes in the year's own: it cannot be smaller.
import { quote } from '../../text/quote.ts';
import type { Finding, Rule } from '../types.ts';
import { NOT_COUNTED_UP, plainLabel, term } from './outline.ts';

export const cumulativeNotBelowYear: Rule = {
  id: 'legacyStats/cumulative-not-below-year',
  severity: 'error',
  description: '2019年以前的统计表：同一行的"历年累计"不小于本年数 (a row\'s cumulative figure is never below its year\'s)',
  rationale: {
    zh: '"历年累计"把本年的数也算在内，同一行的累计数不可能小于本年数；小了往往是两栏填反、累计栏沿用了上年的数或漏加了本年。只比较表头分得清的本年栏和历年累计栏，两格都填了数字才比较，空白不算。比率、平均数和机构、查阅点、人员等存量指标不是逐年累加的，不比较。',
    en: 'The cumulative figure (历年累计) includes the year\'s, so a row\'s cumulative figure cannot be less than its figure for the year; a smaller one most often means that the two columns were swapped, or that the cumulative column kept last year\'s figure or left this year\'s out. Only a this-year column and a cumulative column the header tells apart are compared, and only where both cells have a figure, blanks not counting. Ratios, averages and stock measures such as bodies, reading points and staff do not add up year by year, and are not compared.',
  },
  example: {
    passes: {
      zh: '主动公开文件数：本年107条，历年累计837条。',
      en: '主动公开文件数 (documents proactively disclosed): this year 107, cumulative 837.',
    },
    fails: {
      zh: '主动公开文件数：本年107条，历年累计74条 — 累计比本年少33。',
      en: '主动公开文件数 (documents proactively disclosed): this year 107, cumulative 74 — the cumulative figure 33 below the year\'s.',
    },
  },
  check(report) {
    const findings: Finding[] = [];
    (report.legacyStats ?? []).forEach((entry, index) => {
      const { value, cumulative } = entry;
      if (typeof value !== 'number' || typeof cumulative !== 'number' || cumulative >= value || NOT_COUNTED_UP.test(plainLabel(entry))) return;
      const year = term({ index, entry }, 'value');
      const total = term({ index, entry }, 'cumulative');
      findings.push({
        severity: 'error',
        message: `统计表${quote(year.label)}历年累计为${cumulative}，小于本年的${value}，少${value - cumulative}`,
        cells: [year.ref, total.ref], expected: value, actual: cumulative,
      });
    });
    return findings;
  },
};
