// The report's top-level headings (一、… 二、…), as the rules on its parts read them.
import type { DocumentMeta } from '../schema.ts';
import { isInvisible, isWhiteSpace, labelKey, toHalfWidth } from '../text/normalize.ts';
import { chineseNumber } from './dates.ts';
import { type Located, rawSpan, wholeLine } from './page-text.ts';
import { HAN } from '../text/han.ts';
import { EARLIER_PARTS, FORMAT_PARTS } from './report-parts.ts';

type Section = DocumentMeta['sections'][number];
/** A heading and where in its line: its characters (found inside run-on text), or none where it is the line. */
type Found = Section & { span?: { start: number; end: number } };

// The standard part titles in the wordings reports give them, each with the number it stands under in the outline.
const PART_TITLES = FORMAT_PARTS.flatMap((part, k) => [part.title, ...part.variants].map((title) => ({ title, number: k + 1 })));
/** The words of the overview's heading: its title in the 2019/2021 formats or the earlier one, or the earlier one's other wordings
 * (一、总体情况, 一、概述, 一、政府信息公开工作的基本概况: wencheng-daxue-2015). */
export const OVERVIEW_HEADING = new RegExp([FORMAT_PARTS, EARLIER_PARTS].flatMap((parts) => {
  const overview = parts.find(({ topic }) => topic === 'overview')!;
  return [overview.title, ...overview.variants];
}).join('|'));
/** A line that opens with a top-level outline number, 一、 or 十二．: a part's heading, or the start of one. */
export const OUTLINE_HEADING = /^\s*[一二三四五六七八九十]+\s*[、.．]/;
/** A numbered heading: 一、总体情况, 、工作存在的主要问题 (its number lost). */
export const HEADING = /^\s*([一二三四五六七八九十]{1,3})?\s*[、.．]\s*(\S.*)$/;
const PART_TITLE = PART_TITLES.map(({ title: t }) => t.replace(/[、]/g, '.?')).join('|');
const INLINE_PART = new RegExp(`([一二三四五六七八九十]{1,3})[、.．]\\s*(${PART_TITLE})`, 'g');
// A short line that holds a part's whole title after a stop, or opens with it and stops before its end: the last part's
// line run into the part before it or into the 落款 (加强培训。六、其他需要报告的事项：无。, 六、其他需要报告的事项：无。
// 某镇人民政府2023年1月20日).
const SHORT_RUN_ON = new RegExp(`[。；;]\\s*[一二三四五六七八九十]{1,2}[、.．]\\s*(?:${PART_TITLE})|^\\s*[一二三四五六七八九十]{1,2}[、.．]\\s*(?:${PART_TITLE})[^。；;]*[。；;].`);

// The pre-2019 parts' whole titles run into a paragraph, set apart by a space on each side ("…电话:6977729。 一、概述 2011年,…
// 三、政府信息主动公开情况 我局…", putian-hanjiang-wsj-2011-mirror), the last perhaps at the paragraph's end, its text on the
// next line: taken where two or more stand in the line, so that a sentence that enumerates (一是…, 一、加强…；二、…) is never read as headings.
const SPACED_EARLIER_PART = new RegExp(`(?<=^|[\\s。：:；;])([一二三四五六七八九十]{1,2})、\\s*(${EARLIER_PARTS.flatMap((part) => [part.title, ...part.variants]).map((t) => t.replace(/[、]/g, '.?')).join('|')})(?=\\s|$)`, 'g');

/** The earlier parts' titles run into the line (SPACED_EARLIER_PART) that no heading already found holds, where two or more are. */
function spacedEarlierParts(line: string, found: readonly Found[]): Found[] {
  const earlier: Found[] = [];
  SPACED_EARLIER_PART.lastIndex = 0;
  for (let m = SPACED_EARLIER_PART.exec(line); m; m = SPACED_EARLIER_PART.exec(line)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (!found.some((f) => f.span!.start < span.end && span.start < f.span!.end)) earlier.push({ number: m[1]!, title: m[2]!, span });
  }
  return found.length + earlier.length >= 2 && earlier.length > 0 ? earlier : [];
}

const PART_KEYS = new Set(PART_TITLES.map(({ title }) => labelKey(title))); // each ends in 况 or 项, which labelKey() keeps

// 表三's rows numbered as the parts are (一、本年新收政府信息公开申请数量, 三、本年度办理结果, 四、结转下年度继续办理): where
// the table lost its structure, its cells one a line or gone (sn-yuyang-tuofenglu-2020), they stand as lines of their
// own, and are no parts of the report.
const TABLE_ROW_TITLE = /^(?:(?:本年新收|上年结转)政府信息公开申请数量|本年度办理结果|结转下年度继续办理)$/;
/** Whether the numbered heading's title is one of 表三's rows, not a part's. */
export const isTableRowTitle = (title: string): boolean => TABLE_ROW_TITLE.test(labelKey(title));

