// A table laid out as text, with no table structure: each row a line, its cells set apart by spaces, tabs or
// box-drawing borders (a <pre>, paragraphs pasted from a text file, a flip-book's text layer), or each cell a
// line of its own (a PDF converter's positioned boxes). Its figures can be read neither as a table nor as
// sentences, and its row labels (一、本年新收…, （三）不予公开) are no headings of the report. textTables
// builds such a table into the page model as a table of its own, so that the <table> readers read it.
import { isMarked, readMarker } from '../legacy/outline.ts';
import { TOPIC } from '../legacy/stats.ts';
import { DASHES, UNIT, UNIT_WORD, UNIT_WORDS } from '../legacy/units.ts';
import { nodeRanges, type Line, type PageModel, type RawCell, type RawRow } from '../page/model.ts';
import { ITEM_LABELS } from '../template/active-disclosure.ts';
import { hasDigit, isInvisible, isWhiteSpace, labelKey, toHalfWidth } from '../text/normalize.ts';
import { isPartHeading } from './sections.ts';

// A cell's figure: digits with the "?" a page lost characters to, or a dash for none.
const FIGURE = String.raw`[?*]*(?:\d+(?:\.\d+)?|[-—–/])[?*]*`;
// One of the figures a row line ends in, set apart by white space.
const FIGURE_TOKEN = new RegExp(`^${FIGURE}$`);
// A box-drawing border between cells (│规章│13│), or a bar drawn for one.
const isBorder = (c: number) => c === 0x7c || c === 0xff5c || (c >= 0x2500 && c <= 0x257f);
// What sets a row's cells apart: white space, or a border; a zero-width character is none of the text's.
const isGap = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return isWhiteSpace(c) || isBorder(c) || isInvisible(c);
};
// What a figure starts and ends with, full-width or not: most lines end otherwise (in 。) and are passed over at once,
// and most that end so (a list's dates, 2019-05-12) start otherwise, so are not read whole as a cell alone on its
// line; a token that does not start and end so is no figure, and is not made half-width to be tried. A test on
// the code: a regex call would first make the character a string, on every line of the page.
const isFigureChar = (c: number) => (c >= 0x30 && c <= 0x39) || c === 0x3f || c === 0x2a || c === 0x2d || c === 0x2f || c === 0x2014 || c === 0x2013
  || (c >= 0xff10 && c <= 0xff19) || c === 0xff1f || c === 0xff0a || c === 0xff0d || c === 0xff0f;
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
function rowSpans(line: string, least = 2): RowSpans {
  let last = line.length;
  while (last > 0 && isGap(line, last - 1)) last--;
  if (last === 0 || !isFigureChar(line.charCodeAt(last - 1))) return NO_ROW;
  let first = 0;
  while (first < last && isGap(line, first)) first++;
  if (isFigureChar(line.charCodeAt(first)) && LONE.test(toHalfWidth(line.slice(first, last)))) return { label: null, figures: [[first, last]] };
  // Token by token from the line's end: one pattern over the whole run would retry it from every space (a
  // converter's line of thousands of figures took seconds).
  const figures: [number, number][] = [];
  let digits = false, end = last;
  for (;;) {
    while (end > 0 && isGap(line, end - 1)) end--;
    let start = end;
    while (start > 0 && !isGap(line, start - 1)) start--;
    if (start === end || !isFigureChar(line.charCodeAt(start)) || !isFigureChar(line.charCodeAt(end - 1))) break;
    const token = toHalfWidth(line.slice(start, end));
    if (!FIGURE_TOKEN.test(token)) break;
    figures.push([start, end]);
    digits ||= /\d/.test(token);
    end = start;
  }
  if (figures.length < least || (least > 1 && !digits)) return NO_ROW;
  const label: [number, number] | null = end > first ? [first, end] : null;
  if (!label && isPageNumber(line, figures)) return NO_ROW;
  return figures.length > 1 || label ? { label, figures: figures.reverse() } : NO_ROW;
}

/** Whether a line's figures (last first) are a PDF's page number between dashes (- 4 -, — 12 —), which is no row. */
function isPageNumber(line: string, figures: readonly [number, number][]): boolean {
  const digit = figures.map(([start, end]) => /\d/.test(toHalfWidth(line.slice(start, end))));
  return digit.length === 3 && !digit[0] && digit[1]! && !digit[2];
}

/**
 * How many figures the line holds as a row or a cell of a table laid out as text (rowSpans): 7 for
 * 一、本年新收政府信息公开申请数量 33 2 0 0 7 0 42, 1 for a cell's figure alone on its line, else 0. The engine
 * reads it through rowFiguresOf; exported for its test, line by line.
 */
export const textRowFigures = (line: string): number => rowSpans(line).figures.length;

/** The label of a row of a table laid out as text, on its line before its figures (页码 of 页码 1 2 3), else null. */
export function textRowLabel(line: string): string | null {
  const { label } = rowSpans(line);
  return label && line.slice(...label).trim();
}

/**
 * Whether lines[i] is a row of a table laid out as text: its figures on the line, or its label on the line with
 * its figures each on a line of their own after it (at most one more label line between: 三、本年度办理结果 |
 * （一）予以公开 | 27 | 2 …; （一）主动公开政府信息数 | 条 | 156 | （二）…). A lone figure counts where another
 * figure, or the next row's label and figure, follow it: one alone under a line is a PDF's page number as often.
 * The first line of a label wrapped onto its row's line is a row too (一、本年新收政府 | 信息公开申请数量 33 2 …).
 * A standard part's heading is no row.
 */
