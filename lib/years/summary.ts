// What is kept of a report to check the next year's (or the last year's) against it: who, which year,
// where it was read, the figures that carry over from one year's report into the next, and the totals a
// reader compares from year to year (lib/years/side-by-side.ts). Small, so
// the extension can remember every report its user reads, and validated, because it is read back
// from storage that an older version of the extension may have written.
import { z } from 'zod/mini';
import { Cols, ActiveDisclosure, LegacyStat, ReviewLitigation, type Report } from '../schema.ts';
import { SURE } from '../document/is-report.ts';
import { issuerKey } from './issuer-key.ts';
import { portalOf, siteNamesPlace } from './site.ts';
import { HAN } from '../text/han.ts';
import { LEVELS, LEVELS_ABOVE_TOWNSHIP, PLACE_LEVEL } from '../document/names.ts';

// A body named by its level alone (区统计局, 市政府办公室, 县住房和城乡建设局, 街道办事处, 区市场监督管理局), not a
// place whose name starts with such a word (镇江市, 市中区, 乡城县, 镇宁布依族苗族自治县): a place puts a character
// or more of its own before its level, where a department's word (城乡, 城市, 乡村, 市场) only looks like one.
const LEADING_LEVEL = new RegExp(`^${PLACE_LEVEL}`);
const LEVEL = new RegExp(PLACE_LEVEL);
const DEPARTMENT_WORDS = /城乡|城市|乡村|市场|市政|乡镇/g;

function isNameless(key: string): boolean {
  const lead = LEADING_LEVEL.exec(key);
  return lead !== null && !LEVEL.test(key.slice(lead[0].length).replace(DEPARTMENT_WORDS, '').slice(1));
}

export const YearSummary = z.object({
  /** issuerKey(issuer): reports of one body across years share it. */
  key: z.string().check(z.minLength(1)),
  issuer: z.string(),
  year: z.number().check(z.int()),
  format: z.enum(['2021', '2019', 'legacy']),
  url: z.nullable(z.string()),
  /** The portal the report was read on (site.ts portalOf: its host without www., jw. …); null for a file. */
  site: z.nullable(z.string()),
  title: z.string(),
  extractedAt: z.iso.datetime(),
  activeDisclosure: z.nullable(ActiveDisclosure),
  applications: z.nullable(z.partial(z.object({ newReceived: Cols, carriedOver: Cols, granted: Cols, totalProcessed: Cols, carriedForward: Cols }))),
  reviewLitigation: z.nullable(ReviewLitigation),
  /** A pre-2019 统计表 with 历年累计 figures, as read (null in the standard formats, absent from older summaries). */
  legacyStats: z.optional(z.nullable(z.array(LegacyStat))),
});
export type YearSummary = z.infer<typeof YearSummary>;

/** Why a report cannot be compared with another year's: not a report, or one the engine doubts is (it could pair two bodies' reports), in an older format (which carries nothing over, unless its 统计表 has 历年累计 figures), or whose issuer or year is not known (which could not be paired). */
export type NotComparable = 'not-report' | 'unsure' | 'format' | 'issuer' | 'year';

type Comparable = { key: string; issuer: string; year: number; format: YearSummary['format'] };

/** Who issued the report for which year in which standard format, or why it cannot be compared. */
function comparable(report: Report): Comparable | { not: NotComparable } {
  const { isReport, confidence, issuer, year, format } = report.document;
  if (!isReport) return { not: 'not-report' };
  if (confidence < SURE) return { not: 'unsure' };
  if (format !== '2021' && format !== '2019' && !(format === 'legacy' && hasCumulative(report))) return { not: 'format' };
  const key = issuer === null ? '' : issuerKey(issuer);
  if (issuer === null || !key) return { not: 'issuer' };
  return year === null ? { not: 'year' } : { key, issuer, year, format };
}

/** Whether a pre-2019 统计表 has 历年累计 figures: the year's report adds its own to last year's (years/cumulative). */
const hasCumulative = (report: Report): boolean => (report.legacyStats ?? []).some((row) => typeof row.cumulative === 'number');

/** Why the report cannot be compared with its issuer's reports of other years, or null where it can. */
export function notComparable(report: Report): NotComparable | null {
  const found = comparable(report);
  return 'not' in found ? found.not : null;
}

