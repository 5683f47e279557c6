// Where a report was read: reports pair across years only when read on one site (summary.ts sameBody);
// and which addresses are pages of a site, to fetch (links.ts) or as a page's embedded parts (extract.ts).
import { urlOf } from '../url.ts';

const ANY = /./;

/** The host a page was read on, without its www.: one site's reports are one body's. */
export function siteOf(url: string | null): string | null {
  return urlOf(url, undefined, ANY)?.hostname.toLowerCase().replace(/^www\./, '') || null;
}

// A page, not a file: an address whose last part has no extension, or a page's (.html, .shtml, .jsp, .aspx, .php …).
// A PDF or Word attachment cannot be read as a page.
const PAGE_PATH = /(?:^|\/)(?:[^/.]*|[^/]*\.(?:s?html?|xhtml|jhtml|jspx?|aspx?|php|do|action|cgi))$/i;

/** Whether a URL's path is a page's rather than a file's. */
export const isPagePath = (pathname: string): boolean => PAGE_PATH.test(pathname);

/**
 * Whether `src`, an address as a page at `pageUrl` writes it, is a page on that page's site. With no
 * `pageUrl` (a saved file read alone) only a relative address is known to be.
 */
export function isOwnSitePage(src: string, pageUrl: string | null): boolean {
  const base = pageUrl ?? 'http://page.invalid/';
  const url = urlOf(src, base);
  return url !== null && siteOf(url.href) === siteOf(base) && isPagePath(url.pathname);
}
