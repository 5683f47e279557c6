// The reports this browser has read, kept in extension storage (on this computer only) so that a report
// can be checked against its issuer's reports of the year before and after (lib/years/compare.ts).
import { browser } from 'wxt/browser';
import { sameBody, YearSummary } from '../../lib/years/summary.ts';

const PREFIX = 'year:';
// Under its site too: a name is one body's only on one site (lib/years/summary.ts sameBody).
const storageKey = (own: YearSummary, year: number) => `${PREFIX}${own.site ?? ''}/${own.key}:${year}`;

/** The remembered reports of the issuer for the year before and after. Entries that no longer validate are skipped. */
export async function adjacentYears(own: YearSummary): Promise<YearSummary[]> {
  const keys = [storageKey(own, own.year - 1), storageKey(own, own.year + 1)];
  const stored = await browser.storage.local.get(keys);
  return keys.flatMap((k) => {
    const parsed = YearSummary.safeParse(stored[k]);
    return parsed.success && sameBody(parsed.data, own) ? [parsed.data] : [];
  });
}

/** Keeps a report for later comparisons; a later reading of the same issuer and year replaces it. */
export async function rememberYear(own: YearSummary): Promise<void> {
  await browser.storage.local.set({ [storageKey(own, own.year)]: own });
}

async function rememberedKeys(): Promise<string[]> {
  return Object.keys(await browser.storage.local.get(null)).filter((k) => k.startsWith(PREFIX));
}

export const countRemembered = async (): Promise<number> => (await rememberedKeys()).length;

export async function forgetAll(): Promise<void> {
  await browser.storage.local.remove(await rememberedKeys());
}
