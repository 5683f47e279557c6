// Fetching a report page over HTTP: the extension's background fetches the pages a report links to, the
// CLI the addresses it is given. Both decode it as a saved file is decoded (lib/decode.ts).
import { decodeHtml, looksLikeHtml } from './decode.ts';

/** Why an address gave no page: the network, the server's answer, or what it served. */
export type FetchProblem =
  | { kind: 'unreachable'; cause: 'timeout' | 'too-large' | number }
  // detail: what the runtime said of the failure, when it says (Node: ENOTFOUND, ECONNREFUSED …; a browser: nothing).
  | { kind: 'unreachable'; cause: 'network'; detail?: string }
  // type: the Content-Type the server named, when it named one that is no page (application/pdf).
  | { kind: 'not-page'; type?: string };

export type FetchedHtml<P> = { ok: true; url: string; html: string } | { ok: false; problem: FetchProblem | P };

export interface FetchOptions<P> {
  timeoutMs: number;
  /** A body past this many bytes is not downloaded: it is no report page. */
  maxBytes: number;
  /** A problem with the address the redirects ended at (checked before anything of it is read), or null. */
  refuse?: (finalUrl: string) => P | null;
}

// What a served page may be: HTML, or text a misconfigured server labels plainly.
const PAGE_TYPE = /^\s*(?:text\/|application\/xhtml)/i;

/** Fetches `url`, following redirects, and decodes the page it ends at. Never throws. */
export async function fetchHtml<P = never>(url: string, { timeoutMs, maxBytes, refuse }: FetchOptions<P>): Promise<FetchedHtml<P>> {
  try {
    // No cookies: a report is public, and a portal's session has no business in the reading.
    const response = await fetch(url, { credentials: 'omit', redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
    const finalUrl = response.url || url;
    const refused = refuse?.(finalUrl) ?? null;
    if (refused !== null) {
      void response.body?.cancel();
      return { ok: false, problem: refused };
    }
    if (!response.ok) {
      void response.body?.cancel();
      return { ok: false, problem: { kind: 'unreachable', cause: response.status } };
    }
    const type = response.headers.get('content-type');
    if (type !== null && !PAGE_TYPE.test(type)) {
      void response.body?.cancel();
      return { ok: false, problem: { kind: 'not-page', type: type.split(';')[0]!.trim() } };
    }
    const bytes = await readCapped(response, maxBytes);
    if (bytes === null) return { ok: false, problem: { kind: 'unreachable', cause: 'too-large' } };
    const { text } = decodeHtml(bytes, type);
    if (!looksLikeHtml(text)) return { ok: false, problem: { kind: 'not-page' } };
    return { ok: true, url: finalUrl, html: text };
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') return { ok: false, problem: { kind: 'unreachable', cause: 'timeout' } };
    // Node's fetch fails with "fetch failed", the system's reason in its cause.
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message;
    return { ok: false, problem: detail ? { kind: 'unreachable', cause: 'network', detail } : { kind: 'unreachable', cause: 'network' } };
  }
}

/** The body's bytes, or null past maxBytes (the rest is not downloaded). */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (Number(response.headers.get('content-length')) > maxBytes) {
    void response.body?.cancel();
    return null;
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    length += chunk.value.length;
    if (length > maxBytes) {
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
