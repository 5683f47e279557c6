// Report pages come in UTF-8, in the GB family (many county portals still serve GBK), or, from
// mirrors in traditional characters, in Big5: any encoding the page declares and the runtime knows.
// The CLI decodes saved files with it, the extension's background the pages it fetches; decodeText reads
// the CLI's lists of inputs.

const GB = /^(?:gb2312|gbk|gb18030|x-gbk|cp936|euc-cn|hz-gb-2312)$/i;

/**
 * Decodes a page: a BOM wins, then the charset of the HTTP Content-Type (`contentType`, for a fetched
 * page), then <meta charset> / http-equiv in the first 2 KB, else as decodeText reads text that declares nothing;
 * a GB or UTF-8 declaration that the bytes plainly belie gives way to what they are.
 */
export function decodeHtml(bytes: Uint8Array, contentType: string | null = null): { text: string; encoding: string } {
  const marked = byBom(bytes);
  if (marked) return marked;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const declared = (charsetOf(contentType ?? '') ?? /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1])?.toLowerCase();
  // A page that declares nothing (saved by hand, its <meta> lost) is read as plain text is: UTF-8 unless mostly not, else GB18030.
  if (!declared) return decodeText(bytes);
  // GB18030 is a superset of GBK and GB2312: decoding any of them with it is exact.
  const encoding = GB.test(declared) ? 'gb18030' : known(declared) ? declared : 'utf-8';
  // A declaration the bytes belie, as a portal's template keeps a stale <meta charset=gb2312> over the UTF-8 its server
  // sends (or <meta charset=utf-8> over GBK), the browser going by the HTTP header and a saved copy keeping the bytes and
  // the <meta>: Chinese text in GBK is never valid UTF-8 for long, and UTF-8 read as GBK is no text at all.
  const utf8 = encoding === 'gb18030' ? utf8Text(bytes) : null;
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  if (encoding === 'utf-8') return decodeText(bytes);
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}

// Characters beyond ASCII that valid UTF-8 must hold before it outweighs a GB declaration: a few bytes may pair up by chance.
const UTF8_EVIDENCE = 8;

/** The text of bytes that are valid UTF-8 holding some characters beyond ASCII, else null. */
function utf8Text(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  let wide = 0;
  for (let i = 0; i < text.length && wide < UTF8_EVIDENCE; i++) if (text.charCodeAt(i) >= 0x80) wide++;
  return wide >= UTF8_EVIDENCE ? text : null;
}

/**
 * Decodes text that declares nothing (a list of files typed in Notepad, a page saved without its <meta>): a BOM
 * wins, then UTF-8 unless the bytes are mostly not UTF-8, else GB18030 — Windows saves "ANSI" text in GBK on a
 * Chinese system. GBK read as UTF-8 breaks at nearly every character; a UTF-8 page may hold a stray byte or two
 * (a © pasted in Latin-1) and is still UTF-8.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  const marked = byBom(bytes);
  if (marked) return marked;
  const text = new TextDecoder('utf-8').decode(bytes);
  let broken = 0, wide = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) broken++;
    else if (c >= 0x80) wide++;
  }
  return broken * 20 <= wide ? { text, encoding: 'utf-8' } : { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
}

/** The text of bytes that open with a UTF-8 or UTF-16 byte order mark, else null. */
function byBom(bytes: Uint8Array): { text: string; encoding: string } | null {
  const encoding = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'utf-8'
    : bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  // TextDecoder drops the BOM itself.
  return encoding ? { text: new TextDecoder(encoding).decode(bytes), encoding } : null;
}

/** The charset a Content-Type names, if the runtime knows it; else the page's own <meta> decides. */
function charsetOf(contentType: string): string | undefined {
  const label = /;\s*charset\s*=\s*["']?([\w-]+)/i.exec(contentType)?.[1];
  return label && known(label) ? label : undefined;
}

/** Whether the runtime can decode this encoding label (big5, shift_jis …); an unknown label reads as UTF-8. */
function known(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** Whether text looks like an HTML page at all (a saved PDF or image must be refused, not parsed). */
export function looksLikeHtml(text: string): boolean {
  return /<(?:!doctype\s+html|html|head|body|table|div|p)[\s>]/i.test(text.slice(0, 4096)) && !text.slice(0, 1024).includes('\u0000');
}
