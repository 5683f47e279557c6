// A table laid out as text, with no table structure: each row a line, its cells set apart by spaces, tabs or
// box-drawing borders (a <pre>, paragraphs pasted from a text file, a flip-book's text layer), or each cell a
// line of its own (a PDF converter's positioned boxes). Its figures can be read neither as a table nor as
// sentences, and its row labels (一、本年新收…, （三）不予公开) are no headings of the report. textTables
// builds such a table into the page model as a table of its own, so that the <table> readers read it.
import { nodeRanges, type Line, type PageModel, type RawCell, type RawRow } from '../page/model.ts';
import { toHalfWidth } from '../text/normalize.ts';
import { isPartHeading } from './sections.ts';

// A cell's figure: digits with the "?" a page lost characters to, or a dash for none.
const FIGURE = String.raw`[?*]*(?:\d+(?:\.\d+)?|[-—–/])[?*]*`;
// One of the figures a row line ends in, set apart by white space.
const FIGURE_TOKEN = new RegExp(`^${FIGURE}$`);
const SPACE = /\s/;
// What sets a row's cells apart: white space, or a box-drawing border (│规章│13│).
const isGap = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c === 32 || c === 0x7c || c === 0xff5c || (c >= 0x2500 && c <= 0x257f) || (c < 32 ? c >= 9 && c <= 13 : c > 127 && SPACE.test(text[i]!));
};
// What a figure ends with: most lines end otherwise (in 。) and are passed over at once.
const FIGURE_END = /[\d?*\-—–/]/;
// A cell alone on its line: a figure, or a short dash for none (a longer run of dashes is a rule between paragraphs).
const LONE = /^(?:[?*]*\d+(?:\.\d+)?[?*]*|[-—–/]{1,2})$/;
// A label cell's line: short, and no sentence.
const LABEL = /^[^。；;]{1,60}$/;

/** Where a line's cells stand: [start, end) of its label (null for none) and of each of its figures. */
interface RowSpans { label: [number, number] | null; figures: [number, number][] }
const NO_ROW: RowSpans = { label: null, figures: [] };

/**
 * The figures the line holds as a row or a cell of a table laid out as text: the figures after a row's label
 * (一、本年新收政府信息公开申请数量 33 2 0 0 7 0 42; │规章│13│13│90│), a cell's figure alone on its line, else
 * none (a sentence's figures stand between words, never two bare ones at its end).
 */
function rowSpans(line: string): RowSpans {
  let last = line.length;
  while (last > 0 && isGap(line, last - 1)) last--;
  if (last === 0 || !FIGURE_END.test(toHalfWidth(line[last - 1]!))) return NO_ROW;
  let first = 0;
  while (first < last && isGap(line, first)) first++;
  if (LONE.test(toHalfWidth(line.slice(first, last)))) return { label: null, figures: [[first, last]] };
  // Token by token from the line's end: one pattern over the whole run would retry it from every space (a
  // converter's line of thousands of figures took seconds).
  const figures: [number, number][] = [];
  let digits = false, end = last;
  for (;;) {
    while (end > 0 && isGap(line, end - 1)) end--;
    let start = end;
    while (start > 0 && !isGap(line, start - 1)) start--;
    const token = toHalfWidth(line.slice(start, end));
    if (!token || !FIGURE_TOKEN.test(token)) break;
    figures.push([start, end]);
    digits ||= /\d/.test(token);
    end = start;
  }
  if (figures.length < 2 || !digits) return NO_ROW;
  return { label: end > first ? [first, end] : null, figures: figures.reverse() };
}

/**
 * How many figures the line holds as a row or a cell of a table laid out as text (rowSpans): 7 for
 * 一、本年新收政府信息公开申请数量 33 2 0 0 7 0 42, 1 for a cell's figure alone on its line, else 0.
 */
export const textRowFigures = (line: string): number => rowSpans(line).figures.length;

/**
 * Whether lines[i] is a row of a table laid out as text: its figures on the line, or its label on the line with
 * its figures each on a line of their own after it (at most one more label line between: 三、本年度办理结果 |
 * （一）予以公开 | 27 | 2 …; （一）主动公开政府信息数 | 条 | 156 | （二）…). A lone figure counts where another
 * figure, or the next row's label and figure, follow it: one alone under a line is a PDF's page number as often.
 * A standard part's heading is no row.
 */
export function isTextTableRow(lines: readonly string[], i: number): boolean {
  const line = lines[i]!;
  if (textRowFigures(line) >= 2) return true;
  if (!LABEL.test(line) || isPartHeading(line)) return false;
  const lone = (k: number) => lines[k] !== undefined && textRowFigures(lines[k]!) === 1;
  const label = (k: number) => lines[k] !== undefined && LABEL.test(lines[k]!) && textRowFigures(lines[k]!) === 0;
  // A label with its figure next, or a unit's line between (（二）… | 条 | 20).
  const rowAt = (k: number) => label(k) && (lone(k + 1) || (label(k + 1) && lone(k + 2)));
  const figuresFrom = (k: number) => lone(k) && (lone(k + 1) || rowAt(k + 1));
  return figuresFrom(i + 1) || (label(i + 1) && figuresFrom(i + 2));
}

// Figures enough for a table, not a stray row or two.
export const TABLE_FIGURES = 5;

/** A row of a text table as read from its lines: its label's cell and its figures' spans, line by line. */
interface TextRow { label: { line: number; span: [number, number] } | null; figures: { line: number; span: [number, number] }[] }

