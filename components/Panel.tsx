import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { cellSeverities, findingOnPage, NO_PLACES, type CellPlaces } from '../lib/cells.ts';
import { sameFinding } from '../lib/finding-change.ts';
import { filterFindings, hiddenAmong } from '../lib/finding-filter.ts';
import { noFiguresRead, notChecked, nothingToExport, tallyOf, verdictOf } from '../lib/verdict.ts';
import { allTables, figuresNamed, proseTable, tableLayouts, type CopiedTable } from '../lib/labels.ts';
import type { CellRef, Report, Severity, Warning } from '../lib/schema.ts';
import type { YearLink } from '../lib/years/links.ts';
import type { SideBySide } from '../lib/years/side-by-side.ts';
import { ActionBar } from './ActionBar.tsx';
import { CellTooltip, type HoveredCell } from './CellTooltip.tsx';
import { FigureSearch } from './FigureSearch.tsx';
import { FigureTables } from './FigureTables.tsx';
import { ReportShown } from './FindingMessage.tsx';
import { I18n, type Messages } from './i18n.ts';
import { KeyHelp } from './KeyHelp.tsx';
import type { OtherPages } from './PagesRow.tsx';
import { ProseFigures } from './ProseFigures.tsx';
import { ReportHeader, type OtherYears } from './ReportHeader.tsx';
import { verdictMark } from './verdict-mark.ts';
import { stepFinding, stepPlace, WarningList, type FindingPlace, type Reveal, type TabShown } from './WarningList.tsx';
import { YearsSideBySide } from './YearsSideBySide.tsx';

export interface Attachment { href: string; text: string }

/** What the status line says of the last action (a copy, a jump, a comparison); `fallback` holds the text the clipboard refused, to be copied by hand. */
export interface Feedback { ok: boolean; text: string; fallback?: string }

/** What the engine produced for the page, or why it could not; nothing yet while it reads the page as the panel opens. */
export type PanelContent =
  | { kind: 'reading' }
  | {
    kind: 'report'; report: Report; attachments: Attachment[];
    /** Whether the page shows an image or a frame that may hold a table (lib/verdict.ts tallyOf); not known where absent. */
    pictures?: boolean;
    /** null where the report could not be compared across years (no issuer or year, older format, remembering off). */
    years: OtherYears | null;
    /** The report beside each of the adjacent years' reports it was compared with, in `years.compared`'s order. */
    sideBySide?: SideBySide[];
    /** The report's other pages, where the page is one page of several. */
    pages?: OtherPages | null;
    /** Where the page shows the cells: none of those read on the report's other pages; the report's issuer, dates, period, year and sections where a line states them. */
    places?: CellPlaces;
    /**
     * Where the report was read from a tab the page hides (document/hidden-tab): whether the page shows it now, and who
     * showed it: the panel (which may hide it again) or the page's own switch (which alone may).
     */
    hiddenTab?: { shown: TabShown } | null;
  }
  | { kind: 'failed'; message: string };

/** How the reader left the panel, kept from report to report (settings-store.ts). */
export interface PanelPrefs { width?: number; hiddenSeverities?: Severity[] }

export interface PanelProps {
  content: PanelContent;
  messages: Messages;
  hovered: HoveredCell | null;
  feedback: Feedback | null;
  /** The page no longer shows what was read (re-rendered, or left by an SPA's navigation): the content is of the page as it was. */
  changed: boolean;
  /** The page is being read again: 重新读取 waits for it, so that a second click queues no second read. */
  rereading: boolean;
  /**
   * The findings of a figure the reader clicked on the page (or pressed Enter on): the panel goes to one of them, the next at
   * each click; `place` gives which of that finding's places was clicked; `focus`, whether the finding takes the focus
   * (Enter, a screen reader's click) or is only scrolled into the list's view (a pointer's click, the page keeping the focus).
   */
  picked?: { warnings: Warning[]; place: (warning: Warning) => number; focus: boolean } | null;
  onClose: () => void;
  onReread: () => void;
  /** A figure of the panel's tables or of the text, shown on the page. */
  onShowCells: (cells: CellRef[]) => void;
  /**
   * A finding's cells and words shown on the page, gone to in the page's order: the first place, or `at`; gives how many
   * places it has there. `again`: the finding chosen, still there in a new reading, lit again on the marks made afresh,
   * without a jump or a word.
   */
  onShowFinding: (warning: Warning, at?: number, again?: boolean) => number;
  onCopyJson: () => void;
  onDownloadJson: () => void;
  onDownloadCsv: () => void;
  onDownloadWarnings: () => void;
  /** Copies the findings as readable text, those of the severities `hidden` left out. */
  onCopyFindings: (hidden: Severity[]) => void;
  /** Copies tables (a figure table, the figures of the text as one, or all of them) for a spreadsheet. */
  onCopyTables: (layouts: CopiedTable[]) => void;
  onReadYear: (link: YearLink) => void;
  onReadPages: () => void;
  /** Shows the tab the page hides that the report was read from while the panel is open, or hides again what the panel showed, as the page had it. */
  onToggleHiddenTab: () => void;
  /** How the reader left the panel last (its width, the severities hidden): taken as it opens. */
  prefs: PanelPrefs;
  /** The reader changed how the panel is: kept for the next report. */
  onPrefs: (change: PanelPrefs) => void;
}

