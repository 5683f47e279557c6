// "…主要有以下几个方面：一是…；三是…；三是…" (平潭综合实验区 2023): the points a paragraph counts off in its
// sentences (一是, 二是 …, or 1.…；2.…) run 1, 2, 3 as headings do; one skipped or said twice is a slip a reader sees.
import type { Spot } from '../../document/page-text.ts';
import { HAN } from '../../text/han.ts';
import { parseChineseNumber, toChineseNumber } from './numerals.ts';

/** A way of numbering points: how a point opens, its number, and how a number is written. */
interface Kind { pattern: RegExp; number: (m: RegExpMatchArray) => number; show: (n: number, m: RegExpMatchArray) => string; hint: RegExp }
const KINDS: Kind[] = [
  // A point's number opening a clause (at the paragraph's start or after a stop, a comma or a colon): not 其一是, 统一是.
  { pattern: /(?<=^|[：:；;。，,！!？?\s])([一二三四五六七八九十]{1,3})是(?![否非])/g, number: (m) => parseChineseNumber(m[1]!) ?? 0, show: (n) => `${toChineseNumber(n)}是`, hint: /是/ },
  // 1.…；2.… after a colon or a stop, words after the number (qianxinan-xingyi-2022: "…135条;14.公务员招考…", no 13.):
  // not a decimal (；1.5万元) nor a run of numbers (；3、4月).
  { pattern: new RegExp(`(?<=[：:；;。！!？?])(\\d{1,2})[.．、](?=[${HAN}])`, 'gu'), number: (m) => Number(m[1]), show: (n, m) => `${n}${m[0].slice(-1)}`, hint: /\d[.．、]/ },
];
// What a point quoted or in brackets stands in (做到“一是明确分管领导，二是明确责任科室”): the words of another, not the paragraph's list.
const OPENS = '“「（(', CLOSES = '”」）)';
// A sentence's end: a list restarting at 一是 after one is another list (问题：一是…。措施：一是…), before one a point's own.
const SENTENCE_END = /[。！!？?]/;

/** Where a point slips, its number and the one before as written (三是, 一是), and the points skipped between them (二是), none where it repeats. */
export interface ListSlip { spot: Spot; number: string; previous: string; skipped: string[] }

/**
 * The points of each paragraph that do not follow the one before: a number skipped (一是…三是) or said again
 * (三是…三是), the first of each paragraph's only (三是…三是 after 一是…三是 is the one slip). A paragraph's list starts
 * at 一是 (one that does not may go on from the paragraph before: it is left alone), and may start again at 一是: a list
 * of its own after a sentence's end (问题：一是…二是…。措施：一是…), or within a point's sentence that point's own, after
 * which the outer list goes on (三是强化监督，具体为：一是定期检查，二是通报结果；四是加强培训). Points in quotes or brackets are not read.
 */
export function inlineListSlips(lines: readonly string[]): ListSlip[] {
  return lines.flatMap((line, i) => KINDS.flatMap((kind) => {
    const points = pointsOf(line, kind);
    if (points.length < 2 || points[0]!.n !== 1) return [];
    // The last point of each list the current one is nested in, outermost first.
    const outer: Point[] = [];
    for (let k = 1; k < points.length; k++) {
      const { m, n } = points[k]!, prev = points[k - 1]!;
      if (n === 1) {
        if (SENTENCE_END.test(line.slice(prev.m.index!, m.index))) outer.length = 0;
        else outer.push(prev);
        continue;
      }
      if (n === prev.n + 1) continue;
      const resumed = outer.findLastIndex((p) => n === p.n + 1);
      if (resumed >= 0) {
        outer.length = resumed;
        continue;
      }
      const skipped = Array.from({ length: Math.max(0, n - prev.n - 1) }, (_, j) => kind.show(prev.n + 1 + j, m));
      return [{ spot: { lines: 'body', line: i, start: m.index!, end: m.index! + m[0].length }, number: m[0], previous: prev.m[0], skipped } satisfies ListSlip];
    }
    return [];
  }));
}

interface Point { m: RegExpMatchArray; n: number }

/** The points of a paragraph outside quotes and brackets, in order. */
function pointsOf(line: string, kind: Kind): Point[] {
  // Most lines have no 是 (no digit before a point's stop) at all: the pattern, led by its lookbehind, would be tried at each
  // of their characters.
  if (!kind.hint.test(line)) return [];
  const points: Point[] = [];
  let depth = 0, at = 0;
  for (const m of line.matchAll(kind.pattern)) {
    for (; at < m.index!; at++) {
      if (OPENS.includes(line[at]!)) depth++;
      else if (CLOSES.includes(line[at]!)) depth = Math.max(0, depth - 1);
    }
    if (depth === 0) points.push({ m, n: kind.number(m) });
  }
  return points;
}
