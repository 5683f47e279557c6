// A page written in traditional characters, read as simplified: the same lines, pieces, tables and
// nodes, each text converted one character for one, so that every offset into a node stays right.
import { toSimplified, traditionalCount } from '../text/traditional.ts';
import type { PageModel } from './model.ts';

// A simplified page may quote a name or two in traditional characters; a traditional page has them
// in nearly every sentence. The title and the first few thousand characters tell.
const TRADITIONAL_PAGE = 8;
const SAMPLE = 2000;

/** Whether the page is written in traditional characters. */
export function inTraditional<N>(page: PageModel<N>): boolean {
  let seen = traditionalCount(page.title, TRADITIONAL_PAGE);
  let read = page.title.length;
  for (let i = 0; i < page.lines.length && seen < TRADITIONAL_PAGE && read < SAMPLE; i++) {
    const text = page.lines[i]!.text;
    seen += traditionalCount(text, TRADITIONAL_PAGE - seen);
    read += text.length;
  }
  return seen >= TRADITIONAL_PAGE;
}

/** The page with every text in simplified characters; its nodes, offsets and shape unchanged. */
export function simplifiedPage<N>(page: PageModel<N>): PageModel<N> {
  const meta: Record<string, string> = {};
  for (const [name, content] of Object.entries(page.meta)) meta[name] = toSimplified(content);
  return {
    ...page,
    title: toSimplified(page.title),
    meta,
    lines: page.lines.map((line) => ({ ...line, text: toSimplified(line.text) })),
    tables: page.tables.map((table) => ({
      ...table,
      rows: table.rows.map((row) => ({ ...row, cells: row.cells.map((cell) => ({ ...cell, text: toSimplified(cell.text) })) })),
    })),
    attachments: page.attachments.map((link) => ({ ...link, text: toSimplified(link.text) })),
  };
}
