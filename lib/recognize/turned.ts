import type { RawCell } from '../page/model.ts';
import type { Grid, Slot } from '../table/grid.ts';
import { labelKey, stripNumbering } from '../text/normalize.ts';
import type { LabelPattern } from '../text/similarity.ts';
import { namesColumn } from './column-labels.ts';
import { gridRows, hasNumber, labelCells, type TableRow } from './rows.ts';

/**
 * The rows of a table printed the other way round, turned back: some departments print 表三 with a row
 * per applicant (自然人, 商业企业 … 总计) and a column per outcome, or 表四 with a row per outcome
 * (结果维持 … 总计) and a column per group, or all its figures down the page. A <table> whose rows
 * with figures are labelled by at least `least` distinct names of the template's columns (`columns`),
 * or whose rows run `across` figures or more, is turned; other tables' rows are kept.
 */
export function turnedBack<N>(rows: TableRow<N>[], columns: readonly LabelPattern[], least: number, across = Infinity): TableRow<N>[] {
  const tables = [...new Set(rows.map((r) => r.table))];
  const turned = new Map<number, TableRow<N>[]>();
  for (const table of tables) {
    const own = rows.filter((r) => r.table === table);
    // A row of `across` figures, where the template's rows hold far fewer, is one of its columns, its name lost.
    if (namedColumns(own, columns) >= least || own.some((r) => r.figureRun.length >= across && hasNumber(r.figureRun))) turned.set(table, transposed(own));
  }
  if (turned.size === 0) return rows;
  return tables.flatMap((table) => turned.get(table) ?? rows.filter((r) => r.table === table));
}

/** How many distinct template columns the labels of the rows with figures name, each plainly. */
function namedColumns<N>(rows: TableRow<N>[], columns: readonly LabelPattern[]): number {
  if (!rows.some((r) => hasNumber(r.figureRun))) return 0;
  const named = new Set<number>();
  for (const row of rows) {
    // A figure or more: all fifteen of 表四 down the page give a row one figure.
    if (row.figureRun.length === 0) continue;
    // The row's most specific label: its last cell before the figures (商业企业 under 法人或其他组织).
    const label = labelCells(row, row.figureRun.length).at(-1);
    if (!label) continue;
    const key = labelKey(stripNumbering(label.cell.text));
    const best = columns.flatMap((c, i) => (namesColumn(c, key) ? [i] : []));
    if (best.length === 1) named.add(best[0]!);
  }
  return named.size;
}

/** The rows of the grid the rows make, read column by column: a cell spanning columns spans rows. */
function transposed<N>(rows: TableRow<N>[]): TableRow<N>[] {
  const width = Math.max(...rows.map((r) => r.cells.reduce((w, c) => Math.max(w, c.col + c.span), 0)));
  const grid: Grid<N> = { rows: Array.from({ length: width }, () => []), width: rows.length };
  const slots = new Map<RawCell<N>, Slot<N>>();
  rows.forEach((row, r) => {
    for (const c of row.cells) {
      let slot = slots.get(c.cell);
      if (!slot) slots.set(c.cell, (slot = { cell: c.cell, row: c.col, col: r, rowSpan: c.span }));
      for (let k = c.col; k < c.col + c.span; k++) grid.rows[k]![r] = slot;
    }
  });
  return gridRows(grid, rows[0]!.table);
}
