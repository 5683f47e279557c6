// Runs the engine over this frame's live document, exactly as the CLI runs it over a saved page, then
// checks the report against the issuer's reports of adjacent years this browser has read, and finds the
// page's links to those it has not; on one page of a paginated report, reads the others on request.
import { browser } from 'wxt/browser';
import type { OtherPages } from '../../components/PagesRow.tsx';
import type { Attachment } from '../../components/Panel.tsx';
import type { OtherYears } from '../../components/ReportHeader.tsx';
import { cellPlaces, type CellPlaces } from '../../lib/cells.ts';
import { steadyText } from '../../lib/detect.ts';
import { httpUrl } from '../../lib/document/address.ts';
import { reportPages, type PageProblem } from '../../lib/document/page-urls.ts';
import { isPagerLine, type Pagination } from '../../lib/document/pagination.ts';
import { extract, type FigureBinding, type WordPlace } from '../../lib/extract.ts';
import { pageFromDom } from '../../lib/page/dom-source.ts';
import { joinPages, type PageModel } from '../../lib/page/model.ts';
import type { Report, Warning } from '../../lib/schema.ts';
import { compareYears } from '../../lib/years/compare.ts';
import type { SideBySide } from '../../lib/years/side-by-side.ts';
import { adjacentYearLinks, checkFetched, stillOffered, type LinkProblem, type PageLink, type YearLink } from '../../lib/years/links.ts';
import { summarize, type YearSummary } from '../../lib/years/summary.ts';
import type { Settings } from '../options/settings.ts';
import { loadSettings } from '../options/settings-store.ts';
import { adjacentYears, rememberYear } from '../options/remembered-years.ts';
import type { BackgroundMessage, FetchedPage } from './protocol.ts';

export type Reading =
  | {
    ok: true; report: Report; bindings: FigureBinding<Node>[]; attachments: Attachment[];
    /** Whether the report's text shows an image or embeds a page big enough to hold a table (Extraction.pictures): where it does not, no table is there to read. */
    pictures: boolean;
    /** Where the page prints the words of the findings about some (Extraction.words). */
    words: Map<Warning, WordPlace<Node>[]>;
    /** The other years' reports it was checked against and the links to the others; null where it could not be (no issuer or year, older format, remembering off). */
    years: Omit<OtherYears, 'reading'> | null;
    /** The report beside each report of `years.compared`. */
    sideBySide: SideBySide[];
    /** The report as the page (with its other pages, once read) gives it, to be compared again when another year's report is read. */
    alone: Report;
    /** The page as read, kept to be joined with the report's other pages. */
    model: PageModel<Node>;
    pagination: Pagination | null;
    /** The report's other pages, where this is one page of several and they can be told. */
    pages: Omit<OtherPages, 'busy'> | null;
    places: CellPlaces;
    /** The elements the page hides that the report's cells are in (of Extraction.hiddenTab). */
    hiddenTab: Element[];
  }
  | { ok: false; message: string };
export type ReportReading = Extract<Reading, { ok: true }>;

type Settled = Pick<Settings, 'trustedDomains' | 'rememberReports'>;

// A page saved and opened from disk (file://) is at no address of the report's: the engine takes the address
// the browser noted when saving it, as the CLI does.
const pageUrl = (doc: Document): string | null => httpUrl(doc.location.href);

const logged = (what: string) => (error: unknown) => { console.error(`[GovReport Lens] could not ${what}`, error); };

