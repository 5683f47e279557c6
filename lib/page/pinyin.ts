// Mirror sites that copy reports annotate characters with their pinyin, 統(tǒng)計 for 統計, to pass for
// original text. The annotations break every label and heading; the page is read without them (cutFromPage).
import type { PageModel } from './model.ts';
import { cutFromPage } from './rewrite.ts';

// Pinyin in brackets: lower-case letters, with a tone mark or not (the detector strips it from titles).
export const PINYIN = '[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]';
// …after a character: an annotation.
const ANNOTATION = new RegExp(`(?<=[\\u4e00-\\u9fff])${PINYIN}`, 'g');
const TONED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
// An annotated page annotates word after word; a report may bracket a latin word or two of its own.
const ANNOTATED_PAGE = 5;
const SAMPLE = 3000;

/** Whether the page annotates its characters with pinyin. */
export function inPinyinAnnotated<N>(page: PageModel<N>): boolean {
  let seen = hasAccented(page.title) ? toned(page.title) : 0;
  let read = page.title.length;
  for (let i = 0; i < page.lines.length && seen < ANNOTATED_PAGE && read < SAMPLE; i++) {
    const text = page.lines[i]!.text;
    // Most lines hold no Latin letter beyond ASCII at all: only those are searched for annotations.
    if (hasAccented(text)) seen += toned(text);
    read += text.length;
  }
  return seen >= ANNOTATED_PAGE;
}

// A letter of Latin-1 or Latin Extended-A/B, where the tone marks are: most lines hold none.
const ACCENTED = /[\u00e0-\u01dc]/;
const hasAccented = (text: string) => ACCENTED.test(text);

function toned(text: string): number {
  let n = 0;
  for (const m of text.matchAll(ANNOTATION)) if (TONED.test(m[0])) n++;
  return n;
}

/** The page without its pinyin annotations; nodes unchanged, each line's pieces cut around what was taken out. */
export const withoutPinyin = <N>(page: PageModel<N>): PageModel<N> => cutFromPage(page, ANNOTATION);
