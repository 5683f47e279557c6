// Which figures the findings point at: the severity of the worst warning that involves each cell.
// The annotator marks conflicts with it and the panel shows them, from the same computation.
import type { CellRef, Report, Severity, Warning } from './schema.ts';

/** A cell's identity across the report, the warnings and the bindings: "table:path". */
export const cellKey = (ref: CellRef): string => `${ref.table}:${ref.path}`;

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** For every cell some warning involves: the most severe such warning's severity. */
export function cellSeverities(report: Report): Map<string, Severity> {
  const out = new Map<string, Severity>();
  for (const w of report.warnings) {
    for (const ref of w.cells) {
      const key = cellKey(ref);
      const had = out.get(key);
      if (!had || RANK[w.severity] < RANK[had]) out.set(key, w.severity);
    }
  }
  return out;
}

/** The warnings that involve one cell, most severe first. */
export function warningsFor(report: Report, ref: CellRef): Warning[] {
  const key = cellKey(ref);
  return report.warnings.filter((w) => w.cells.some((c) => cellKey(c) === key))
    .sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

/** Conflicts are cells involved in an error or a warning; info findings (noise removed…) are not. */
export const isConflict = (severity: Severity | undefined): boolean => severity === 'error' || severity === 'warning';

/**
 * Whether any of these cells is a figure marked on the page (a table's cell, a sentence's figure): the report's
 * date, period and sections are not, nor figures read on the report's other pages (`elsewhere`, keys of cellKey).
 */
export const onPage = (cells: CellRef[], elsewhere: ReadonlySet<string> = new Set()): boolean =>
  cells.some((c) => c.table !== 'document' && !elsewhere.has(cellKey(c)));
