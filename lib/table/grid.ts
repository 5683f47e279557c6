import type { RawCell, RawTable } from '../page/model.ts';

/** One slot of the logical grid: the cell covering it and where that cell starts. */
export interface Slot<N> {
  cell: RawCell<N>;
  /** Row and column where the covering cell starts (its top-left slot). */
  row: number;
  col: number;
  /** Rows the cell covers here: its rowspan as the grid honours it (clamped to the table). */
  rowSpan: number;
}

export interface Grid<N> {
  /** rows[r][c]: the slot, or undefined where a ragged row leaves a hole. */
  rows: (Slot<N> | undefined)[][];
  width: number;
}

// Hostile spans (rowspan="9999", colspan="1000") must not blow the grid up: a row span stops at the
// table's last row (as browsers do), and a column span is capped so that work stays proportional.
const MAX_COLSPAN = 64;

/**
 * Expands rowspan/colspan into a full occupancy grid (the HTML table model): walk the rows, skip
 * slots already taken by a cell from above, fill rowspan×colspan slots that point back to the cell.
 * colspan="0" reads as 1 and rowspan="0" as "to the end of the table", as browsers do.
 */
export function buildGrid<N>(table: RawTable<N>): Grid<N> {
  const rowCount = table.rows.length;
  const rows: (Slot<N> | undefined)[][] = Array.from({ length: rowCount }, () => []);
  let width = 0;
  for (let r = 0; r < rowCount; r++) {
    const out = rows[r]!;
    let c = 0;
    for (const cell of table.rows[r]!.cells) {
      while (out[c]) c++;
      const colspan = Math.min(Math.max(cell.colspan, 1), MAX_COLSPAN);
      // Word's placeholder fills its columns with nothing: they stay holes, as in a ragged row.
      if (cell.placeholder) { c += colspan; continue; }
      const rowspan = cell.rowspan === 0 ? rowCount - r : Math.min(Math.max(cell.rowspan, 1), rowCount - r);
      const slot: Slot<N> = { cell, row: r, col: c, rowSpan: rowspan };
      for (let dr = 0; dr < rowspan; dr++) {
        const target = rows[r + dr]!;
        for (let dc = 0; dc < colspan; dc++) {
          // An earlier cell's row span wins over a later overlapping cell, as in browsers.
          if (!target[c + dc]) target[c + dc] = slot;
        }
      }
      c += colspan;
      if (c > width) width = c;
    }
    if (out.length > width) width = out.length;
  }
  return { rows, width };
}

/** The distinct cells of a grid row, left to right, each made by `make` from its slot, first column and width in the row. */
export function rowCells<N, T>(grid: Grid<N>, r: number, make: (slot: Slot<N>, col: number, span: number) => T): T[] {
  const out: T[] = [];
  const row = grid.rows[r] ?? [];
  for (let c = 0; c < row.length;) {
    const slot = row[c];
    if (!slot) { c++; continue; }
    let end = c + 1;
    while (row[end] === slot) end++;
    out.push(make(slot, c, end - c));
    c = end;
  }
  return out;
}

/**
 * Grids one below the other, as one table: a table that a page break cut into several <table>s (a table of one part
 * is taken as it is, joinParts).
 * `shifts[i]` lines grid i up with the first: its leading columns to drop (a column the first part
 * does not have), or, negative, empty columns to put before it.
 */
export function stackGrids<N>(grids: Grid<N>[], shifts: number[] = []): Grid<N> {
  const rows: (Slot<N> | undefined)[][] = [];
  let width = 0;
  grids.forEach((grid, i) => {
    const offset = rows.length;
    const shift = shifts[i] ?? 0;
    const moved = new Map<Slot<N>, Slot<N>>();
    const move = (slot: Slot<N>) => {
      let to = moved.get(slot);
      if (!to) moved.set(slot, (to = { ...slot, row: slot.row + offset, col: Math.max(0, slot.col - shift) }));
      return to;
    };
    const pad: undefined[] = shift < 0 ? new Array(-shift).fill(undefined) : [];
    for (const row of grid.rows) rows.push([...pad, ...row.slice(Math.max(0, shift)).map((slot) => slot && move(slot))]);
    width = Math.max(width, grid.width - shift);
  });
  return { rows, width };
}
