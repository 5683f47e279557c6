import type { RawCell, RawTable } from '../page/model.ts';
import { readCell } from '../table/figure.ts';
import { buildGrid, rowCells, type Grid, type Slot } from '../table/grid.ts';
import { gridRows, type TableRow } from './rows.ts';

/**
 * The rows of a table that carries on a header a page break cut through (the part `before` holds the
 * header's first rows, this part the rest, not repeated), read in one grid with the part before: the
 * rows of both parts, as rows of this table.
 * The part before's spans then reach down into this part; but converters end every span at its table's
 * last row, so this part's header rows lack the cells that spanned down into them (the 勾稽关系 corner;
 * 自然人 and 总计 beside 法人或其他组织) and stand left of their columns. A header row narrower than the
 * part before gets the cells at the ends of the row above stretched down over it, from the left, then
 * from the right, where they fill the gap exactly. Null where no stretch fills it, or this part has no header rows.
 */
export function carriedHeader<N>(before: RawTable<N>, table: RawTable<N>, index: number): { grid: Grid<N>; rows: TableRow<N>[] } | null {
  const width = buildGrid(before).width;
  const headerRows = table.rows.findIndex((row) => row.cells.some((cell) => readCell(cell).kind === 'number'));
  if (headerRows <= 0) return null;
  // Rows each stretched cell spans in the joined grid, and the cell each stretched copy stands for.
  const spans = new Map<RawCell<N>, number>();
  const original = new Map<RawCell<N>, RawCell<N>>();
  const stretch = (cell: RawCell<N>) => {
    const rowspan = spans.get(cell);
    if (rowspan === undefined) return cell;
    const copy = { ...cell, rowspan };
    original.set(copy, cell);
    return copy;
  };
  const joined = (): Grid<N> => buildGrid({ ...table, rows: [...before.rows, ...table.rows].map((row) => ({ ...row, cells: row.cells.map(stretch) })) });
  const first = before.rows.length;
  let grid = joined();
  for (let r = first; r < first + headerRows; r++) {
    const gap = width - grid.rows[r]!.filter(Boolean).length;
    if (gap === 0) continue;
    if (gap < 0) return null;
    const above = rowCells(grid, r - 1, (slot, _col, span) => ({ slot, span }));
    // Word's empty first column (a blank cell first in every row, this one's too) stays where it is: the row's
    // left end is the cell after it.
    const ends = above.slice(isBlankColumn(above[0]) && isBlankColumn(rowCells(grid, r, (slot, _col, span) => ({ slot, span }))[0]) ? 1 : 0);
    // Cells that span rows already (the corner) go on first; a cell of the row above alone (自然人 over
    // the blank cell some pages give it) only where those do not fill the gap.
    const stretched = endsFilling(ends, gap, (c) => c.slot.row < r - 1) ?? endsFilling(ends, gap, () => true);
    if (!stretched) return null;
    for (const { slot } of stretched) spans.set(original.get(slot.cell) ?? slot.cell, r - slot.row + 1);
    grid = joined();
  }
  return { grid, rows: gridRows(grid, index) };
}

/** Whether a row's first cell is a blank cell one column wide, as Word's empty first column gives every row. */
function isBlankColumn<N>(first: { slot: Slot<N>; span: number } | undefined): boolean {
  return first !== undefined && first.slot.col === 0 && first.span === 1 && first.slot.cell.text.trim() === '';
}

/** The cells at the ends of a row, from the left then from the right, that may stretch and fill `gap` columns exactly; else null. */
function endsFilling<T extends { span: number }>(cells: T[], gap: number, may: (cell: T) => boolean): T[] | null {
  const taken: T[] = [];
  let left = 0;
  while (left < cells.length && gap > 0 && may(cells[left]!) && cells[left]!.span <= gap) { gap -= cells[left]!.span; taken.push(cells[left++]!); }
  for (let right = cells.length - 1; right >= left && gap > 0 && may(cells[right]!) && cells[right]!.span <= gap; right--) { gap -= cells[right]!.span; taken.push(cells[right]!); }
  return gap === 0 ? taken : null;
}
