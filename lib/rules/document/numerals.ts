// Chinese numerals as outline numbers use them: 一 … 九十九.
import { readChineseNumber } from '../../text/chinese-number.ts';

const DIGITS = '零一二三四五六七八九';

// Outline numbers are one to three numerals, the same few on every page: each such spelling is
// read once. Anything longer is read afresh, so the cache stays small.
const OUTLINE_NUMBERS = new Map<string, number | null>();

/** 一→1, 十→10, 十二→12, 二十→20, 二十三→23; null for anything else. */
export function parseChineseNumber(text: string): number | null {
  if (text.length > 3) return readOutlineNumber(text);
  let parsed = OUTLINE_NUMBERS.get(text);
  if (parsed === undefined) OUTLINE_NUMBERS.set(text, (parsed = readOutlineNumber(text)));
  return parsed;
}

function readOutlineNumber(text: string): number | null {
  const n = readChineseNumber(text);
  return n !== null && n >= 1 && n <= 99 ? n : null;
}

/** 1→一, 10→十, 12→十二, 20→二十. */
export function toChineseNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${n % 10 ? DIGITS[n % 10] : ''}`;
}
