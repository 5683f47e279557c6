// What the document readers are given of the page, and what they share of reading its lines: is it running text,
// and the line as they compare and match it.
import { isWhiteSpace, squeezed, toHalfWidth } from '../text/normalize.ts';

/** What the metadata readers need of the page: its title, metas and text lines outside data tables. */
export interface DocumentText {
  title: string;
  meta: Record<string, string>;
  /** Every text line of the page, in order (for the date line, which may sit in a layout cell). */
  allLines: string[];
  /** Lines outside statistics tables, in order: headings, prose, signature. */
  bodyLines: string[];
  /** Which of allLines are mostly a link's text (Line.link): a list's items, never the article's heading, date line or signature. */
  allLinks?: ReadonlySet<number>;
  /** The same of bodyLines. */
  bodyLinks?: ReadonlySet<number>;
}

/**
 * Where a reader read a value, for the panel to show it on the page: a line of allLines or bodyLines (by index)
 * and the value's characters in it [start, end), or the whole line where they are not cheap to tell.
 */
export interface Spot { lines: 'all' | 'body'; line: number; start: number; end: number }

/** A value and where it was read; null where no line of the page gives it (the page's <title>, a <meta>). */
export interface Located<T> { value: T; at: Spot | null }

/** The lines spots point into. */
export interface SpotLines { allLines: readonly string[]; bodyLines: readonly string[] }

/** The text of the line a spot is in. */
export const spotText = (doc: SpotLines, spot: Spot): string => (spot.lines === 'all' ? doc.allLines : doc.bodyLines)[spot.line]!;

/** The whole of line `i`. */
export const wholeLine = (lines: 'all' | 'body', texts: readonly string[], i: number): Spot => ({ lines, line: i, start: 0, end: texts[i]!.length });

/**
 * Where the characters [start, end) of a line as the readers normalise it (toHalfWidth, which drops invisible
 * characters, and then the characters `dropped` matches: white space for squeezed) stand in the line itself.
 */
export function rawSpan(line: string, start: number, end: number, dropped: RegExp | null = null): { start: number; end: number } {
  let kept = 0;
  let from = line.length;
  let to = line.length;
  for (let i = 0; i < line.length; i++) {
    const c = toHalfWidth(line[i]!);
    if (c === '' || dropped?.test(c)) continue;
    if (kept === start) from = i;
    if (++kept === end) {
      to = i + 1;
      break;
    }
  }
  // A match may take in the blanks around a value (a date's \s* before its time): they are no part of it.
  while (to > from && isWhiteSpace(line.charCodeAt(to - 1))) to--;
  while (from < to && isWhiteSpace(line.charCodeAt(from))) from++;
  return { start: from, end: to };
}

/** Where a line (`where`, its text `text`) names `name` (compared as squeezed: spaces between its characters do not matter), or null where it does not. */
export function nameSpot(where: Pick<Spot, 'lines' | 'line'>, text: string | undefined, name: string): Spot | null {
  const wanted = squeezed(name);
  const at = text === undefined || wanted === '' ? -1 : squeezed(text).indexOf(wanted);
  return at < 0 ? null : { lines: where.lines, line: where.line, ...rawSpan(text!, at, at + wanted.length, /\s/) };
}

/** No line is a link's: the lines a test gives, or a page without links. */
export const NO_LINKS: ReadonlySet<number> = new Set();

/** A sentence of running text, as a list of titles and dates has none (a portal's footer is no text of its own). */
export const isProse = (line: string) => line.length >= 15 && line.includes('。') && !isFooter(line);
/** A portal footer's line: its 版权所有, 备案号, 主办单位：…, no text of the page's own. */
export const isFooter = (line: string) => FOOTER.test(line);
// A footer's 备案 is its number's (备案号, ICP备, 公网安备) and its 主办单位/承办单位 a label (主办单位：…); a report's
// sentence speaks of 备案 as work done (竣工验收备案16条, 发布登记备案) and of a 承办单位 (确定…为具体承办单位,).
const FOOTER = /浏览器|分辨率|版权所有|备案(?:号|序号|编号)|公网安备|ICP|技术支持|(?:主办|承办)单位(?:\s*[:：]|\s|$)/;


/**
 * Where the first `count` of the lines that are no link's (`links`) end: a menu's links, however many and
 * whether the page shows them or hides them (a mega-menu of 300 links set display:none by the stylesheet, pv-b),
 * take no room there.
 */
export function afterOwnLines(count: number, lines: readonly unknown[], links: ReadonlySet<number>): number {
  if (links.size === 0) return Math.min(count, lines.length);
  let own = 0;
  for (let i = 0; i < lines.length; i++) if (!links.has(i) && ++own > count) return i;
  return lines.length;
}

/** The page's top: the first half of its lines that are no link's, or the first 60 of them. A page's own date line and heading stand there. */
export const pageTop = (lines: readonly string[], links: ReadonlySet<number> = NO_LINKS): number =>
  afterOwnLines(Math.max(60, Math.ceil((lines.length - links.size) / 2)), lines, links);

/**
 * Where the report's heading stands in the page's top (a line of 8 or more characters that is the title or
 * part of it, and that `accept`s; no link's), else -1: the portal's header, menus and sidebar stand above it, the article under it.
 */
export function headingLine(lines: readonly string[], title: string, accept: (line: string) => boolean = () => true, links: ReadonlySet<number> = NO_LINKS): number {
  const whole = squeezed(title);
  if (whole.length < 8) return -1;
  for (let i = 0, top = pageTop(lines, links); i < Math.min(lines.length, top); i++) {
    if (lines[i]!.length < 8 || links.has(i)) continue;
    const line = squeezed(lines[i]);
    if (line.length >= 8 && whole.includes(line) && accept(line)) return i;
  }
  return -1;
}
