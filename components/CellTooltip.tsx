import type { Warning } from '../lib/schema.ts';
import { useMessages } from './i18n.ts';
import { SeverityMark } from './WarningList.tsx';

export interface HoveredCell {
  label: string;
  value: number | null;
  warnings: Warning[];
  /** The cell's box in the viewport. */
  rect: { top: number; bottom: number; left: number; right: number };
}

/** What the engine read from the hovered cell and the findings involving it, next to the cell. */
export function CellTooltip({ cell }: { cell: HoveredCell }) {
  const t = useMessages();
  const below = cell.rect.bottom + 6;
  // Above the cell when there is no room below it.
  const style = below > window.innerHeight - 120
    ? { bottom: `${window.innerHeight - cell.rect.top + 6}px`, left: `${Math.max(4, cell.rect.left)}px` }
    : { top: `${below}px`, left: `${Math.max(4, cell.rect.left)}px` };
  return (
    <div class="tooltip" role="tooltip" style={style} data-testid="cell-tooltip">
      <strong>{cell.label}</strong>
      <div>{t.hoverValue(cell.value === null ? t.blank : String(cell.value))}</div>
      {cell.warnings.map((w, i) => <div key={i} class={`tip-warning ${w.severity}`}><SeverityMark severity={w.severity} />{w.message}</div>)}
    </div>
  );
}
