import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings, TypedDomains } from '../entrypoints/options/settings.ts';
import type { RememberedReport } from '../entrypoints/options/year-store.ts';
import { messagesFor, type Language } from './i18n.ts';

interface Props {
  initial: Settings;
  onSave: (settings: Settings) => Promise<void>;
  parseDomains: (text: string) => TypedDomains;
  /** The reports remembered for cross-year checks (null: storage could not list them), and how to forget them. */
  remembered: RememberedReport[] | null;
  onForget: () => Promise<void>;
}

/**
 * The options page: every change is saved at once, and the page says so; the trusted domains as they are typed, those
 * entries that are no domain marked as unused. The reports remembered can be seen, each by issuer and year, linked to
 * its page: what this computer keeps is the reader's to check. Forgetting them asks first, with their count: it cannot be undone.
 */
export function Options({ initial, onSave, parseDomains, remembered: initialRemembered, onForget }: Props) {
  const [settings, setSettings] = useState(initial);
  const [domainsText, setDomainsText] = useState(initial.trustedDomains.join('\n'));
  // What the last action came to: the status line says the newest only.
  const [status, setStatus] = useState<'' | 'saved' | 'forgetFailed'>('');
  const [reports, setReports] = useState(initialRemembered);
  const remembered = reports && reports.length;
  const [confirming, setConfirming] = useState(false);
  const typed = parseDomains(domainsText);
  const t = messagesFor(settings.language);
  // The tab's title and the page's language follow the language chosen: an English page under a Chinese lang is read by a Chinese voice.
  useEffect(() => {
    document.title = t.optionsTitle;
    document.documentElement.lang = t.lang;
  }, [t]);

  // The settings as last changed, for a change that comes before the page has re-rendered with the one before.
  const latest = useRef(initial);
  const update = (patch: Partial<Settings>) => {
    const next = { ...latest.current, ...patch };
    latest.current = next;
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
    setConfirming(false);
    setStatus('');
    void onForget().then(() => setReports([]), () => setStatus('forgetFailed'));
  };
  // Saved as typed, a keystroke that changes no domain (a domain half typed, a blank line) writing nothing.
  const typeDomains = (text: string) => {
    setDomainsText(text);
    const { domains } = parseDomains(text);
    if (domains.join('\n') !== latest.current.trustedDomains.join('\n')) update({ trustedDomains: domains });
  };

  return (
    <main style={{ font: '14px/1.6 sans-serif', maxWidth: '36em', padding: '12px' }}>
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
        <button type="button" data-action="forget" disabled={remembered === 0 || confirming} onClick={() => setConfirming(true)}>
          {t.optForget(remembered)}
        </button>
      </p>
      {reports && reports.length > 0 && (
        <details data-testid="remembered-reports">
          <summary>{t.optShowRemembered(reports.length)}</summary>
          <ul>
            {reports.map((r) => (
              <li key={`${r.issuer}:${r.year}:${r.url ?? ''}`}>
                {r.url ? <a href={r.url} target="_blank" rel="noreferrer">{t.optRememberedReport(r.issuer, r.year)}</a> : t.optRememberedReport(r.issuer, r.year)}
              </li>
            ))}
          </ul>
        </details>
      )}
      {confirming && (
        <p role="alert" data-testid="confirm-forget">
          {t.optForgetConfirm(remembered)}{' '}
          <button type="button" data-action="confirm-forget" onClick={forget}>{t.optForgetYes}</button>{' '}
          <button type="button" data-action="cancel-forget" onClick={() => setConfirming(false)}>{t.optForgetNo}</button>
        </p>
      )}
      <p>
        <label for="grl-trusted">{t.optTrusted}</label><br />
        <textarea id="grl-trusted" rows={4} cols={40} value={domainsText}
          aria-describedby={typed.ignored.length > 0 ? 'grl-ignored' : undefined}
          onInput={(e) => typeDomains(e.currentTarget.value)} />
        {typed.ignored.length > 0 && <><br /><span id="grl-ignored" data-testid="ignored-domains">{t.optIgnored(typed.ignored)}</span></>}
      </p>
      <p role="status" aria-live="polite">{status === 'forgetFailed' ? t.optForgetFailed : status === 'saved' ? t.optSaved : ''}</p>
    </main>
  );
}
