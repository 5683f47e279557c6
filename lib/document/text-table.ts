// A table laid out as text, with no table structure: each row a line, its cells set apart by spaces, tabs or
// box-drawing borders (a <pre>, paragraphs pasted from a text file, a flip-book's text layer), or each cell a
// line of its own (a PDF converter's positioned boxes). Its figures can be read neither as a table nor as
// sentences, and its row labels (一、本年新收…, （三）不予公开) are no headings of the report.
import { toHalfWidth } from '../text/normalize.ts';
import { isPartHeading } from './sections.ts';

// A cell's figure: digits with the "?" a page lost characters to, or a dash for none.
const FIGURE = String.raw`[?*]*(?:\d+(?:\.\d+)?|[-—–/])[?*]*`;
// One of the figures a row line ends in, set apart by white space.
const FIGURE_TOKEN = new RegExp(`^${FIGURE}$`);
const SPACE = /\s/;
const isSpace = (text: string, i: number) => { const c = text.charCodeAt(i); return c === 32 || (c < 32 ? c >= 9 && c <= 13 : c > 127 && SPACE.test(text[i]!)); };
// What a figure ends with: most lines end otherwise (in 。) and are passed over at once.
const FIGURE_END = /[\d?*\-—–/]/;
// A cell alone on its line: a figure, or a short dash for none (a longer run of dashes is a rule between paragraphs).
const LONE = new RegExp(String.raw`^\s*(?:[?*]*\d+(?:\.\d+)?[?*]*|[-—–/]{1,2})\s*$`);
const BORDERS = /[\u2500-\u257f|]/g;
// A label cell's line: short, and no sentence.
const LABEL = /^[^。；;]{1,60}$/;

/**
 * How many figures the line holds as a row or a cell of a table laid out as text: the figures after a row's
 * label (一、本年新收政府信息公开申请数量 33 2 0 0 7 0 42; │规章│13│13│90│), 1 for a cell's figure alone on
 * its line, else 0 (a sentence's figures stand between words, never two bare ones at its end).
 */
export function textRowFigures(line: string): number {
  const text = toHalfWidth(line).replace(BORDERS, ' ');
  let last = text.length;
  while (last > 0 && isSpace(text, last - 1)) last--;
  if (last === 0 || !FIGURE_END.test(text[last - 1]!)) return 0;
  if (LONE.test(text)) return 1;
  // Token by token from the line's end: one pattern over the whole run would retry it from every space (a
  // converter's line of thousands of figures took seconds).
  let figures = 0, digits = false;
  for (let end = last; ;) {
    while (end > 0 && isSpace(text, end - 1)) end--;
    let start = end;
    while (start > 0 && !isSpace(text, start - 1)) start--;
    const token = text.slice(start, end);
    if (!token || !FIGURE_TOKEN.test(token)) break;
    figures++;
    digits ||= /\d/.test(token);
    end = start;
  }
  return figures >= 2 && digits ? figures : 0;
}

/**
 * Whether lines[i] is a row of a table laid out as text: its figures on the line, or its label on the line with
 * its figures each on a line of their own after it (at most one more label line between: 三、本年度办理结果 |
 * （一）予以公开 | 27 | 2 …; （一）主动公开政府信息数 | 条 | 156 | （二）…). A lone figure counts where another
 * figure, or the next row's label and figure, follow it: one alone under a line is a PDF's page number as often.
 * A standard part's heading is no row.
 */
export function isTextTableRow(lines: readonly string[], i: number): boolean {
  const line = lines[i]!;
  const figures = rowFiguresOf(lines);
  if (figures[i]! >= 2) return true;
  if (!LABEL.test(line) || isPartHeading(line)) return false;
  const lone = (k: number) => figures[k] === 1;
  const label = (k: number) => figures[k] === 0 && LABEL.test(lines[k]!);
  // A label with its figure next, or a unit's line between (（二）… | 条 | 20).
  const rowAt = (k: number) => label(k) && (lone(k + 1) || (label(k + 1) && lone(k + 2)));
  const figuresFrom = (k: number) => lone(k) && (lone(k + 1) || rowAt(k + 1));
  return figuresFrom(i + 1) || (label(i + 1) && figuresFrom(i + 2));
}

// The prose reader (extract) and the rules (outline, required-tables) read the same body lines' figures: each line is read once.
const ROW_FIGURES = new WeakMap<readonly string[], number[]>();

/** textRowFigures of each line, in order. */
export function rowFiguresOf(lines: readonly string[]): number[] {
  let figures = ROW_FIGURES.get(lines);
  if (!figures) ROW_FIGURES.set(lines, (figures = lines.map(textRowFigures)));
  return figures;
}
