// A year's report tells of that year, so it can be put out only after the year is over: a text saying it was published
// by a day of that year (完成…2024年政府信息公开年度报告,并于2024年1月15日之前…向社会公布) kept last year's sentence
// and moved one of its years on, not the other.
import { inReportText, pageFinding, reportWords, type Finding, type Rule } from '../types.ts';

const YEAR = String.raw`((?:19|20)\d{2})\s*年`;
const DAY = String.raw`于\s*${YEAR}\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?\s*(?:[之以]?前)?`;
// 年度报告 for the year named just before it, in its name: another date between (依据2024年1月的通知，完成2023年度报告)
// is not the report's year, nor is a year the clause opens on, the work done in it (2024年，我局按时完成政府信息公开年度
// 报告; 2024年按时发布年度报告), and a 半年报告 is no year's report.
const REPORT = String.raw`${YEAR}度?(?:(?!完成|发布|公布|编制|按时|按期|及时)[^。；;\d，,：:]){0,30}?(?<!半)年度?报告`;
// 公开 of 政府信息公开 or 政务公开 names the work, not its publication.
const PUT_OUT = '(?:公布|发布|(?<!信息|政务)公开|挂网|上网)';
// The report, then the day it went out by in that clause (…年度报告,并于2024年1月15日之前在…网站…向社会公布); a day
// something else began (《条例》于2008年5月1日起施行以来，…) is no day of publication.
const REPORT_THEN_DAY = new RegExp(String.raw`${REPORT}[^。；;]{0,40}?${DAY}(?=[^。；;，,]{0,40}?${PUT_OUT})`, 'gu');
// The day, then the report (于2024年1月15日前发布2024年…年度报告). Compiling it (编制, 启动) before the year ends is no slip.
const DAY_THEN_REPORT = new RegExp(String.raw`${DAY}[^。；;]{0,25}?${PUT_OUT}[^。；;]{0,20}?${REPORT}`, 'gu');

interface Stated { words: string; index: number; report: number; day: string }

const dayOf = (year: string, month: string, day: string | undefined) => `${year}年${Number(month)}月${day ? `${Number(day)}日` : ''}`;

/** The sentences of a line that date a year's report's publication to that year or before. */
function statedTooEarly(line: string): Stated[] {
  const found: Stated[] = [];
  for (const m of line.matchAll(REPORT_THEN_DAY)) {
    const [words, report, year, month, day] = m;
    if (Number(year) <= Number(report)) found.push({ words, index: m.index, report: Number(report), day: dayOf(year!, month!, day) });
  }
  for (const m of line.matchAll(DAY_THEN_REPORT)) {
    const [words, year, month, day, report] = m;
    if (Number(year) <= Number(report)) found.push({ words, index: m.index, report: Number(report), day: dayOf(year!, month!, day) });
  }
  return found;
}

export const statedPublication: Rule = {
  id: 'document/stated-publication',
  severity: 'warning',
  description: '正文说某年度报告的公布日期在该年度结束之后 (a day the text gives for publishing a year\'s report lies after that year)',
  rationale: {
    zh: '年度报告写的是一整年的工作，年度结束后才能公布。正文说“依法按时完成长通街道2024年政府信息公开年度报告，并于2024年1月15日之前…向社会公布”，2024年的报告不可能在2024年1月就公布：多半是照搬了上年报告的这句话，只改了报告的年份、没改日期（上年报告是2023年度的，于2024年初公布），或反过来。说的是统计期限（“本报告统计数据从2024年1月1日至12月31日”）、编制工作的安排（“于2024年12月底前启动2024年度报告编制”），或下一年度才公布的（“于2025年1月31日前公布2024年年度报告”），都不算。只作警告：请对照那句话和报告的年份、发布日期。',
    en: 'An annual report tells of a whole year\'s work and can be published only once the year is over. A text saying it “completed the Changtong Subdistrict\'s 2024 annual report on government information disclosure on time, and published it … before 15 January 2024” (依法按时完成长通街道2024年政府信息公开年度报告，并于2024年1月15日之前…向社会公布) speaks of a 2024 report out in January 2024, which cannot be: most likely last year\'s sentence kept with the report\'s year moved on and the date not (last year\'s report, for 2023, was published early in 2024), or the other way round. A reporting period (本报告统计数据从2024年1月1日至12月31日, “the figures run from 1 January to 31 December 2024”), a plan for compiling the report (于2024年12月底前启动2024年度报告编制, “to start compiling the 2024 report by the end of December 2024”), or a report published the next year (于2025年1月31日前公布2024年年度报告) do not count. Only a warning: compare the sentence with the report\'s year and date of publication.',
  },
  example: {
    passes: {
      zh: '“依法按时完成2023年政府信息公开年度报告，并于2024年1月15日之前在区政府网站向社会公布”。',
      en: '依法按时完成2023年政府信息公开年度报告，并于2024年1月15日之前在区政府网站向社会公布 (“completed the 2023 report on time and published it on the district government\'s site before 15 January 2024”).',
    },
    fails: {
      zh: '“依法按时完成长通街道2024年政府信息公开年度报告，并于2024年1月15日之前在南关区人民政府网站…向社会公布”。',
      en: '依法按时完成长通街道2024年政府信息公开年度报告，并于2024年1月15日之前在南关区人民政府网站…向社会公布 (“completed the Changtong Subdistrict\'s 2024 report on time and published it on the Nanguan District government\'s site before 15 January 2024”).',
    },
  },
  check(_report, ctx) {
    const findings: Finding[] = [];
    ctx.lines.forEach((line, i) => {
      // A portal's news list may name another year's report and its deadline: the report's own text alone is read.
      if (!inReportText(ctx, i)) return;
      for (const stated of statedTooEarly(line)) {
        findings.push(pageFinding('warning',
          `正文说${stated.report}年的年度报告于${stated.day}前公布（“${stated.words}”），那时${stated.report}年还没有过完，多半是照搬了上年报告的这句话、只改了其中一个年份`,
          reportWords(ctx, i, stated.index, stated.words.length)));
      }
    });
    return findings;
  },
};
