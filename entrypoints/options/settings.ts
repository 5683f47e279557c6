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

/** Domains from the options text box: one per line (or comma separated), scheme, path and "*." dropped. */
export function parseDomains(text: string): string[] {
  const domains = text.split(/[\s,，]+/)
    .map((d) => d.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/[/:].*$/, '').replace(/^\*\./, ''))
    .filter((d) => /^[a-z0-9.-]+\.[a-z]{2,}$/.test(d));
  return [...new Set(domains)];
}
