import { englishSummary } from '../lib/rules/summary.ts';
import { cellKey } from '../lib/cells.ts';
import { SEVERITIES, type CellRef, type Warning } from '../lib/schema.ts';
import { useMessages } from './i18n.ts';

/**
 * The findings grouped by severity, most severe first; each one jumps to its cells on the page (none
 * where its cells are all on the report's other pages, `elsewhere`).
 */
export function WarningList({ warnings, elsewhere, onShowCells }: { warnings: Warning[]; elsewhere: ReadonlySet<string>; onShowCells: (cells: CellRef[]) => void }) {
  const t = useMessages();
  const onPage = (w: Warning) => w.cells.some((c) => !elsewhere.has(cellKey(c)));
  return (
    <section class="warnings" aria-labelledby="grl-warnings-title">
      <h2 id="grl-warnings-title">
        {t.warningsTitle} <span class="count" data-testid="warning-count">{warnings.length}</span>
      </h2>
      {warnings.length === 0 && <p class="ok">{t.noWarnings}</p>}
      {SEVERITIES.map((severity) => {
        const group = warnings.filter((w) => w.severity === severity);
        if (group.length === 0) return null;
        return (
          <div class={`group ${severity}`} key={severity}>
            <h3 id={`grl-sev-${severity}`}>{t.severities[severity]} ({group.length})</h3>
            <ul aria-labelledby={`grl-sev-${severity}`}>
              {group.map((w, i) => (
                <li key={i}>
                  <button type="button" class="finding" data-rule={w.rule} disabled={!onPage(w)}
                    title={onPage(w) ? t.showCells : w.cells.length ? t.onOtherPage : undefined} onClick={() => onShowCells(w.cells)}>
                    {/* The messages are the engine's Chinese, quoting the page: English readers get the gist first. */}
                    {t.language === 'en' && <span class="gist">{englishSummary(w.rule)}</span>}
                    <span class="message">{w.message}</span>
                    {/* Only a comparison of two figures reads as "expected X, actual Y". */}
                    {w.expected !== null && w.actual !== null && (
                      <span class="detail">{t.expectedActual(String(w.expected), String(w.actual))}</span>
                    )}
                    <span class="rule">{w.rule}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
