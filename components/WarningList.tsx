import { useEffect, useRef, useState } from 'preact/hooks';
import { comparisonOf, comparisonText } from '../lib/comparison.ts';
import { cellKey, findingElsewhere, findingOnPage, type CellPlaces } from '../lib/cells.ts';
import type { HeadSource } from '../lib/document/from-head.ts';
import { filterFindings, hiddenAmong } from '../lib/finding-filter.ts';
import { hiddenTab as hiddenTabNote } from '../lib/rules/document/hidden-tab.ts';
import { gistIsCheck, ruleExplanation } from '../lib/rules/summary.ts';
import { SEVERITIES, type Severity, type Warning } from '../lib/schema.ts';
import type { NotChecked } from '../lib/verdict.ts';
import { FindingMessage } from './FindingMessage.tsx';
import { useMessages, type Messages } from './i18n.ts';
import { LIST_KEYS, listStep } from './list-step.ts';

// The keys that go from a finding: along the list, and along its own controls.
const FINDING_KEYS = `${LIST_KEYS} ArrowLeft ArrowRight`;

/** Of the places on the page a finding chosen shows, the one gone to (from 0, in the page's order) and how many there are. */
export interface FindingPlace { place: number; of: number }

/** A finding chosen from its figure on the page, to bring into the list's view: focused there (Enter), or only shown (a click). */
export interface Reveal { focus: boolean }

interface Props {
  warnings: Warning[];
  places: CellPlaces;
  /** The finding last shown on the page: its cells stay lit until another is chosen. */
  chosen: Warning | null;
  /** A figure clicked on the page (a new object at each): the finding chosen for it is scrolled to in the list, and focused if asked. */
  reveal?: Reveal | null;
  /** Where on the page the chosen finding was gone to. */
  at: FindingPlace;
  onChoose: (warning: Warning) => void;
  /** Goes to the chosen finding's next (1) or previous (-1) place on the page, round from the last to the first. */
  onStep: (by: 1 | -1) => void;
  /** The severities hidden, kept from report to report. */
  hidden: readonly Severity[];
  onHidden: (hidden: Severity[]) => void;
  /** Why no table of the report could be read, said first: no finding then means nothing was checked, not "no problems". */
  notChecked: NotChecked | null;
  /** The panel's first line says why (it is the verdict): not said again here. */
  notCheckedSaid: boolean;
  /** Where the report was read from a tab the page hides: whether it shows now, and the way to show or hide it (under its note). */
  hiddenTab?: { shown: TabShown; onToggle: () => void } | null;
}

/** Whether a tab the page hides shows, and who showed it: the panel, which may hide it again, or the page's own switch, which alone may. */
export type TabShown = 'hidden' | 'panel' | 'page';

/**
 * The findings grouped by severity, most severe first, each severity shown or hidden by its toggle (those doubting the
 * page's provenance always shown: filterFindings), and a line saying how many are hidden, with the way to show them all;
 * a finding about cells jumps to them on the page (not to those all on the report's other pages, nor to the
 * report's date or period where no line of the page states it: `places`), and is shown chosen while they are lit.
 * The findings are one Tab stop, as the figures of the text are: a report may have dozens, each with its explanation's
 * toggle (and the chosen one its ‹ ›), which Tab would otherwise make the reader pass one by one. ↑ ↓ Home End go from
 * finding to finding, ← → along a finding's own controls to its explanation; Enter and Space do what a click does.
 */
