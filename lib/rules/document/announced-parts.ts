// "本年报由A、B…等七部分组成": the parts the report announces are all there.
import { wholeReport } from '../../document/pagination.ts';
import { hasTables } from '../../labels.ts';
import { tablesDue } from '../../template/formats.ts';
import { labelKey, stripNumbering } from '../../text/normalize.ts';
import { quote } from '../../text/quote.ts';
import type { Rule } from '../types.ts';
import { markersOf } from './outline.ts';
import { parseChineseNumber } from './numerals.ts';
import { announcement } from './announcement.ts';
import { partsMissing, templatePart } from './six-parts.ts';

// The statistics table announced as a part of its own: there when the report has a table or a line
// opens with 附表/附件 (its caption); its heading is seldom numbered.
const ATTACHMENT = /(?:附表|附件|统计表)$/;
const ATTACHMENT_LINE = /^\s*附[表件]/;

interface Heading { number: number | null; key: string }

// A top-level heading run into a line after a sentence's end, where the page lost its breaks
// (wenmiao-2011: "目前，暂无申请行政复议、提起行政诉讼。 五、收费和减免情况"): its title to the next space or stop.
const RUN_IN_HEADING = /[。；;：:]\s*([一二三四五六七八九十]{1,2})、\s*([^\s。，,；;：:]{2,30})/g;
const runInHeadings = (line: string): Heading[] =>
  Array.from(line.matchAll(RUN_IN_HEADING), (m) => ({ number: parseChineseNumber(m[1]!), key: labelKey(m[2]!) }));

// A (一)(二)… heading's title: its words to the first stop or space, not the paragraph run on after it ("(一)主动公开方面。2022年,…",
// "(二)《指南》和《目录》编制工作情况 编制政府信息公开…").
const SUB_TITLE = /^[^\s。；;：:，,]{2,30}/;

/**
 * The heading numbered as the part is its heading when both name the same one of the template's six parts by its words
 * (概述 headed 基本概况; 存在的主要问题及改进情况 headed 存在问题和改进措施, qinglong-jianshui-2019), not a part that names two
 * (概述、主动公开政府信息的情况, which the split left together); or when it is the part's start and lost the rest
 * ("一 、概" for 概述) — a few characters, not most of the part.
 */
const sameNumberedPart = (heading: string, part: string): boolean =>
  (heading !== '' && 2 * heading.length >= part.length && part.startsWith(heading))
  || (templatePart(heading) !== null && templatePart(heading) === templatePart(part));

