// A finding as the panel's list and a cell's tooltip show it, and as a screen reader hears it on the cell.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { englishGist, gistText } from '../lib/finding-facts.ts';
import type { Report, Severity, Warning } from '../lib/schema.ts';
import { useMessages, type Messages } from './i18n.ts';

/** The report the findings shown are of: the English gist names their figures and dates from it. */
export const ReportShown = createContext<Report | null>(null);

/** The messages are the engine's Chinese, quoting the page: English readers get the gist first, with the finding's facts. */
const gistOf = (t: Messages, w: Warning, report: Report | null) => (t.language === 'en' ? englishGist(report, w) : null);

/** Its severity in words, the English gist where English is asked for, and the engine's message. */
export function FindingMessage({ warning: w }: { warning: Warning }) {
  const t = useMessages();
  const gist = gistOf(t, w, useContext(ReportShown));
  // The check in bold; its facts plain under it, as the figures below them are.
  return (
    <>
      <SeverityMark severity={w.severity} />
      {gist && <span class="gist">{gist.check}{gist.facts && <span class="visually-hidden">{t.stop}</span>}</span>}
      {gist?.facts && <span class="facts">{gist.facts}</span>}
      <span class="message">{w.message}</span>
    </>
  );
}

/** What FindingMessage shows, as one string. */
export function findingWords(t: Messages, w: Warning, report: Report | null): string {
  const gist = gistOf(t, w, report);
  return `${t.severity[w.severity]}${t.severityEnd}${gist ? gistText(gist) + t.stop : ''}${w.message}`;
}

/**
 * A finding's severity in words: colour alone is lost in forced colours and on a finding scrolled away from its heading.
 * Shown apart from the message (a tag by its side), it is followed by a colon only screen readers read, lest the two run together.
 */
function SeverityMark({ severity }: { severity: Severity }) {
  const t = useMessages();
  return <><span class="severity">{t.severity[severity]}</span><span class="visually-hidden">{t.severityEnd}</span></>;
}
