// ISO dates (YYYY-MM-DD) as the document rules need them: compared, counted, and written in Chinese.

/** "2021年1月19日" */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export const yearOf = (iso: string): number => Number(iso.slice(0, 4));

const DAY = 86_400_000;
const utc = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

/** Days from `a` to `b` (negative when b is earlier). */
export const daysBetween = (a: string, b: string): number => Math.round((utc(b) - utc(a)) / DAY);

export const addDays = (iso: string, days: number): string => new Date(utc(iso) + days * DAY).toISOString().slice(0, 10);

/** The same month and day `years` later; ISO strings compare correctly as strings. */
export const shiftYears = (iso: string, years: number): string => `${yearOf(iso) + years}${iso.slice(4)}`;

/** The end of the reporting period: the stated 统计期限, else 31 December of the reporting year. */
export function periodEnd(document: { period: { end: string } | null; year: number | null }): { date: string; stated: boolean } | null {
  if (document.period) return { date: document.period.end, stated: true };
  return document.year === null ? null : { date: `${document.year}-12-31`, stated: false };
}
