// Figures stated in the report's sentences (proseFigures): counts with their unit and what they count,
// with the breakdown a sentence gives ("其中当面申请0件，网络申请0件"), each bound to the characters of
// its number in the page so the panel can mark it in place.
//
// A sentence is read figure by figure into a tree one level deeper than the contract: figures of their own,
// the parts of a total, and the items of a part (which the contract gives as figures of their own). The words
// before each figure (clauses.ts) open a breakdown (其中, 含, 包括, brackets, 在…中) or close one (an aside, a
// bracket's close); what the figures count (kinds.ts) and what they add up to decide what the words leave open:
// which figure a breakdown belongs to, where it ends, and whether a list the sentence does not announce, or one
// with a total after it, is a breakdown at all.
import { nodeRanges, type Line } from '../page/model.ts';
import type { ProseFigure } from '../schema.ts';
import { withHalfWidthFigures } from '../text/normalize.ts';
import { bracketed, BY_KIND, clauseOf, framesAgain, KINDS_OPENS, namesTotal, type Clause, type Opener } from './clauses.ts';
import { answersPublic, closesOutcomes, heldApart, heldApartFrom, holdsRest, isApplicant, isCase, isMode, isReceived, isOutcome, isStep, namesKind, outcomesOf, parallel, tallied } from './kinds.ts';
import { fullLabel, partsByKind, STEP_CARRIED, SUMMED_UP, tellApart, tellSubjectsApart } from './figure-labels.ts';
import { countLabel, enclosingLabel, isVerbOnly, labelAfter, labelBefore, leadLabel, LISTED_BEFORE, LOST_FIGURE, namesNoFigure, opensSet, respectiveLabels, RUN_JOIN } from './label.ts';
import { findNumbers, LIST_JOINS, type NumberToken } from './numbers.ts';
import { countedParts, isPiece, otherKind, sameUnit } from './units.ts';
import { RECEIVED_VERB } from './received.ts';
import { sentenceRanges } from './sentences.ts';
import { LEVELS } from '../document/names.ts';
import { HAN } from '../text/han.ts';
import { carriedIn, CHANNEL, oneChannel, onOtherChannel, SHARE, sharedOf } from './topics.ts';

/** Where the number of figure `index` (or of its part `part`) sits: node.data[start, end). */
export interface ProseBinding<N> { index: number; part?: number; node: N; start: number; end: number }

/**
 * The prose figures, each number bound to where it sits, and the counts found in each figure's text (figure i's at i,
 * where they stand in it): the prose rules read the words around them, and need not find them again.
 */
export interface ProseFigures<N> { figures: ProseFigure[]; bindings: ProseBinding<N>[]; counts: (readonly NumberToken[])[] }

type Pieces<N> = Line<N>['pieces'];

/** A figure read: one of its own, or a part of one; written out when its reading ends. */
interface Read<N> {
  label: string; value: number; unit: string | null; approximate: boolean;
  parts: Read<N>[];
  /** Its number, in its line's pieces: what it is bound to. */
  token: NumberToken; pieces: Pieces<N>;
  /** Where it stands in the page: figures keep page order, a total after its parts stands where they did. */
  order: number;
  /** Where it was written out: figure `index`, or its part `part`. */
  index: number; part: number;
  /** Its line's text and where the words of its clause start there: the word before it may tell it apart (tellApart). */
  line: string; from: number;
}

/** A breakdown being read: of the reading's total (its parts), or of a part of it (figures of their own). */
interface Breakdown<N> {
  whole: Read<N>;
  /** Opened by a bracket: all it holds, up to the bracket's close, is about the whole. */
  bracket: boolean;
  /** Of one opened by a bracket, how many brackets stood open at its first figure: it ends where fewer do. */
  depth?: number;
  /** What is left of the whole, for a part's breakdown: an item that does not fit ends it. */
  left: number;
  /** One of its items was counted on a channel (其中政府网站发布工作动态27条). */
  onChannels: boolean;
  /** Its parts are the whole's only where they add up to it: else they stand alone when it ends. */
  exact: boolean;
  /** Its items are listed with 、: one after a ， in another unit is not among them. */
  listed: boolean;
  /** Opened by 包括: what it lists is the whole's, though an item be bigger than the whole. */
  including?: boolean;
  /** Opened by a 其中 whose list, counted on through the sentence, adds up to the whole exactly: a step of handling in it is a part. */
  summed?: boolean;
  /** Of a part's breakdown: where its items start among the reading's figures. */
  itemsFrom?: number;
  /** Opened by a sentence of results after the applications answered: its parts are theirs only where all are results. */
  results?: boolean;
  /** What every item after the first came after, 、 or ；('' where any came after something else); unset before the second. */
  joiner?: string;
  /** The last figure set apart while it was open (其中微博29个，共发布信息1992条): a breakdown of it is read within this one. */
  aside?: Read<N>;
  /** The breakdown this one's whole was set apart from: it goes on when this one ends (…1992条，其中…992条；微信公众号30个). */
  resumes?: Breakdown<N>;
}

/** What a figure counted: its label, its unit, and where its count stops in its line. */
interface Counted { label: string; unit: string | null; stop: number }

/**
 * A breakdown the words of a clause open: on which figure, whether its parts must add up to it, whether its list
 * adds up to it exactly, and whether its first item is bigger than it (opensPast).
 */
interface Opening<N> { opener: Opener; whole: Read<N>; exact: boolean; summed: boolean; past: boolean }

/** The label of a total said by its word alone (…，合计122件; 共17起): what it adds up is said around it. */
const TOTAL = '合计';

// A percentage: a sentence with no count that states one gives a rate or share of the figure before.
const RATE = /\d\s*[%％]/;
// Between sentences: a breakdown listed item by item runs on across ；("其中：自然人10件；法人或其他组织2件"), not across 。.
const LIST_SEPARATOR = /^[\s；;]*$/;

/** The sum of the parts that count what the total does: parts keep their own unit ("…信息2条，制发规范性文件0件" under 21条). */
function partsSum(total: Read<unknown>): number {
  return countedParts(total, total.parts).reduce((sum, p) => sum + p.value, 0);
}

/** Whether the parts add up to the total: those that count what it does, or all where none does (9次: 4件, 1件, 4件). */
function addsUp(total: Read<unknown>): boolean {
  const own = countedParts(total, total.parts).length > 0;
  return (own ? partsSum(total) : total.parts.reduce((sum, p) => sum + p.value, 0)) === total.value;
}

/** Whether the parts in the total's unit add up to it exactly. */
const complete = (total: Read<unknown>) => total.parts.length > 1 && total.value > 0 && partsSum(total) === total.value;

/**
 * Sentences read together: one that opens with 其中, frames the total again, or goes on with its list after a
 * ；, is read with the sentence before; its figures share the joined text.
 */
class Reading<N> {
  /** Figures of their own, in page order. */
  readonly figures: Read<N>[] = [];
  /** Every figure read, in reading order: the order of the bindings. */
  readonly read: Read<N>[] = [];
  /** The figure a breakdown is about, unless the words say otherwise: the last one of its own, or the last broken down. */
  total: Read<N> | null = null;
  /** The open breakdown of the total, and of its last part. */
  outer: Breakdown<N> | null = null;
  inner: Breakdown<N> | null = null;
  /** A breakdown of the total in brackets, closed: a note, which a 其中 after it replaces (…177件(含…3件),其中…). */
  note: Breakdown<N> | null = null;
  /** The figure read last, or null after a change against last year: a bracket opened after a number is about it. */
  previous: Read<N> | null = null;
  /** Labels said of counts by the items listed before 分别 (…工作、…建设等信息分别22条、34条): each count's own. */
  readonly respective = new Map<NumberToken, string>();
  /** What the figure before counted, in which unit, and where its count stopped: the label of a figure whose clause says nothing else. */
  counted: Counted = { label: '', unit: null, stop: -1 };
  /**
   * What the last sentence without figures did: framed the total again (the next one, in its unit, breaks it down),
   * or neither framed nor counted (only a frame naming the total goes on with the reading after it).
   */
  pause: 'frame' | 'rest' | null = null;
  /** The sentence read opens a paragraph of its own that goes on with the list of the one before (quotedItemGoesOn). */
  paragraphItem = false;
  /** The words of that frame and what follows it up to `end`: the reading's only where a sentence goes on with it. */
  framing = '';
  /** The counts of its text, every one its sentences hold (a change against last year's too), where they stand in it. */
  readonly counts: NumberToken[] = [];
  /**
   * How many brackets stand open where its text was read to, and the fewest a close in the words read last left open: a
   * breakdown in brackets ends where its own closes, not at a bracket within it (…20条（其中政策文件10条（含规范性文件2条）、
   * 乡村振兴4条…）).
   */
  depth = 0;
  low = Infinity;
  constructor(public text: string, public line: number, public end: number, public year: number | null) {}
}

// A portal's line of fields about the page, its count of readers among them (浏览:3320次'时间:2022年2月17日,
// ln-xinfu-qianjin-2021; 时间：… 阅读：120次): no figure of the report, however it is counted.
const VIEW_COUNT = /(?:浏览|阅读|点击|访问)(?:次数|量|数)?\s*[:：]\s*\d+\s*次?/;
const PAGE_FIELD = /(?:时间|日期)\s*[:：]\s*\d{4}|来源\s*[:：]/;
const isPageFields = (text: string) => text.length < 80 && VIEW_COUNT.test(text) && PAGE_FIELD.test(text);

/**
 * The figures of the prose lines (the page's text outside statistics tables), in page order; `year` is the report's,
 * which a sentence may name for the year before it (含2022年结转的3件).
 */