export function WarningList({ warnings, places, chosen, reveal = null, at, onChoose, onStep, hidden, onHidden, notChecked, notCheckedSaid, hiddenTab = null }: Props) {
  const t = useMessages();
  const groups = SEVERITIES.map((severity) => ({ severity, group: warnings.filter((w) => w.severity === severity) }))
    .filter(({ group }) => group.length > 0);
  const filtering = groups.length > 1;
  const { shown, left } = filterFindings(warnings, hidden);
  const off = hiddenAmong(warnings, hidden);
  const list = useRef<HTMLDivElement>(null);
  // The finding Tab comes to: the one last focused while shown, else the one chosen, else the first.
  const [active, setActive] = useState<Warning | null>(null);
  const shownGroups = groups.map(({ severity }) => ({ severity, group: shown.filter((w) => w.severity === severity) }))
    .filter(({ group }) => group.length > 0);
  const tabStop = active && shown.includes(active) ? active : chosen && shown.includes(chosen) ? chosen : shownGroups[0]?.group[0];
  const move = (e: KeyboardEvent) => {
    const rows = [...list.current!.querySelectorAll<HTMLElement>('li.finding-row')];
    const row = (e.target as HTMLElement).closest<HTMLElement>('li.finding-row');
    const at = row ? rows.indexOf(row) : -1;
    if (at < 0) return;
    let to: HTMLElement | undefined;
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      const controls = [...row!.querySelectorAll<HTMLElement>('.finding, .places button, [data-action=hidden-tab], summary')];
      to = controls[controls.indexOf(e.target as HTMLElement) + (e.key === 'ArrowRight' ? 1 : -1)];
    } else {
      const step = listStep(e.key, at, rows.length, false);
      if (step === null) return;
      to = rows[step]!.querySelector<HTMLElement>('.finding')!;
    }
    e.preventDefault();
    to?.focus();
  };
  useEffect(() => {
    const finding = reveal && list.current?.querySelector<HTMLElement>('.finding[aria-current=true]');
    if (finding) reveal.focus ? finding.focus() : finding.scrollIntoView({ block: 'nearest' });
  }, [reveal]);
  const toggle = (severity: Severity) =>
    onHidden(hidden.includes(severity) ? hidden.filter((s) => s !== severity) : [...hidden, severity]);
  return (
    <section class="warnings" aria-labelledby="grl-warnings-title" aria-keyshortcuts={warnings.length > 0 ? 'j k' : undefined}>
      <h2 id="grl-warnings-title">
        {t.warningsTitle} <span class="count" data-testid="warning-count">{warnings.length}</span>
        {warnings.length > 0 && <span class="keys" aria-hidden="true">{t.findingKeys}</span>}
      </h2>
      {notChecked && !notCheckedSaid && <p class="not-checked" data-testid="not-checked">{t.notChecked[notChecked]}</p>}
      {warnings.length === 0 && !notChecked && <p class="ok">{t.noWarnings}</p>}
      {filtering && (
        <div class="severity-filter" role="group" aria-label={t.filterBySeverity}>
          {groups.map(({ severity, group }) => (
            <button type="button" key={severity} class={`toggle ${severity}`} data-severity={severity}
              aria-pressed={!off.includes(severity)} onClick={() => toggle(severity)}>
              {/* The tick shows the toggle is on; aria-pressed says so to screen readers. */}
              {!off.includes(severity) && <span aria-hidden="true">✓ </span>}
              {t.severities[severity]} {group.length}
            </button>
          ))}
        </div>
      )}
      {left.length > 0 && (
        <p class="hidden-findings" data-testid="hidden-findings">
          {t.findingsHidden(left.reduce((n, l) => n + l.count, 0), left.map((l) => `${t.severity[l.severity]} ${l.count}`).join(t.listSeparator))}
          <button type="button" class="small" data-action="show-all" onClick={() => onHidden([])}>{t.showAllFindings}</button>
        </p>
      )}
      <div ref={list} onKeyDown={move}>
      {shownGroups.map(({ severity, group }) => (
        <div class={`group ${severity}`} key={severity}>
          <h3 id={`grl-sev-${severity}`}>{t.severities[severity]} ({group.length})</h3>
          {/* A list said so: list-style none (panel.css) takes the role from it in WebKit. */}
          <ul role="list" aria-labelledby={`grl-sev-${severity}`}>
            {group.map((w, i) => (
              <li key={i} role="listitem" class="finding-row" onFocusIn={() => setActive(w)}>
                {/* A finding about nothing the page shows (its site, a date only a <meta> gives) is no button that does nothing; focused, it is said
                    as one unavailable, as a figure of the text on another page is (ProseFigures). */}
                {findingOnPage(w, places)
                  ? (
                    <button type="button" class="finding" data-rule={w.rule} title={t.showCells} aria-keyshortcuts={FINDING_KEYS}
                      tabIndex={w === tabStop ? 0 : -1} aria-current={w === chosen || undefined} onClick={() => onChoose(w)}>
                      <FindingText warning={w} fromHead={places.fromHead} />
                    </button>
                  )
                  : (
                    <div class="finding" data-rule={w.rule} role="button" aria-disabled="true" aria-keyshortcuts={FINDING_KEYS} tabIndex={w === tabStop ? 0 : -1}>
                      <FindingText warning={w} fromHead={places.fromHead} />
                      {findingElsewhere(w, places) && <span class="where">{t.onOtherPage}</span>}
                    </div>
                  )}
                {w === chosen && at.of > 1 && <PlaceStepper at={at} onStep={onStep} />}
                {/* The note's cells are in the tab: the reader shows it here (a jump to one of them shows it too). */}
                {/* Shown by the page's own 文字版 switch, it is the page's to hide: the panel says it shows and offers nothing. */}
                {w.rule === hiddenTabNote.id && hiddenTab && (hiddenTab.shown === 'page'
                  ? <p class="tab-state" data-testid="hidden-tab-shown">{t.hiddenTabShownByPage}</p>
                  : (
                    <button type="button" class="small tab-toggle" data-action="hidden-tab" tabIndex={-1} aria-pressed={hiddenTab.shown === 'panel'}
                      onClick={hiddenTab.onToggle}>
                      {hiddenTab.shown === 'panel' && <span aria-hidden="true">✓ </span>}{t.showHiddenTab}
                    </button>
                  ))}
                <RuleInfo warning={w} />
              </li>
            ))}
          </ul>
        </div>
      ))}
      </div>
    </section>
  );
}

