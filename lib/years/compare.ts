// A report against the same issuer's reports of the year before and the year after, when they are
// known: the CLI knows the files given with it, the extension the reports its user has read.
import { YEAR_RULES } from '../rules/registry.ts';
import { runChecked } from '../rules/run.ts';
import type { YearPair, YearRule } from '../rules/types.ts';
import type { Report, Warning } from '../schema.ts';
import { blockFormats } from '../template/active-disclosure.ts';
import { sideBySide, type RuleOutcome, type SideBySide } from './side-by-side.ts';
import { sameBody, summarize, type YearSummary } from './summary.ts';

export interface YearComparison {
  /** The report with the cross-year findings after its own. */
  report: Report;
  /** The other years' reports it was checked against, earlier first. */
  against: YearSummary[];
  /** For each of them, in that order, the two reports side by side and how each cross-year rule went. */
  sideBySide: SideBySide[];
  /** The issuer's reports of those years known in tables of the other kind (a 统计表 beside a standard form's), not compared. */
  unlike: YearSummary[];
}

/**
 * Checks a report against a known report of its issuer for the year before and for the year after (of
 * several copies of one year, the one it compares most figures with). Pure: the report is not changed, a new one is returned. A report without issuer or year, or
 * in an older format, is returned as it is.
 */
export function compareYears(report: Report, known: readonly YearSummary[], rules: readonly YearRule[] = YEAR_RULES): YearComparison {
  const own = summarize(report);
  if (!own) return { report, against: [], sideBySide: [], unlike: [] };
  // A 统计表 (before 2019) carries nothing into the standard tables of 2019 on: it is compared with another alone.
  const legacy = own.format === 'legacy';
  const sameKind = (s: YearSummary) => (s.format === 'legacy') === legacy;
  // Each year's reports of the own kind where one is known, else one of the other, to say why it was not compared.
  const adjacent = [own.year - 1, own.year + 1].map((year) => known.filter((s) => s.year === year && sameBody(s, own)));
  const unlike = adjacent.flatMap((ones) => ones.some(sameKind) || ones.length === 0 ? [] : [ones[0]!]);
  // Of a year's copies (a report and its mirror, one cut short), the one that compares the most figures: a copy that
  // lost its 表三 would leave the carried-over check undone where the whole report is known.
  const checked = adjacent.flatMap((ones) => {
    const tried = ones.filter(sameKind).map((other) => checkPair(own, other, rules));
    return tried.length === 0 ? [] : [tried.reduce((best, next) => compared(next) > compared(best) ? next : best)];
  });
  const against = checked.map((c) => c.other);
  const warnings: Warning[] = checked.flatMap((c) => c.warnings);
  const views = checked.map((c) => sideBySide(own, c.other, c.outcomes));
  return { report: { ...report, warnings: [...report.warnings, ...warnings] }, against, sideBySide: views, unlike };
}

interface PairCheck { other: YearSummary; outcomes: RuleOutcome[]; warnings: Warning[] }

const compared = (check: PairCheck): number => check.outcomes.reduce((sum, o) => sum + o.compared, 0);

/** The cross-year rules that apply to `own` and `other` (a report of the year before or after), run over the two. */
function checkPair(own: YearSummary, other: YearSummary, rules: readonly YearRule[]): PairCheck {
  const pair: YearPair = other.year < own.year
    ? { earlier: other, later: own, current: 'later' }
    : { earlier: own, later: other, current: 'earlier' };
  // A rule of one form's 表二 does not apply to a report in the other, nor one of the standard tables to two 统计表:
  // it is no check left undone.
  const applying = rules.filter((rule) => rule.form ? rule.form === tableTwoForm(pair.earlier) && rule.form === tableTwoForm(pair.later) : own.format !== 'legacy');
  const warnings: Warning[] = [];
  const outcomes = applying.map((rule): RuleOutcome => {
    // A rule that fails compared nothing: its findings are the one that says so.
    let compared = 0;
    const found = runChecked(rule, () => {
      const check = rule.check(pair);
      compared = check.compared;
      return check.findings;
    });
    warnings.push(...found);
    return { rule: rule.id, compared, failed: compared > 0 ? found.length : 0 };
  });
  return { other, outcomes, warnings };
}

/**
 * The form of the report's 表二: that of most of its blocks, which a report's format (表三's where it has one) need not be
 * (海坛片区 2023: a 2021 表二 over a 2019 表三); the report's (a 统计表's: legacy) where 表二 has no block read or as many of each.
 */
function tableTwoForm(summary: YearSummary): YearSummary['format'] {
  const forms = blockFormats(summary.activeDisclosure).map((b) => b.format);
  const newer = forms.filter((f) => f === '2021').length;
  const older = forms.length - newer;
  return newer > older ? '2021' : older > newer ? '2019' : summary.format;
}