export function extractProseFigures<N>(lines: Line<N>[], year: number | null = null): ProseFigures<N> {
  const out: ProseFigures<N> = { figures: [], bindings: [], counts: [] };
  // The figures of their own written out, in page order.
  const written: Read<N>[] = [];
  let reading: Reading<N> | null = null;
  for (let li = 0; li < lines.length; li++) {
    // Figures typed in full-width mode (对全市３０多个单位２００多名…, 占３３．９％) are read as figures by every pattern, the labels' too.
    const text = withHalfWidthFigures(lines[li]!.text), { pieces } = lines[li]!;
    // Most lines state no figure: find the numbers first and split into sentences only where there are some.
    const tokens = findNumbers(text);
    if (tokens.length === 0 || isPageFields(text)) {
      if (!headsFramedAgain(reading, text, lines[li + 1]?.text)) reading = writeOut(reading, out, written);
      continue;
    }
    let t = 0;
    for (const { start, end } of sentenceRanges(text)) {
      // Words after the line's last figure end its reading, but for a list whose next item may be the next paragraph.
      if (t === tokens.length) { if (!reading || !mayGoOnBelow(reading)) reading = writeOut(reading, out, written); break; }
      const link = reading && linkOf(reading, text, li, start, end, tokens, t);
      if (!reading || link === 'ends') {
        reading = writeOut(reading, out, written);
        if (tokens[t]!.start >= end) continue;
        reading = new Reading(text.slice(start, end), li, end, year);
      } else if (link === 'rate') {
        continue;
      } else if (link === 'frame' || link === 'rest') {
        // The words of a frame go with the sentence after it, if one goes on with it.
        if (link === 'frame') { reading.framing += text.slice(reading.end, end); reading.end = end; }
        reading.pause = link;
        continue;
      } else goOn(reading, text, li, start, end, t === 0 ? null : tokens[t - 1]!.stop, link === 'framed' ? reading.total : link === 'results' ? answered(reading, tokens[t]!.unit) : null, link === 'results');
      reading.paragraphItem = link === 'item' && reading.line !== li;
      reading.line = li;
      reading.end = end;
      t = readSentence(reading, text, pieces, start, end, tokens, t, link === 'item');
      if (reading.figures.length === 0) reading = null;
    }
  }
  writeOut(reading, out, written);
  tellSubjectsApart(written, (read) => { out.figures[read.index]!.label = read.label; });
  return out;
}

/**
 * Whether `text`, a line stating no figure, is a numbered subheading between the reading's total and a paragraph
 * (`next`) that frames the total again: the reading goes on under it (（一）主动公开政府信息的数量 / 我局2014年主动公开
 * 政府信息214条。/ （二）主动公开政府信息的类别 / 在公开的信息中，属于…的信息有164条；属于行政许可方面的信息共50条: 平潭
 * 交通与建设局 2012–2018).
 */
function headsFramedAgain<N>(reading: Reading<N> | null, text: string, next: string | undefined): boolean {
  const total = reading?.total;
  if (!total || next === undefined || !SUBHEADING.test(text)) return false;
  const opening = withHalfWidthFigures(next).trimStart().slice(0, 24);
  return opening.startsWith('在') && framesAgain(opening, total.label, false);
}
const SUBHEADING = /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])[^，,。；;：:]{2,30}$/;

/**
 * How a sentence stands to the reading before it. It goes on with it as the next item of its open breakdown after
 * a ；, or after a 。 where its counts complete the list ('item', in the total's unit), as the breakdown a sentence before it framed ('framed'), or where it opens
 * with 其中 or frames the total again itself, or its words end in 其中 before counts that add up to the total ('joins'), or, in the same paragraph, where it opens with a result of the
 * applications the reading counted as answered ('results': 予以公开及部分公开258件 after 答复…申请805件). A sentence stating no figure pauses it where it frames the
 * total again for the next ('frame'; …政府信息148条；所有主动公开信息都及时上网公开。在网站上主动公开的政府信息中
 * …6条) or does nothing ('rest': only a frame naming the total goes on after it); one stating only a rate or share
 * ('rate': 全文电子化率达100%) says it of the figure before, and leaves the reading as it was; else the reading ends.
 */
function linkOf<N>(reading: Reading<N>, text: string, li: number, start: number, end: number, tokens: NumberToken[], t: number): 'item' | 'framed' | 'results' | 'joins' | 'frame' | 'rest' | 'rate' | 'ends' {
  const token = tokens[t]!;
  const counts = token.start < end, total = reading.total;
  const inUnit = counts && total !== null && sameUnit(token.unit, total.unit);
  // An item may go on with the breakdown the total was set apart from (…1992条，其中…992条；微信公众号30个).
  const resumed = reading.outer?.resumes;
  const item = inUnit || (counts && resumed !== undefined && sameUnit(token.unit, resumed.whole.unit));
  if (reading.pause !== 'rest') {
    if (reading.pause === 'frame' && inUnit && token.label === undefined) return 'framed';
    if (reading.outer && item && token.label === undefined && (reading.line === li
      ? LIST_SEPARATOR.test(text.slice(reading.end, start)) || completes(reading.outer, tokens, t, end) || sharesWhole(reading.outer, text, token) === 'part'
      : quotedItemGoesOn(reading, text, li, start, token))) return 'item';
    if (text.startsWith('其中', start) || (BY_KIND.exec(text.slice(start, start + 16))?.index === 0 && kindsOf(total, text.slice(start), counts ? token : undefined))) return 'joins';
  }
  if (counts && total !== null && framedAgain(reading, text.slice(start, start + 24), token.unit)) return 'joins';
  if (counts && reading.line === li && token.label === undefined && isOutcome(text.slice(start, token.at).trim()) && answered(reading, token.unit)) return 'results';
  if (counts && reading.line === li && total !== null && breaksDownLate(total, text.slice(start, token.at), tokens, t, end)) return 'joins';
  if (counts || reading.line !== li) return 'ends';
  if (RATE.test(text.slice(start, end))) return 'rate';
  return total !== null && framesAgain(text.slice(start, start + 24), total.label, false) ? 'frame' : 'rest';
}

/**
 * Whether a breakdown by kind opening `words` can be of `total`. Kinds of information (信息类别:) are no partition of
 * applications counted in another unit (共收到申请5件。信息类别：政策文件3条: what was asked for), only of a count in
 * their first count's unit or of information published (主动公开信息数:175条。主动公开信息分类:…: benxi-wsjkw-2021).
 */
function kindsOf<N>(total: Read<N> | null, words: string, first: NumberToken | undefined): boolean {
  if (!KINDS_OPENS.test(words) || total === null || first === undefined) return true;
  return sameUnit(first.unit, total.unit) || PUBLISHED.test(total.label);
}
const PUBLISHED = /^(?:(?!申请).)*(?:公开|发布|公布)/;

/**
 * Whether a sentence of the total's paragraph, its words before its first count (`before`) ending in ，其中 and that
 * count's own words, lists the total in full: every count of the sentence exact and in the total's unit, adding up to it (…主动公开政务信息共217条。
 * 目前,…主要包括政府门户网站和微信公众号等,其中,门户网站公开125条,微信公众号公开92条: he-qianan-dawuli-2020). The words
 * need not name the total: only the exact sum ties counts a sentence apart to it.
 */
function breaksDownLate<N>(total: Read<N>, before: string, tokens: NumberToken[], t: number, end: number): boolean {
  if (total.parts.length > 0 || !LATE_BREAKDOWN.test(before)) return false;
  let sum = 0, k = t;
  for (; k < tokens.length && tokens[k]!.start < end; k++) {
    if (!sameUnit(tokens[k]!.unit, total.unit) || tokens[k]!.approximate) return false;
    sum += tokens[k]!.value;
  }
  return k - t >= 2 && sum === total.value;
}
const LATE_BREAKDOWN = /[，,]\s*其中\s*[，,:：]?\s*[^，,。；;\d]*$/;

/**
 * The applications answered or concluded (答复…申请805件, 办结…申请), in `unit`, the last the reading counted: what the
 * results said after them, with no 其中, came of (…805件（…），均在法定期限内予以答复。予以公开及部分公开258件，…；不予公开
 * 35件，…；其他处理0件: shanghai-office-2019).
 */
function answered<N>(reading: Reading<N>, unit: string | null): Read<N> | undefined {
  return reading.figures.findLast((f) => sameUnit(f.unit, unit) && ANSWERED.test(f.label) && !NOT_ANSWERED.test(f.label) && !isCase(f.label)
    && f.parts.every((p) => !isOutcome(p.label)));
}
const ANSWERED = /(?:答复|办结|办理|处理)[^，,]*申请|申请[^，,]*(?:答复|办结)/;
// Those put off to next year, answered in time or late: not all that were answered.
const NOT_ANSWERED = /顺延|下一?年|结转|按时|延期|逾期/;

/**
 * Whether a paragraph goes on with the list of the line before, each item its own paragraph, as the old template's
 * results were often set (在已经答复的9件申请中,“同意公开”的7件,占总数的70%…。¶“同意部分公开”1件,占总数的10%…。¶“不予
 * 公开”的1件…): it follows that line at once, opens with a quoted kind and its count, as the list's items before it were said.
 */
function quotedItemGoesOn<N>(reading: Reading<N>, text: string, li: number, start: number, token: NumberToken): boolean {
  const item = QUOTED_ITEM.exec(text.slice(start, token.at + 1));
  return reading.line === li - 1 && item !== null && mayGoOnBelow(reading) && sameFamily(item[1]!, reading.outer!.whole.parts.at(-1)?.label ?? '');
}
// Results go on with results, ways of applying with ways (“网上申请”的6件。¶“同意公开”的7件 starts a list of its own).
const sameFamily = (kind: string, last: string) => isMode(kind) === isMode(last);
const mayGoOnBelow = (reading: Reading<unknown>) => reading.outer !== null && QUOTED_ITEM_IN.test(reading.text);
// A quoted kind and the first character of its count: opening a paragraph (QUOTED_ITEM), or anywhere in a list's text.
const QUOTED_KIND = String.raw`[“"「]([^”"」，,。；;]{1,16})[”"」]的?\s*[\d０-９一二两三四五六七八九十]`;
const QUOTED_ITEM = new RegExp(String.raw`^\s*${QUOTED_KIND}$`);
const QUOTED_ITEM_IN = new RegExp(QUOTED_KIND);

/**
 * Whether the counts of a sentence, tokens[t…] up to `end`, are the rest of the breakdown's list of kinds of
 * information said after a 。: all in its unit, they bring its parts exactly to its whole (…政策解读类信息2条,占比0.9%。
 * 未分类信息1条,占比0.5%,最新信息类75条,占比33.5%, the last two of 224). Not a count of another kind of thing after
 * a list of them (收到申请12件，其中自然人10件。法人申请2件: as likely said apart).
 */
