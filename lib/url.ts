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
