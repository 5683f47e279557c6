// Which cells of a table name its rows: the page glue keeps them in view while a wide table scrolls sideways in its own
// box, so that a figure jumped to far right still shows which row it is in.
import type { RawTable } from '../page/model.ts';
import { buildGrid, rowCells } from './grid.ts';

/**
 * The cells of `table` wholly left of its first column holding one of `figures` (the cells the engine read figures
 * from), each once: its row labels, merged ones (表三's 三、本年度办理结果 over twenty rows, beside its sub-labels) and the
 * corner heading above them among them. None where the figures start in the first column, or there are none.
 */
export function rowLabelCells<N>(table: RawTable<N>, figures: ReadonlySet<N>): N[] {
  const grid = buildGrid(table);
  const cells = grid.rows.flatMap((_, r) => rowCells(grid, r, (slot, col, span) => ({ node: slot.cell.node, col, end: col + span })));
  const first = Math.min(...cells.filter((cell) => figures.has(cell.node)).map((cell) => cell.col));
  if (!Number.isFinite(first)) return [];
  return [...new Set(cells.filter((cell) => cell.end <= first && !figures.has(cell.node)).map((cell) => cell.node))];
}
