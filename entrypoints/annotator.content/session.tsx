// One open annotator: the marks on the page plus the side panel in its shadow root. close() takes
// both away; the page is left exactly as it was before open.
import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Feedback } from '../../components/ActionBar.tsx';
import type { HoveredCell } from '../../components/CellTooltip.tsx';
import { messagesFor } from '../../components/i18n.ts';
import { Panel, type PanelContent } from '../../components/Panel.tsx';
import type { OtherYears } from '../../components/ReportHeader.tsx';
import panelCss from '../../components/panel.css?inline';
import { cellSeverities, warningsFor } from '../../lib/cells.ts';
import { findFigure } from '../../lib/labels.ts';
import type { CellRef } from '../../lib/schema.ts';
import type { YearLink } from '../../lib/years/links.ts';
import { reportToCsv, reportToJson, tableToTsv } from '../../lib/serialize.ts';
import type { Settings } from '../options/settings.ts';
import { copyText, downloadText, fileNameFor } from './export.ts';
import { markFigures, type MarkedCell, type Marks } from './marks.ts';
import { makeRoom } from './page-room.ts';
import { readYearLink, type Reading } from './read-page.ts';

export interface Session { close(): void }

const FEEDBACK_MS = 4000;

/** `onReading` gets the page's reading each time reading another year's report changed it. */
export async function openSession(
  ctx: ContentScriptContext, reading: Reading, settings: Settings, onClosed: () => void, onReading: (reading: Reading) => void,
): Promise<Session> {
  const t = messagesFor(settings.language);
  const listeners = new AbortController();
  let hovered: HoveredCell | null = null;
  let feedback: Feedback | null = null;
  let feedbackTimer = 0;
  let container: HTMLElement | null = null;
  let closed = false;

  let yearRead: OtherYears['reading'];
  const contentOf = (): PanelContent => reading.ok
    ? { kind: 'report', report: reading.report, attachments: reading.attachments, years: reading.years && { ...reading.years, reading: yearRead } }
    : { kind: 'failed', message: reading.message };
  let report = reading.ok ? reading.report : null;

  let marks: Marks | null = null;
  const mark = () => {
    try {
      if (report && reading.ok) marks = markFigures(document, reading.bindings, cellSeverities(report), showHovered);
    } catch (error) {
      console.error('[GovReport Lens] marking failed; the panel still shows the report', error);
    }
  };

  // Another year's report read from a link on the page: its findings join the panel and its conflicts the marks.
  // Whatever goes wrong, the page's own reading stays as it was and the panel says why in one line.
  async function readYear(link: YearLink) {
    if (!reading.ok || (yearRead && yearRead.problem === null)) return;
    yearRead = { link, problem: null };
    rerender();
    // readYearLink says what went wrong rather than throw; should it throw all the same, the buttons must not stay busy.
    const read = await readYearLink(reading, link, settings)
      .catch((error: unknown) => { console.error('[GovReport Lens]', error); return { ok: false, problem: { kind: 'not-report' } } as const; });
    if (closed) return;
    if (!read.ok) {
      yearRead = { link, problem: read.problem };
    } else {
      yearRead = undefined;
      reading = read.reading;
      report = reading.ok ? reading.report : null;
      marks?.remove();
      mark();
      onReading(reading);
    }
    rerender();
  }

  const tell = (next: Feedback) => {
    feedback = next;
    rerender();
    window.clearTimeout(feedbackTimer);
    // Text the clipboard refused stays in the panel until the next action: it must not be lost.
    if (next.fallback === undefined) feedbackTimer = window.setTimeout(() => { feedback = null; rerender(); }, FEEDBACK_MS);
  };
  // Clicks come from the mounted panel, so the container exists by then.
  const copy = (text: string) => copyText(text, container!).then(
    () => tell({ ok: true, text: t.copied }),
    () => tell({ ok: false, text: t.copyRefused, fallback: text }),
  );
  // A report that fails the schema is a bug in the engine: say so instead of copying something else.
  const guarded = (action: () => unknown) => () => {
    try { void action(); } catch (error) { tell({ ok: false, text: `${t.failed}${String(error)}` }); }
  };

  // Where a jump went is said in the status line too: a screen reader hears it, the panel keeps the focus.
  function showCells(cells: CellRef[]) {
    const shown = marks?.flash(cells) ?? 0;
    tell({ ok: shown > 0, text: shown > 0 ? t.shownOnPage(shown) : t.notOnPage });
  }

  function showHovered(hit: MarkedCell | null) {
    if (!hit && !hovered) return;
    const ref = hit?.bindings[0]?.ref;
    const shown = report;
    const figure = ref && shown ? findFigure(shown, ref) : undefined;
    hovered = hit && shown && ref ? {
      label: figure?.label ?? ref.path,
      value: figure?.value ?? null,
      warnings: hit.bindings.flatMap((b) => warningsFor(shown, b.ref)),
      rect: hit.cell.getBoundingClientRect(),
    } : null;
    rerender();
  }

  function rerender() {
    if (!container || closed) return;
    render(
      <Panel content={contentOf()} messages={t} hovered={hovered} feedback={feedback}
        onClose={close}
        onShowCells={showCells}
        onCopyJson={guarded(() => report && copy(reportToJson(report)))}
        onDownloadJson={guarded(() => report && downloadText(fileNameFor(report, 'json'), reportToJson(report), 'application/json'))}
        // The BOM makes Excel read the CSV as UTF-8.
        onDownloadCsv={guarded(() => report && downloadText(fileNameFor(report, 'csv'),
          '\uFEFF' + reportToCsv([{ file: report.source.url ?? report.source.title, report }]), 'text/csv'))}
        onCopyTable={(layout) => void copy(tableToTsv(layout))}
        onReadYear={(link) => void readYear(link)}
      />,
      container,
    );
  }

  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name: 'grl-panel',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: panelCss,
    // Keys typed in the panel must not trigger the page's own shortcuts, and the copy blockers many
    // portals install (a copy event answered with their own text, selection and context menu cancelled)
    // must not reach text a reader selects or copies in the panel.
    isolateEvents: ['keydown', 'keyup', 'keypress', 'copy', 'selectstart', 'contextmenu'],
    onMount: (root) => { container = root; rerender(); return root; },
    onRemove: (root) => { if (root) render(null, root); },
  });
  // Keyboard users land in the panel and return where they were when it closes.
  const focusedBefore = document.activeElement;
  ui.mount();
  const panel = container!.querySelector('.panel')!;
  const room = makeRoom(document, panel, () => panel.classList.contains('collapsed'));
  mark();

  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') close(); }, { signal: listeners.signal });
  const stopOnInvalidated = ctx.onInvalidated(close);

  function close() {
    if (closed) return;
    closed = true;
    listeners.abort();
    stopOnInvalidated();
    window.clearTimeout(feedbackTimer);
    marks?.remove();
    room.remove();
    ui.remove();
    if (focusedBefore instanceof HTMLElement && focusedBefore.isConnected) focusedBefore.focus({ preventScroll: true });
    onClosed();
  }
  return { close };
}
