// A page with its texts rewritten, its nodes and shape unchanged: what the traditional-character and
// the pinyin readings both do.
import type { Line, PageModel, RawCell } from './model.ts';

/**
 * The page with `text` applied to its title, metas and links, `line` to each line and `cell` to each cell
 * (by default `text` on their text: right where the rewrite keeps every character in its place).
 */
export function rewritePage<N>(
  page: PageModel<N>,
  text: (s: string) => string,
  line: (l: Line<N>) => Line<N> = (l) => ({ ...l, text: text(l.text) }),
  cell: (c: RawCell<N>) => RawCell<N> = (c) => ({ ...c, text: text(c.text) }),
): PageModel<N> {
  const meta: Record<string, string> = {};
  for (const [name, content] of Object.entries(page.meta)) meta[name] = text(content);
  return {
    ...page,
    title: text(page.title),
    meta,
    lines: page.lines.map(line),
    tables: page.tables.map((table) => ({
      ...table,
      rows: table.rows.map((row) => ({ ...row, cells: row.cells.map(cell) })),
    })),
    attachments: page.attachments.map((link) => ({ ...link, text: text(link.text) })),
  };
}