/**
 * The page with each table laid out as text in its lines (outside the tables that are data, not `layout`) made a
 * table of its own, as though the page had set it in a <table>: a row a line (or a label's line and its figures'
 * lines after it), its label a cell and each figure a cell, every cell pointing at its characters in a text
 * node. The table's columns are as many as most of its rows' figures: which column each figure of a row of
 * more or fewer stands in cannot be told, and it gets that many blank cells, null figures, over its figures'
 * characters on their first line (their range, one object a row, is in `unfit`). A table whose rows hold a figure each is left
 * as text: the standard tables' rows hold more, the older reports' 统计表 one.
 */
export function textTables<N>(page: PageModel<N>, layout: ReadonlySet<number>): { page: PageModel<N>; unfit: Set<object> } {
  const unfit = new Set<object>();
  const texts = page.lines.map((l) => l.text);
  const free = (i: number) => page.lines[i]!.table < 0 || layout.has(page.lines[i]!.table);
  let lines: Line<N>[] | null = null;
  const tables = page.tables.slice();
  for (let i = 0; i < texts.length; i++) {
    if (!free(i) || !isTextTableRow(texts, i)) continue;
    // The table's lines: rows and their labels' lines, in the same page table as its first, up to its last figure.
    const outer = page.lines[i]!.table;
    let end = i, last = i;
    while (end < texts.length && page.lines[end]!.table === outer && (textRowFigures(texts[end]!) > 0 || (LABEL.test(texts[end]!) && !isPartHeading(texts[end]!)))) {
      if (textRowFigures(texts[end]!) > 0) last = end;
      end++;
    }
    const rows = textRows(texts, i, last + 1);
    const width = mostCommon(rows.map((r) => r.figures.length).filter((n) => n > 0));
    // Figures enough, digits not dashes: two PDF page numbers (— 1 — | — 2 —) between two parts of a table are none.
    const digits = rows.reduce((n, r) => n + r.figures.filter((f) => /\d/.test(texts[f.line]!.slice(...f.span))).length, 0);
    if (width >= 2 && digits >= TABLE_FIGURES) {
      const index = tables.length;
      lines ??= page.lines.slice();
      for (let k = i; k <= last; k++) lines[k] = { ...lines[k]!, table: index };
      const first = page.lines[i]!.pieces[0]!.node;
      tables.push({ node: first, parent: outer, firstLine: i, endLine: last + 1, rows: rows.map((r) => rawRow(page.lines, r, width, unfit)) });
    }
    i = last;
  }
  return { page: lines ? { ...page, lines, tables } : page, unfit };
}

/** The rows of lines [from, to): a line of a label and figures, or a label's line and the lone figures' lines after it. */
function textRows(texts: readonly string[], from: number, to: number): TextRow[] {
  const rows: TextRow[] = [];
  for (let i = from; i < to; i++) {
    const { label, figures } = rowSpans(texts[i]!);
    if (figures.length === 0) {
      const text = texts[i]!;
      let start = 0, end = text.length;
      while (start < end && isGap(text, start)) start++;
      while (end > start && isGap(text, end - 1)) end--;
      // A line of borders alone (├──┼──┤) is no row.
      if (end > start) rows.push({ label: { line: i, span: [start, end] }, figures: [] });
      continue;
    }
    // A figure alone on its line: the next cell of the row above, where that row's label stands on a line of its own.
    const above = rows[rows.length - 1];
    if (figures.length === 1 && !label && above?.label && above.figures.every((f) => f.line > above.label!.line)) {
      above.figures.push({ line: i, span: figures[0]! });
    } else rows.push({ label: label && { line: i, span: label }, figures: figures.map((span) => ({ line: i, span })) });
  }
  return rows;
}

/** The row's cells: its label's, and a cell a figure where it has `width` of them, else `width` blank cells over them all. */
function rawRow<N>(lines: readonly Line<N>[], row: TextRow, width: number, unfit: Set<object>): RawRow<N> {
  const cell = (line: number, [start, end]: [number, number], text = lines[line]!.text.slice(start, end), range?: { start: number; end: number }): RawCell<N> => {
    // A cell's characters in the first text node they are in: a figure is seldom cut across nodes.
    const at = nodeRanges(lines[line]!.pieces, start, end)[0] ?? { node: lines[line]!.pieces[0]!.node, start: 0, end: 0 };
    return { text, rowspan: 1, colspan: 1, node: at.node, range: range ?? { start: at.start, end: at.end } };
  };
  const cells: RawCell<N>[] = row.label ? [cell(row.label.line, row.label.span, labelText(lines[row.label.line]!.text, row.label.span))] : [];
  if (row.figures.length === width) cells.push(...row.figures.map((f) => cell(f.line, f.span)));
  else if (row.figures.length > 0) {
    const first = row.figures[0]!, end = row.figures[row.figures.length - 1]!;
    const whole = cell(first.line, [first.span[0], first.line === end.line ? end.span[1] : lines[first.line]!.text.length]);
    unfit.add(whole.range!);
    for (let k = 0; k < width; k++) cells.push({ ...whole, text: '' });
  }
  // A label alone on its line spans the table, as a heading row or a group's label does in a <table>.
  if (cells.length === 1 && row.figures.length === 0) cells[0]!.colspan = width + 1;
  return { cells, node: cells[0]!.node };
}

/** A label's text with the borders between its cells (│（三）不予公开│1.属于国家秘密│) made spaces. */
const labelText = (line: string, [start, end]: [number, number]) => line.slice(start, end).replace(/[\u2500-\u257f|｜]+/g, ' ').trim();

/** The most frequent of the numbers (the greater of two as frequent), 0 for none. */
function mostCommon(numbers: readonly number[]): number {
  const seen = new Map<number, number>();
  let best = 0, times = 0;
  for (const n of numbers) {
    const t = (seen.get(n) ?? 0) + 1;
    seen.set(n, t);
    if (t > times || (t === times && n > best)) [best, times] = [n, t];
  }
  return best;
}
