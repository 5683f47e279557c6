import type { TableName, Warning } from '../schema.ts';
import { labelKey } from '../text/normalize.ts';
import { quote } from '../text/quote.ts';
import { LabelPattern } from '../text/similarity.ts';
import { pathName, tableName } from '../labels.ts';
import { slidHeaderNote } from './position-note.ts';
import { covers, type TableRow } from './rows.ts';

export interface ExpectedColumn { col: number; label: LabelPattern; paths: string[] }

// A column name must be nearly whole to name its column: "机构" could be 科研机构 or 法律服务机构.
const READABLE = 0.75;

/**
 * Whether the words found name the column: nearly all of its name, or all of it with a word or so after
 * (其他组织 for 其他, as many pages print it; 总计件).
 */
export function namesColumn(label: LabelPattern, found: string): boolean {
  return label.similarity(found) >= READABLE || (found.startsWith(label.text) && found.length <= label.text.length + 2)
    || (label.text === '总计' && TOTAL_ALSO.test(found));
}
// Some bodies head the total column 合计 (合计件): the same column.
const TOTAL_ALSO = /^合计.{0,2}$/;

/**
 * Columns are read by their place in the standard layout; where the header above a column has lost
 * its name (or most of it), one `info` note per table lists them, so the reader knows the layout decided.
 * Where the table has no header at all (rows of bare figures, as PDF conversions leave them: 宿迁 2025's 表四
 * of fifteen figures), the note says so and lists the columns read. `rows` are the table's, `firstData` its first row of figures.
 */
export function columnLabelNote<N>(table: TableName, rows: TableRow<N>[], firstData: TableRow<N> | undefined, columns: ExpectedColumn[]): Warning[] {
  const headers = headersAbove(rows, firstData);
  if (headers.length === 0) return firstData && columns.length > 0 && !mayHaveHeader(rows, firstData) ? [headerlessNote(table, columns)] : [];
  const lost = columns.flatMap((column) => {
    const found = columnName(headers, column.col);
    return namesColumn(column.label, found) || namesColumn(column.label, stackedName(headers, column.col)) ? [] : [{ found, column }];
  });
  if (lost.length === 0) return [];
  const cells = lost.flatMap(({ column }) => column.paths);
  // A name over another column than its own is no damaged name: the header slid (its merges lost, qionghai-yjz-2022).
  if (lost.some(({ found, column }) => found && columns.some((other) => other !== column && namesColumn(other.label, found)))) {
    return [slidHeaderNote(table, lost.map(({ found }) => found), lost.map(({ column }) => column.label.text), cells)];
  }
  const shown = lost.map(({ found }) => (found ? quote(found) : '空白')).join('、');
  const read = lost.map(({ column }) => `“${column.label.text}”`).join('、');
  return [{
    rule: 'recognition/label-by-position', severity: 'info',
    message: `${tableName(table)}有${lost.length}个列名无法辨认（${shown}），按标准格式中的位置依次读作${read}`,
    cells: cells.map((path) => ({ table, path })), expected: null, actual: null,
  }];
}

/**
 * Whether the table may have a header the reader did not take for one: a row of more than one cell above the first
 * row of figures, in its table or one before, or a table laid out as text (document/text-table.ts), whose header
 * lines are not built into rows.
 */
function mayHaveHeader<N>(rows: TableRow<N>[], firstData: TableRow<N>): boolean {
  return firstData.cells.some((c) => c.cell.range !== undefined) || rows.slice(0, rows.indexOf(firstData)).some((row) => row.cells.length > 1);
}

/** The note on a table with no header: its columns read in the standard order (表四's fifteen, five to a group). */
function headerlessNote(table: TableName, columns: ExpectedColumn[]): Warning {
  const paths = columns.map((column) => column.paths[0]?.split('.') ?? []);
  const names = [...new Set(paths.map((path) => pathName(path.at(-1) ?? '')))];
  const groups = columns.length > names.length ? [...new Set(paths.map((path) => pathName(path[0] ?? '')))] : [];
  const order = groups.length > 0 ? `每${names.length}列一组，各组依次为${groups.join('、')}，组内` : '';
  return {
    rule: 'recognition/label-by-position', severity: 'info',
    message: `${tableName(table)}没有表头，${columns.length}列数字按标准格式的列序读取：${order}依次为${names.map((name) => `“${name}”`).join('、')}`,
    cells: columns.flatMap((column) => column.paths.map((path) => ({ table, path }))), expected: null, actual: null,
  };
}

/**
 * The name over a column. Pages that write 自然人 or 总计 in the group row leave the cell under it
 * blank instead of spanning two rows, so a blank cell takes the name of a cell of the same width
 * right above it; a wider cell above is a group (法人或其他组织), not this column's name.
 */
export function columnName<N>(headers: TableRow<N>[], col: number): string {
  let below: { col: number; span: number } | undefined;
  for (const header of headers) {
    const cell = header.cells.find((c) => covers(c, col));
    if (!cell || (below && (cell.col !== below.col || cell.span !== below.span))) return '';
    const name = labelKey(cell.cell.text);
    if (name) return name;
    below = cell;
  }
  return '';
}

/**
 * The name a Word table broke over two header cells of the column's width, one above the other, read whole (商业 over
 * 企业, 科研 over 机构: xuwen-sfj-2023), else ''. Only a name that the nearer cell alone does not give is read so: cells
 * above whose merges were lost (法人或其他组织 over 科研机构) are other names.
 */
function stackedName<N>(headers: TableRow<N>[], col: number): string {
  const [near, far] = headers.map((header) => header.cells.find((c) => covers(c, col)));
  if (!near || !far || far.cell === near.cell || far.col !== near.col || far.span !== near.span) return '';
  const [below, above] = [labelKey(near.cell.text), labelKey(far.cell.text)];
  return below && above && below !== above ? above + below : '';
}

// The standard headers are at most three rows deep (申请人情况 / 法人或其他组织 / 商业企业).
const HEADER_DEPTH = 3;

/** The header rows above the first data row, nearest first: the ones that name the figure columns. */
export function headersAbove<N>(rows: TableRow<N>[], firstData: TableRow<N> | undefined): TableRow<N>[] {
  if (!firstData) return [];
  const headers: TableRow<N>[] = [];
  for (let i = rows.indexOf(firstData) - 1; i >= 0 && headers.length < HEADER_DEPTH; i--) {
    const row = rows[i]!;
    if (row.table !== firstData.table) break;
    // A row of one cell across the table (单位：件, a title) names no column.
    if (row.cells.length > 1) headers.push(row);
  }
  return headers;
}
