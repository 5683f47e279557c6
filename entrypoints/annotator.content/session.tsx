// One open annotator: the marks on the page plus the side panel in its shadow root. The panel shows at once, saying it
// reads the page, and fills as the reading ends. close() takes both away; the page is left exactly as it was before open.
import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { cellDescription, type CellReading, type HoveredCell } from '../../components/CellTooltip.tsx';
import { messagesFor, type Copied, type Messages } from '../../components/i18n.ts';
import { Panel, type PanelContent, type PanelProps } from '../../components/Panel.tsx';
import { stepPlace } from '../../components/WarningList.tsx';
import type { OtherYears } from '../../components/ReportHeader.tsx';
import panelCss from '../../components/panel.css?inline';
import { cellKey, warningsFor } from '../../lib/cells.ts';
import { countChange, findingChange, type FindingChange } from '../../lib/finding-change.ts';
import { filterFindings } from '../../lib/finding-filter.ts';
import { findingsToText } from '../../lib/findings-text.ts';
import { findFigure } from '../../lib/labels.ts';
import type { CellRef, Report, Warning } from '../../lib/schema.ts';
import { rowLabelCells } from '../../lib/table/row-labels.ts';
import type { YearLink } from '../../lib/years/links.ts';
import { watchChanges } from '../../lib/detect.ts';
import { reportToCsv, reportToJson, tablesToTsv, warningsToCsv, type FileReport } from '../../lib/serialize.ts';
import type { Settings } from '../options/settings.ts';
import { loadPanelPrefs, savePanelPrefs, watchSettings } from '../options/settings-store.ts';
import type { FigureBinding, WordPlace } from '../../lib/extract.ts';
import { copyText, downloadCsv, downloadText, fileNameFor } from './export.ts';
import { holdToView } from './frame-view.ts';
import { hiddenTab, type HiddenTab } from './hidden-tab.ts';
import { markFigures, type MarkedCell, type Marks } from './marks.ts';
import { panelKeyOnPage } from './page-keys.ts';
import { makeRoom } from './page-room.ts';
import { readerPlace } from './reader-place.ts';
import { readOtherPages, readYearLink, type Reading, type ReportReading } from './read-page.ts';

export interface Session {
  /** Settles once the first reading is shown, or the panel closed before it came. */
  shown: Promise<void>;
  close(): void;
  /**
   * The frame shows another address (an SPA's navigation, a parameter replaced): where the marks show the
   * content read still in place, nothing changed (true); else its marks go and the panel offers to read the page again
   * (false): the caller forgets the reading itself, onChanged is not called.
   */
  addressChanged(): boolean;
}

export interface SessionHooks {
  onClosed: () => void;
  /** The page re-rendered what was read: a reading kept of it is of nothing shown. */
  onChanged: () => void;
  /** Gets the page's reading each time reading another year's report changed it. */
  onReading: (reading: Reading) => void;
  /** Reads the page, for the panel to show: the first time as it opens, again on 重新读取. */
  read: () => Promise<Reading>;
}

const FEEDBACK_MS = 4000;

/** What the status line says, worded as it is shown: in the language of the moment, which the options page may change while it shows. */
interface Said { ok: boolean; say: (t: Messages) => string; fallback?: string }

/** Settles once what was rendered is on screen, after the next frame; at once in a tab not shown, which paints no frame. */
const painted = () => new Promise<void>((done) => {
  if (document.visibilityState === 'hidden') done();
  else requestAnimationFrame(() => setTimeout(done, 0));
});

