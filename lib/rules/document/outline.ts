// The outline markers at the start of a text line: 一、 (一) 1. — and the top-level heading that lost
// its numeral and starts with a bare 、 (shulan-tiande-2014: "、工作存在的主要问题…").
import { toHalfWidth } from '../../text/normalize.ts';
import { parseChineseNumber } from './numerals.ts';

export type Marker =
  | { level: 1 | 2 | 3; number: number; text: string }
  | { level: 1; number: null; text: string };

const TOP = /^([一二三四五六七八九十]{1,3})\s*[、.]/;
const BRACKETED = /^\(\s*([一二三四五六七八九十]{1,3})\s*\)/;
const ARABIC = /^(\d{1,2})\s*[.、](?!\d)/;
const LOST_TOP = /^、\s*\S/;
const MAY_BE_MARKED = /^[一二三四五六七八九十(\d、]/;

/** The line's outline marker, or null for running text. */
export function markerOf(line: string): Marker | null {
  // Pages that lost characters show "?" in their place, also before a marker ("?(三)深入推进…").
  // Markers sit at the start: look there first, and normalise the whole line only for a marked one.
  const head = toHalfWidth(line.slice(0, 24)).replace(/^[\s?]+/, '');
  if (!MAY_BE_MARKED.test(head)) return null;
  const text = toHalfWidth(line).replace(/^[\s?]+/, '').trim();
  let m: RegExpExecArray | null;
  if ((m = TOP.exec(text))) return numbered(1, parseChineseNumber(m[1]!), text);
  if ((m = BRACKETED.exec(text))) return numbered(2, parseChineseNumber(m[1]!), text);
  if ((m = ARABIC.exec(text))) return { level: 3, number: Number(m[1]), text };
  if (LOST_TOP.test(text)) return { level: 1, number: null, text };
  return null;
}

const numbered = (level: 1 | 2, number: number | null, text: string): Marker | null =>
  number === null ? null : { level, number, text };
