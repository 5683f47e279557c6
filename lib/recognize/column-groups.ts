import type { Warning } from '../schema.ts';
import { labelKey } from '../text/normalize.ts';
import { covers, hasNumber, type RowCell, type TableRow } from './rows.ts';

/**
 * A table whose header prints its `count` columns twice or more side by side, each group under a name of its own (全市 |
 * 市本级, 全区 | 管委会本级: a summary report's figures of the whole area beside its government's own), its rows holding
 * every group's figures: the rows cut to the first group, the one a summary report is of, and the groups named for the
 * note. A table whose header names 总计 once, or whose rows hold no more than `count` figures, is left as it is.
 */
export function firstColumnGroup<N>(rows: TableRow<N>[], count: number): { rows: TableRow<N>[]; groups: string[] } {
  let groups: string[] = [];
  const cuts = new Map<number, number>();
  for (const table of new Set(rows.map((r) => r.table))) {
    const own = rows.filter((r) => r.table === table);
    const firstData = own.findIndex((r) => hasNumber(r.figureRun));
    if (firstData < 0) continue;
    const headers = own.slice(0, firstData);
    const totals = headers.flatMap((r) => r.cells.filter((c) => c.own && labelKey(c.cell.text) === '总计')).sort((a, b) => a.col - b.col);
    const data = own.slice(firstData).filter((r) => hasNumber(r.figureRun));
    if (totals.length < 2 || !data.every((r) => r.figureRun.length === totals.length * count)) continue;
    cuts.set(table, totals[0]!.col + totals[0]!.span);
    if (groups.length === 0) groups = totals.map((total, k) => groupName(headers, total, count) ?? `第${k + 1}组`);
  }
  if (cuts.size === 0) return { rows, groups: [] };
  return {
    rows: rows.map((row) => {
      const cut = cuts.get(row.table);
      if (cut === undefined || !row.cells.some((c) => c.col >= cut)) return row;
      const keep = (c: RowCell<N>) => c.col < cut;
      return { ...row, cells: row.cells.filter(keep), figureRun: row.figureRun.filter(keep) };
    }),
    groups,
  };
}

// Names of the columns and of their header bands, which name no group.
const NO_GROUP = /^(?:申请人情况|法人或其他组织|自然人|总计)$/;

/** The name over a group: the header cell above its 总计 that spans the group's `count` columns, not one of the columns' own names. */
function groupName<N>(headers: TableRow<N>[], total: RowCell<N>, count: number): string | null {
  for (const row of headers) {
    const cell = row.cells.find((c) => c.own && c.span >= count && covers(c, total.col) && !NO_GROUP.test(labelKey(c.cell.text)));
    if (cell && labelKey(cell.cell.text)) return cell.cell.text.trim();
  }
  return null;
}

/** The note on a table of several column groups: which was read, which not. */
export function columnGroupNote(tableName: string, groups: string[]): Warning {
  return {
    rule: 'recognition/column-groups', severity: 'info',
    message: `${tableName}并列了${groups.length}组申请人列（${groups.map((g) => `“${g}”`).join('、')}），只读取第一组“${groups[0]}”，其余各组未读取`,
    cells: [], expected: null, actual: null,
  };
}
