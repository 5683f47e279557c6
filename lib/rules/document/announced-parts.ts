// "本年报由A、B…等七部分组成": the parts the report announces are all there.
import { wholeReport } from '../../document/pagination.ts';
import { labelKey, stripNumbering } from '../../text/normalize.ts';
import type { Report } from '../../schema.ts';
import type { Rule } from '../types.ts';
import { markersOf } from './outline.ts';
import { parseChineseNumber } from './numerals.ts';
import { OVERVIEW } from './six-parts.ts';

// Only the report's own outline, in a sentence about the report ("本年报由…组成", "本报告根据…编制,由…组成",
// "全文包括…6个部分"), not a 指南 described in the text ("《指南》包括…三部分"). The list runs from the last
// 由/包括 before the count: "本报告由贵州省人民政府办公厅编制,…,包括概述、…等五个部分" lists from 包括.
const ANNOUNCEMENT = /(?:报告|年报|全文)[^。]{0,150}?(?:由|包括)((?:(?!由|包括)[^。])+?)(?:等|共计?|等共)?([一二三四五六七八九十\d]{1,3})(?:个)?部分(?:组成|内容)?/;

/** The first line announcing the parts. The pattern needs 部分: lines without it are passed over unsearched. */
function findAnnouncement(lines: readonly string[]): RegExpExecArray | null {
  for (const line of lines) {
    const match = line.includes('部分') ? ANNOUNCEMENT.exec(line) : null;
    if (match) return match;
  }
  return null;
}

// “A”“B”: two names, each in its quotes; and the quotes around a name.
const QUOTED_NEIGHBOURS = /[”」》"]\s*[“「《"]/g;
const QUOTE_MARKS = /^[“「《"]+|[”」》"]+$/g;
// "…下一步打算，以及其他需要报告的事项": the joint after a comma is no part of the name.
const LEADING_JOINT = /^(?:以及|和|及)/;

// The statistics table announced as a part of its own: there when the report has a table or a line
// opens with 附表/附件 (its caption); its heading is seldom numbered.
const ATTACHMENT = /(?:附表|附件|统计表)$/;
const ATTACHMENT_LINE = /^\s*附[表件]/;
const hasTables = (r: Report): boolean =>
  Boolean(r.legacyStats?.length || r.activeDisclosure || r.applications || r.reviewLitigation);

// An announced part names the overview alone (not "概述、主动公开政府信息的情况", two parts the split left together).
const OVERVIEW_PART = new RegExp(`^[^、]*(?:${OVERVIEW.source})$`);

interface Heading { number: number | null; key: string }

/**
 * The heading numbered as the part is its heading when both name the overview, or when it is the
 * part's start and lost the rest ("一 、概" for 概述) — a few characters, not most of the part.
 */
const sameNumberedPart = (heading: string, part: string): boolean =>
  (heading !== '' && 2 * heading.length >= part.length && part.startsWith(heading)) || (OVERVIEW.test(heading) && OVERVIEW_PART.test(part));

export const announcedParts: Rule = {
  id: 'document/announced-parts',
  severity: 'warning',
  description: '报告开头列出的各部分在正文中都有 (every part the report announces is present)',
  rationale: '开头说"由…等七部分组成""全文包括…6个部分"而正文少了一部分，说明有内容漏发或被删，读者据此可知报告不完整。标题措辞不同（"概述"写作"基本概况"）或丢了字（"一 、概"）的，按同一编号的标题认作该部分；"附表"见于报告的统计表或"附表："标题。报告分页发布、本页只是其中一页的，不作此检查：未见的部分可能在其他页（见 document/paginated）。',
  example: {
    passes: '"本年报由基本工作情况，…，存在问题及工作打算等七部分组成"，正文有七个对应的一级标题。',
    fails: '同样的开头，正文没有"机构建设、保障经费和培训会议情况"这一部分。',
  },
  check(report, ctx) {
    // One page of a paginated article, the others not all read: the parts not here may be on them (document/paginated says so).
    if (!wholeReport(ctx.pagination)) return [];
    const announcement = findAnnouncement(ctx.lines);
    if (!announcement) return [];
    const count = /^\d+$/.test(announcement[2]!) ? Number(announcement[2]) : parseChineseNumber(announcement[2]!);
    if (!count) return [];
    const markers = markersOf(ctx.lines);
    const topLevel = ctx.lines.flatMap((line, i) => (markers[i]?.level === 1 ? [{ line, number: markers[i]!.number }] : []));
    // As many parts as announced: they are there, however the headings word them (基本概况 for 概述).
    if (Math.max(report.document.sections.length, topLevel.length) >= count) return [];
    const parts = splitParts(announcement[1]!, count);
    const headings: Heading[] = [
      ...report.document.sections.map((s) => ({ number: parseChineseNumber(s.number), key: labelKey(s.title) })),
      ...topLevel.map(({ line, number }) => ({ number, key: labelKey(stripNumbering(line)) })),
    ];
    const attached = hasTables(report) || ctx.lines.some((line) => ATTACHMENT_LINE.test(line));
    const missing = parts.filter((part, i) => {
      const key = labelKey(part);
      if (attached && ATTACHMENT.test(key)) return false;
      const pairs = charPairs(key);
      return !headings.some((h) => covers(h.key, pairs) || (h.number === i + 1 && sameNumberedPart(h.key, key)));
    });
    if (missing.length === 0) return [];
    return [{
      severity: 'warning',
      message: `报告开头称由${announcement[2]}部分组成，但正文中未找到：${missing.map((p) => `"${p}"`).join('、')}`,
      cells: [], expected: count, actual: count - missing.length,
    }];
  },
};

