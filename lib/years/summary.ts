// What is kept of a report to check the next year's (or the last year's) against it: who, which year,
// where it was read, and the figures that carry over from one year's report into the next. Small, so
// the extension can remember every report its user reads, and validated, because it is read back
// from storage that an older version of the extension may have written.
import { z } from 'zod';
import { Cols, ActiveDisclosure, type Report } from '../schema.ts';
import { SURE } from '../document/is-report.ts';
import { issuerKey } from './issuer-key.ts';

// A body named by its level alone (区统计局, 市政府办公室, 县住房和城乡建设局, 街道办事处), not a place whose name
// starts with such a word (镇江市, 市中区, 乡城县).
const NAMELESS = /^(?:[省市县区州盟旗乡镇]|街道)(?!.{0,3}(?:[省市县区州盟旗乡镇]|街道))/;

export const YearSummary = z.object({
  /** issuerKey(issuer): reports of one body across years share it. */
  key: z.string().min(1),
  issuer: z.string(),
  year: z.number().int(),
  format: z.enum(['2021', '2019']),
  url: z.string().nullable(),
  title: z.string(),
  extractedAt: z.iso.datetime(),
  activeDisclosure: ActiveDisclosure.nullable(),
  applications: z.object({ carriedOver: Cols, carriedForward: Cols }).partial().nullable(),
});
export type YearSummary = z.infer<typeof YearSummary>;

/**
 * The summary of a report in a standard format whose issuer and year are known, else null: without
 * them a report cannot be paired with another year's, and older formats carry nothing over. A page the
 * engine doubts is a report, or an issuer named without its place (区统计局: every district has one),
 * could pair two bodies' reports.
 */
export function summarize(report: Report): YearSummary | null {
  const { isReport, confidence, issuer, year, format } = report.document;
  if (!isReport || confidence < SURE || issuer === null || year === null || (format !== '2021' && format !== '2019')) return null;
  const key = issuerKey(issuer);
  if (!key || NAMELESS.test(key)) return null;
  const apps = report.applications;
  return {
    key, issuer, year, format,
    url: report.source.url, title: report.source.title, extractedAt: report.source.extractedAt,
    activeDisclosure: report.activeDisclosure,
    applications: apps && { carriedOver: apps.carriedOver, carriedForward: apps.carriedForward },
  };
}
