// Where the other pages of a paginated report are: the pager's links (its page numbers, 下一页, 尾页) or
// the file names TRS's pager script writes (t20230120_4567890.html, t20230120_4567890_1.html…). Only the
// same article's pages on the same site are taken, so that no other article's figures join the report.
import { squeezed } from '../text/normalize.ts';
import { pageUrlOf } from '../url.ts';
import type { LinkProblem, PageLink } from '../years/links.ts';
import type { Pagination } from './pagination.ts';

/** A report of more pages is not read whole: a pager of so many is rather a list's. */
export const MAX_PAGES = 20;

export interface OtherPage { page: number; url: string }

/**
 * Why another page was not joined: it could not be fetched, it repeats a page already read (a server that
 * ignores ?page=2), or it is the shell the portal's scripts load the article into (none run in a fetched page).
 */
export type PageProblem = Extract<LinkProblem, { kind: 'unreachable' | 'not-page' | 'other-site' }> | { kind: 'same-page'; as: number } | { kind: 'no-article' };

/** This page's number and the other pages' addresses, in page order. */
export interface ReportPages { own: number; others: OtherPage[] }

// A pager's words that lead to a page relative to this one (上一页, 下一页) or at its ends (首页, 尾页).
const STEP: Record<string, (own: number, pages: number | null) => number | null> = {
  上一页: (own) => own - 1, 上页: (own) => own - 1, 前一页: (own) => own - 1, 前页: (own) => own - 1,
  下一页: (own) => own + 1, 下页: (own) => own + 1, 后一页: (own) => own + 1, 后页: (own) => own + 1,
  首页: () => 1, 尾页: (_, pages) => pages, 末页: (_, pages) => pages, 最后一页: (_, pages) => pages,
};
const PAGE_NUMBER = /^\d{1,2}$/;
// A page's number at the end of its file name: t20230120_4567890_1, content-2. An id is longer.
const PAGE_SUFFIX = /[_-]\d{1,2}$/;

/**
 * The pages of the report `pagination` found on the page at `url`, other than this one, from the page's
 * `links` (resolved) or TRS's script; null when they cannot be told (no pager, this page's number unknown,
 * more than MAX_PAGES pages, no other page of the same article linked).
 */
export function reportPages(pagination: Pagination | null, url: string | null, links: readonly PageLink[]): ReportPages | null {
  const here = pageUrlOf(url);
  if (!pagination || !here || (pagination.pages ?? 0) > MAX_PAGES) return null;
  const found = new Map<number, string>();
  const add = (page: number | null, href: string) => {
    if (page !== null && page >= 1 && page <= (pagination.pages ?? MAX_PAGES) && !found.has(page)) found.set(page, href);
  };
  const { file } = pagination;
  if (file) {
    for (let k = 1; k <= pagination.pages!; k++) add(k, new URL(k === 1 ? `${file.name}.${file.ext}` : `${file.name}_${k - 1}.${file.ext}`, here).href);
  }
  const pagerLinks = links.flatMap((link) => {
    const to = pageUrlOf(link.href);
    return to && sameArticle(here, to) ? [{ text: squeezed(link.text), href: to.href }] : [];
  });
  for (const link of pagerLinks) if (PAGE_NUMBER.test(link.text)) add(Number(link.text), link.href);
  fillGaps(found, pagination.pages);
  const own = pagination.page ?? [...found].find(([, href]) => href === here.href)?.[0] ?? missingNumber(found, pagination.pages);
  if (own === null) return null;
  for (const link of pagerLinks) add(STEP[link.text]?.(own, pagination.pages) ?? null, link.href);
  const others = [...found].filter(([page, href]) => page !== own && href !== here.href)
    .sort(([a], [b]) => a - b).map(([page, href]) => ({ page, url: href }));
  return others.length > 0 ? { own, others } : null;
}

/**
 * The pages a long pager leaves out (1 2 3 … 12, TRS's and Hanweb's) added to `found` where the linked pages
 * from 2 on are all named by one numbering (t20230120_4567890_1.html…_11.html, ?page=2, index_2.html): their
 * addresses alike but for one number that grows as the page does. Pages are written up to the pager's count, or
 * the last page linked (the pager's last number); page 1 is often named otherwise (t20230120_4567890.html), not written.
 */
function fillGaps(found: Map<number, string>, pages: number | null): void {
  const numbered = [...found].filter(([page]) => page >= 2).sort(([a], [b]) => a - b);
  if (numbered.length < 2) return;
  const [[p, first], [q, second]] = numbered as [[number, string], [number, string]];
  const [a, b] = [first.split(/(\d+)/), second.split(/(\d+)/)];
  if (a.length !== b.length) return;
  const differ = a.flatMap((part, i) => (part === b[i] ? [] : [i]));
  const at = differ[0]!;
  // One digit run differs, by as much as the pages do; a run with leading zeros (page 02) is not written back alike.
  if (differ.length !== 1 || at % 2 === 0 || Number(b[at]) - Number(a[at]) !== q - p || String(Number(a[at])) !== a[at]) return;
  const offset = Number(a[at]) - p;
  const pageUrl = (page: number) => [...a.slice(0, at), String(page + offset), ...a.slice(at + 1)].join('');
  if (!numbered.every(([page, href]) => href === pageUrl(page))) return;
  for (let page = 2; page <= (pages ?? numbered.at(-1)![0]); page++) if (!found.has(page)) found.set(page, pageUrl(page));
}

/** This page's number where the pager links every page but one (TRS shows this page's number unlinked). */
function missingNumber(found: Map<number, string>, pages: number | null): number | null {
  const last = Math.max(0, ...found.keys());
  const missing = [...Array(pages ?? last).keys()].map((k) => k + 1).filter((k) => !found.has(k));
  return missing.length === 1 ? missing[0]! : null;
}

/**
 * Whether `to` is a page of the article at `here`: on the same origin, the same path with another query
 * (?page=2), or in the same folder, named as the same article with a page's number after it or without.
 */
function sameArticle(here: URL, to: URL): boolean {
  if (here.origin !== to.origin) return false;
  if (here.pathname === to.pathname) return here.search !== to.search;
  const [a, b] = [fileOf(here.pathname), fileOf(to.pathname)];
  return a.folder === b.folder && a.ext === b.ext && a.stem.replace(PAGE_SUFFIX, '') === b.stem.replace(PAGE_SUFFIX, '');
}

function fileOf(path: string): { folder: string; stem: string; ext: string } {
  const slash = path.lastIndexOf('/') + 1;
  const name = path.slice(slash);
  const dot = name.lastIndexOf('.');
  return { folder: path.slice(0, slash), stem: dot < 0 ? name : name.slice(0, dot), ext: dot < 0 ? '' : name.slice(dot) };
}
