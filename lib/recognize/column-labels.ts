import type { TableName, Warning } from '../schema.ts';
import { labelKey } from '../text/normalize.ts';
import { LabelPattern } from '../text/similarity.ts';
import { tableName } from '../labels.ts';
import type { TableRow } from './rows.ts';

export interface ExpectedColumn { col: number; label: LabelPattern; paths: string[] }

// A column name must be nearly whole to name its column: "机构" could be 科研机构 or 法律服务机构.
const READABLE = 0.75;

/**
 * Columns are read by their place in the standard layout; where the header above a column has lost
 * its name (or most of it), one `info` note per table lists them, so the reader knows the layout decided.
 */
export function columnLabelNote<N>(table: TableName, header: TableRow<N> | undefined, columns: ExpectedColumn[]): Warning[] {
  if (!header) return [];
  const lost = columns.flatMap((column) => {
    const cell = header.cells.find((c) => c.col <= column.col && column.col < c.col + c.span);
    const found = cell ? labelKey(cell.cell.text) : '';
    return column.label.similarity(found) >= READABLE ? [] : [{ found, column }];
  });
  if (lost.length === 0) return [];
  const shown = lost.map(({ found }) => (found ? `“${found}”` : '（空白）')).join('、');
  const read = lost.map(({ column }) => `“${column.label.text}”`).join('、');
  return [{
    rule: 'recognition/label-by-position', severity: 'info',
    message: `${tableName(table)}有${lost.length}个列名无法辨认（${shown}），按标准格式中的位置依次读作${read}`,
    cells: lost.flatMap(({ column }) => column.paths.map((path) => ({ table, path }))), expected: null, actual: null,
  }];
}

/** The header row right above the first data row: the one that names each figure column. */
export function headerAbove<N>(rows: TableRow<N>[], firstData: TableRow<N> | undefined): TableRow<N> | undefined {
  if (!firstData) return undefined;
  const index = rows.indexOf(firstData);
  for (let i = index - 1; i >= 0; i--) if (rows[i]!.table === firstData.table && rows[i]!.cells.length > 0) return rows[i];
  return undefined;
}
