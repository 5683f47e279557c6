// "本年报由A、B…等七部分组成": the parts a report announces in its opening, as two rules read them
// (document/announced-parts: are they there; document/six-parts: is a template part left out on purpose).
import type { Spot } from '../../document/page-text.ts';
import { parseChineseNumber } from './numerals.ts';

// Only the report's own outline, in a sentence about the report ("本年报由…组成", "本报告根据…编制,由…组成",
// "全文包括…6个部分"), not a 指南 described in the text ("《指南》包括…三部分"), even after the report's words
// ("全文同时附有修订后的《某县政府信息公开指南》，包括公开范围、…等七个部分"), nor what is said in the 报告期 or
// the 全文 of a document quoted ("《某县乡村振兴规划》全文共八个部分"). The list runs from the last 由/包括/分为 before
// the count: "本报告由贵州省人民政府办公厅编制,…,包括概述、…等五个部分" lists from 包括, "本年报是由某局根据《条例》…编制，
// 分为概述、…、附件等六部分" (平潭 经济发展局 2013, 2014) from 分为.
const REPORT = '(?:报告(?!期)|年报|(?<![》」”])全文)';
// A part may be called a 方面 (该报告由概述、…六方面内容组成: pinghu-gongdian-2010; 报告包括总体情况,…等六个方面), or an 项 of
// 内容 (全文由总体情况、…其他需要报告的事项共六项内容组成: guangyuan-cangxi-wenchang-2022); 项 alone counts items, not parts.
const PARTS = '(部分|方面|项(?=内容))';
const ANNOUNCEMENT = new RegExp(`${REPORT}(?:(?!指南)[^。]){0,150}?(?:由|包括|分为)((?:(?!由|包括|分为)[^。])+?)(等)?(?:共计?)?([一二三四五六七八九十\\d]{1,3})(?:个)?${PARTS}(?:组成|内容)?`);
// …or the count first, a few words after the report as its subject, the list after it as the text puts it forward: "本年度报告由九部分
// 组成,分别为:总体情况、…、政府信息公开年度统计表" (tj-dongli-2019), "全文包括六个部分：…", "报告内容主要由六部分组成"
// (gs-qingyang-2021), "本报告正文共分六个部分："; not a part cited by its number (详见本报告第三、四部分), nor another thing's
// parts after the report's word ("报告期内，我局门户网站信息公开专栏分为8个部分：…").
const COUNT_THEN_LIST = new RegExp(`${REPORT}(?:(?!专栏|栏目|网站|规划|指南)[^，,。：:；;、第\\d一二三四五六七八九十]){0,8}?`
  + `([一二三四五六七八九十\\d]{1,3})个?${PARTS}(?:组成|内容)?[,，]?\\s*(?:(?:分别|依次)(?:为|是)|包括|即|[:：])[:：]?([^。]+)`);
// The list so put forward ends where a clause about the report follows it (…其他需要报告的事项，本报告中所列数据的统计期限…).
const AFTER_LIST = /[,，;；]\s*(?:本(?:年度)?(?:报告|年报)|报告中|所列数据)/;

// The start of the sentence `text` ends in: its first character after the last stop and the blanks after it.
const SENTENCE_START = /(?<=(?:^|[。；;!！?？])\s*)[^\s。；;!！?？][^。；;!！?？]*$/;

// A list left open: 等 after it (…其他需要报告的事项等六部分组成, 分别为：…等), its names some of the parts, not all.
const LIST_LEFT_OPEN = /等[\s。，,；;]*$/;

/** The first line announcing the parts: its list, its count, whether the list is all of them, and where it announces them. The patterns need 部分, 方面 or 项内容: lines without any are passed over unsearched. */
function findAnnouncement(lines: readonly string[]): { list: string; countText: string; word: string; closed: boolean; at: Spot } | null {
  for (const [i, line] of lines.entries()) {
    if (!['部分', '方面', '项内容'].some((word) => line.includes(word))) continue;
    // The sentence that announces them, from its start.
    const spot = (m: RegExpExecArray): Spot => ({ lines: 'body', line: i, start: SENTENCE_START.exec(line.slice(0, m.index))?.index ?? m.index, end: m.index + m[0].length });
    const listed = ANNOUNCEMENT.exec(line);
    if (listed) return { list: listed[1]!, countText: listed[3]!, word: listed[4]!, closed: listed[2] === undefined, at: spot(listed) };
    const counted = COUNT_THEN_LIST.exec(line);
    if (counted) {
      const list = counted[3]!.split(AFTER_LIST)[0]!;
      // The sentence to its list's end, not the clause about the report after it; the 等 that leaves it open no part of
      // its last name (…以及其他需要报告的事项等, qjq-duze-2019).
      return { list: list.replace(LIST_LEFT_OPEN, ''), countText: counted[1]!, word: counted[2]!, closed: !LIST_LEFT_OPEN.test(list), at: { ...spot(counted), end: counted.index + counted[0].length - counted[3]!.length + list.length } };
    }
  }
  return null;
}

