import { useState } from 'preact/hooks';
import { cellKey, NO_PLACES, onPage, type CellPlaces } from '../lib/cells.ts';
import type { HeadSource } from '../lib/document/from-head.ts';
import { englishSummary } from '../lib/rules/summary.ts';
import { SEVERITIES, type CellRef, type Severity, type Warning } from '../lib/schema.ts';
import { useMessages, type Messages } from './i18n.ts';

/**
 * The findings grouped by severity, most severe first, each severity shown or hidden by its toggle;
 * a finding about cells jumps to them on the page (not to those all on the report's other pages, nor to the
 * report's date or period where no line of the page states it: `places`).
 */
export function WarningList({ warnings, places, onShowCells }: {
  warnings: Warning[]; places: CellPlaces; onShowCells: (cells: CellRef[]) => void;
}) {
  const t = useMessages();
  const [hidden, setHidden] = useState<ReadonlySet<Severity>>(new Set());
  const groups = SEVERITIES.map((severity) => ({ severity, group: warnings.filter((w) => w.severity === severity) }))
    .filter(({ group }) => group.length > 0);
  // With one severity only, hiding it would hide everything: no toggles then, and nothing hidden (a severity
  // hidden while there were more stays hidden only while its toggle is there to show it again).
  const filtering = groups.length > 1;
  const toggle = (severity: Severity) => {
    const next = new Set(hidden);
    if (!next.delete(severity)) next.add(severity);
    setHidden(next);
  };
  return (
    <section class="warnings" aria-labelledby="grl-warnings-title">
      <h2 id="grl-warnings-title">
        {t.warningsTitle} <span class="count" data-testid="warning-count">{warnings.length}</span>
      </h2>
      {warnings.length === 0 && <p class="ok">{t.noWarnings}</p>}
      {filtering && (
        <div class="severity-filter" role="group" aria-label={t.filterBySeverity}>
          {groups.map(({ severity, group }) => (
            <button type="button" key={severity} class={`toggle ${severity}`} data-severity={severity}
              aria-pressed={!hidden.has(severity)} onClick={() => toggle(severity)}>
              {t.severities[severity]} {group.length}
            </button>
          ))}
        </div>
      )}
      {groups.filter(({ severity }) => !filtering || !hidden.has(severity)).map(({ severity, group }) => (
        <div class={`group ${severity}`} key={severity}>
          <h3 id={`grl-sev-${severity}`}>{t.severities[severity]} ({group.length})</h3>
          <ul aria-labelledby={`grl-sev-${severity}`}>
            {group.map((w, i) => (
              <li key={i}>
                {/* A finding about nothing the page shows (its site, a date only a <meta> gives) is text, not a button that does nothing. */}
                {onPage(w.cells, places)
                  ? (
                    <button type="button" class="finding" data-rule={w.rule} title={t.showCells} onClick={() => onShowCells(w.cells)}>
                      <FindingText warning={w} fromHead={places.fromHead} />
                    </button>
                  )
                  : (
                    <div class="finding" data-rule={w.rule}>
                      <FindingText warning={w} fromHead={places.fromHead} />
                      {onPage(w.cells, { ...places, elsewhere: NO_PLACES.elsewhere }) && <span class="where">{t.onOtherPage}</span>}
                    </div>
                  )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function FindingText({ warning: w, fromHead }: { warning: Warning; fromHead: CellPlaces['fromHead'] }) {
  const t = useMessages();
  // The values it names that only the page's <title> or a <meta> gives, by where from: 年度取自网页标题.
  const named = new Map<HeadSource, string[]>();
  for (const c of w.cells) {
    const source = fromHead.get(cellKey(c));
    const name = t.documentValues[c.path as keyof Messages['documentValues']];
    if (source && !named.get(source)?.includes(name)) named.set(source, [...named.get(source) ?? [], name]);
  }
  return (
    <>
      {/* The messages are the engine's Chinese, quoting the page: English readers get the gist first. */}
      <SeverityMark severity={w.severity} />
      {t.language === 'en' && <span class="gist">{englishSummary(w.rule)}</span>}
      <span class="message">{w.message}</span>
      {/* Only a comparison of two figures reads as "expected X, actual Y". */}
      {w.expected !== null && w.actual !== null && (
        <span class="detail">{t.expectedActual(String(w.expected), String(w.actual))}</span>
      )}
      {[...named].map(([source, names]) => <span class="where" key={source}>{t.valuesFromHead(names, source)}</span>)}
      <span class="rule">{w.rule}</span>
    </>
  );
}

/**
 * A finding's severity in words: colour alone is lost in forced colours and on a finding scrolled away from its heading.
 * Shown apart from the message (a tag by its side), it is followed by a colon only screen readers read, lest the two run together.
 */
export function SeverityMark({ severity }: { severity: Severity }) {
  const t = useMessages();
  return <><span class="severity">{t.severity[severity]}</span><span class="visually-hidden">{t.severityEnd}</span></>;
}
