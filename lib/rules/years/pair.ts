// How a cross-year finding names the two reports and what it says of the one it is shown on.
// Its message names both reports by year, earlier first, and is the same on both: it is read on
// either page. Neither report is known to be the wrong one (the later may have corrected the earlier,
// or copied it wrongly), so a finding's `expected` is null, never the other report's figure, which the
// panel would show as 应为 on this page; its `actual` is this report's own figure in the comparison (where
// two of its figures make one, their sum).
import type { CellRef, TableName } from '../../schema.ts';
import type { YearPair } from '../types.ts';
import type { YearSummary } from '../../years/summary.ts';

/** "2022年度报告" */
export const yearReport = (summary: YearSummary): string => `${summary.year}年度报告`;

/** Of a value for each side, the current report's. */
export const ownSide = <T>(pair: YearPair, sides: { earlier: T; later: T }): T => sides[pair.current];

/** The current report's cells among the given paths of each side: only the current side's are its cells. */
export function ownCells(pair: YearPair, table: TableName, paths: { earlier: string[]; later: string[] }): CellRef[] {
  return ownSide(pair, paths).map((path) => ({ table, path }));
}