function completes<N>(outer: Breakdown<N>, tokens: NumberToken[], t: number, end: number): boolean {
  const whole = outer.whole;
  if (outer.bracket || whole.parts.length < 2 || complete(whole) || !whole.parts.every((p) => namesKind(p.label))) return false;
  let sum = partsSum(whole);
  for (let k = t; k < tokens.length && tokens[k]!.start < end; k++) {
    if (tokens[k]!.label !== undefined || !sameUnit(tokens[k]!.unit, whole.unit)) return false;
    sum += tokens[k]!.value;
  }
  return sum === whole.value;
}

/**
 * How a count that states its share of the breakdown's whole right after it, as the part before it did, stands to its
 * list: a part of that whole, though it stands in the next sentence or takes the list past its total (…2012年主动公开
 * 政府信息1913条。其中，区直、县直各单位主动公开政府信息1397条，占73%。各乡镇主动公开政府信息534条，占27%: pt-2012;
 * prose/parts-sum says it overshoots); or 'beyond' once the parts make up the whole or the shares stated would come to
 * more than all of it: the share of one body among those parts (…各乡镇…477条，占23.1%，政府信息公开量较大的部门是区行政
 * 审批局，公开信息356条，占17.2%: pt-2018), no part. Null where it states no such share.
 */
function sharesWhole<N>(outer: Breakdown<N>, text: string, token: NumberToken): 'part' | 'beyond' | null {
  const { whole } = outer, last = whole.parts.at(-1);
  if (outer.bracket || last === undefined || !sameUnit(token.unit, whole.unit) || !sameUnit(last.unit, whole.unit)
    || !sharedOf(text.slice(token.stop), token.value, whole.value) || !sharedOf(last.line.slice(last.token.stop), last.value, whole.value)) return null;
  return !complete(whole) && withinWhole([...whole.parts.map((p) => p.line.slice(p.token.stop)), text.slice(token.stop)]) ? 'part' : 'beyond';
}

/** Whether the shares stated after counts (each text from a count's end: …，占73%) come to all of the whole at most, each at its last digit. */
function withinWhole(afters: string[]): boolean {
  const shares = afters.map((after) => SHARE.exec(after)?.[1]).filter((share) => share !== undefined);
  const slack = shares.reduce((sum, share) => sum + 10 ** -(share.split('.')[1]?.length ?? 0), 0);
  return shares.reduce((sum, share) => sum + Number(share), 0) <= 100 + slack + 1e-9;
}

/**
 * The figure of the reading, in `unit`, that a sentence opening with `opening` frames again: the total, or the last
 * figure a 在…中 frame names where it does not name the total (…答复27件,主动撤回6件。…邮寄申请23件。在办结答复的
 * 政府信息申请中,予以公开答复11件,信息不存在16件: the 27 answered, not the 23 sent by post).
 */
function framedAgain<N>(reading: Reading<N>, opening: string, unit: string | null): Read<N> | undefined {
  const total = reading.total!;
  if (sameUnit(unit, total.unit) && framesAgain(opening, total.label, true)) return total;
  if (!opening.startsWith('在')) return undefined;
  return reading.figures.findLast((f) => f !== total && sameUnit(unit, f.unit) && framesAgain(opening, f.label, true));
}

/**
 * Reads a sentence on with the reading: its text joins the reading's, a part's breakdown ends at the ；before it
 * unless it is in brackets that no close has ended since `after`, where the figure before stops (…100条(含规范性
 * 文件20条；政策解读30条)), a breakdown of the total in brackets closed since is a note (办结1191件（含上年结转
 * 189件），均在法定期限内答复。其中，予以公开…), and a frame before it opens a breakdown of the total.
 */
function goOn<N>(reading: Reading<N>, text: string, li: number, start: number, end: number, after: number | null, framed: Read<N> | null | undefined, results: boolean): void {
  // A sentence on another line is another paragraph's: a blank keeps them apart (…全文电子化率达100% 在主动公开的信息中…).
  reading.text += reading.framing + (reading.line === li ? text.slice(reading.end, end) : ` ${text.slice(start, end)}`);
  reading.framing = '';
  reading.pause = null;
  const same = reading.line === li && after !== null;
  if (same) readBrackets(reading, text.slice(after, start));
  if (same && closedBelow(reading, reading.outer)) close(reading);
  if (!reading.inner?.bracket || !same || closedBelow(reading, reading.inner)) reading.inner = null;
  if (!framed) return;
  // Results break down what was answered, not where it came from (答复…805件（含上年度结转申请18件…）): that note's items stand alone.
  if (results) unfoldParts(reading, framed);
  open(reading, framed, false, false);
  reading.outer!.results = results;
}

// "累计公开186条信息，其中，行政网站信息主动公开42条，同时在政务微信平台公开政务信息144条" (hanzhong-dongdajie-2020):
// 同时 goes on with the list where its count is the one left to make the whole up exactly; elsewhere it sets the count apart.
const ALSO = /^[，,]\s*同时/;
function completesWith<N>(reading: Reading<N>, words: string, token: NumberToken): boolean {
  const whole = reading.outer?.whole;
  return whole !== undefined && whole.parts.length > 0 && ALSO.test(words) && sameUnit(token.unit, whole.unit)
    && partsSum(whole) + token.value === whole.value;
}

// A count joined to a change said with 多/少 and the verb of what changed (同比减少1起、多死亡4人: hunan-yjt-2023, four more
// died than last year) is a change too, where what changed was counted before it in the sentence (死亡42人): else the 多/少
// opens a name (同比增加2个、多媒体3个; 少数民族12人次), a count. Not 多达/多于/多余 (as many as, more than: a count).
const MORE_OR_FEWER = new RegExp(`^\\s*(?:${LIST_JOINS.source})\\s*[多少](?![达于余])([${HAN}]{1,3})$`, 'u');
const saidMoreOrFewer = (text: string, start: number, from: number, joined: string) => {
  const changed = MORE_OR_FEWER.exec(joined)?.[1];
  return changed !== undefined && text.slice(start, from).includes(changed);
};

/** Reads the figures of one sentence, tokens[t…] up to its end, into the reading; returns the index of the first token after it. */
function readSentence<N>(reading: Reading<N>, text: string, pieces: Pieces<N>, start: number, end: number, tokens: NumberToken[], t: number, nextItem: boolean): number {
  const first = reading.figures.length;
  // Where an aside (另有, 此外 …) opened: what follows it is no part of what came before.
  const asides: number[] = [];
  let from = start;
  // Where the sentence's characters stand in the reading's text, which ends with them.
  const shift = reading.text.length - end;
  // Whether a change against last year was just read: counts joined to it (较上年分别减少2件、1件) are changes too, in
  // whatever unit (同比减少83起、107人、124人 of 事故、死亡、受伤: hunan-yjt-2023).
  let changed = false;
  for (; t < tokens.length && tokens[t]!.start < end; t++) {
    const token = tokens[t]!;
    reading.counts.push({ ...token, at: token.at + shift, start: token.start + shift, end: token.end + shift, stop: token.stop + shift });
    const clause = clauseOf(text, from, start, token);
    readBrackets(reading, text.slice(from, token.at));
    respectiveLabels(text, from, tokens, t)?.forEach((label, k) => reading.respective.set(tokens[t + k]!, label));
    const apart = clause.aside && !completesWith(reading, text.slice(from, token.at), token);
    if (apart) asides.push(reading.figures.length);
    if (apart || closedBelow(reading, reading.outer)) close(reading);
    // A change against last year (较上年增加30件, 比上年的8件, 较2021年收到的申请9件减少4件) is no count of
    // this year's, nor the count a change starts from (由原来的8个增加到16个): the count it comes to takes
    // the label of what changed. Nor is it an item of a part's breakdown (其中政策文件50条（同比增加10条）).
    if (clause.change === 'earlier') reading.counted = { label: labelBefore(text, from, token.at), unit: token.unit, stop: token.stop };
    const joined = text.slice(from, token.at);
    const runsOn: boolean = changed && token.label === undefined && (RUN_JOIN.test(joined) || saidMoreOrFewer(text, start, from, joined));
    changed = clause.change === 'compared' || runsOn;
    if (clause.change || runsOn) { reading.previous = null; from = token.stop; continue; }
    const sums = clause.which ? runningSums(tokens, t, end) : [];
    if (!readItem(reading, text, pieces, token, clause, sums)) {
      readFigure(reading, text, pieces, token, clause, first, from === start && nextItem, sums);
    }
    from = token.stop;
  }
  if (!reading.outer && !reading.inner) unstatedBreakdown(reading, first, asides);
  return t;
}

/**
 * A breakdown of one of the parts ("机构类信息20条，内有…", "法制新闻12条，其中主站采用15条", "工作动态
 * 20条（撤销2条）") holds items in the part's unit that fit within it, up to the next ；(or the bracket's
 * close). The contract's parts are one level deep: such items are figures of their own, not parts of the total.
 * Returns whether the token was read so.
 */
