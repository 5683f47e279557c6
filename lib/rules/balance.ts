// One helper for every "these add up to that" check. Real pages leave zero cells blank (null), so a
// blank counts as 0; but a blank 总计, or a side left entirely blank, is a gap in the page rather
// than a contradiction, so it is reported apart from a true mismatch. A figure given as about so many
// (约300) is null too, but no blank: it stands for some figure unknown.
import type { CellRef, Warning } from '../schema.ts';
import type { Finding } from './types.ts';

export interface Term {
  ref: CellRef;
  label: string;
  /** undefined: the format has no such cell, so it takes no part. */
  value: number | null | undefined;
  /** A 总计 cell: left blank, it is the page's omission, not a contradiction. */
  isTotal?: boolean;
}

export interface Imbalance {
  left: number;
  right: number;
  /** mismatch: the sides contradict; blank: the smaller side is blank or has a blank 总计. */
  status: 'mismatch' | 'blank';
  /** Some blank cell was counted as 0. */
  countedBlanks: boolean;
  /** A side all of whose cells are blank: it states no figure. */
  leftBlank: boolean;
  rightBlank: boolean;
  /**
   * The cells the finding is about: every term of a mismatch; of a blank, the blank cells of the smaller side, the gap
   * itself (the figures stated around it are right, and a reader sent to them would not see what is missing).
   */
  cells: CellRef[];
}

/** A cell's figure as a sum sees it: undefined where the format has no such cell. */
type Figure = number | null | undefined;

const present = (t: Term): boolean => t.value !== undefined;
const isBlank = (t: Term): boolean => t.value === null;
const total = (terms: Term[]): number => terms.reduce((sum, t) => sum + (t.value ?? 0), 0);

/** Σ of the present figures, a blank counting as 0; null when none is present. */
function sideTotal(figures: Figure[]): number | null {
  let sum: number | null = null;
  for (const f of figures) if (f !== undefined) sum = (sum ?? 0) + (f ?? 0);
  return sum;
}

/**
 * Σleft = Σright, or a side has no cell in this format: nothing to report. Most sums on a page
 * agree, so the rules test the bare figures with this before they name any cell as a term.
 */
export function agrees(left: Figure[], right: Figure[]): boolean {
  const l = sideTotal(left);
  const r = sideTotal(right);
  return l === null || r === null || l === r;
}

// The recognition's notes on cells that print a figure no exact number was read from.
const INEXACT = new Set(['figure/approximate', 'figure/unreadable']);

/**
 * The cells the page printed a figure in but no exact one was read from, as `table:path` (RuleContext.approximate):
 * about so many (约300), or unreadable (□, a run of hundreds of digits). A figure unknown, not a blank 0.
 */
export function inexactCells(notes: readonly Warning[]): ReadonlySet<string> {
  const cells = new Set<string>();
  for (const w of notes) if (INEXACT.has(w.rule)) for (const c of w.cells) cells.add(`${c.table}:${c.path}`);
  return cells;
}

/**
 * Compares Σleft with Σright; null when they agree, either side has no cell in this format, or a figure
 * given as about so many or unreadable (`approximate`, RuleContext.approximate) on the side that falls short may make up the difference.
 */
export function imbalance(leftTerms: Term[], rightTerms: Term[], approximate: ReadonlySet<string>): Imbalance | null {
  const l = leftTerms.filter(present);
  const r = rightTerms.filter(present);
  if (l.length === 0 || r.length === 0) return null;
  const left = total(l);
  const right = total(r);
  if (left === right) return null;
  const all = [...l, ...r];
  // Only a blank on the smaller side can explain the difference (figures are never negative).
  const smaller = left < right ? l : r;
  if (smaller.some((t) => t.value === null && approximate.has(`${t.ref.table}:${t.ref.path}`))) return null;
  const gap = smaller.every(isBlank) || smaller.some((t) => t.isTotal && isBlank(t));
  return {
    left, right, status: gap ? 'blank' : 'mismatch', countedBlanks: all.some(isBlank),
    leftBlank: l.every(isBlank), rightBlank: r.every(isBlank), cells: (gap ? smaller.filter(isBlank) : all).map((t) => t.ref),
  };
}

/** "本年新收(33)+上年结转(空白)" */
function showTerms(terms: Term[]): string {
  return terms.filter(present).map((t) => `${t.label}(${t.value ?? '空白'})`).join('+');
}

/** What the terms add up to as a message shows it: 空白 when every one is blank, not the 0 that sums to. */
export function sumText(terms: Term[]): string {
  const shown = terms.filter(present);
  return shown.every(isBlank) ? '空白' : String(total(shown));
}

/** "本年新收(33)+上年结转(空白)=33", "办理结果总计(空白)+结转下年度(空白)=空白" */
export const showSum = (terms: Term[]): string => `${showTerms(terms)}=${sumText(terms)}`;

const showDifference = (b: Imbalance): string =>
  `相差${Math.abs(b.left - b.right)}${b.countedBlanks ? '（空白格按0计）' : ''}`;

/** What a finding on a sum a blank leaves unchecked says of it: the English gist (summary.ts) tells such a finding by it. */
export const UNCHECKED = '无法核对（多半是漏填）';

/** The finding for an imbalance: an error for a contradiction, a warning for a blank. */
export function balanceFinding(b: Imbalance, head: string): Finding {
  const mismatch = b.status === 'mismatch';
  return {
    severity: mismatch ? 'error' : 'warning',
    message: mismatch ? `${head}，${showDifference(b)}` : `${head}；一方留空，${UNCHECKED}`,
    // A side left all blank states no figure: null, not the 0 its blanks sum to.
    cells: b.cells, expected: b.leftBlank ? null : b.left, actual: b.rightBlank ? null : b.right,
  };
}
