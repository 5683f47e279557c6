// Figures stated in the report's sentences (proseFigures): counts with their unit and what they count,
// with the breakdown a sentence gives ("其中当面申请0件，网络申请0件"), each bound to the characters of
// its number in the page so the panel can mark it in place.
import type { Line } from '../page/model.ts';
import type { ProseFigure } from '../schema.ts';
import { bracketed, clauseOf, framesAgain, namesTotal, type Clause } from './clauses.ts';
import { heldApart, isCase, isOutcome, isStep, namesKind, parallel, tallied } from './kinds.ts';
import { enclosingLabel, labelAfter, labelBefore } from './label.ts';
import { findNumbers, sameUnit, type NumberToken } from './numbers.ts';
import { sentenceRanges } from './sentences.ts';
import { CHANNEL, oneChannel } from './topics.ts';

/** Where the number of figure `index` (or of its part `part`) sits: node.data[start, end). */
export interface ProseBinding<N> { index: number; part?: number; node: N; start: number; end: number }

// Between sentences: a breakdown listed item by item runs on across ；("其中：自然人10件；法人或其他组织2件"), not across 。.
const LIST_SEPARATOR = /^[\s；;]*$/;
const CLOSE_BRACKET = /[）)]/;

/** The sum of the parts in the total's unit. */
function partsSum(total: ProseFigure): number {
  let sum = 0;
  for (const p of total.parts) if (sameUnit(p.unit, total.unit)) sum += p.value;
  return sum;
}

/** Whether the parts in the total's unit add up to it exactly. */
const complete = (total: ProseFigure) => total.parts.length > 1 && total.value > 0 && partsSum(total) === total.value;

/**
 * A breakdown the sentence does not announce ("主动公开信息506条，政策法规类13条，规范性文件22条，政府
 * 工作动态类471条"): the figures that end a sentence after a total, in its unit, adding up to it exactly,
 * are its parts; those after an aside (…，另2件结转下一年处理) stay figures of their own. Their bindings
 * follow them.
 */
function unstatedBreakdown<N>(figures: ProseFigure[], bindings: ProseBinding<N>[], first: number, asides: number[]): ProseFigure | null {
  for (let t = first; t < figures.length - 2; t++) {
    const total = figures[t]!;
    const end = asides.find((a) => a > t) ?? figures.length;
    const rest = figures.slice(t + 1, end);
    // Kinds of information, or what became of the applications (申请17件，予以公开13件，不予公开2件，无法提供2件);
    // not steps of handling (收到12件，办结10件，结转2件 is no breakdown).
    const outcomes = rest.every((f) => isOutcome(f.label));
    if (total.parts.length > 0 || total.value <= 0 || (tallied(total.label) && !outcomes)) continue;
    if (rest.some((f) => f.parts.length > 0 || !sameUnit(f.unit, total.unit) || (!outcomes && (!namesKind(f.label) || heldApart(f.label, f.unit, f.text))))) continue;
    // Two counts at least: a lone count that happens to equal the total (…5件，予以公开5件，不予公开0件) says nothing.
    if (rest.filter((f) => f.value > 0).length < 2 || parallel(total.label, rest.map((f) => f.label), outcomes)) continue;
    if (rest.reduce((sum, f) => sum + f.value, 0) !== total.value) continue;
    total.parts.push(...rest.map(asPart));
    figures.splice(t + 1, rest.length);
    rebindAsParts(bindings, t + 1, end, t);
    return total;
  }
  return null;
}

/**
 * The figures of this sentence so far, top-level and in the token's unit, made the parts of the token
 * where they add up to it exactly; false (nothing changed) otherwise.
 */
