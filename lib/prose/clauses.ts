// The words of a sentence between its figures, read for how each figure stands to those before it: after a
// list's 、, inside brackets opened after the figure before, after words that break a figure down (其中, 含,
// 包括 or its like 包含, 涵盖, 在…中), after an aside (另有, 此外), after a total's word (合计), or as a change against an earlier year.
// Only the words: which figure a breakdown belongs to, and where it ends, the reader (figures.ts) decides from
// these and from what the figures count and add up to.
import type { NumberToken } from './numbers.ts';
import { isStep } from './kinds.ts';
import { CHANNEL } from './topics.ts';
import { changesFrom } from './label.ts';

/** What opens a breakdown in a clause: its words, and where they stand in the text. */
export interface Opener {
  kind: 'which' | 'including' | 'contains' | 'bracket' | 'frame';
  words: string;
  /** Where they end in the text. */
  end: number;
}

/** The clause a figure closes: the words from the figure before it (or its sentence's start) up to its number. */
export interface Clause {
  /** Where those words start. */
  from: number;
  /** 其中, 包括 (包含, 涵盖), （含, a bracket opened right after the figure before, or 在…中 opening the sentence. */
  opener: Opener | null;
  /** 其中, 内有 or 包括 (包含, 涵盖) anywhere in the words (a bracket's 其中 too): they break down what came before. */
  which: boolean;
  /** A bracket opened right after the figure before, still open here: what it holds is about that figure. */
  bracket: boolean;
  /** 另有, 此外, 同时, 另 right before the number: an aside, no part of what came before. */
  aside: boolean;
  /** After a list's 、 within the sentence. */
  listed: boolean;
  /** 合计, 共计 … right before the number. */
  totalWord: boolean;
  /** …, after the list's separator: a total said after its parts. */
  totalAfter: boolean;
  /** A change against an earlier year, or the count such a change starts from: no count of this year's. */
  change: 'compared' | 'earlier' | null;
  /** The clause names a channel (网站, 微信公众号 …) it was published on. */
  onChannel: boolean;
}

// A bracket opened right before a number and still open there.
const BRACKET_OPENS = /^[（(](?=[^）)]*$)/;
// 其中的 before a noun says where things are (两个办公室及其中的两台电脑), no breakdown.
// 从信息内容分类看, 按类别分: a breakdown of the total before, as 其中 says it (sd-rushan-hyj-2021).
// By type or way (按政务新媒体类型分, 按申请方式分), only where it says 分: 按照规定方式 breaks nothing down.
// 具体类别如下: lists them after its colon (…主动公开政府信息285条。具体类别如下:基层政务公开信息201条,…: cq-jiangjin-ciyun-2024),
// as 主要类别情况: does (jinyun-huzhen-2013), and 信息分类: after the information it names (主动公开信息分类:…: benxi-wsjkw-2021).
const KINDS_COLON = '(?:主要(?:类别|分类)(?:情况)?|(?:类别|分类)情况|信息(?:分类|类别))[:：]';
// A sentence opening with kinds of information (信息类别:), which break down only some counts (figures.ts's kindsOf).
export const KINDS_OPENS = new RegExp(`^${KINDS_COLON}`);
export const BY_KIND = new RegExp(String.raw`${KINDS_COLON}|具体(?:类别|分类|情况)?如下[:：]?|从[^，,。\d０-９]{0,10}?(?:分类|类别|类型|方式)(?:来|上)?看|按[^，,。\d０-９]{0,8}?(?:(?:分类|类别)(?:划分|统计|分)?|(?:类型|方式)(?:划分|统计|分)(?![配析布工]))`);
// 分别是, 具体为 before the first item's name, in its clause (…452余条,分别是案件报导182条、…): the items of the count
// before; not before a count (A、B分别为10条、20条: each item's own), nor what its clause goes on to count (开设政务新媒体
// 2个，分别为微信公众号和微博，共发布信息300条).
const ITEMIZING = '(?:分别|具体)(?:是|为)';
const ITEMIZED = new RegExp(`${ITEMIZING}[:：]?(?=[^，,。；;：:\\d０-９]+$)`);
const ITEMIZES = new RegExp(`^${ITEMIZING}`);
// 包含 and 涵盖 list what a total holds as 包括 does (公开发布交易信息884条，涵盖建设工程275条、政府采购442条…: yanzhou-ggzy-2025).
const INCLUDING = '包括|包含|涵盖';
const INCLUDING_WORDS = new RegExp(`^(?:${INCLUDING})$`);
const OPENER = new RegExp(`其中(?!的)|${BY_KIND.source}|${ITEMIZED.source}|[（(]含|${INCLUDING}|${BRACKET_OPENS.source}|^在[^，,。\\d０-９]{1,20}?中(?!心)`, 'g');
const WHICH = new RegExp(`其中(?!的)|内有|${INCLUDING}|${BY_KIND.source}|${ITEMIZED.source}`, 'g');
// …，另2件结转下一年处理: 另 right before a number.
const ASIDE = /另有|另外|此外|同时|另\s*$/;
// A total said after its parts: 合计 at the end of the words, after the list's separator.
const TOTAL_WORD = /(?:合计|共计|总计|总共|共)[:：]?\s*$/;
const TOTAL_AFTER = new RegExp(`[，,、；;]\\s*${TOTAL_WORD.source}`);
// What a change against an earlier year is said with, right before its number (同比增量29条 too). Applications and
// cases come in, no office adds them: their count said to grow or fall is the change too, the year left unsaid
// (本年新收申请增加5件).
const COMPARED = /(?:较|比|同比|环比)[^，,。；;]{0,8}?(?:(?:增加|减少|增长|下降|多|少)了?|(?:增|减)(?:加|少|长)?量)$|(?:较|比)(?:上年度?|去年|上一年度?|\d{4}年度?)(?:同期)?[^，,。；;\d]{0,20}$|^[，,]?(?:增加|减少|增长|下降)了?$|(?:申请|复议|诉讼|案件)(?:数量?|量|总数)?(?:增加|减少|增长|下降|增多)了?$/;

