import type { PageModel } from '../page/model.ts';
import { readCell } from '../table/figure.ts';
import { labelKey } from '../text/normalize.ts';
import { carriedHeader } from './cut-header.ts';
import { rowSignature } from './sections.ts';

// A cell with this much text holds an article, not a figure or a label; unless it reads as no text at all (a run of
// hundreds of digits, a figure's cell gone wrong).
const ARTICLE_CELL = 150;

/**
 * Tables used for page layout rather than data: they hold other tables, an article in their cells (an
 * article-sized cell, in a table that is mostly text: most of its text in such cells, or hardly a number
 * in its rows — an article set a paragraph a row), or a single cell or two. Their text is the page's
 * body text; their cells are never figures. A table of a cell or two inside another (a form's title or
 * date picker in its first row) does not make it one; nor does a data table's long label (表二's 规范性文件
 * with its definition, 163 characters, beside rows of figures); nor a row of a label and its figure, all
 * that a page break left of a table (行政事业性收费 | 0); nor a header row a page break cut off from its
 * table (勾稽关系… | 申请人情况), whose cells each span columns of rows that went on in the next table.
 */
export function layoutTables<N>(page: PageModel<N>): Set<number> {
  const layout = new Set<number>();
  page.tables.forEach((t, i) => {
    let cells = 0;
    let text = 0;
    let article = 0;
    for (const row of t.rows) {
      for (const cell of row.cells) {
        cells++;
        text += cell.text.length;
        if (cell.text.length > ARTICLE_CELL && readCell(cell).kind === 'text') article += cell.text.length;
      }
    }
    if ((cells <= 2 && !labelAndFigure(t) && !cutHeader(page, i)) || (article > 0 && (2 * article > text || 4 * numberCells(t) < t.rows.length))) layout.add(i);
    else if (t.parent >= 0) layout.add(t.parent);
  });
  return layout;
}

/** How many of a table's cells read as numbers. */
function numberCells<N>(table: PageModel<N>['tables'][number]): number {
  let numbers = 0;
  for (const row of table.rows) for (const cell of row.cells) if (readCell(cell).kind === 'number') numbers++;
  return numbers;
}

/**
 * Whether a table of a cell or two is a standard table's header row a page break cut off (勾稽关系… | 申请人情况):
 * its cells each span columns, its words name a standard table's header, and the table under it carries that
 * header on (carriedHeader reads both as one). A frame's cells may span columns too (a 落款, a title and its date).
 */
function cutHeader<N>(page: PageModel<N>, index: number): boolean {
  const table = page.tables[index]!;
  const cells = table.rows.flatMap((row) => row.cells);
  if (cells.length === 0 || cells.some((cell) => cell.colspan <= 1)) return false;
  const names = rowSignature(labelKey(cells.map((cell) => cell.text).join('')));
  const next = page.tables.findIndex((t) => t.firstLine >= table.endLine);
  return names !== null && names !== 'legacy' && next >= 0 && carriedHeader(table, page.tables[next]!, next) !== null;
}

// A row's label: a few words, not a sentence.
const LABEL_CELL = 30;

/** Whether a table is one row of a label and a figure. */
function labelAndFigure<N>(table: PageModel<N>['tables'][number]): boolean {
  const cells = table.rows.length === 1 ? table.rows[0]!.cells : [];
  if (cells.length !== 2) return false;
  const [label, figure] = cells as [typeof cells[number], typeof cells[number]];
  const kind = readCell(figure).kind;
  return readCell(label).kind === 'text' && label.text.trim().length <= LABEL_CELL && (kind === 'number' || kind === 'not-reported');
}