function sumAfter<N>(figures: ProseFigure[], bindings: ProseBinding<N>[], reading: Reading, first: number, token: NumberToken, pieces: Line<N>['pieces']): boolean {
  const prior = figures.slice(first);
  // What each channel published adds up to what was published (通过政府网站主动公开…1306条，通过微信公众号…400条，合计1706条).
  const channels = prior.every((f) => oneChannel(f.label) !== null);
  if (prior.length < 2 || token.value <= 0 || prior.some((f) => f.parts.length > 0 || !sameUnit(f.unit, token.unit) || (heldApart(f.label, f.unit, f.text) && !channels))) return false;
  if (prior.reduce((sum, f) => sum + f.value, 0) !== token.value) return false;
  const total: ProseFigure = { label: '合计', value: token.value, unit: token.unit, approximate: token.approximate, text: reading.text, parts: prior.map(asPart) };
  figures.splice(first, prior.length, total);
  rebindAsParts(bindings, first, first + prior.length, first);
  bind(bindings, pieces, token, first);
  reading.figures = reading.figures.filter((f) => !prior.includes(f)).concat(total);
  reading.total = total;
  reading.totalIndex = first;
  reading.open = false;
  return true;
}

const asPart = ({ label, value, unit, approximate }: ProseFigure) => ({ label, value, unit, approximate });

/** The bindings of figures [from, to), which became the parts of figure `index` in their order: those after them move up. */
function rebindAsParts<N>(bindings: ProseBinding<N>[], from: number, to: number, index: number): void {
  for (const b of bindings) {
    if (b.index >= to) b.index -= to - from;
    else if (b.index >= from) { b.part = b.index - from; b.index = index; }
  }
}

type Part = ProseFigure['parts'][number];

/**
 * The parts of the reading's total made figures of their own, each where it was read: right after the total,
 * or after the figures read before it (…机构类信息20条，内有领导信息10条…；政策类信息50条).
 */
function unfoldParts<N>(figures: ProseFigure[], bindings: ProseBinding<N>[], reading: Reading, after: Map<Part, ProseFigure>): void {
  const at = reading.totalIndex, parts = reading.total!.parts.splice(0);
  // In page order: inserted from the last, none moves one before it.
  const places = parts.map((part) => Math.max(at + 1, figures.indexOf(after.get(part) ?? reading.total!) + 1));
  const unfolded = parts.map((part): ProseFigure => ({ ...part, text: reading.text, parts: [] }));
  for (let i = parts.length - 1; i >= 0; i--) figures.splice(places[i]!, 0, unfolded[i]!);
  for (const b of bindings) {
    if (b.index === at && b.part !== undefined) { b.index = places[b.part]! + b.part; delete b.part; }
    else b.index += places.filter((place) => place <= b.index).length;
  }
  const mine = new Set([...reading.figures, ...unfolded]);
  reading.figures = figures.filter((f) => mine.has(f));
}

/**
 * What a token counts: what its phrase says, the `framed` total (在…中), the noun after it, or the clause
 * before it (from `from`); else 合计 after a total's word, or `before`, what the count before it counted.
 */
function labelOf(text: string, token: NumberToken, from: number, clause: Clause, before: string, framed: string | null = null): string {
  return token.label ?? framed ?? labelAfter(text, token.stop) ?? (labelBefore(text, from, token.at) || (clause.totalWord ? '合计' : before));
}

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
  /** A sentence with no figure, framing nothing, followed: only a frame that names the total goes on with it. */
  resting: boolean;
  /** What is left of a part being broken down in turn (…20条，内有…), or -1: its items are no parts of the total. */
  nested: number;
  /** That breakdown is a bracket opened right after the part: all it holds, up to its close, is about the part. */
  inBrackets: boolean;
  /** An item of the open breakdown was counted on a channel (其中政府网站发布工作动态27条). */
  onChannels: boolean;
  /** Where the total stands in the page's figures. */
  totalIndex: number;
  /** What the number before counts (a figure or a part), or null: a bracket opened after a number is about it. */
  previous: Part | null;
}

