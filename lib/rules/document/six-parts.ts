// The 2019 and 2021 formats prescribe six parts, in this order.
import { partOfYearReport } from '../../document/period.ts';
import { wholeReport } from '../../document/pagination.ts';
import { FORMAT_PARTS, type Topic } from '../../document/report-parts.ts';
import { tablesDue, type Format } from '../../template/formats.ts';
import { quote } from '../../text/quote.ts';
import type { Report } from '../../schema.ts';
import type { Finding, Rule, RuleContext } from '../types.ts';
import { announcement } from './announcement.ts';
import { parseChineseNumber, toChineseNumber } from './numerals.ts';

/**
 * The first part under its many names: 总体情况, 概述, 概况, 基本情况, 基本工作情况. Wider than its titles in report-parts.ts
 * (sections.ts's OVERVIEW_HEADING reads those): the words a heading of it holds, 工作 put in (总体工作情况) or 概要, which
 * no format titles it.
 */
export const OVERVIEW = /概[述况要]|(?:基本|总体)(?:工作)?情况/;

/** Each topic by the words that survive in its heading even when characters are lost ("总体情"). */
const WORDS: Partial<Record<Topic, RegExp>> = {
  overview: new RegExp(`总体|${OVERVIEW.source}`),
  proactive: /主动公开/,
  // Not the 申请 the review was sought over (因政府信息公开申请行政复议、诉讼和申诉的情况, 因…申请提起行政复议): that part is the next.
  applications: /申请(?!(?:提起)?(?:行政)?复议)/,
  review: /复议|诉讼/,
  problems: /问题|改进/,
  other: /其[他它]|需要报告|事项/,
};
/** The six parts, each by its title and its words. */
const PARTS = FORMAT_PARTS.map(({ topic, title }) => ({ title, words: WORDS[topic]! }));

/** The one part of the six whose words a title holds (存在问题和改进措施 → 4, the fifth); null where it holds none, or several (概述、主动公开…). */
export function templatePart(title: string): number | null {
  const parts = PARTS.flatMap((part, k) => (part.words.test(title) ? [k] : []));
  return parts.length === 1 ? parts[0]! : null;
}

// The parts that hold 表二, 表三 and 表四.
const TABLE_PARTS = [1, 2, 3];

/** A section heading and its place among the sections. */
interface Heading { number: string; title: string; index: number }

/** The top-level headings taken for each of the six parts (by its words, or by its number where it stands), or null for a report held to neither format. */
function partsRead(report: Report): { format: Format; found: (Heading | undefined)[]; byWords: (Heading | undefined)[] } | null {
  const { sections } = report.document;
  const format = tablesDue(report.document);
  if (!format) return null;
  // Top-level headings only: a Chinese numeral, or none where the page lost it.
  const top: Heading[] = [];
  sections.forEach(({ number, title }, index) => {
    if (number === '' || parseChineseNumber(number) !== null) top.push({ number, title, index });
  });
  const byWords = PARTS.map((part) => top.find((s) => part.words.test(s.title)));
  // A report of the formats' years read as prose (no table found) is held to the six parts as document/required-tables
  // holds it to the tables, where its headings name the three parts its tables belong in (gd-eea-2022: 一–五, no 六); one
  // that names fewer (a report in its own words, a page cut short) is not.
  if (report.document.format === 'prose' && !TABLE_PARTS.every((k) => byWords[k])) return null;
  const claimed = new Set(byWords.flatMap((s) => (s ? [s.index] : [])));
  // A part retitled (jsp-2025 "一、年度工作核心成效") or with its title cut or lost (a page ending at "三、收") is still there
  // when a heading of its number sits where it belongs: after the parts recognised before it, before those after it, and not one of them.
  const found = byWords.map((s, k) => s ?? top.find((h) =>
    parseChineseNumber(h.number) === k + 1 && !claimed.has(h.index)
    && h.index > (byWords.slice(0, k).findLast(Boolean)?.index ?? -1)
    && h.index < (byWords.slice(k + 1).find(Boolean)?.index ?? Infinity)));
  return { format, found, byWords };
}

/**
 * The parts of the six (by index) this rule reports missing from a whole report of the 2019 or 2021 format: another rule
 * that would say one of them is missing (document/announced-parts, of the parts the report lists) leaves it to this one.
 */
export function partsMissing(report: Report, ctx: RuleContext, read = partsRead(report)): Set<number> {
  return new Set(read && wholeReport(ctx.pagination) ? read.found.flatMap((s, k) => (s ? [] : [k])) : []);
}

