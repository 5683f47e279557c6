import type { TableName, Warning } from '../schema.ts';
import { quote } from '../text/quote.ts';
import { tableName } from '../labels.ts';

/**
 * The `info` note for a row or column whose label could not be read, so its place in the standard layout decided; or,
 * `repeated`, a column whose name the header gave an earlier column too (本年新制作数量 | 本年新制作数量: kangle-shangwan-2019),
 * a name read well but of another column.
 */
export function positionNote(table: TableName, paths: string[], found: string, expected: string, repeated = false): Warning {
  const shown = found ? quote(found) : '（空白）';
  return {
    rule: 'recognition/label-by-position', severity: 'info',
    message: `${tableName(table)}${repeated ? `的列名${shown}在表头中重复出现，这一列` : `的标签${shown}无法辨认，`}按标准格式中的位置读作“${expected}”`,
    cells: paths.map((path) => ({ table, path })), expected: null, actual: null,
  };
}

/** A row placed by the layout: its cells, the label it shows, the row it was read as. */
export interface PlacedRow { paths: string[]; found: string; expected: string }

/**
 * The notes for rows placed by the layout, in the table's order. Rows in a run that show one label (a group's merged cell,
 * (三)不予公开, over eight rows whose own labels the page lost) get one note together, naming what each was read as: one
 * fault of the page, said once, its cells lit together.
 */
export function positionNotes(table: TableName, rows: PlacedRow[]): Warning[] {
  const runs: PlacedRow[][] = [];
  for (const row of rows) {
    const run = runs.at(-1);
    if (run && row.found && run[0]!.found === row.found) run.push(row);
    else runs.push([row]);
  }
  return runs.map((run) => (run.length === 1 ? positionNote(table, run[0]!.paths, run[0]!.found, run[0]!.expected) : {
    rule: 'recognition/label-by-position', severity: 'info',
    message: `${tableName(table)}有${run.length}行只有同一个标签${quote(run[0]!.found)}（多半是合并单元格，各行自己的名称丢失），`
      + `按标准格式中的位置依次读作${run.map((r) => `“${r.expected}”`).join('、')}`,
    cells: run.flatMap((r) => r.paths.map((path) => ({ table, path }))), expected: null, actual: null,
  }));
}

/**
 * The `info` note for a header that does not line up with its figures (its merges lost, its names moved onto other
 * columns or past the figures): what it shows, in order, and the columns the figures were read as, in the standard order.
 */
export function slidHeaderNote(table: TableName, shown: string[], read: string[], paths: string[]): Warning {
  return {
    rule: 'recognition/label-by-position', severity: 'info',
    message: `${tableName(table)}的表头与数字列错位（多半是合并单元格丢失）：表头依次为${shown.map((s) => (s ? quote(s) : '空白')).join('、')}，`
      + `数字按标准格式中的位置依次读作${read.map((r) => `“${r}”`).join('、')}`,
    cells: paths.map((path) => ({ table, path })), expected: null, actual: null,
  };
}
