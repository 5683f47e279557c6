// Where a report was read: reports pair across years only when read on one site (summary.ts sameBody);
// and which addresses are pages of a site, to fetch (links.ts) or as a page's embedded parts (extract.ts).

/** The host a page was read on, without its www.: one site's reports are one body's. */
export function siteOf(url: string | null): string | null {
  try {
    return (url && new URL(url).hostname.toLowerCase().replace(/^www\./, '')) || null;
  } catch {
    return null;
  }
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
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return false;
  }
  return /^(?:https?|file):$/.test(url.protocol) && siteOf(url.href) === siteOf(base) && isPagePath(url.pathname);
}