// 一 typed as a dash that looks like it, before its 、 (—、总体情况, nx-tongxin-zrzyj-2021; a dash opens no other line so).
const DASH_FOR_ONE = /^(\s*)[—―─ー－–](?=\s*、)/;
/** The line with a top-level numeral typed as a dash (—、) read as the 一 it stands for; the same length. */
export const dashAsOne = (line: string): string => DASH_FOR_ONE.test(line) ? line.replace(DASH_FOR_ONE, '$1一') : line;

/**
 * The number a line standing as a standard part's title alone, without its number, has in the standard outline
 * (总体情况: a list item's, its number the list's marker), or null for any other line.
 */
export function barePartNumber(raw: string): number | null {
  if (raw.length >= 30 || !(raw.includes('况') || raw.includes('项'))) return null;
  const key = labelKey(raw);
  return PART_TITLES.find(({ title }) => labelKey(title) === key)?.number ?? null;
}

/** Whether the line is a standard part's heading (四、政府信息公开行政复议、行政诉讼情况): never a row of a table. */
export function isPartHeading(raw: string): boolean {
  const line = dashAsOne(raw);
  if (!mayBeHeading(line)) return false;
  const h = HEADING.exec(toHalfWidth(line));
  return h !== null && PART_KEYS.has(labelKey(h[2]!));
}

/**
 * Whether the line, made half-width, may open as HEADING does: its first character that is neither white space nor
 * invisible a numeral or a 、 . ．. Asked of every line of the page first: most lines open otherwise, and are not
 * made half-width for the pattern.
 */
function mayBeHeading(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (isWhiteSpace(c) || isInvisible(c)) continue;
    return NUMERALS.includes(line[i]!) || c === 0x3001 || c === 0x2e || c === 0xff0e;
  }
  return false;
}
const NUMERALS = '一二三四五六七八九十';

// 一总体情况: a numeral run into a part's title, its 、 lost (jjp-2020). Read so only where the rest is a
// standard part's title (a note in brackets after it aside), never a sentence that opens with 一 (一是…, 一年来…).
const GLUED_HEADING = /^\s*([一二三四五六七八九十]{1,3})([^\s\d一二三四五六七八九十、.．,，。:：;；][^，,。；;：:]{1,40})$/;
const TRAILING_NOTE = /[(（][^()（）]{1,12}[)）]$/;

/** A standard part's heading whose numeral lost its 、 (一总体情况), or null. */
export function gluedPartHeading(line: string): Section | null {
  if (line.length > 50 || !/[况项]/.test(line)) return null;
  const m = GLUED_HEADING.exec(toHalfWidth(line).trim());
  return m && PART_KEYS.has(labelKey(m[2]!.replace(TRAILING_NOTE, ''))) ? { number: m[1]!, title: m[2]!.trim() } : null;
}
const HEADING_START = /^[\s?？]*[一二三四五六七八九十]{0,3}\s*[、.．]/;

// A whole report in one paragraph, its headings set apart by spaces: "…如下: 一、政府信息主动公开情况 2013年度…".
const RUN_ON_HEADING = /(?:^|[\s。：:；;])([一二三四五六七八九十]{1,2})、\s*([^\s。，,；;：:]{2,30}?)(?=\s|$)/dg;

/**
 * Headings run on in one paragraph, numbered 一、二、三… in turn, or on from the heading found above it, `next`
 * (jilin-changyi-wenmiao-2011: "二、主动公开政府信息情况 (一)… 三、依申请公开政府信息情况 目前,… 四、行政复议和诉讼情况"
 * under 一、基本情况): three or more, or two where one is a standard part's title found there (haiyan-hdb-2008:
 * "…止。 一、概述 2008 年我办… 二、主动公开政府信息情况 (一)…").
 */
function runOnHeadings(line: string, parts: readonly Found[], next: number): Found[] {
  const found: Found[] = [];
  let first = 1;
  RUN_ON_HEADING.lastIndex = 0;
  for (let m = RUN_ON_HEADING.exec(line); m; m = RUN_ON_HEADING.exec(line)) {
    if (found.length === 0 && chineseNumber(m[1]!) === next) first = next;
    if (chineseNumber(m[1]!) !== first + found.length) break;
    found.push({ number: m[1]!, title: m[2]!, span: { start: m.indices![1]![0], end: m.indices![2]![1] } });
  }
  const atPart = (h: Found) => parts.some((p) => p.span!.start === h.span!.start);
  // One alone, numbered on from the heading above, opening its line or ending it (jilin-changyi-wenmiao-2011: "…提起行政
  // 诉讼。 五、收费和减免情况", "六、工作存在的主要问题和改进情况 我街道…"); or the first, right after the words that put the
  // report forward (lintao-shangying-2020: "现将2020年政府信息公开工作报告如下: 一、2020年政务公开工作完成情况及成效 (一)…").
  const opensOrEnds = (h: Found) => first === next && (line.slice(0, h.span!.start).trim() === '' || line.slice(h.span!.end).trim() === ''
    || (next === 1 && REPORT_FOLLOWS.test(line.slice(0, h.span!.start))));
  return found.length >= 3 || (found.length === 2 && found.some(atPart)) || (found.length === 1 && opensOrEnds(found[0]!)) ? found : [];
}

