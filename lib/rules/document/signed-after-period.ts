// A report cannot be signed before the year it reports on has ended.
import { wholeLine, type Spot } from '../../document/page-text.ts';
import { printedOn } from '../../document/signature.ts';
import type { Finding, Rule } from '../types.ts';
import { chineseDate, periodEnd, shiftYears } from './dates.ts';

export const signedAfterPeriod: Rule = {
  id: 'document/signed-after-period',
  severity: 'error',
  description: '落款日期在统计期限结束之后 (the report is signed after the period it reports on)',
  rationale: {
    zh: '报告要写全年的数字，只能在年度结束后签发。落款早于期末多半是年份笔误（年初签发时沿用了旧年份）；以公文印发的报告，落款下的版记（“某某办公室 2021年1月13日印发”）同样不能早于期末。',
    en: 'A report gives the whole year\'s figures, so it can only be signed once the year is over. A signature dated before the period ends is most likely a slip in the year (the old year kept when signing early in the new one). A report issued as an official document prints under its signature the line of its printing (某某办公室 2021年1月13日印发, “printed by the office on 13 January 2021”): that cannot come before the period ends either.',
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
  check(report, ctx) {
    const { signedAt } = report.document;
    const end = periodEnd(report.document);
    if (!end) return [];
    const what = end.stated ? '统计期限截止日' : '报告年度末';
    const before = (date: string, said: string, done: string, cells: Finding['cells'], words?: Spot[]): Finding => {
      const nextYear = shiftYears(date, 1);
      const hint = nextYear > end.date ? `，可能是${chineseDate(nextYear)}之误` : '';
      return {
        severity: 'error', message: `${said}为${chineseDate(date)}，早于${what}${chineseDate(end.date)}：报告不可能在年度结束前${done}${hint}`,
        cells: [...cells, { table: 'document', path: end.stated ? 'period' : 'year' }], expected: null, actual: null, ...(words ? { words } : {}),
      };
    };
    const findings: Finding[] = [];
    if (signedAt && signedAt < end.date) findings.push(before(signedAt, '落款日期', '写成', [{ table: 'document', path: 'signedAt' }]));
    // The 版记 right under the 落款 (jjf-2020: 2021年1月26日 signed, …办公室 2020年1月26日印发): the year kept from last
    // year's print line, as a signature's may be.
    if (ctx.signedLine !== null) {
      const under = ctx.lines.slice(ctx.signedLine + 1, ctx.signedLine + 1 + PRINT_LINES).map(printedOn);
      const at = under.findIndex((d) => d !== null);
      const printed = under[at];
      // The 版记 is what the finding is about: the panel goes to its line, not only to the period it is measured by.
      const line = ctx.signedLine + 1 + at;
      if (printed && printed < end.date) findings.push(before(printed, '版记的印发日期', '印发', [], ctx.pageLines[line] === ctx.lines[line] ? [wholeLine('body', ctx.pageLines, line)] : undefined));
    }
    return findings;
  },
};

// How far under the 落款's date its 版记 stands: a line for the 抄送 (copies to) between at most.
const PRINT_LINES = 3;
