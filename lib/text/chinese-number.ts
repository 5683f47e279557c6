// Chinese numerals as reports write them: positional (十九, 三十一, 一千二百, 三万五千, 两) and, for
// years, digit by digit (二〇二二, 二○二○). Dates, outline headings and prose figures all read them here.

const DIGITS: Record<string, number> = { '零': 0, '〇': 0, '○': 0, 'O': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9 };
const POWERS: Record<string, number> = { '十': 10, '百': 100, '千': 1000 };

/** The value of a Chinese numeral, or null when `text` is not one. */
export function readChineseNumber(text: string): number | null {
  if (!text) return null;
  let total = 0;
  let section = 0;
  let digit = 0;
  let positional = false;
  let run = 0; // digit-by-digit value, for numerals with no 十百千万
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!;
      run = run * 10 + digit;
    } else if (ch in POWERS) {
      section += (digit || 1) * POWERS[ch]!;
      digit = 0;
      positional = true;
    } else if (ch === '万') {
      total += (section + digit) * 1e4;
      section = 0;
      digit = 0;
      positional = true;
    } else return null;
  }
  return positional ? total + section + digit : run;
}

/** A figure counted in 万 or 亿 as a plain number, without binary fractions' error (338.8647万 is 3388647, not 3388647.0000000005). */
export const scaled = (value: number, factor: number) => Number((value * factor).toPrecision(15));
