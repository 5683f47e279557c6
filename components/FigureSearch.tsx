import { useEffect, useState } from 'preact/hooks';
import { useMessages } from './i18n.ts';

/**
 * How long the box waits after the last keystroke before a screen reader hears how many it found: one word once the
 * reader stops typing, not one per key (结转下年度 typed is five counts, each cutting off the one before), as GOV.UK's
 * accessible-autocomplete waits before its status.
 */
export const SETTLE_MS = 1000;

/**
 * A box at the top of the figures to find one by its name among the tables and the text: the figures shown narrow as
 * the reader types (a word an input method composes once it is put in), and it says how many it found (to the eye at
 * once; to a screen reader once the typing settles). Enter shows the first one found on the page (`onFirst`);
 * Escape empties it, and only an empty box lets Escape go on to close the panel.
 */
export function FigureSearch({ query, found, onQuery, onFirst }: {
  query: string; found: number; onQuery: (query: string) => void; onFirst: () => void;
}) {
  const t = useMessages();
  const count = query.trim() ? t.figuresFound(found) : '';
  // What the box shows: the query, and while an input method composes, the pinyin too (jie → 结), which is no name to
  // look for: the figures shown stayed at "no figure has that name" for each key of it.
  const [text, setText] = useState(query);
  const [composing, setComposing] = useState(false);
  const [said, setSaid] = useState('');
  useEffect(() => {
    setSaid('');
    if (!count || composing) return;
    const settled = setTimeout(() => setSaid(count), SETTLE_MS);
    return () => clearTimeout(settled);
  }, [query, count, composing]);
  return (
    <div class="figure-search">
      <label for="grl-figure-query">{t.findFigure}</label>
      <input id="grl-figure-query" type="search" value={text} placeholder={t.findFigureExample} aria-describedby="grl-figure-found"
        onInput={(e) => {
          setText(e.currentTarget.value);
          if (!e.isComposing) onQuery(e.currentTarget.value);
        }}
        onCompositionStart={() => setComposing(true)}
        onCompositionEnd={(e) => {
          setComposing(false);
          onQuery(e.currentTarget.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.isComposing) {
            e.preventDefault();
            onFirst();
            return;
          }
          if (e.key !== 'Escape' || text === '') return;
          // Escape while an input method composes (Chrome on a Mac tells it) cancels the pinyin: the input method's, not
          // the box's to empty of the word already found, nor the panel's to close.
          e.stopPropagation();
          if (e.isComposing) return;
          e.preventDefault();
          setText('');
          onQuery('');
        }} />
      {/* Seen as it changes, and heard as the box's description when it is focused. */}
      <span class="found" id="grl-figure-found">{count}</span>
      <span class="visually-hidden" role="status">{said}</span>
    </div>
  );
}