function readItem<N>(reading: Reading<N>, text: string, pieces: Pieces<N>, token: NumberToken, clause: Clause, sums: number[]): boolean {
  const whole = reading.outer?.whole, last = whole?.parts.at(-1);
  if (!last) return false;
  // A bracket right after a part is about it, whatever it counts (网站共发布89篇次(文字解读18篇次、…新闻发布会5次…)).
  const aboutPart = clause.bracket && reading.previous === last;
  // A 其中 whose list adds up to the total, not to the part before it, breaks the total down again (申请35件，其中
  // 自然人申请30件、法人或其他组织申请5件，其中予以公开20件，部分公开6件，不予公开4件，无法提供5件).
  const ofPart = clause.which && sameUnit(token.unit, last.unit) && summedTo(sums, [whole!, last]) !== whole;
  if (!reading.inner && (aboutPart || ofPart)) {
    const including = clause.opener?.kind === 'including';
    reading.inner = { whole: last, bracket: aboutPart, depth: aboutPart ? reading.depth : undefined, left: last.value, onChannels: false, exact: false, listed: false, including, itemsFrom: reading.figures.length };
  }
  const inner = reading.inner;
  if (!inner) return false;
  // "…，内有领导信息10条、机构职能10条，合计20条": the part's own total closes its breakdown and stays in it.
  const restated = inner.left === 0 && token.value === last.value && clause.totalWord;
  // A list 包括 opened goes on past the part where a list's joint adds an item (发布法定主动公开内容1条,包括机构概况1条,
  // 以及“三公”经费及预算/决算信息2条: gs-ganzhou-beijie-2025): the part's, at odds with it, not the next part of the total.
  // The part with its list is then a total of its own, for prose/parts-sum to say so: the contract's parts are one level deep.
  // Only where its one item so far was the whole of it, a list of one that says the part again: after two items that made
  // it up (…120条，包括工作动态50条、通知公告70条，以及微信公众号发布180条), or one short of it, the joint may as well go on
  // with the total's list; so may it where the item makes the total's parts add up to it (…105条，其中…动态102条，…内容1条，
  // 包括机构概况1条，以及…信息2条: 102+1+2).
  if (inner.including && inner.left === 0 && reading.figures.length - inner.itemsFrom! === 1 && token.value > 0
    && sameUnit(token.unit, last.unit) && LIST_JOINT.test(text.slice(clause.from, token.at)) && !completesTotal(reading.outer!.whole, token)) {
    listApart(reading, last, inner.itemsFrom!);
    return false;
  }
  const beyond = !sameUnit(token.unit, last.unit) || token.value > inner.left;
  if (!restated && (inner.bracket ? closedBelow(reading, inner) : beyond)) {
    reading.inner = null;
    return false;
  }
  const label = labelOf(reading, text, token, clause.from, clause);
  if (!label) return false;
  inner.left = Math.max(0, inner.left - token.value); // what brackets hold need not fit
  const item = figure(reading, token, pieces, label, text, clause.from);
  reading.figures.push(item);
  reading.previous = item;
  return true;
}

// A part that counts what the year added to or took from a kind.
const CHANGED = /(?:新增|增加|减少)$/;

/** Whether the count makes the parts of the total in its unit add up to it. */
const completesTotal = <N>(total: Read<N>, token: NumberToken) => sameUnit(token.unit, total.unit)
  && total.parts.reduce((sum, part) => sum + (sameUnit(part.unit, total.unit) ? part.value : 0), 0) + token.value === total.value;

// An item a list's joint (、, 以及, 和 …) adds, right after the count before it.
const LIST_JOINT = new RegExp(`^[\\s，,]*(?:${LIST_JOINS.source})`);

/**
 * A part taken out of the total's breakdown with the items of its own list (the reading's figures from `itemsFrom`), made a
 * total of its own whose breakdown, opened by 包括, the next item goes on with.
 */
function listApart<N>(reading: Reading<N>, part: Read<N>, itemsFrom: number): void {
  const outer = reading.outer!.whole;
  outer.parts.splice(outer.parts.indexOf(part), 1);
  const items = reading.figures.splice(itemsFrom);
  close(reading);
  reading.figures.push(part);
  part.parts = items;
  open(reading, part, false, false);
  reading.outer!.including = true;
}

/** Reads a figure of its own, or a part of the total's breakdown: whichever the words, the kinds and the sums say. */
function readFigure<N>(reading: Reading<N>, text: string, pieces: Pieces<N>, token: NumberToken, clause: Clause, first: number, afterSemicolon: boolean, sums: number[]): void {
  // A bracket that says the count before it again (共受理依申请公开办件0件(申请数为0): qiannan-jtysj-2022) breaks nothing
  // down, nor is it a figure of its own.
  if (saidAgain(reading, text, token, clause)) return;
  const opening = reading.total ? opens(reading, text, token, clause, sums) : null;
  // "网上申请105件，快递17件，合计122件": a total after its parts, adding them up exactly.
  if (clause.totalAfter && !reading.outer && !opening && sumAfter(reading, first, token, pieces, text)) return;
  const framed = enclosingLabel(text, clause.from, token.at, token.stop);
  const frames = framed !== null || opensSet(text, token.stop);
  // A frame run straight into the first item (在主动公开的政府信息中便民办事服务信息6条) is no part of its label.
  const label = labelOf(reading, text, token, opening?.opener.kind === 'frame' ? opening.opener.end : clause.from, clause, framed);
  // A count whose words say nothing of what it counts is no figure: nor is a bracket after it about the one before.
  if (!label) { reading.previous = null; return; }
  const restated = opening !== null && restatesPart(opening.whole, token, label, sums);
  const opener = opening && !restated && begin(reading, opening, label, clause);
  const read = figure(reading, token, pieces, label, text, clause.from);
  const outer = reading.outer;
  let unfold = false, apart = false;
  if (outer && !opener && !restated) {
    let fate = itemFate(reading, text, outer, read, token, clause, afterSemicolon);
    if (fate === 'ends' && outer.resumes) {
      closeOne(reading);
      fate = itemFate(reading, text, reading.outer!, read, token, clause, afterSemicolon);
    }
    if (fate === 'ends') close(reading);
    else unfold = fate === 'elsewhere';
    apart = fate === 'apart';
  }
  if (apart) { reading.figures.push(read); reading.outer!.aside = read; }
  else if (reading.outer && !frames && !restated) {
    const aside = reading.outer.aside;
    // "…1条,公开征求意见3次、反馈征求意见3次,预决算公开说明2条": a count the list's 、 joins to the one set apart for its
    // unit right before it makes that one an item of the list too, as it is.
    if (aside && aside === reading.previous && JOINED.test(text.slice(clause.from, token.at)) && sameUnit(aside.unit, token.unit)) {
      reading.figures.splice(reading.figures.indexOf(aside), 1);
      addPart(reading.outer, aside, '');
      reading.outer.aside = undefined;
    }
    addPart(reading.outer, read, separator(clause, afterSemicolon));
    if (clause.onChannel) reading.outer.onChannels = true;
    if (clause.listed) reading.outer.listed = true;
  } else {
    close(reading);
    reading.figures.push(read);
    reading.total = read;
    reading.note = null;
    if (frames || restated) open(reading, read, false, restated);
  }
  reading.previous = read;
  if (unfold) {
    unfoldParts(reading, reading.total!);
    close(reading);
  }
  reading.counted = { label, unit: token.unit, stop: token.stop };
}

// The words of a bracket that, right before its number, name the count again: 申请数为, 即, 共, 合计, 总计.
const SAID_AGAIN = /(?:数为|即为?|共计?|合计|总计)$/;

/** Whether the token, in a bracket right after the figure read before it and its value again, says that count again (SAID_AGAIN). */
function saidAgain<N>(reading: Reading<N>, text: string, token: NumberToken, clause: Clause): boolean {
  const last = reading.previous, opener = clause.opener;
  return opener?.kind === 'bracket' && !clause.which && last !== null && token.value === last.value
    && (token.unit === null || sameUnit(token.unit, last.unit)) && SAID_AGAIN.test(text.slice(opener.end, token.at));
}

/**
 * Whether a 其中's first count says one of the whole's parts again and the counts after it add up to that part: the
 * list breaks the part down, not the whole (…主动公开政府信息8769条。其中,…通过县政府门户网站发布政府信息5469条,…。
 * 其中通过县政府门户网站发布政府信息5469条,信息公开专栏…发布信息2620条,…发布其他信息311条: qingshui-2019).
 */
function restatesPart<N>(whole: Read<N>, token: NumberToken, label: string, sums: number[]): boolean {
  if (sums.length < 3 || sums.at(-1)! - sums[0]! !== token.value) return false;
  return whole.parts.some((p) => p.value === token.value && sameUnit(p.unit, token.unit) && (p.label.includes(label) || label.includes(p.label)));
}

/** Adds `read` to the parts of the open breakdown, after `sep` (what it came after: separator()). */
function addPart<N>(outer: Breakdown<N>, read: Read<N>, sep: string): void {
  const { parts } = outer.whole, joiner = outer.joiner;
  if (parts.length > 0) outer.joiner = joiner === undefined || joiner === sep ? sep : '';
  parts.push(read);
}

/**
 * The breakdown the clause's words open, on the figure they are about; null where they open none. `sums` are the
 * running sums of the counts a 其中 opens, to the sentence's end.
 */
