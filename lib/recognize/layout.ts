import type { PageModel } from '../page/model.ts';

// A cell with this much text holds an article, not a figure or a label.
const ARTICLE_CELL = 150;

/**
 * Tables used for page layout rather than data: they hold other tables, an article-sized cell, or a
 * single cell or two. Their text is the page's body text; their cells are never figures. A table of a
 * cell or two inside another (a form's title or date picker in its first row) does not make it one.
 */
export function layoutTables<N>(page: PageModel<N>): Set<number> {
  const layout = new Set<number>();
  page.tables.forEach((t, i) => {
    let cells = 0;
    for (const row of t.rows) {
      for (const cell of row.cells) {
        cells++;
        if (cell.text.length > ARTICLE_CELL) layout.add(i);
      }
    }
    if (cells <= 2) layout.add(i);
    else if (t.parent >= 0) layout.add(t.parent);
  });
  return layout;
}
