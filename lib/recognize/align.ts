import { LabelPattern } from '../text/similarity.ts';

/**
 * One expected row of a standard table: its key (dotted path), its label as the template prints it, and the name of
 * the group it belongs to (不予公开 of 表三's 1.属于国家秘密), if any, as labelKey reduces it.
 */
export interface TemplateRow { path: string; label: LabelPattern; group?: string }

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
  const sim = found.map((f) => groupsAlike(f, template, template.map((t) => t.label.similarity(f))));
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

/**
 * A found label that is only a group's name (a group's merged cell left over rows whose item cells the page lost:
 * （三）不予公开 over eight rows of bare figures) fits each row of the group alike, as well as it fits the best of them:
 * the order then decides, where a longer item's label would lose to another group's shorter one (不予处理·要求提供
 * 公开出版物 shares more of 不予公开 than 不予公开·其他法律行政法规禁止公开 does).
 */
function groupsAlike(found: string, template: readonly TemplateRow[], sims: number[]): number[] {
  const inGroup = template.map((t) => t.group !== undefined && t.group !== '' && t.group === found);
  if (!inGroup.includes(true)) return sims;
  const best = Math.max(...sims.filter((_, j) => inGroup[j]));
  return sims.map((s, j) => (inGroup[j] ? best : s));
}
