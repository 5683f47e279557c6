// The report as text: the JSON of the contract (CLI and Copy JSON share it, so they give the same
// bytes), a CSV of every figure, and one table as TSV for pasting into Excel/WPS.
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

/** One row per figure of every report: file,table,path,label,value (blank value for null); CRLF line ends, header first. */
export function reportToCsv(reports: { file: string; report: Report }[]): string {
  const lines = [['file', 'table', 'path', 'label', 'value']];
  for (const { file, report } of reports) {
    for (const f of listFigures(report)) lines.push([file, f.table, f.path, f.label, f.value === null ? '' : String(f.value)]);
  }
  return lines.map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}

// A tab or line break inside a field would split the grid; the labels never have one, but be safe.
const tsvField = (value: string) => value.replace(/[\t\r\n]+/g, ' ');

/**
 * One table as a tab-separated grid (header row, then a label column and the figures), as Excel and
 * WPS paste it. Lines end in LF: the copy through a textarea (http pages) turns CRLF into LF anyway,
 * so every way of copying gives the same text, and both programs split rows on LF.
 */
export function tableToTsv(layout: TableLayout): string {
  const lines = [[layout.title, ...layout.columns.map((c) => c.label)]];
  for (const row of layout.rows) {
    lines.push([row.label, ...row.cells.map((c) => (c?.value == null ? '' : String(c.value)))]);
  }
  return lines.map((fields) => fields.map(tsvField).join('\t')).join('\n') + '\n';
}
