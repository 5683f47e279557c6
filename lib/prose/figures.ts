// Figures stated in the report's sentences (proseFigures): counts with their unit and what they count,
// with the breakdown a sentence gives ("其中当面申请0件，网络申请0件"), each bound to the characters of
// its number in the page so the panel can mark it in place.
import type { Line } from '../page/model.ts';
import type { ProseFigure } from '../schema.ts';
import { changesFrom, enclosingLabel, labelAfter, labelBefore } from './label.ts';
import { findNumbers, sameUnit, type NumberToken } from './numbers.ts';
import { sentenceRanges } from './sentences.ts';
import { CHANNEL } from './topics.ts';

/** Where the number of figure `index` (or of its part `part`) sits: node.data[start, end). */
export interface ProseBinding<N> { index: number; part?: number; node: N; start: number; end: number }

// Between two figures, these make the second one part of the first ("…346件，其中省政协提案4件");
// once open, a breakdown runs to the end of the sentence unless an aside (另有72件…) closes it.
// Parts keep their own unit: "信息21条。其中…规范性文件信息2条，制发规范性文件0件" lists both under
// the 21条 as the report does, so a sum over parts takes only those in the total's unit.
// So do brackets opened right after the total and still open ("455条(规范性文件84条,…)"), and a
// sentence that frames the total again ("…22条。在主动公开的信息中，规范性文件2条") or lists what it
// holds ("…696条。主要包括部门动态477条"), or one before it that names the kinds without counting them
// ("…122条。在主动公开的政府信息中主要分为法规文件，工作动态等类别。法规文件类99条").
const BREAKDOWN = /其中|[（(]含|包括|^[（(](?=[^）)]*$)|^在[^，,。\d０-９]{1,20}?中/;
const FRAME_START = /^在[^，,。\d０-９]{1,20}?中(?:[，,：:]|(?:主要)?(?:分为|包括))|^(?:主要)?包括/;
const FRAME_OPENERS = new Set(['在', '主', '包']);

/** Whether a sentence opens by framing the total before it again, or listing what it holds. */
function framesAgain(opening: string, total: ProseFigure | null): boolean {
  if (!total || !FRAME_OPENERS.has(opening[0]!)) return false;
  const frame = FRAME_START.exec(opening)?.[0];
  return frame !== undefined && (!frame.startsWith('在') || namesTotal(frame, total));
}
const ASIDE = /另有|另外|此外|同时/;
// A breakdown in brackets ends with them: "规章13件（含新制定5件，废止4件），行政规范性文件42件".
const OPEN_BRACKET = /^[（(]/;
const CLOSE_BRACKET = /[）)]/;
// A breakdown listed item by item runs on across ；("其中：自然人10件；法人或其他组织2件"), not across 。.
const LIST_SEPARATOR = /^[\s；;]*$/;

// What opens a breakdown of a part, and what ends it.
const NESTED = /其中|内有|包括/;
const LIST_END = /[；;]/;

/** The sum of the parts in the total's unit. */
function partsSum(total: ProseFigure): number {
  let sum = 0;
  for (const p of total.parts) if (sameUnit(p.unit, total.unit)) sum += p.value;
  return sum;
}

/** Whether the parts in the total's unit add up to it exactly. */
const complete = (total: ProseFigure) => total.parts.length > 1 && total.value > 0 && partsSum(total) === total.value;

// Cases the tables count apart from applications: never parts of an application count.
const CASES = /复议|诉讼/;

/**
 * A breakdown the sentence does not announce ("主动公开信息506条，政策法规类13条，规范性文件22条，政府
 * 工作动态类471条"): the figures that end a sentence after a total, in its unit, adding up to it exactly,
 * are its parts. Their bindings follow them.
 */
function unstatedBreakdown<N>(figures: ProseFigure[], bindings: ProseBinding<N>[], first: number): ProseFigure | null {
  if (figures.length - first < 3) return null;
  for (let t = first; t < figures.length - 2; t++) {
    const total = figures[t]!;
    const rest = figures.slice(t + 1);
    // Kinds of information, or what became of the applications (申请17件，予以公开13件，不予公开2件，无法提供2件);
    // not steps of handling (收到12件，办结10件，结转2件 is no breakdown).
    const outcomes = rest.every((f) => OUTCOME.test(f.label));
    if (total.parts.length > 0 || total.value <= 0 || (AGAINST_TABLES.test(total.label) && !outcomes)) continue;
    if (rest.some((f) => f.parts.length > 0 || !sameUnit(f.unit, total.unit) || (!outcomes && (AGAINST_TABLES.test(f.label) || !KIND.test(f.label))))) continue;
    // Figures said alike (通过网站公开信息300条，通过微博公开信息150条…) are parallel, not parts.
    if (rest.every((f) => f.label.slice(0, 2) === total.label.slice(0, 2))) continue;
    if (rest.reduce((sum, f) => sum + f.value, 0) !== total.value) continue;
    total.parts.push(...rest.map(asPart));
    figures.length = t + 1;
    rebindAsParts(bindings, t + 1, t);
    return total;
  }
  return null;
}

// Steps of handling an application, after the count of those received.
const STEP = /办结|答复|结转|办理|转办/;
// What a change against an earlier year is said with, right before its number.
const COMPARED = /(?:较|比|同比|环比)[^，,。；;]{0,8}?(?:增加|减少|增长|下降|多|少)了?$|(?:较|比)(?:上年度?|去年|上一年度?|\d{4}年度?)(?:同期)?[^，,。；;\d]{0,20}$|^[，,]?(?:增加|减少|增长|下降)了?$/;
// What 表三 calls the outcomes of applications.
const OUTCOME = /^(?:予以公开|部分公开|不予公开|无法提供|不予处理|其他处理)/;
// What a kind of information is called: 政策法规类, 规范性文件, 工作动态, 通知公告, 其他.
const KIND = /类|信息|文件|动态|公告|通知|规划|计划|总结|简报|其他|其它/;

/** Whether a 在…中 frame names the total again: a pair of its characters beyond the words every label has. */
function namesTotal(frame: string, total: ProseFigure): boolean {
  for (let i = 1; i + 2 <= frame.length; i++) {
    const pair = frame.slice(i, i + 2);
    if (!COMMON_PAIRS.has(pair) && total.label.includes(pair)) return true;
  }
  return false;
}
const COMMON_PAIRS = new Set(['政府', '府信', '信息', '息公', '公开', '工作']);

// A total said after its parts: 合计 at the end of the gap, after the list's separator.
const TOTAL_WORD = /(?:合计|共计|总计|总共|共)[:：]?\s*$/;
const TOTAL_AFTER = new RegExp(`[，,、；;]\\s*${TOTAL_WORD.source}`);
// What prose/table-agreement holds against the tables: never folded into another figure.
const AGAINST_TABLES = /(?:收到|受理|新收|接到|接收)[^，,]*申请|复议|诉讼|办结|答复|结转/;

/**
 * The figures of this sentence so far, top-level and in the token's unit, made the parts of the token
 * where they add up to it exactly; false (nothing changed) otherwise.
 */
function sumAfter<N>(figures: ProseFigure[], bindings: ProseBinding<N>[], reading: Reading, first: number, token: NumberToken, pieces: Line<N>['pieces']): boolean {
  const prior = figures.slice(first);
  if (prior.length < 2 || token.value <= 0 || prior.some((f) => f.parts.length > 0 || !sameUnit(f.unit, token.unit) || AGAINST_TABLES.test(f.label))) return false;
  if (prior.reduce((sum, f) => sum + f.value, 0) !== token.value) return false;
  const total: ProseFigure = { label: '合计', value: token.value, unit: token.unit, approximate: token.approximate, text: reading.text, parts: prior.map(asPart) };
  figures.splice(first, prior.length, total);
  rebindAsParts(bindings, first, first);
  bind(bindings, pieces, token, first);
  reading.figures = reading.figures.filter((f) => !prior.includes(f)).concat(total);
  reading.total = total;
  reading.totalIndex = first;
  reading.open = false;
  return true;
}

const asPart = ({ label, value, unit, approximate }: ProseFigure) => ({ label, value, unit, approximate });

/** The bindings of the figures from `from` on, which became the parts of figure `index`, in their order. */
function rebindAsParts<N>(bindings: ProseBinding<N>[], from: number, index: number): void {
  for (const b of bindings) if (b.index >= from) { b.part = b.index - from; b.index = index; }
}

/** The parts of the reading's total made figures of their own right after it: rebindAsParts undone. */
function unfoldParts<N>(figures: ProseFigure[], bindings: ProseBinding<N>[], reading: Reading): void {
  const at = reading.totalIndex, total = reading.total!;
  const unfolded = total.parts.splice(0).map((part): ProseFigure => ({ ...part, text: reading.text, parts: [] }));
  figures.splice(at + 1, 0, ...unfolded);
  reading.figures.splice(reading.figures.indexOf(total) + 1, 0, ...unfolded);
  for (const b of bindings) {
    if (b.index > at) b.index += unfolded.length;
    else if (b.index === at && b.part !== undefined) { b.index += 1 + b.part; delete b.part; }
  }
}

/** Whether two labels name items of one list: 求助类 and 投诉类, 当面申请 and 网络申请, 承办单 and 重新办理单. */
const alike = (a: string, b: string) => a !== '' && a.at(-1) === b.at(-1);

/** Binds a token's digits (or words) in the page to its figure, or to a part of it. */
function bind<N>(bindings: ProseBinding<N>[], pieces: Line<N>['pieces'], token: NumberToken, index: number, part?: number): void {
  for (const piece of pieces) {
    const lo = Math.max(token.start, piece.lineStart), hi = Math.min(token.end, piece.lineStart + piece.length);
    if (lo >= hi) continue;
    const shift = piece.nodeStart - piece.lineStart;
    const binding: ProseBinding<N> = { index, node: piece.node, start: lo + shift, end: hi + shift };
    if (part !== undefined) binding.part = part;
    bindings.push(binding);
  }
}

/** A sentence being read: its figures share its text, which grows when a 其中 sentence runs on. */
interface Reading {
  text: string; figures: ProseFigure[]; total: ProseFigure | null; label: string; line: number; end: number;
  /** A breakdown of the total is open; `bracketed` when it opened with （含. */
  open: boolean; bracketed: boolean;
  /** A sentence with no figure framed the total again: the next one, in its unit, breaks it down. */
  framed: boolean;
  /** What is left of a part being broken down in turn (…20条，内有…), or -1: its items are no parts of the total. */
  nested: number;
  /** Where the total stands in the page's figures. */
  totalIndex: number;
}

/** The figures of the prose lines (the page's text outside statistics tables), in page order. */
export function extractProseFigures<N>(lines: Line<N>[]): { figures: ProseFigure[]; bindings: ProseBinding<N>[] } {
  const figures: ProseFigure[] = [];
  const bindings: ProseBinding<N>[] = [];
  let reading: Reading | null = null;
  for (let li = 0; li < lines.length; li++) {
    const { text, pieces } = lines[li]!;
    // Most lines state no figure: find the numbers first and split into sentences only where there are some.
    const tokens = findNumbers(text);
    if (tokens.length === 0) { reading = null; continue; }
    let t = 0;
    for (const { start, end } of sentenceRanges(text)) {
      if (t === tokens.length) { reading = null; break; }
      // A sentence that opens with 其中 breaks down the figure that closed the one before
      // ("主动公开信息21条。其中，主动公开规范性文件信息2条"): the two read as one. So does the next
      // item of an open breakdown after a ；, if it counts in the total's unit.
      const token = tokens[t]!;
      const nextItem = reading !== null && reading.open && reading.line === li && token.start < end && token.label === undefined
        && reading.total !== null && sameUnit(token.unit, reading.total.unit) && LIST_SEPARATOR.test(text.slice(reading.end, start));
      const framed = reading !== null && reading.framed && token.start < end && token.label === undefined && sameUnit(token.unit, reading.total?.unit ?? null);
      if (reading && (text.startsWith('其中', start) || nextItem || framed || (framesAgain(text.slice(start, start + 24), reading.total) && token.start < end && sameUnit(token.unit, reading.total?.unit ?? null)))) {
        reading.text += reading.line === li ? text.slice(reading.end, end) : text.slice(start, end);
        reading.nested = -1; // a new item of the list, after its ；
        if (framed) { reading.open = true; reading.bracketed = false; reading.framed = false; }
        for (const figure of reading.figures) figure.text = reading.text;
      } else if (token.start >= end) {
        // A sentence stating no figure ends the reading, unless it frames the total again for the next.
        if (reading && reading.line === li && framesAgain(text.slice(start, start + 24), reading.total)) {
          reading.text += text.slice(reading.end, end);
          reading.end = end;
          reading.framed = true;
        } else reading = null;
        continue;
      } else {
        reading = { text: text.slice(start, end), figures: [], total: null, open: false, bracketed: false, framed: false, nested: -1, totalIndex: -1, label: '', line: li, end };
      }
      reading.line = li;
      reading.end = end;
      const sentenceStart = figures.length;
      let from = start;
      for (; t < tokens.length && tokens[t]!.start < end; t++) {
        const token = tokens[t]!;
        const gap = text.slice(from, token.at);
        // What stands right before the number: the end-anchored tests need no more.
        const tail = gap.length > 12 ? gap.slice(-12) : gap;
        if (ASIDE.test(gap) || (reading.bracketed && CLOSE_BRACKET.test(gap))) { reading.open = false; reading.nested = -1; }
        // A breakdown of one of the parts ("机构类信息20条，内有…", "法制新闻12条，其中主站采用15条") holds
        // items in the part's unit that fit within it, up to the next ；. The contract's parts are one
        // level deep: such items are figures of their own, not parts of the total.
        const last = reading.open ? reading.total?.parts.at(-1) : undefined;
        if (reading.nested < 0 && last && NESTED.test(gap) && sameUnit(token.unit, last.unit)) reading.nested = last.value;
        // "…，内有领导信息10条、机构职能10条，合计20条": the part's own total closes its breakdown and stays in it.
        const restated = reading.nested === 0 && last !== undefined && token.value === last.value && TOTAL_WORD.test(tail);
        if (reading.nested >= 0 && !restated && (LIST_END.test(gap) || !sameUnit(token.unit, last?.unit ?? null) || token.value > reading.nested)) reading.nested = -1;
        if (reading.nested >= 0) {
          reading.nested -= token.value;
          const label = token.label ?? labelAfter(text, token.stop) ?? (labelBefore(text, from, token.at) || (TOTAL_WORD.test(tail) ? '合计' : reading.label));
          const item: ProseFigure = { label, value: token.value, unit: token.unit, approximate: token.approximate, text: reading.text, parts: [] };
          figures.push(item);
          reading.figures.push(item); // it shares the sentence's text
          bind(bindings, pieces, token, figures.length - 1);
          from = token.stop;
          continue;
        }
        let breakdown = reading.total ? BREAKDOWN.exec(gap) : null;
        // 在…中 frames the total again only if it names it ("在主动公开的信息中", not "在政府信息公开工作中").
        if (breakdown && breakdown[0].startsWith('在') && !namesTotal(breakdown[0], reading.total!)) breakdown = null;
        // A total its parts already make up is not broken down twice (…506条，…类13条…。其中通过网站发布400条):
        // the second list, by another measure, is figures of their own.
        if (breakdown && complete(reading.total!)) breakdown = null;
        // Brackets alone open a breakdown only of a figure in their unit ("5件（涉及3个部门）" does not).
        if (breakdown && OPEN_BRACKET.test(breakdown[0]) && breakdown[0].length === 1 && !sameUnit(token.unit, reading.total!.unit)) breakdown = null;
        if (breakdown) {
          // "共举办191场发布活动，领导出席25人次。其中，疫情防控发布会151场": a breakdown counts in the
          // unit of what it breaks down, which need not be the figure right before it; nor, where the
          // part would not fit in it (受理40件，上年结转3件，其中当面申请10件…), the figure right before.
          const fits = (f: ProseFigure) => sameUnit(f.unit, token.unit) && f.value >= token.value && !complete(f);
          // With none in its unit, 其中 and 含 still break the figure before down (回应解读0件，其中，政策解读
          // 稿件0篇); 包括 inside a clause (参训人员包括…120人) does not.
          const whole = fits(reading.total!) ? reading.total! : reading.figures.findLast(fits)
            ?? (!reading.figures.some((f) => sameUnit(f.unit, token.unit)) && !breakdown[0].startsWith('包括') ? reading.total! : null);
          if (whole) {
            // "办结177件（含2022年结转的3件），其中予以公开60件…": a note in brackets is no breakdown the 其中
            // after it goes on with; its items are figures of their own.
            if (whole === reading.total && reading.bracketed && !reading.open && !OPEN_BRACKET.test(breakdown[0]) && reading.totalIndex === figures.length - 1) {
              unfoldParts(figures, bindings, reading);
            }
            reading.total = whole;
            reading.totalIndex = figures.indexOf(whole);
            reading.open = true;
            reading.bracketed = OPEN_BRACKET.test(breakdown[0]);
          } else breakdown = null;
        }
        // A change against last year (较上年增加30件, 比上年的8件, 较2021年收到的申请9件减少4件) is no count of
        // this year's, nor the count a change starts from (由原来的8个增加到16个): the count it comes to takes
        // the label of what changed.
        const earlier = token.label === undefined && changesFrom(text, token.stop);
        if (earlier) reading.label = labelBefore(text, from, token.at);
        if (earlier || (token.label === undefined && /[较比增减下]/.test(gap) && COMPARED.test(gap))) { from = token.stop; continue; }
        // "网上申请105件，快递17件，合计122件": a total after its parts, adding them up exactly.
        const totalAfter = token.label === undefined && (tail.includes('共') || tail.includes('计')) && TOTAL_AFTER.test(tail);
        if (totalAfter && !reading.open && sumAfter(figures, bindings, reading, sentenceStart, token, pieces)) { from = token.stop; continue; }
        const framed = enclosingLabel(text, from, token.at, token.stop);
        const label = token.label ?? framed ?? labelAfter(text, token.stop) ?? (labelBefore(text, from, token.at) || (TOTAL_WORD.test(tail) ? '合计' : reading.label));
        const figure = { label, value: token.value, unit: token.unit, approximate: token.approximate };
        // A breakdown ends where what follows cannot be a part of it: once its parts make up the total
        // (受理10件，其中当面3件、网上7件，办结10件), at a figure beyond the total, at a further step of
        // handling (其中网上申请15件，按时办结20件) unless it is the last item of the list, making up the total
        // ((其中承办单2299件,重新办理单421件)), and at a zero said in words. The channels a 其中 lists (其中依托
        // 网站公开73条；通过微信公众号公开73条) each carry what they carried: they overlap, and only one beyond
        // the total ends them.
        if (reading.open && reading.total && !breakdown) {
          const total = reading.total, last = total.parts.at(-1)?.label ?? '', sum = partsSum(total) + token.value;
          const inUnit = sameUnit(token.unit, total.unit);
          const channels = CHANNEL.test(label) && total.parts.every((p) => CHANNEL.test(p.label));
          const overflows = inUnit && sum > total.value && !(channels && token.value <= total.value);
          const lastItem = inUnit && sum === total.value && (reading.bracketed || alike(label, last));
          if ((token.value > 0 && complete(total)) || overflows
            || (STEP.test(label) && !STEP.test(total.label) && total.parts.length > 0 && !total.parts.some((p) => STEP.test(p.label)) && !lastItem)
            || (CASES.test(label) && !CASES.test(total.label))
            || token.label !== undefined || totalAfter) {
            reading.open = false;
            // A list that runs on past its total (办结2680件。其中…求助类2252件…咨询类77件…投诉类382件…) is not
            // its breakdown, and a part of it would say the rest is missing: its items are figures of their own.
            // Not where the next count is one the tables hold (其中网上申请6件；办结申请12件).
            if (overflows && alike(label, last) && !AGAINST_TABLES.test(label)) unfoldParts(figures, bindings, reading);
          }
        }
        const part = reading.open && reading.total && !framed ? reading.total.parts.push(figure) - 1 : undefined;
        if (part === undefined) {
          reading.total = { label, value: token.value, unit: token.unit, approximate: token.approximate, text: reading.text, parts: [] };
          reading.figures.push(reading.total);
          figures.push(reading.total);
          reading.totalIndex = figures.length - 1;
          reading.open = framed !== null;
          reading.bracketed = false;
          reading.nested = -1;
        }
        bind(bindings, pieces, token, reading.totalIndex, part);
        reading.label = label;
        from = token.stop;
      }
      const folded = reading.open || reading.nested >= 0 ? null : unstatedBreakdown(figures, bindings, sentenceStart);
      if (folded) {
        reading.figures = reading.figures.filter((f) => figures.includes(f));
        reading.total = folded;
        reading.totalIndex = figures.indexOf(folded);
        reading.open = false;
      }
      if (reading.figures.length === 0) reading = null;
    }
  }
  return { figures, bindings };
}
