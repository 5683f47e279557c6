// Text normalisation shared by figure reading and label matching.

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
// Zero-width characters, BOM, soft hyphen: invisible, but break matching.
const INVISIBLE = /[\u200B-\u200F\u2060\uFEFF\u00AD]/g;

/** Full-width ASCII (０-９, Ａ, （, ，, ：) to half-width; the ideographic space to a space; invisible characters removed. */
export function toHalfWidth(text: string): string {
  return text
    .replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(INVISIBLE, '');
}

/**
 * A label reduced to what identifies it: half-width, no white space, no punctuation, brackets,
 * quotes or `?` noise. Keeps CJK characters, letters and digits.
 */
export function labelKey(text: string): string {
  return toHalfWidth(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Strips a leading outline number: 一、 (一) (一 1. 1、 ① 第一, as real labels carry them or lose part of them. */
export function stripNumbering(text: string): string {
  return toHalfWidth(text)
    .replace(/^[\s?？]*(?:[(（]?\s*[一二三四五六七八九十]+\s*[)）、.．]?|[(（]?\s*\d{1,2}\s*[)）、.．]|[①-⑳])\s*/u, '')
    .trim();
}
