import { cellKey } from '../lib/cells.ts';
import { shownPhrase } from '../lib/prose/phrase.ts';
import type { CellRef, ProseFigure } from '../lib/schema.ts';
import { useMessages } from './i18n.ts';

const amount = (f: { value: number; unit: string | null }) => `${f.value}${f.unit ?? ''}`;

/**
 * 受理政府信息公开申请：42件; in the page's words a figure whose label says too little (部门：53个 → 统一受理平台接入53个部门),
 * and a zero said in words (行政复议：0件 → 未发生…行政复议).
 */
const named = (f: ProseFigure, approximately: string) =>
  shownPhrase(f) || `${f.label}：${f.approximate ? `${approximately} ` : ''}${amount(f)}`;

/** Figures stated in the report's text, each with its breakdown; a click shows the sentence on the page (not one of `elsewhere`, on the report's other pages). */
export function ProseFigures({ figures, elsewhere, onShowCells }: {
  figures: { figure: ProseFigure; index: number }[]; elsewhere: ReadonlySet<string>; onShowCells: (cells: CellRef[]) => void;
}) {
  const t = useMessages();
  if (figures.length === 0) return null;
  return (
    <section class="prose" aria-labelledby="grl-prose-title">
      <h3 id="grl-prose-title">{t.proseTitle}</h3>
      <ul>
        {figures.map(({ figure: f, index: i }) => {
          const ref: CellRef = { table: 'proseFigures', path: String(i) };
          const away = elsewhere.has(cellKey(ref));
          return (
          <li key={i}>
            <button type="button" class="prose-figure" title={away ? `${f.text}\n${t.onOtherPage}` : f.text}
              aria-disabled={away || undefined} onClick={away ? undefined : () => onShowCells([ref])}>
              {named(f, t.approximate)}
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