export function isTextTableRow(lines: readonly string[], i: number): boolean {
  const line = lines[i]!;
  const figures = rowFiguresOf(lines);
  if (figures[i]! >= 2) return true;
  // Else its figures are on the next line or the one after: most lines have none there, and are read no further.
  if (!(figures[i + 1]! > 0) && figures[i + 2] !== 1) return false;
  if (!LABEL.test(line) || isPartHeading(line)) return false;
  const wrapped = figures[i + 1]! >= 2 ? rowSpans(lines[i + 1]!).label : null;
  if (wrapped && wraps(lines, { line: i, span: [0, line.length] }, { line: i + 1, span: wrapped }, 0)) return true;
  const lone = (k: number) => figures[k] === 1;
  const label = (k: number) => figures[k] === 0 && LABEL.test(lines[k]!);
  // A label with its figure next, or a unit's line between (（二）… | 条 | 20).
  const rowAt = (k: number) => label(k) && (lone(k + 1) || (label(k + 1) && lone(k + 2)));
  const figuresFrom = (k: number) => lone(k) && (lone(k + 1) || rowAt(k + 1));
  return figuresFrom(i + 1) || (label(i + 1) && figuresFrom(i + 2));
}

/**
 * Whether lines[i] is 表二's block header on one line with a row of one figure under it (信息内容 本年处理决定数量 |
 * 行政处罚 3985758): the table's start where no row of two figures comes before, as on a flip-book's page that holds
 * only 表二's tail (its blocks of one figure column).
 */
function isBlockHeaderOverRow(lines: readonly string[], i: number): boolean {
  if (!BLOCK_HEADER.test(lines[i]!) || gapSplit(lines[i]!).length < 2 || i + 1 >= lines.length) return false;
  const row = rowSpans(lines[i + 1]!, 1);
  return row.label !== null && row.figures.length === 1;
}

// The prose reader (extract) and the rules (outline, required-tables) read the same body lines' figures: each line is read once.
const ROW_FIGURES = new WeakMap<readonly string[], number[]>();

/** textRowFigures of each line, in order. */
export function rowFiguresOf(lines: readonly string[]): number[] {
  let figures = ROW_FIGURES.get(lines);
  if (!figures) ROW_FIGURES.set(lines, (figures = lines.map(textRowFigures)));
  return figures;
}

// Figures enough for a table, not a stray row or two.
export const TABLE_FIGURES = 5;

/** Where a cell's characters stand: its line and the [start, end) on it. */
interface Place { line: number; span: [number, number] }

/**
 * A row of a text table as read from its lines: its label's cell (and the rest of a label wrapped onto another line)
 * and its figures' spans, line by line, or a header's cells; `columns`, how many figures its block's header names (0
 * where no header does); `end`, one past its last line.
 */
interface TextRow { label: (Place & { rest?: Place }) | null; unit?: Place; figures: Place[]; heads?: Place[][]; columns: number; end: number; blank?: boolean }

// 表二's header line, which names the columns of its block's figures: 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数.
const BLOCK_HEADER = /^[\s│|｜]*信息内容/;
// 表二's header laid out a cell a line: 信息内容 alone, then its columns' names a line each (本年制发件数 | 本年废止件数 |
// 现行有效件数), or each wrapped onto two (本年制发 | 件数); no block of the template has more than three.
const LONE_HEADER = /^[\s│|｜]*信息内容[\s│|｜]*$/;
const BLOCK_COLUMNS = 3;
const NAME_LINES = 2 * BLOCK_COLUMNS;
// The words of the template's column names (本年制发件数, 处理决定数量, 本年收费金额, 本年增/减), which no row's label holds,
// and the words they open with.
const COLUMN_WORDS = /件数|数量|金额|增\s*[/／]/;
const COLUMN_OPENING = /^\s*(?:本年|上一年|上年|现行|对外|处理|采购)/;
// The figures of a row where no header names its columns: 表三's seven, 表四's fifteen or five of a group; and
// the words of the table's labels (or its header's lines above it) that name that table. Rows of as many figures
// under other labels (2018年 1 0 0 0 1, a list of five years) are some other table, not one of the standard ones.
// The words' openings are enough: labels lose their ends (本年新 for 本年新收…, 结果维 for 结果维持).
const TABLE_4_NAMES = /行政复|行政诉|维持|纠正|尚未审|复议后|直接起/;
const STANDARD_NAMES = new Map<number, RegExp>([
  [7, /本年新|上年结|办理结|予以公|部分公|不予公|无法提|不予处|其他处|结转下|申请人|自然人|法人或|商业企/],
  [5, TABLE_4_NAMES],
  [15, TABLE_4_NAMES],
]);

/**
 * The page with each table laid out as text in its lines (outside the tables that are data, not `layout`) made a
 * table of its own, as though the page had set it in a <table>: a row a line (or a label's line and its figures'
 * lines after it), its label a cell and each figure a cell, every cell pointing at its characters in a text
 * node. A row's figures fill the columns its block's header names (表二's 信息内容 | 本年制发件数 | …, on one line or a
 * cell a line), else as many as most of the table's rows hold of the standard tables' 7, 15 or 5. Which column each figure of a row
 * of more or fewer stands in cannot be told: it gets that many blank cells, null figures, over its figures'
 * characters on their first line, or each over its own where they stand a cell a line (`unfit` maps each range to its row). A table most of whose rows do
 * not fit, or of other rows (the older reports' 统计表 of a figure a row, but under its caption: statisticsLines), is left as text.
 * The lines of a <table> of one column are read so too; `layout` is returned with each such table a text table was read from.
 */
