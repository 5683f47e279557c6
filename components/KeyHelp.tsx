import { Fragment } from 'preact';
import { useMessages } from './i18n.ts';

/**
 * The panel's keys, by what they do: j / k go through the findings, n / p through the places of the one chosen (Panel.tsx);
 * the arrows in the findings (WarningList.tsx), a figure table (FigureTables.tsx), the figures of the text (ProseFigures.tsx), the menu of exports (ActionBar.tsx) and on the panel's edge; Enter and Esc
 * in the figure search (FigureSearch.tsx); the browser's shortcut for the icon.
 */
const KEYS = [['j / k', 'findings'], ['n / p', 'places'], ['↑ ↓ ← →', 'arrows'], ['Enter', 'search'], ['Esc', 'close'], ['?', 'help'],
  // The browser's shortcut for the icon (wxt.config.ts), as suggested: the only key that also works from the page.
  ['Alt+Shift+G', 'toggle']] as const;

/** The list of the panel's keys, at its foot while ? shows it: in view wherever the panel is scrolled to. */
export function KeyHelp() {
  const t = useMessages();
  return (
    <section class="key-help" id="grl-keys" aria-labelledby="grl-keys-title">
      <h2 id="grl-keys-title">{t.keyHelp.title}</h2>
      <dl>
        {KEYS.map(([keys, does]) => (
          <Fragment key={keys}>
            <dt><kbd>{keys}</kbd></dt>
            <dd>{t.keyHelp[does]}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
