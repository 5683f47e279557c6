// A report cannot be signed before the year it reports on has ended.
import { wholeLine, type Spot } from '../../document/page-text.ts';
import { printedOn } from '../../document/signature.ts';
import { pageFinding, type Finding, type Rule } from '../types.ts';
import { chineseDate, daysBetween, periodEnd, shiftYears } from './dates.ts';

export const signedAfterPeriod: Rule = {
  id: 'document/signed-after-period',
  severity: 'error',
  description: '落款日期在统计期限结束之后 (the report is signed after the period it reports on)',
  rationale: {
    zh: '报告要写全年的数字，只能在年度结束后签发。落款早于期末多半是年份笔误（年初签发时沿用了旧年份）；以公文印发的报告，落款下的版记（“某某办公室 2021年1月13日印发”）同样不能早于期末。正文说到写报告时为止的数（“截止2025年1月21日，累计发送1106条信息”），那个日期早于期末、而次年的同一天正在期末之后、报告落款或发布之前不久（一个季度之内）的，多半也是年初沿用了旧年份，只作警告：年度中的某一天本可以是统计的截点。',
    en: 'A report gives the whole year\'s figures, so it can only be signed once the year is over. A signature dated before the period ends is most likely a slip in the year (the old year kept when signing early in the new one). A report issued as an official document prints under its signature the line of its printing (某某办公室 2021年1月13日印发, “printed by the office on 13 January 2021”): that cannot come before the period ends either. A count the text gives as of the time of writing (截止2025年1月21日，累计发送1106条信息, “as of 21 January 2025, 1106 messages sent in all”) whose date falls before the period ends, while the same day a year later falls after it and within a quarter before the day the report was signed or published, most likely kept the old year too: only a warning, as a day within the year may well be where a count stops.',
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
    // The later of the two first: the text may be put right after it is signed.
    const { publishedAt } = report.document;
    const dates = [publishedAt && { date: publishedAt, done: '发布' }, signedAt && { date: signedAt, done: '落款' }].filter((d) => !!d);
    if (dates.length) findings.push(...asOfLastYear(ctx.lines, ctx.pageLines, end, dates.sort((a, b) => b.date.localeCompare(a.date))));
    return findings;
  },
};

/**
 * The text's 截止 dates that stand a year before the time of writing (jtj-2025: 截止2025年1月21日，累计发送1106条信息 in a
 * report for 2025 published 2026年1月22日): before the period's end, the same day a year later after it and at most
 * WRITING_DAYS before one of `out`, the days the report was published and signed. The period's own end
 * (…至2022年12月20日止) is no such date: a year on from it is long after the report is out.
 */
function asOfLastYear(lines: readonly string[], pageLines: readonly string[], end: { date: string }, outs: readonly { date: string; done: string }[]): Finding[] {
  const findings: Finding[] = [];
  lines.forEach((line, i) => {
    if (!line.includes('截')) return;
    for (const m of line.matchAll(AS_OF)) {
      const date = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
      const nextYear = shiftYears(date, 1);
      const out = outs.find((o) => nextYear <= o.date && daysBetween(nextYear, o.date) <= WRITING_DAYS);
      if (date >= end.date || nextYear <= end.date || !out) continue;
      const words: Spot[] = pageLines[i] === line ? [{ lines: 'body', line: i, start: m.index, end: m.index + m[0].length }] : [];
      findings.push(pageFinding('warning', `正文“${m[0]}”早于统计期限截止日${chineseDate(end.date)}，而次年的同一天在期末之后、报告${chineseDate(out.date)}${out.done}之前：可能是${chineseDate(nextYear)}之误`, words));
    }
  });
  return findings;
}
// A quarter: the time of writing stands close to the day the report is signed or put out (the old rules gave it the
// whole quarter after the year, to 3月31日). Without a bound a page dated more than a year after the period (re-posted
// as a portal moves) finds every 截止 date of the year a year before it, honest ones too (xiaobanqiao-2018's
// 截止2018年11月29日).
const WRITING_DAYS = 92;
const AS_OF = /截[止至](?:到|至)?\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;

// How far under the 落款's date its 版记 stands: a line for the 抄送 (copies to) between at most.
const PRINT_LINES = 3;
