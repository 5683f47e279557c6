import type { RawCell, RawTable } from '../page/model.ts';
import { readFigure, type FigureReading } from '../table/figure.ts';
import { buildGrid, rowCells, type Grid } from '../table/grid.ts';


/** A cell of a grid row, once. */
export interface RowCell<N> {
  cell: RawCell<N>;
  /** First grid column of the cell in this row, and how many columns it covers. */
  col: number;
  span: number;
  /** Rows the cell covers in the grid (its effective rowspan). */
  rowSpan: number;
  /** True when the cell starts in this row (not a rowspan reaching down from above). */
  own: boolean;
  reading: FigureReading;
}

/** One row of a table as recognition reads it. */
export interface TableRow<N> {
  table: number;
  index: number;
  cells: RowCell<N>[];
  /** The trailing run of figure-like cells that start in this row: where the figures are. */
  figureRun: RowCell<N>[];
  /** Text of the row's cells, joined (for signatures such as 第二十条 or 申请人情况). */
  text: string;
}

/** Grid rows of one table, each split into cells with their figure reading. */
export function tableRows<N>(table: RawTable<N>, tableIndex: number): { grid: Grid<N>; rows: TableRow<N>[] } {
  const grid = buildGrid(table);
  const perRow = grid.rows.map((_, r) => rowCells(grid, r));
  const rowSpans = new Map<RawCell<N>, number>();
  for (const cells of perRow) for (const { slot } of cells) rowSpans.set(slot.cell, (rowSpans.get(slot.cell) ?? 0) + 1);
  // A cell spanning rows is read once, not once per row it covers.
  const readings = new Map<RawCell<N>, FigureReading>();
  const reading = (cell: RawCell<N>) => {
    let r = readings.get(cell);
    if (!r) readings.set(cell, (r = readFigure(cell.text)));
    return r;
  };
  const rows = perRow.map((row, r) => {
    const cells: RowCell<N>[] = row.map(({ slot, col, span }) => ({
      cell: slot.cell, col, span, own: slot.row === r,
      rowSpan: rowSpans.get(slot.cell) ?? 1,
      reading: reading(slot.cell),
    }));
    let start = cells.length;
    while (start > 0 && cells[start - 1]!.own && cells[start - 1]!.reading.kind !== 'text') start--;
    return {
      table: tableIndex, index: r, cells,
      figureRun: cells.slice(start),
      text: cells.map((c) => c.cell.text).join(' '),
    };
  });
  return { grid, rows };
}

/** The cells of a row before its last `count` figures: its label cells. */
export function labelCells<N>(row: TableRow<N>, count: number): RowCell<N>[] {
  const firstValue = row.cells.length - Math.min(count, row.figureRun.length);
  return row.cells.slice(0, firstValue);
}

/** Whether a row holds numbers (not just blanks), i.e. is a data row rather than a header. */
export function hasNumber<N>(cells: RowCell<N>[]): boolean {
  return cells.some((c) => c.reading.kind === 'number');
}
