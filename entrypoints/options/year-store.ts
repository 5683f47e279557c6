// The reports this browser has read, kept in extension storage (on this computer only) so that a report
// can be checked against its issuer's reports of the year before and after (lib/years/compare.ts). Run in the background
// alone, one operation at a time (answerYears): pages ask it through remembered-years.ts.
import { browser } from 'wxt/browser';
import { bodyOf, namesOneBody, sameBody, storedSummary, type YearSummary } from '../../lib/years/summary.ts';
import { portalOf } from '../../lib/years/site.ts';

const PREFIX = 'year:';
// Under its site too: a name is one body's only on one site (lib/years/summary.ts sameBody). Under the body's name
// without 人民政府/管委会: a place's government named short one year and full the next (平潭综合实验区 2013, 平潭综合实验区管委会
// 2014) is found, as the CLI pairs them.
const storageKey = (own: YearSummary, year: number) => `${PREFIX}${own.site ?? ''}/${bodyOf(own.key)}:${year}`;
const nameOf = (key: string) => key.slice(key.indexOf('/') + 1, key.lastIndexOf(':'));

// The bodies remembered on a site for a year, by the name they are stored under: a body may be named with its county or
// district one year and without it the next (宣州区杨柳镇, 杨柳镇), which no key made from one name finds. A lookup reads the
// two years' lists of its site, never the whole store, which a reader of many reports fills with thousands.
const NAMES = 'yearnames:';
const namesKey = (site: string | null, year: number) => `${NAMES}${site ?? ''}/${year}`;
// Set once the entries older versions stored (under the name as read, with its site or, before sites were kept,
// without; under its host, before a portal's hosts were one site: jw.taojiang.gov.cn) are moved under their body's name
// on their portal and listed: from then on every entry is where a lookup looks. The flag of the version before, which
// moved them under the body's name alone, is dropped with the host's lists.
const INDEXED = 'yearstore:indexed:portal';
const FLAGS = 'yearstore:';

const namesIn = (value: unknown): string[] => (Array.isArray(value) ? value.filter((n): n is string => typeof n === 'string') : []);

/** What a page asks of the store (remembered-years.ts), and what each ask is answered with. */
export type YearsAsk =
  | { type: 'grl:years'; ask: 'adjacent' | 'remember'; own: YearSummary }
  | { type: 'grl:years'; ask: 'list' | 'forget' };
export type YearsAnswer = { ok: true; value: YearSummary[] | RememberedReport[] | null } | { ok: false; message: string };

/** A report remembered, as the options page lists it: what the reader may want to see before forgetting it. */
export interface RememberedReport { issuer: string; year: number; url: string | null }

// Each operation reads what it then writes (a site's year's list of names, the whole store as older entries move): two
// at once, each writing what it read, lose what the other wrote — two tabs of a site remembering a year's reports at
// the same moment keep one name of two; Forget all while the older entries move leaves them moved, not forgotten.
let last: Promise<unknown> = Promise.resolve();
function serially<T>(op: () => Promise<T>): Promise<T> {
  const run = last.then(op);
  last = run.catch(() => {}); // a failed operation (storage refusing) holds up none after it
  return run;
}

