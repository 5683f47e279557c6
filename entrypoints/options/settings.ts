// The user's settings (options page) and their defaults; settings-store.ts keeps them.
import type { Language } from '../../components/i18n.ts';

export interface Settings {
  /** Run the check on gov.cn report pages as they load (badge only; the page is not touched). */
  autoCheck: boolean;
  /** Open the annotator by itself after an automatic check. */
  autoOpen: boolean;
  language: Language;
  /** Domains trusted as official besides gov.cn, passed to the engine as trustedDomains. */
  trustedDomains: string[];
  /** Keep a summary of each report read (year-store.ts) to check reports of adjacent years against each other. */
  rememberReports: boolean;
}

export const DEFAULT_SETTINGS: Settings = { autoCheck: true, autoOpen: false, language: 'zh', trustedDomains: [], rememberReports: true };

/** What the options text box's entries come to: the domains (scheme, path and "*." dropped), and the entries that are none. */
export interface TypedDomains { domains: string[]; ignored: string[] }

/** Domains from the options text box: one per line (or comma separated); an entry that is no domain (http://foo) ignored, and said. */
export function parseDomains(text: string): TypedDomains {
  const domains: string[] = [];
  const ignored: string[] = [];
  for (const entry of text.split(/[\s,，]+/).filter(Boolean)) {
    const domain = entry.toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/[/:].*$/, '').replace(/^\*\./, '');
    if (!/^[a-z0-9.-]+\.[a-z]{2,}$/.test(domain)) ignored.push(entry);
    else if (!domains.includes(domain)) domains.push(domain);
  }
  return { domains, ignored };
}