function opens<N>(reading: Reading<N>, text: string, token: NumberToken, clause: Clause, sums: number[]): Opening<N> | null {
  const opener = clause.opener, total = reading.total!;
  if (!opener) return null;
  // 在…中 frames a figure again only if it names it ("在主动公开的信息中", not "在政府信息公开工作中"): the total, or
  // the last figure in its unit it names.
  const framed = opener.kind !== 'frame' || namesTotal(opener.words, total.label) ? undefined
    : reading.figures.findLast((f) => sameUnit(f.unit, token.unit) && namesTotal(opener.words, f.label)) ?? null;
  if (framed === null) return null;
  // The figure the list a 其中 opens adds up to is the one it breaks down, though others stand between, where the figure
  // right before cannot hold the list (申请35件，自然人申请30件，法人或其他组织申请5件，其中予以公开20件，…，无法提供5件); one
  // that can is the one broken down, though two of its items add up to an earlier figure (新收申请8件，上年结转2件，办结10件，
  // 其中予以公开5件、部分公开3件). A count over the years holds no list of the year's (共主动公开政府信息34条,历年累计1012条。
  // 其中机构职能类信息7条,…,其他类信息7条: fj-kengyuan-2023).
  // A count a share is taken of (完成市级下达任务数120条的147.5%: ynlf-cyz-2022) is what the whole was measured against,
  // not what a list after it breaks down.
  const inUnit = reading.figures.filter((f) => sameUnit(f.unit, token.unit) && !shareBase(f));
  const before = inUnit.at(-1);
  const summed = opener.kind === 'which' ? summedTo(sums, inUnit, before && !SUMMED_UP.test(before.label) ? before : undefined) : undefined;
  // A list adding up to the applications received and those carried in together, which no figure states (收到申请6件,
  // 上年结转1件。其中部分公开3件,不予公开1件,…,其他处理1件: 三明市卫健委 2025), is of both: its items stand alone, not
  // the first that make up the received as its parts and the rest apart.
  if (opener.kind === 'which' && sums.length > 1 && receivedWithCarried(inUnit) === sums.at(-1)) return null;
  // A total its parts already make up is not broken down twice (…506条，…类13条…。其中通过网站发布400条):
  // the second list, by another measure, is figures of their own; unless it too adds up to the total, or a frame
  // names another figure.
  if (complete(total) && summed !== total && framed === undefined) return null;
  // Brackets alone open a breakdown only of the figure right before them (not of the total after a part:
  // 其中工作动态20条（撤销2条）), and only in its unit ("5件（涉及3个部门）" does not) unless they say 其中
  // (420条(其中,国家级媒体10篇…)); after a change against last year, only where they say 其中
  // (申请30件，同比增加5件（其中当面申请10件…）).
  const afterChange = reading.previous === null && clause.which;
  if (opener.kind === 'bracket' && ((reading.previous !== total && !afterChange) || (!sameUnit(token.unit, total.unit) && !clause.which))) return null;
  // "共举办191场发布活动，领导出席25人次。其中，疫情防控发布会151场": a breakdown counts in the
  // unit of what it breaks down, which need not be the figure right before it; nor, where the
  // part would not fit in it (受理40件，上年结转3件，其中当面申请10件…), the figure right before.
  const fits = (f: Read<N>) => sameUnit(f.unit, token.unit) && f.value >= token.value && !complete(f) && !shareBase(f);
  // With none in its unit, 其中 and 含 still break the figure before down (回应解读0件，其中，政策解读
  // 稿件0篇); 包括 inside a clause (参训人员包括…120人) does not; nor where figures in several units stand
  // before it, any of which it may be about (编发《公报》6期,发行1800份。其中,刊登市政府文件15件).
  const fitting = summed ?? framed ?? (fits(total) ? total : reading.figures.findLast(fits))
    ?? (!sameUnit(token.unit, total.unit) && reading.figures.every((f) => sameUnit(f.unit, total.unit)) && opener.kind !== 'including'
      && !clausesBetween(total, opener) ? total : null);
  // Else the first item a 其中 right after the total names, in its unit, is its part though bigger than it (主动公开信息19条,其中
  // 向政府网站推送35条): prose/parts-sum says so. begin() holds it to what can be a part of the total. Not after the
  // applications carried in from last year: what came of them came of those received too (新收申请10件，上年结转5件，其中予以公开12件).
  const past = !fitting && !carriedIn(total.label) && receivedWithCarried(inUnit) === undefined && opensPast(text, total, token);
  const whole = fitting ?? (past ? total : null);
  if (!whole) return null;
  // A 其中 said right after a count in another unit, in its sentence, is that count's, not one before it (建设政务新媒体17个,
  // 其中"到黄埔去"APP推送政府信息11918条…: guangzhou-huangpu-2021): what those counted did, in another unit, is no part of anything.
  // Unless its list adds up to the earlier one (受理申请20件，涉及申请人18人，其中当面申请5件、网上申请15件): that says whose it is.
  if (opener.kind === 'which' && whole !== reading.previous && whole !== summed && ownedByCountBefore(reading.previous, text, opener, token)) return null;
  // Passed over the figure right before, in its unit, it may be about several figures together (收到申请公开件
  // 92件、上一年度结转2件。其中,予以公开19件…, of the 94): it is the earlier one's only where it adds up to it.
  // So is a breakdown into another kind of thing: the applications made (接受依申请公开9次，其中…4件为不予公开，1件…，4件…),
  // not what else was done (公开53条。其中，…进行了5次公告和5次成交公示，…出让金总额114625万元).
  return { opener, whole, exact: whole !== total ? sameUnit(total.unit, token.unit) : otherKind(token.unit, total.unit), summed: whole === summed, past };
}

/** Whether the 其中 follows the figure before, in another unit than the token's, across a comma only (17个,其中…11918条). */
const ownedByCountBefore = (before: Read<unknown> | null, text: string, opener: Opener, token: NumberToken) =>
  before !== null && before.line === text && !sameUnit(before.unit, token.unit)
  && /^\s*[，,]\s*其中$/.test(text.slice(before.token.stop, opener.end));

// 其中 after clauses of other doings, none counted, speaks of those (…信息131条，同时通过…的方式解答群众问题，其中热线电话11通，
// 网络诉求3件: 03-pt-2019): a list in another unit is then no breakdown of the figure.
const clausesBetween = (total: Read<unknown>, opener: Opener) =>
  /[，,；;][^，,；;]*[，,；;]/.test(total.line.slice(total.token.stop, opener.end));

/**
 * Whether the words from the total's count to the token's are a 其中 alone, and what the token counts (…19条,其中向政府网站
 * 推送35条; …19件。其中：予以公开35件; …19条（其中…35条）), the token in the total's unit and bigger: the first item of its
 * breakdown, past it. Not a count of a wider scope, over the years, the whole year after a month's (12月份…19条，其中全年…35条)
 * or the whole place (其中全市累计公开信息1200条).
 */
function opensPast<N>(text: string, total: Read<N>, token: NumberToken): boolean {
  if (total.parts.length > 0 || total.value <= 0 || token.value <= total.value || token.label !== undefined || !sameUnit(token.unit, total.unit)
    || total.line !== text || total.token.stop > token.at) return false;
  const words = PAST_OPENING.exec(text.slice(total.token.stop, token.at))?.[1];
  return words !== undefined && !WIDER.test(words);
}
const PAST_OPENING = /^\s*[。，,；;]?\s*[（(]?\s*其中\s*[：:，,]?([^\d０-９，,。；;：:、（()）]*)$/;
const WIDER = new RegExp(`累计|历年|截[至止]|至今|以来|全年|全(?:[${LEVELS}国]|系统)|各(?:[${LEVELS}](?!场)|街道|部门|单位)`);

/**
 * Whether an item bigger than its total, the first a 其中 lists, counts what can be a part of it: what came of the
 * applications, or how or by whom they were made, under a count of them (共受理申请19件，其中予以公开35件); a kind of
 * information, or a channel it went out on, under a count of it (主动公开信息19条,其中向政府网站推送35条). Not a step of
 * handling (办结 may hold last year's), a count held apart from the total, nor another channel than the one the total names.
 */
function partPastTotal(whole: string, label: string, unit: string | null, text: string): boolean {
  if (isStep(label) || heldApartFrom(whole, label, unit, text) || onOtherChannel(whole, label)) return false;
  if (tallied(whole)) return isOutcome(label) || isMode(label) || isApplicant(label);
  return CHANNEL.test(label) || namesKind(label);
}

/** Whether a share of the figure is stated right after it (任务数120条的147.5%): the base of a rate, not a whole. */
const shareBase = (f: Read<unknown>) => SHARE_OF.test(f.line.slice(f.token.stop));
const SHARE_OF = /^的\s*\d+(?:\.\d+)?\s*[%％]/;

/**
 * Opens the breakdown, unless the first item, labelled `label`, is a case and the whole is not (已办理的3件均无法
 * 提供。其中，发生1起行政复议案件): a case is no part of anything else. Returns its opener, or null.
 */
function begin<N>(reading: Reading<N>, opening: Opening<N>, label: string, clause: Clause): Opener | null {
  const { opener, summed } = opening;
  let { whole, exact } = opening;
  if (isCase(label) && !isCase(whole.label)) return null;
  if (opening.past && !partPastTotal(whole.label, label, whole.unit, reading.text)) return null;
  // What came of the applications came of those received or handled, not of another count of them (…,答复申0件,撤销
  // 申请1件。其中,予以公开0件,…其他处理0件: the 1 withdrawn has no outcome): the last count of those before it, whose
  // parts must then add up to it.
  if (isOutcome(label) && !summed && !tallied(whole.label)) {
    const handled = reading.figures.findLast((f) => sameUnit(f.unit, whole.unit) && tallied(f.label) && !isCase(f.label));
    if (handled) { whole = handled; exact = true; }
  }
  // Who made the applications and how came with those received, not with those answered (收到…申请7件，…答复7件。从申请
  // 方式看，网络申请3件，占43%；信函申请4件: hzs-2023): the last count of those received before, whose parts must then
  // add up to it. Not a 其中's list that adds up to another count only (收到7件，办结6件，其中网络申请3件、信函申请3件: of
  // the 6 concluded).
  if ((isMode(label) || isApplicant(label)) && !isReceived(whole.label)) {
    const received = reading.figures.findLast((f) => sameUnit(f.unit, whole.unit) && isReceived(f.label));
    if (received && (!summed || received.value === whole.value)) { whole = received; exact = true; }
    // Nor of a count of cases they do not add up to, those received out of reach before a ；(…答复5件；受理行政复议申请6件。
    // 从申请方式看，网络申请3件、信函申请2件): figures of their own.
    else if (isCase(whole.label) && !summed) return null;
  }
  // "办结177件（含2022年结转的3件），其中予以公开60件…": a note in brackets is no breakdown the 其中
  // after it goes on with; its items are figures of their own. So are those of a list a 其中 broke the whole down
  // into before, where this one breaks it down by another measure: one adding up to it as well, or what came of
  // the applications after who made them (申请35件，其中自然人申请30件、法人或其他组织申请5件，其中予以公开20件…).
  // A figure holds one breakdown: the later, whose 其中 was said of the whole again.
  const again = opener.kind === 'which' && whole.parts.length > 0 && (summed || (isOutcome(label) && !whole.parts.some((p) => isOutcome(p.label))));
  if (again || (reading.note?.whole === whole && !bracketed(opener) && reading.figures.at(-1) === whole)) unfoldParts(reading, whole);
  // Brackets no words open hold what else came of the applications as often as their parts (收到公开申请
  // 1466件(上年度结转16件，结转下年度9件，办结1473件)): steps in them are parts only where they add up.
  const steps = opener.kind === 'bracket' && !clause.which && isStep(label) && !isStep(whole.label);
  open(reading, whole, bracketed(opener), exact || steps);
  if (opener.kind === 'including') reading.outer!.including = true;
  if (summed) reading.outer!.summed = true;
  return opener;
}

/** Opens a breakdown of `whole`, made the reading's total, closing the one open unless `whole` was set apart from it. */
function open<N>(reading: Reading<N>, whole: Read<N>, bracket: boolean, exact: boolean): void {
  const resumes = reading.outer?.aside === whole ? reading.outer : undefined;
  if (resumes) reading.inner = null;
  else close(reading);
  reading.total = whole;
  reading.outer = { whole, bracket, depth: bracket ? reading.depth : undefined, left: 0, onChannels: false, exact, listed: false, resumes };
  reading.note = null;
}

/** Reads the brackets of `words`, the next the reading's text holds, into its depth: how many stand open after them, and the fewest any close in them left. */
function readBrackets(reading: Reading<unknown>, words: string): void {
  let depth = reading.depth, low = Infinity;
  for (const ch of words) {
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) low = Math.min(low, --depth);
  }
  reading.depth = depth;
  reading.low = low;
}

