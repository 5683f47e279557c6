// Mirror sites that copy reports annotate characters with their pinyin, 統(tǒng)計 for 統計, to pass for
// original text. The annotations break every label and heading; the page is read without them. The
// lines keep pointing at their nodes: a line's pieces are cut around what is taken out, and a cell's
// superscripts move with their characters.
import type { Line, PageModel, RawCell, TextPiece } from './model.ts';
import { rewritePage } from './rewrite.ts';

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

const strip = (text: string) => text.replace(ANNOTATION, '');

/** The page without its pinyin annotations; nodes unchanged, each line's pieces cut around what was taken out. */
export function withoutPinyin<N>(page: PageModel<N>): PageModel<N> {
  return rewritePage(page, strip, lineWithout, cellWithout);
}

type Cut = readonly [number, number];
const cutsIn = (text: string): Cut[] => [...text.matchAll(ANNOTATION)].map((m) => [m.index, m.index + m[0].length] as const);
/** Where an offset into the old text stands in the new one: less what was cut before it. */
const movedBy = (cuts: Cut[], at: number) => at - cuts.reduce((n, [a, b]) => n + Math.max(0, Math.min(b, at) - a), 0);

function lineWithout<N>(line: Line<N>): Line<N> {
  const cuts = cutsIn(line.text);
  if (cuts.length === 0) return line;
  const pieces: TextPiece<N>[] = [];
  for (const piece of line.pieces) {
    // The piece's characters outside the cuts, each run a piece of its own.
    let from = piece.lineStart;
    const end = piece.lineStart + piece.length;
    for (const [a, b] of [...cuts.filter(([a, b]) => b > from && a < end), [end, end] as const]) {
      const to = Math.min(a, end);
      if (to > from) pieces.push({ node: piece.node, nodeStart: piece.nodeStart + (from - piece.lineStart), lineStart: movedBy(cuts, from), length: to - from });
      from = Math.max(from, b);
    }
  }
  return { ...line, text: strip(line.text), pieces };
}

function cellWithout<N>(cell: RawCell<N>): RawCell<N> {
  const text = strip(cell.text);
  if (!cell.scripts || text.length === cell.text.length) return { ...cell, text };
  const cuts = cutsIn(cell.text);
  // A superscript that was all annotation goes.
  const scripts: number[] = [];
  for (let i = 0; i < cell.scripts.length; i += 2) {
    const start = movedBy(cuts, cell.scripts[i]!), end = movedBy(cuts, cell.scripts[i + 1]!);
    if (end > start) scripts.push(start, end);
  }
  return { ...cell, text, scripts: scripts.length > 0 ? scripts : undefined };
}