export function textTables<N>(page: PageModel<N>, layout: ReadonlySet<number>): { page: PageModel<N>; unfit: Map<object, object>; layout: Set<number> } {
  const unfit = new Map<object, TextRow>();
  const texts = page.lines.map((l) => l.text);
  // A <table> of one column holds no grid to read: its cells are lines, as a table flattened a cell a row is (a CMS that
  // pastes a table column-wise, a converter's boxes). One a text table is read from is layout from then on.
  const columns = oneColumnTables(page);
  const flattened = new Set<number>();
  const free = (i: number) => page.lines[i]!.table < 0 || layout.has(page.lines[i]!.table) || columns.has(page.lines[i]!.table);
  let lines: Line<N>[] | null = null;
  const tables = page.tables.slice();
  for (let i = 0; i < texts.length; i++) {
    if (!free(i)) continue;
    // The lines in the caption's page table: a function made only for a caption (not at every line of the page).
    const lined = isStatisticsCaption(texts[i]!) ? statisticsLines(texts, i, (k) => page.lines[k]!.table === page.lines[i]!.table && free(k)) : null;
    if (lined) {
      const index = tables.length;
      lines ??= page.lines.slice();
      for (let k = lined.start; k < lined.end; k++) lines[k] = { ...lines[k]!, table: index };
      const raw = lined.rows.map((r) => rawRow(page.lines, r, 1, 1, unfit));
      tables.push({ node: page.lines[lined.start]!.pieces[0]!.node, parent: page.lines[i]!.table, firstLine: lined.start, endLine: lined.end, rows: raw, text: true, statistics: true });
      i = lined.end - 1;
      continue;
    }
    if (!isTextTableRow(texts, i) && !isBlockHeaderOverRow(texts, i)) continue;
    // The table's lines: rows and their labels' lines, in the same page table as its first.
    const outer = page.lines[i]!.table;
    const { start, rows, last, width } = textBlock(texts, i, (k) => page.lines[k]!.table === outer, free);
    const fits = (r: TextRow) => r.figures.length > 0 && r.figures.length === (r.columns || width);
    // Figures enough, digits not dashes: two PDF page numbers (— 1 — | — 2 —) between two parts of a table are none.
    const digits = rows.reduce((n, r) => n + r.figures.filter((f) => hasDigit(texts[f.line]!.slice(...f.span))).length, 0);
    // Most rows fit: where most do not (a table whose blank cells left no gap), which figure is which is guesswork.
    const figured = rows.filter((r) => r.figures.length > 0);
    // Under 表二's header the figures are the table's however few (a page's tail of 表二: 行政处罚 3985758 | 行政强制 88283).
    const enough = digits >= TABLE_FIGURES || (digits > 0 && rows.some((r) => r.heads));
    if (2 * figured.filter(fits).length > figured.length && enough && namesTable(texts, rows, start, width)) {
      const index = tables.length;
      const end = cutTail(page.lines, last, outer);
      lines ??= page.lines.slice();
      for (let k = start; k < end; k++) lines[k] = { ...lines[k]!, table: index };
      const raw = rows.map((r) => rawRow(page.lines, r, r.columns || width, width, unfit));
      tables.push({ node: page.lines[start]!.pieces[0]!.node, parent: outer, firstLine: start, endLine: end, rows: raw, text: true, ...(width === 1 ? { statistics: true as const } : {}) });
      if (columns.has(outer)) flattened.add(outer);
      i = Math.max(i, end - 1);
    }
    i = Math.max(i, last - 1);
  }
  return { page: lines ? { ...page, lines, tables } : page, unfit, layout: new Set([...layout, ...flattened]) };
}

/** The tables (none nested in them) whose every row is a single cell. */
function oneColumnTables<N>(page: PageModel<N>): Set<number> {
  const columns = new Set<number>();
  page.tables.forEach((t, i) => {
    if (t.rows.length > 0 && t.rows.every((r) => r.cells.length === 1)) columns.add(i);
  });
  for (const t of page.tables) columns.delete(t.parent);
  return columns;
}

/**
 * The table laid out as text whose first row is lines[i]: from 表二's block header right above it (where `free`),
 * its rows up to its last of figures or of blank cells, the lines `within` its first's page table; and its rows'
 * width of the standard tables' 7, 15 or 5 (0 for none).
 */
function textBlock(texts: readonly string[], i: number, within: (k: number) => boolean, free: (k: number) => boolean) {
  const counts = rowFiguresOf(texts);
  let end = i;
  while (end < texts.length && within(end) && (counts[end]! > 0 || (LABEL.test(texts[end]!) && !isPartHeading(texts[end]!)))) end++;
  // 表二's block header right above its first row (a line of borders between or not) is the table's; so is one laid
  // out a cell a line, its columns' names between (the last of them may have been taken for the first row).
  let above = i - 1;
  while (above >= 0 && free(above) && gapSplit(texts[above]!).length === 0) above--;
  const names = (k: number) => k >= 0 && free(k) && isColumnName(texts, k);
  let header = i - 1;
  while (header >= i - NAME_LINES && names(header)) header--;
  const cellALine = header >= 0 && free(header) && LONE_HEADER.test(texts[header]!) && (header < i - 1 || names(i));
  const start = above >= 0 && free(above) && BLOCK_HEADER.test(texts[above]!) ? above : cellALine ? header : i;
  const rows = wrappedLabelsJoined(texts, textRows(texts, start, end));
  // A label alone under 表二's header, not a 第二十条 line over the next header: a row whose cells the page left
  // blank (政府集中采购 and nothing after it), as a <table> keeps it.
  rows.forEach((r, k) => { r.blank = r.columns > 0 && !r.heads && r.figures.length === 0 && !rows[k + 1]?.heads; });
  // Up to its last row of figures, or of blank cells (a 统计表's row with its unit and no figure among them).
  while (rows.length > 0 && rows[rows.length - 1]!.figures.length === 0 && !rows[rows.length - 1]!.blank && !rows[rows.length - 1]!.unit) rows.pop();
  const last = rows.length > 0 ? rows[rows.length - 1]!.end : i + 1;
  const width = mostCommon(rows.filter((r) => r.columns === 0 && STANDARD_NAMES.has(r.figures.length)).map((r) => r.figures.length))
    || (isStatisticsTable(texts, rows) ? 1 : 0);
  const cells = width === 1 ? cellHeader(texts, start, rows, (k) => within(k) && free(k)) : null;
  return cells ? { ...cells, last, width } : { start, rows, last, width };
}

