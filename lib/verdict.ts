// What the reports read in a tab come to at a glance, for the toolbar's badge (entrypoints/background/badge.ts shows it):
// the errors found; else whether the page may be no issuer's own copy; else whether any table of it could be read, to be
// checked, and why not; else whether it is surely a report.
import { partOfYearReport } from './document/period.ts';
import { isSchools } from './document/dates.ts';
import { GOVERNMENT_REPORT, PUBLIC_BODY } from './document/names.ts';
import { SURE } from './document/is-report.ts';
import { hasTables } from './labels.ts';
import { checkableFigures } from './prose/checkable.ts';
import type { Report, Warning } from './schema.ts';
import { tablesDue } from './template/formats.ts';

/**
 * A finding doubting that the page is the issuer's own copy (lib/rules/provenance/): served from no government's site,
 * names replaced or spam injected by a mirror, a 范文 or 文库 site's essay. Its figures may have been changed, or be no
 * body's at all: a ✓ there would read as "verified". A note of theirs (a hospital's or a company's report on its own
 * site, text a wrong decoding garbled) doubts nothing.
 */
export const isProvenance = (warning: Pick<Warning, 'rule' | 'severity'>): boolean => warning.rule.startsWith('provenance/') && warning.severity !== 'info';

/** What one report read counts for the badge. */
export interface Tally {
  errors: number;
  /** Findings of the other severities. */
  others: number;
  /** Some finding doubts the page is the issuer's own copy (isProvenance). */
  copy: boolean;
  /** How sure the reading is that the page is a report. */
  confidence: number;
  /** Why none of the report's tables was read (notChecked); null where some was, its figures checked against each other. */
  unchecked: NotChecked | null;
  /**
   * Where its text's figures alone were checked (unchecked 'prose'): how many findings that check gave (lib/rules/prose), so
   * the verdict tells them from findings on the parts, the year or the dates (swu-2015: 3 findings, none on a figure).
   */
  figureFindings?: number;
}

/** The findings of checking the text's figures against each other (lib/rules/prose), not of its parts, year or dates. */
const ofFigures = (warning: Warning): boolean => warning.rule.startsWith('prose/');

/**
 * `attachments`: how many the page links (the report may be one of them); `pictures`: whether the report's text shows an
 * image or embeds a page big enough to hold a table (lib/extract Extraction.pictures; not known: taken as shown).
 */
export function tallyOf(report: Report, attachments: number, pictures = true): Tally {
  const errors = report.warnings.filter((w) => w.severity === 'error').length;
  const unchecked = notChecked(report, attachments, pictures);
  return {
    errors, others: report.warnings.length - errors, copy: report.warnings.some(isProvenance), confidence: report.document.confidence,
    unchecked, ...(unchecked === 'prose' && { figureFindings: report.warnings.filter(ofFigures).length }),
  };
}

/**
 * A school's report (《高等学校信息公开办法》's, its title or issuer naming the school): the 国办 formats' tables are no
 * school's to print, so none read says nothing of pictures. Not one titled 政府信息公开工作年度报告: a school reporting under the
 * 条例 (石家庄市第一中学2022年政府信息公开工作年度报告) owes the 国办 format's tables.
 */
const schools = (report: Report): boolean => !GOVERNMENT_REPORT.test(report.source.title)
  && (isSchools(report.source.title) || isSchools(report.document.issuer ?? ''));

/**
 * A public body's report under its sector's rules, not titled 政府信息公开 (国网淮安市洪泽区供电公司2020年度信息公开年度报告, by
 * 《供电企业信息公开实施办法》): no 国办 format's tables are due of it, as of a school. One that reports under the 条例
 * (淮北市人民医院's 政府信息公开工作年度报告) owes them, as does one whose title says neither (an empty <title>).
 */
const publicBodys = ({ source: { title }, document: { issuer } }: Report): boolean =>
  /信息公开/.test(title) && !GOVERNMENT_REPORT.test(title) && PUBLIC_BODY.test(issuer ?? '');

/** A quarter's or half-year's report of the office's work (2023年第一季度政府信息公开工作报告): no annual report's tables are due of it. */
const partOfYear = ({ source: { title }, document: { period } }: Report): boolean => partOfYearReport(title, period) !== null;

/** Whose report has no table due, however recent: a school's or a public body's under their own rules, or a report of part of a year. */
const noTablesDue = (report: Report): 'school' | 'public-body' | 'part-of-year' | null =>
  schools(report) ? 'school' : publicBodys(report) ? 'public-body' : partOfYear(report) ? 'part-of-year' : null;

