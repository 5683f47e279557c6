import { SURE } from '../lib/document/is-report.ts';
import type { Report } from '../lib/schema.ts';
import type { YearSummary } from '../lib/years/summary.ts';
import { useMessages } from './i18n.ts';

/**
 * Who issued the report, for which year, in which form, how sure the reading is, where it came from, and
 * which of the issuer's reports of adjacent years it was checked against (`years`: null where it could not be).
 */
export function ReportHeader({ report, years }: { report: Report; years: YearSummary[] | null }) {
  const t = useMessages();
  const { document: doc, source } = report;
  // As the badge says it: not a report, or a report the reading is unsure of.
  const notice = !doc.isReport ? t.notAReport : doc.confidence < SURE ? t.maybeNotAReport : null;
  return (
    <section class="report-header" aria-label={t.panelLabel}>
      <dl>
        <dt>{t.issuer}</dt><dd data-testid="issuer">{doc.issuer ?? t.unknown}</dd>
        <dt>{t.year}</dt><dd data-testid="year">{doc.year ?? t.unknown}</dd>
        <dt>{t.format}</dt><dd>{t.formats[doc.format]}</dd>
        <dt>{t.confidence}</dt><dd>{Math.round(doc.confidence * 100)}%</dd>
        <dt>{t.source}</dt>
        <dd>{source.url ? <a href={source.url} target="_blank" rel="noreferrer">{source.title || source.url}</a> : source.title}</dd>
        {years && (
          <>
            <dt>{t.otherYears}</dt>
            <dd data-testid="other-years">
              {years.length === 0 ? t.noOtherYears : years.map((y, i) => (
                <>
                  {i > 0 && '、'}
                  {y.url ? <a href={y.url} target="_blank" rel="noreferrer" title={y.title}>{t.yearReport(y.year)}</a> : t.yearReport(y.year)}
                </>
              ))}
            </dd>
          </>
        )}
      </dl>
      {notice && <p class="notice" role="note">{notice}</p>}
    </section>
  );
}
