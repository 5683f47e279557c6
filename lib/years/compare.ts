// A report against the same issuer's reports of the year before and the year after, when they are
// known: the CLI knows the files given with it, the extension the reports its user has read.
import { YEAR_RULES } from '../rules/registry.ts';
import { runChecked } from '../rules/run.ts';
import type { YearPair, YearRule } from '../rules/types.ts';
import type { Report, Warning } from '../schema.ts';
import { sameBody, summarize, type YearSummary } from './summary.ts';

export interface YearComparison {
  /** The report with the cross-year findings after its own. */
  report: Report;
  /** The other years' reports it was checked against, earlier first. */
  against: YearSummary[];
}

/**
 * Checks a report against the first known report of its issuer for the year before and for the year
 * after. Pure: the report is not changed, a new one is returned. A report without issuer or year, or
 * in an older format, is returned as it is.
 */
export function compareYears(report: Report, known: readonly YearSummary[], rules: readonly YearRule[] = YEAR_RULES): YearComparison {
  const own = summarize(report);
  if (!own) return { report, against: [] };
  const against = [own.year - 1, own.year + 1]
    .map((year) => known.find((s) => s.year === year && sameBody(s, own)))
    .filter((s): s is YearSummary => s !== undefined);
  if (against.length === 0) return { report, against };
  const warnings: Warning[] = [];
  for (const other of against) {
    const pair: YearPair = other.year < own.year
      ? { earlier: other, later: own, current: 'later' }
      : { earlier: own, later: other, current: 'earlier' };
    for (const rule of rules) warnings.push(...runChecked(rule, () => rule.check(pair)));
  }
  return { report: { ...report, warnings: [...report.warnings, ...warnings] }, against };
}