export const announcedParts: Rule = {
  id: 'document/announced-parts',
  severity: 'warning',
  description: '报告开头列出的各部分在正文中都有 (every part the report announces is present)',
  rationale: {
    zh: '开头说"由…等七部分组成""全文包括…6个部分""由九部分组成，分别为：…"而正文少了一部分，说明有内容漏发或被删，读者据此可知报告不完整。标题措辞不同而用词说的是格式中同一部分的（"概述"写作"基本概况"，"存在的主要问题及改进情况"写作"存在问题和改进措施"）或丢了字（"一 、概"）的，按同一编号的标题认作该部分；标题说的是格式中另一部分的（"因政府信息公开申请行政复议、提起行政诉讼的情况"与"依申请公开信息情况"字面多半相同），不算该部分；2019年以前的报告把所列各部分编为"一、概述"下的（一）（二）…的，这些小标题也算；"附表"见于报告的统计表或"附表："标题；2019年以前的报告，附表在不在由 document/announced-table 核对。2019、2021版格式的报告所缺的是格式规定的六个部分之一的，由 document/six-parts 指出，此处不重复。报告分页发布、本页只是其中一页的，不作此检查：未见的部分可能在其他页（见 document/paginated）。',
    en: 'A report that says at its start that it is made up of seven parts (由…等七部分组成), that its text has 6 parts (全文包括…6个部分) or that it has nine parts, namely… (由九部分组成，分别为：…), and whose text then lacks one, has had content left out or deleted: this tells the reader that the report is incomplete. A heading worded otherwise whose words name the same part of the format (概述 written 基本概况, 存在的主要问题及改进情况, the main problems and improvements, written 存在问题和改进措施, problems and measures to improve) or missing characters (一 、概) is taken for the part by its number; a heading naming another part of the format is never taken for it, however many characters they share (因政府信息公开申请行政复议、提起行政诉讼的情况, review sought over an application, shares half of 依申请公开信息情况, the applications); in a report before 2019 that numbers the parts it lists (一)(二)… under 一、概述, those headings count too; an appendix (附表) is found in the report\'s statistics tables or under a heading 附表：; in a report before 2019, whether the appendix is there is checked by document/announced-table. In a report of the 2019 or 2021 format, a missing part that is one of the six the format prescribes is pointed out by document/six-parts, not again here. Where the portal splits the report over several pages and this page is one of them, this check is not made: the parts not shown may be on another page (see document/paginated).',
  },
  example: {
    passes: {
      zh: '"本年报由基本工作情况，…，存在问题及工作打算等七部分组成"，正文有七个对应的一级标题。',
      en: '本年报由基本工作情况，…，存在问题及工作打算等七部分组成 (“this report is made up of seven parts: the basic work, …, problems and plans”), and the text has the seven top-level headings.',
    },
    fails: {
      zh: '同样的开头，正文没有"机构建设、保障经费和培训会议情况"这一部分。',
      en: 'The same opening, and the text has no part 机构建设、保障经费和培训会议情况 (organisation, funding, training and meetings).',
    },
  },
  check(report, ctx) {
    // One page of a paginated article, the others not all read: the parts not here may be on them (document/paginated says so).
    if (!wholeReport(ctx.pagination)) return [];
    const announced = announcement(ctx.lines);
    if (!announced) return [];
    const { count, parts } = announced;
    const markers = markersOf(ctx.lines);
    const topLevel = ctx.lines.flatMap((line, i) => (markers[i]?.level === 1 ? [{ line, number: markers[i]!.number }] : []));
    // As many parts as announced: they are there, however the headings word them (基本概况 for 概述).
    if (Math.max(report.document.sections.length, topLevel.length) >= count) return [];
    const headings: Heading[] = [
      ...report.document.sections.map((s) => ({ number: parseChineseNumber(s.number), key: labelKey(s.title) })),
      ...topLevel.map(({ line, number }) => ({ number, key: labelKey(stripNumbering(line)) })),
      ...ctx.lines.flatMap(runInHeadings),
      // Before the 2019 format no heading was set for a part: a report may number its announced parts (一)(二)… under 一、概述
      // (hb-shayang-2017: "(一)主动公开政府信息的情况", "(二)回应解读情况"). In the formats' years such a heading under 一、总体情况
      // is not the part of its tables.
      ...(tablesDue(report.document) === null ? ctx.lines.flatMap((line, i) => {
        const title = markers[i]?.level === 2 ? SUB_TITLE.exec(stripNumbering(line).trim()) : null;
        return title ? [{ number: null, key: labelKey(title[0]) }] : [];
      }) : []),
    ];
    // Before the 2019 format, whether the announced 附表 is there is document/announced-table's to say (a picture, an attachment…).
    const attached = hasTables(report) || !tablesDue(report.document) || ctx.lines.some((line) => ATTACHMENT_LINE.test(line));
    // A part of the six the 2019/2021 formats prescribe that document/six-parts says is missing is said once, there.
    const saidMissing = partsMissing(report, ctx);
    const missing = parts.filter((part, i) => {
      const key = labelKey(part);
      const k = templatePart(part);
      if (k !== null && saidMissing.has(k)) return false;
      if (attached && ATTACHMENT.test(key)) return false;
      const pairs = charPairs(key);
      return !headings.some((h) => headsPart(h.key, pairs, k) || (h.number === i + 1 && sameNumberedPart(h.key, key)));
    });
    if (missing.length === 0) return [];
    return [{
      severity: 'warning',
      message: `报告开头称由${announced.countText}${announced.word}组成，但正文中未找到：${missing.map((p) => quote(p)).join('、')}`,
      cells: [], expected: count, actual: count - missing.length, words: [announced.at],
    }];
  },
};

/**
 * Whether the heading is the announced part's (its character pairs, `part` the part of the format it names or null): it
 * names the same part of the format ((三)依申请公开办理情况 for 依申请公开政府信息的情况), or shares half its characters and
 * names no other part (因政府信息公开申请行政复议、提起行政诉讼的情况 shares half of 依申请公开信息情况, and
 * (一)主动公开政府信息的情况 of 依申请公开政府信息的情况: neither is that part).
 */
function headsPart(heading: string, pairs: string[], part: number | null): boolean {
  const own = templatePart(heading);
  return part !== null && own !== null ? own === part : covers(heading, pairs);
}

/** "存在问题" → 存在, 在问, 问题. */
function charPairs(text: string): string[] {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < text.length; i++) pairs.push(text.slice(i, i + 2));
  return pairs;
}

/** Half of the part's character pairs appear in the heading: tolerant of lost characters and rewording. */
function covers(heading: string, pairs: string[]): boolean {
  let found = 0;
  let missed = 0;
  // Stop once the answer is known: most headings share hardly a pair with a given part.
  for (const pair of pairs) {
    if (heading.includes(pair)) found++;
    else missed++;
    if (2 * found >= pairs.length) return true;
    if (2 * missed > pairs.length) return false;
  }
  return false;
}
