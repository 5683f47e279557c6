import { useMessages } from './i18n.ts';

/**
 * A box at the top of the figures to find one by its name among the tables and the text: the figures shown narrow as
 * the reader types, and it says how many it found. Enter shows the first one found on the page (`onFirst`); Escape
 * empties it, and only an empty box lets Escape go on to close the panel.
 */
export function FigureSearch({ query, found, onQuery, onFirst }: {
  query: string; found: number; onQuery: (query: string) => void; onFirst: () => void;
}) {
  const t = useMessages();
  return (
    <div class="figure-search">
      <label for="grl-figure-query">{t.findFigure}</label>
      <input id="grl-figure-query" type="search" value={query} placeholder={t.findFigureExample} aria-describedby="grl-figure-found"
        onInput={(e) => onQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.isComposing) {
            e.preventDefault();
            onFirst();
            return;
          }
          if (e.key !== 'Escape' || query === '') return;
          e.preventDefault();
          e.stopPropagation();
          onQuery('');
        }} />
      <span class="found" id="grl-figure-found" role="status">{query.trim() ? t.figuresFound(found) : ''}</span>
    </div>
  );
}
