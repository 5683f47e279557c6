// What the document readers are given of the page, and what they share of reading its lines: is it running text,
// and the line as they compare and match it.
import { toHalfWidth } from '../text/normalize.ts';

/** What the metadata readers need of the page: its title, metas and text lines outside data tables. */
export interface DocumentText {
  title: string;
  meta: Record<string, string>;
  /** Every text line of the page, in order (for the date line, which may sit in a layout cell). */
  allLines: string[];
  /** Lines outside statistics tables, in order: headings, prose, signature. */
  bodyLines: string[];
}

/** A sentence of running text, as a list of titles and dates has none (a portal's footer is no text of its own). */
export const isProse = (line: string) => line.length >= 15 && line.includes('。') && !FOOTER.test(line);
const FOOTER = /浏览器|分辨率|版权所有|备案|ICP|技术支持|主办单位|承办单位/;

/** A line as names, titles and dates are compared and matched: half-width, without white space. */
export const squeezed = (line: string | undefined): string => toHalfWidth(line ?? '').replace(/\s+/g, '');