// “A”“B”, “A”、“B”: two names, each in its quotes (三元区人社局 2023 joins them with 、); and the quotes around a name.
const QUOTED_NEIGHBOURS = /[”」》"]\s*、?\s*[“「《"]/g;
const QUOTE_MARKS = /^[“「《"]+|[”」》"]+$/g;
// "…下一步打算，以及其他需要报告的事项": the joint after a comma is no part of the name.
const LEADING_JOINT = /^(?:以及|和|及)/;

export interface Announcement {
  /** The count as the page writes it: 六, 6. */
  countText: string;
  /** What the page calls its parts, 部分 or 方面, for a finding to quote it. */
  word: string;
  count: number;
  /** The names listed, split into as many as the count where the joints allow. */
  parts: string[];
  /** The names are all the parts (no 等 leaves the list open): as many as the count, or the opening contradicts itself. */
  closed: boolean;
  /** Where the report's lines announce them. */
  at: Spot;
}

/** The parts the report announces, or null where it announces none. */
export function announcement(lines: readonly string[]): Announcement | null {
  const found = findAnnouncement(lines);
  if (!found) return null;
  const { list, countText, word, closed, at } = found;
  const count = /^\d+$/.test(countText) ? Number(countText) : parseChineseNumber(countText);
  return count ? { countText, word, count, parts: splitParts(list, count), closed, at } : null;
}

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
  const [afterName, ...others] = JOINTS;
  splitAt(parts, count, afterName!);
  // Still short: two names the page ran together, their 、 lost (总体情况主动公开政府信息情况, gs-qingshui-jyj-2023), before
  // a bare 、 parts a name inside (收费及减免情况复议、复议、申诉和诉讼情况, dean-zouqiao-2013: …情况 | 复议、复议、申诉…, not
  // …情况复议、复议 | 申诉和诉讼情况).
  for (let i = parts.findIndex((p) => RUN_TOGETHER.test(p)); i >= 0 && parts.length < count; i = parts.findIndex((p) => RUN_TOGETHER.test(p))) {
    const cut = RUN_TOGETHER.exec(parts[i]!)!.index;
    parts.splice(i, 1, parts[i]!.slice(0, cut), parts[i]!.slice(cut));
  }
  for (const joint of others) splitAt(parts, count, joint);
  return parts.filter(Boolean);
}

/** Split `parts` in place at `joint`, the last part holding one first, until there are `count` (a 、 after a name's ending: all). */
function splitAt(parts: string[], count: number, joint: Joint): void {
  // A 、 after a name's ending parts two names however many the opening counts: a list of eight under 七部分 (附表
  // named though not counted) is eight names, not 概述 run into the next one.
  while (parts.length < count || joint.after) {
    const i = parts.findLastIndex((p) => separators(p, joint).length > 0);
    if (i < 0) break;
    const cut = separators(parts[i]!, joint).at(-1)!;
    parts.splice(i, 1, parts[i]!.slice(0, cut), parts[i]!.slice(cut + joint.mark.length));
  }
}

// A name's ending right before a template part's opening words.
const RUN_TOGETHER = /(?<=情况)(?=主动公开|收到和处理|因?政府信息公开|存在的?主要问题|其他需要报告|(?:行政)?复议)/;

interface Joint { mark: string; after?: RegExp }
// A part's name ends so, a note in brackets after it aside ("依申请公开政府信息办理情况(受理、答复情况)").
const NAME_END = /(?:情况|措施|概[述况]|事项|附[表件]|打算)(?:[(（][^()（）]*[)）])?$/;
const JOINTS: Joint[] = [{ mark: '、', after: NAME_END }, { mark: '、' }, { mark: '以及' }, { mark: '和' }, { mark: '及' }];
// Where a joint parts nothing: inside 行政复议、行政诉讼情况, 收到和处理政府信息公开申请情况 and 存在的主要问题及改进情况,
// each one part of the template.
const INSIDE_TEMPLATE_NAME: Record<string, RegExp> = { '、': /^、(?:提起)?(?:行政)?诉讼/, 和: /^和处理/, 及: /^及改进情况/ };

// 和 and 及 with no more than a word and a name's ending after them join two words of one name (收费和减免情况, 问题和改进措施:
// xixia-2017's six names under 八部分 are not eight), not two names.
const JOINS_WORDS = new Set(['和', '及']);
const SHORTEST_AFTER_WORD = 4;

/** Where `joint` parts two names in the text: not inside brackets, inside a template part's name, nor inside a name it joins two words of. */
function separators(text: string, joint: Joint): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(joint.mark); i >= 0; i = text.indexOf(joint.mark, i + 1)) {
    const before = text.slice(0, i);
    if (INSIDE_TEMPLATE_NAME[joint.mark]?.test(text.slice(i))) continue;
    if ((before.match(/[(（]/g)?.length ?? 0) > (before.match(/[)）]/g)?.length ?? 0)) continue;
    if (JOINS_WORDS.has(joint.mark) && text.length - i - joint.mark.length <= SHORTEST_AFTER_WORD) continue;
    if (!joint.after || joint.after.test(before)) at.push(i);
  }
  return at;
}
