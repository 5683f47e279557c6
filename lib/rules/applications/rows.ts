// The rows of 表三 as the rules see them: every outcome row, grouped as the table groups them, and
// the cells of one row or one column as sum terms.
import { APPLICANT_COLUMNS, type Applications, type ApplicantColumn, type Cols } from '../../schema.ts';
import type { Term } from '../balance.ts';
import { pathName } from '../../labels.ts';

export interface Row { path: string; cols: Cols }
export interface OutcomeGroup { label: string; rows: Row[] }

const GROUPS = [
  ['granted', '予以公开'], ['partiallyGranted', '部分公开'], ['withheld', '不予公开小计'],
  ['unavailable', '无法提供小计'], ['notProcessed', '不予处理小计'], ['otherHandling', '其他处理小计'],
] as const;

/** (一)…(六): the rows that (七)总计 adds up, by group; a format's missing rows are simply not there. */
export function outcomeGroups(apps: Applications): OutcomeGroup[] {
  return GROUPS.map(([key, label]) => {
    if (key === 'granted' || key === 'partiallyGranted') {
      const cols = apps[key];
      return { label, rows: cols ? [{ path: key, cols }] : [] };
    }
    const rows = Object.entries(apps[key] ?? {}).map(([sub, cols]) => ({ path: `${key}.${sub}`, cols: cols as Cols }));
    return { label, rows };
  });
}

/** The outcome rows of all groups, in order. */
export const outcomeRows = (groups: OutcomeGroup[]): Row[] => ([] as Row[]).concat(...groups.map((g) => g.rows));

/** Every row of 表三, top to bottom. */
export function allRows(apps: Applications): Row[] {
  return [
    rowAt(apps, 'newReceived'), rowAt(apps, 'carriedOver'),
    ...outcomeRows(outcomeGroups(apps)),
    rowAt(apps, 'totalProcessed'), rowAt(apps, 'carriedForward'),
  ];
}

/** A top-level row; a format that lacks it gives empty cells, which take no part in sums. */
export const rowAt = (apps: Applications, key: 'newReceived' | 'carriedOver' | 'totalProcessed' | 'carriedForward'): Row =>
  ({ path: key, cols: apps[key] ?? {} });

/** The cell of `row` in `column` as a sum term, labelled by its row. */
export function cell(row: Row, column: ApplicantColumn, label = pathName(row.path)): Term {
  return {
    ref: { table: 'applications', path: `${row.path}.${column}` },
    label,
    value: row.cols[column],
    isTotal: column === 'total' || row.path === 'totalProcessed',
  };
}

/** The six applicant columns, without 总计. */
export const APPLICANTS = APPLICANT_COLUMNS.filter((c) => c !== 'total');