const MIN_WIDTH = 280;
const DEFAULT_WIDTH = 420;
/** The width the page is left at least beside the panel (page-room.ts); below it the panel lies over the page. */
export const PAGE_MIN_WIDTH = 480;
const maxWidth = () => Math.max(MIN_WIDTH, window.innerWidth - 80);
const clamp = (width: number) => Math.min(maxWidth(), Math.max(MIN_WIDTH, width));

/** The side panel: a fixed column at the right edge, resizable from its left edge and collapsible to a tab. */
export function Panel(props: PanelProps) {
  const t = props.messages;
  // As the reader left it, narrower in a smaller window than they left it in, so that the page keeps a readable width
  // beside it; the width they chose stays kept for a larger window. So again as the window is resized: a panel opened
  // at 1280 px and the window narrowed to 400 would otherwise run off its left edge, its title and buttons cut.
  // The page's width beside it: PAGE_MIN_WIDTH, or less where the reader dragged the panel over it (1000 px in a 1280 px
  // window), so that a window resized by a pixel keeps their width rather than snapping it back by 200.
  const chosen = useRef(props.prefs.width ?? DEFAULT_WIDTH);
  const pageBeside = useRef(PAGE_MIN_WIDTH);
  const fitted = () => clamp(Math.min(chosen.current, window.innerWidth - pageBeside.current));
  const [width, setWidth] = useState(fitted);
  useEffect(() => {
    const refit = () => setWidth(fitted());
    window.addEventListener('resize', refit);
    return () => window.removeEventListener('resize', refit);
  }, []);
  const [collapsed, setCollapsed] = useState(false);
  // The list of the panel's keys, shown and hidden by ?.
  const [keysShown, setKeysShown] = useState(false);
  const panel = useRef<HTMLElement>(null);
  // The panel goes into the top layer, above whatever the page stacks at the highest z-index and out
  // of any filter or transform on <body> (a grey mourning-day filter would otherwise make a fixed
  // panel as tall as the page). Opening it moves keyboard focus into it (the session returns focus on close).
  useEffect(() => {
    panel.current?.showPopover?.();
    panel.current?.focus({ preventScroll: true });
  }, []);
  // A control that goes or is disabled as it does its work (重新读取 with its notice once the new reading arrives, 全部显示
  // once all are shown, 读取其余页 while the pages are read and after) would take the focus with it to the page's body,
  // where Tab starts over at the page's top: it comes back to the panel, unless the reader moved it elsewhere.
  // Whatever re-renders them, the panel's own DOM says so. The control last focused is forgotten once the reader takes
  // the focus away from the panel themselves.
  const focused = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const root = panel.current;
    if (!root) return;
    const watch = new MutationObserver(() => {
      const last = focused.current;
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (last && lost && (!last.isConnected || last.matches(':disabled'))) {
        focused.current = null;
        root.focus({ preventScroll: true });
      }
    });
    watch.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
    return () => watch.disconnect();
  }, []);
  const focusOut = (e: FocusEvent) => {
    const left = e.target as HTMLElement;
    if (e.relatedTarget instanceof Node && panel.current?.contains(e.relatedTarget)) return;
    // After the DOM's changes are seen (a MutationObserver's turn comes first): a control still there and enabled was left by the reader.
    setTimeout(() => { if (focused.current === left && left.isConnected && !left.matches(':disabled')) focused.current = null; }, 0);
  };
  /** Resizes the panel; `done`: the reader let go, and the width is kept for the next report. */
  const resize = (w: number, done: boolean) => {
    chosen.current = clamp(w);
    pageBeside.current = Math.min(PAGE_MIN_WIDTH, window.innerWidth - chosen.current);
    setWidth(clamp(w));
    if (done) props.onPrefs({ width: clamp(w) });
  };

  const startResize = (down: PointerEvent) => {
    const handle = down.currentTarget as HTMLElement;
    handle.setPointerCapture(down.pointerId);
    const move = (e: PointerEvent) => resize(window.innerWidth - e.clientX, false);
    const up = (e: PointerEvent) => {
      resize(window.innerWidth - e.clientX, true);
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
  };
  const resizeByKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowLeft') resize(width + 40, true);
    else if (e.key === 'ArrowRight') resize(width - 40, true);
  };
  // j and k go through the findings, n and p through the places of the one chosen, from anywhere in the panel but a
  // text box, where they are typed; ? lists the keys. Keys pressed on the page never come here: Esc, n and p are the
  // session's there (page-keys.ts), the others the page's.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      // The explanation of a finding's check the focus is in closes first, the focus staying on its summary, as the
      // key list does before the panel.
      const about = e.target instanceof Element ? e.target.closest<HTMLDetailsElement>('details.rule-info[open]') : null;
      if (about) {
        about.open = false;
        about.querySelector('summary')?.focus();
      } else if (keysShown) setKeysShown(false);
      else props.onClose();
    }
    const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
    if (collapsed || typing || e.isComposing || e.ctrlKey || e.altKey || e.metaKey || !panel.current) return;
    if (e.key === 'j' || e.key === 'k') stepFinding(panel.current, e.key === 'j' ? 1 : -1);
    else if (e.key === 'n' || e.key === 'p') stepPlace(panel.current, e.key === 'n' ? 1 : -1);
    else if (e.key === '?') setKeysShown(!keysShown);
    else return;
    e.preventDefault();
  };

  const title = props.content.kind === 'report'
    ? [props.content.report.document.issuer, props.content.report.document.year].filter((x) => x != null).join(' · ')
    : '';

  return (
    <I18n.Provider value={t}>
      <ReportShown.Provider value={props.content.kind === 'report' ? props.content.report : null}>
      <aside ref={panel} tabIndex={-1} popover="manual" lang={t.lang}
        class={`panel ${collapsed ? 'collapsed' : ''}`} style={{ width: collapsed ? undefined : `${width}px` }}
        aria-label={t.panelLabel} onKeyDown={onKeyDown} onFocusIn={(e) => { focused.current = e.target as HTMLElement; }} onFocusOut={focusOut}>
        <header class="bar">
          <span class="brand">{t.panelLabel}</span>
          {/* The report's name a heading: a screen reader's list of headings (NVDA's H, VoiceOver's rotor) starts at it, not at 检查结果. Empty, a spacer. */}
          {!collapsed && (title ? <h2 class="title">{title}</h2> : <span class="title" />)}
          <button type="button" class="icon" aria-expanded={!collapsed} aria-controls="grl-panel-body"
            aria-label={collapsed ? t.expand : t.collapse} onClick={() => setCollapsed(!collapsed)}>
            {collapsed ? '‹' : '›'}
          </button>
          <button type="button" class="icon" data-action="close" aria-label={t.close} onClick={props.onClose}>×</button>
        </header>
        <div class="body" id="grl-panel-body" hidden={collapsed} aria-busy={props.content.kind === 'reading'}>
          {props.changed && (
            // An alert: a status put in with its words goes unheard, and the marks the reader may be on are gone.
            <p class="notice changed" role="alert">
              {t.pageChanged}
              <RereadButton {...props} />
            </p>
          )}
          <ReadingStatus content={props.content} messages={t} />
          {props.content.kind === 'failed' && (
            <p class="failed" role="alert">
              {t.failed}{props.content.message}
              <span class="next">{t.failedNext}</span>
              <RereadButton {...props} />
            </p>
          )}
          {props.content.kind === 'report' && <ReportBody {...props} content={props.content} />}
        </div>
        {/* The status line at the panel's foot, below the scrolling body, as a toast is: in view wherever in the panel the reader
            clicked (a figure low in 表三 at 800×600 scrolls the actions away), the focus left where it is. One live region, there
            from the report's coming on, so that what it says is heard; empty, it takes no room. */}
        {props.content.kind === 'report' && (
          <p class={`feedback ${props.feedback?.ok === false ? 'refused' : ''}`} hidden={collapsed} role="status" aria-live="polite">{props.feedback?.text ?? ''}</p>
        )}
        {keysShown && !collapsed && <KeyHelp />}
        {/* Last, after the body and the key list: Tab reaches the header's buttons and then what was read, not first this thin edge; Shift+Tab from the panel comes to it at once. */}
        {!collapsed && (
          <div class="resizer" role="separator" aria-orientation="vertical" aria-label={t.resize} tabIndex={0}
            aria-valuenow={width} aria-valuemin={MIN_WIDTH} aria-valuemax={maxWidth()}
            onPointerDown={startResize} onKeyDown={resizeByKey} />
        )}
        {props.hovered && <CellTooltip cell={props.hovered} edge={collapsed ? window.innerWidth : window.innerWidth - width} />}
      </aside>
      </ReportShown.Provider>
    </I18n.Provider>
  );
}