/** At most this many labels without figures close a page table cut short. */
const CUT_LABELS = 2;

/**
 * The end of a text table's lines, `last`, past the labels that close the page table it stands in where the page cut
 * their figures off (xjnlk-zhen-2023's 表三 a cell a row, ending at 6.属于四类过程性信): still the table's, no heading
 * of the text after it. Numbered, as a row's label is: not the 落款 and date that may close a page table holding the
 * whole article.
 */
function cutTail<N>(lines: readonly Line<N>[], last: number, outer: number): number {
  const cutLabel = (text: string) => LABEL.test(text) && isMarked(text) && !isPartHeading(text);
  let end = last;
  while (end < lines.length && end - last < CUT_LABELS && outer >= 0 && lines[end]!.table === outer && cutLabel(lines[end]!.text)) end++;
  return end > last && (end === lines.length || lines[end]!.table !== outer) ? end : last;
}

/**
 * A 统计表 laid out a cell a line with its header's three cells a line each right above its rows (统 计 指 标 | 单位 |
 * 统计数, the last read as a label alone or not): its lines from the header's first, its header one row of three
 * cells, as statisticsLines reads a header laid out on one line. Null where no such header is there.
 */
function cellHeader(texts: readonly string[], start: number, rows: readonly TextRow[], free: (k: number) => boolean): { start: number; rows: TextRow[] } | null {
  const first = rows[0];
  const taken = first?.label?.line === start && !first.label.rest && !first.unit && first.figures.length === 0;
  const last = taken ? start : start - 1;
  const lines = [last - 2, last - 1, last];
  if (last < 2 || !lines.every((k) => free(k) && gapSplit(texts[k]!).length > 0 && !CELL_GAP.test(texts[k]!.trim())) || !HEADER_LINE.test(lines.map((k) => texts[k]).join(' '))) return null;
  // A cell's characters: the line's, spaced out or not (统 计 指 标).
  const at = (k: number): Place => {
    const cells = gapSplit(texts[k]!);
    return { line: k, span: [cells[0]![0], cells[cells.length - 1]![1]] };
  };
  const header: TextRow = { label: at(last - 2), unit: at(last - 1), figures: [at(last)], columns: 0, end: last + 1 };
  return { start: last - 2, rows: [header, ...rows.slice(taken ? 1 : 0)] };
}

/**
 * Whether the table laid out as text whose first row is lines[i] (a row by isTextTableRow), read or not, names the
 * standard table whose rows are `widths` figures wide (表二's: none, its 信息内容 header names it), by the words
 * namesTable tells it by: of its rows' own width where that is one of `widths`, else of the first. The lines up to
 * `last` are the table's.
 */
export function textTableNames(lines: readonly string[], i: number, widths: readonly number[]): { named: boolean; last: number } {
  const all = () => true;
  const { start, rows, last, width } = textBlock(lines, i, all, all);
  return { named: namesTable(lines, rows, start, widths.includes(width) ? width : widths[0] ?? 0), last };
}

/**
 * Whether the table's lines name a standard table: 表二's 信息内容 header, or for rows of 表三's or 表四's width,
 * that table's words in a row's label or in its header's lines right above (自然人 | 商业企业…; 行政复议 | 结果维持…
 * over 表四's one row of fifteen figures and no label), up to the part's heading or a sentence (……情况见下表。). A
 * caption over rows of five (全市各县区受理行政复议情况 | 银州区 1 0 0 0 1) names no row of 表四.
 */
function namesTable(texts: readonly string[], rows: readonly TextRow[], start: number, width: number): boolean {
  if (rows.some((r) => r.heads)) return true;
  if (width === 1) return true;
  const names = STANDARD_NAMES.get(width);
  if (!names) return false;
  const counts = rowFiguresOf(texts);
  const labels = rows.flatMap((r) => (r.label ? [texts[r.label.line]!.slice(...r.label.span)] : []));
  const caption = (k: number) => counts[k] === 0 && (gapSplit(texts[k]!).length === 0 || (LABEL.test(texts[k]!) && !isPartHeading(texts[k]!)));
  for (let k = start - 1; width !== 5 && k >= 0 && caption(k); k--) labels.push(texts[k]!);
  return labels.some((label) => names.test(label));
}

/**
 * Whether the rows are a pre-2019 统计表 laid out a cell a line (a Word table pasted without its structure: (一)主动公开
 * 政府信息数 | 条 | 25): most rows of figures one figure with a unit beside it, numbered labels, about disclosure work.
 * Its figures are then a table's, not the prose's.
 */
function isStatisticsTable(texts: readonly string[], rows: readonly TextRow[]): boolean {
  const figured = rows.filter((r) => r.figures.length > 0 && r.label);
  const single = figured.filter((r) => r.figures.length === 1 && r.unit);
  return single.length >= STATISTICS_ROWS && 2 * single.length > figured.length && statisticsLabels(texts, single);
}

/** Whether the rows' labels are a 统计表's: numbered enough, about disclosure work (as legacy/stats.ts tells a 统计表 by). */
function statisticsLabels(texts: readonly string[], rows: readonly TextRow[]): boolean {
  const labels = rows.flatMap((r) => (r.label ? [texts[r.label.line]!.slice(...r.label.span)] : []));
  return labels.filter((label) => isMarked(label)).length >= STATISTICS_ROWS && labels.some((label) => TOPIC.test(label));
}
const STATISTICS_ROWS = 3;

