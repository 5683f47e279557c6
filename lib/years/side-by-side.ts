// Two years' reports of one body side by side, as a journalist or an auditor reads them: the totals of
// each year with the change, the applications one report carries forward and the next carries over, and
// which cross-year rules could check the two and what they found. The panel shows it as it is given, its
// tables and figures named in the reader's language.
import { figureAt } from '../labels.ts';
import { carriedOver } from '../rules/years/carried-over.ts';
import type { YearSummary } from './summary.ts';

/** The standard tables a summary keeps figures of. */
export type SummaryTable = 'activeDisclosure' | 'applications' | 'reviewLitigation';

// The figures shown, table by table in the report's order: 表二's documents (in force in the 2021 format,
// published in the 2019 one: a report has its own form's), 表三 down the table, 表四. A total is named by its row alone.
const FIGURES = {
  activeDisclosure: ['regulations.inForce', 'regulations.totalPublished', 'normativeDocuments.inForce', 'normativeDocuments.totalPublished'],
  applications: ['newReceived', 'carriedOver', 'granted', 'totalProcessed', 'carriedForward'],
  reviewLitigation: ['review', 'litigationDirect', 'litigationAfterReview'],
} as const;
/** A figure shown, by its path in the table, a total by its row's (pathName names it in Chinese). */
export type YearFigure = (typeof FIGURES)[SummaryTable][number];

/** How one cross-year rule went: how many comparisons the two reports' figures allowed (0: it checked nothing), and how many failed. */
export interface RuleOutcome { rule: string; compared: number; failed: number }

/** A figure of both years, `change` the later's less the earlier's where both are read. */
export interface FigureRow { table: SummaryTable; figure: YearFigure; earlier: number | null; later: number | null; change: number | null }

export interface SideBySide {
  /** The other year's report. */
  other: YearSummary;
  years: { earlier: number; later: number };
  figures: FigureRow[];
  /** The earlier report's 结转下年度 and the later's 上年结转 (总计), which must agree; `agrees` over every column both read, null where none is; null for two 统计表, which carry no applications. */
  carried: { earlier: number | null; later: number | null; agrees: boolean | null } | null;
  rules: RuleOutcome[];
}

const valueAt = (summary: YearSummary, table: SummaryTable, path: string): number | null => figureAt(summary[table], path) ?? null;

/** `own` and `other` (of the year before or after) side by side, with the outcome of each cross-year rule over them. */
export function sideBySide(own: YearSummary, other: YearSummary, rules: RuleOutcome[]): SideBySide {
  const [earlier, later] = other.year < own.year ? [other, own] : [own, other];
  const figures = (Object.keys(FIGURES) as SummaryTable[]).flatMap((table) => FIGURES[table].flatMap((figure): FigureRow[] => {
    const path = figure.includes('.') ? figure : `${figure}.total`;
    const [before, after] = [valueAt(earlier, table, path), valueAt(later, table, path)];
    if (before === null && after === null) return [];
    return [{ table, figure, earlier: before, later: after, change: before !== null && after !== null ? after - before : null }];
  }));
  const carriedCheck = rules.find((r) => r.rule === carriedOver.id);
  return {
    other,
    years: { earlier: earlier.year, later: later.year },
    figures,
    carried: own.format === 'legacy' ? null : {
      earlier: valueAt(earlier, 'applications', 'carriedForward.total'),
      later: valueAt(later, 'applications', 'carriedOver.total'),
      agrees: carriedCheck && carriedCheck.compared > 0 ? carriedCheck.failed === 0 : null,
    },
    rules,
  };
}
