import { ruleRequirement } from '../lib/rules/summary.ts';
import type { Report } from '../lib/schema.ts';
import type { FigureRow, SideBySide } from '../lib/years/side-by-side.ts';
import { notComparable } from '../lib/years/summary.ts';
import { useMessages } from './i18n.ts';

interface Props {
  report: Report;
  /** Whether the report was compared with the years remembered (ReportHeader's `years` not null): then it names those it was not. */
  remembered: boolean;
  /** The reports of adjacent years it was compared with (lib/years/side-by-side.ts). */
  sideBySide: SideBySide[];
}

/**
 * The report beside each of its issuer's reports of adjacent years it was compared with: both years'
 * totals with the change, the carried figures that must agree (two 统计表 have neither: only their checks), and how
 * each check across years went.
 * Where it was compared with none, one line says why, unless the page is no report, or the header says
 * that no report of an adjacent year was read yet.
 */
export function YearsSideBySide({ report, remembered, sideBySide }: Props) {
  const t = useMessages();
  if (sideBySide.length > 0) return <>{sideBySide.map((view) => <YearPair key={view.other.year} view={view} />)}</>;
  const reason = notComparable(report);
  if (reason === 'not-report' || (reason === null && remembered)) return null;
  return <p class="not-compared" data-testid="not-compared">{t.notCompared(reason ?? 'not-remembered', t.formats[report.document.format])}</p>;
}

const signed = (n: number | null) => (n === null ? '' : n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

function YearPair({ view }: { view: SideBySide }) {
  const t = useMessages();
  const { other, years, figures, carried, rules } = view;
  const id = `grl-years-${other.year}`;
  const link = other.url ? <a href={other.url} target="_blank" rel="noreferrer" title={other.title}>{t.yearReport(other.year)}</a> : t.yearReport(other.year);
  // Each table's rows under its name, in the reports' order.
  const tables = [...new Set(figures.map((f) => f.table))];
  return (
    <section class="years-side-by-side" aria-labelledby={id} data-year={other.year}>
      <h2 id={id}>{t.comparedWith} {link} {t.comparedWithEnd}</h2>
      {figures.length > 0 && <table class="years-table">
        <thead>
          <tr><th scope="col">{t.figureName}</th><th scope="col">{years.earlier}</th><th scope="col">{years.later}</th><th scope="col">{t.change}</th></tr>
        </thead>
        {tables.map((table) => (
          <tbody key={table}>
            <tr><th scope="colgroup" colSpan={4} class="years-table-name">{t.yearTable(table)}</th></tr>
            {figures.filter((f) => f.table === table).map((f) => <Row key={f.figure} row={f} />)}
          </tbody>
        ))}
      </table>}
      {carried && <p class={`carried ${carried.agrees === false ? 'error' : ''}`} data-testid="carried">
        <span class="mark" aria-hidden="true">{carried.agrees === null ? '–' : carried.agrees ? '✓' : '✗'}</span>
        {t.carried(years.earlier, years.later, carried.earlier, carried.later, carried.agrees)}
      </p>}
      <h3>{t.yearChecks}</h3>
      <ul class="year-checks">
        {rules.map(({ rule, compared, failed }) => (
          <li key={rule} data-rule={rule} class={compared === 0 ? 'unchecked' : failed > 0 ? 'error' : 'passed'}>
            <span class="mark" aria-hidden="true">{compared === 0 ? '–' : failed > 0 ? '✗' : '✓'}</span>
            {t.checkOutcome(ruleRequirement(rule, t.language) ?? rule, compared, failed)}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Row({ row }: { row: FigureRow }) {
  const t = useMessages();
  return (
    <tr>
      <th scope="row">{t.yearFigure(row.figure)}</th>
      <td>{row.earlier ?? '—'}</td>
      <td>{row.later ?? '—'}</td>
      <td class="change">{signed(row.change)}</td>
    </tr>
  );
}
