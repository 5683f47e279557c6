// How a cross-year finding names the two reports: the one being checked is 本报告, the other by its year.
import type { CellRef, TableName } from '../../schema.ts';
import type { YearPair } from '../types.ts';
import type { YearSummary } from '../../years/summary.ts';

/** The report being checked, and the other year's. */
export function sides(pair: YearPair): { own: YearSummary; other: YearSummary } {
  return pair.current === 'later' ? { own: pair.later, other: pair.earlier } : { own: pair.earlier, other: pair.later };
}

/** "2022年度报告" */
export const yearReport = (summary: YearSummary): string => `${summary.year}年度报告`;

/** The current report's cells among the given paths of each side: only the current side's are its cells. */
export function ownCells(pair: YearPair, table: TableName, paths: { earlier: string[]; later: string[] }): CellRef[] {
  return paths[pair.current].map((path) => ({ table, path }));
}
