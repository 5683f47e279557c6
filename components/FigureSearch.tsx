import type { TableLayout } from '../lib/labels.ts';
import type { ProseFigure } from '../lib/schema.ts';
import { squeezed } from '../lib/text/normalize.ts';
import { useMessages } from './i18n.ts';

/** The figures' names hold the query, width and spacing aside (全角 ＡＢ, 本年 新收), case aside. */
export const figureMatcher = (query: string) => {
  const wanted = squeezed(query).toLowerCase();
  return (...names: string[]) => wanted === '' || names.some((name) => squeezed(name).toLowerCase().includes(wanted));
};

/** A table as read (`full`, what copying it gives) and as shown: only its rows naming the search. */
export interface ShownTable { full: TableLayout; shown: TableLayout }

/** Each table with only its rows naming the query (in the row's name or a figure's), tables left empty dropped. */
export function layoutsMatching(layouts: TableLayout[], query: string): ShownTable[] {
  const matches = figureMatcher(query);
  return layouts
    .map((full) => ({ full, shown: { ...full, rows: full.rows.filter((row) => matches(row.label, ...row.cells.map((c) => c?.label ?? ''))) } }))
    .filter(({ shown }) => shown.rows.length > 0);
}

/** The prose figures whose name or sentence holds the query, with their places in the report (their paths). */
export function proseMatching(figures: ProseFigure[], query: string): { figure: ProseFigure; index: number }[] {
  const matches = figureMatcher(query);
  return figures.map((figure, index) => ({ figure, index })).filter(({ figure }) => matches(figure.label, figure.text));
}

/** A box to find a figure by its name among the tables and the text; says how many it found. */
export function FigureSearch({ query, found, onQuery }: { query: string; found: number; onQuery: (query: string) => void }) {
  const t = useMessages();
  return (
    <div class="figure-search">
      <label for="grl-figure-query">{t.findFigure}</label>
      <input id="grl-figure-query" type="search" value={query} placeholder={t.findFigureExample}
        onInput={(e) => onQuery(e.currentTarget.value)} />
      <span class="found" role="status">{query.trim() ? t.figuresFound(found) : ''}</span>
    </div>
  );
}
