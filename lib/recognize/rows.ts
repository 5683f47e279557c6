import type { RawCell, RawTable } from '../page/model.ts';
import { labelKey } from '../text/normalize.ts';
import { readCell, type FigureReading } from '../table/figure.ts';
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
  /** The cell read as a figure, for cells that start in this row; a span from above holds no figure of this row. */
  reading: FigureReading;
}

/** One row of a table as recognition reads it. */
export interface TableRow<N> {
  table: number;
  index: number;
  cells: RowCell<N>[];
  /** The trailing run of figure-like cells that start in this row: where the figures are. */
  figureRun: RowCell<N>[];
  /** Text of the cells that start in this row, joined (for signatures such as 第二十条 or 申请人情况). */
  text: string;
  /** labelKey(text). */
  key: string;
}

const SPANNED: FigureReading = { kind: 'text' };

/** Grid rows of one table, each split into cells with their figure reading. */
export function tableRows<N>(table: RawTable<N>, tableIndex: number): { grid: Grid<N>; rows: TableRow<N>[] } {
  const grid = buildGrid(table);
  return { grid, rows: gridRows(grid, tableIndex) };
}

/** The rows of a grid (a table's, or one read the other way round), each split into cells with their figure reading. */
export function gridRows<N>(grid: Grid<N>, tableIndex: number): TableRow<N>[] {
  const rows: TableRow<N>[] = [];
  for (let r = 0; r < grid.rows.length; r++) {
    let text = '';
    const cells = rowCells(grid, r, (slot, col, span): RowCell<N> => {
      const own = slot.row === r;
      if (own) text = text ? `${text} ${slot.cell.text}` : slot.cell.text;
      return { cell: slot.cell, col, span, own, rowSpan: slot.rowSpan, reading: own ? readCell(slot.cell) : SPANNED };
    });
    rows.push({ table: tableIndex, index: r, cells, figureRun: trailingFigures(cells), text, key: labelKey(text) });
  }
  return rows;
}

function trailingFigures<N>(cells: RowCell<N>[]): RowCell<N>[] {
  let start = cells.length;
  while (start > 0 && cells[start - 1]!.own && cells[start - 1]!.reading.kind !== 'text') start--;
  return cells.slice(start);
}

const TOTAL: ReadonlySet<string> = new Set(['总计']);

/**
 * The rows with the cells right of the header's last 总计 column (or last of `names`, the table's
 * column names, where 总计 may not come last) left out — a 备注 column, or empty
 * cells a portal's editor appended — so that the figures end where the table's columns do. A row that
 * has no more than `count` figures keeps them all: a row span the page forgot to shorten pushes a row
 * to the right, and its figures are still its figures. In a table that carries on after a page break
 * without a header of its own, rows the cut row spans pushed left bring such a column's blank cells
 * within 总计: those are dropped too, as far as the row has too many figures.
 */
export function withinTotalColumn<N>(rows: TableRow<N>[], count: number, names: ReadonlySet<string> = TOTAL): TableRow<N>[] {
  const headed = namedHeaderCells(rows, names); // tables whose own header names 总计
  if (headed.size === 0) return rows;
  let last = -1;
  for (const cells of headed.values()) for (const c of cells) last = Math.max(last, c.col);
  return rows.map((row) => {
    if (row.figureRun.length > 0 && row.figureRun.length <= count) return row;
    let cells = row.cells;
    const cut = headed.has(row.table) ? cells.filter((c) => c.col <= last) : null;
    // A header whose 总计 stands left of the row's numbers, where cutting would leave it fewer than `count`
    // figures, has slid left (an editor lost its merges and corner: 自然人 | 法人或其他组织 | 总计 over the first
    // three columns, qionghai-yjz-2022): it does not line up with the figures, which are trimmed as under no header.
    if (cut && !(trailingFigures(cut).length < count && cells.some((c) => c.col > last && c.reading.kind === 'number'))) cells = cut;
    else {
      // No header to line up with (its columns may sit elsewhere than the first part's, or it slid): a note
      // right of the figures goes, and blanks past the figures.
      const note = cells[cells.length - 1];
      if (note?.own && note.reading.kind === 'text' && trailingFigures(cells.slice(0, -1)).length >= count) cells = cells.slice(0, -1);
      let extra = trailingFigures(cells).length - count;
      while (extra-- > 0 && cells[cells.length - 1]?.reading.kind === 'blank') cells = cells.slice(0, -1);
    }
    return cells.length === row.cells.length ? row : { ...row, cells, figureRun: trailingFigures(cells) };
  });
}

// A column of sums the template does not print: 法人或其他组织's 小计, a 合计 beside the applicants.
const SUBTOTAL: ReadonlySet<string> = new Set(['小计', '合计']);

/**
 * The rows without the figures under a header cell 小计 or 合计, in rows that have more than `count`
 * figures: a table whose only sum column is so named (合计 for 总计) keeps it.
 */
