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
  /** Whether an element may have attributes: false only where it has none (an adapter that cannot tell cheaply says true). */
  hasAttributes(node: N): boolean;
  /** The first child and the next sibling, null past the last: the walk goes from one to the next (a live NodeList is slower to index). */
  firstChild(node: N): N | null;
  nextSibling(node: N): N | null;
  /** Character data of a text or comment node. */
  data(node: N): string;
  /** What a form control shows: an <input>'s or <textarea>'s current value, a <select>'s chosen option's text. */
  value(node: N): string;
}

/** Where a run of a line's characters sits in a text node: line[lineStart, lineStart+length) = node.data[nodeStart, …). */
export interface TextPiece<N> { node: N; nodeStart: number; lineStart: number; length: number }

/** Where a line's characters [start, end) sit in the page: one range of a text node for each node they run across. */
export function nodeRanges<N>(pieces: readonly TextPiece<N>[], start: number, end: number): { node: N; start: number; end: number }[] {
  const out: { node: N; start: number; end: number }[] = [];
  // The pieces are in order and apart: the first that ends after `start` is found by halves (a joined line has thousands).
  let from = 0, to = pieces.length;
  while (from < to) {
    const mid = (from + to) >> 1, p = pieces[mid]!;
    if (p.lineStart + p.length <= start) from = mid + 1;
    else to = mid;
  }
  for (let k = from; k < pieces.length && pieces[k]!.lineStart < end; k++) {
    const piece = pieces[k]!;
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
  /** A cell of a table laid out as text (document/text-table.ts): its characters in the text node `node`. */
  range?: { start: number; end: number };
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
  /** A table laid out as lines of text, which document/text-table.ts made a table of. */
  text?: true;
  /** …and that table is a pre-2019 统计表 (a figure a row), which the legacy reader reads. */
  statistics?: true;
}

/** A link to an attached document, `before` its line as `images` counts lines. */
export interface AttachmentLink<N> { href: string; text: string; node: N; before: number }

/** A document the page embeds (an <iframe>, <object> or <embed>): its address as written, null for an iframe's srcdoc. */
export interface EmbeddedDocument { src: string | null; before: number }

export interface PageModel<N> {
  title: string;
  /** <meta name=… content=…>, names lower-cased (portals publish ArticleTitle, PubDate, ContentSource…). */
  meta: Record<string, string>;
  /**
   * The address the browser noted when saving the page (`<!-- saved from url=(0061)http://… -->` outside
   * <html>), as written; null for a page not so saved.
   */
  savedFrom: string | null;
  lines: Line<N>[];
  tables: RawTable<N>[];
  /** Links to attached documents (PDF, Word, WPS, Excel). */
  attachments: AttachmentLink<N>[];
  /** Where the page shows an image big enough to be a table or a scan: the number of lines before it. */
  images: number[];
  /** Where the page embeds another document big enough to be an article's part, `before` its lines as `images` counts them. */
  embeds: EmbeddedDocument[];
  /** Inline scripts that write the article's pager (TRS's createPageHTML): a saved page has only them. */
  pagerScripts: string[];
  /**
   * Where hidden elements (inline display:none, the hidden attribute) hold tables, the page read again with them
   * shown: a portal's script hides the tab it does not show first (the 文字版 under a 全真版 PDF viewer).
   */
  hidden?: () => PageModel<N>;
  /** In that reading, the hidden elements read as shown: the extension shows them to take a reader to a cell in one. */
  shownHidden?: N[];
}

/**
 * The pages of one article that the portal splits over several, joined in page order into one page model,
 * as though the article were printed on one page: the frame every page repeats around the article (the
 * portal's header, the title and date line above it; its tools, related links and footer under it) is kept
 * once, the first page's above and the last page's under, and the pager at the article's edges (lines
 * `isPager` accepts) is left out: between two pages, it would cut a table or a sentence that runs on.
 * The title, <meta> and saved-from address are the first page's; every line and table still points at its own page's nodes.
 */
export function joinPages<N>(pages: readonly PageModel<N>[], isPager: (line: string) => boolean = () => false): PageModel<N> {
  const joined: PageModel<N> = {
    title: pages[0]!.title, meta: pages[0]!.meta, savedFrom: pages[0]!.savedFrom, lines: [], tables: [], attachments: [], images: [], embeds: [], pagerScripts: [],
  };
  const texts = pages.map((page) => page.lines.map((l) => l.text.replace(/\s+/g, '')));
  pages.forEach((page, k) => {
    const kept = articleLines(texts, k, (i) => isPager(page.lines[i]!.text));
    // Where each line of the page goes in the joined page: after the lines already joined and this page's kept before it.
    const placed = [joined.lines.length];
    kept.forEach((keep, i) => placed.push(placed[i]! + (keep ? 1 : 0)));
    // A table of the frame (a menu, a footer's) goes with its lines; a layout table around both keeps the article's.
    const tableAt = new Map<number, number>();
    page.tables.forEach((t, i) => {
      const inArticle = t.firstLine === t.endLine ? kept[t.firstLine] ?? kept[t.firstLine - 1] ?? true : kept.slice(t.firstLine, t.endLine).includes(true);
      if (!inArticle) return;
      tableAt.set(i, joined.tables.length);
      joined.tables.push({ ...t, parent: tableAt.get(t.parent) ?? -1, firstLine: placed[t.firstLine]!, endLine: placed[t.endLine]! });
    });
    page.lines.forEach((l, i) => { if (kept[i]) joined.lines.push(l.table < 0 ? l : { ...l, table: tableAt.get(l.table)! }); });
    // An image or a frame stands before line i: it is the article's where that line (or, at the end, the last) is.
    const inArticle = (i: number) => kept[i] ?? kept[i - 1] ?? true;
    joined.images.push(...page.images.filter(inArticle).map((i) => placed[i]!));
    joined.embeds.push(...page.embeds.filter((e) => inArticle(e.before)).map((e) => ({ ...e, before: placed[e.before]! })));
    joined.attachments.push(...page.attachments.filter((a) => !joined.attachments.some((b) => b.href === a.href)).map((a) => ({ ...a, before: placed[a.before]! })));
    joined.pagerScripts.push(...page.pagerScripts);
  });
  return joined;
}

/**
 * Which lines of page `k` are the article's: not the frame the other pages repeat above it (where page k
 * is not the first) or under it (where it is not the last), nor the pager between the article and that frame.
 */
function articleLines(texts: readonly string[][], k: number, isPager: (line: number) => boolean): boolean[] {
  const own = texts[k]!;
  const others = texts.filter((_, j) => j !== k);
  const n = own.length;
  let head = k === 0 ? 0 : Math.max(0, ...others.map((other) => sameFrom(own, other, 1)));
  let tail = n - Math.max(0, ...others.map((other) => sameFrom(own, other, -1)));
  // Frames that meet leave no article between them: a page the same as another but for a line keeps all.
  if (head > tail) [head, tail] = [0, n];
  let end = tail;
  while (end > head && isPager(end - 1)) end--;
  while (head < end && k > 0 && isPager(head)) head++;
  const last = k === texts.length - 1;
  return own.map((_, i) => i >= head && (i < end || (last && i >= tail)));
}

/** How many lines two pages have the same from their top (step 1) or from their bottom (step -1). */
function sameFrom(a: readonly string[], b: readonly string[], step: 1 | -1): number {
  let same = 0;
  while (same < a.length && same < b.length && a[step > 0 ? same : a.length - 1 - same] === b[step > 0 ? same : b.length - 1 - same]) same++;
  return same;
}