// A 统计表's caption (2017年政府信息公开情况统计表, 附表:2016年龙归镇…) or its header's line (统计指标　单位　统计数).
const STATISTICS_CAPTION = /统计表|附表|统\s*计\s*指\s*标/;
/**
 * Whether the line is a 统计表's caption or header: short and no sentence, or opening with 附表 or ending in 统计表 (its
 * 如下： too: 2016年某某镇政府信息公开情况统计表如下：). A sentence that names the 附表 (……统计如下（具体数据详见附表）：) is
 * the prose's, and so are the figures after it.
 */
function isStatisticsCaption(line: string): boolean {
  const text = line.trim();
  if (!STATISTICS_CAPTION.test(text) || /[。，,；;]/.test(text)) return false;
  return /^附表|统计表(?:如下)?[:：]?$/.test(text) || (text.length <= CAPTION_LENGTH && !/[:：]$/.test(text));
}
const CAPTION_LENGTH = 40;
// The form's footer under the table (单位负责人：, 填表人：, 联系电话：86123456): no rows of it.
const FOOTER = /^\s*(?:单位负责人|填表人|填报人|审核人|联系电话|填报日期)/;
const HEADER_LINE = /^\s*统\s*计\s*指\s*标.*单\s*位/;
// A row a line with its label, a colon and its figure (with its unit) or none: （一）主动公开政府信息数（…计1条）：177条, 制发规范性文件总数：.
const COLON_ROW = new RegExp(String.raw`^(\s*)(\S[^。；;]{0,79}?)\s*[:：]\s*(?:(\d+(?:\.\d+)?)\s*(${UNIT_WORDS})?)?\s*$`);

/**
 * The row a line holds of a 统计表 laid out a row a line: its label, its unit and its figure or none set apart by white
 * space (（一）主动公开政府信息数　条　25; 涉及商业秘密　件　0; 其中：主动公开规范性文件数　条), a heading's two dashes for them
 * (一、主动公开情况　——　——), or its label and a colon and its figure or none (…：177条; 其中：主动公开规范性文件数：); a
 * heading alone (一、主动公开情况) where `bare`. Null for any other line.
 */
function statisticsLine(line: string, i: number, bare: boolean): TextRow | null {
  const at = (span: [number, number]): Place => ({ line: i, span });
  const cells = gapSplit(line);
  const text = (k: number) => toHalfWidth(line.slice(...cells[k]!));
  const unitAt = (k: number) => k >= 1 && UNIT_WORD.test(text(k));
  const n = cells.length;
  const unit = n >= 3 && unitAt(n - 2) && (FIGURE_TOKEN.test(text(n - 1)) || DASHES.test(text(n - 1))) ? n - 2 : unitAt(n - 1) ? n - 1 : -1;
  if (unit > 0) {
    const label: [number, number] = [cells[0]![0], cells[unit - 1]![1]];
    if (!LABEL.test(line.slice(...label)) || hasDigit(line.slice(...label).replace(/[（(][^（）()]*[）)]/g, '')) && !isMarked(line.slice(...label))) return null;
    return { label: at(label), unit: at(cells[unit]!), figures: unit < n - 1 ? [at(cells[n - 1]!)] : [], columns: 0, end: i + 1 };
  }
  const m = COLON_ROW.exec(line);
  if (m) {
    // The figure's unit after it is the row's unit cell (177条: 条 | 177).
    const start = m[1]!.length, end = start + m[2]!.length;
    const figure = m[3] === undefined ? -1 : line.indexOf(m[3], end), unit = m[4] === undefined ? -1 : line.indexOf(m[4], figure + m[3]!.length);
    return { label: at([start, end]), ...(unit >= 0 ? { unit: at([unit, unit + m[4]!.length]) } : {}), figures: figure >= 0 ? [at([figure, figure + m[3]!.length])] : [], columns: 0, end: i + 1 };
  }
  return bare && n > 0 && LABEL.test(line) && isMarked(line) ? { label: at([cells[0]![0], cells[n - 1]![1]]), figures: [], columns: 0, end: i + 1, blank: true } : null;
}

/**
 * The 统计表 laid out a row a line (statisticsLine) under the caption on lines[caption]: its header's line and its rows, a
 * line or two between (the body's name under 附表:…), from the first line on to the last of a unit or a colon. Null where
 * the lines are not one: rows enough, numbered, about disclosure work (as isStatisticsTable tells a table of a cell a line).
 */
function statisticsLines(texts: readonly string[], caption: number, within: (k: number) => boolean): { start: number; end: number; rows: TextRow[] } | null {
  let k = caption + (HEADER_LINE.test(texts[caption]!) ? 0 : 1);
  for (let skip = 0; skip < 2 && k < texts.length && within(k) && !HEADER_LINE.test(texts[k]!) && !statisticsLine(texts[k]!, k, true) && LABEL.test(texts[k]!); skip++) k++;
  const start = k;
  const rows: TextRow[] = [];
  if (k < texts.length && within(k) && HEADER_LINE.test(texts[k]!)) {
    const cells = gapSplit(texts[k]!);
    if (cells.length === 3) rows.push({ label: { line: k, span: cells[0]! }, unit: { line: k, span: cells[1]! }, figures: [{ line: k, span: cells[2]! }], columns: 0, end: k + 1 });
    k++;
  }
  // Up to the form's footer (单位负责人：, 联系电话：86123456), whose lines read as colon rows too.
  for (; k < texts.length && within(k) && !FOOTER.test(texts[k]!); k++) {
    const row = statisticsLine(texts[k]!, k, true);
    if (!row || !formRow(texts, row, rows[rows.length - 1])) break;
    rows.push(row);
  }
  // Up to its last row of a unit or a colon: a heading after it is the report's next part's.
  while (rows.length > 0 && rows[rows.length - 1]!.blank) rows.pop();
  const read = rows.filter((r) => !r.blank && r.label);
  if (read.length < STATISTICS_LINES || !statisticsLabels(texts, read)) return null;
  return { start, end: rows[rows.length - 1]!.end, rows: rows.map((r) => ({ ...r, blank: false })) };
}

