// Two years' reports of one body side by side, as a journalist or an auditor reads them: the totals of
// each year with the change, the applications one report carries forward and the next carries over, and
// which cross-year rules could check the two and what they found. The panel shows it as it is given.
import { figureAt, pathName } from '../labels.ts';
import { carriedOver } from '../rules/years/carried-over.ts';
import type { YearSummary } from './summary.ts';

/** The standard tables a summary keeps figures of. */
type SummaryTable = 'activeDisclosure' | 'applications' | 'reviewLitigation';

/** How one cross-year rule went: how many comparisons the two reports' figures allowed (0: it checked nothing), and how many failed. */
export interface RuleOutcome { rule: string; compared: number; failed: number }

/** A figure of both years, `change` the later's less the earlier's where both are read. */
export interface FigureRow { table: SummaryTable; label: string; earlier: number | null; later: number | null; change: number | null }

export interface SideBySide {
  /** The other year's report. */
  other: YearSummary;
  years: { earlier: number; later: number };
  figures: FigureRow[];
  /** The earlier report's 结转下年度 and the later's 上年结转 (总计), which must agree; `agrees` over every column both read, null where none is. */
  carried: { earlier: number | null; later: number | null; agrees: boolean | null };
  rules: RuleOutcome[];
}

// The totals shown, table by table in the report's order: 表二's documents (in force in the 2021 format,
// published in the 2019 one: a report has its own form's), 表三 down the table, 表四.
const FIGURES: { table: SummaryTable; path: string }[] = [
  ...['regulations', 'normativeDocuments'].flatMap((row) =>
    ['inForce', 'totalPublished'].map((column) => ({ table: 'activeDisclosure' as const, path: `${row}.${column}` }))),
  ...['newReceived', 'carriedOver', 'granted', 'totalProcessed', 'carriedForward'].map((row) => ({ table: 'applications' as const, path: `${row}.total` })),
  ...['review', 'litigationDirect', 'litigationAfterReview'].map((row) => ({ table: 'reviewLitigation' as const, path: `${row}.total` })),
];

const valueAt = (summary: YearSummary, table: SummaryTable, path: string): number | null => figureAt(summary[table], path) ?? null;

/** `own` and `other` (of the year before or after) side by side, with the outcome of each cross-year rule over them. */
export function sideBySide(own: YearSummary, other: YearSummary, rules: RuleOutcome[]): SideBySide {
  const [earlier, later] = other.year < own.year ? [other, own] : [own, other];
  const figures = FIGURES.flatMap(({ table, path }): FigureRow[] => {
    const [before, after] = [valueAt(earlier, table, path), valueAt(later, table, path)];
    if (before === null && after === null) return [];
    // A total is named by its row alone: 本年新收, 行政复议.
    const label = pathName(path.replace(/\.total$/, ''));
    return [{ table, label, earlier: before, later: after, change: before !== null && after !== null ? after - before : null }];
  });
  const carriedCheck = rules.find((r) => r.rule === carriedOver.id);
  return {
    other,
    years: { earlier: earlier.year, later: later.year },
    figures,
    carried: {
      earlier: valueAt(earlier, 'applications', 'carriedForward.total'),
      later: valueAt(later, 'applications', 'carriedOver.total'),
      agrees: carriedCheck && carriedCheck.compared > 0 ? carriedCheck.failed === 0 : null,
    },
    rules,
  };
}
