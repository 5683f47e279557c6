import { useRef, useState } from 'preact/hooks';
import { cellKey } from '../lib/cells.ts';
import { saidNone, shownPhrase } from '../lib/prose/phrase.ts';
import type { CellRef, ProseFigure } from '../lib/schema.ts';
import { useMessages } from './i18n.ts';
import { LIST_KEYS, listStep } from './list-step.ts';

/**
 * A figure's amount as the page's words give it, in either language: its label and unit are Chinese, so an approximate one
 * reads 约 (发布相关信息：约130条), not an English word inside them; an English sentence says "about" (lib/finding-facts.ts).
 */
const amount = (f: Omit<ProseFigure, 'text' | 'parts'>) => `${f.approximate ? '约' : ''}${f.value}${f.unit ?? ''}`;

/**
 * 受理政府信息公开申请：42件; in the page's words a figure whose label says too little (部门：53个 → 统一受理平台接入53个部门);
 * a zero said in words by its label with 0 and the words that say none beside it (行政诉讼：0件（未发生…行政复议案、行政诉讼）):
 * by its words alone, the zeros of one run (…行政复议案、行政诉讼案和有关的申诉案) read as cuts of one sentence, hard to tell apart.
 */
function Named({ figure: f }: { figure: ProseFigure }) {
  const phrase = shownPhrase(f);
  if (phrase && saidNone(f)) return <>{`${f.label}：${amount(f)}`}<span class="said">（{phrase}）</span></>;
  return <>{phrase || `${f.label}：${amount(f)}`}</>;
}

/**
 * Figures stated in the report's text, each with its breakdown; a click shows the sentence on the page (not one of `elsewhere`,
 * on the report's other pages). The list is one Tab stop, as a figure table is: a report states dozens of figures, which Tab
 * would otherwise make the reader pass one by one; ↑ ↓ Home End move in it.
 */
export function ProseFigures({ figures, elsewhere, onShowCells, onCopy }: {
  figures: { figure: ProseFigure; index: number }[]; elsewhere: ReadonlySet<string>; onShowCells: (cells: CellRef[]) => void;
  /** Copies them all, whatever the search shows, as a table for a spreadsheet, as a figure table's button does. */
  onCopy: () => void;
}) {
  const t = useMessages();
  const list = useRef<HTMLUListElement>(null);
  // The figure Tab comes to, by its own index (a search that shows fewer moves the others): the one last focused, or where a
  // search hides it, the next shown, else the last.
  const [active, setActive] = useState(0);
  const next = figures.findIndex(({ index }) => index >= active);
  const current = next < 0 ? figures.length - 1 : next;
  if (figures.length === 0) return null;
  const move = (e: KeyboardEvent) => {
    const buttons = [...list.current!.querySelectorAll<HTMLElement>('button.prose-figure')];
    const at = buttons.indexOf(e.target as HTMLElement);
    const to = at < 0 ? null : listStep(e.key, at, buttons.length, false);
    if (to === null) return;
    e.preventDefault();
    buttons[to]!.focus();
  };
  return (
    <section class="prose" aria-labelledby="grl-prose-title">
      <div class="table-head">
        <h3 id="grl-prose-title">{t.proseTitle}</h3>
        <button type="button" class="small" data-action="copy-prose" aria-label={t.copyTsvOf(t.proseTitle)} onClick={onCopy}>{t.copyTsv}</button>
      </div>
      {/* A list said so: list-style none (panel.css) takes the role from it in WebKit. */}
      <ul ref={list} role="list" onKeyDown={move}>
        {figures.map(({ figure: f, index: i }, k) => {
          const ref: CellRef = { table: 'proseFigures', path: String(i) };
          const away = elsewhere.has(cellKey(ref));
          return (
          <li key={i} role="listitem">
            <button type="button" class="prose-figure" title={away ? `${f.text}\n${t.onOtherPage}` : f.text} aria-keyshortcuts={LIST_KEYS}
              tabIndex={k === current ? 0 : -1} onFocus={() => setActive(i)}
              aria-disabled={away || undefined} onClick={away ? undefined : () => onShowCells([ref])}>
              <Named figure={f} />
            </button>
            {f.parts.length > 0 && (
              <span class="parts">（{f.parts.map((p) => `${p.label} ${amount(p)}`).join('，')}）</span>
            )}
          </li>
          );
        })}
      </ul>
    </section>
  );
}
