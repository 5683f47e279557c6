// A row a page break cut through. Converters of PDF files (and so of Word's rows allowed to break across pages)
// write the part after the break as a <table> of its own that opens on the row's end: its long labels' last
// characters over blank cells (一、本年新收政府信 | 33 | 2 … then 息公开申请数量 | | …), or its figures under
// blank cells where the label filled the page's last line (一、本年新收政府信息公开申请数量 | | … then | 33 | 2 …),
// or both. Read as rows, the end is a row of its own that takes a template row's place; joined back, the row
// reads as printed.
import type { RawCell } from '../page/model.ts';
import { squeezed, stripNumbering, toHalfWidth } from '../text/normalize.ts';
import { readCell } from './figure.ts';
import type { Grid, Slot } from './grid.ts';

/**
 * The grids of two parts of a table with the end of `before`'s last row, where `after` opens on it, joined back:
 * the words of each cell of after's first row written on at the end of the cell they stand under, each cell under
 * a blank one (a figure, a mark in a figure's place, a unit beside them) taking its place, and after's cell left
 * blank. Null where after's first row is no row's end: a cell of it spans rows, or stands under no cell of the same
 * columns that starts in before's last row; holds words that open with the numbering of a row of their own (一、
 * (一) 1. 其中) or stand under words too short to run onto another line (a unit, 条 or 万元, never does; a row of its
 * own under it may repeat it); or holds a figure under anything but a blank cell of a row of words with no figure.
 */
export function joinBrokenRow<N>(before: Grid<N>, after: Grid<N>): { before: Grid<N>; after: Grid<N> } | null {
  const last = before.rows.length - 1;
  const head = before.rows[last], end = after.rows[0];
  if (!head || !end) return null;
  const joins = new Map<Slot<N>, Slot<N>>(); // the end's cell of words → the head's cell it goes on
  const moves = new Map<Slot<N>, Slot<N>>(); // the end's cell under a blank one → that blank cell, whose place it takes
  for (let c = 0; c < end.length; c++) {
    const tail = end[c];
    if (!tail || tail.row !== 0 || joins.has(tail) || moves.has(tail)) continue;
    const reading = readCell(tail.cell).kind;
    if (reading === 'blank') continue;
    const on = head[c];
    if (tail.rowSpan > 1 || !on || on.row !== last || !sameColumns(head, on, end, tail)) return null;
    const onReading = readCell(on.cell).kind;
    if (reading === 'text' && numbered(tail.cell.text)) return null;
    if (onReading === 'blank') moves.set(tail, on);
    else if (reading !== 'text' || onReading !== 'text' || squeezed(on.cell.text).length < MIN_WRAPPED) return null;
    else joins.set(tail, on);
  }
  if (joins.size === 0 && moves.size === 0) return null;
  if (moves.size > 0) {
    const starts = head.filter((slot): slot is Slot<N> => slot?.row === last).map((slot) => readCell(slot.cell).kind);
    // Cells go up into the blanks of a row of words, for a figure at least (a unit, 条, beside it): not into a row
    // that holds a figure (the next part's figures are another row's), nor into a row with no words (its label lost).
    if (![...moves.keys()].some((tail) => readCell(tail.cell).kind !== 'text') || starts.includes('number') || !starts.includes('text')) return null;
  }
  const replaced = new Map<Slot<N>, Slot<N>>();
  // The figure's cell, the page's own, moves up: marks and findings point at the cell that prints it.
  for (const [tail, on] of moves) {
    replaced.set(on, { ...on, cell: tail.cell });
    replaced.set(tail, { ...tail, cell: on.cell });
  }
  for (const [tail, on] of joins) {
    const joined: RawCell<N> = { ...(replaced.get(on)?.cell ?? on.cell) };
    joined.text += tail.cell.text;
    replaced.set(on, { ...on, cell: joined });
    const blank: RawCell<N> = { ...tail.cell, text: '' };
    delete blank.scripts;
    replaced.set(tail, { ...tail, cell: blank });
  }
  const swap = (row: (Slot<N> | undefined)[]) => row.map((slot) => (slot && replaced.get(slot)) ?? slot);
  return {
    before: { ...before, rows: [...before.rows.slice(0, last), swap(head)] },
    after: { ...after, rows: [swap(end), ...after.rows.slice(1)] },
  };
}

/** Whether a cell's words open with an outline number or 其中: a label of a row of its own, not a row's end. */
const numbered = (text: string) => stripNumbering(text) !== toHalfWidth(text).trim() || /^\s*其中/.test(text);

// The fewest characters of a cell whose words ran onto another line.
const MIN_WRAPPED = 3;

/** Whether two slots cover the same columns, one in each row. */
function sameColumns<N>(a: (Slot<N> | undefined)[], slotA: Slot<N>, b: (Slot<N> | undefined)[], slotB: Slot<N>): boolean {
  for (let c = 0; c < Math.max(a.length, b.length); c++) if ((a[c] === slotA) !== (b[c] === slotB)) return false;
  return true;
}