/** Under the chosen finding of several places on the page: which one was gone to, of how many, and the way to the others (n and p from anywhere in the panel: stepPlace). */
function PlaceStepper({ at, onStep }: { at: FindingPlace; onStep: (by: 1 | -1) => void }) {
  const t = useMessages();
  return (
    <div class="places" role="group" aria-label={t.placesOfFinding}>
      <button type="button" class="small" tabIndex={-1} data-action="previous-place" aria-label={t.previousPlace} aria-keyshortcuts="p"
        title={t.withKey(t.previousPlace, 'p')} onClick={() => onStep(-1)}>‹</button>
      <span class="place-count" data-testid="place-count">{t.placeOf(at.place + 1, at.of)}</span>
      <button type="button" class="small" tabIndex={-1} data-action="next-place" aria-label={t.nextPlace} aria-keyshortcuts="n"
        title={t.withKey(t.nextPlace, 'n')} onClick={() => onStep(1)}>›</button>
    </div>
  );
}

/**
 * Goes to the next (`by` 1) or previous (-1) place on the page of the finding chosen in `root`, as its ‹ › do; nothing
 * where it has one place or none is chosen. Whether it went.
 */
export function stepPlace(root: HTMLElement, by: 1 | -1): boolean {
  const step = root.querySelector<HTMLButtonElement>(`.warnings [data-action=${by > 0 ? 'next' : 'previous'}-place]`);
  step?.click();
  return step !== null;
}

/**
 * Under each finding, a plain "about this check" that opens on what the rule checks, why, and its examples, from the rule
 * itself (as docs/rules.md has it), its id last (a reader need not know it; one who cites the check finds it there); a
 * reading note's opens on what reading did.
 */
function RuleInfo({ warning: { rule, message } }: { warning: Warning }) {
  const t = useMessages();
  const about = ruleExplanation(rule, t.language);
  if (!about) return <span class="rule">{rule}</span>;
  // In English the finding's gist just above says the check already ("Check: …" then "Checks: …" read as a stutter).
  const said = t.language === 'en' && gistIsCheck(rule, message);
  return (
    <details class="rule-info">
      <summary tabIndex={-1}><span aria-hidden="true">ⓘ </span>{about.example ? t.aboutRule : t.aboutNote}</summary>
      {!said && <p>{about.example && <span class="label">{t.ruleChecks}</span>}{about.checks}</p>}
      {about.why && <p><span class="label">{t.ruleWhy}</span>{about.why}</p>}
      {about.example && (
        <>
          <p><span class="label">{t.rulePasses}</span>{about.example.passes}</p>
          <p><span class="label">{t.ruleFails}</span>{about.example.fails}</p>
        </>
      )}
      <p class="rule-id"><span class="label">{t.ruleId}</span>{rule}</p>
    </details>
  );
}

function FindingText({ warning: w, fromHead }: { warning: Warning; fromHead: CellPlaces['fromHead'] }) {
  const t = useMessages();
  const pair = comparisonOf(w, t.language);
  // The values it names that only the page's <title> or a <meta> gives, by where from: 年度取自网页标题.
  const named = new Map<HeadSource, string[]>();
  for (const c of w.cells) {
    const source = fromHead.get(cellKey(c));
    const name = t.documentValues[c.path as keyof Messages['documentValues']];
    if (source && !named.get(source)?.includes(name)) named.set(source, [...named.get(source) ?? [], name]);
  }
  return (
    <>
      <FindingMessage warning={w} />
      {/* The two figures compared, each named, neither declared right. */}
      {pair && <span class="detail" data-testid="comparison">{comparisonText(pair, t.language)}</span>}
      {[...named].map(([source, names]) => <span class="where" key={source}>{t.valuesFromHead(names, source)}</span>)}
    </>
  );
}

/**
 * Moves the focus to the next (`by` 1) or the previous (-1) finding shown in `root`, from the one focused or whose
 * control is (its explanation's toggle, its ‹ ›), else the one chosen, and shows one about cells on the page as a click
 * does. It stays at the first and the last.
 */
export function stepFinding(root: HTMLElement, by: 1 | -1) {
  const rows = [...root.querySelectorAll<HTMLElement>('.warnings li.finding-row')];
  const focused = (root.getRootNode() as Document | ShadowRoot).activeElement;
  let from = rows.findIndex((row) => row.contains(focused));
  if (from < 0) from = rows.findIndex((row) => row.querySelector('.finding[aria-current=true]'));
  const next = rows[from < 0 ? (by > 0 ? 0 : rows.length - 1) : Math.min(rows.length - 1, Math.max(0, from + by))]?.querySelector<HTMLElement>('.finding');
  if (!next || next === focused) return;
  next.focus();
  if (next instanceof HTMLButtonElement) next.click();
}
