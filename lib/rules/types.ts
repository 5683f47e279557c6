// The shape of a consistency rule. A rule reads the already-parsed report (never the page) and
// reports findings; the runner stamps each finding with the rule's id.
import type { Report, Severity, Warning } from '../schema.ts';

export interface RuleContext {
  url: string | null;
  /** Domains the user trusts as official besides gov.cn. */
  trustedDomains: string[];
  /** The report's title: the page's <title> (or ArticleTitle) where it names a report, else the heading that does. */
  title: string;
  /** The page's text lines in order, as extracted (lines inside statistics tables excluded). */
  lines: readonly string[];
  /** Where the page shows a large image: for each, the number of `lines` before it. */
  images: readonly number[];
  /** Standard tables the page shows (their section has rows) but whose layout could not be read. */
  unreadable: readonly ('activeDisclosure' | 'applications' | 'reviewLitigation')[];
}

/** A warning before the runner names the rule that made it. */
export type Finding = Omit<Warning, 'rule'>;

export interface Rule {
  /** `<area>/<name>`; the rule lives in lib/rules/<area>/<name>.ts. */
  id: string;
  /** The most severe finding it reports. */
  severity: Severity;
  description: string;
  rationale: string;
  example: { passes: string; fails: string };
  check(report: Report, ctx: RuleContext): Finding[];
}
