// Every rule, in the order findings are reported and documented. Adding a rule means adding it here.
import { columnBalance } from './applications/column-balance.ts';
import { outcomeSum as applicationsOutcomeSum } from './applications/outcome-sum.ts';
import { rowSum } from './applications/row-sum.ts';
import { inForceBalance } from './activeDisclosure/in-force-balance.ts';
import { publishedWithinTotal } from './activeDisclosure/published-within-total.ts';
import { regulationsPower } from './activeDisclosure/regulations-power.ts';
import { announcedCount } from './document/announced-count.ts';
import { announcedParts } from './document/announced-parts.ts';
import { announcedTable } from './document/announced-table.ts';
import { datedAfterWriting } from './document/dated-after-writing.ts';
import { draftingNote } from './document/drafting-note.ts';
import { noticeNumber } from './document/notice-number.ts';
import { feeStatement } from './document/fee-statement.ts';
import { formatMatchesYear } from './document/format-matches-year.ts';
import { numbering } from './document/numbering.ts';
import { paginated } from './document/paginated.ts';
import { hiddenTab } from './document/hidden-tab.ts';
import { periodLegible } from './document/period-legible.ts';
import { publishedOnTime } from './document/published-on-time.ts';
import { reportOfIssuer } from './document/report-of-issuer.ts';
import { requiredTables } from './document/required-tables.ts';
import { statedPublication } from './document/stated-publication.ts';
import { signedAfterPeriod } from './document/signed-after-period.ts';
import { signedBeforePublished } from './document/signed-before-published.ts';
import { signedByIssuer } from './document/signed-by-issuer.ts';
import { legacyContents } from './document/legacy-contents.ts';
import { sixParts } from './document/six-parts.ts';
import { wholeYearPeriod } from './document/whole-year-period.ts';
import { yearAgrees } from './document/year-agrees.ts';
import { validNumber } from './figures/valid-number.ts';
import { childrenSum } from './legacyStats/children-sum.ts';
import { columnYear } from './legacyStats/column-year.ts';
import { cumulativeNotBelowYear } from './legacyStats/cumulative-not-below-year.ts';
import { subsetWithinParent } from './legacyStats/subset-within-parent.ts';
import { tableComplete } from './legacyStats/table-complete.ts';
import { garbledText } from './provenance/garbled-text.ts';
import { injectedContent } from './provenance/injected-content.ts';
import { officialDomain } from './provenance/official-domain.ts';
import { templateEssay } from './provenance/template-essay.ts';
import { blankCount } from './prose/blank-count.ts';
import { caseOutcomes } from './prose/case-outcomes.ts';
import { completionRate } from './prose/completion-rate.ts';
import { countsOfAnotherYear } from './prose/counts-of-another-year.ts';
import { feeNotices } from './prose/fee-notices.ts';
import { feeWithoutApplications } from './prose/fee-without-applications.ts';
import { partsSum } from './prose/parts-sum.ts';
import { statedShares } from './prose/stated-shares.ts';
import { strayWan } from './prose/stray-wan.ts';
import { tableAgreement } from './prose/table-agreement.ts';
import { outcomeSum as reviewLitigationOutcomeSum } from './reviewLitigation/outcome-sum.ts';
import type { Rule, RuleInfo, YearRule } from './types.ts';
import { carriedOver } from './years/carried-over.ts';
import { cumulative } from './years/cumulative.ts';
import { inForce } from './years/in-force.ts';
import { itemCounts } from './years/item-counts.ts';
import { totalPublished } from './years/total-published.ts';

export const RULES: readonly Rule[] = [
  // Where the page comes from, before what it says.
  officialDomain, injectedContent, templateEssay, garbledText,
  // The document as a whole.
  paginated, hiddenTab, requiredTables, formatMatchesYear, sixParts, legacyContents, announcedParts, announcedCount, announcedTable, feeStatement, numbering, yearAgrees, wholeYearPeriod, periodLegible, signedAfterPeriod, signedBeforePublished, datedAfterWriting, signedByIssuer, reportOfIssuer, publishedOnTime, statedPublication, draftingNote, noticeNumber,
  // The tables, in the report's order.
  validNumber,
  publishedWithinTotal, inForceBalance, regulationsPower,
  columnBalance, applicationsOutcomeSum, rowSum,
  reviewLitigationOutcomeSum,
  tableComplete, columnYear, childrenSum, subsetWithinParent, cumulativeNotBelowYear,
  // The prose against itself and against the tables.
  partsSum, strayWan, statedShares, completionRate, tableAgreement, caseOutcomes, feeNotices, feeWithoutApplications, blankCount, countsOfAnotherYear,
];

// A report against the same issuer's report of the year before or after (lib/years/compare.ts).
export const YEAR_RULES: readonly YearRule[] = [carriedOver, itemCounts, totalPublished, inForce, cumulative];

/** Every rule, as the docs and the panel's gists list them. */
export const CATALOGUE: readonly RuleInfo[] = [...RULES, ...YEAR_RULES];