/** Whether a breakdown in brackets has had its bracket closed in the words read last. */
const closedBelow = (reading: Reading<unknown>, breakdown: Breakdown<unknown> | null) =>
  breakdown?.depth !== undefined && reading.low < breakdown.depth;

/**
 * Closes the open breakdowns: one in brackets stays as a note on its total; one whose parts had to add up to its
 * whole, and do not, leaves them standing alone.
 */
function close<N>(reading: Reading<N>): void {
  while (reading.outer) closeOne(reading);
  reading.inner = null;
}

/**
 * Which parts of `total` count in another unit than the parts in its own beside them, where they do not make it up
 * together (…162条。其中,乡镇文件公开41条,通过…微信公众号发布信息293篇: 293篇 is no part of 162条, however near 篇 is to
 * 条); none where they do (公开各类政府信息101条,其中,工作动态70件,部门信息公开年报1条,…: the writer's word changed).
 */
function inAnotherUnit<N>(total: Read<N>): (part: Read<N>) => boolean {
  const other = (part: Read<N>) => total.unit !== null && part.unit !== null && !sameUnit(part.unit, total.unit);
  const own = total.parts.some((part) => sameUnit(part.unit, total.unit));
  return own && total.parts.reduce((sum, part) => sum + part.value, 0) !== total.value ? other : () => false;
}

/**
 * The figure of the reading before `whole`, in its unit and not broken down, that its parts add up to exactly where they
 * do not add up to `whole`: theirs (受理审批事项117件，办结171件。其中…91件…；…7件…；…19件: 117, pingtan-dishui-2013).
 * Not what came of the applications, which came of those handled (新收申请8件，…，办结10件，其中予以公开5件、部分公开3件).
 */
function summedEarlier<N>(reading: Reading<N>, whole: Read<N>): Read<N> | undefined {
  if (whole.parts.length < 2 || addsUp(whole) || whole.parts.some((p) => isOutcome(p.label))) return undefined;
  const sum = partsSum(whole);
  return reading.figures.findLast((f) => f.order < whole.order && f.parts.length === 0 && f.value === sum && sameUnit(f.unit, whole.unit));
}

/** Closes the open breakdown, going back to the one its whole was set apart from. */
function closeOne<N>(reading: Reading<N>): void {
  const outer = reading.outer!;
  const earlier = summedEarlier(reading, outer.whole);
  if (earlier) { earlier.parts = outer.whole.parts; outer.whole.parts = []; }
  else if ((outer.exact && !addsUp(outer.whole)) || (outer.results && !outcomesOf(outer.whole.label, outer.whole.parts.map((p) => p.label)))) unfoldParts(reading, outer.whole);
  else {
    unfoldParts(reading, outer.whole, inAnotherUnit(outer.whole));
    if (outer.bracket) reading.note = outer;
  }
  reading.outer = outer.resumes ?? null;
  reading.inner = null;
  if (outer.resumes) reading.total = outer.resumes.whole;
}

const FULL_TEXT = /全文电子化/;

// 等 right after a list's last count, then the ；that ends its clause.
const CLOSED_BY_DENG = /^\s*等\s*[;；]/;

/**
 * What becomes of a figure read while a breakdown is open, with no words opening another: it is its next part
 * ('part'), it ends the breakdown ('ends'), or it takes the breakdown's list past its total where the list makes
 * up another figure of the reading ('elsewhere': the list is that figure's, and its items stand alone), or it stands
 * alone while the list goes on ('apart': a first item that comes to the total restates it, said another way:
 * 在主动公开的148条政府信息中，全文电子化的主动公开信息数共148条，其中：…).
 *
 * A breakdown ends where what follows cannot be a part of it: once its parts make up the total
 * (受理10件，其中当面3件、网上7件，办结10件) unless its list goes on as it went, at a figure beyond the total that is no further item of its
 * list, at a further step of handling (其中网上申请15件，按时办结20件) unless it closes a list in brackets, or the 其中's
 * list adds up to the total with it (7件,其中,申请人主动撤销2件,结转下年度继续办理1件,其余4件…予以答复),
 * or is the applications carried over from last year, making up the total ((其中新收申请112件,上年结转申请9件);
 * 其中本年新收33件,上年结转0件,结转至下年办理0件), at a count on a channel after a
 * list of kinds (…政府信息249条；微信公众号推送…信息448条), and at a zero said in words. Those carried forward
 * to next year are 表三's last outcome, and go on with a list of outcomes (其中予以公开30件，…，无法提供7件，
 * 结转下年度继续办理3件), or with one naming some outcomes in its own words, where they make up the total (其中,
 * 已主动公开和同意公开的31件,不属于本行政机关公开的7件,…,其他处理3件,结转下年办理2件 under 45件). The channels a
 * 其中 lists (其中依托网站公开73条；通过微信公众号公开73条) each carry what they carried: they overlap, and only one
 * beyond the total ends them.
 */
function itemFate<N>(reading: Reading<N>, text: string, outer: Breakdown<N>, read: Read<N>, token: NumberToken, clause: Clause, afterSemicolon: boolean): 'part' | 'ends' | 'elsewhere' | 'apart' {
  const total = outer.whole, sum = partsSum(total) + token.value, label = read.label;
  // The items a count was said of with 各 go together: the second and later go where the first went, an item of the list
  // (其中，…8条，公共资金使用信息、机构调整和人员变动类信息各2条: shulan-jjj-2013).
  const last = total.parts.at(-1);
  if (token.each && last?.token.each && last === reading.previous) return 'part';
  // What a kind comes to, said right after what the year added to it (其中行政许事项本年新增21项，总计21项，…；其他对外管理
  // 服务事项新增57项，总计57项，…: 会同县林业局 2020), is that kind's, set apart: the list of what each added goes on.
  if (clause.totalWord && last !== undefined && last === reading.previous && CHANGED.test(last.label) && sameUnit(token.unit, last.unit)) return 'apart';
  // The information kept in full electronic text is a form every kind may take, not a kind: apart from the list of kinds
  // however many it is (在主动公开的65条政府信息中，全文电子化的主动公开信息数共57条，为民办实事类信息13条: 平潭 财政金融局 2015).
  if (FULL_TEXT.test(label)) return 'apart';
  // In the total's unit, or in the one its parts count it in (发布信息607条，其中主动公开380份，…319份).
  const inUnit = countedParts(total, [...total.parts, read]).includes(read);
  if (inUnit && total.parts.length === 0 && clause.totalWord && token.value > 0 && token.value === total.value) return 'apart';
  // A share of one body among the parts after a ，(…，公开信息356条，占17.2%) is no item the list's 、 or ；joins.
  const shared = token.label === undefined && !clause.totalAfter ? sharesWhole(outer, text, token) : null;
  if (shared === 'part') return 'part';
  if (shared === 'beyond' && !afterSemicolon && !clause.listed) return 'ends';
  const channels = CHANNEL.test(label) && total.parts.every((p) => CHANNEL.test(p.label));
  // Answers published among kinds are one of them (…；答复公众留言33条,财政公开信息8条；…); after the channels a 其中
  // lists, none of theirs (…在各类政务新媒体上转载发布信息6300多条,及时答复网民留言100余条).
  const answersAfterChannels = answersPublic(label) && total.parts.length > 0 && total.parts.every((p) => CHANNEL.test(p.label));
  const overflows = inUnit && sum > total.value && !(channels && token.value <= total.value);
  // An item after the list's 、 or ；.
  const listed = afterSemicolon || clause.listed;
  // An item of the list (其中当面申请4件、网络申请8件), of the same kind, that takes it past its total stays
  // in it: prose/parts-sum says the list is at odds with the total. Not where the list makes up another count
  // of the sentence: then it is that count's (受理2720件…办结2680件。其中…求助类2252件；…投诉类382件；建议类
  // 9件), and its items stand alone. After a ， only what can be an item is (公开各类信息1559条,其中…1549条,
  // 通过12316农业信息平台公开政府信息15条): nothing bigger than the total alone (…发布信息95条,其中…,利用
  // 电子屏发布信息108条), nor the parts before it added up (…其他3条,共发布102条).
  const restates = total.parts.length > 1 && token.value === partsSum(total);
  // A list that made up its total ends there (受理10件，其中当面申请3件、网上申请7件，已全部办结10件), unless it goes on as
  // it went with the kind that holds the rest: after the same 、 or ；(其中，机构职责类5条；…；行政性收费类1条；其他类别
  // 信息29条 under 47条), which takes it past the total. Another named kind there (…；政策解读类信息12条) is as likely
  // counted apart.
  // So does a paragraph that goes on with the quoted kinds a paragraph each (…“不予公开”的1件…。¶“信息不存在”的1件…).
  // A list 包括 opened goes on with an item past its total (382条,包括政府网站35条,…媒体上发布信息80条,…微信公众号2443条:
  // gs-lintao-xintian-2022): prose/parts-sum says the list overshoots it.
  // Nor is a list whose item lost its figure (部门概况类信息条、) made up by the items before: its sum there is by chance
  // (80条 = 20+29+14+1+16+0 before 信息公开制度、指南、年报类信息1条: xingan-aes-yjj-2020).
  const lostItem = total.line === text && LOST_FIGURE.test(text.slice(total.token.stop, token.at));
  const goesOn = complete(total) ? (sameList(outer, total, label, separator(clause, afterSemicolon)) || (afterSemicolon && reading.paragraphItem) || lostItem) && !restates
    : listed || outer.including || (token.value <= total.value && !restates);
  // Nor does a list of steps go on past its total with something else (其中2021年答复7件,7起申请政府信息公开的为自然人: the
  // applicants, by another measure).
  const listItem = overflows && goesOn && !heldApartFrom(total.label, label, token.unit, reading.text) && !isStep(label) && !isCase(label)
    && !(total.parts.length > 0 && total.parts.every((p) => isStep(p.label)));
  // After a ；, a count on a channel follows a list of kinds none of which was (…政府信息249条；微信公众号推送
  // …信息448条): another count, not an item (lists of channels often name theirs by other words: 政务网).
  // One that completes the total is its last item (其中政府文件30条；部门动态50条；网站公告20条).
  const otherChannel = afterSemicolon && clause.onChannel && !outer.onChannels && total.parts.every((p) => namesKind(p.label))
    && !(inUnit && sum === total.value);
  // The items its 其中 listed all counted in another unit (193条,其中…文件4件,…材料5件), a count in the total's after a ；
  // that alone is past the total is no further item of it but another clause's (；“广州医保”微信公众号、官方抖音号分别发布信息255条、
  // 63条: moonvision-gzyb-2025-trad, its 分别 garbled away).
  const afterOthers = afterSemicolon && token.value > total.value && sameUnit(token.unit, total.unit) && total.parts.length > 0
    && total.parts.every((p) => !sameUnit(p.unit, total.unit));
  // A list its 等 closed before the ；is over: what the sentence counts after it is no item (…义务教育领域信息公开121篇等;
  // “葫芦岛市教育局”微信公众号发布1135条 under 主动公开信息497条: 葫芦岛市教育局 2022).
  const closedByDeng = afterSemicolon && last !== undefined && last === reading.previous && last.line === read.line && CLOSED_BY_DENG.test(text.slice(last.token.stop, token.at));
  if ((token.value > 0 && complete(total) && !listItem) || (overflows && !listItem) || otherChannel || afterOthers || closedByDeng
    || (isStep(label) && !isStep(total.label) && total.parts.length > 0 && !total.parts.some((p) => isStep(p.label) && !carriedIn(p.label))
      && !((outer.bracket || carriedIn(label) || closesOutcomes(label, total.parts.map((p) => p.label))) && sum === total.value)
      && !(outer.summed && sum < total.value)
      && !outcomesOf(total.label, [...total.parts.map((p) => p.label), label]))
    // Another channel ends a website's list, unless the list's 、 right after the item before joins it: a column of the
    // website (图片新闻200条、广播电视新闻150条).
    || (isCase(label) && !isCase(total.label)) || answersAfterChannels || (onOtherChannel(total.label, label) && !JOINED.test(text.slice(clause.from, token.at)))
    // 其中包含行政规范性文件3件、人事任免文件24件,政策解读49条: the list changes both its separator and its unit.
    || (outer.listed && !listed && !inUnit)
    || (token.label !== undefined && !token.each) || clause.totalAfter) return 'ends';
  // A count in another unit among parts in the total's says something of the part before it (其中微博29个，共发布信息
  // 1992条；微信公众号41个; …减免税共计91件，共计减免金额219062.78元；…): no part, and the list goes on after it.
  // One the list's 、 joins is an item of it all the same (其中:工作动态1201条、…、征集调查16期、其他类信息1141条).
  // A count in 万 with no unit (累计访问量达到3万) counts visits or followers, not what a total in a unit counts: no
  // part of it (only a bare number is, its unit left out: …，不予公开信息数79。). Under a total in 万 it may be one
  // (粉丝数累积超 3170 万，其中，微信公众号粉丝达 1360 万).
  const inTenThousands = token.unit === null && total.unit !== null && /[万亿]$/.test(text.slice(token.start, token.end));
  if (!clause.listed && (otherKind(token.unit, total.unit) || inTenThousands) && countedParts(total, total.parts).length > 0) return 'apart';
  if (inTenThousands) return 'ends';
  return listItem && reading.figures.some((f) => f !== total && sameUnit(f.unit, total.unit) && f.value === sum) ? 'elsewhere' : 'part';
}