/** The clause of `token`, whose words run from `from` (the figure before's stop, or `sentence`, where its sentence starts). */
export function clauseOf(text: string, from: number, sentence: number, token: NumberToken): Clause {
  const gap = text.slice(from, token.at);
  // One pass from the number back: where its own clause starts (after the last ，or ：), whether a 、 stands in
  // that clause (an item of a list, within the sentence; a ； ends one). Where brackets close, the reader counts (figures.ts).
  let clause = -1, listed = false;
  for (let i = gap.length - 1; i >= 0 && clause < 0; i--) {
    const code = gap.charCodeAt(i);
    if (code === COMMA || code === COMMA_ASCII || code === COLON || code === COLON_ASCII) clause = i;
    else if (code === LIST_COMMA) listed = true;
  }
  // What stands right before the number: the end-anchored tests need no more.
  const tail = gap.length > 12 ? gap.slice(-12) : gap;
  const found = openingWords(OPENER, gap);
  const totalWord = (tail.includes('共') || tail.includes('计')) && TOTAL_WORD.test(tail);
  let change: Clause['change'] = null;
  if (token.label === undefined) {
    if (changesFrom(text, token.stop)) change = 'earlier';
    else if (/[较比增减下]/.test(gap) && COMPARED.test(gap)) change = 'compared';
  }
  const opensBefore = gap.charCodeAt(0);
  return {
    from,
    opener: found && { kind: openerKind(found[0]), words: found[0], end: from + found.index + found[0].length },
    which: openingWords(WHICH, gap) !== null,
    bracket: (opensBefore === OPEN || opensBefore === OPEN_ASCII) && BRACKET_OPENS.test(gap),
    aside: ASIDE.test(gap),
    listed: listed && from > sentence,
    totalWord,
    totalAfter: totalWord && token.label === undefined && TOTAL_AFTER.test(tail),
    change,
    onChannel: CHANNEL.test(clause < 0 ? gap : gap.slice(clause + 1)),
  };
}
const [OPEN, OPEN_ASCII, COMMA, COMMA_ASCII, COLON, COLON_ASCII, LIST_COMMA] = Array.from('（(，,：:、', (ch) => ch.charCodeAt(0));

