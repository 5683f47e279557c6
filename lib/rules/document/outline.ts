// The outline markers at the start of a text line: 一、 (一) 1. — and the top-level heading that lost
// its numeral and starts with a bare 、 (shulan-tiande-2014: "、工作存在的主要问题…"), or lost its 、 (一总体情况).
import { dashAsOne, gluedPartHeading, isTableRowTitle } from '../../document/sections.ts';
import { isTextTableRow } from '../../document/text-table.ts';
import { stripNumbering, toHalfWidth, withHalfWidthFigures } from '../../text/normalize.ts';
import { parseChineseNumber } from './numerals.ts';

export type Marker = { level: 1 | 2 | 3; number: number } | { level: 1; number: null };

// The kinds of marker, tried in this order after any spaces and "?" (pages that lost characters show
// "?" in their place, also before a marker: "?(三)深入推进…"). Read on half-width text.
// A list may open on the label's line (附件：1. 关于…的报告, then 2.…): its first marker stands after the label.
const MARKER = new RegExp(`^[\\s?]*(?:附[件表]?\\s*:\\s*(?=\\d))?(?:${[
  '([一二三四五六七八九十]{1,3})\\s*[、.]', // 1: 一、
  '\\(\\s*([一二三四五六七八九十]{1,3})\\s*\\)', // 2: (一)
  '(\\d{1,2})\\s*(?:[.、](?!\\d)|[.、](?=(?:19|20)\\d{2}\\s*[年,，]))', // 3: 1. (also 1.2022年通过…, 1.2021,在…; not 1.5)
  '(、)\\s*\\S', // 4: 、 that lost its numeral
].join('|')})`);
// The characters MARKER reads before it decides; it stops at the first other one.
const NOT_READ_BY_MARKER = /[^一二三四五六七八九十\d\s()、.?]/;
// The same start tested on the raw text: spaces, "?" or "？" and invisible characters (which
// toHalfWidth drops), then within the first 24 characters (after any 附件：) the first character of a
// marker, half- or full-width.
const MAY_BE_MARKED = /^[\s?？\u200B-\u200F\u2060\u00AD]{0,23}(?:附[件表]?\s*[:：]\s*(?=[\d０-９]))?[一二三四五六七八九十(（\d０-９、]/;

/** The line as findings quote it: half-width, without the "?" and spaces that stand before a marker. */
export const markerText = (line: string): string => toHalfWidth(line).replace(/^[\s?]+/, '').trim();

/** The line's outline marker, or null for running text. */
function markerOf(raw: string): Marker | null {
  const line = dashAsOne(raw);
  // Markers sit at the start: look there first, and normalise more of the line only for a marked one.
  if (!MAY_BE_MARKED.test(line)) return null;
  // A head that holds a character MARKER does not read is decided as the whole line would be.
  const head = toHalfWidth(line.slice(0, 16));
  const m = MARKER.exec(NOT_READ_BY_MARKER.test(head) ? head : toHalfWidth(line));
  if (!m) {
    const glued = gluedPartHeading(line);
    return glued && numbered(1, parseChineseNumber(glued.number));
  }
  if (m[1] !== undefined) return numbered(1, parseChineseNumber(m[1]));
  if (m[2] !== undefined) return numbered(2, parseChineseNumber(m[2]));
  if (m[3] !== undefined) return { level: 3, number: Number(m[3]) };
  return { level: 1, number: null };
}

// Three rules read the page's outline (numbering, announced-parts, table-agreement): the lines are read
// once, and their markers kept with them.
const MARKERS = new WeakMap<readonly string[], (Marker | null)[]>();

/**
 * markerOf of each line, in order; none on the rows of a table laid out as text (一、本年新收… 33 2 0), nor on 表三's
 * numbered rows standing alone where the table lost its cells (一、本年新收政府信息公开申请数量).
 */
export function markersOf(lines: readonly string[]): (Marker | null)[] {
  let markers = MARKERS.get(lines);
  if (!markers) MARKERS.set(lines, (markers = lines.map((line, i) => {
    const marker = markerOf(line);
    return marker && !isTextTableRow(lines, i) && !(marker.level === 1 && isTableRowTitle(stripNumbering(line))) ? marker : null;
  })));
  return markers;
}

const numbered = (level: 1 | 2, number: number | null): Marker | null =>
  number === null ? null : { level, number };

/**
 * The words a sentence of prose is read in, on two lines: the top-level heading above the line it starts in (四、因政府信息
 * 公开引起的行政复议…), and the whole sentence of that line it is a clause of, where the prose reader cut it at a ；(收到政府
 * 信息公开申请190件…；发生行政复议4件，其中3件维持…); '' where the line is not found.
 */
export function settingOf(lines: readonly string[], sentence: string): string {
  const head = sentence.slice(0, 12);
  const at = lines.findIndex((line) => withHalfWidthFigures(line).includes(head));
  if (at < 0) return '';
  const markers = markersOf(lines);
  let heading = '';
  for (let i = at - 1; i >= 0 && !heading; i--) if (markers[i]?.level === 1) heading = lines[i]!;
  const line = withHalfWidthFigures(lines[at]!);
  const start = line.indexOf(head);
  const end = line.indexOf('。', start);
  return `${heading}\n${line.slice(line.lastIndexOf('。', start) + 1, end < 0 ? line.length : end)}`;
}
