// Fetching a page for a frame: the annotator reads the reports a report page links to (lib/years/links.ts).
import { decodeHtml, looksLikeHtml } from '../../lib/decode.ts';
import { siteOf } from '../../lib/years/site.ts';
import type { FetchedPage } from '../annotator.content/protocol.ts';

const TIMEOUT_MS = 20_000;

/** Fetches `url` for the frame at `from`: only a page of the frame's own site, the one kind the annotator asks for. Never throws. */
export async function fetchPage(url: string, from: string | undefined): Promise<FetchedPage> {
  const site = siteOf(url);
  if (site === null || site !== siteOf(from ?? null) || !/^https?:/i.test(url)) return { ok: false, problem: { kind: 'unreachable', detail: 'not this site' } };
  try {
    // No cookies: a report is public, and a portal's session has no business in the reading.
    const response = await fetch(url, { credentials: 'omit', signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (!response.ok) return { ok: false, problem: { kind: 'unreachable', detail: `HTTP ${response.status}` } };
    const { text } = decodeHtml(new Uint8Array(await response.arrayBuffer()), response.headers.get('content-type'));
    if (!looksLikeHtml(text)) return { ok: false, problem: { kind: 'not-page' } };
    return { ok: true, url: response.url || url, html: text };
  } catch (error) {
    const detail = error instanceof Error ? (error.name === 'TimeoutError' ? 'timeout' : error.message) : String(error);
    return { ok: false, problem: { kind: 'unreachable', detail } };
  }
}
