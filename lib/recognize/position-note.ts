import type { TableName, Warning } from '../schema.ts';
import { quote } from '../text/quote.ts';
import { tableName } from '../labels.ts';

/** The `info` note for a row or column whose label could not be read, so its place in the standard layout decided. */
export function positionNote(table: TableName, paths: string[], found: string, expected: string): Warning {
  const shown = found ? quote(found) : '（空白）';
  return {
    rule: 'recognition/label-by-position', severity: 'info',
    message: `${tableName(table)}的标签${shown}无法辨认，按标准格式中的位置读作“${expected}”`,
    cells: paths.map((path) => ({ table, path })), expected: null, actual: null,
  };
}