/**
 * Split on commas; while that gives fewer parts than announced, split the last part holding a 、 at
 * its last 、 that follows a name's ending (情况, 措施, 概述…: "因信息公开工作受到的举报、复议、诉讼的情况、存在的
 * 主要问题和改进措施" parts after 情况, not after 举报), then at its last 、 ("机构建设、保障经费和培训会议情况、存在问题
 * 及工作打算" → two parts, the first keeping its 、), then at its last 以及 ("存在的主要问题和改进措施以及附表"), then
 * 和, then 及 ("存在的主要问题及改进情况和其他需要报告的事项"). 以及 after 、: where the 、 part the names as
 * announced, a 以及 is inside one of them ("主动公开政府信息以及公开平台建设情况"). Names each in quotes
 * (“总体情况”“主动公开政府信息情况”) are parted at the quotes first.
 */
function splitParts(list: string, count: number): string[] {
  const parts = list.replace(QUOTED_NEIGHBOURS, '，').split(/[,，;；]/).map((s) => s.trim().replace(QUOTE_MARKS, '').replace(LEADING_JOINT, '')).filter(Boolean);
  for (const joint of JOINTS) {
    while (parts.length < count) {
      const i = parts.findLastIndex((p) => separators(p, joint).length > 0);
      if (i < 0) break;
      const cut = separators(parts[i]!, joint).at(-1)!;
      parts.splice(i, 1, parts[i]!.slice(0, cut), parts[i]!.slice(cut + joint.mark.length));
    }
  }
  return parts.filter(Boolean);
}

interface Joint { mark: string; after?: RegExp }
// A part's name ends so, a note in brackets after it aside ("依申请公开政府信息办理情况(受理、答复情况)").
const NAME_END = /(?:情况|措施|概[述况]|事项|附[表件]|打算)(?:[(（][^()（）]*[)）])?$/;
const JOINTS: Joint[] = [{ mark: '、', after: NAME_END }, { mark: '、' }, { mark: '以及' }, { mark: '和' }, { mark: '及' }];
// Where a joint parts nothing: inside 行政复议、行政诉讼情况, 收到和处理政府信息公开申请情况 and 存在的主要问题及改进情况,
// each one part of the template.
const INSIDE_TEMPLATE_NAME: Record<string, RegExp> = { '、': /^、(?:提起)?(?:行政)?诉讼/, 和: /^和处理/, 及: /^及改进情况/ };

/** Where `joint` parts two names in the text: not inside brackets, nor inside a template part's name. */
function separators(text: string, joint: Joint): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(joint.mark); i >= 0; i = text.indexOf(joint.mark, i + 1)) {
    const before = text.slice(0, i);
    if (INSIDE_TEMPLATE_NAME[joint.mark]?.test(text.slice(i))) continue;
    if ((before.match(/[(（]/g)?.length ?? 0) > (before.match(/[)）]/g)?.length ?? 0)) continue;
    if (!joint.after || joint.after.test(before)) at.push(i);
  }
  return at;
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
