// Figures stated in the report's sentences (proseFigures): counts with their unit and what they count,
// with the breakdown a sentence gives ("其中当面申请0件，网络申请0件"), each bound to the characters of
// its number in the page so the panel can mark it in place.
import type { Line } from '../page/model.ts';
import type { ProseFigure } from '../schema.ts';
import { enclosingLabel, labelAfter, labelBefore } from './label.ts';
import { findNumbers } from './numbers.ts';
import { locate, splitSentences } from './sentences.ts';

/** Where the number of figure `index` (or of its part `part`) sits: node.data[start, end). */
export interface ProseBinding<N> { index: number; part?: number; node: N; start: number; end: number }

// Between two figures, these make the second one part of the first ("…346件，其中省政协提案4件");
// once open, a breakdown runs to the end of the sentence unless an aside (另有72件…) closes it.
// Parts keep their own unit: "信息21条。其中…规范性文件信息2条，制发规范性文件0件" lists both under
// the 21条 as the report does, so a sum over parts takes only those in the total's unit.
const BREAKDOWN = /其中|[（(]含|包括/;
const ASIDE = /另有|另外|此外|同时/;

/** The figures of the prose lines (the page's text outside statistics tables), in page order. */
export function extractProseFigures<N>(lines: Line<N>[]): { figures: ProseFigure[]; bindings: ProseBinding<N>[] } {
  const figures: ProseFigure[] = [];
  const bindings: ProseBinding<N>[] = [];
  for (const sentence of splitSentences(lines)) {
    const { text } = sentence;
    let from = 0;
    let total: ProseFigure | null = null;
    let open = false;
    let lastLabel = '';
    for (const token of findNumbers(text)) {
      const gap = text.slice(from, token.at);
      if (ASIDE.test(gap)) open = false;
      if (BREAKDOWN.test(gap) && total) open = true;
      const framed = enclosingLabel(text, from, token.at, token.stop);
      const label = framed ?? labelAfter(text, token.stop) ?? (labelBefore(text, from, token.at) || lastLabel);
      const figure = { label, value: token.value, unit: token.unit, approximate: token.approximate };
      const part = open && total && !framed ? total.parts.push(figure) - 1 : undefined;
      if (part === undefined) {
        total = { ...figure, text, parts: [] };
        figures.push(total);
        open = framed !== null;
      }
      for (const run of locate(sentence, token.start, token.end)) {
        for (const piece of lines[run.line]!.pieces) {
          const start = Math.max(run.start, piece.lineStart), end = Math.min(run.end, piece.lineStart + piece.length);
          if (start >= end) continue;
          const at = piece.nodeStart - piece.lineStart;
          bindings.push({ index: figures.length - 1, ...(part === undefined ? {} : { part }), node: piece.node, start: start + at, end: end + at });
        }
      }
      lastLabel = label;
      from = token.stop;
    }
  }
  return { figures, bindings };
}