// 现将…报告如下: the report's text follows, its first heading first.
const REPORT_FOLLOWS = /(?:报告|汇报)如下\s*[:：]\s*$/;

// A sentence's stop, then a heading that ends the line (…提起行政诉讼。 五、收费和减免情况): a short line run into the next part.
const ENDS_IN_HEADING = /[。；;]\s*[一二三四五六七八九十]{1,2}、[^\s。，,；;：:]{2,30}$/;

// 一、概述2018年以来，…: the pre-2019 reports' first part, its title run into its text where the page lost the break
// (mess15/pingtan-2018); a line holding more headings (二、…) is read as run-on headings below.
const OVERVIEW_RUN_ON = /^(\s*)一\s*[、.．]\s*概\s*述/;

// 一 概 述, 二 主动公开情况: a number set apart by a space instead of 、 (a short title, no sentence in it).
const SPACED_HEADING = /^\s*([一二三四五六七八九十]{1,3})[ \u3000\t]+([^\s\d一二三四五六七八九十、.．:：是][^，,。；;：:]{0,29})$/;
// A title set out letter by letter (概 述) is read as written close.
const SPACE_IN_WORDS = new RegExp(String.raw`(?<=[${HAN}])\s+(?=[${HAN}])`, 'gu');
const closeUp = (title: string) => title.trim().replace(SPACE_IN_WORDS, '');

