// Where a report was read: reports pair across years only when read on one site (summary.ts sameBody).

/** The host a page was read on, without its www.: one site's reports are one body's. */
export function siteOf(url: string | null): string | null {
  try {
    return (url && new URL(url).hostname.toLowerCase().replace(/^www\./, '')) || null;
  } catch {
    return null;
  }
}
