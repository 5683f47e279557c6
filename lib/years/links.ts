// The links on a report's page to its issuer's reports of the year before and after, which portals
// put beside the article (上一篇/下一篇, 相关链接, the column's list), and whether the page a link led to
// is the report it promised. The extension offers them where no such report has been read yet.
import { pageUrlOf } from '../url.ts';
import { aboutReports } from '../document/is-report.ts';
import { reportIssuer } from '../document/issuer.ts';
import { isTitleLine } from '../document/title.ts';
import { yearIn } from '../document/dates.ts';
import { issuerKey } from './issuer-key.ts';
import { isPagePath, siteOf } from './site.ts';
import { namesOneBody, sameBody, type YearSummary } from './summary.ts';

/**
 * A link as the page has it: its address resolved, its text, and its title attribute (many portals cut the text short:
 * 铁岭市2018年政府信息…). The address may be resolved only when read: read it after what the text says.
 */
export interface PageLink { href: string; text: string; title?: string }

/** A link offered for a year: the page it leads to is read on request. */
export interface YearLink { year: number; href: string; text: string }

// The navigation's own words before the title: 上一篇：…, 下一条: ….
const NAVIGATION = /^\s*[[【(（]?\s*(?:上|下|前|后)一?(?:篇|条|页)\s*[\]】)）]?\s*[:：]?\s*/;
// The office that compiles a government's report, named for its government (铁岭市 → 铁岭市人民政府办公室), after
// issuerKey has made 人民政府 政府.
const OFFICE = /^政府(?:办公室|办公厅)$/;

/**
 * For the year before and the year after `own`'s, the first link on the same site whose text names a
 * report of that year by `own`'s issuer, or by no one (2022年政府信息公开工作年度报告: the site's own);
 * one naming the issuer comes before one naming no one. Earlier year first.
 */
export function adjacentYearLinks(own: YearSummary, links: readonly PageLink[]): YearLink[] {
  if (own.site === null) return [];
  const found = new Map<number, { link: YearLink; named: boolean }>();
  for (const link of links) {
    const offer = offerOf(own, link);
    if (!offer) continue;
    const before = found.get(offer.link.year);
    if (!before || (offer.named && !before.named)) found.set(offer.link.year, offer);
  }
  return [own.year - 1, own.year + 1].flatMap((year) => found.get(year)?.link ?? []);
}

function offerOf(own: YearSummary, link: PageLink): { link: YearLink; named: boolean } | null {
  // What the link says first: a portal's page has thousands of links, few of them to a report, and an address is dear to read.
  const text = [link.text, link.title ?? ''].map((t) => t.replace(NAVIGATION, '').trim()).find((t) => isTitleLine(t) && !aboutReports(t));
  if (text === undefined) return null;
  const year = yearIn(text);
  if (year !== own.year - 1 && year !== own.year + 1) return null;
  const url = pageUrlOf(link.href);
  if (!url) return null;
  // A link to the page itself (href="#", the column's link to the article being read) leads nowhere new.
  // On the page's own host: what is fetched for a comparison is fetched from it alone (background/fetch-page.ts).
  if (siteOf(url.href) !== siteOf(own.url) || !isPagePath(url.pathname) || url.href === own.url?.replace(/#.*/, '')) return null;
  const name = reportIssuer(text, [])?.value ?? null;
  if (name !== null && !namesOwn(issuerKey(name), own.key, own.site)) return null;
  return { link: { year, href: url.href, text }, named: name !== null };
}

/** Whether a link's name is the page's body or, short, its government's for its office: a link names it as briefly as a title does. */
function namesOwn(a: string, b: string, site: string | null): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return namesOneBody(a, b, site) || (short.length > 0 && long.startsWith(short) && OFFICE.test(long.slice(short.length)));
}

/** The links still worth offering once a report is compared with `against`: those for the years not yet compared. */
export function stillOffered(links: readonly YearLink[], against: readonly YearSummary[]): YearLink[] {
  return links.filter((l) => !against.some((y) => y.year === l.year));
}

/** Why a link offered for a year gave no report to compare with: it could not be read, or what it led to was not the report it promised. */
export type LinkProblem =
  // The network or the server: a timeout, no answer, an HTTP status (404), a page too large to be a report's.
  | { kind: 'unreachable'; cause: 'timeout' | 'network' | 'too-large' | number }
  | { kind: 'not-page' } // a file, not an HTML page
  | { kind: 'not-report' } // no report with issuer, year, and the standard tables or a 统计表 with 历年累计
  | { kind: 'other-kind'; format: YearSummary['format'] } // the issuer's report of the year, but a 统计表 beside a standard form's, or the other way round
  | { kind: 'other-site'; site: string | null } // the link, or a redirect, leads off the site
  | { kind: 'other-year'; year: number }
  | { kind: 'other-body'; issuer: string };

/** Whether `fetched` (the summary of the page `link` led to, null when it has none) is the report of `link.year` by `own`'s issuer on `own`'s site. */
export function checkFetched(own: YearSummary, link: YearLink, fetched: YearSummary | null): LinkProblem | null {
  if (fetched === null) return { kind: 'not-report' };
  if (fetched.site !== own.site) return { kind: 'other-site', site: fetched.site };
  if (!sameBody(fetched, own)) return { kind: 'other-body', issuer: fetched.issuer };
  if (fetched.year !== link.year) return { kind: 'other-year', year: fetched.year };
  // A 统计表 compares only with a 统计表, a standard form only with a standard form (lib/years/compare.ts).
  return (fetched.format === 'legacy') === (own.format === 'legacy') ? null : { kind: 'other-kind', format: fetched.format };
}