/**
 * Whether a row read from its line is the form's row after the row `above`: a label and a colon with no unit (a blank
 * figure, or a figure of nothing counted) is numbered, or follows a 其中 row or its unnumbered siblings (其中：主动公开
 * 规范性文件数：| 制发规范性文件总数：), as the form's rows are; not a note's line (填表人：, 联系电话：86123456).
 */
function formRow(texts: readonly string[], row: TextRow, above: TextRow | undefined): boolean {
  if (row.unit || row.blank || !row.label) return true;
  const label = (r: TextRow) => texts[r.label!.line]!.slice(...r.label!.span);
  if (isMarked(label(row))) return true;
  const marker = above?.label && !above.blank ? readMarker(label(above)) : null;
  return marker !== null && (marker.part || marker.style === null);
}

// Rows enough for a 统计表 laid out a row a line: the national form has 65, the older local ones a dozen or more.
const STATISTICS_LINES = 5;

// An amount with its unit, as a cell of 表二 gives it (251000元), ending its line.
const AMOUNT_LAST = /[\d０-９]+(?:[.．][\d０-９]+)?\s*万?元\s*$/;

/**
 * A line of 表二 whose last cell is an amount with its unit: alone on its line (采购总金额 | 251000元) or after its row's
 * label and figures (政府集中采购  6  251000元), read as rowSpans reads them; else no row.
 */
function amountRow(line: string): RowSpans {
  const m = AMOUNT_LAST.exec(line);
  if (!m || (m.index > 0 && !isGap(line, m.index - 1))) return NO_ROW;
  let last = m.index + m[0].length;
  while (isGap(line, last - 1)) last--;
  const amount: [number, number] = [m.index, last];
  const before = rowSpans(line.slice(0, m.index), 1);
  if (before.figures.length > 0) return { label: before.label, figures: [...before.figures, amount] };
  let first = 0, end = m.index;
  while (first < end && isGap(line, first)) first++;
  while (end > first && isGap(line, end - 1)) end--;
  return { label: end > first ? [first, end] : null, figures: [amount] };
}

/** The rows of lines [from, to): a line of a label and figures, or a label's line and the lone figures' lines after it. */
function textRows(texts: readonly string[], from: number, to: number): TextRow[] {
  const rows: TextRow[] = [];
  let columns = 0;
  for (let i = from; i < to; i++) {
    // Under a header of one figure column, a label and one figure are a row too (行政许可 653). Under 表二's header a
    // row's last figure may be an amount that keeps its unit, as its <table> cell did (shanghai-office-2019's
    // 政府集中采购 | 6 | 251000元, a line each or on one line).
    const spans = rowSpans(texts[i]!, columns === 1 ? 1 : 2);
    const { label, figures } = columns > 0 && spans.figures.length === 0 ? amountRow(texts[i]!) : spans;
    if (figures.length === 0) {
      const cells = gapSplit(texts[i]!);
      // A line of borders alone (├──┼──┤) is no row.
      if (cells.length === 0) continue;
      // A 统计表's unit alone on its line, between its label's line and its figure's ((一)主动公开政府信息数 | 条 | 25).
      const above = rows[rows.length - 1];
      if (cells.length === 1 && UNIT.test(texts[i]!.trim()) && above?.label && !above.unit && !above.heads && above.figures.length === 0) {
        above.unit = { line: i, span: cells[0]! };
        above.end = i + 1;
        continue;
      }
      const heads = !BLOCK_HEADER.test(texts[i]!) ? undefined
        : cells.length > 1 ? cells.map((span) => [{ line: i, span }]) : columnNames(texts, i, to);
      if (heads) columns = heads.length - 1;
      const end = heads ? heads[heads.length - 1]!.at(-1)!.line + 1 : i + 1;
      rows.push({ label: { line: i, span: [cells[0]![0], cells[cells.length - 1]![1]] }, figures: [], heads, columns, end });
      i = end - 1;
      continue;
    }
    // A figure alone on its line: the next cell of the row above, where that row's label stands on a line of its own, or
    // under 表二's header where the row's label was left blank and its figures came a line each (longde-chengguan-2021's
    // 规章 | 0 | 0 | 0 with no 规章): as many as the header names, the next one starting a row.
    const above = rows[rows.length - 1];
    const open = above && !above.heads && (columns === 0 || above.figures.length < columns)
      && (above.label ? above.figures.every((f) => f.line > above.label!.line) : columns > 0 && new Set(above.figures.map((f) => f.line)).size === above.figures.length);
    if (figures.length === 1 && !label && open) {
      above.figures.push({ line: i, span: figures[0]! });
      above.end = i + 1;
    } else rows.push({ label: label && { line: i, span: label }, figures: figures.map((span) => ({ line: i, span })), columns, end: i + 1 });
  }
  return rows;
}

/**
 * Whether lines[k] may be the name of a column of 表二's header laid out a cell a line: a short line of words, no figure,
 * naming no item of the table (a row's label: 规章, 行政许可) nor the next header or part.
 */
function isColumnName(texts: readonly string[], k: number): boolean {
  const line = texts[k]!;
  if (rowFiguresOf(texts)[k]! > 0 || !LABEL.test(line) || BLOCK_HEADER.test(line) || isPartHeading(line)) return false;
  const key = labelKey(line);
  return key.length > 0 && !Object.values(ITEM_LABELS).some((item) => key.includes(item));
}

