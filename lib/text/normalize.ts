// Text normalisation shared by figure reading and label matching.

// Full-width forms, the ideographic space, and invisible characters (zero-width, BOM, soft hyphen) that break matching.
const NEEDS_HALF_WIDTH = /[\uFF01-\uFF5E\u3000\u200B-\u200F\u2060\uFEFF\u00AD]/;

/** Full-width ASCII (０-９, Ａ, （, ，, ：) to half-width; the ideographic space to a space; invisible characters removed. */
export function toHalfWidth(text: string): string {
  if (!NEEDS_HALF_WIDTH.test(text)) return text;
  // A loop, not replace() with a callback: report prose is dense with full-width punctuation.
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const replacement = c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0)
      : c === 0x3000 ? ' '
        : isInvisible(c) ? '' : null;
    if (replacement === null) continue;
    out += text.slice(start, i) + replacement;
    start = i + 1;
  }
  return out + text.slice(start);
}

// 覆 written for 复 in the words reports use (答覆, 回覆, 批覆, 函覆, 行政覆议, 覆核, 覆查), as traditional
// script has it and some simplified pages keep it; 覆盖, 覆灭, 覆没, 颠覆 keep theirs (审批覆盖率 too). One
// character for one, so offsets into a node's text stay right.
const FU_FOR_FU = /覆(?=[议議核查函])|(?<=[答回批函])覆(?![盖灭没])/g;
const HOLDS_FU_FOR_FU = new RegExp(FU_FOR_FU.source);
// 转结 written for 结转 where applications are carried (含上年度转结申请8件, 无转结下年度继续办理件, 4件转结2022年办理,
// 2023年未转结政府信息公开申请): told by what is carried or where to, or by the year it came from or a none; 流转结果 and
// 结转结余 keep theirs. Two characters for two.
const CARRY_SWAPPED = /转结(?=[下至到]|(?:19|20)\d{2}|的?(?:政府信息公开|依申请公开)?申请|件)|(?<=上一?年度?|去年|[未无含])转结/g;
const HOLDS_CARRY_SWAPPED = new RegExp(CARRY_SWAPPED.source);

/**
 * The text with 覆 written for 复 replaced by 复 (答覆 → 答复, 行政覆议 → 行政复议), and 转结 written for 结转 by 结转;
 * the same length.
 */
export const withVariantsUnified = (text: string): string => {
  const fu = text.includes('覆') ? text.replace(FU_FOR_FU, '复') : text;
  return fu.includes('转结') ? fu.replace(CARRY_SWAPPED, '结转') : fu;
};

/** Whether withVariantsUnified() would change the text. */
export const holdsVariants = (text: string): boolean =>
  (text.includes('覆') && HOLDS_FU_FOR_FU.test(text)) || (text.includes('转结') && HOLDS_CARRY_SWAPPED.test(text));

/**
 * A figure's full-width characters (０-９, the decimal point ．, ％) as ASCII ones, nothing else changed: the same length,
 * so offsets into the text hold.
 */
export const withHalfWidthFigures = (text: string): string => (FULL_WIDTH_FIGURE.test(text) ? text.replace(FULL_WIDTH_FIGURES, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : text);
const FULL_WIDTH_FIGURE = /[０-９．％]/;
const FULL_WIDTH_FIGURES = /[０-９．％]/g;

/** Whether the text holds a digit, half- or full-width (figures typed in full-width mode: １７０６). */
export const hasDigit = (text: string): boolean => DIGIT.test(text);
const DIGIT = /[0-9０-９]/;

/** A line as names, titles, dates and heads are compared and matched: half-width, without white space. */
export const squeezed = (line: string | undefined): string => toHalfWidth(line ?? '').replace(/\s+/g, '');

/**
 * Whether the character is white space as /\s/ reads it (ASCII white space, no-break and ideographic spaces,
 * U+FEFF…). A test on the code: a regex call on the character, which must first be made a string, costs far more,
 * and the callers ask it of every character of a line.
 */
export function isWhiteSpace(c: number): boolean {
  if (c < 0xa0) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Zero-width characters, the BOM and the soft hyphen: in the text, never seen (toHalfWidth drops them). */
export function isInvisible(c: number): boolean {
  return (c >= 0x200b && c <= 0x200f) || c === 0x2060 || c === 0xfeff || c === 0xad;
}

/**
 * A label reduced to what identifies it: half-width, no white space, no punctuation, brackets,
 * quotes or `?` noise. Keeps CJK characters, letters and digits. A loop, not a Unicode-class regex:
 * recognition calls this for every label of every table and it must stay cheap.
 */
export function labelKey(text: string): string {
  let out = '';
  let start = 0; // start of the current run of kept characters, copied in one slice
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (keeps(c)) continue;
    if (i > start) out += text.slice(start, i);
    start = i + 1;
    if (c >= 0xff10 && c <= 0xff5a && keeps(c - 0xfee0)) out += String.fromCharCode(c - 0xfee0);
  }
  return start === 0 ? text : out + text.slice(start);
}

/** Letters and digits: ASCII alphanumerics and everything above Latin-1 but punctuation, spaces and symbols. */
function keeps(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c < 0xc0) return false; // Latin-1 punctuation, no-break space, soft hyphen
  if (c >= 0x2000 && c <= 0x2bff) return c >= 0x2460 && c <= 0x24ff; // punctuation and symbols, but ①…
  if (c >= 0x3000 && c <= 0x303f) return c === 0x3007; // CJK punctuation, but 〇
  if (c >= 0xfe00 && c <= 0xfe6f) return false; // variation selectors, small and vertical forms
  if (c >= 0xff00) return false; // full-width forms: mapped to ASCII by the caller where they are alphanumeric
  return c !== 0xfeff;
}

/** Strips a leading outline number: 一、 (一) (一 1. 1、 ① 第一, as real labels carry them or lose part of them. */
export function stripNumbering(text: string): string {
  return toHalfWidth(text)
    .replace(/^[\s?？]*(?:[(（]?\s*[一二三四五六七八九十]+\s*[)）、.．]?|[(（]?\s*\d{1,2}\s*[)）、.．]|[①-⑳])\s*/u, '')
    .trim();
}
