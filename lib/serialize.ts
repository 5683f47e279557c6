// The report as text: the JSON of the contract (CLI and Copy JSON share it, so they give the same
// bytes), a CSV of every figure or of every finding, and one table as TSV for pasting into Excel/WPS.
import { figureText, listFigures, type CopiedTable } from './labels.ts';
import { Report } from './schema.ts';

/** The contract JSON: validated (throws on a report that breaks the schema), 2-space indented, newline-terminated. */
export function reportToJson(report: Report): string {
  return JSON.stringify(Report.parse(report), null, 2) + '\n';
}

/** RFC 4180: quote a field holding a comma, quote, CR or LF; double the quotes inside. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export interface FileReport { file: string; report: Report }

/**
 * Text of many reports: a header written once, before the first, then each report's text. Kept apart so
 * that a long run (the CLI over a province's reports) writes report by report, never one huge string.
 */
export interface ReportsText { header: string; of: (r: FileReport) => string }

/** RFC 4180 lines, each ended by CRLF. */
const csvLines = (rows: string[][]): string => rows.map((fields) => fields.map(csvField).join(',') + '\r\n').join('');

const csvText = (header: string[], rows: (r: FileReport) => string[][]): ReportsText => ({ header: csvLines([header]), of: (r) => csvLines(rows(r)) });

/**
 * One line a report, named by its input as the CSV rows are: {"file": …, "report": the contract's JSON}. An envelope
 * around the contract, not a field of it: with several inputs, an input that could not be read leaves no line, so the
 * order alone no longer tells which report came of which file.
 */
export const FILED_JSON_LINES: ReportsText = { header: '', of: ({ file, report }) => JSON.stringify({ file, report }) + '\n' };

const joined = (text: ReportsText, reports: FileReport[]): string => text.header + reports.map(text.of).join('');

/** One row per figure of every report: file,table,path,label,value (blank value for null, 约 before an approximate one). */
export const FIGURES_CSV = csvText(['file', 'table', 'path', 'label', 'value'], ({ file, report }) =>
  listFigures(report).map((f) => [file, f.table, f.path, f.label, figureText(f)]));

/**
 * One row per finding of every report: file,rule,severity,message,table,path. A finding about several
 * figures lists their paths space-separated; in one table the paths are as the figures' CSV has them
 * (`applications`, `newReceived.total totalProcessed.total`), across tables each names its table
 * (`applications proseFigures`, `applications.newReceived.total proseFigures.3`). A finding about the
 * page as a whole leaves both blank.
 */
export const WARNINGS_CSV = csvText(['file', 'rule', 'severity', 'message', 'table', 'path'], ({ file, report }) =>
  report.warnings.map((w) => {
    const tables = [...new Set(w.cells.map((c) => c.table))];
    const paths = w.cells.map((c) => (tables.length > 1 ? `${c.table}.${c.path}` : c.path));
    return [file, w.rule, w.severity, w.message, tables.join(' '), paths.join(' ')];
  }));

/** FIGURES_CSV of the reports, as one text. */
export const reportToCsv = (reports: FileReport[]): string => joined(FIGURES_CSV, reports);

/** WARNINGS_CSV of the reports, as one text. */
export const warningsToCsv = (reports: FileReport[]): string => joined(WARNINGS_CSV, reports);

// A tab or line break inside a field would split the grid; the labels never have one, but be safe.
const tsvField = (value: string) => value.replace(/[\t\r\n]+/g, ' ');

/**
 * Tables of a report (one, or all it has: one paste for a reader copying report after report into a sheet) as a
 * tab-separated grid, as Excel and WPS paste it: a line naming the report (issuer · year · file, the parts known: tables
 * of many reports pasted into one sheet stay told apart), then each table's header row, a label column and the figures,
 * an empty row between tables. Lines end in LF: the copy through a textarea (http pages) turns CRLF into LF anyway, so
 * every way of copying gives the same text, and both programs split rows on LF.
 */
export function tablesToTsv(layouts: CopiedTable[], { file, report }: FileReport): string {
  const { issuer, year } = report.document;
  const lines = [[[issuer, year, file].filter((p) => p != null && p !== '').join(' · ')]];
  layouts.forEach((layout, i) => {
    if (i > 0) lines.push([]);
    lines.push([layout.title, ...layout.columns.map((c) => c.label)]);
    for (const row of layout.rows) lines.push([row.label, ...row.cells.map((c) => (c ? figureText(c) : ''))]);
  });
  return lines.map((fields) => fields.map(tsvField).join('\t')).join('\n') + '\n';
}
