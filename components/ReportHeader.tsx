import { useEffect, useRef, useState } from 'preact/hooks';
import { cellKey } from '../lib/cells.ts';
import type { HeadSource } from '../lib/document/from-head.ts';
import { SURE } from '../lib/document/is-report.ts';
import type { Report } from '../lib/schema.ts';
import { pageUrlOf } from '../lib/url.ts';
import type { LinkProblem, YearLink } from '../lib/years/links.ts';
import type { YearSummary } from '../lib/years/summary.ts';
import { useMessages } from './i18n.ts';
import { PagesRow, type OtherPages } from './PagesRow.tsx';

/** The report across years: what it was checked against, and the page's links to what it was not. */
export interface OtherYears {
  /** The issuer's reports of adjacent years it was checked against, earlier first. */
  compared: YearSummary[];
  /** The page's links to the issuer's reports of the adjacent years not compared, to read on request. */
  offers: YearLink[];
  /** The issuer's reports of adjacent years read in tables of the other kind (a 统计表 beside a standard form's), not compared; absent, none. */
  unlike?: YearSummary[];
  /** The offered link being read (problem null), or the last one that gave no report to compare, and why. */
  reading?: { link: YearLink; problem: LinkProblem | null };
}

interface Props {
  report: Report;
  years: OtherYears | null;
  onReadYear: (link: YearLink) => void;
  pages: OtherPages | null;
  onReadPages: () => void;
  /** The issuer and year no line of the page states, by what in the page's head does (CellPlaces). */
  fromHead: ReadonlyMap<string, HeadSource>;
  /** The place the page names alone that the issuer was made from (CellPlaces), null where the page names the issuer. */
  completedFrom: string | null;
  /**
   * Whether a reading unsure the page is a report says so here: not where the page's attachment is the report (lib/verdict.ts
   * notChecked: the page is the report's, whatever its own text scores), nor where the panel's first line said it (an unsure verdict).
   */
  doubtShown: boolean;
}

/** A window no taller than 900 px (a 1366×768 or 1280×800 laptop's, a larger one zoomed): the header unfolded took half the first screen (UX review 2 §9: the first finding at y=433 of 768). */
const SHORT_WINDOW = '(max-height: 900px)';

function useShortWindow(): boolean {
  const [short, setShort] = useState(() => window.matchMedia(SHORT_WINDOW).matches);
  useEffect(() => {
    const query = window.matchMedia(SHORT_WINDOW);
    const changed = () => setShort(query.matches);
    query.addEventListener('change', changed);
    return () => query.removeEventListener('change', changed);
  }, []);
  return short;
}

/**
 * Who issued the report, for which year, in which form, how sure the reading is, where it came from, which
 * page of it this is where the portal splits it (`pages`), with the offer to read the others, and which of
 * the issuer's reports of adjacent years it was checked against (`years`: null where it could not be), with
 * the page's links to the others to read on request. In a short window it is folded to one line, the findings
 * first, unless it has something to offer (pages or years to read). A doubt about the page is said first, above it.
 */
export function ReportHeader({ report, years, onReadYear, pages, onReadPages, fromHead, completedFrom, doubtShown }: Props) {
  const t = useMessages();
  const { document: doc, source } = report;
  // As the badge says it: not a report, or a report the reading is unsure of.
  const notice = !doc.isReport ? t.notAReport : doc.confidence < SURE && doubtShown ? t.maybeNotAReport : null;
  const short = useShortWindow();
  const offers = (pages !== null && !pages.done) || (years !== null && (years.offers.length > 0 || years.reading?.problem != null));
  const Box = short ? 'details' : 'section';
  // Folded, it opens once it has something to offer, and stays as the reader leaves it: reading the pages offered ends
  // the offer, and would otherwise fold the header over the line saying which pages were read. A doubt about the page is
  // said above it, folded or not: unfolded for it, the details pushed the first finding to the foot of a 1024×700 window.
  const opened = useRef(false);
  opened.current ||= offers;
  // Where a value only the page's <title> or a <meta> gives came from: the page shows it nowhere.
  const from = (path: string) => {
    const source = fromHead.get(cellKey({ table: 'document', path }));
    return source && <span class="where">{t.fromHead[source]}</span>;
  };
  return (
    <>
      {/* First: it puts every detail below in doubt. */}
      {notice && <p class="notice" role="note">{notice}</p>}
      <Box class="report-header" aria-label={t.aboutReport} {...(short && { open: opened.current })}>
        {short && <summary>{t.headerSummary(t.formats[doc.format], Math.round(doc.confidence * 100))}</summary>}
        <dl>
          <dt>{t.issuer}</dt><dd><span data-testid="issuer">{doc.issuer ?? t.unknown}</span>{from('issuer')}
            {completedFrom && <span class="where" data-testid="issuer-completed">{t.completedFrom(completedFrom)}</span>}</dd>
          <dt>{t.year}</dt><dd><span data-testid="year">{doc.year ?? t.unknown}</span>{from('year')}</dd>
          <dt>{t.format}</dt><dd>{t.formats[doc.format]}</dd>
          <dt>{t.confidence}</dt><dd>{Math.round(doc.confidence * 100)}%</dd>
          <dt>{t.source}</dt>
          <dd><Source title={source.title} url={source.url} /></dd>
          {pages && <PagesRow pages={pages} onReadPages={onReadPages} />}
          {years && (
            <>
              <dt>{t.otherYears}</dt>
              <dd data-testid="other-years">
                {years.compared.length === 0 && years.offers.length === 0 && !years.unlike?.length ? t.noOtherYears : years.compared.map((y, i) => (
                  <>
                    {i > 0 && t.listSeparator}
                    {y.url ? <a href={y.url} target="_blank" rel="noreferrer" title={y.title}>{t.yearReport(y.year)}</a> : t.yearReport(y.year)}
                  </>
                ))}
                {years.offers.map((link) => {
                  const busy = years.reading?.link === link && years.reading.problem === null;
                  // One link is read at a time.
                  return (
                    <button type="button" class="read-year" key={link.href} disabled={years.reading?.problem === null} aria-busy={busy}
                      title={`${link.text}\n${link.href}`} onClick={() => onReadYear(link)}>
                      {busy ? t.readingYear(link.year) : t.readYear(link.year)}
                    </button>
                  );
                })}
                {years.unlike?.map((y) => <p class="year-unlike" key={y.year}>{t.unlikeYear(y.year, y.format)}</p>)}
                {years.reading?.problem && <p class="year-problem" role="alert">{t.yearProblem(years.reading.link.year, years.reading.problem)}</p>}
              </dd>
            </>
          )}
        </dl>
      </Box>
    </>
  );
}

/**
 * Where the report was read: its title, and its address as text to select and copy. A link to the page the reader is on
 * would lead nowhere new: the address is a link only where it is another page's (a frame's, a viewer's original).
 */
function Source({ title, url }: { title: string; url: string | null }) {
  const elsewhere = url !== null && pageUrlOf(url)?.href !== pageUrlOf(window.location.href)?.href;
  return (
    <>
      {title && <span class="source-title">{title}</span>}
      {url && (elsewhere ? <a class="address" href={url} target="_blank" rel="noreferrer">{url}</a> : <span class="address">{url}</span>)}
    </>
  );
}