/** The figures of the prose lines (the page's text outside statistics tables), in page order. */
export function extractProseFigures<N>(lines: Line<N>[]): { figures: ProseFigure[]; bindings: ProseBinding<N>[] } {
  const figures: ProseFigure[] = [];
  const bindings: ProseBinding<N>[] = [];
  // The figure each part was read after, for its place should it stand alone again.
  const after = new Map<Part, ProseFigure>();
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
      if (reading && ((!reading.resting && (text.startsWith('其中', start) || nextItem || framed))
        || (reading.total !== null && framesAgain(text.slice(start, start + 24), reading.total.label, true) && token.start < end && sameUnit(token.unit, reading.total?.unit ?? null)))) {
        reading.text += reading.line === li ? text.slice(reading.end, end) : text.slice(start, end);
        reading.resting = false;
        // A new item of the list, after its ；, unless a bracket about a part is still open (…100条(含规范性文件20条；政策解读30条)).
        if (!reading.inBrackets || reading.line !== li || t === 0 || CLOSE_BRACKET.test(text.slice(tokens[t - 1]!.stop, start))) reading.nested = -1;
        if (framed) { reading.open = true; reading.bracketed = false; reading.framed = false; reading.onChannels = false; }
        for (const figure of reading.figures) figure.text = reading.text;
      } else if (token.start >= end) {
        // A sentence stating no figure ends the reading, unless it frames the total again for the next, or a
        // sentence after it does (…政府信息148条；所有主动公开信息都及时上网公开。在网站上主动公开的政府信息中…6条).
        if (reading && reading.line === li && reading.total !== null && framesAgain(text.slice(start, start + 24), reading.total.label, false)) {
          reading.text += text.slice(reading.end, end);
          reading.end = end;
          reading.framed = true;
          reading.resting = false;
        } else if (reading && reading.line === li) reading.resting = true;
        else reading = null;
        continue;
      } else {
        reading = { text: text.slice(start, end), figures: [], total: null, open: false, bracketed: false, framed: false, resting: false, nested: -1, inBrackets: false, onChannels: false, totalIndex: -1, previous: null, label: '', line: li, end };
      }
      reading.line = li;
      reading.end = end;
      const sentenceStart = figures.length;
      // Where an aside (另有, 此外 …) opened: what follows it is no part of what came before.
      const asides: number[] = [];
      let from = start;
      for (; t < tokens.length && tokens[t]!.start < end; t++) {
        const token = tokens[t]!;
        const clause = clauseOf(text, from, start, token);
        if (clause.aside) asides.push(figures.length);
        if (clause.aside || (reading.bracketed && clause.closes)) { reading.open = false; reading.nested = -1; }
        // A change against last year (较上年增加30件, 比上年的8件, 较2021年收到的申请9件减少4件) is no count of
        // this year's, nor the count a change starts from (由原来的8个增加到16个): the count it comes to takes
        // the label of what changed. Nor is it an item of a part's breakdown (其中政策文件50条（同比增加10条）).
        if (clause.change === 'earlier') reading.label = labelBefore(text, from, token.at);
        if (clause.change) { reading.previous = null; from = token.stop; continue; }
        // A breakdown of one of the parts ("机构类信息20条，内有…", "法制新闻12条，其中主站采用15条", "工作动态
        // 20条（撤销2条）") holds items in the part's unit that fit within it, up to the next ；(or the bracket's
        // close). The contract's parts are one level deep: such items are figures of their own, not parts of the total.
        const last = reading.open ? reading.total?.parts.at(-1) : undefined;
        // A bracket right after a part is about it, whatever it counts (网站共发布89篇次(文字解读18篇次、…新闻发布会5次…)).
        const aboutPart = last !== undefined && clause.bracket && reading.previous === last;
        if (reading.nested < 0 && last && (aboutPart || (clause.which && sameUnit(token.unit, last.unit)))) {
          reading.nested = last.value;
          reading.inBrackets = aboutPart;
        }
        // "…，内有领导信息10条、机构职能10条，合计20条": the part's own total closes its breakdown and stays in it.
        const restated = reading.nested === 0 && last !== undefined && token.value === last.value && clause.totalWord;
        const beyond = !sameUnit(token.unit, last?.unit ?? null) || token.value > reading.nested;
        if (reading.nested >= 0 && !restated && (reading.inBrackets ? clause.closes : beyond)) reading.nested = -1;
        if (reading.nested >= 0) {
          reading.nested = Math.max(0, reading.nested - token.value); // what brackets hold need not fit
          const label = labelOf(text, token, from, clause, reading.label);
          const item: ProseFigure = { label, value: token.value, unit: token.unit, approximate: token.approximate, text: reading.text, parts: [] };
          figures.push(item);
          reading.figures.push(item); // it shares the sentence's text
          reading.previous = item;
          bind(bindings, pieces, token, figures.length - 1);
          from = token.stop;
          continue;
        }
        let breakdown = reading.total ? clause.opener : null;
        // 在…中 frames the total again only if it names it ("在主动公开的信息中", not "在政府信息公开工作中").
        if (breakdown && breakdown.kind === 'frame' && !namesTotal(breakdown.words, reading.total!.label)) breakdown = null;
        // A total its parts already make up is not broken down twice (…506条，…类13条…。其中通过网站发布400条):
        // the second list, by another measure, is figures of their own.
        if (breakdown && complete(reading.total!)) breakdown = null;
        // Brackets alone open a breakdown only of the figure right before them (not of the total after a part:
        // 其中工作动态20条（撤销2条）), and only in its unit ("5件（涉及3个部门）" does not) unless they say 其中
        // (420条(其中,国家级媒体10篇…)); after a change against last year, only where they say 其中
        // (申请30件，同比增加5件（其中当面申请10件…）).
        const afterChange = reading.previous === null && clause.which;
        if (breakdown && breakdown.kind === 'bracket'
          && ((reading.previous !== reading.total && !afterChange) || (!sameUnit(token.unit, reading.total!.unit) && !clause.which))) breakdown = null;
        if (breakdown) {
          // "共举办191场发布活动，领导出席25人次。其中，疫情防控发布会151场": a breakdown counts in the
          // unit of what it breaks down, which need not be the figure right before it; nor, where the
          // part would not fit in it (受理40件，上年结转3件，其中当面申请10件…), the figure right before.
          const fits = (f: ProseFigure) => sameUnit(f.unit, token.unit) && f.value >= token.value && !complete(f);
          // With none in its unit, 其中 and 含 still break the figure before down (回应解读0件，其中，政策解读
          // 稿件0篇); 包括 inside a clause (参训人员包括…120人) does not.
          const whole = fits(reading.total!) ? reading.total! : reading.figures.findLast(fits)
            ?? (!reading.figures.some((f) => sameUnit(f.unit, token.unit)) && breakdown.kind !== 'including' ? reading.total! : null);
          if (whole) {
            // "办结177件（含2022年结转的3件），其中予以公开60件…": a note in brackets is no breakdown the 其中
            // after it goes on with; its items are figures of their own.
            if (whole === reading.total && reading.bracketed && !reading.open && !bracketed(breakdown) && reading.totalIndex === figures.length - 1) {
              unfoldParts(figures, bindings, reading, after);
            }
            reading.total = whole;
            reading.totalIndex = figures.indexOf(whole);
            reading.open = true;
            reading.bracketed = bracketed(breakdown);
            reading.onChannels = false;
          } else breakdown = null;
        }
        // "网上申请105件，快递17件，合计122件": a total after its parts, adding them up exactly.
        const totalAfter = clause.totalAfter;
        if (totalAfter && !reading.open && sumAfter(figures, bindings, reading, sentenceStart, token, pieces)) { reading.previous = reading.total; from = token.stop; continue; }
        const framed = enclosingLabel(text, from, token.at, token.stop);
        // A frame run straight into the first item (在主动公开的政府信息中便民办事服务信息6条) is no part of its label.
        const label = labelOf(text, token, breakdown?.kind === 'frame' ? breakdown.end : from, clause, reading.label, framed);
        const figure = { label, value: token.value, unit: token.unit, approximate: token.approximate };
        // A breakdown ends where what follows cannot be a part of it: once its parts make up the total
        // (受理10件，其中当面3件、网上7件，办结10件), at a figure beyond the total that is no further item of its
        // list, at a further step of handling (其中网上申请15件，按时办结20件) unless it closes a list in brackets,
        // making up the total ((其中新收申请112件,上年结转申请9件)), at a count on a channel after a
        // list of kinds (…政府信息249条；微信公众号推送…信息448条), and at a zero said in words. The channels a
        // 其中 lists (其中依托网站公开73条；通过微信公众号公开73条) each carry what they carried: they overlap, and
        // only one beyond the total ends them.
        const onChannel = clause.onChannel;
        let unfold = false;
        if (reading.open && reading.total && !breakdown) {
          const total = reading.total, sum = partsSum(total) + token.value;
          const inUnit = sameUnit(token.unit, total.unit);
          const channels = CHANNEL.test(label) && total.parts.every((p) => CHANNEL.test(p.label));
          const overflows = inUnit && sum > total.value && !(channels && token.value <= total.value);
          // An item after the list's 、 or ；.
          const afterSemicolon = from === start && nextItem, listed = afterSemicolon || clause.listed;
          // An item of the list (其中当面申请4件、网络申请8件), of the same kind, that takes it past its total stays
          // in it: prose/parts-sum says the list is at odds with the total. Not where the list makes up another count
          // of the sentence: then it is that count's (受理2720件…办结2680件。其中…求助类2252件；…投诉类382件；建议类
          // 9件), and its items stand alone.
          const listItem = overflows && !complete(total) && listed
            && !heldApart(label, token.unit, reading.text) && !isStep(label) && !isCase(label);
          // After a ；, a count on a channel follows a list of kinds none of which was (…政府信息249条；微信公众号推送
          // …信息448条): another count, not an item (lists of channels often name theirs by other words: 政务网).
          // One that completes the total is its last item (其中政府文件30条；部门动态50条；网站公告20条).
          const otherChannel = afterSemicolon && onChannel && !reading.onChannels && total.parts.every((p) => namesKind(p.label))
            && !(inUnit && sum === total.value);
          if ((token.value > 0 && complete(total)) || (overflows && !listItem) || otherChannel
            || (isStep(label) && !isStep(total.label) && total.parts.length > 0 && !total.parts.some((p) => isStep(p.label)) && !(reading.bracketed && sum === total.value))
            || (isCase(label) && !isCase(total.label))
            || token.label !== undefined || totalAfter) {
            reading.open = false;
          } else unfold = listItem && reading.figures.some((f) => f !== total && sameUnit(f.unit, total.unit) && f.value === sum);
        }
        const part = reading.open && reading.total && !framed ? reading.total.parts.push(figure) - 1 : undefined;
        if (part !== undefined) {
          after.set(figure, figures.at(-1)!);
          if (onChannel) reading.onChannels = true;
        }
        if (part === undefined) {
          reading.total = { label, value: token.value, unit: token.unit, approximate: token.approximate, text: reading.text, parts: [] };
          reading.figures.push(reading.total);
          figures.push(reading.total);
          reading.totalIndex = figures.length - 1;
          reading.open = framed !== null;
          reading.bracketed = false;
          reading.nested = -1;
          reading.onChannels = false;
        }
        reading.previous = part === undefined ? reading.total : figure;
        bind(bindings, pieces, token, reading.totalIndex, part);
        if (unfold) {
          unfoldParts(figures, bindings, reading, after);
          reading.open = false;
        }
        reading.label = label;
        from = token.stop;
      }
      const folded = reading.open || reading.nested >= 0 ? null : unstatedBreakdown(figures, bindings, sentenceStart, asides);
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
