// The reports this browser has read, kept in extension storage (on this computer only) so that a report
// can be checked against its issuer's reports of the year before and after (lib/years/compare.ts).
import { browser } from 'wxt/browser';
import { bodyOf, sameBody, storedSummary, type YearSummary } from '../../lib/years/summary.ts';

const PREFIX = 'year:';
// Under its site too: a name is one body's only on one site (lib/years/summary.ts sameBody). Under the body's name
// without 人民政府/管委会: a place's government named short one year and full the next (平潭综合实验区 2013, 平潭综合实验区管委会
// 2014) is found, as the CLI pairs them.
const storageKey = (own: YearSummary, year: number) => `${PREFIX}${own.site ?? ''}/${bodyOf(own.key)}:${year}`;
// Where older versions put it, under the name as read, with its site and, before sites were kept, without: still
// read, so an update loses no report remembered.
const olderKeys = (own: YearSummary, year: number) => [`${PREFIX}${own.site ?? ''}/${own.key}:${year}`, `${PREFIX}${own.key}:${year}`];
const keysOf = (own: YearSummary, year: number) => [...new Set([storageKey(own, year), ...olderKeys(own, year)])];

/** The remembered reports of the issuer on its site for the year before and after. Entries that no longer validate are skipped. */
export async function adjacentYears(own: YearSummary): Promise<YearSummary[]> {
  const years = [own.year - 1, own.year + 1];
  const stored = await browser.storage.local.get(years.flatMap((y) => keysOf(own, y)));
  return years.flatMap((y) => {
    const found = keysOf(own, y).map((k) => storedSummary(stored[k])).find((s) => s && sameBody(s, own));
    return found ? [found] : [];
  });
}

/** Keeps a report for later comparisons; a later reading of the same issuer and year on the same site replaces it. */
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
