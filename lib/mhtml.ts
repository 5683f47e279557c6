// A page saved "as a single file": Chrome's and Edge's .mhtml, IE's .mht — a MIME multipart/related
// archive (RFC 2557) whose first HTML part is the page, quoted-printable or base64, in its own charset,
// with the address it was saved from in its headers.
import { decodeHtml } from './decode.ts';
import { httpUrl } from './document/address.ts';

export interface ArchivedPage { text: string; encoding: string; url: string | null }

// The archive's own headers end at its first blank line; an HTML file never starts with a header block.
const HEAD_END = /\r?\n\r?\n/;
const HEADER_BLOCK = /^(?:[\w-]+:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*\r?\n)+$/;

// The archive's headers are in its first bytes: an HTML file is told from an archive by them alone, never read whole here.
const HEAD_BYTES = 64 * 1024;

/**
 * The page inside an MHTML archive, or null when the bytes are no such archive (an HTML file). Throws when
 * the archive holds no HTML part (a saved image, a mail).
 */
export function decodeMhtml(bytes: Uint8Array): ArchivedPage | null {
  const archive = parsePart(bytesToLatin1(bytes.subarray(0, HEAD_BYTES)));
  if (!archive) return null;
  const type = archive.headers.get('content-type') ?? '';
  const boundary = parameter(type, 'boundary');
  if (!/^multipart\/related\b/i.test(type) || !boundary) return null;
  const raw = bytesToLatin1(bytes);
  // Each part runs from after its delimiter line to the line break before the next delimiter; before the
  // first is the archive's preamble, after the last (--boundary--) its epilogue.
  const parts = raw.split(`--${boundary}`).slice(1, -1).map((chunk) => parsePart(chunk.replace(/^[ \t]*\r?\n/, '').replace(/\r?\n$/, '')));
  const html = parts.find((p) => p && /^(?:text\/html|application\/xhtml\+xml)\b/i.test(p.headers.get('content-type') ?? ''));
  if (!html) throw new Error('MHTML 中没有网页部分 (no HTML part in the archive)');
  const decoded = decodeHtml(transferDecoded(html.body, html.headers.get('content-transfer-encoding')), html.headers.get('content-type') ?? null);
  const url = httpUrl(archive.headers.get('snapshot-content-location')) ?? httpUrl(html.headers.get('content-location')) ?? httpUrl(archive.headers.get('content-location'));
  return { ...decoded, url };
}

/** One MIME entity: its headers (names lower-cased, folded lines unfolded) and its body; null without a header block. */
function parsePart(entity: string): { headers: Map<string, string>; body: string } | null {
  const end = HEAD_END.exec(entity);
  if (!end) return null;
  // The header lines, each with its line break.
  const block = entity.slice(0, end.index + end[0].indexOf('\n') + 1);
  if (!HEADER_BLOCK.test(block)) return null;
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).toLowerCase();
    if (colon > 0 && !headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return { headers, body: entity.slice(end.index + end[0].length) };
}

/** A parameter of a header value (`boundary="…"`, `charset=gb2312`). */
function parameter(value: string, name: string): string | null {
  const m = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return m ? m[1] ?? m[2]! : null;
}

/** The part's bytes: quoted-printable and base64 decoded; 7bit, 8bit and binary bodies as they are. */
function transferDecoded(body: string, encoding: string | undefined): Uint8Array {
  switch (encoding?.trim().toLowerCase()) {
    case 'quoted-printable': {
      const text = body.replace(/=\r?\n/g, '');
      const out = new Uint8Array(text.length);
      let n = 0;
      for (let i = 0; i < text.length; i++) {
        const hex = text.charCodeAt(i) === 61 /* = */ ? text.slice(i + 1, i + 3) : '';
        if (/^[\da-f]{2}$/i.test(hex)) { out[n++] = parseInt(hex, 16); i += 2; }
        else out[n++] = text.charCodeAt(i);
      }
      return out.subarray(0, n);
    }
    case 'base64':
      return latin1ToBytes(atob(body.replace(/[^A-Za-z0-9+/=]/g, '')));
    default:
      return latin1ToBytes(body);
  }
}

// One character a byte, both ways, so that a part's bytes survive the text the archive is split as.
// (TextDecoder's "latin1" is windows-1252 and would turn bytes 0x80–0x9f into other characters.)
function bytesToLatin1(bytes: Uint8Array): string {
  let out = '';
  // apply takes the typed array as it is; a spread (...) would iterate it, ten times slower.
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192) as unknown as number[]);
  return out;
}

function latin1ToBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}
