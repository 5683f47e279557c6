// Chinese numerals as outline numbers use them: 一 … 九十九.
import { readChineseNumber } from '../../text/chinese-number.ts';

const DIGITS = '零一二三四五六七八九';

/** 一→1, 十→10, 十二→12, 二十→20, 二十三→23; null for anything else. */
export function parseChineseNumber(text: string): number | null {
  const n = readChineseNumber(text);
  return n !== null && n >= 1 && n <= 99 ? n : null;
}

/** 1→一, 10→十, 12→十二, 20→二十. */
export function toChineseNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${n % 10 ? DIGITS[n % 10] : ''}`;
}