/**
 * The cells of 表二's header laid out a cell a line, its 信息内容 alone on lines[i]: that line's and the columns' names on
 * the lines after it (before `to`), up to the first row's label, each cell its lines; undefined where none follows or
 * they name more columns than a block has.
 */
function columnNames(texts: readonly string[], i: number, to: number): Place[][] | undefined {
  if (!LONE_HEADER.test(texts[i]!)) return undefined;
  let k = i + 1;
  // A name with a figure alone on the line after it is a row's label (an item the template does not name), unless it
  // holds a column's words (现行有效件数 over a row whose label was left blank).
  while (k < to && isColumnName(texts, k) && (COLUMN_WORDS.test(texts[k]!) || rowFiguresOf(texts)[k + 1] !== 1)) k++;
  const at = (line: number): Place => {
    const cells = gapSplit(texts[line]!);
    return { line, span: [cells[0]![0], cells[cells.length - 1]![1]] };
  };
  const names = Array.from({ length: k - i - 1 }, (_, n) => i + 1 + n);
  const columns = names.length > 0 && names.length <= NAME_LINES ? wrappedNames(names.map((line) => texts[line]!)) : null;
  return columns ? [[at(i)], ...columns.map((group) => group.map((n) => at(names[n]!)))] : undefined;
}

/**
 * The names' lines grouped into the columns they name, by index: a name a line, or a name wrapped onto the next line or
 * two, cell by cell (本年制发 | 件数 | 本年废止 | 件数; 本年增/ | 减; 本年收费金额（单位： | 万元）) or line by line across the
 * header (本年制发 | 本年废止 | 现行有效 | 件数 | 件数 | 件数). A line opens a column where it opens as the template's names
 * do (本年…, 上一年…), or holds a column's words and the column before does too; else it goes on with the one before.
 * Null for more columns than a block has.
 */
function wrappedNames(names: readonly string[]): number[][] | null {
  const half = names.length / 2;
  const first = names.slice(0, half), rests = names.slice(half);
  if (Number.isInteger(half) && half <= BLOCK_COLUMNS && first.every((n) => !COLUMN_WORDS.test(n)) && rests.every((n) => COLUMN_WORDS.test(n) && !COLUMN_OPENING.test(n))) {
    return first.map((_, n) => [n, n + half]);
  }
  const columns: number[][] = [];
  names.forEach((name, n) => {
    const column = columns.at(-1);
    const named = column !== undefined && COLUMN_WORDS.test(column.map((k) => names[k]).join(''));
    if (!column || COLUMN_OPENING.test(name) || (COLUMN_WORDS.test(name) && named)) columns.push([n]);
    else column.push(n);
  });
  return columns.length <= BLOCK_COLUMNS ? columns : null;
}

// 表三's header words, never the rest of a wrapped label (a header a PDF repeats atop its next page).
const HEADER_WORDS = /申请人|自然人|法人|勾稽/;

/**
 * The rows with each label a narrow column wrapped onto two lines made one label: the label's first line alone, then
 * the line of its rest and figures (一、本年新收政府 | 信息公开申请数量 33 2 …; 规范性 | 文件 327 300 1109), or a row
 * and the rest of its label alone on the next line ((一)予 27 2 … | 以公开). A rest alone continues the row above only
 * where a row of figures follows it (a line under the table is a note, a 落款).
 */
function wrappedLabelsJoined(texts: readonly string[], rows: TextRow[]): TextRow[] {
  const joined: TextRow[] = [];
  const alone = (r: TextRow | undefined) => r?.label && !r.label.rest && !r.heads && r.figures.length === 0 ? r.label : null;
  const figured = (r: TextRow | undefined) => r?.label && !r.label.rest && !r.heads && r.figures.length > 0 ? r.label : null;
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!, next = rows[k + 1], above = joined[joined.length - 1];
    const first = alone(row), rest = figured(next);
    if (first && rest && wraps(texts, first, rest, row.columns)) {
      joined.push({ ...next!, label: { ...first, rest } });
      k++;
      continue;
    }
    const head = figured(above);
    if (head && first && rows.slice(k + 1).some((r) => r.figures.length > 0) && wraps(texts, head, first, row.columns)) {
      head.rest = first;
      above!.end = row.end;
      continue;
    }
    joined.push(row);
  }
  return joined;
}

/**
 * Whether two label lines are one label wrapped, the second opening no row of its own. Under 表二's header (`columns`
 * > 0; its labels bear no numbers), where together they name an item neither names alone (规范性 | 文件; not 规章 |
 * 规范性文件). Elsewhere, where the first (or its own cell after its group's) opens with its numbering and the
 * second, no longer than it (the first line fills the column), opens with none (not （三）不予公开 | 1.属于国家秘密)
 * and holds no header words.
 */
function wraps(texts: readonly string[], first: Place, second: Place, columns: number): boolean {
  const a = texts[first.line]!.slice(...first.span), b = texts[second.line]!.slice(...second.span);
  const [keyA, keyB] = [labelKey(a), labelKey(b)];
  if (columns > 0) return Object.values(ITEM_LABELS).some((item) => (keyA + keyB).includes(item) && !keyA.includes(item) && !keyB.includes(item));
  return numbered(a) && !isMarked(b) && b.trim().length <= a.trim().length && !HEADER_WORDS.test(keyB);
}

// A cell of a Markdown table's delimiter row (|---|:---:|), which every Markdown conversion writes under the header:
// a border, no cell. Three dashes at least: one or two alone stand for none (LONE).
const DELIMITER_CELL = /^:?-{3,}:?$/;
// Where one cell of a line ends and the next starts: a tab, a border, or a run of spaces.
const CELL_GAP = /\t|[│|｜]|[\s\u3000]{2,}/;
/**
 * Whether a label line opens with its numbering, or its own cell after its group's does (本年  度办  结果 | (一予, the
 * group's 三、 lost in longde-chengguan-2021).
 */
