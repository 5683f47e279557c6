// Runs the engine over this frame's live document, exactly as the CLI runs it over a saved page, then
// checks the report against the issuer's reports of adjacent years this browser has read, and finds the
// page's links to those it has not.
import { browser } from 'wxt/browser';
import type { Attachment } from '../../components/Panel.tsx';
import type { OtherYears } from '../../components/ReportHeader.tsx';
import { extract, type FigureBinding } from '../../lib/extract.ts';
import { pageFromDom } from '../../lib/page/dom-source.ts';
import type { Report } from '../../lib/schema.ts';
import { compareYears } from '../../lib/years/compare.ts';
import { adjacentYearLinks, checkFetched, stillOffered, type LinkProblem, type PageLink, type YearLink } from '../../lib/years/links.ts';
import { summarize, type YearSummary } from '../../lib/years/summary.ts';
import type { Settings } from '../options/settings.ts';
import { adjacentYears, rememberYear } from '../options/year-store.ts';
import type { BackgroundMessage, FetchedPage } from './protocol.ts';

export type Reading =
  | {
    ok: true; report: Report; bindings: FigureBinding<Node>[]; attachments: Attachment[];
    /** The other years' reports it was checked against and the links to the others; null where it could not be (no issuer or year, older format, remembering off). */
    years: Omit<OtherYears, 'reading'> | null;
    /** The report as the page alone gives it, to be compared again when another year's report is read. */
    alone: Report;
  }
  | { ok: false; message: string };
type ReportReading = Extract<Reading, { ok: true }>;

type Settled = Pick<Settings, 'trustedDomains' | 'rememberReports'>;

const logged = (what: string) => (error: unknown) => { console.error(`[GovReport Lens] could not ${what}`, error); };

/** Never throws: a page the engine cannot read gives a reading that says why. */
export async function readPage(doc: Document, settings: Settled): Promise<Reading> {
  let reading: ReportReading;
  try {
    const page = pageFromDom(doc);
    const { report, bindings } = extract(page, { url: doc.location.href, trustedDomains: settings.trustedDomains });
    const attachments = page.attachments.map((a) => ({ href: new URL(a.href, doc.baseURI).href, text: a.text }));
    reading = { ok: true, report, bindings, attachments, years: null, alone: report };
  } catch (error) {
    console.error('[GovReport Lens]', error);
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const own = settings.rememberReports ? summarize(reading.report) : null;
  if (!own) return reading;
  // Storage can fail (quota, a profile that forbids it): the page's own reading, and a comparison made, still stand.
  const known = await adjacentYears(own).catch(logged('read the reports of other years'));
  remember(own);
  if (!known) return reading;
  return compared(reading, known, adjacentYearLinks(own, pageLinks(doc)));
}

/**
 * Reads the report `link` leads to (fetched by the background) and, if it is the issuer's report of the
 * year the link named, remembers it and compares the page's report with it too; else says what it was.
 */
export async function readYearLink(reading: ReportReading, link: YearLink, settings: Pick<Settings, 'trustedDomains'>): Promise<{ ok: true; reading: Reading } | { ok: false; problem: LinkProblem }> {
  const own = summarize(reading.alone);
  if (!own || !reading.years) return { ok: false, problem: { kind: 'not-report' } }; // no link is offered then
  // A worker that could not answer (restarted, or gone with an update) answers nothing.
  const page: FetchedPage | undefined = await browser.runtime.sendMessage({ type: 'grl:fetch', url: link.href } satisfies BackgroundMessage)
    .catch((error: unknown) => { console.error('[GovReport Lens] could not ask for a page', error); });
  if (!page) return { ok: false, problem: { kind: 'unreachable', cause: 'network' } };
  if (!page.ok) return page;
  let fetched: YearSummary | null;
  try {
    // Parsed, not rendered: none of the page's scripts run, none of its images load.
    const doc = new DOMParser().parseFromString(page.html, 'text/html');
    fetched = summarize(extract(pageFromDom(doc), { url: page.url, trustedDomains: settings.trustedDomains }).report);
  } catch (error) {
    console.error('[GovReport Lens]', error);
    fetched = null;
  }
  const problem = checkFetched(own, link, fetched);
  if (problem || !fetched) return { ok: false, problem: problem ?? { kind: 'not-report' } };
  remember(fetched); // links are offered only where remembering is on
  return { ok: true, reading: compared(reading, [...reading.years.compared, fetched], reading.years.offers) };
}

/** The reading with its report compared with `known`, offering the links for the years still missing. */
function compared(reading: ReportReading, known: YearSummary[], links: YearLink[]): ReportReading {
  const { report, against } = compareYears(reading.alone, known);
  return { ...reading, report, years: { compared: against, offers: stillOffered(links, against) } };
}

// A report read in a private window is compared but not remembered: storage.local outlives the window.
function remember(summary: YearSummary) {
  if (!browser.extension.inIncognitoContext) void rememberYear(summary).catch(logged('remember a report'));
}

function pageLinks(doc: Document): PageLink[] {
  return [...doc.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => ({ href: a.href, text: a.textContent ?? '', title: a.title }));
}
