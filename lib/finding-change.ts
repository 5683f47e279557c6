// What a reading that builds on the report (another year's report compared, the other pages joined) changed
// in its findings, for the panel to say. A finding is the same where the same rule points at the same cells:
// its message may be reworded (the pages read) without its being a new one. Cells named by their place in a list
// (a sentence's figure, a 统计表 row, a heading) are renumbered by the pages joined before them: there the
// message, which quotes them, tells the finding.
import { SEVERITIES, type CellRef, type Severity, type Warning } from './schema.ts';

export interface FindingChange {
  /** Findings the reading added, and how many of them are errors. */
  added: number;
  errors: number;
  /** Findings that no longer hold (a table missing from this page, found on another). */
  gone: number;
}

const listed = (c: CellRef) => c.table === 'proseFigures' || c.table === 'legacyStats' || (c.table === 'document' && c.path.startsWith('sections.'));
const identity = (w: Warning) => (w.cells.some(listed) ? `${w.rule}|${w.message}` : `${w.rule}|${w.cells.map((c) => `${c.table}:${c.path}`).sort().join(',')}`);

/** The finding of `warnings` that is `finding` (of the reading `warnings` replaced), if it still holds. */
export function sameFinding(warnings: readonly Warning[], finding: Warning): Warning | null {
  const id = identity(finding);
  return warnings.find((w) => w === finding) ?? warnings.find((w) => identity(w) === id) ?? null;
}

/** The change from `before` to `after`; a rule that found the same cells twice counts twice. */
export function findingChange(before: readonly Warning[], after: readonly Warning[]): FindingChange {
  const left = new Map<string, number>();
  for (const id of before.map(identity)) left.set(id, (left.get(id) ?? 0) + 1);
  const added = after.filter((w) => {
    const id = identity(w);
    const had = left.get(id) ?? 0;
    left.set(id, had - 1);
    return had <= 0;
  });
  const gone = [...left.values()].reduce((sum, n) => sum + Math.max(0, n), 0);
  return { added: added.length, errors: added.filter((w) => w.severity === 'error').length, gone };
}

/** A severity whose count of findings a reading changed: how many there were, how many there are. */
export interface CountChange { severity: Severity; before: number; after: number }

/** The severities whose count differs from `before` to `after`, most severe first (the page read again after a correction). */
export function countChange(before: readonly Warning[], after: readonly Warning[]): CountChange[] {
  const count = (warnings: readonly Warning[], severity: Severity) => warnings.filter((w) => w.severity === severity).length;
  return SEVERITIES.map((severity) => ({ severity, before: count(before, severity), after: count(after, severity) }))
    .filter(({ before: b, after: a }) => b !== a);
}
