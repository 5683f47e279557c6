import { isWhiteSpace } from '../text/normalize.ts';
import { COMMENT, ELEMENT, TEXT, type AttachmentLink, type Line, type EmbeddedDocument, type NodeAccess, type PageModel, type RawCell, type RawRow, type RawTable, type TextPiece } from './model.ts';

// What the walk does with an element, looked up once per element (one Map lookup instead of several
// set and string tests: the walk meets every element of the page).
const SKIP = 1; // content a reader never sees as page text
const BLOCK = 2; // starts and ends a line of text
const TABLE = 4;
const ROW = 8;
const CELL = 16;
const BREAK = 32;
const LINK = 64;
const TITLE = 128;
const META = 256;
const IMAGE = 512;
const SCRIPT = 1024; // a superscript or subscript: in a cell, a footnote mark
const CODE = 2048; // a <script>: skipped, but a pager script's text is kept
const CONTROL = 4096; // a form control: in a cell, what it shows is the cell's text
const EMBED = 8192; // another document shown in the page; an <object>'s content is only its fallback
const ROLES = new Map<string, number>([
  ['script', SKIP | CODE],
  ...['style', 'noscript', 'template', 'svg', 'math', 'button', 'canvas', 'video', 'audio'].map((tag) => [tag, SKIP] as const),
  ...['iframe', 'object', 'embed'].map((tag) => [tag, EMBED] as const),
  ...['input', 'textarea', 'select'].map((tag) => [tag, CONTROL] as const),
  ...['address', 'article', 'aside', 'blockquote', 'center', 'dd', 'div', 'dl', 'dt', 'fieldset',
    'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li',
    'main', 'nav', 'ol', 'p', 'pre', 'section', 'tbody', 'thead', 'tfoot', 'ul', 'caption', 'body',
    'html'].map((tag) => [tag, BLOCK] as const),
  ['table', BLOCK | TABLE], ['tr', BLOCK | ROW], ['td', BLOCK | CELL], ['th', BLOCK | CELL],
  ['br', BREAK], ['a', LINK], ['title', TITLE], ['meta', META], ['img', IMAGE], ['sup', SCRIPT], ['sub', SCRIPT],
]);
// The <input> types that show a value as text (no type, or one a browser does not know, is text).
const NOT_TEXT_INPUT = new Set(['hidden', 'checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'file', 'password', 'color', 'range']);
// An image (or an embedded document) this small by its width or height attribute is an icon, a spacer or a button, not a table.
const SMALL_IMAGE = 80;
// TRS's pager scripts (createPageHTML, countPage): the saved page shows no pager until they run. A script is
// searched for the 'Page' both names hold first: rare elsewhere, and found ~8× quicker than the pattern is tried.
const PAGER_SCRIPT = /createPageHTML|countPage/;
// The note IE and Chrome write atop a page they save: the length of the address in characters, then the address.
const SAVED_FROM = /^\s*saved from url=\(\d+\)(\S+)/i;
const ATTACHMENT = /\.(pdf|docx?|wps|xlsx?|et|ofd)(?:[?#]|$)/i;
const NO_PAGE = /^(?:javascript|about):/i;
const HIDDEN_STYLE = /(?:^|;)\s*display\s*:\s*none/i;
const WORD_PLACEHOLDER = /mso-cell-special\s*:\s*placeholder/i;
// A box placed on its own (PDF converters set each cell or line of a page so, in <span>s too): a line of its own,
// or the cells of a row run together into one number (33 2 0 → 3320).
const POSITIONED = /(?:^|;)\s*position\s*:\s*absolute/i;
// What ends a line (Walker.breakLine): a block's end or a blank line (0), a <br> or a newline between text
// (BY_BREAK), a newline in the white space next to a tag (BY_LAYOUT: the source's layout, `text<br>\n`).
const BY_BREAK = 1, BY_LAYOUT = 2;
const BLANK = 1, BLANK_LINE = 2; // what blankness() finds

/**
 * A cell being read. The white space and line breaks after its latest text wait in `gap` and join
 * the text only when more text follows: a cell's trailing breaks (most cells end in one, from a <p>)
 * then never cost a string.
 */
interface OpenCell<N> { cell: RawCell<N>; table: number; gap: string }
interface OpenTable<N> { index: number; row: RawRow<N> | null }

/**
 * Reads the page (the document node: cheerio's root or the DOM's document) once, depth first, into lines
 * and raw tables. Never writes to the tree. Hidden elements (the `hidden` attribute, inline `display:none`)
 * are left out, as a reader never sees them; those that hold a table are read where `revealTables` says so
 * (a tab the portal's script hid: the 文字版 beside a 全真版 viewer), and else offered by the page's `hidden`.
 */
export function walkPage<N>(access: NodeAccess<N>, doc: N, revealTables = false): PageModel<N> {
  const walker = new Walker(access, revealTables);
  for (let node = access.firstChild(doc); node !== null; node = access.nextSibling(node)) {
    // Browsers write their note of where they saved the page outside <html>, where no article's comment stands.
    if (access.kind(node) === COMMENT) walker.savedFrom ??= SAVED_FROM.exec(access.data(node))?.[1] ?? null;
    else walker.visit(node);
  }
  walker.endLine();
  const page: PageModel<N> = { title: walker.title.trim(), meta: walker.meta, savedFrom: walker.savedFrom, lines: walker.lines, tables: walker.tables, attachments: walker.attachments, images: walker.images, embeds: walker.embeds, pagerScripts: walker.pagerScripts };
  if (walker.hiddenTables.length > 0) {
    if (revealTables) page.shownHidden = walker.hiddenTables;
    else page.hidden = () => walkPage(access, doc, true);
  }
  return page;
}

/** Whether an element holds a <table> (or is one). */
function holdsTable<N>(access: NodeAccess<N>, node: N): boolean {
  if (access.tag(node) === 'table') return true;
  for (let child = access.firstChild(node); child !== null; child = access.nextSibling(child)) {
    if (access.kind(child) === ELEMENT && holdsTable(access, child)) return true;
  }
  return false;
}

// The walk's state in one object: fields read and written on every node are quicker than the
// context variables that closures would share.
class Walker<N> {
  readonly lines: Line<N>[] = [];
  readonly tables: RawTable<N>[] = [];
  readonly attachments: AttachmentLink<N>[] = [];
  readonly images: number[] = [];
  readonly embeds: EmbeddedDocument[] = [];
  readonly pagerScripts: string[] = [];
  readonly meta: Record<string, string> = {};
  savedFrom: string | null = null;
  title = '';
  private readonly tableStack: OpenTable<N>[] = [];
  private readonly cellStack: OpenCell<N>[] = [];
  private current: Line<N> | null = null;
  private currentHasText = false;
  // How deep the walk is in links to other pages, and how many of the current line's characters are such a link's.
  private inLink = 0;
  private linkChars = 0;
  // What ended the latest line of text, if a soft break (BY_BREAK, BY_LAYOUT) with no block boundary nor blank line since.
  private softBreak = 0;
  // Inside a Word list item's number (<!--[if !supportLists]-->二、<span 7pt>…</span><!--[endif]-->): see addText.
  private inListNumber = false;
  // Whether hidden elements that hold a table are read, and those met (left out, or read where revealTables).
  private readonly revealTables: boolean;
  readonly hiddenTables: N[] = [];
  private readonly access: NodeAccess<N>;

  constructor(access: NodeAccess<N>, revealTables: boolean) {
    this.access = access;
    this.revealTables = revealTables;
  }

  endLine(): void {
    const line = this.current;
    if (line && this.currentHasText) {
      if (this.linkChars > 0 && this.linkChars * 2 > line.text.trim().length) line.link = true;
      this.lines.push(line);
    }
    this.current = null;
    this.currentHasText = false;
    this.linkChars = 0;
    this.softBreak = 0;
    this.inListNumber = false;
  }

  // The stacks' tops are read with at(-1): on an empty stack (outside tables: most of a page, on every
  // node) stack[stack.length - 1] reads index -1, a property V8 looks up the slow way, at ~50 ns a read.

  // Rows and cells inside a cell of the same table (broken markup, no nested <table>) are that cell's content.
  private inCellOf(table: number): boolean {
    return this.cellStack.at(-1)?.table === table;
  }

  private appendToCell(separator: string): void {
    const open = this.cellStack.at(-1);
    if (open) open.gap += separator;
  }

  /**
   * Ends the line `by` a <br>, a newline (BY_BREAK, BY_LAYOUT) or the end of a block (0). A second break
   * with no text since is a blank line, a paragraph's end (<br><br>, "…\n\n…"); the source's layout around a
   * break (`<br>\n`, `\n<br>`) is no second.
   */
  private breakLine(by: number): void {
    let broken = 0;
    if (by === BY_LAYOUT) broken = this.currentHasText ? BY_LAYOUT : this.softBreak;
    else if (by === BY_BREAK && (this.currentHasText || this.softBreak === BY_LAYOUT)) broken = BY_BREAK;
    this.endLine();
    this.softBreak = broken;
    this.appendToCell('\n');
  }

  private addText(node: N, data: string): void {
    // Word wraps its source lines anywhere, also in the spacer after a list item's number (二、<span 7pt>&nbsp;\n</span>):
    // there a newline is a space, and the number stays on its item's line. Same length: the pieces' offsets hold.
    if (this.inListNumber) data = data.replaceAll('\n', ' ');
    // White space between tags (most text nodes of a page) makes no line of its own.
    const blank = blankness(data);
    if (blank === BLANK_LINE) { this.breakLine(BY_LAYOUT); return; }
    if (blank === BLANK) {
      if (this.current) { this.current.text += ' '; this.appendToCell(' '); }
      return;
    }
    // A newline in the source text ends a line too: dumps and editors put one item per line.
    // A newline before the node's first text or after its last is in the white space next to a tag.
    const firstText = textAt(data, 0, data.length);
    let start = 0;
    for (;;) {
      const nl = data.indexOf('\n', start);
      const end = nl < 0 ? data.length : nl;
      if (end > start) {
        const cell = this.cellStack.at(-1);
        const piece = start === 0 && end === data.length ? data : data.slice(start, end);
        const current = this.current;
        const at: TextPiece<N> = { node, nodeStart: start, lineStart: current ? current.text.length : 0, length: end - start };
        // Most lines are one piece: an array literal holds exactly it, where push() on [] would reserve 17 slots.
        if (current) { current.pieces.push(at); current.text += piece; }
        else this.current = { text: piece, pieces: [at], table: cell ? cell.table : -1, cellTextLength: 0, afterSoftBreak: this.softBreak !== 0 };
        if (!this.currentHasText && textAt(data, start, end) >= 0) this.currentHasText = true;
        if (this.inLink > 0) this.linkChars += end - start;
        if (cell) {
          cell.cell.text += cell.gap ? cell.gap + piece : piece;
          cell.gap = '';
        }
      }
      if (nl < 0) break;
      this.breakLine(nl > firstText && textAt(data, nl + 1, data.length) >= 0 ? BY_BREAK : BY_LAYOUT);
      start = nl + 1;
    }
  }

  visit(node: N): void {
    const access = this.access;
    const kind = access.kind(node);
    if (kind === TEXT) { this.addText(node, access.data(node)); return; }
    if (kind === COMMENT) { this.readComment(access.data(node)); return; }
    if (kind !== ELEMENT) return;
    const role = ROLES.get(access.tag(node)) ?? 0;
    if (role & (SKIP | TITLE | META)) {
      if (role & CODE) {
        const code = textOf(access, node);
        if (code.includes('Page') && PAGER_SCRIPT.test(code)) this.pagerScripts.push(code);
      }
      if (role & TITLE && !this.title) this.title = textOf(access, node);
      if (role & META) readMeta(access, node, this.meta);
      return;
    }
    // Most elements of a portal's lists have no attribute (<li>, <span>): asked once, not for each.
    const attributed = access.hasAttributes(node);
    const style = attributed ? access.attr(node, 'style') : null;
    if (attributed && (access.attr(node, 'hidden') != null || (style !== null && style.includes('none') && HIDDEN_STYLE.test(style)))) {
      if (!holdsTable(access, node)) return;
      this.hiddenTables.push(node);
      if (!this.revealTables) return;
    }
    if (role & BREAK) { this.breakLine(BY_BREAK); return; }
    if (role & CONTROL) { this.addControl(node); return; }
    if (role & (IMAGE | EMBED)) {
      if (isSmall(access.attr(node, 'width')) || isSmall(access.attr(node, 'height'))) return;
      if (role & IMAGE) this.images.push(this.lines.length);
      else this.addEmbed(node);
      return;
    }
    // A link to another page (a list's item, a menu; a portal's opened by a script, onclick with or without
    // href); an attached document's is the article's own, and an <a> that goes nowhere else (Word's bookmarks
    // <a name="OLE_LINK1">, href="#", a script's without onclick) is no link.
    let toPage = false;
    if (role & LINK) {
      const href = attributed ? access.attr(node, 'href') : null;
      if (href && ATTACHMENT.test(href)) this.attachments.push({ href, text: textOf(access, node).trim(), node, before: this.lines.length });
      else toPage = attributed && (access.attr(node, 'onclick') !== null || (href !== null && this.leavesPage(href)));
    }
    const block = (role & BLOCK) !== 0 || (style !== null && style.includes('absolute') && POSITIONED.test(style));
    if (block) this.endLine();

    const { lines, tables, tableStack, cellStack } = this;
    if (role & TABLE) {
      const index = tables.length;
      tables.push({ node, rows: [], parent: tableStack.at(-1)?.index ?? -1, firstLine: lines.length, endLine: lines.length });
      tableStack.push({ index, row: null });
      this.visitChildren(node);
      this.endLine();
      tableStack.pop();
      tables[index]!.endLine = lines.length;
      this.unwrapCell(index);
      return;
    }
    const open = tableStack.at(-1);
    if (role & ROW && open && !this.inCellOf(open.index)) {
      // Word's last row (<![if !supportMisalignedColumns]><tr height=0>): empty cells that only set the
      // columns' widths, never seen; read, they would be a row of blank figures.
      if (access.attr(node, 'height') === '0') return;
      const row: RawRow<N> = { cells: [], node };
      tables[open.index]!.rows.push(row);
      const outer = open.row;
      open.row = row;
      this.visitChildren(node);
      this.endLine();
      open.row = outer;
      return;
    }
    if (role & CELL && open?.row && !this.inCellOf(open.index)) {
      const cell: RawCell<N> = {
        text: '', node,
        rowspan: spanOf(access.attr(node, 'rowspan')),
        colspan: spanOf(access.attr(node, 'colspan')),
      };
      if (style !== null && style.includes('mso-cell-special') && WORD_PLACEHOLDER.test(style)) cell.placeholder = true;
      const stored = access.attr(node, 'x:num');
      if (stored) { const value = Number(stored); if (Number.isFinite(value)) cell.stored = value; }
      open.row.cells.push(cell);
      const openCell: OpenCell<N> = { cell, table: open.index, gap: '' };
      cellStack.push(openCell);
      const firstLine = lines.length;
      this.visitChildren(node);
      this.endLine();
      cellStack.pop();
      cell.text += trimEndNewlines(openCell.gap);
      for (let i = firstLine; i < lines.length; i++) {
        if (lines[i]!.table === open.index) lines[i]!.cellTextLength = cell.text.length;
      }
      return;
    }
    if (role & SCRIPT && cellStack.length > 0) { this.visitScript(node, cellStack[cellStack.length - 1]!); return; }
    if (toPage) this.inLink++;
    this.visitChildren(node);
    if (toPage) this.inLink--;
    if (block) this.breakLine(0);
  }

  // Word's conditional comments around a list item's number, which every browser shows as text.
  private readComment(data: string): void {
    if (data === '[if !supportLists]') this.inListNumber = true;
    else if (data === '[endif]') this.inListNumber = false;
  }

  // Whether following the href shows another page: not a place in this page, a script (one run on a click may
  // open one: onclick is asked apart), nor this page's own saved address.
  private leavesPage(href: string): boolean {
    const to = href.trim();
    if (!to || to.startsWith('#') || NO_PAGE.test(to)) return false;
    return to.split('#', 1)[0] !== this.savedFrom;
  }

  /**
   * A form control in a table cell: what it shows is the cell's text. Reports generated from a form print
   * each figure so (<td><input value="42"></td>). It makes no line: a control's value is no sentence,
   * and outside a cell (a search box) no text of the page at all.
   */
  private addControl(node: N): void {
    const open = this.cellStack.at(-1);
    if (!open) return;
    const access = this.access;
    if (access.tag(node) === 'input' && NOT_TEXT_INPUT.has(access.attr(node, 'type')?.trim().toLowerCase() ?? '')) return;
    // Trimmed: parsers differ on a <textarea>'s leading newline (happy-dom keeps it), and a figure has no white space to keep.
    const value = access.value(node).trim();
    if (!value) return;
    open.cell.text += open.gap + value;
    open.gap = '';
  }

  /** An embedded document of HTML (a frame's srcdoc, or an address with no type but HTML's), which the walk does not enter. */
  private addEmbed(node: N): void {
    const access = this.access;
    const tag = access.tag(node);
    const srcdoc = tag === 'iframe' ? access.attr(node, 'srcdoc') : null;
    if (srcdoc !== null) {
      if (srcdoc.trim()) this.embeds.push({ src: null, before: this.lines.length });
      return;
    }
    const src = access.attr(node, tag === 'object' ? 'data' : 'src')?.trim();
    const type = access.attr(node, 'type')?.trim().toLowerCase();
    if (src && (!type || type.startsWith('text/html') || type === 'application/xhtml+xml')) this.embeds.push({ src, before: this.lines.length });
  }

  /**
   * A table of one cell inside a cell (editors wrap a cell's figure so) is that cell's content: its text
   * and lines are the enclosing cell's.
   */
  private unwrapCell(index: number): void {
    const table = this.tables[index]!;
    const open = this.cellStack.at(-1);
    if (!open || table.rows.length !== 1 || table.rows[0]!.cells.length !== 1) return;
    const inner = table.rows[0]!.cells[0]!;
    if (inner.text) {
      open.cell.text += open.gap + inner.text;
      open.gap = '';
    }
    for (let i = table.firstLine; i < table.endLine; i++) if (this.lines[i]!.table === index) this.lines[i]!.table = open.table;
  }

  // A cell's superscript keeps its place in the cell's text and is noted, so that figure reading can
  // tell a footnote mark (1<sup>1</sup>) from the figure's own digits.
  private visitScript(node: N, open: OpenCell<N>): void {
    const start = open.cell.text.length + open.gap.length;
    this.visitChildren(node);
    if (open.cell.text.length > start) (open.cell.scripts ??= []).push(start, open.cell.text.length);
  }

  private visitChildren(node: N): void {
    const access = this.access;
    for (let child = access.firstChild(node); child !== null; child = access.nextSibling(child)) this.visit(child);
  }
}

/**
 * Whether the text is only spaces, tabs and line breaks (the white space between tags), and if so whether
 * it holds a newline (BLANK_LINE) or not (BLANK); else 0. One pass over the text for both answers.
 */
function blankness(text: string): number {
  let blank = BLANK;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) blank = BLANK_LINE;
    else if (c !== 32 && c !== 9 && c !== 13 && c !== 12) return 0;
  }
  return blank;
}

/**
 * Where text[from, to) has its first character that is not white space as /\s/ reads it, or -1. A loop: a regex
 * call costs more than the few characters it reads, on every text node of the page.
 */
function textAt(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (!isWhiteSpace(text.charCodeAt(i))) return i;
  return -1;
}

function trimEndNewlines(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** A span attribute as the HTML table model reads it: a non-negative integer; 0 stays 0 (grid.ts decides). */
function spanOf(value: string | null): number {
  if (value == null) return 1;
  const n = parseInt(value.trim(), 10);
  return Number.isFinite(n) && n >= 0 ? n : 1;
}

function readMeta<N>(access: NodeAccess<N>, node: N, meta: Record<string, string>): void {
  const name = access.attr(node, 'name') ?? access.attr(node, 'property');
  const content = access.attr(node, 'content');
  if (name && content != null) meta[name.toLowerCase()] = content;
}

function textOf<N>(access: NodeAccess<N>, node: N): string {
  const kind = access.kind(node);
  if (kind === TEXT) return access.data(node);
  if (kind !== ELEMENT) return '';
  let out = '';
  for (let child = access.firstChild(node); child !== null; child = access.nextSibling(child)) out += textOf(access, child);
  return out;
}

/** A width or height attribute ("16", "16px") below SMALL_IMAGE; a missing or relative one is not small. */
function isSmall(size: string | null): boolean {
  const n = size === null ? NaN : parseFloat(size);
  return n < SMALL_IMAGE && !size!.includes('%');
}
