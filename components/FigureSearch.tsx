import { useMessages } from './i18n.ts';

/**
 * A box to find a figure by its name among the tables and the text; says how many it found. Escape empties
 * it, and only an empty box lets Escape go on to close the panel.
 */
export function FigureSearch({ query, found, onQuery }: { query: string; found: number; onQuery: (query: string) => void }) {
  const t = useMessages();
  return (
    <div class="figure-search">
      <label for="grl-figure-query">{t.findFigure}</label>
      <input id="grl-figure-query" type="search" value={query} placeholder={t.findFigureExample}
        onInput={(e) => onQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Escape' || query === '') return;
          e.preventDefault();
          e.stopPropagation();
          onQuery('');
        }} />
      <span class="found" role="status">{query.trim() ? t.figuresFound(found) : ''}</span>
    </div>
  );
}
