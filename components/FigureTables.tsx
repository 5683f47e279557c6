import { cellKey, isConflict } from '../lib/cells.ts';
import type { TableLayout } from '../lib/labels.ts';
import type { CellRef, Severity } from '../lib/schema.ts';
import { useMessages } from './i18n.ts';

interface Props {
  layouts: TableLayout[];
  severities: Map<string, Severity>;
  onShowCells: (cells: CellRef[]) => void;
  onCopyTable: (layout: TableLayout) => void;
}

/** The figure tables as the report prints them (rows × columns), cells in conflict marked. */
export function FigureTables({ layouts, severities, onShowCells, onCopyTable }: Props) {
  const t = useMessages();
  return (
    <section class="figures" aria-labelledby="grl-figures-title">
      <h2 id="grl-figures-title">{t.figuresTitle}</h2>
      {layouts.map((layout) => (
        <div class="figure-table" key={layout.table}>
          <div class="table-head">
            <h3 id={`grl-table-${layout.table}`}>{layout.title}</h3>
            <button type="button" class="small" aria-label={t.copyTsvOf(layout.title)} onClick={() => onCopyTable(layout)}>
              {t.copyTsv}
            </button>
          </div>
          <div class="scroll">
            <table aria-labelledby={`grl-table-${layout.table}`} data-table={layout.table}>
              <thead>
                <tr><td />{layout.columns.map((c) => <th scope="col" key={c.key}>{c.label}</th>)}</tr>
              </thead>
              <tbody>
                {layout.rows.map((row) => (
                  <tr key={row.label}>
                    <th scope="row">{row.label}</th>
                    {row.cells.map((cell, i) => {
                      if (!cell) return <td key={i} class="absent" />;
                      const severity = severities.get(cellKey(cell));
                      const conflict = isConflict(severity);
                      return (
                        <td key={i} data-path={cell.path} class={conflict ? `conflict ${severity}` : undefined}>
                          <button type="button" class="cell" onClick={() => onShowCells([cell])}
                            aria-label={`${cell.label}: ${cell.value ?? t.blank}${conflict ? `, ${t.conflict}` : ''}`}>
                            {cell.value ?? '·'}
                          </button>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ))}
    </section>
  );
}
