// The report as text: the JSON of the contract (CLI and Copy JSON share it, so they give the same
// bytes), a CSV of every figure or of every finding, and one table as TSV for pasting into Excel/WPS.
import { listFigures, type TableLayout } from './labels.ts';
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

/** The header, then `rows` of each report: RFC 4180 with CRLF line ends. */
function csv(header: string[], reports: FileReport[], rows: (r: FileReport) => string[][]): string {
  const lines = [header, ...reports.flatMap(rows)];
  return lines.map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** One row per figure of every report: file,table,path,label,value (blank value for null). */
export function reportToCsv(reports: FileReport[]): string {
  return csv(['file', 'table', 'path', 'label', 'value'], reports, ({ file, report }) =>
    listFigures(report).map((f) => [file, f.table, f.path, f.label, f.value === null ? '' : String(f.value)]));
}

/**
 * One row per finding of every report: file,rule,severity,message,table,path. A finding about several
 * figures lists their paths space-separated; in one table the paths are as the figures' CSV has them
 * (`applications`, `newReceived.total totalProcessed.total`), across tables each names its table
 * (`applications proseFigures`, `applications.newReceived.total proseFigures.3`). A finding about the
 * page as a whole leaves both blank.
 */
export function warningsToCsv(reports: FileReport[]): string {
  return csv(['file', 'rule', 'severity', 'message', 'table', 'path'], reports, ({ file, report }) =>
    report.warnings.map((w) => {
      const tables = [...new Set(w.cells.map((c) => c.table))];
      const paths = w.cells.map((c) => (tables.length > 1 ? `${c.table}.${c.path}` : c.path));
      return [file, w.rule, w.severity, w.message, tables.join(' '), paths.join(' ')];
    }));
}

// A tab or line break inside a field would split the grid; the labels never have one, but be safe.
const tsvField = (value: string) => value.replace(/[\t\r\n]+/g, ' ');

/**
 * One table of a report as a tab-separated grid, as Excel and WPS paste it: a line naming the report
 * (issuer · year · file, the parts known: tables of many reports pasted into one sheet stay told apart), the
 * header row, then a label column and the figures. Lines end in LF: the copy through a textarea (http pages)
 * turns CRLF into LF anyway, so every way of copying gives the same text, and both programs split rows on LF.
 */
export function tableToTsv(layout: TableLayout, { file, report }: FileReport): string {
  const { issuer, year } = report.document;
  const lines = [[[issuer, year, file].filter((p) => p != null && p !== '').join(' · ')], [layout.title, ...layout.columns.map((c) => c.label)]];
  for (const row of layout.rows) {
    lines.push([row.label, ...row.cells.map((c) => (c?.value == null ? '' : String(c.value)))]);
  }
  return lines.map((fields) => fields.map(tsvField).join('\t')).join('\n') + '\n';
}
