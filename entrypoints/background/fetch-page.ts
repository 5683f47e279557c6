// Fetching a page for a frame: the annotator reads the reports a report page links to (lib/years/links.ts).
import { decodeHtml, looksLikeHtml } from '../../lib/decode.ts';
import { urlOf } from '../../lib/url.ts';
import { siteOf } from '../../lib/years/site.ts';
import type { FetchedPage } from '../annotator.content/protocol.ts';

const TIMEOUT_MS = 20_000;
// A report page is tens of kilobytes; a page of megabytes is something else, not read.
const MAX_BYTES = 8 * 1024 * 1024;
// What a served page may be: HTML, or text a misconfigured server labels plainly.
const PAGE_TYPE = /^\s*(?:text\/|application\/xhtml)/i;

/**
 * Fetches `url` for the frame at `from`: only a page of the frame's own site and port, the one kind the
 * annotator asks for, and not one a redirect took elsewhere. Never throws.
 */
export async function fetchPage(url: string, from: string | undefined): Promise<FetchedPage> {
  if (!sameOrigin(url, from ?? null)) return { ok: false, problem: { kind: 'other-site', site: siteOf(url) } };
  try {
    // No cookies: a report is public, and a portal's session has no business in the reading.
    const response = await fetch(url, { credentials: 'omit', signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (response.url && !sameOrigin(response.url, url)) {
      void response.body?.cancel();
      return { ok: false, problem: { kind: 'other-site', site: siteOf(response.url) } };
    }
    if (!response.ok) return { ok: false, problem: { kind: 'unreachable', cause: response.status } };
    const type = response.headers.get('content-type');
    if (type !== null && !PAGE_TYPE.test(type)) {
      void response.body?.cancel();
      return { ok: false, problem: { kind: 'not-page' } };
    }
    const bytes = await readCapped(response);
    if (bytes === null) return { ok: false, problem: { kind: 'unreachable', cause: 'too-large' } };
    const { text } = decodeHtml(bytes, type);
    if (!looksLikeHtml(text)) return { ok: false, problem: { kind: 'not-page' } };
    return { ok: true, url: response.url || url, html: text };
  } catch (error) {
    const timeout = error instanceof Error && error.name === 'TimeoutError';
    return { ok: false, problem: { kind: 'unreachable', cause: timeout ? 'timeout' : 'network' } };
  }
}

/** Whether two addresses are one site's (www. or not) on one scheme and port. */
function sameOrigin(a: string, b: string | null): boolean {
  const [x, y] = [urlOf(a), urlOf(b)];
  return x !== null && y !== null && siteOf(x.href) !== null && siteOf(x.href) === siteOf(y.href) && x.protocol === y.protocol && x.port === y.port;
}

/** The body's bytes, or null past MAX_BYTES (the rest is not downloaded). */
async function readCapped(response: Response): Promise<Uint8Array | null> {
  if (Number(response.headers.get('content-length')) > MAX_BYTES) {
    void response.body?.cancel();
    return null;
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    length += chunk.value.length;
    if (length > MAX_BYTES) {
      void reader.cancel();
      return null;
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) { bytes.set(c, at); at += c.length; }
  return bytes;
}
