import { useRef, useState } from 'preact/hooks';
import { cellKey, isConflict } from '../lib/cells.ts';
import type { CopiedTable, ShownTable, TableLayout } from '../lib/labels.ts';
import type { CellRef, Severity } from '../lib/schema.ts';
import { useMessages } from './i18n.ts';
import { ScrollBox } from './ScrollBox.tsx';

interface Props {
  tables: ShownTable[];
  /** The name searched for (the tables show only the rows that match it): a new search starts each table's keyboard place afresh. */
  query: string;
  severities: Map<string, Severity>;
  /** The figures read on the report's other pages: no cell on this page to show. */
  elsewhere: ReadonlySet<string>;
  onShowCells: (cells: CellRef[]) => void;
  onCopyTable: (layout: CopiedTable) => void;
}

/** The figure tables as the report prints them (rows × columns), cells in conflict marked: in the figures' section, under its search. */
export function FigureTables({ tables, query, severities, elsewhere, onShowCells, onCopyTable }: Props) {
  const t = useMessages();
  return (
    <>
      {tables.map(({ full, shown }) => (
        <div class="figure-table" key={full.table}>
          <div class="table-head">
            <h3 id={`grl-table-${full.table}`}>{full.title}</h3>
            {/* The whole table, whatever the search shows of it. */}
            <button type="button" class="small" aria-label={t.copyTsvOf(full.title)} onClick={() => onCopyTable(full)}>
              {t.copyTsv}
            </button>
          </div>
          <ScrollBox key={query}>
            <FigureTable layout={shown} severities={severities} elsewhere={elsewhere} onShowCells={onShowCells} />
          </ScrollBox>
        </div>
      ))}
    </>
  );
}

type Position = [row: number, column: number];

/** Past this many characters a figure shows a size smaller (panel.css .cell.long): 表二's 金额 to the yuan in 万元 (38.441094). */
const LONG = 8;

// The arrow keys' steps; Home and End go to the row's first and last figure.
const STEPS: Record<string, Position> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/**
 * One table, a single Tab stop (a report's 表三 alone has over a hundred figures): the arrow keys move
 * among its figures, skipping the blank places, and the last one reached is where Tab comes back to.
 */
function FigureTable({ layout, severities, elsewhere, onShowCells }: Omit<Props, 'tables' | 'query' | 'onCopyTable'> & { layout: TableLayout }) {
  const t = useMessages();
  const present = (r: number, c: number) => layout.rows[r]?.cells[c] != null;
  const [active, setActive] = useState<Position>(() => {
    const r = layout.rows.findIndex((row) => row.cells.some(Boolean));
    return [Math.max(r, 0), Math.max(layout.rows[r]?.cells.findIndex(Boolean) ?? 0, 0)];
  });
  const table = useRef<HTMLTableElement>(null);

  const target = (key: string): Position | null => {
    const [r, c] = active;
    const width = layout.columns.length;
    if (key === 'Home' || key === 'End') {
      const columns = [...Array(width).keys()].filter((i) => present(r, i));
      return columns.length ? [r, key === 'Home' ? columns[0]! : columns.at(-1)!] : null;
    }
    const step = STEPS[key];
    if (!step) return null;
    for (let [nr, nc] = [r + step[0], c + step[1]]; nr >= 0 && nr < layout.rows.length && nc >= 0 && nc < width; nr += step[0], nc += step[1]) {
      if (present(nr, nc)) return [nr, nc];
    }
    return null;
  };
  const move = (e: KeyboardEvent) => {
    const next = target(e.key);
    if (!next) return;
    e.preventDefault();
    setActive(next);
    const button = table.current?.querySelector<HTMLElement>(`[data-at="${next.join(',')}"]`);
    if (!button) return;
    button.focus({ preventScroll: true });
    scrollClear(button.closest('td')!);
  };

  // Tab come back to a figure the box's edge cuts, hidden (ScrollBox.tsx): it is scrolled whole, not left a blank in a ring.
  // A click leaves the box where the reader put it.
  const focused = (r: number, c: number) => (e: FocusEvent) => {
    setActive([r, c]);
    const button = e.currentTarget as HTMLElement;
    if (button.matches(':focus-visible')) scrollClear(button.closest('td')!);
  };

  // 总计, the figure each row adds up to, is the table's last column: pinned at the box's right, in view as the others scroll.
  const pinned = layout.columns.at(-1)?.key === 'total';
  return (
    <table ref={table} class={pinned ? 'pinned' : undefined} aria-labelledby={`grl-table-${layout.table}`} data-table={layout.table} onKeyDown={move}>
      <thead>
        <tr><td />{layout.columns.map((c) => <th scope="col" key={c.key}>{c.label}</th>)}</tr>
      </thead>
      <tbody>
        {layout.rows.map((row, r) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            {row.cells.map((cell, c) => {
              if (!cell) return <td key={c} class="absent" />;
              const severity = severities.get(cellKey(cell));
              const conflict = isConflict(severity);
              // Still a stop for the arrow keys, but with no cell on this page to show.
              const away = elsewhere.has(cellKey(cell));
              return (
                <td key={c} data-path={cell.path} class={conflict ? `conflict ${severity}` : undefined}>
                  <button type="button" class={String(cell.value ?? '').length >= LONG ? 'cell long' : 'cell'} data-at={`${r},${c}`} tabIndex={active[0] === r && active[1] === c ? 0 : -1}
                    onClick={away ? undefined : () => onShowCells([cell])} onFocus={focused(r, c)}
                    aria-disabled={away || undefined} title={away ? t.onOtherPage : cell.value === null ? t.noFigure : undefined}
                    aria-label={`${cell.label}: ${cell.value ?? t.blank}${conflict ? `, ${t.conflict}` : ''}${away ? `, ${t.onOtherPage}` : ''}`}>
                    {cell.value ?? '·'}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Scrolls the table's box so `cell` is wholly in it, clear of the sticky heading, row names and pinned 总计, then the
 * panel so the cell is in sight: the browser scrolls a focused figure only when none of it shows, and then only to the
 * box's edge, under the sticky cells.
 */
function scrollClear(cell: HTMLTableCellElement) {
  const table = cell.closest('table')!;
  const box = table.parentElement!;
  const shown = box.getBoundingClientRect();
  const at = cell.getBoundingClientRect();
  // The heading's corner, sticky both ways, ends where the names do and where the heading does.
  const corner = table.querySelector('thead td:first-child')!.getBoundingClientRect();
  // A pinned 总计 begins where the clear area ends, for the other columns.
  const pinned = table.classList.contains('pinned') && cell.nextElementSibling ? table.querySelector('thead th:last-child') : null;
  // How far the cell reaches past each side of the clear area; the left and top win in a box too small for it.
  const right = at.right - (pinned?.getBoundingClientRect().left ?? shown.left + box.clientLeft + box.clientWidth);
  const bottom = at.bottom - (shown.top + box.clientTop + box.clientHeight);
  box.scrollLeft += Math.min(at.left - corner.right, Math.max(right, 0));
  box.scrollTop += Math.min(at.top - corner.bottom, Math.max(bottom, 0));
  cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}