// An item the list's 、 joins to the count before it.
const JOINED = /^\s*、/;

/** What an item came after: 、 or ；, '' for anything else (a ，). */
const separator = (clause: Clause, afterSemicolon: boolean) => afterSemicolon ? '；' : clause.listed ? '、' : '';

/** Whether the kind that holds the rest, after `sep`, ends a list of kinds all joined by it. */
function sameList<N>(outer: Breakdown<N>, total: Read<N>, label: string, sep: string): boolean {
  return sep !== '' && outer.joiner === sep && holdsRest(label) && total.parts.every((p) => namesKind(p.label));
}

/**
 * The running sums of the counts from tokens[t] to the sentence's `end`, while they count in its unit: what the list a
 * 其中 opens adds up to, item by item.
 */
function runningSums(tokens: NumberToken[], t: number, end: number): number[] {
  const sums: number[] = [];
  const unit = tokens[t]!.unit;
  for (let k = t, sum = 0; k < tokens.length && tokens[k]!.start < end && sameUnit(tokens[k]!.unit, unit); k++) sums.push(sum += tokens[k]!.value);
  return sums;
}

/**
 * Of the candidates, the last that the longest list of two counts or more adds up to exactly; undefined where none,
 * or where it is another than `before`, the figure right before the list, and that could hold it.
 */
function summedTo<F extends { value: number }>(sums: number[], candidates: F[], before?: F): F | undefined {
  for (let k = sums.length - 1; k > 0; k--) {
    const sum = sums[k]!;
    const found = sum > 0 ? candidates.findLast((f) => f.value === sum) : undefined;
    if (found) return before === undefined || found === before || sum > before.value ? found : undefined;
  }
  return undefined;
}

/** The applications received and those carried in from last year, the last of each read, together; undefined without both. */
function receivedWithCarried<F extends { value: number; label: string }>(figures: readonly F[]): number | undefined {
  const carried = figures.findLast((f) => carriedIn(f.label));
  const received = figures.findLast((f) => f !== carried && RECEIVED.test(f.label));
  return carried && received ? carried.value + received.value : undefined;
}
const RECEIVED = new RegExp(`^(?:本年|新)?${RECEIVED_VERB}[^，,]*申请`);

/** A figure read from `token`. */
function figure<N>(reading: Reading<N>, token: NumberToken, pieces: Pieces<N>, label: string, line: string, from: number): Read<N> {
  const read: Read<N> = { label, value: token.value, unit: token.unit, approximate: token.approximate, parts: [], token, pieces, order: reading.read.length, index: -1, part: -1, line, from };
  reading.read.push(read);
  return read;
}

/** The parts of `total` (those `which` picks) made figures of their own, each where it stands in the page (after a part's own items). */
function unfoldParts<N>(reading: Reading<N>, total: Read<N>, which: (part: Read<N>) => boolean = () => true): void {
  const out = total.parts.filter(which);
  total.parts = total.parts.filter((part) => !out.includes(part));
  for (const part of out) {
    let at = reading.figures.length;
    while (at > 0 && reading.figures[at - 1]!.order > part.order) at--;
    reading.figures.splice(at, 0, part);
  }
}

/**
 * The figures of this sentence so far, top-level and in the token's unit, made the parts of a 合计 where they add
 * up to it exactly; false (nothing changed) otherwise.
 */
function sumAfter<N>(reading: Reading<N>, first: number, token: NumberToken, pieces: Pieces<N>, text: string): boolean {
  const prior = reading.figures.slice(first);
  // What each channel published adds up to what was published (通过政府网站主动公开…1306条，通过微信公众号…400条，合计1706条).
  const channels = prior.every((f) => oneChannel(f.label) !== null);
  // Applications received this year and carried in make up those of the year (新受理…252件,2022年结转…10件,共计262件).
  const applications = prior.every((f) => RECEIVED_OR_CARRIED.test(f.label)) && prior.some((f) => STEP_CARRIED.test(f.label));
  if (prior.length < 2 || token.value <= 0 || prior.some((f) => f.parts.length > 0 || !sameUnit(f.unit, token.unit)
    || (heldApart(f.label, f.unit, reading.text) && !channels && !applications))) return false;
  if (prior.reduce((sum, f) => sum + f.value, 0) !== token.value) return false;
  // Named by what the list's lead says it is of (发布新闻情况：新闻动态265篇、…，共计456篇), or what an earlier year's it is
  // set against names it (…，总计2401条,是2013年信息发布总量的1.5倍: hainan-yjj-2014), else by the word alone.
  const label = leadLabel(prior[0]!.line, prior[0]!.from, prior[0]!.token.at) || COMPARED_WHOLE.exec(text.slice(token.stop))?.[1] || TOTAL;
  const total = figure(reading, token, pieces, label, '', token.at);
  total.parts = prior;
  total.order = prior[0]!.order;
  reading.figures.splice(first, prior.length, total);
  reading.total = total;
  reading.previous = total;
  return true;
}

// Not the change said after the comparison (比上年增加申请总数2件): what grew is no name of the total.
const COMPARED_WHOLE = /^\s*[，,]\s*(?:是|为|相当于|比|较)(?:上一?年度?|去年|(?:19|20)\d{2}年度?)的?(?!增|减|多|少|上升|下降)([^\d，,。；;的]{2,10}?(?:总量|总数))/;

/** Whether `label` names a kind of what `total` counts: the thing it ends in, which the total names too (人大代表建议 of 办理…建议和…提案). */
function namesKindOf(total: string, label: string): boolean {
  return label.length > 2 && label !== total && total.includes(label.slice(-2));
}

const RECEIVED_OR_CARRIED = new RegExp(`^(?:本年|新|上年)?(?:${RECEIVED_VERB}|结转)[^，,]*申请$`);

/**
 * A breakdown the sentence does not announce ("主动公开信息506条，政策法规类13条，规范性文件22条，政府
 * 工作动态类471条"): the figures that end a sentence after a total, in its unit, adding up to it exactly,
 * are its parts where they are kinds of information, what became of the total, or kinds of what it counts;
 * those after an aside (…，另2件结转下一年处理) stay figures of their own.
 */