/**
 * One status line from the panel's opening on, first in it: a screen reader hears the reading begin, then what it came to
 * (a line put in as the report comes would go unheard); the eye reads there, in the badge's words beside its mark, what a
 * researcher going through many reports looks for first (the errors, a copy on a mirror, nothing checked, a page that may
 * be no report). The verdict on a later reading (read again, another year compared, the other pages joined) shows without
 * a word: the status line at the panel's foot says what changed, and a screen reader would hear it twice.
 */
function ReadingStatus({ content, messages: t }: Pick<PanelProps, 'content' | 'messages'>) {
  const first = useRef<Report | null>(null);
  const report = content.kind === 'report' ? content.report : null;
  if (report) first.current ??= report;
  const verdict = content.kind === 'report' ? verdictOn(content) : null;
  const mark = verdict && verdictMark(verdict, t);
  return (
    <p class={content.kind === 'reading' ? 'reading' : mark ? 'verdict' : 'visually-hidden'} role="status"
      aria-live={report && report !== first.current ? 'off' : undefined} data-testid="reading-status">
      {content.kind === 'reading' ? t.readingPage : report && (
        <>
          <span class="visually-hidden">{t.pageRead}</span>
          {mark && <span class="mark" aria-hidden="true" style={{ background: mark.color }}>{mark.text}</span>}
          <span>{t.verdict(verdict)}</span>
        </>
      )}
    </p>
  );
}