// A contents line: it opens with a heading and runs the headings together, with commas where the page
// broke its lines (一、概述,(一)注重重点推进,深化公开内容。,二、主动公开政府信息情况,(一)主动公开范围,…);
// its headings are the ones below it, not more of them.
const NUMBERED_PIECE = /^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])/;
function isContentsLine(line: string): boolean {
  const pieces = line.split(/[,，]/).filter((p) => p.trim());
  const numbered = pieces.filter((p) => NUMBERED_PIECE.test(p));
  return pieces.length >= 3 && numbered.filter((p) => !/^\s*[(（]/.test(p)).length >= 2 && numbered.length * 2 >= pieces.length;
}

// "报告主要包括:一、总体情况;二、主动公开政府信息情况;三、…" (ah-zongyang-wjw-2021): the parts listed one after another,
// nothing but a list's mark between them (or more numbered items of the list: 五、存在的主要问题及改进措施, not a standard
// title), are what the preamble says the report holds, not its headings (those follow).
const LIST_MARK = /^\s*[;；,，、]\s*(?:[一二三四五六七八九十]{1,3}[、.．][^;；,，。]{1,30}[;；,，]\s*)*$/;
// 本报告全文包括 一、概述 二、主动公开政府信息情况 三、…: the list set apart by spaces alone, after the word that announces it.
const ANNOUNCES_PARTS = /(?:包括|包含|涵盖|分为.{0,6}部分)[:：]?\s*$/;
function isListOfParts(line: string, found: readonly Found[]): boolean {
  if (found.length < 2) return false;
  const between = found.slice(1).map((h, k) => line.slice(found[k]!.span!.end, h.span!.start));
  return between.every((gap) => LIST_MARK.test(gap))
    || (ANNOUNCES_PARTS.test(line.slice(0, found[0]!.span!.start)) && between.every((gap) => gap.trim() === ''));
}

// 第一部分 总体情况: a top-level heading by its words.
const PART_HEADING = /^\s*第([一二三四五六七八九十]{1,3})部分\s*[、.．:：]?\s*(\S.{0,30})$/;
// (一)总体情况, 1.总体情况: a sub-heading's numbering, top-level only on a page that numbers its parts no other way.
const SUB_HEADING = /^\s*(?:[(（]\s*([一二三四五六七八九十]{1,3})\s*[)）]|(\d{1,2})\s*[.．、])\s*(\S.{0,30})$/;

// A part's title with its text run on in the same line (六、其他需要报告的事项：无。, 六、其他需要报告的事项2022年，无收取
// 信息处理费情况。): the title ends where the standard one does; a note in brackets after it stays its own.
const RUN_ON_TEXT = /^[^(（]/;
const partTitleOf = (title: string): string =>
  PART_TITLES.find(({ title: t }) => title.length > t.length && title.startsWith(t) && RUN_ON_TEXT.test(title.slice(t.length)))?.title ?? title;

/**
 * Top-level headings (一、… 二、…, 第一部分…) as found, in order: lines that are a numbered short title, or
 * standard part titles inside run-on text. Where there are none, the standard part titles numbered as
 * sub-headings are ((一)总体情况, 1.总体情况). Where: the heading's line, or its characters in run-on text.
 */
export function reportSections(body: readonly string[]): readonly Located<Section>[] {
  let read = READ.get(body);
  if (!read) READ.set(body, (read = readSections(body)));
  return read;
}

// extract reads the sections, and document/numbering reads them again for the part headings run on inside a line: the
// same lines, read once.
const READ = new WeakMap<readonly string[], readonly Located<Section>[]>();

function readSections(body: readonly string[]): Located<Section>[] {
  const sections: Located<Section>[] = [];
  const subNumbered: Located<Section>[] = [];
  let spaced: RegExpExecArray | null;
  let glued: Section | null;
  for (let i = 0; i < body.length; i++) {
    const raw = dashAsOne(body[i]!);
    const at = wholeLine('body', body, i);
    if (NUMBERED_PIECE.test(raw) && isContentsLine(raw)) continue;
    const part = raw.includes('部分') ? PART_HEADING.exec(toHalfWidth(raw)) : null;
    if (part) {
      sections.push({ value: { number: part[1]!, title: part[2]!.trim().replace(/[。:：]$/, '') }, at });
      continue;
    }
    const sub = raw.length < 40 && (raw.includes('况') || raw.includes('项')) ? SUB_HEADING.exec(toHalfWidth(raw)) : null;
    if (sub && PART_KEYS.has(labelKey(sub[3]!))) subNumbered.push({ value: { number: sub[1] ?? sub[2]!, title: sub[3]!.trim() }, at });
    if (HEADING_START.test(raw)) {
      const line = toHalfWidth(raw).replace(/[?]/g, '').trim();
      const h = HEADING.exec(line);
      const title = h?.[2]?.trim() ?? '';
      const key = labelKey(title);
      if (h && key.length > 0 && key.length <= 30 && !/[。；;]/.test(title.slice(0, -1))) {
        if (isTableRowTitle(key)) continue;
        sections.push({ value: { number: h[1] ?? '', title: partTitleOf(closeUp(title.replace(/[。:：]$/, ''))) }, at });
        continue;
      }
      const overview = raw.includes('二、') ? null : OVERVIEW_RUN_ON.exec(toHalfWidth(raw));
      if (overview) {
        sections.push({ value: { number: '一', title: '概述' }, at: { ...at, ...rawSpan(raw, overview[1]!.length, overview[0].length) } });
        continue;
      }
    } else if (raw.length < 40 && (spaced = SPACED_HEADING.exec(raw))) {
      sections.push({ value: { number: spaced[1]!, title: closeUp(spaced[2]!) }, at });
      continue;
    } else if ((glued = gluedPartHeading(raw))) {
      sections.push({ value: glued, at });
      continue;
    } else if (barePartNumber(raw) !== null) {
      // A part's title under its numbered heading (二、主动公开政府信息情况, then 主动公开政府信息情况 as the
      // caption of 表二) is that part's, not one more.
      const key = labelKey(raw);
      const last = sections.at(-1);
      if (!last || !labelKey(last.value.title).includes(key)) sections.push({ value: { number: '', title: toHalfWidth(raw).replace(/[?]/g, '').trim() }, at });
      continue;
    }
    // Headings run into the text that follows them (一、总体情况2019年，…) on pages that lost their line breaks.
    if ((raw.length > 40 && (raw.includes('情况') || raw.includes('事项'))) || ENDS_IN_HEADING.test(raw) || SHORT_RUN_ON.test(toHalfWidth(raw))) {
      const line = toHalfWidth(raw);
      const found: Found[] = [];
      // exec, not matchAll: matchAll copies the RegExp on every call.
      INLINE_PART.lastIndex = 0;
      for (let m = INLINE_PART.exec(line); m; m = INLINE_PART.exec(line)) found.push({ number: m[1]!, title: m[2]!, span: { start: m.index, end: m.index + m[0].length } });
      found.push(...spacedEarlierParts(line, found));
      found.sort((a, b) => a.span!.start - b.span!.start);
      const next = sections.length > 0 ? chineseNumber(sections.at(-1)!.value.number) + 1 : 1;
      const runOn = /[二三四五六七八九十]、/.test(line) || line.includes('如下') ? runOnHeadings(line, found, next) : [];
      const headings = runOn.length > found.length ? runOn : found;
      if (isListOfParts(line, headings)) continue;
      for (const { number, title, span } of headings) {
        sections.push({ value: { number, title }, at: { ...at, ...rawSpan(raw, span!.start, span!.end) } });
      }
    }
  }
  return sections.length > 0 ? sections : subNumbered;
}