/** Answers a page's ask, after every ask heard before it. */
export async function answerYears(ask: YearsAsk): Promise<YearsAnswer> {
  try {
    const value = await (ask.ask === 'adjacent' ? adjacentYears(ask.own) : ask.ask === 'remember' ? rememberYear(ask.own).then(() => null)
      : ask.ask === 'list' ? listRemembered() : forgetAll().then(() => null));
    return { ok: true, value };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** The remembered reports of the issuer on its site for the year before and after. Entries that no longer validate are skipped. */
export const adjacentYears = (own: YearSummary) => serially(async (): Promise<YearSummary[]> => {
  await indexed();
  const years = [own.year - 1, own.year + 1];
  const listed = await browser.storage.local.get(years.map((y) => namesKey(own.site, y)));
  // Its own name's key too: a list written by two pages at once may have lost the name (rememberYear lists it again).
  const keysOf = (y: number) => [...new Set([storageKey(own, y), ...namesIn(listed[namesKey(own.site, y)])
    .filter((name) => namesOneBody(own.key, name, own.site)).map((name) => `${PREFIX}${own.site ?? ''}/${name}:${y}`)])];
  const stored = await browser.storage.local.get(years.flatMap(keysOf));
  return years.flatMap((y) => {
    // Its own name first where one year's report is remembered under two (read on two pages naming it differently).
    const found = keysOf(y).map((k) => storedSummary(stored[k])).find((s) => s && sameBody(s, own));
    return found ? [found] : [];
  });
});

/**
 * Keeps a report for later comparisons; a later reading of the same issuer and year on the same site replaces it,
 * under whichever of its names it was read (杨柳镇 on one page, 宣州区杨柳镇 on another), so it is counted once.
 */
export const rememberYear = (own: YearSummary) => serially(async () => {
  await indexed();
  const list = namesKey(own.site, own.year);
  const names = namesIn((await browser.storage.local.get(list))[list]);
  const name = bodyOf(own.key);
  const replaced = names.filter((n) => n !== name && namesOneBody(own.key, n, own.site));
  const listed = (kept: string[]) => ({ [list]: [...kept.filter((n) => n !== name), name] });
  // The names it replaces stay listed until their entries are removed: a removal cut short is done at the next reading.
  await browser.storage.local.set({ [storageKey(own, own.year)]: own, ...listed(names) });
  if (!replaced.length) return;
  await browser.storage.local.remove(replaced.map((n) => `${PREFIX}${own.site ?? ''}/${n}:${own.year}`));
  await browser.storage.local.set(listed(names.filter((n) => !replaced.includes(n))));
});

/**
 * Moves what older versions stored under their body's name (the latest reading where one report is under two keys) and
 * lists every entry, once. The marker is read at each operation, not kept: the store may be cleared or restored under a
 * background that lives on.
 */
async function indexed(): Promise<void> {
  const local = browser.storage.local;
  if ((await local.get(INDEXED))[INDEXED]) return;
  const all = await local.get(null);
  // By the key each report belongs under: the latest reading of it and the key that reading is at.
  const latest = new Map<string, { from: string; summary: YearSummary }>();
  const gone: string[] = [];
  for (const [key, value] of Object.entries(all)) {
    const summary = key.startsWith(PREFIX) ? storedSummary(value) : null;
    // One that no longer validates stays where it is: not read, not lost.
    if (!summary) continue;
    const to = storageKey(summary, summary.year);
    if (to !== key) gone.push(key);
    const kept = latest.get(to);
    if (!kept || kept.summary.extractedAt < summary.extractedAt) latest.set(to, { from: key, summary });
  }
  const names: Record<string, string[]> = {};
  for (const [key, { summary }] of latest) (names[namesKey(summary.site, summary.year)] ??= []).push(nameOf(key));
  // A list under a host that is now part of its portal (yearnames:jw.taojiang.gov.cn/2022): its names are listed under the portal's.
  const hostLists = Object.keys(all).filter((k) => k.startsWith(NAMES) && isHostOfPortal(k.slice(NAMES.length, k.lastIndexOf('/'))));
  // Only what moves is written, and the lists as they are now with these names added: a tab still running the version
  // before (which wrote from the page) may have remembered a report since the store was read, which an older copy must
  // not overwrite.
  const moving = [...latest].filter(([to, { from }]) => from !== to);
  const now = await local.get([...Object.keys(names), ...moving.map(([to]) => to)]);
  const lists = Object.fromEntries(Object.entries(names).map(([list, add]) => [list, [...new Set([...namesIn(now[list]), ...add])]]));
  const moved = moving.filter(([to, { summary }]) => !((storedSummary(now[to])?.extractedAt ?? '') >= summary.extractedAt))
    .map(([to, { summary }]) => [to, summary]);
  await local.set({ ...Object.fromEntries(moved), ...lists });
  await local.remove([...gone.filter((k) => !latest.has(k)), ...hostLists, ...Object.keys(all).filter((k) => k.startsWith(FLAGS) && k !== INDEXED)]);
  // Marked only once the old keys are gone: a move cut short (tab closed, storage refusing) is done again, not left
  // with a report under two keys, counted twice.
  await local.set({ [INDEXED]: true });
}

/** Whether a site a list is kept under is a host of a portal that is not the portal itself (jw.taojiang.gov.cn). */
const isHostOfPortal = (site: string) => site !== '' && portalOf(`http://${site}/`) !== site;

const isStoreKey = (k: string) => k.startsWith(PREFIX) || k.startsWith(NAMES) || k.startsWith(FLAGS);

/**
 * The reports remembered, by issuer and year: one a body's year on a site, however many names older versions stored it
 * under. One that no longer validates is listed by the name and year of its key: it is kept, and forgetting removes it.
 */
export const listRemembered = () => serially(async (): Promise<RememberedReport[]> => {
  await indexed();
  return Object.entries(await browser.storage.local.get(null)).filter(([k]) => k.startsWith(PREFIX)).map(([key, value]) => {
    const summary = storedSummary(value);
    return summary ? { issuer: summary.issuer, year: summary.year, url: summary.url }
      : { issuer: nameOf(key), year: Number(key.slice(key.lastIndexOf(':') + 1)), url: null };
  }).sort((a, b) => a.issuer.localeCompare(b.issuer, 'zh') || a.year - b.year);
});

export const forgetAll = () => serially(async () => {
  await browser.storage.local.remove(Object.keys(await browser.storage.local.get(null)).filter(isStoreKey));
});
