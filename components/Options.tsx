import { useState } from 'preact/hooks';
import type { Settings } from '../entrypoints/options/settings.ts';
import { messagesFor, type Language } from './i18n.ts';

interface Props {
  initial: Settings;
  onSave: (settings: Settings) => Promise<void>;
  parseDomains: (text: string) => string[];
  /** How many reports are remembered for cross-year checks (null: storage could not count them), and how to forget them. */
  remembered: number | null;
  onForget: () => Promise<void>;
}

/** The options page: every change is saved at once, and the page says so. */
export function Options({ initial, onSave, parseDomains, remembered: initialRemembered, onForget }: Props) {
  const [settings, setSettings] = useState(initial);
  const [domainsText, setDomainsText] = useState(initial.trustedDomains.join('\n'));
  // What the last action came to: the status line says the newest only.
  const [status, setStatus] = useState<'' | 'saved' | 'forgetFailed'>('');
  const [remembered, setRemembered] = useState(initialRemembered);
  const t = messagesFor(settings.language);

  const update = (patch: Partial<Settings>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    setStatus('');
    void onSave(next).then(() => setStatus('saved'));
  };
  /** A setting that is on or off: a checkbox with its name. */
  const toggle = (key: 'autoCheck' | 'autoOpen' | 'rememberReports', name: string) => (
    <label>
      <input type="checkbox" checked={settings[key]} onChange={(e) => update({ [key]: e.currentTarget.checked })} />
      {' '}{name}
    </label>
  );
  const forget = () => {
    setStatus('');
    void onForget().then(() => setRemembered(0), () => setStatus('forgetFailed'));
  };

  return (
    <main lang={t.lang} style={{ font: '14px/1.6 sans-serif', maxWidth: '36em', padding: '12px' }}>
      <h1 style={{ fontSize: '18px' }}>{t.optionsTitle}</h1>
      <p>{toggle('autoCheck', t.optAutoCheck)}</p>
      <p>{toggle('autoOpen', t.optAutoOpen)}</p>
      <p>
        <label>
          {t.optLanguage}{' '}
          <select value={settings.language} onChange={(e) => update({ language: e.currentTarget.value as Language })}>
            <option value="zh">中文</option>
            <option value="en">English</option>
          </select>
        </label>
      </p>
      <p>
        {toggle('rememberReports', t.optRemember)}
        {' '}
        <button type="button" disabled={remembered === 0} onClick={forget}>
          {t.optForget(remembered)}
        </button>
      </p>
      <p>
        <label for="grl-trusted">{t.optTrusted}</label><br />
        <textarea id="grl-trusted" rows={4} cols={40} value={domainsText}
          onInput={(e) => setDomainsText(e.currentTarget.value)}
          onBlur={() => update({ trustedDomains: parseDomains(domainsText) })} />
      </p>
      <p role="status" aria-live="polite">{status === 'forgetFailed' ? t.optForgetFailed : status === 'saved' ? t.optSaved : ''}</p>
    </main>
  );
}
