// Mirror sites that copy reports annotate characters with their pinyin, 統(tǒng)計 for 統計, to pass for
// original text. The annotations break every label and heading; the page is read without them (cutFromPage).
import { HAN } from '../text/han.ts';
import type { PageModel } from './model.ts';
import { cutFromPage } from './rewrite.ts';

// Pinyin in brackets: lower-case letters, with a tone mark or not (the detector strips it from titles).
export const PINYIN = '[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]';
// …after a character: an annotation, or a run of them where the mirror annotated one character twice (中(zhong)(zhong)).
const ANNOTATION = new RegExp(`(?<=[${HAN}])(?:${PINYIN})+`, 'gu');
const TONED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
// Some mirrors annotate without tones, 國(guo)資(zi)委: a bracketed syllable that spells pinyin, as a report's own latin
// word in brackets (pdf, www, app, web) does not. Its ü as printed or typed v (律(lü), 女(nv)).
const SYLLABLE = /^[(（](?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?[aeiouvü]{1,3}(?:ng?|r)?[)）]/;
// An annotated page annotates word after word; a report may bracket a latin word or two of its own, and
// more of them where they carry no tone to tell them.
const ANNOTATED_PAGE = 5;
const TONELESS_PAGE = 10;
const SAMPLE = 3000;

/** Whether the page annotates its characters with pinyin. */
export function inPinyinAnnotated<N>(page: PageModel<N>): boolean {
  const seen = { toned: 0, toneless: 0 };
  const enough = () => seen.toned >= ANNOTATED_PAGE || seen.toneless >= TONELESS_PAGE;
  count(page.title, seen);
  let read = page.title.length;
  for (let i = 0; i < page.lines.length && !enough() && read < SAMPLE; i++) {
    const text = page.lines[i]!.text;
    count(text, seen);
    read += text.length;
  }
  return enough();
}

// Most lines hold no bracket before a Latin letter at all: only those are searched for annotations.
const BRACKETED_LATIN = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/;

function count(text: string, seen: { toned: number; toneless: number }): void {
  if (!BRACKETED_LATIN.test(text)) return;
  for (const m of text.matchAll(ANNOTATION)) {
    if (TONED.test(m[0])) seen.toned++;
    else if (SYLLABLE.test(m[0])) seen.toneless++;
  }
}

/** The page without its pinyin annotations; nodes unchanged, each line's pieces cut around what was taken out. */
export const withoutPinyin = <N>(page: PageModel<N>): PageModel<N> => cutFromPage(page, ANNOTATION);
