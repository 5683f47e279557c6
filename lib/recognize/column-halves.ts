import { hasNumber, isEmptyRow, rowLabel, type RowCell, type TableRow } from './rows.ts';

/**
 * The rows of a table the page cut by its columns into two <table>s, one after the other, joined again: a table too
 * wide for the paper is printed with its first columns (自然人 … 社会公益组织) and then, each row labelled again or
 * not, the rest (法律服务机构, 其他, 总计). Two tables in a row are so joined where no row of either holds all `count`
 * figures, they have as many rows of figures, labelled alike (or the second's not at all), and their figures make
 * `count` together; the second's figures and header cells then follow the first's, and its rows go. Else the rows as they are.
 */
export function columnHalvesJoined<N>(rows: TableRow<N>[], count: number): TableRow<N>[] {
  if (rows.some((r) => r.figureRun.length >= count)) return rows;
  const tables = [...new Set(rows.map((r) => r.table))];
  let joined = rows;
  for (let k = 0; k + 1 < tables.length; k++) {
    const next = halvesJoined(joined, tables[k]!, tables[k + 1]!, count);
    if (next) { joined = next; k++; }
  }
  return joined;
}

const isData = <N>(r: TableRow<N>) => r.figureRun.length > 0 && !isEmptyRow(r);
const width = <N>(rows: TableRow<N>[]) => Math.max(0, ...rows.map((r) => r.figureRun.length));

function halvesJoined<N>(rows: TableRow<N>[], first: number, second: number, count: number): TableRow<N>[] | null {
  const a = rows.filter((r) => r.table === first);
  const b = rows.filter((r) => r.table === second);
  const dataA = a.filter(isData);
  const dataB = b.filter(isData);
  if (dataA.length < 3 || dataA.length !== dataB.length || width(dataA) + width(dataB) !== count) return null;
  if (!hasNumber(dataA.flatMap((r) => r.figureRun)) || !hasNumber(dataB.flatMap((r) => r.figureRun))) return null;
  // Labelled alike row by row, or the second half not labelled at all.
  const labelled = dataB.filter((r) => rowLabel(r) !== '');
  if (labelled.length > 0 && dataB.some((r, i) => rowLabel(r) !== rowLabel(dataA[i]!))) return null;

  // The second's columns from its first figure column on, placed after the first's last column.
  const end = Math.max(...a.map((r) => r.cells.reduce((e, c) => Math.max(e, c.col + c.span), 0)));
  const from = Math.min(...dataB.flatMap((r) => r.figureRun.map((c) => c.col)));
  const moved = (cells: RowCell<N>[]) => cells.filter((c) => c.col >= from).map((c) => ({ ...c, col: c.col - from + end }));
  const out = new Map<TableRow<N>, TableRow<N>>();
  dataA.forEach((r, i) => {
    const extra = moved(dataB[i]!.figureRun);
    out.set(r, { ...r, cells: [...r.cells, ...extra], figureRun: [...r.figureRun, ...extra] });
  });
  // Header rows, matched from the bottom up: the second's column names over its columns.
  const headersA = a.slice(0, a.indexOf(dataA[0]!));
  const headersB = b.slice(0, b.indexOf(dataB[0]!));
  for (let i = 1; i <= Math.min(headersA.length, headersB.length); i++) {
    const r = headersA[headersA.length - i]!;
    out.set(r, { ...r, cells: [...r.cells, ...moved(headersB[headersB.length - i]!.cells)] });
  }
  return rows.flatMap((r) => (r.table === second ? [] : [out.get(r) ?? r]));
}
