// ISO dates (YYYY-MM-DD) as the document rules need them: compared, counted, and written in Chinese.
import { findYear, type School } from '../../document/dates.ts';

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

/**
 * Whether the report is a university's for a 学年 (高等学校信息公开办法: September to August): its title names
 * one (2022学年, 2021-2022学年度, a school's 2021—2022年度), or its text cites the 办法 and its period starts on the
 * first of a month other than January (a 学年 the title names by a calendar year). Its year is the one its 学年
 * starts in, as the title's is read (dates.ts findYear). `school`: what the title and text say of it (schoolOf).
 */
export function isSchoolYear(title: string, period: { start: string } | null, school: School): boolean {
  if (title.includes('学年') || findYear(title, school.is)?.schoolYear) return true;
  return period !== null && period.start.endsWith('-01') && !period.start.endsWith('-01-01') && school.citesRules;
}

/**
 * The year a period mostly covers: 2015-12-01..2016-10-30 is 2016's (a report's period may start in
 * December); a 学年 is the year it starts in (2022-09-01..2023-08-31 is the 2022学年).
 */
export function periodYear(period: { start: string; end: string }, academic = false): number {
  const start = yearOf(period.start);
  const end = yearOf(period.end);
  if (start === end || academic) return start;
  return daysBetween(period.start, `${start}-12-31`) >= daysBetween(`${end}-01-01`, period.end) ? start : end;
}

/** The same month and day `years` later; ISO strings compare correctly as strings. */
export const shiftYears = (iso: string, years: number): string => `${yearOf(iso) + years}${iso.slice(4)}`;

/** The end of the reporting period: the stated 统计期限, else 31 December of the reporting year. */
export function periodEnd(document: { period: { end: string } | null; year: number | null }): { date: string; stated: boolean } | null {
  if (document.period) return { date: document.period.end, stated: true };
  return document.year === null ? null : { date: `${document.year}-12-31`, stated: false };
}

// Where a portal's address dates the page: TRS's file name (…/202006/t20200609_2386365.shtml), else its folder of the month
// (…/202006/…, …/2020-06/…).
const ADDRESS_DAY = /\/t((?:19|20)\d{2})(\d{2})(\d{2})_\d+/;
const ADDRESS_MONTH = /\/((?:19|20)\d{2})-?(\d{2})\//;

/** The date a page's address carries, its first day where only a month, the words that carry it, and it in Chinese; null where none. */
export function addressDate(url: string | null | undefined): { iso: string; text: string; words: string } | null {
  const path = url?.replace(/^[a-z]+:\/\/[^/]+/i, '') ?? '';
  const day = ADDRESS_DAY.exec(path), month = day ?? ADDRESS_MONTH.exec(path);
  if (!month || Number(month[2]) < 1 || Number(month[2]) > 12 || (day && (Number(day[3]) < 1 || Number(day[3]) > 31))) return null;
  const iso = `${month[1]}-${month[2]}-${day ? day[3] : '01'}`;
  return { iso, text: month[0].replace(/^\/|[/_]\d*$/g, ''), words: day ? chineseDate(iso) : `${month[1]}年${Number(month[2])}月` };
}
