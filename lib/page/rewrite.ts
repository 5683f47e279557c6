// A page with its texts rewritten, its nodes and shape unchanged: what the traditional-character reading, the
// variants unified, and the cutting of a mirror's pinyin and of its stray commas all do.
import type { Line, PageModel, RawCell, TextPiece } from './model.ts';

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

/**
 * The page with what `pattern` (global) matches cut out of its texts (a mirror's pinyin, its stray commas); nodes
 * unchanged: a line's pieces are cut around what is taken out, so that the lines keep pointing at their nodes, and
 * a cell's superscripts move with their characters.
 */
export function cutFromPage<N>(page: PageModel<N>, pattern: RegExp): PageModel<N> {
  const strip = (text: string) => text.replace(pattern, '');
  const cutsIn = (text: string): Cut[] => [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length] as const);
  const line = (l: Line<N>): Line<N> => {
    const cuts = cutsIn(l.text);
    return cuts.length === 0 ? l : { ...l, text: strip(l.text), pieces: piecesWithout(l.pieces, cuts) };
  };
  const cell = (c: RawCell<N>): RawCell<N> => {
    const text = strip(c.text);
    return !c.scripts || text.length === c.text.length ? { ...c, text } : { ...c, text, scripts: scriptsWithout(c.scripts, cutsIn(c.text)) };
  };
  return rewritePage(page, strip, line, cell);
}

type Cut = readonly [number, number];
/** Where an offset into the old text stands in the new one: less what was cut before it. */
const movedBy = (cuts: Cut[], at: number) => at - cuts.reduce((n, [a, b]) => n + Math.max(0, Math.min(b, at) - a), 0);

function piecesWithout<N>(pieces: readonly TextPiece<N>[], cuts: Cut[]): TextPiece<N>[] {
  const out: TextPiece<N>[] = [];
  for (const piece of pieces) {
    // The piece's characters outside the cuts, each run a piece of its own.
    let from = piece.lineStart;
    const end = piece.lineStart + piece.length;
    for (const [a, b] of [...cuts.filter(([a, b]) => b > from && a < end), [end, end] as const]) {
      const to = Math.min(a, end);
      if (to > from) out.push({ node: piece.node, nodeStart: piece.nodeStart + (from - piece.lineStart), lineStart: movedBy(cuts, from), length: to - from });
      from = Math.max(from, b);
    }
  }
  return out;
}

/** A cell's superscripts moved with their characters; one that was all cut goes. */
function scriptsWithout(scripts: readonly number[], cuts: Cut[]): number[] | undefined {
  const out: number[] = [];
  for (let i = 0; i < scripts.length; i += 2) {
    const start = movedBy(cuts, scripts[i]!), end = movedBy(cuts, scripts[i + 1]!);
    if (end > start) out.push(start, end);
  }
  return out.length > 0 ? out : undefined;
}
