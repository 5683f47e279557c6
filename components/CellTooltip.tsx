import type { Report, Warning } from '../lib/schema.ts';
import { FindingMessage, findingWords } from './FindingMessage.tsx';
import { useMessages, type Messages } from './i18n.ts';

/** What the engine read from a cell (a merged cell's first figure) and the findings involving it. */
export interface CellReading {
  label: string;
  value: number | null;
  warnings: Warning[];
}

export interface HoveredCell extends CellReading {
  /** The cell's box in the viewport. */
  rect: { top: number; bottom: number; left: number; right: number };
}

const MAX_WIDTH = 320;

/**
 * What the engine read from the hovered cell and the findings involving it, next to the cell and left of `edge`
 * (where the panel begins): a cell by the panel would otherwise have its tooltip cover the findings.
 */
export function CellTooltip({ cell, edge }: { cell: HoveredCell; edge: number }) {
  const t = useMessages();
  const below = cell.rect.bottom + 6;
  const left = `${Math.max(4, Math.min(cell.rect.left, edge - MAX_WIDTH - 4))}px`;
  // Above the cell when there is no room below it.
  const style = {
    ...(below > window.innerHeight - 120 ? { bottom: `${window.innerHeight - cell.rect.top + 6}px` } : { top: `${below}px` }),
    left, maxWidth: `${MAX_WIDTH}px`,
  };
  return (
    <div class="tooltip" role="tooltip" style={style} data-testid="cell-tooltip">
      <strong>{cell.label}</strong>
      <div>{valueRead(t, cell)}</div>
      {cell.warnings.map((w, i) => <div key={i} class={`tip-warning ${w.severity}`}><FindingMessage warning={w} /></div>)}
    </div>
  );
}

const valueRead = (t: Messages, cell: CellReading) => t.hoverValue(cell.value === null ? t.blank : String(cell.value));

/** The tooltip's text, said as one description of the cell on the page: the tooltip is in the panel, where no screen reader on the cell goes. */
export const cellDescription = (t: Messages, cell: CellReading, report: Report | null) =>
  [cell.label, valueRead(t, cell), ...cell.warnings.map((w) => findingWords(t, w, report))].join(t.stop);