const numbered = (label: string) => isMarked(label) || isMarked(label.split(CELL_GAP).filter((cell) => cell.trim()).at(-1) ?? '');

/** The [start, end) of each of the line's cells, set apart by white space or borders; none in a line of borders alone. */
function gapSplit(text: string): [number, number][] {
  const cells: [number, number][] = [];
  for (let i = 0; i < text.length;) {
    while (i < text.length && isGap(text, i)) i++;
    const start = i;
    while (i < text.length && !isGap(text, i)) i++;
    if (i > start) cells.push([start, i]);
  }
  const delimiters = cells.length > 0 && cells.every(([start, end]) => DELIMITER_CELL.test(text.slice(start, end)));
  return delimiters && /[|｜]/.test(text) ? [] : cells;
}

/**
 * The row's cells: a header's cells, or its label's and a cell a figure where it has as many as its `columns`,
 * else as many blank cells over them all; a label alone spans the table's `width` columns and its label's.
 */
function rawRow<N>(lines: readonly Line<N>[], row: TextRow, columns: number, width: number, unfit: Map<object, TextRow>): RawRow<N> {
  const cell = (line: number, [start, end]: [number, number], text = lines[line]!.text.slice(start, end)): RawCell<N> => {
    // A cell's characters in the first text node they are in: a figure is seldom cut across nodes.
    const at = nodeRanges(lines[line]!.pieces, start, end)[0] ?? { node: lines[line]!.pieces[0]!.node, start: 0, end: 0 };
    return { text, rowspan: 1, colspan: 1, node: at.node, range: { start: at.start, end: at.end } };
  };
  if (row.heads) {
    // A name wrapped onto several lines is one cell, at its first line's characters.
    const cells = row.heads.map(([head, ...rest]) => cell(head!.line, head!.span, [head!, ...rest].map((p) => labelText(lines[p.line]!.text, p.span)).join('')));
    return { cells, node: cells[0]!.node };
  }
  const text = (place: Place) => labelText(lines[place.line]!.text, place.span);
  const cells: RawCell<N>[] = row.label ? [cell(row.label.line, row.label.span, text(row.label) + (row.label.rest ? text(row.label.rest) : ''))] : [];
  // A row of 表二's whose label the page left blank keeps its figures under the columns its header names.
  if (!row.label && row.columns > 0 && row.figures.length === columns) {
    const first = cell(row.figures[0]!.line, row.figures[0]!.span);
    cells.push({ ...first, text: '', range: { start: first.range!.start, end: first.range!.start } });
  }
  if (width === 1 && row.label) return statisticsRow(row, cells[0]!, cell);
  if (row.figures.length === columns) cells.push(...row.figures.map((f) => cell(f.line, f.span)));
  else if (row.figures.length > 0) {
    // The row's figures on one line are one place; stacked a cell a line (wuhan-hannan-ybj-2020's 予以公开 | 0 | 0 | 0 | 0 | 0,
    // cut after five of seven), each is its own, the blank cells over them in turn: a finding on the row lights each figure
    // where it stands, and a click on any one is on the row, not on the first alone.
    const first = row.figures[0]!, end = row.figures[row.figures.length - 1]!;
    const places = first.line === end.line ? [cell(first.line, [first.span[0], end.span[1]])] : row.figures.map((f) => cell(f.line, f.span));
    for (const place of places) unfit.set(place.range!, row);
    // A blank cell at least where no header names the columns and the table's are none (a row ahead of 表二's first header).
    for (let k = 0; k < Math.max(columns, 1); k++) cells.push({ ...places[Math.min(k, places.length - 1)]!, text: '' });
  }
  // A row left blank: a blank cell a column, at its label's end.
  if (row.blank) for (let k = 0; k < columns; k++) cells.push({ ...cells[0]!, text: '', range: { start: cells[0]!.range!.end, end: cells[0]!.range!.end } });
  // A label alone on its line spans the table, as a heading row or a group's label does in a <table>.
  else if (cells.length === 1 && row.figures.length === 0) cells[0]!.colspan = width + 1;
  return { cells, node: cells[0]!.node };
}

/**
 * A row of a 统计表 laid out a cell a line, as its <table> row: label | unit | figure. A heading's two dashes (一、主动公开
 * 情况 | —— | ——) are its unit and figure; a cell the page left out (a blank figure, a row with no unit) is a blank cell.
 * A blank figure stands where its row's unit (or label) is: there is no character of its own to light, and a finding
 * about it must light its row (龙归镇 2016's 其中：主动公开规范性文件数 | 条 | and nothing).
 */
function statisticsRow<N>(row: TextRow, label: RawCell<N>, cell: (line: number, span: [number, number]) => RawCell<N>): RawRow<N> {
  const blank = (at: RawCell<N>): RawCell<N> => ({ ...at, text: '', colspan: 1, range: { ...at.range! } });
  const places = row.unit ? [row.unit, ...row.figures] : row.figures;
  const cells = [label, ...places.slice(0, 2).map((p) => cell(p.line, p.span))];
  if (!row.unit && row.figures.length === 1) cells.splice(1, 0, blank(label));
  while (cells.length < 3) cells.push(blank(cells[cells.length - 1]!));
  return { cells, node: label.node };
}

/** A label's text with the borders between its cells (│（三）不予公开│1.属于国家秘密│) made spaces. */
function labelText(line: string, [start, end]: [number, number]): string {
  let text = '', border = false;
  for (const ch of line.slice(start, end)) {
    const b = isBorder(ch.charCodeAt(0));
    if (!(b && border)) text += b ? ' ' : ch;
    border = b;
  }
  return text.trim();
}

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
