import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useMessages, type Messages } from './i18n.ts';
import { listStep } from './list-step.ts';

interface Props {
  onCopyJson: () => void;
  onDownloadJson: () => void;
  onDownloadCsv: () => void;
  onDownloadWarnings: () => void;
  /** The findings as a numbered list to paste into a memo or an article. */
  onCopyFindings: () => void;
  /** Every table and the text's figures, in one copy for a spreadsheet. */
  onCopyAllTables: () => void;
  /** The text the clipboard refused, to copy by hand from a box under the buttons (the status line says so). */
  fallback: string | undefined;
  /** Why there is nothing to copy or download (a page that is not a report: its files would be empty), or null. */
  unavailable: string | null;
  /** No figure was read, but findings were (a report in its attachment on a mirror, published late): the exports hold those alone, the figures' CSV nothing. */
  findingsOnly: boolean;
}

/** The exports the menu offers, by their data-action, in its order: what a reader takes most first. */
const EXPORTS = (t: Messages, p: Props) => [
  { action: 'copy-findings', label: t.copyFindings, title: t.copyFindingsText, run: p.onCopyFindings },
  { action: 'copy-tables', label: t.copyAllTables, title: p.findingsOnly ? t.noFiguresToCopy : t.copyAllTablesText, run: p.findingsOnly ? null : p.onCopyAllTables },
  { action: 'download-json', label: t.downloadJson, title: undefined, run: p.onDownloadJson },
  { action: 'download-csv', label: t.downloadCsv, title: p.findingsOnly ? t.noFiguresCsv : undefined, run: p.findingsOnly ? null : p.onDownloadCsv },
  { action: 'download-warnings', label: t.downloadWarnings, title: undefined, run: p.onDownloadWarnings },
];

/**
 * Copy the report's JSON, or open the menu of the other exports; the result of a copy is said in the panel's status
 * line (Panel.tsx), text the clipboard refused shown under them. The menu is the WAI-ARIA menu button: Enter, Space or ↓ opens it on its first item, ↑ on its last; ↑ ↓ Home End
 * move in it, Esc closes it (and only it) with the focus back on its button, Tab or a click elsewhere closes it.
 */
export function ActionBar(props: Props) {
  const { onCopyJson, fallback, unavailable, findingsOnly } = props;
  const t = useMessages();
  const box = useRef<HTMLTextAreaElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  // The item to focus as the menu opens (0 the first, -1 the last), or null while it is closed.
  const [open, setOpen] = useState<number | null>(null);
  const off = unavailable !== null;
  const items = EXPORTS(t, props);
  // Said under the buttons, not only over them: a disabled button's title is out of the keyboard's and a screen reader's reach.
  const note = unavailable ?? (findingsOnly ? t.exportsFindingsOnly : null);
  // The refused text, selected, so that Ctrl+C is all the reader has left to do.
  useEffect(() => {
    box.current?.focus({ preventScroll: true });
    box.current?.select();
  }, [fallback]);
  const menuItems = () => [...menu.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? []];
  // The focus goes to the item as soon as the menu shows (a layout effect: a key pressed at once finds it there).
  useLayoutEffect(() => {
    if (open === null) return;
    menuItems().at(open)?.focus();
    // A click anywhere else in the panel or on the page closes the menu.
    const away = (e: Event) => { if (!e.composedPath().some((n) => n === menu.current || n === opener.current)) setOpen(null); };
    document.addEventListener('pointerdown', away, true);
    return () => document.removeEventListener('pointerdown', away, true);
  }, [open]);
  const close = (refocus: boolean) => {
    setOpen(null);
    if (refocus) opener.current?.focus();
  };
  const onOpenerKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    setOpen(e.key === 'ArrowDown' ? 0 : -1);
  };
  const onMenuKey = (e: KeyboardEvent) => {
    const all = menuItems();
    const at = all.indexOf(e.target as HTMLElement);
    const to = listStep(e.key, at, all.length, true);
    if (to !== null) all[to]?.focus();
    else if (e.key === 'Escape') close(true);
    // Tab leaves the menu from its button, on to the control after it (or, with Shift, before it).
    else if (e.key === 'Tab') { close(true); return; }
    else return;
    // Esc here closes the menu, not the panel; j / k and the other keys of the panel stay out of it.
    e.preventDefault();
    e.stopPropagation();
  };
  return (
    <section class="actions" aria-label={t.actions}>
      <div class="buttons">
        <button type="button" class="primary" data-action="copy-json" disabled={off} title={unavailable ?? undefined} onClick={onCopyJson}>{t.copyJson}</button>
        <button type="button" ref={opener} data-action="export-menu" aria-haspopup="menu" aria-expanded={open !== null}
          aria-controls="grl-export-menu" disabled={off} title={unavailable ?? t.exportMenuTitle}
          onClick={() => (open === null ? setOpen(0) : close(false))} onKeyDown={onOpenerKey}>
          {t.exportMenu}<span aria-hidden="true"> ▾</span>
        </button>
        {open !== null && (
          <ul class="menu" id="grl-export-menu" role="menu" ref={menu} aria-label={t.exportMenu} onKeyDown={onMenuKey}>
            {items.map((item) => (
              <li key={item.action} role="none">
                {/* An item with nothing to give stays in the menu, reached and said to be off (WAI-ARIA's menus), its title saying why. */}
                <button type="button" role="menuitem" tabIndex={-1} data-action={item.action} title={item.title}
                  aria-disabled={item.run === null || undefined} onClick={() => { if (!item.run) return; close(true); item.run(); }}>{item.label}</button>
              </li>
            ))}
          </ul>
        )}
      </div>
      {note !== null && <p class="exports-note" data-testid="exports-note">{note}</p>}
      {fallback !== undefined && <textarea ref={box} class="fallback" readOnly rows={8} aria-label={t.copyFallback} value={fallback} />}
    </section>
  );
}