/** What reading the page came to, said first; null where it is no report (the header's notice says so, just under it, to the eye). */
const verdictOn = ({ report, attachments, pictures }: Extract<PanelContent, { kind: 'report' }>) =>
  (report.document.isReport ? verdictOf([tallyOf(report, attachments.length, pictures)]) : null);

function RereadButton({ messages: t, rereading, onReread }: PanelProps) {
  return (
    <button type="button" class="small" data-action="reread" disabled={rereading} aria-busy={rereading} onClick={onReread}>
      {rereading ? t.rereading : t.reread}
    </button>
  );
}

function ReportBody(props: PanelProps & { content: Extract<PanelContent, { kind: 'report' }> }) {
  const t = props.messages;
  const { report, attachments, pictures, years, sideBySide = [], pages = null, places = NO_PLACES, hiddenTab = null } = props.content;
  const layouts = useMemo(() => tableLayouts(report, t.language), [report, t.language]);
  const severities = useMemo(() => cellSeverities(report), [report]);
  const unchecked = notChecked(report, attachments.length, pictures);
  // As the first line says it: what it says is not said again under it.
  const verdict = verdictOn(props.content);
  const [query, setQuery] = useState('');
  const shown = useMemo(() => figuresNamed(layouts, report.proseFigures, query), [layouts, report, query]);
  const [hidden, setHidden] = useState(props.prefs.hiddenSeverities ?? []);
  // The finding whose cells the page shows lit (a figure shown instead is no finding's), and of its places on the page the
  // one gone to and how many there are.
  const [chosen, setChosen] = useState<Warning | null>(null);
  const [at, setAt] = useState<FindingPlace>({ place: 0, of: 0 });
  // Chosen again, a finding of several places goes on to the next, and from the last back to the first.
  const choose = (warning: Warning) => {
    if (warning === chosen && at.of > 1) return step(1);
    setChosen(warning);
    setAt({ place: 0, of: props.onShowFinding(warning) });
  };
  const step = (by: 1 | -1) => {
    if (!chosen) return;
    const place = (at.place + by + at.of) % at.of;
    setAt({ place, of: props.onShowFinding(chosen, place) });
  };
  // A new reading (read again, another year's report compared, the other pages joined) marks the page afresh: the
  // finding chosen stays chosen, lit again, while it still holds, and j / k go on from it; else nothing is.
  const readBefore = useRef(report);
  useEffect(() => {
    if (readBefore.current === report) return;
    readBefore.current = report;
    const kept = chosen && sameFinding(report.warnings, chosen);
    setChosen(kept);
    setAt({ place: 0, of: kept ? props.onShowFinding(kept, undefined, true) : 0 });
  }, [report]);
  // A figure clicked on the page: one of its findings shown (the next of them if one is chosen), chosen in the list and
  // brought into its view (focused there if asked), the page left where the reader is. Only findings the severity filters show.
  const [reveal, setReveal] = useState<Reveal | null>(null);
  useEffect(() => {
    const { shown } = filterFindings(report.warnings, hidden);
    const own = props.picked?.warnings.filter((w) => shown.includes(w) && findingOnPage(w, places)) ?? [];
    if (own.length === 0) return;
    const next = own[(own.indexOf(chosen!) + 1) % own.length]!;
    setChosen(next);
    setAt({ place: props.picked!.place(next), of: props.onShowFinding(next, undefined, true) });
    setReveal({ focus: props.picked!.focus });
  }, [props.picked]);
  const showFigure = (cells: CellRef[]) => { setChosen(null); setAt({ place: 0, of: 0 }); props.onShowCells(cells); };
  return (
    <>
      <ReportHeader report={report} years={years} onReadYear={props.onReadYear} pages={pages} onReadPages={props.onReadPages} fromHead={places.fromHead} completedFrom={places.completedFrom}
        doubtShown={unchecked !== 'attachment' && verdict?.kind !== 'unsure'} />
      <ActionBar onCopyJson={props.onCopyJson} onDownloadJson={props.onDownloadJson}
        onDownloadCsv={props.onDownloadCsv} onDownloadWarnings={props.onDownloadWarnings} fallback={props.feedback?.fallback}
        onCopyFindings={() => props.onCopyFindings(hiddenAmong(report.warnings, hidden))}
        onCopyAllTables={() => props.onCopyTables(allTables(report, t.language))}
        unavailable={!nothingToExport(report) ? null : report.document.isReport ? t.nothingRead : t.nothingToExport}
        findingsOnly={!nothingToExport(report) && noFiguresRead(report)} />
      {/* On a page that is not a report nothing was checked: "no problems found" would mislead. */}
      {(report.document.isReport || report.warnings.length > 0) && (
        <WarningList warnings={report.warnings} places={places} chosen={chosen} reveal={reveal} at={at} onChoose={choose} onStep={step} hidden={hidden}
          hiddenTab={hiddenTab && { ...hiddenTab, onToggle: props.onToggleHiddenTab }}
          notChecked={unchecked} notCheckedSaid={verdict?.kind === 'not-checked'} onHidden={(next) => { setHidden(next); props.onPrefs({ hiddenSeverities: next }); }} />
      )}
      {/* A report none of whose tables was read (in its attachment, pictures) has nothing to compare either, as 未核对 says: the
          line saying why read as another fault (not sure it is a report; its format "text only"). */}
      {(unchecked === null || unchecked === 'prose') && <YearsSideBySide report={report} remembered={years !== null} sideBySide={sideBySide} />}
      {layouts.length === 0 && attachments.length > 0 && (
        <section class="attachments" aria-label={t.attachmentOnly}>
          <p>{t.attachmentOnly}</p>
          <ul>{attachments.map((a) => <li key={a.href}><a href={a.href} target="_blank" rel="noreferrer">{a.text || a.href}</a></li>)}</ul>
        </section>
      )}
      {/* The search at the top of the figures it finds among. */}
      {(layouts.length > 0 || report.proseFigures.length > 0) && (
        <section class="figures" aria-labelledby="grl-figures-title">
          <h2 id="grl-figures-title">{t.figuresTitle}</h2>
          <FigureSearch query={query} found={shown.found} onQuery={setQuery} onFirst={() => shown.first && showFigure([shown.first])} />
          {shown.tables.length > 0 && (
            <FigureTables tables={shown.tables} query={query} severities={severities} elsewhere={places.elsewhere}
              onShowCells={showFigure} onCopyTable={(layout) => props.onCopyTables([layout])} />
          )}
          <ProseFigures figures={shown.prose} elsewhere={places.elsewhere} onShowCells={showFigure}
            onCopy={() => { const all = proseTable(report, t.language); if (all) props.onCopyTables([all]); }} />
        </section>
      )}
    </>
  );
}
