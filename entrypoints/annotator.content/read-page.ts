// Runs the engine over this frame's live document, exactly as the CLI runs it over a saved page, then
// checks the report against the issuer's reports of adjacent years this browser has read.
import { browser } from 'wxt/browser';
import type { Attachment } from '../../components/Panel.tsx';
import { extract, type FigureBinding } from '../../lib/extract.ts';
import { pageFromDom } from '../../lib/page/dom-source.ts';
import type { Report } from '../../lib/schema.ts';
import { compareYears } from '../../lib/years/compare.ts';
import { summarize, type YearSummary } from '../../lib/years/summary.ts';
import type { Settings } from '../options/settings.ts';
import { adjacentYears, rememberYear } from '../options/year-store.ts';

export type Reading =
  | {
    ok: true; report: Report; bindings: FigureBinding<Node>[]; attachments: Attachment[];
    /** The other years' reports it was checked against; null where it could not be (no issuer or year, older format, remembering off). */
    years: YearSummary[] | null;
  }
  | { ok: false; message: string };

/** Never throws: a page the engine cannot read gives a reading that says why. */
export async function readPage(doc: Document, settings: Pick<Settings, 'trustedDomains' | 'rememberReports'>): Promise<Reading> {
  let reading: Reading;
  try {
    const page = pageFromDom(doc);
    const { report, bindings } = extract(page, { url: doc.location.href, trustedDomains: settings.trustedDomains });
    const attachments = page.attachments.map((a) => ({ href: new URL(a.href, doc.baseURI).href, text: a.text }));
    reading = { ok: true, report, bindings, attachments, years: null };
  } catch (error) {
    console.error('[GovReport Lens]', error);
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const own = settings.rememberReports ? summarize(reading.report) : null;
  if (!own) return reading;
  // Storage can fail (quota, a profile that forbids it): the page's own reading, and a comparison made, still stand.
  const logged = (what: string) => (error: unknown) => { console.error(`[GovReport Lens] could not ${what}`, error); };
  const known = await adjacentYears(own).catch(logged('read the reports of other years'));
  // A report read in a private window is compared but not remembered: storage.local outlives the window.
  if (!browser.extension.inIncognitoContext) void rememberYear(own).catch(logged('remember this report'));
  if (!known) return reading;
  const { report, against } = compareYears(reading.report, known);
  return { ...reading, report, years: against };
}