/** Opens the panel on the page, reading it (hooks.read) as it shows. */
export async function openSession(ctx: ContentScriptContext, settings: Settings, hooks: SessionHooks): Promise<Session> {
  let t = messagesFor(settings.language);
  // None while the first reading is under way.
  let reading: Reading | null = null;
  const listeners = new AbortController();
  // The marked cell pointed at or focused: its tooltip is read from it as it is shown, in the language of the moment.
  let hovered: MarkedCell | null = null;
  // The findings of the figure last clicked on the page, for the panel to go to (a new object at each click).
  let picked: PanelProps['picked'] = null;
  let feedback: Said | null = null;
  let feedbackTimer = 0;
  let container: HTMLElement | null = null;
  let closed = false;
  // The page no longer shows what the panel read: re-rendered under it, or left by an SPA's navigation.
  let changed = false;

  let yearRead: OtherYears['reading'];
  let pagesBusy = false;
  let rereading = false;
  // Storage refused, the panel opens as it would the first time.
  let prefs = await loadPanelPrefs().catch(() => ({}));
  const contentOf = (): PanelContent => reading === null ? { kind: 'reading' } : reading.ok
    ? {
      kind: 'report', report: reading.report, attachments: reading.attachments, pictures: reading.pictures, years: reading.years && { ...reading.years, reading: yearRead },
      sideBySide: reading.sideBySide,
      pages: reading.pages && { ...reading.pages, busy: pagesBusy }, places: reading.places,
      hiddenTab: tab.present ? { shown: tab.state() } : null,
    }
    : { kind: 'failed', message: reading.message };
  const shownReport = () => (reading?.ok ? reading.report : null);
  // The tab the page hides that the report was read from, shown while the panel is open where the reader goes to it.
  let tab: HiddenTab = hiddenTab([]);
  // The page's own 文字版/全真版 switch shows or hides it too: the note's toggle says so as it does.
  let stopWatchingTab = () => {};

  let marks: Marks | null = null;
  let stopWatching = () => {};
  const mark = () => {
    try {
      if (reading?.ok) marks = markFigures(document, reading.bindings, reading.report.warnings, showHovered, pickCell);
      describeCells();
    } catch (error) {
      console.error('[GovReport Lens] marking failed; the panel still shows the report', error);
    }
    // Marks left on nodes the page replaced or rewrote would point at nothing, silently.
    if (marks?.watches) {
      stopWatching = watchChanges(document, () => {
        if (marks?.intact() !== false) return false;
        if (leave()) hooks.onChanged();
        return true;
      });
    }
  };
  const unmark = () => {
    stopWatching();
    marks?.remove();
    marks = null;
  };
  /** Shows `next` instead, marked afresh, the page laid out beside the panel for its figures. */
  const show = (next: Reading) => {
    // Another year's report compared, the other pages joined: the same tab, left as the reader has it.
    const elements = next.ok ? next.hiddenTab : [];
    if (!reading?.ok || reading.hiddenTab !== elements) {
      stopWatchingTab();
      tab.restore();
      tab = hiddenTab(elements);
      stopWatchingTab = tab.watch(() => { room.fit(); rerender(); });
    }
    reading = next;
    unmark();
    mark();
    rerender();
    room.fit();
  };

  /** The marks go and the panel offers to read the page again; false where it did so already. */
  function leave(): boolean {
    if (changed || closed) return false;
    changed = true;
    hovered = null;
    unmark();
    rerender();
    return true;
  }

  // Reading the page again, reading another year and reading the other pages each build on the page's reading:
  // one waits for the other to finish, then builds on its result, so none undoes another.
  let turn: Promise<void> = Promise.resolve();
  const inTurn = (task: () => Promise<void>) => {
    // A task that throws must not leave the ones after it unrun.
    turn = turn.then(task).catch((error: unknown) => { console.error('[GovReport Lens]', error); });
  };

  /** Reads the page (again), for the panel to show: the panel says so until it is read. */
  function reread() {
    if (rereading) return;
    rereading = true;
    rerender();
    inTurn(async () => {
      try {
        // The engine holds the page's thread while it reads: what the panel says must be on screen first.
        await painted();
        // Read as the portal shows the page: with the tab the panel showed hidden again, as it was.
        tab.restore();
        const before = reading;
        const next = await hooks.read();
        rereading = false;
        if (closed) return;
        changed = false;
        yearRead = undefined;
        // What the status line said (a comparison, a join, a jump, refused text) was of the reading now gone.
        hush();
        show(next);
        // Read again after a correction, the findings' counts could change unseen: the status line says how they did.
        if (before?.ok && next.ok) {
          const [was, is] = [before.report.warnings, next.report.warnings];
          tell({ ok: true, say: (m) => m.rereadChange(countChange(was, is), findingChange(was, is)) });
        }
      } finally {
        // A read that threw leaves the button usable again.
        if (rereading) { rereading = false; rerender(); }
      }
    });
  }

  /**
   * Builds on the reading shown, in turn: `build` gives the next reading, or what to say instead; `failed` says
   * why it threw; `settle` ends the busy state; `said` words what the next reading changed in the findings for
   * the status line (null: nothing to say). Whatever it gives is dropped if the page changed meanwhile:
   * the reading it built on is gone. The page's reading stays as it was otherwise.
   */
  function buildOn(
    build: (from: ReportReading) => Promise<Reading | (() => void)>, failed: (error: unknown) => void, settle: () => void,
    said: (change: FindingChange, next: ReportReading) => Said['say'] | null,
  ) {
    inTurn(async () => {
      const from = reading;
      const built = from?.ok
        ? await build(from).catch((error: unknown) => { console.error('[GovReport Lens]', error); return () => failed(error); })
        : () => {};
      settle();
      if (closed) return;
      if (changed) {
        rerender();
      } else if (typeof built === 'function') {
        built();
        rerender();
      } else {
        show(built);
        hooks.onReading(built);
        // Findings added without a word would go unnoticed: the status line says what the reading changed.
        const say = from?.ok && built.ok ? said(findingChange(from.report.warnings, built.report.warnings), built) : null;
        if (say) tell({ ok: true, say });
      }
    });
  }

  // Another year's report read from a link on the page: its findings join the panel and its conflicts the marks.
  // Whatever goes wrong, the panel says why in one line.
  function readYear(link: YearLink) {
    if (!reading?.ok || (yearRead && yearRead.problem === null)) return;
    yearRead = { link, problem: null };
    rerender();
    buildOn(async (from) => {
      const read = await readYearLink(from, link, settings);
      return read.ok ? read.reading : () => { yearRead = { link, problem: read.problem }; };
    }, () => { yearRead = { link, problem: { kind: 'not-report' } }; }, () => { yearRead = undefined; },
    (change) => (m) => m.yearCompared(link.year, change));
  }

  // The report's other pages read and joined with this one: the panel shows the whole report, the marks stay
  // on this page's cells. A page that could not be read is said in one line.
  function readPages() {
    if (!reading?.ok || !reading.pages || reading.pages.done || pagesBusy) return;
    pagesBusy = true;
    rerender();
    buildOn((from) => readOtherPages(document, from, settings),
      (error) => tell({ ok: false, say: (m) => m.pagesFailed + String(error instanceof Error ? error.message : error) }),
      () => { pagesBusy = false; },
      (change, next) => {
        const joined = next.pages?.done?.read.filter((page) => page !== next.pages!.own) ?? [];
        // None joined: the lines under the pages say why.
        return joined.length > 0 ? (m) => m.pagesJoined(joined, change) : null;
      });
  }

  const tell = (next: Said) => {
    if (closed) return;
    feedback = next;
    rerender();
    window.clearTimeout(feedbackTimer);
    // Text the clipboard refused stays in the panel until the next action: it must not be lost.
    if (next.fallback === undefined) feedbackTimer = window.setTimeout(() => { feedback = null; rerender(); }, FEEDBACK_MS);
  };
  /** Empties the status line, for the next render. */
  function hush() {
    feedback = null;
    window.clearTimeout(feedbackTimer);
  }
  // Clicks come from the mounted panel, so the container exists by then.
  const copy = (text: string, what: Copied) => copyText(text, container!).then(
    () => tell({ ok: true, say: (m) => m.copied(what) }),
    () => tell({ ok: false, say: (m) => m.copyRefused, fallback: text }),
  );
  /** Downloads what `save` writes under `name`, and says so in the status line. */
  const download = (name: string, save: (name: string) => void) => {
    save(name);
    tell({ ok: true, say: (m) => m.downloaded(name) });
  };
  // An action on the report shown (none when the page was not read). A report that fails the schema is
  // a bug in the engine: say so instead of copying something else.
  const guarded = (action: (report: Report) => unknown) => () => {
    const report = shownReport();
    if (!report) return;
    try { void action(report); } catch (error) { tell({ ok: false, say: (m) => `${m.failed}${String(error)}` }); }
  };

  // The report as the CLI names its input in a CSV: by the page's address (a saved page's file:// one too).
  const asFile = (report: Report): FileReport => ({ file: document.location.href, report });

  // Where a jump went is said in the status line too: a screen reader hears it, the panel keeps the focus.
  // Places in the tab the page hides are gone to with the tab shown, and the status line says so.
  function showCells(cells: CellRef[], { words, at, again = false }: { words?: WordPlace<Node>[]; at?: number; again?: boolean } = {}): number {
    if (again) return marks?.choose(cells, { words, jump: false }) ?? 0;
    const revealed = inHiddenTab(cells, words);
    if (revealed) showTab(true);
    const shown = marks?.choose(cells, { words, at }) ?? 0;
    if (shown > 0) place.jumped();
    const said = (m: Messages) => (shown === 0 ? m.notOnPage : at === undefined ? m.shownOnPage(shown) : m.placeShown(at + 1, shown));
    tell({ ok: shown > 0, say: (m) => (revealed && shown > 0 ? m.inHiddenTab(said(m)) : said(m)) });
    return shown;
  }
  /** Whether any of these cells or words on the page is in the tab it hides. */
  function inHiddenTab(cells: CellRef[], words: WordPlace<Node>[] = []): boolean {
    if (!tab.present || !reading?.ok) return false;
    const keys = new Set(cells.map(cellKey));
    return reading.bindings.some((b) => keys.has(cellKey(b.ref)) && tab.hides(b.node)) || words.some((p) => p.some((r) => tab.hides(r.node)));
  }
  /** Shows the hidden tab, or hides it again as the page had it; the page laid out anew beside the panel for the cells now shown or gone. */
  function showTab(shown: boolean) {
    if (shown) tab.show();
    else tab.restore();
    room.fit();
    rerender();
  }
  /** A finding's cells and words, the first place gone to or, `at` given, that one: how many places there are. */
  const showFinding = (warning: Warning, at?: number, again?: boolean) =>
    showCells(warning.cells, { words: reading?.ok ? reading.words.get(warning) : undefined, at, again });

  /** What was read from a marked cell (or figure in text): its first figure, the findings of them all. */
  function readingOf(bindings: FigureBinding<Node>[]): CellReading | null {
    const ref = bindings[0]?.ref;
    const shown = shownReport();
    if (!ref || !shown) return null;
    const figure = findFigure(shown, ref, t.language);
    return { label: figure?.label ?? ref.path, value: figure?.value ?? null, warnings: bindings.flatMap((b) => warningsFor(shown, b.ref)) };
  }

  function showHovered(hit: MarkedCell | null) {
    if (!hit && !hovered) return;
    hovered = hit;
    rerender();
  }
  function pickCell(hit: MarkedCell, focus: boolean) {
    const warnings = readingOf(hit.bindings)?.warnings ?? [];
    if (warnings.length === 0) return;
    // Of each finding's places, the one clicked: the panel counts from there (第 4/11 处), n going on to the next.
    picked = { warnings, focus, place: (w) => Math.max(0, marks?.placeOf(w.cells, hit.cell, reading?.ok ? reading.words.get(w) : undefined) ?? 0) };
    rerender();
  }
  /** The tooltip of the cell pointed at or focused, if any: a figure's name in the language of the moment. */
  function hoveredCell(): HoveredCell | null {
    const read = hovered && readingOf(hovered.bindings);
    return read ? { ...read, rect: hovered!.cell.getBoundingClientRect() } : null;
  }

  /** A screen reader on a cell in conflict hears what the tooltip shows, in the language chosen. */
  function describeCells() {
    marks?.describe((bindings) => { const read = readingOf(bindings); return read ? cellDescription(t, read, shownReport()) : ''; });
  }

  function rerender() {
    if (!container || closed) return;
    render(
      <Panel content={contentOf()} messages={t} hovered={hoveredCell()} feedback={feedback && { ok: feedback.ok, text: feedback.say(t), fallback: feedback.fallback }}
        changed={changed} rereading={rereading} picked={picked}
        onClose={close} onReread={reread}
        onShowCells={(cells) => { showCells(cells); }}
        onShowFinding={showFinding}
        onCopyJson={guarded((report) => copy(reportToJson(report), { kind: 'json' }))}
        onDownloadJson={guarded((report) => download(fileNameFor(report, 'json'), (name) => downloadText(name, reportToJson(report), 'application/json')))}
        onDownloadCsv={guarded((report) => download(fileNameFor(report, 'csv'), (name) => downloadCsv(name, reportToCsv([asFile(report)]))))}
        onDownloadWarnings={guarded((report) => download(fileNameFor(report, 'warnings.csv'), (name) => downloadCsv(name, warningsToCsv([asFile(report)]))))}
        onCopyFindings={(hidden) => guarded((report) => copy(findingsToText(report, { language: t.language, url: document.location.href, hidden }),
          { kind: 'findings', count: filterFindings(report.warnings, hidden).shown.length }))()}
        onCopyTables={(layouts) => guarded((report) => copy(tablesToTsv(layouts, asFile(report)), layouts.length === 1
          ? { kind: 'table', title: layouts[0]!.title, rows: layouts[0]!.rows.length }
          : { kind: 'tables', count: layouts.length, rows: layouts.reduce((n, l) => n + l.rows.length, 0) }))()}
        onReadYear={readYear}
        onReadPages={readPages}
        onToggleHiddenTab={() => showTab(tab.state() === 'hidden')}
        prefs={prefs}
        onPrefs={(change) => {
          prefs = { ...prefs, ...change };
          savePanelPrefs(change).catch((error: unknown) => console.error('[GovReport Lens] could not keep the panel\'s layout', error));
        }}
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
  // Keyboard users land in the panel and return where they were when it closes; readers, where they were on the page.
  const focusedBefore = document.activeElement;
  const place = readerPlace(ui.shadowHost);
  ui.mount();
  const release = holdToView(ui.shadowHost);
  const panel = container!.querySelector<HTMLElement>('.panel')!;
  const labelsOf = new WeakMap<object, Map<Element, readonly Node[]>>();
  // The figures read, not the report's dates and headings: a heading may be the portal's, outside the article.
  const room = makeRoom(document, panel, () => panel.classList.contains('collapsed'),
    () => (reading?.ok ? reading.bindings.filter((b) => b.ref.table !== 'document').map((b) => b.node) : []),
    (table) => {
      if (!reading?.ok) return [];
      // Once per reading and table: every layout asks (each step of dragging the panel's edge).
      const known = labelsOf.get(reading) ?? new Map<Element, readonly Node[]>();
      labelsOf.set(reading, known);
      let cells = known.get(table);
      if (!cells) {
        const raw = reading.model.tables.find((t) => t.node === table);
        cells = raw ? rowLabelCells(raw, new Set(reading.bindings.map((b) => b.node))) : [];
        known.set(table, cells);
      }
      return cells;
    });
  reread();
  const shown = turn;

  // On the window, after the page's own listeners: those that handled the key have said so. n / p from the page go through
  // the places of a finding chosen (a figure clicked there, the focus left on the page) while the panel shows it; else the key stays the page's.
  window.addEventListener('keydown', (e) => {
    const key = panelKeyOnPage(e);
    if (key === 'close') close();
    else if (key && !panel.classList.contains('collapsed') && stepPlace(panel, key === 'next-place' ? 1 : -1)) e.preventDefault();
  }, { signal: listeners.signal });
  const stopOnInvalidated = ctx.onInvalidated(close);
  // The options page's choices apply at once: its language to the open panel (an open tooltip and the status line too),
  // trusted domains to the next page or year it reads.
  const stopWatchingSettings = watchSettings((next) => { settings = next; t = messagesFor(next.language); describeCells(); rerender(); });
  // A page that takes the panel's element off (a portal's script clearing what it did not put there) leaves no panel to
  // close the marks with: they go with it, the page given back as it was, and the icon's next click opens it again.
  const hostGone = new MutationObserver(() => { if (!ui.shadowHost.isConnected) close(); });
  hostGone.observe(document, { childList: true, subtree: true });

  function close() {
    if (closed) return;
    closed = true;
    listeners.abort();
    hostGone.disconnect();
    stopOnInvalidated();
    stopWatchingSettings();
    window.clearTimeout(feedbackTimer);
    unmark();
    stopWatchingTab();
    tab.restore();
    room.remove();
    release();
    ui.remove();
    // Copies of the panel's element a page made rewriting its markup from itself (body.innerHTML = …), empty: no shadow root is copied.
    for (const copy of document.querySelectorAll(ui.shadowHost.localName)) copy.remove();
    // Not to a place on a page no longer shown (an SPA's navigation, the page re-rendered).
    place.leave(!changed);
    if (focusedBefore instanceof HTMLElement && focusedBefore.isConnected) focusedBefore.focus({ preventScroll: true });
    hooks.onClosed();
  }
  return {
    shown,
    close,
    addressChanged: () => {
      // Marks on nothing (a page that is not a report, one whose only bindings are its dates and headings) cannot tell that the content stayed.
      const hold = marks?.watches === true && marks.intact();
      if (!hold) leave();
      return hold;
    },
  };
}
