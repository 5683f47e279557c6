// An address as the engine reads one: parsed, and of a page a browser shows (http, https) unless told otherwise.

const WEB = /^https?:$/;

/**
 * `text` as a URL, resolved against `base` where given; null where it is none, or its protocol is not one
 * `protocols` takes (http and https by default).
 */
export function urlOf(text: string | null | undefined, base?: string, protocols: RegExp = WEB): URL | null {
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text.trim(), base);
  } catch {
    return null;
  }
  return protocols.test(url.protocol) ? url : null;
}

/** An http(s) address without its fragment (#…, a place in the page): the page it shows. */
export function pageUrlOf(text: string | null | undefined): URL | null {
  const url = urlOf(text);
  if (url) url.hash = '';
  return url;
}