export function withoutSubtotals<N>(rows: TableRow<N>[], count: number): TableRow<N>[] {
  const subtotals = namedHeaderCells(rows, SUBTOTAL);
  if (subtotals.size === 0) return rows;
  return rows.map((row) => {
    const heads = subtotals.get(row.table);
    if (!heads || row.figureRun.length <= count) return row;
    const dropped = new Set(row.figureRun.filter((c) => heads.some((h) => covers(h, c.col))));
    if (dropped.size === 0 || row.figureRun.length - dropped.size < count) return row;
    const cells = row.cells.filter((c) => !dropped.has(c));
    return { ...row, cells, figureRun: trailingFigures(cells) };
  });
}

// A column of remarks beside the figures: 备注, 说明.
const REMARKS: ReadonlySet<string> = new Set(['备注', '说明']);

/**
 * The rows without the cells under a header cell 备注 or 说明 that hold no number: a column of remarks, blank or in
 * words, is no column of figures, wherever it stands (after 总计, or after 其他 where a page prints no 总计).
 */
export function withoutRemarks<N>(rows: TableRow<N>[]): TableRow<N>[] {
  // Only a header's: a row below the figures that opens with 说明 heads the table's notes, not a column.
  const figured = new Set<number>();
  const headers = rows.filter((row) => {
    const above = !figured.has(row.table);
    if (hasNumber(row.figureRun)) figured.add(row.table);
    return above;
  });
  const remarks = namedHeaderCells(headers, REMARKS);
  if (remarks.size === 0) return rows;
  return rows.map((row) => {
    const heads = remarks.get(row.table);
    const dropped = heads ? row.cells.filter((c) => c.reading.kind !== 'number' && heads.some((h) => h !== c && covers(h, c.col))) : [];
    if (dropped.length === 0) return row;
    const cells = row.cells.filter((c) => !dropped.includes(c));
    return { ...row, cells, figureRun: trailingFigures(cells) };
  });
}

/**
 * The header cells named one of `names` (as label keys), by table: cells that start in a row with no
 * number, since a data row may be labelled 其他 or 总计 itself.
 */
function namedHeaderCells<N>(rows: TableRow<N>[], names: ReadonlySet<string>): Map<number, RowCell<N>[]> {
  const named = new Map<number, RowCell<N>[]>();
  for (const row of rows) {
    if (hasNumber(row.figureRun)) continue;
    for (const c of row.cells) {
      if (!c.own || !names.has(labelKey(c.cell.text))) continue;
      const cells = named.get(row.table);
      if (cells) cells.push(c);
      else named.set(row.table, [c]);
    }
  }
  return named;
}

/** Whether a cell covers grid column `col` (a spanning cell covers several). */
export const covers = <N>(cell: RowCell<N>, col: number): boolean => cell.col <= col && col < cell.col + cell.span;

/** The cells of a row before its last `count` figures: its label cells. */
export function labelCells<N>(row: TableRow<N>, count: number): RowCell<N>[] {
  const firstValue = row.cells.length - Math.min(count, row.figureRun.length);
  return row.cells.slice(0, firstValue);
}

/** labelKey of a row's label cells (those before its figures): the row's label without its figures. */
export const rowLabel = <N>(row: TableRow<N>): string => labelKey(labelCells(row, row.figureRun.length).map((c) => c.cell.text).join(''));

/**
 * Whether a row is empty: every cell its own and blank, none spanning into it from above. An editor leaves such
 * rows in a table (above its first figures, between its blocks); they are no row of the template's, not even one whose label was lost.
 */
export function isEmptyRow<N>(row: TableRow<N>): boolean {
  return row.cells.every((c) => c.own && c.reading.kind === 'blank');
}

/**
 * Figure cells with each blank or 0 cell merged across several columns taken once per column, where the cells fall short
 * of `width` figures and their columns make exactly `width`: an editor merges neighbouring empty cells (科研机构 and
 * 社会公益组织 blank as one colspan="2" cell) or a row of nothing into one 0 (柞水 凤凰镇 2021: 一、本年新收… | 0 across all
 * seven), and a reader sees a blank, or a 0, under each column. Any other figure merged so is no column's: as it is.
 */
export function spreadMergedBlanksAndZeros<N>(cells: RowCell<N>[], width: number): RowCell<N>[] {
  if (cells.length >= width || cells.reduce((n, c) => n + c.span, 0) !== width) return cells;
  const spread = (c: RowCell<N>) => c.span > 1 && (c.reading.kind === 'blank' || (c.reading.kind === 'number' && c.reading.value === 0));
  if (!cells.some(spread)) return cells;
  return cells.flatMap((c) => spread(c) ? Array.from({ length: c.span }, (_, k) => ({ ...c, col: c.col + k, span: 1 })) : [c]);
}

/** A row whose figures spreadMergedBlanksAndZeros spreads to `width`, its cells spread alike. */
export function withMergedBlanksAndZerosSpread<N>(row: TableRow<N>, width: number): TableRow<N> {
  const figureRun = spreadMergedBlanksAndZeros(row.figureRun, width);
  if (figureRun === row.figureRun) return row;
  return { ...row, cells: [...row.cells.slice(0, row.cells.length - row.figureRun.length), ...figureRun], figureRun };
}

/** Whether a row holds numbers (not just blanks), i.e. is a data row rather than a header. */
export function hasNumber<N>(cells: RowCell<N>[]): boolean {
  return cells.some((c) => c.reading.kind === 'number');
}