/** Never throws: a page the engine cannot read gives a reading that says why. */
export async function readPage(doc: Document, settings: Settled): Promise<Reading> {
  let reading: ReportReading;
  // Read once, and only where asked for: a portal's page has thousands of links.
  let links: PageLink[] | undefined;
  const linksOnce = () => (links ??= pageLinks(doc));
  try {
    const page = pageFromDom(doc);
    const { report, bindings, words, pagination, hiddenTab, pictures } = extract(page, { url: pageUrl(doc), trustedDomains: settings.trustedDomains });
    const attachments = page.attachments.map((a) => ({ href: new URL(a.href, doc.baseURI).href, text: a.text }));
    const found = pagination && reportPages(pagination, doc.location.href, linksOnce());
    const pages = found && { ...found, total: pagination?.pages ?? Math.max(found.own, ...found.others.map((p) => p.page)) };
    reading = {
      ok: true, report, bindings, words, attachments, pictures, years: null, sideBySide: [], alone: report, model: page, pagination, pages,
      places: cellPlaces(bindings, () => true, report.document, page, words),
      // Not every hidden box read with it (an old portal's drop-down menu of a layout table): those the report's cells are in.
      hiddenTab: hiddenTab.filter((node): node is Element => node.nodeType === Node.ELEMENT_NODE && bindings.some((b) => node.contains(b.node))),
    };
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
  return compared(reading, known, adjacentYearLinks(own, linksOnce()));
}

/**
 * Reads the report `link` leads to (fetched by the background) and, if it is the issuer's report of the
 * year the link named, remembers it and compares the page's report with it too; else says what it was.
 */
export async function readYearLink(reading: ReportReading, link: YearLink, settings: Pick<Settings, 'trustedDomains'>): Promise<{ ok: true; reading: Reading } | { ok: false; problem: LinkProblem }> {
  const own = summarize(reading.alone);
  if (!own || !reading.years) return { ok: false, problem: { kind: 'not-report' } }; // no link is offered then
  const page = await fetchPage(link.href);
  if (!page.ok) return page;
  let fetched: YearSummary | null;
  try {
    fetched = summarize(extract(parsedPage(page.html), { url: page.url, trustedDomains: settings.trustedDomains }).report);
  } catch (error) {
    console.error('[GovReport Lens]', error);
    fetched = null;
  }
  const problem = checkFetched(own, link, fetched);
  // The issuer's report of the year in tables of the other kind is remembered too: from then on it is named with why
  // nothing was compared, and its link no longer offered (compared).
  if (fetched && (!problem || problem.kind === 'other-kind')) remember(fetched);
  if (problem || !fetched) return { ok: false, problem: problem ?? { kind: 'not-report' } };
  return { ok: true, reading: compared(reading, [...knownOf(reading.years), fetched], reading.years.offers) };
}

/**
 * Reads the report's other pages (fetched by the background) and the report again over all the pages
 * read, joined in page order; a page that could not be read is left out and said why. Marks stay on this
 * page's own cells: the other pages' figures have none here.
 */
export async function readOtherPages(doc: Document, reading: ReportReading, settings: Pick<Settings, 'trustedDomains'>): Promise<ReportReading> {
  const { pages, pagination } = reading;
  if (!pages || !pagination) return reading;
  // This page as its server sends it too: the live page also has the lines its scripts wrote (a pager, a date,
  // a visit counter), which a fetched page, parsed with none of its scripts run, never has.
  const [sent, ...fetched] = await Promise.all([
    fetchPage(doc.location.href), ...pages.others.map(async ({ page, url }) => ({ page, got: await fetchPage(url) })),
  ]);
  const models = new Map<number, PageModel<Node>>([[pages.own, reading.model]]);
  // A portal that loads the article by XHR sends the same empty shell for every page: a copy without the
  // live page's longest line (its article's, never a script's short one) is that shell, and no copy of this page.
  const article = steadyText(reading.model.lines.reduce((longest, l) => (l.text.length > longest.length ? l.text : longest), ''));
  const sentText = sent.ok ? textOf(parsedPage(sent.html)) : null;
  const shell = sentText !== null && !sentText.includes(article) ? sentText : null;
  const texts = new Map([[pages.own, sentText !== null && shell === null ? sentText : textOf(reading.model)]]);
  const failed: { page: number; problem: PageProblem }[] = [];
  for (const { page, got } of fetched) {
    if (!got.ok) {
      failed.push({ page, problem: got.problem });
      continue;
    }
    const model = parsedPage(got.html);
    const text = textOf(model);
    // A server that ignores the page's number (?page=2) serves page 1 again: joined, it would count its figures twice.
    const same = [...texts].find(([, t]) => t === text);
    if (text === shell) {
      failed.push({ page, problem: { kind: 'no-article' } });
    } else if (same) {
      failed.push({ page, problem: { kind: 'same-page', as: same[0] } });
    } else {
      models.set(page, model);
      texts.set(page, text);
    }
  }
  const read = [...models.keys()].sort((a, b) => a - b);
  const done = { read, failed };
  if (read.length === 1) return { ...reading, pages: { ...pages, done } };
  const allPages = joinPages(read.map((page) => models.get(page)!), isPagerLine);
  const joined = extract(allPages, {
    url: pageUrl(doc), trustedDomains: settings.trustedDomains,
    pagination: { ...pagination, page: pages.own, joined: { read, failed: failed.map((f) => f.page) } },
  });
  const next: ReportReading = {
    ...reading, report: joined.report, bindings: joined.bindings, words: joined.words, alone: joined.report, pages: { ...pages, done },
    places: cellPlaces(joined.bindings, (node) => node.ownerDocument === doc, joined.report.document, allPages, joined.words),
  };
  if (!reading.years) return next;
  // The whole report is what other years are compared with, and remembered.
  const whole = summarize(joined.report);
  if (whole) remember(whole);
  return compared(next, knownOf(reading.years), reading.years.offers);
}

/** A page of the frame's site, fetched by the background; a worker that could not answer (restarted, or gone with an update) answers nothing. */
async function fetchPage(url: string): Promise<FetchedPage> {
  const page: FetchedPage | undefined = await browser.runtime.sendMessage({ type: 'grl:fetch', url } satisfies BackgroundMessage)
    .catch((error: unknown) => { console.error('[GovReport Lens] could not ask for a page', error); });
  return page ?? { ok: false, problem: { kind: 'unreachable', cause: 'network' } };
}

/** A fetched page's model: parsed, not rendered, so none of its scripts run and none of its images load. */
const parsedPage = (html: string) => pageFromDom(new DOMParser().parseFromString(html, 'text/html'));

// Without what ticks (浏览次数：1234, a clock): a server counts the visit in the page it writes, page 1 served again included.
const textOf = (page: PageModel<Node>) => steadyText(page.lines.map((l) => l.text).join('\n'));

/** The adjacent years' reports a reading knows: those compared, and those of the other kind, still to be said. */
const knownOf = (years: Omit<OtherYears, 'reading'>) => [...years.compared, ...years.unlike ?? []];

/** The reading with its report compared with `known`, offering the links for the years still missing. */
function compared(reading: ReportReading, known: YearSummary[], links: YearLink[]): ReportReading {
  const { report, against, sideBySide, unlike } = compareYears(reading.alone, known);
  // A year read in tables of the other kind is said, not offered: reading it again would compare nothing.
  return { ...reading, report, years: { compared: against, offers: stillOffered(links, [...against, ...unlike]), unlike }, sideBySide };
}

// A report read in a private window is compared but not remembered: storage.local outlives the window. The setting
// is read as the report is stored: turned off while a report was being read (a year's link fetched), it holds.
function remember(summary: YearSummary) {
  if (browser.extension.inIncognitoContext) return;
  void loadSettings().then((settings) => (settings.rememberReports ? rememberYear(summary) : undefined)).catch(logged('remember a report'));
}

// Each address resolved only when read (a link whose text names no report is never asked it).
function pageLinks(doc: Document): PageLink[] {
  return Array.from(doc.querySelectorAll<HTMLAnchorElement>('a[href]'), (a) => ({ get href() { return a.href; }, text: a.textContent ?? '', title: a.title }));
}