export const sixParts: Rule = {
  id: 'document/six-parts',
  severity: 'warning',
  description: '2019/2021版报告的六个部分齐全且按序 (the six parts of the 2019/2021 formats are present and in order)',
  rationale: {
    zh: '国办公开办函〔2019〕60号、〔2021〕30号规定年报由"一、总体情况"至"六、其他需要报告的事项"六部分组成；第一部分常写作"概述""基本情况"，也算"总体情况"。2019年度以后的报告页面上一张表也没有的（读作文字报告），标题列出了表二、表三、表四所在的三个部分的，也按其年度的格式检查（与 document/required-tables 一致）；标题没有这三个部分的，不检查。标题不同而编号正在该部分应在位置上的（如"一、年度工作核心成效"），仍算该部分，只作提示；缺少或错序的部分可能是漏写，也可能只是标题残缺未被识别，所以只作警告；报告开头自列六个部分而不含所缺部分的（如以"信息处理费收取情况"代替"其他需要报告的事项"），是有意的编排，只作提示。报告分页发布、本页只是其中一页的，本页未见的部分可能在其他页，不报缺失（见 document/paginated）。',
    en: 'The General Office\'s notices 国办公开办函〔2019〕60号 and 〔2021〕30号 prescribe a report of six parts, from 一、总体情况 (1. Overview) to 六、其他需要报告的事项 (6. Other matters to report); the first part, often titled 概述 or 基本情况 (summary, basic situation), counts as the overview. A report for 2019 or later whose page shows no table at all (read as a report of text alone) is held to its year\'s format too where its headings name the three parts the tables belong in (as document/required-tables holds it to the tables); one whose headings do not is not checked. A heading worded otherwise whose number stands where the part belongs (such as 一、年度工作核心成效, “1. The year\'s core achievements”) still counts as that part, and is only info; a part missing or out of order may have been left out, or its heading may only be too damaged to recognise, so this is only a warning; where the report lists its own six parts at its start and leaves out the one missing (such as 信息处理费收取情况, the fees charged, in place of the other matters to report), the arrangement is deliberate, and only info. Where the portal splits the report over several pages and this page is one of them, the parts this page does not show may be on another page, and are not reported missing (see document/paginated).',
  },
  example: {
    passes: {
      zh: '一、总体情况 二、主动公开政府信息情况 三、收到和处理政府信息公开申请情况 四、…行政复议、行政诉讼情况 五、存在的主要问题及改进情况 六、其他需要报告的事项',
      en: '一、总体情况 二、主动公开政府信息情况 三、收到和处理政府信息公开申请情况 四、…行政复议、行政诉讼情况 五、存在的主要问题及改进情况 六、其他需要报告的事项: overview, proactive disclosure, applications received and handled, administrative reconsideration and litigation, main problems and improvements, other matters to report.',
    },
    fails: {
      zh: '一、总体情况 … 五、存在的主要问题及改进情况（没有"六、其他需要报告的事项"）。',
      en: '一、总体情况 … 五、存在的主要问题及改进情况, with no 六、其他需要报告的事项 (6. Other matters to report).',
    },
  },
  check(report, ctx) {
    // A quarter's or half-year's report owes no annual report's parts (document/whole-year-period says what it is).
    const read = partOfYearReport(ctx.title, report.document.period) ? null : partsRead(report);
    if (!read) return [];
    const { format, found, byWords } = read;
    const findings: Finding[] = [];
    found.forEach((s, k) => {
      // Only a title of the report's own is worth a note; a cut one is the standard title's start.
      if (!s || s === byWords[k] || PARTS[k]!.title.startsWith(s.title)) return;
      findings.push({
        severity: 'info',
        message: `第${toChineseNumber(k + 1)}部分标题为${quote(s.title)}，标准格式为“${PARTS[k]!.title}”`,
        cells: [{ table: 'document', path: `sections.${s.index}` }], expected: null, actual: null,
      });
    });
    // One page of a paginated article, the others not all read: the parts not here may be on them (document/paginated says so).
    const gone = partsMissing(report, ctx, read);
    const missing = PARTS.filter((_, k) => gone.has(k));
    // A part the report's own list of six parts leaves out (jjp-2025 lists 信息处理费收取情况 in place of 其他需要报告的事项)
    // is left out on purpose: worth a note. Only a list of six names is trusted; a report of three parts
    // (hukou-dalong-2020) leaves the format, not one part of it.
    const announced = missing.length > 0 ? announcement(ctx.lines) : null;
    const listed = announced && announced.count === PARTS.length && announced.parts.length === PARTS.length ? announced.parts : null;
    const unannounced = listed ? missing.filter((p) => !listed.some((name) => p.words.test(name))) : [];
    const missingFinding = (parts: typeof PARTS, severity: Finding['severity'], why: string): Finding => ({
      severity,
      message: `${format}版格式要求的六个部分中未找到：${parts.map((p) => `${toChineseNumber(PARTS.indexOf(p) + 1)}、${p.title}`).join('；')}${why}`,
      cells: [], expected: PARTS.length, actual: PARTS.length - missing.length,
    });
    const unlisted = missing.filter((p) => !unannounced.includes(p));
    if (unlisted.length > 0) findings.push(missingFinding(unlisted, 'warning', ''));
    if (unannounced.length > 0) findings.push(missingFinding(unannounced, 'info', `（报告开头所列的${announced!.countText}个${announced!.word}也不含此部分）`));
    const present: { k: number; s: Heading }[] = [];
    found.forEach((s, k) => { if (s) present.push({ k, s }); });
    const outOfOrder = present.filter(({ s }, i) => i > 0 && s.index < present[i - 1]!.s.index);
    for (const { k, s } of outOfOrder) {
      findings.push({
        severity: 'warning',
        message: `第${toChineseNumber(k + 1)}部分${quote(s.title)}出现在前一部分之前，顺序与格式规定不符`,
        cells: [{ table: 'document', path: `sections.${s.index}` }], expected: null, actual: null,
      });
    }
    return findings;
  },
};
