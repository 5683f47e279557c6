import { LabelPattern } from '../text/similarity.ts';

/** One expected row of a standard table: its key (dotted path) and its label as the template prints it. */
export interface TemplateRow { path: string; label: LabelPattern }

// Matching a row to its template slot earns this on top of the label similarity, so that where the
// labels say nothing (lost, blank) the standard order decides, and a table with the template's row
// count is read row by row.
const POSITION_BONUS = 0.5;

export interface Alignment { path: string; row: number; similarity: number }

/**
 * Aligns found rows with a template's rows in order (a sequence alignment: rows may be extra, template
 * rows may be missing, order is kept), maximising label similarity plus the position bonus.
 */
export function alignRows(found: string[], template: readonly TemplateRow[]): { pairs: Alignment[]; score: number; exact: boolean } {
  const n = found.length;
  const m = template.length;
  // A table with the template's row count whose every label fits its place needs no search.
  if (n === m) {
    const diagonal = found.map((f, i) => template[i]!.label.similarity(f));
    if (diagonal.every((s) => s >= 0.5)) {
      return { pairs: diagonal.map((similarity, i) => ({ path: template[i]!.path, row: i, similarity })), score: diagonal.reduce((a, s) => a + s + POSITION_BONUS, 0), exact: true };
    }
  }
  const sim = found.map((f) => template.map((t) => t.label.similarity(f)));
  // best[i][j]: best score aligning found[i..] with template[j..]
  const best: Float64Array[] = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      best[i]![j] = Math.max(sim[i]![j]! + POSITION_BONUS + best[i + 1]![j + 1]!, best[i + 1]![j]!, best[i]![j + 1]!);
    }
  }
  const pairs: Alignment[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const here = best[i]![j]!;
    if (here === sim[i]![j]! + POSITION_BONUS + best[i + 1]![j + 1]!) {
      pairs.push({ path: template[j]!.path, row: i, similarity: sim[i]![j]! });
      i++; j++;
    } else if (here === best[i + 1]![j]!) i++;
    else j++;
  }
  return { pairs, score: best[0]![0]!, exact: false };
}
