// What is kept of a report to check the next year's (or the last year's) against it: who, which year,
// where it was read, and the figures that carry over from one year's report into the next. Small, so
// the extension can remember every report its user reads, and validated, because it is read back
// from storage that an older version of the extension may have written.
import { z } from 'zod';
import { Cols, ActiveDisclosure, type Report } from '../schema.ts';
import { SURE } from '../document/is-report.ts';
import { issuerKey } from './issuer-key.ts';
import { siteOf } from './site.ts';

// A body named by its level alone (区统计局, 市政府办公室, 县住房和城乡建设局, 街道办事处, 区市场监督管理局), not a
// place whose name starts with such a word (镇江市, 市中区, 乡城县, 镇宁布依族苗族自治县): a place puts a character
// or more of its own before its level, where a department's word (城乡, 城市, 乡村, 市场) only looks like one.
const LEADING_LEVEL = /^(?:[省市县区州盟旗乡镇]|街道)/;
const LEVEL = /[省市县区州盟旗乡镇]|街道/;
const DEPARTMENT_WORDS = /城乡|城市|乡村|市场|市政|乡镇/g;

function isNameless(key: string): boolean {
  const lead = LEADING_LEVEL.exec(key);
  return lead !== null && !LEVEL.test(key.slice(lead[0].length).replace(DEPARTMENT_WORDS, '').slice(1));
}

export const YearSummary = z.object({
  /** issuerKey(issuer): reports of one body across years share it. */
  key: z.string().min(1),
  issuer: z.string(),
  year: z.number().int(),
  format: z.enum(['2021', '2019']),
  url: z.string().nullable(),
  /** The host the report was read on, without its www.; null for a file. */
  site: z.string().nullable(),
  title: z.string(),
  extractedAt: z.iso.datetime(),
  activeDisclosure: ActiveDisclosure.nullable(),
  applications: z.object({ carriedOver: Cols, carriedForward: Cols }).partial().nullable(),
});
export type YearSummary = z.infer<typeof YearSummary>;

/**
 * The summary of a report in a standard format whose issuer and year are known, else null: without
 * them a report cannot be paired with another year's, and older formats carry nothing over. A page the
 * engine doubts is a report could pair two bodies' reports.
 */
export function summarize(report: Report): YearSummary | null {
  const { isReport, confidence, issuer, year, format } = report.document;
  if (!isReport || confidence < SURE || issuer === null || year === null || (format !== '2021' && format !== '2019')) return null;
  const key = issuerKey(issuer);
  if (!key) return null;
  const apps = report.applications;
  return {
    key, issuer, year, format,
    url: report.source.url, site: siteOf(report.source.url), title: report.source.title, extractedAt: report.source.extractedAt,
    activeDisclosure: report.activeDisclosure,
    applications: apps && { carriedOver: apps.carriedOver, carriedForward: apps.carriedForward },
  };
}

/**
 * Whether two summaries are one body's reports. The name alone can join two bodies: every district has
 * a 区统计局, and many counties a 城关镇 or a 开发区管委会. Reports read on the web pair only when read
 * on one site, where a name is the site's own body; files read without their address pair by a name
 * that says where the body is.
 */
export function sameBody(a: YearSummary, b: YearSummary): boolean {
  if (a.key !== b.key) return false;
  return a.site !== null && b.site !== null ? a.site === b.site : !isNameless(a.key);
}

/**
 * A summary read back from storage, or null where it no longer validates. One written before sites were
 * kept gets its site from its address.
 */
export function storedSummary(value: unknown): YearSummary | null {
  const upgraded = value && typeof value === 'object' && !('site' in value) && 'url' in value
    ? { ...value, site: siteOf(typeof value.url === 'string' ? value.url : null) } : value;
  const parsed = YearSummary.safeParse(upgraded);
  return parsed.success ? parsed.data : null;
}