/**
 * The first words of `pattern` (global) in the gap that stand outside brackets closed before the number: in
 * "主动公开268条(含社会保险、就业创业)、法律法规和政策文件4条" the bracket says what the 268 holds, and the list goes on
 * after it; nothing the bracket says opens a breakdown of the counts after it.
 */
function openingWords(pattern: RegExp, gap: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(gap); m; m = pattern.exec(gap)) {
    const open = Math.max(gap.lastIndexOf('（', m.index), gap.lastIndexOf('(', m.index));
    const close = open < 0 ? -1 : CLOSES.exec(gap.slice(open))?.index ?? -1;
    if (close < 0 || open + close < m.index) return m;
    pattern.lastIndex = open + close + 1;
  }
  return null;
}
const CLOSES = /[）)]/;

function openerKind(words: string): Opener['kind'] {
  if (words === '其中' || BY_KIND.test(words) || ITEMIZES.test(words)) return 'which';
  if (INCLUDING_WORDS.test(words)) return 'including';
  if (words.length === 1) return 'bracket';
  return words.startsWith('在') ? 'frame' : 'contains';
}

/** Whether the opener is a bracket's (（含, or a bare bracket): the breakdown ends where the bracket closes. */
export const bracketed = (opener: Opener) => opener.kind === 'bracket' || opener.kind === 'contains';

// A sentence may frame the total before it again, and run straight into its first item (在主动公开的政府信息中
// 便民办事服务信息6条): then the sentence must count in the total's unit; one that only frames, for the
// sentence after it, says where it ends. Or it lists what the total holds (主要包括部门动态477条).
const FRAME_START = /^在[^，,。\d０-９]{1,20}?中(?!心)(?:[，,：:]|(?:主要)?(?:分为|包括))?|^(?:主要)?包括/;
const FRAME_ENDS = /(?:[，,：:]|分为|包括)$/;
const FRAME_OPENERS = new Set(['在', '主', '包']);
// Or, a numbered item of its own or not, names the total again and lists its kinds after a colon ((一)主动公开政府信息的数量共192条。
// (二)主动公开政府信息的主要类别情况:党政信息类147条,…: jinyun-huzhen-2013; 主动公开信息数:175条。主动公开信息分类:…: benxi-wsjkw-2021).
const KINDS_ITEM = new RegExp(String.raw`^(?:[（(][一二三四五六七八九十]{1,3}[）)])?[^，,。；;：:\d０-９]{2,20}?的?${KINDS_COLON}`);

/**
 * Whether a sentence opens by framing the total before it (labelled `total`) again, or listing what it holds;
 * `counted` where the sentence goes on to count in the total's unit.
 */
export function framesAgain(opening: string, total: string, counted: boolean): boolean {
  const kinds = KINDS_ITEM.exec(opening)?.[0];
  if (kinds !== undefined) return counted && namesTotal(kinds, total);
  if (!FRAME_OPENERS.has(opening[0]!)) return false;
  const frame = FRAME_START.exec(opening)?.[0];
  if (frame === undefined || !frame.startsWith('在')) return frame !== undefined;
  return (counted || FRAME_ENDS.test(frame)) && namesTotal(frame, total);
}

/**
 * Whether a 在…中 frame names the total again: a pair of its characters beyond the words every label has. One that
 * takes the set at a step of handling (在已答复的申请中, 在办结答复的政府信息申请中) names no count the step is not in
 * (邮寄申请23件, though it holds 申请).
 */
export function namesTotal(frame: string, total: string): boolean {
  const of = frame.lastIndexOf('的');
  if (isStep(of > 0 ? frame.slice(0, of) : frame) && !isStep(total)) return false;
  for (let i = 1; i + 2 <= frame.length; i++) {
    const pair = frame.slice(i, i + 2);
    if (!COMMON_PAIRS.has(pair) && total.includes(pair)) return true;
  }
  // A frame of information published, said in no other words (主动公开政府信息38171条。在公开信息中,…, tax-baiyun-2021),
  // names a total of it.
  return PUBLISHED_INFORMATION.test(frame) && total.includes('公开') && total.includes('信息');
}
const COMMON_PAIRS = new Set(['政府', '府信', '信息', '息公', '公开', '工作']);
const PUBLISHED_INFORMATION = /^在(?:所有|全部|已)?(?:主动)?公开的?(?:政府)?信息中/;