/**
 * A report of the 统计表 years or one with no table due none of whose tables was read but whose text gives figures that can be
 * held against each other (a total with its parts, two a rule compares: prose/checkable.ts): before 2019 many print them in their prose alone.
 * Those were checked against each other (lib/rules/prose), not against any table. Two counts of unrelated things (三明 2018's
 * 会议信息47条 and 政策文件38条) check nothing: the report is not checked (proseUnchecked).
 */
const proseOnly = (report: Report): boolean =>
  report.document.isReport && !hasTables(report) && (tablesDue(report.document) === null || noTablesDue(report) !== null)
  && checkableFigures(report.proseFigures);

/** A report of the 统计表 years whose text gives figures, none of which could be held against another (not proseOnly). */
const proseUnchecked = (report: Report): boolean => tablesDue(report.document) === null && report.proseFigures.length > 0;

/**
 * Why a report's figures could not be checked: it is in the page's attachments only, or the page shows none of its tables
 * as tables (pictures of them, most often, or the text alone; `none-shown` where it shows no picture or frame either, so
 * none of a table: 浑南区国资局 2022, whose findings say its parts have no table and no picture), or, a report of the 统计表 years or a school's, only its
 * text's figures were read (proseOnly: checked against each other alone; `prose-unchecked` where none could be), or a school's report,
 * a public body's under its sector's rules or a quarter's or half-year's report, which have no table due, gave none; null where some
 * table was read, or the page is no report. "No problems found" there would read as "checked, clean".
 */
export type NotChecked = 'attachment' | 'no-tables' | 'none-shown' | 'prose' | 'prose-unchecked' | 'school' | 'public-body' | 'part-of-year';

export function notChecked(report: Report, attachments: number, pictures = true): NotChecked | null {
  if (!report.document.isReport || hasTables(report)) return null;
  return attachments > 0 ? 'attachment' : proseOnly(report) ? 'prose' : noTablesDue(report)
    ?? (proseUnchecked(report) ? 'prose-unchecked' : pictures ? 'no-tables' : 'none-shown');
}

/** No figure of the report read: no table, no figure of the text (a report in its attachment, its tables pictures). */
export const noFiguresRead = (report: Report): boolean => !hasTables(report) && report.proseFigures.length === 0;

/** Nothing of the report to copy or download: no figure read, no finding (a page that is no report; a report in its attachment). */
export const nothingToExport = (report: Report): boolean =>
  !report.document.isReport || (noFiguresRead(report) && report.warnings.length === 0);

/**
 * The reports' errors, counted, whatever else holds (`copy` then said beside them); else a copy that may not be the issuer's;
 * else reports none of whose tables was read (notChecked: no ✓; `why`, said as precisely as the page allows); else a report
 * surely one (clean) or maybe none (unsure).
 */
export type Verdict = { others: number } & (
  | { kind: 'errors'; errors: number; copy: boolean }
  // `unchecked`: no table of it read either, so no "no errors" to say (a 繁体 mirror of a report whose tables are pictures).
  | { kind: 'copy'; unchecked?: true }
  // `figureFindings`: where `why` is 'prose', how many of the findings the check of the text's figures gave.
  | { kind: 'not-checked'; why: NotChecked; figureFindings?: number }
  | { kind: 'clean' }
  | { kind: 'unsure' }
);

/**
 * Of the frames' reasons, the one the verdict gives: some figures checked (prose) before a report in an attachment, before
 * tables unread.
 */
const PRECISEST: readonly NotChecked[] = ['prose', 'attachment', 'school', 'public-body', 'part-of-year', 'prose-unchecked', 'no-tables', 'none-shown'];

/** The verdict on the reports read in a tab's frames; null where none was read as a report. */
export function verdictOf(reports: readonly Tally[]): Verdict | null {
  if (reports.length === 0) return null;
  const errors = reports.reduce((n, r) => n + r.errors, 0);
  const others = reports.reduce((n, r) => n + r.others, 0);
  const copy = reports.some((r) => r.copy);
  if (errors > 0) return { kind: 'errors', errors, others, copy };
  const unchecked = reports.every((r) => r.unchecked !== null);
  // A copy whose text's figures were checked against each other (石岛's 2008 report on a mirror) found no error in them.
  if (copy) return unchecked && !reports.some((r) => r.unchecked === 'prose') ? { kind: 'copy', unchecked, others } : { kind: 'copy', others };
  if (unchecked) {
    const why = PRECISEST.find((reason) => reports.some((r) => r.unchecked === reason))!;
    return why === 'prose'
      ? { kind: 'not-checked', why, figureFindings: reports.reduce((n, r) => n + (r.figureFindings ?? 0), 0), others }
      : { kind: 'not-checked', why, others };
  }
  return { kind: reports.some((r) => r.confidence >= SURE) ? 'clean' : 'unsure', others };
}
