// A report cannot be signed before the year it reports on has ended.
import type { Rule } from '../types.ts';
import { chineseDate, periodEnd, shiftYears } from './dates.ts';

export const signedAfterPeriod: Rule = {
  id: 'document/signed-after-period',
  severity: 'error',
  description: '落款日期在统计期限结束之后 (the report is signed after the period it reports on)',
  rationale: {
    zh: '报告要写全年的数字，只能在年度结束后签发。落款早于期末多半是年份笔误（年初签发时沿用了旧年份）。',
    en: 'A report gives the whole year\'s figures, so it can only be signed once the year is over. A signature dated before the period ends is most likely a slip in the year (the old year kept when signing early in the new one).',
  },
  example: {
    passes: {
      zh: '2021年度报告，落款2022年1月19日。',
      en: 'A report for 2021 signed 19 January 2022.',
    },
    fails: {
      zh: '2021年度报告，落款2021年1月19日 — 比年度结束还早将近一年，应是2022年1月19日。',
      en: 'A report for 2021 signed 19 January 2021 — nearly a year before the year ended: it should be 19 January 2022.',
    },
  },
  check(report) {
    const { signedAt } = report.document;
    const end = periodEnd(report.document);
    if (!signedAt || !end || signedAt >= end.date) return [];
    const nextYear = shiftYears(signedAt, 1);
    const hint = nextYear > end.date ? `，可能是${chineseDate(nextYear)}之误` : '';
    const what = end.stated ? '统计期限截止日' : '报告年度末';
    return [{
      severity: 'error',
      message: `落款日期为${chineseDate(signedAt)}，早于${what}${chineseDate(end.date)}：报告不可能在年度结束前写成${hint}`,
      cells: [{ table: 'document', path: 'signedAt' }, { table: 'document', path: end.stated ? 'period' : 'year' }],
      expected: null, actual: null,
    }];
  },
};
