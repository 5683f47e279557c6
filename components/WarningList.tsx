import { useState } from 'preact/hooks';
import { NO_PLACES, onPage, type CellPlaces } from '../lib/cells.ts';
import { SEVERITIES, type CellRef, type Severity, type Warning } from '../lib/schema.ts';
import { FindingMessage } from './FindingMessage.tsx';
import { useMessages } from './i18n.ts';

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
                      <FindingText warning={w} />
                    </button>
                  )
                  : (
                    <div class="finding" data-rule={w.rule}>
                      <FindingText warning={w} />
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

function FindingText({ warning: w }: { warning: Warning }) {
  const t = useMessages();
  return (
    <>
      <FindingMessage warning={w} />
      {/* Only a comparison of two figures reads as "expected X, actual Y". */}
      {w.expected !== null && w.actual !== null && (
        <span class="detail">{t.expectedActual(String(w.expected), String(w.actual))}</span>
      )}
      <span class="rule">{w.rule}</span>
    </>
  );
}