function unstatedBreakdown<N>(reading: Reading<N>, first: number, asides: number[]): void {
  const figures = reading.figures;
  for (let t = first; t < figures.length - 2; t++) {
    const total = figures[t]!;
    const end = asides.find((a) => a > t) ?? figures.length;
    const rest = figures.slice(t + 1, end);
    // A count the list's 、 joins to the next is an item beside it, not what the items after it add up to (…人事信息7条、
    // 财政管理信息11条、重大民生信息10条、信息公开年报1条).
    if (rest.length > 0 && listedBefore(total, rest[0]!)) continue;
    // Kinds of information, or what became of the applications (申请17件，予以公开13件，不予公开2件，无法提供2件;
    // …，结转下年办理1件) or of the cases (收到行政复议66件,结果维持33件,…尚未审结3件)
    // or how they were made (收到…申请4件,2件为网络申请,2件为信件申请), or who made them (…申请共计81件，涉及自然人80件、
    // 商业企业1件: pt-2023); not steps of handling (收到12件，办结10件，结转2件 is no breakdown).
    const splits = outcomesOf(total.label, rest.map((f) => f.label)) || rest.every((f) => isMode(f.label))
      || (APPLICATIONS.test(total.label) && !isCase(total.label) && rest.every((f) => isApplicant(f.label)));
    // Kinds of what the total counts, which its label names (共办理人大代表建议和政协委员提案17件，人大代表建议5件、
    // 政协委员提案12件: handling them is no step of an application's), or whatever a bare total's word left unsaid
    // (共17起,人大代表建议5起、政协委员提案12起).
    const kinds = rest.every((f) => total.label === TOTAL || namesKindOf(total.label, f.label));
    if (total.parts.length > 0 || total.value <= 0 || (tallied(total.label) && !splits && !kinds)) continue;
    // A colon straight after the total announces its list, whatever its items are called (主动公开政府信息总数171条:基层政务
    // 公开领域信息124条,…,预算决算4条,应急预案3条,…: cq-town-2022).
    const announced = ANNOUNCES_LIST.test(total.line.slice(total.token.stop));
    if (rest.some((f) => f.parts.length > 0 || !sameUnit(f.unit, total.unit)
      || (!splits && ((!namesKind(f.label) && !kinds && !announced) || heldApart(f.label, f.unit, reading.text))))) continue;
    // Two counts at least: a lone count that happens to equal the total (…5件，予以公开5件，不予公开0件) says nothing.
    if (rest.filter((f) => f.value > 0).length < 2 || parallel(total.label, rest.map((f) => f.label), splits)) continue;
    if (rest.reduce((sum, f) => sum + f.value, 0) !== total.value) continue;
    total.parts.push(...rest);
    figures.splice(t + 1, rest.length);
    reading.total = total;
    return;
  }
}

const APPLICATIONS = /申请/;
const ANNOUNCES_LIST = /^\s*[:：]/;

/** Whether `next` is read straight after `item` on its line, the list's 、 between them: the next item of one list. */
function listedBefore<N>(item: Read<N>, next: Read<N>): boolean {
  return item.line === next.line && item.token.stop <= next.token.at && LISTED_ONLY.test(item.line.slice(item.token.stop, next.token.at));
}
const LISTED_ONLY = /^[^，,；;。：:（()）]*、[^，,；;。：:（()）]*$/;

/**
 * What a token counts: what its phrase says, the `framed` total (在…中), the noun after it, or the clause
 * before it (from `from`); else 合计 after a total's word, or what the count before it counted; '' where
 * nothing says (the token is then no figure).
 */
function labelOf<N>(reading: Reading<N>, text: string, token: NumberToken, from: number, clause: Clause, framed: string | null = null): string {
  if (token.label === undefined && namesNoFigure(text, from, token)) return '';
  const counted = reading.counted, before = counted.label;
  const label = sameChannelWay(fullLabel(token.label ?? reading.respective.get(token) ?? framed ?? countLabel(text, from, token), text, from, token, reading.year),
    counted, from, token);
  // "36个部门50余人参加…": the noun the count before took after its unit is what that count counted, not what one in
  // another unit does (50 people, not 50 部门), nor the next item of a list (9个乡镇、26个…部门, its noun too long
  // to read): this one's words say nothing else. Kinds are the other way round: what 三类事项 counts the kinds of, the
  // count after it counts (发布三类事项220个: 220 事项).
  if ((label === before || !label) && before && from === counted.stop && counted.unit !== KINDS && labelAfter(text, from, counted.unit) === before
    && (!sameUnit(counted.unit, token.unit) || (LISTED_BEFORE.test(text.slice(from, token.at)) && labelAfter(text, token.stop, token.unit) === null))) return '';
  if (label) return from === counted.stop ? doneTo(label, counted.label, text.slice(from, token.at), text.slice(token.stop)) : label;
  // "《兴庆区人民政府公报》4期共800本": a total's word straight after a count measures what it counted another way.
  // So does one after a comma in another unit (全年共发行6期，共计6000册: the copies of the issues, tieling-2019).
  const measures = before && (ONLY_TOTAL_WORD.test(text.slice(from, token.at))
    || (ANOTHER_MEASURE.test(text.slice(from, token.at)) && from === counted.stop && token.unit !== null && !sameUnit(counted.unit, token.unit)));
  if (clause.totalWord && !measures) return TOTAL;
  // "组织开展培训2次100余人", "编发政务信息9期108条": straight after it, in another unit, the same thing measured
  // another way: one label on both would say they count one thing. The count of the thing keeps it; the other is
  // named for what it measures (组织开展培训人数), the count before where this one counts pieces of information
  // and that one the issues or rounds they came in (编发政务信息期数: the 108条 are the 政务信息, the 9期 the issues).
  // Past other words (同比增加2件、多达5人), a count in another unit names nothing of the one before: its words said nothing.
  if (before && from !== counted.stop && token.unit !== null && counted.unit !== null && !sameUnit(counted.unit, token.unit)) return '';
  if (!before || from !== counted.stop || token.unit === null || sameUnit(counted.unit, token.unit)) return before;
  const previous = reading.previous;
  if (isPiece(token.unit) && counted.unit !== null && ISSUES.test(counted.unit) && previous?.token.stop === counted.stop && previous.label === before) {
    previous.label = measuredIn(before, counted.unit);
    return before;
  }
  return measuredIn(before, token.unit);
}
const KINDS = '类';

/**
 * "可全程在线办理政务服务事项1512项,全年办理3328473件" (jurong-2022): a verb alone, said in the next clause (`words`, from the count
 * before) before its count, was done to the noun the count before did it to (办理政务服务事项), as the reader takes it; not one
 * after its count (公开信息十余条，分两批公开: the batches were published), nor one whose count goes on to do something of its
 * own (`after`: 组织30余人参加…活动, the people who took part: guangyuan-zhaohua-weizi-2022).
 */
function doneTo(label: string, before: string, words: string, after: string): string {
  if (!isVerbOnly(label) || !words.endsWith(label) || !CLAUSE_AFTER.test(words) || !CLAUSE_ENDS.test(after)) return label;
  const at = before.lastIndexOf(label);
  return at >= 0 && at + label.length < before.length ? before.slice(at) : label;
}
const CLAUSE_AFTER = /^\s*[，,]/;
const CLAUSE_ENDS = /^\s*(?:[，,。；;]|$)/;
const ONLY_TOTAL_WORD = /^\s*(?:共计?|合计|总计)\s*$/;
const ANOTHER_MEASURE = /^\s*[，,]\s*(?:共计?|合计|总计)\s*$/;

/**
 * "12360服务热线新媒体发布微信426条,微博453条": a channel named alone right after a count on another channel, in its
 * unit, was published to the same way: 新媒体发布微博.
 */
function sameChannelWay(label: string, counted: Counted, from: number, token: NumberToken): string {
  if (from !== counted.stop || !sameUnit(counted.unit, token.unit) || oneChannel(label) !== label) return label;
  const channel = oneChannel(counted.label);
  const way = channel && channel !== label && counted.label.endsWith(channel) ? counted.label.slice(0, -channel.length) : '';
  return PUBLISHED_TO.test(way) ? way + label : label;
}
const PUBLISHED_TO = /(?:发布|公开|推送|发送|转发)$/;
const ISSUES = /^(?:期|批次?|次)$/;
/**
 * What a count in `unit` measures of `label`: its number of them (条数, 期数, 次数, 人数, 批次数, 人次数), or its 金额. Not
 * the unit alone: shown with its unit, …任免信息批次 would read 批次（批次） (mirror-ynhrhr-sasac-2022).
 */
const measuredIn = (label: string, unit: string) => label + (unit.endsWith('元') ? '金额' : `${unit}数`);

/** Writes out the reading's figures, each bound to its digits (or words) in the page; returns null, the next reading. */
function writeOut<N>(reading: Reading<N> | null, out: ProseFigures<N>, written: Read<N>[]): null {
  if (!reading) return null;
  close(reading);
  tellApart(reading.figures);
  for (const read of reading.figures) {
    partsByKind(read, read.parts);
    tellApart(read.parts);
    tellSubjectsApart(read.parts);
  }
  for (const read of reading.figures) {
    read.index = out.figures.length;
    const parts: ProseFigure['parts'] = [];
    for (const part of read.parts) {
      part.index = read.index;
      part.part = parts.push({ label: part.label, value: part.value, unit: part.unit, approximate: part.approximate }) - 1;
    }
    out.figures.push({ label: read.label, value: read.value, unit: read.unit, approximate: read.approximate, text: reading.text, parts });
    out.counts.push(reading.counts);
    written.push(read);
  }
  for (const read of reading.read) bind(out.bindings, read);
  return null;
}

/** Binds a figure's digits (or words) in the page to it, or to the part it is. */
function bind<N>(bindings: ProseBinding<N>[], { token, pieces, index, part }: Read<N>): void {
  for (const range of nodeRanges(pieces, token.start, token.end)) {
    const binding: ProseBinding<N> = { index, ...range };
    if (part >= 0) binding.part = part;
    bindings.push(binding);
  }
}
