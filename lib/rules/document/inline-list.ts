// "…主要有以下几个方面：一是…；三是…；三是…" (平潭综合实验区 2023): the points a paragraph counts off in its
// sentences (一是, 二是 …) run 1, 2, 3 as headings do; one skipped or said twice is a slip a reader sees.
import type { Spot } from '../../document/page-text.ts';
import { parseChineseNumber, toChineseNumber } from './numerals.ts';

// A point's number opening a clause (at the paragraph's start or after a stop, a comma or a colon): not 其一是, 统一是.
const POINT = /(?<=^|[：:；;。，,！!？?\s])([一二三四五六七八九十]{1,3})是(?![否非])/g;

/** Where a point slips, its number and the one before as written (三是, 一是), and the points skipped between them (二是), none where it repeats. */
export interface ListSlip { spot: Spot; number: string; previous: string; skipped: string[] }

/**
 * The points of each paragraph that do not follow the one before: a number skipped (一是…三是) or said again
 * (三是…三是), the first of each paragraph's only (三是…三是 after 一是…三是 is the one slip). A paragraph's list starts
 * at 一是 (one that does not may go on from the paragraph before: it is left alone), and may start again at 一是
 * (问题：一是…二是…。措施：一是…).
 */
export function inlineListSlips(lines: readonly string[]): ListSlip[] {
  return lines.flatMap((line, i) => {
    const points = [...line.matchAll(POINT)].map((m) => ({ m, n: parseChineseNumber(m[1]!) ?? 0 }));
    if (points.length < 2 || points[0]!.n !== 1) return [];
    const k = points.findIndex(({ n }, j) => j > 0 && n !== points[j - 1]!.n + 1 && n !== 1);
    if (k < 0) return [];
    const { m, n } = points[k]!, prev = points[k - 1]!;
    const skipped = Array.from({ length: Math.max(0, n - prev.n - 1) }, (_, j) => `${toChineseNumber(prev.n + 1 + j)}是`);
    return [{ spot: { lines: 'body', line: i, start: m.index!, end: m.index! + m[0].length }, number: m[0], previous: prev.m[0], skipped } satisfies ListSlip];
  });
}