/** The summary of a report that can be compared with another year's, else null. */
export function summarize(report: Report): YearSummary | null {
  const found = comparable(report);
  if ('not' in found) return null;
  const apps = report.applications;
  return {
    ...found,
    url: report.source.url, site: portalOf(report.source.url), title: report.source.title, extractedAt: report.source.extractedAt,
    activeDisclosure: report.activeDisclosure,
    applications: apps && {
      newReceived: apps.newReceived, carriedOver: apps.carriedOver, granted: apps.granted,
      totalProcessed: apps.totalProcessed, carriedForward: apps.carriedForward,
    },
    reviewLitigation: report.reviewLitigation,
    legacyStats: found.format === 'legacy' ? report.legacyStats : null,
  };
}

// A place's government is named by the place alone as often as in full, from one year's report to the next or
// within one (中扬镇's 2022 title, its text's 中扬镇人民政府; 东直门街道 and its 办事处; 平潭综合实验区 and its 管委会).
const GOVERNMENT = new RegExp(`(?<=[${LEVELS}])政府$|(?<=街道)办事处$|(?<=区)(?:管委会|管理委员会)$`);
/** The issuer key without the government's 人民政府/办事处/管委会: one body's, named short or full. */
export const bodyOf = (key: string): string => key.replace(GOVERNMENT, '');

// The counties and districts a body lies in, named before it (宣州区杨柳镇, 宿城区中扬镇, 宣城市宣州区杨柳镇).
const PLACES = new RegExp(`^(?:[${HAN}]+?[${LEVELS_ABOVE_TOWNSHIP}])+$`, 'u');
// A name that says where the body is: a place of its own with its level (杨柳镇, 东直门街道), not a department's name (财政局).
const PLACE_NAMED = new RegExp(`[${HAN}]${PLACE_LEVEL}`, 'u');

/**
 * Whether `longer` is `shorter` with the places it lies in named before it, on `site`, the site of those places: a
 * city-wide platform holds every district's 太平镇 (道里区太平镇, 道外区太平镇), a district's site only its own.
 */
function withPlaces(longer: string, shorter: string, site: string | null): boolean {
  const places = longer.slice(0, -shorter.length);
  return longer.length > shorter.length && longer.endsWith(shorter) && PLACES.test(places)
    && PLACE_NAMED.test(shorter.replace(DEPARTMENT_WORDS, '')) && !isNameless(shorter) && siteNamesPlace(site, places);
}

/**
 * Whether two summaries are one body's reports. The name alone can join two bodies: every district has
 * a 区统计局, and many counties a 城关镇 or a 开发区管委会. Reports read on the web pair only when read
 * on one site, a portal under any of its hosts (site.ts portalOf), where a name is the site's own body, and there also where one year names the county or
 * district the body lies in, the site's own, and the other does not (杨柳镇人民政府, 宣州区杨柳镇人民政府 on xuanzhou.gov.cn); files read without
 * their address pair by a name that says where the body is.
 */
export function sameBody(a: YearSummary, b: YearSummary): boolean {
  if (a.site !== null && b.site !== null) return a.site === b.site && namesOneBody(a.key, b.key, a.site);
  const own = bodyOf(a.key);
  return own === bodyOf(b.key) && !isNameless(own);
}

/** Whether two issuer keys read on `site` name one body: its name short or full, with its county or district (the site's) or without. */
export function namesOneBody(a: string, b: string, site: string | null): boolean {
  const [own, other] = [bodyOf(a), bodyOf(b)];
  return own === other || withPlaces(own, other, site) || withPlaces(other, own, site);
}

/**
 * A summary read back from storage, or null where it no longer validates. One written by an older version
 * gets what it did not keep: no 表四 (before it was kept); and its site as this version reads its address, which an
 * older version kept as its bare host (jw.taojiang.gov.cn, now taojiang.gov.cn's) or did not keep.
 */
export function storedSummary(value: unknown): YearSummary | null {
  const upgraded = value && typeof value === 'object'
    ? { reviewLitigation: null, ...value, site: portalOf('url' in value && typeof value.url === 'string' ? value.url : null) } : value;
  const parsed = YearSummary.safeParse(upgraded);
  return parsed.success ? parsed.data : null;
}
