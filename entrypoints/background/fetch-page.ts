// Fetching a page for a frame: the annotator reads the reports a report page links to (lib/years/links.ts).
import { fetchHtml } from '../../lib/fetch-html.ts';
import { urlOf } from '../../lib/url.ts';
import { siteOf } from '../../lib/years/site.ts';
import type { FetchedPage } from '../annotator.content/protocol.ts';

const TIMEOUT_MS = 20_000;
// A report page is tens of kilobytes; a page of megabytes is something else, not read.
const MAX_BYTES = 8 * 1024 * 1024;

/**
 * Fetches `url` for the frame at `from`: only a page of the frame's own site and port, the one kind the
 * annotator asks for, and not one a redirect took elsewhere. Never throws.
 */
export async function fetchPage(url: string, from: string | undefined): Promise<FetchedPage> {
  if (!sameOrigin(url, from ?? null)) return { ok: false, problem: { kind: 'other-site', site: siteOf(url) } };
  return fetchHtml(url, {
    timeoutMs: TIMEOUT_MS,
    maxBytes: MAX_BYTES,
    refuse: (to) => (sameOrigin(to, url) ? null : { kind: 'other-site' as const, site: siteOf(to) }),
  });
}

/** Whether two addresses are one site's (www. or not) on one scheme and port. */
function sameOrigin(a: string, b: string | null): boolean {
  const [x, y] = [urlOf(a), urlOf(b)];
  return x !== null && y !== null && siteOf(x.href) !== null && siteOf(x.href) === siteOf(y.href) && x.protocol === y.protocol && x.port === y.port;
}
