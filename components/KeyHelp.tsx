import { Fragment } from 'preact';
import { useMessages } from './i18n.ts';

/** The panel's keys (Panel.tsx handles them), by what they do: j / k go through the findings, n / p through the places of the one chosen. */
const KEYS = [['j / k', 'findings'], ['n / p', 'places'], ['Esc', 'close'], ['?', 'help']] as const;

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
