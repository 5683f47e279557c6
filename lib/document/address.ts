// Where a saved page came from when no one says: only what the browser recorded when saving it. What the
// page declares of itself (<link rel=canonical>, og:url, <base>) is what a mirror copies from the original,
// and would pass a mirror off as the official site.
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

/** The page's own address: its saved-from note's, if an absolute http(s) one. */
export const pageAddress = (page: Pick<PageModel<unknown>, 'savedFrom'>): string | null => httpUrl(page.savedFrom);
