// The page as the engine sees it: text lines and raw tables, each piece pointing back to the node it
// came from. Built in one pass by walk.ts over either tree (live DOM or cheerio); nothing else in
// lib/ touches the tree, so both worlds run the same engine.

export const ELEMENT = 1;
export const TEXT = 3;
export const COMMENT = 8;
export const OTHER = 0;
export type NodeKind = typeof ELEMENT | typeof TEXT | typeof COMMENT | typeof OTHER;

/** Read-only access to one kind of tree. The two adapters (dom-source.ts, cheerio-source.ts) implement it. */
export interface NodeAccess<N> {
  /** ELEMENT, TEXT (CDATA too), COMMENT or OTHER: numbers, as the DOM's nodeType, so the walk's hottest test is cheap. */
  kind(node: N): NodeKind;
  /** Lower-case tag name of an element. */
  tag(node: N): string;
  attr(node: N, name: string): string | null;
  children(node: N): ArrayLike<N>;
  /** Character data of a text or comment node. */
  data(node: N): string;
}

/** Where a run of a line's characters sits in a text node: line[lineStart, lineStart+length) = node.data[nodeStart, …). */
export interface TextPiece<N> { node: N; nodeStart: number; lineStart: number; length: number }

/** Where a line's characters [start, end) sit in the page: one range of a text node for each node they run across. */
export function nodeRanges<N>(pieces: readonly TextPiece<N>[], start: number, end: number): { node: N; start: number; end: number }[] {
  const out: { node: N; start: number; end: number }[] = [];
  for (const piece of pieces) {
    const lo = Math.max(start, piece.lineStart), hi = Math.min(end, piece.lineStart + piece.length);
    if (lo >= hi) continue;
    const shift = piece.nodeStart - piece.lineStart;
    out.push({ node: piece.node, start: lo + shift, end: hi + shift });
  }
  return out;
}

export interface Line<N> {
  /** Raw text of the line (white space kept, so offsets map back to the nodes). */
  text: string;
  pieces: TextPiece<N>[];
  /** Index in PageModel.tables of the innermost table holding this line, or -1. */
  table: number;
  /** Length of the text of the innermost table cell holding this line (0 outside tables). */
  cellTextLength: number;
  /**
   * The line goes on from the line before it across a <br> or a newline in the text, with no block
   * boundary nor blank line between: the same paragraph, and perhaps the same sentence (editors and Word wrap lines so).
   */
  afterSoftBreak?: boolean;
  /**
   * Most of the line's text is a link's to another page (a list's item, a menu, a breadcrumb; an attached
   * document's link is the article's own): no heading nor signature of the article's.
   */
  link?: true;
}

export interface RawCell<N> {
  /** Text of the cell, lines joined by "\n"; nested tables excluded. */
  text: string;
  rowspan: number;
  colspan: number;
  node: N;
  /**
   * Where the cell sets text as a superscript or subscript (a footnote mark: 1<sup>1</sup>): offsets
   * into `text`, [start, end, start, end…]. Absent in cells that have none (nearly all).
   */
  scripts?: number[];
  /**
   * Word's `mso-cell-special:placeholder`: a cell Word adds at a row's edge where its rows do not line
   * up, holding nothing. It keeps its place in the grid but is no cell of the table.
   */
  placeholder?: true;
  /**
   * The number Excel stored for the cell (`x:num="0"` of a page Excel saved), where the cell shows it in a
   * format that prints no digits: the accounting format's "-" for 0. Absent elsewhere.
   */
  stored?: number;
}

export interface RawRow<N> { cells: RawCell<N>[]; node: N }

export interface RawTable<N> {
  node: N;
  rows: RawRow<N>[];
  /** Index of the table this one is nested in, or -1. */
  parent: number;
  /** Lines before this table's first line: lines[0 … firstLine) come before it in the page. */
  firstLine: number;
  /** One past the table's last line. */
  endLine: number;
}

export interface AttachmentLink<N> { href: string; text: string; node: N }

/**
 * Where the page says it is, each as written, the first of its kind: the address a browser noted when
 * saving it (`<!-- saved from url=(0061)http://… -->` outside <html>), and, before the page's first text
 * (its head: a link in the article names another page), `<link rel="canonical">` and `<base href>`.
 * og:url is in `meta`.
 */
export interface PageAddresses { savedFrom?: string; canonical?: string; base?: string }

export interface PageModel<N> {
  title: string;
  /** <meta name=… content=…>, names lower-cased (portals publish ArticleTitle, PubDate, ContentSource…). */
  meta: Record<string, string>;
  addresses: PageAddresses;
  lines: Line<N>[];
  tables: RawTable<N>[];
  /** Links to attached documents (PDF, Word, WPS, Excel). */
  attachments: AttachmentLink<N>[];
  /** Where the page shows an image big enough to be a table or a scan: the number of lines before it. */
  images: number[];
  /** Inline scripts that write the article's pager (TRS's createPageHTML): a saved page has only them. */
  pagerScripts: string[];
}

/**
 * The pages of one article that the portal splits over several, joined in page order into one page model,
 * as though the article were printed on one page with each page's frame (header, pager, footer) in turn.
 * The title, <meta> and addresses are the first page's; every line and table still points at its own page's nodes.
 */
export function joinPages<N>(pages: readonly PageModel<N>[]): PageModel<N> {
  const joined: PageModel<N> = { title: pages[0]!.title, meta: pages[0]!.meta, addresses: pages[0]!.addresses, lines: [], tables: [], attachments: [], images: [], pagerScripts: [] };
  for (const page of pages) {
    const lineShift = joined.lines.length;
    const tableShift = joined.tables.length;
    joined.lines.push(...page.lines.map((l) => (l.table < 0 ? l : { ...l, table: l.table + tableShift })));
    joined.tables.push(...page.tables.map((t) => ({
      ...t, parent: t.parent < 0 ? -1 : t.parent + tableShift, firstLine: t.firstLine + lineShift, endLine: t.endLine + lineShift,
    })));
    joined.images.push(...page.images.map((i) => i + lineShift));
    joined.attachments.push(...page.attachments);
    joined.pagerScripts.push(...page.pagerScripts);
  }
  return joined;
}
