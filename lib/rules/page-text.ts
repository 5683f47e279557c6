// The page's text as one string, for the rules that search it whole: the title, then the page's lines; and where
// characters of that string stand in the page's lines, for a finding to say where the words it is about are. And what
// more than one rule reads of it, read once per page: the government sites it names, its footer and the owners that names.
import type { Spot } from '../document/page-text.ts';
import { pageFooter, siteOwners } from '../document/site-owner.ts';
import { type GovernmentSite, governmentSites } from '../document/stated-site.ts';
import type { RuleContext } from './types.ts';

interface Joined {
  title: string; text: string; /** Where each of the page's lines starts in `text`. */ starts: number[];
  /** The government sites `text` names, once a rule asked. */
  sites?: GovernmentSite[];
}

// Joined once per page, however many rules search it; kept with the lines it was joined from.
const JOINED = new WeakMap<readonly string[], Joined>();

function joined(ctx: RuleContext): Joined {
  const had = JOINED.get(ctx.pageLines);
  if (had?.title === ctx.title) return had;
  const starts: number[] = [];
  let at = ctx.title.length + 1;
  for (const line of ctx.pageLines) {
    starts.push(at);
    at += line.length + 1;
  }
  const made = { title: ctx.title, text: [ctx.title, ...ctx.pageLines].join('\n'), starts };
  JOINED.set(ctx.pageLines, made);
  return made;
}

/** The title and the page's lines, one per line. */
export const pageText = (ctx: RuleContext): string => joined(ctx).text;

/** The government sites the page's text names with an address (stated-site governmentSites), where they stand in pageText. */
export function pageGovernmentSites(ctx: RuleContext): readonly GovernmentSite[] {
  const page = joined(ctx);
  return page.sites ??= governmentSites(page.text);
}

/** The page's footer (site-owner pageFooter) and the bodies it names as the site's owner (siteOwners). */
export interface Footer { lines: readonly string[]; owners: readonly string[] }
const FOOTERS = new WeakMap<readonly string[], Footer>();

/** The footer of the page's lines, read once per page however many rules and checks ask whose site it is. */
export function footerOf(ctx: RuleContext): Footer {
  let footer = FOOTERS.get(ctx.pageLines);
  if (!footer) {
    const lines = pageFooter(ctx.pageLines);
    footer = { lines, owners: siteOwners(lines) };
    FOOTERS.set(ctx.pageLines, footer);
  }
  return footer;
}

/**
 * Where the characters [start, end) of pageText stand in the page's lines (ctx.pageLines, the body lines): a spot
 * in each line they run over; none in the title, which no line of the page need print as it stands.
 */
export function spotsAt(ctx: RuleContext, start: number, end: number): Spot[] {
  const { starts } = joined(ctx);
  // The last line starting at or before `start` (binary search: a finding may be one of many on a long page).
  let lo = 0, hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= start) lo = mid + 1;
    else hi = mid;
  }
  const spots: Spot[] = [];
  for (let line = Math.max(0, lo - 1); line < starts.length && starts[line]! < end; line++) {
    const from = Math.max(start, starts[line]!) - starts[line]!;
    const to = Math.min(end, starts[line]! + ctx.pageLines[line]!.length) - starts[line]!;
    if (to > from) spots.push({ lines: 'body', line, start: from, end: to });
  }
  return spots;
}

/** Every place the page's lines print one of `words` (each occurrence, in the page's order). */
export function spotsOf(ctx: RuleContext, words: readonly string[]): Spot[] {
  const { text } = joined(ctx);
  const spans: [number, number][] = [];
  for (const word of words) {
    if (word === '') continue;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) spans.push([at, at + word.length]);
  }
  return spans.sort((a, b) => a[0] - b[0]).flatMap(([start, end]) => spotsAt(ctx, start, end));
}
