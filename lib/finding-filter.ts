// Which findings the panel's list (and the copied memo) shows under the severities the reader hid. The severities hidden
// are kept from report to report (the reader tidies the list once), so a finding doubting that the page is the issuer's
// own copy (isProvenance: a mirror, injected content, a 范文) is never hidden by them: a filter set on a clean report
// would otherwise hide, on the mirror read next, the one finding that puts all its figures in doubt.
import { SEVERITIES, type Severity, type Warning } from './schema.ts';
import { isProvenance } from './verdict.ts';

export interface Filtered {
  /** The findings shown, in the order given. */
  shown: Warning[];
  /** How many findings of each severity are left out, the most severe first; none left out: empty. */
  left: { severity: Severity; count: number }[];
}

/**
 * The severities of `warnings` that `hidden` hides. With one severity only, hiding it would hide everything: nothing is
 * hidden then (a severity hidden while there were more stays hidden only while its toggle is there to show it again).
 */
export function hiddenAmong(warnings: readonly Warning[], hidden: readonly Severity[]): Severity[] {
  const present = SEVERITIES.filter((s) => warnings.some((w) => w.severity === s));
  return present.length > 1 ? hidden.filter((s) => present.includes(s)) : [];
}

/** The findings `hidden` leaves shown, and the count of those it leaves out by severity. */
export function filterFindings(warnings: readonly Warning[], hidden: readonly Severity[]): Filtered {
  const off = hiddenAmong(warnings, hidden);
  const out = (w: Warning) => off.includes(w.severity) && !isProvenance(w);
  const left = SEVERITIES.map((severity) => ({ severity, count: warnings.filter((w) => w.severity === severity && out(w)).length }))
    .filter(({ count }) => count > 0);
  return { shown: warnings.filter((w) => !out(w)), left };
}
