// Where a saved page came from when no one says: what the page says of itself, most trusted first. The
// browser's note of the address it saved from is what was loaded; canonical and og:url are what the site
// declares (a mirror may keep the original's); <base> often names only the site, which is still its domain.
import type { PageModel } from '../page/model.ts';

/** `text` as an absolute http(s) URL, or null (a relative address, about:internet, file:, javascript:…). */
export function httpUrl(text: string | null | undefined): string | null {
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/** The page's own address: the first absolute http(s) one of its saved-from note, canonical link, og:url, <base>. */
export function pageAddress(page: Pick<PageModel<unknown>, 'addresses' | 'meta'>): string | null {
  const { savedFrom, canonical, base } = page.addresses;
  for (const candidate of [savedFrom, canonical, page.meta['og:url'], base]) {
    const url = httpUrl(candidate);
    if (url) return url;
  }
  return null;
}
