// Room for the panel beside the page. A fixed panel over the right of the window would hide the very
// cells a finding jumps to (report tables often span the page's width): while it is open, the page is
// laid out in the width the panel leaves, as a browser's own side panel does, and the browser's scrolling
// to a figure (scroll-padding) keeps clear of the panel. A page a little wider than that width is zoomed out
// to fit; one far wider for its tables has those tables scroll sideways in their own box, its text wrapped beside the panel;
// one far wider for a frame of fixed width around the report (a portal's 1200 px 版心, its column of links beside
// the article) has the report alone fitted, the page scrolled sideways to it; in a window too narrow to fit it readably
// (a 1200 px portal in half of a 1920 px screen), the report's own column is narrowed to the room, its text rewrapped
// and its wide tables boxed. A boxed table that scrolls sideways keeps its rows' names in view at its left, as a
// spreadsheet's frozen columns, wrapped where they would take most of its box. The page's own fixed bars and toolbars
// the panel would cover stand left of it, as its flow does, a column of buttons only where the page is laid out clear of
// it (never onto the report's text). One <style>, changed as the panel is resized or collapsed, and an attribute on each
// table boxed, each row name kept in view and each fixed element moved; remove() takes them away, leaving the page as
// it was. Every change of layout keeps the reader's place: the text at the top of the view stays there, and closing
// gives the page back the sideways scroll it had.
import { PAGE_MIN_WIDTH } from '../../components/Panel.tsx';

export interface Room {
  /** Lays the page out again, for the report's figures as `report` now gives them (the panel opens before the page is read). */
  fit(): void;
  remove(): void;
}

// The smallest the page is zoomed out to fit beside the panel: a browser's own 80% step, its text still read with ease.
const MIN_ZOOM = 0.8;
// The margin kept on either side of the report when it alone is fitted beside the panel.
const MARGIN = 16;
const WIDE = 'data-grl-wide';
const MOVED = 'data-grl-moved';
const FITTED = 'data-grl-fitted';
const LABEL = 'data-grl-label';
// The most of a boxed table's width its rows' names kept in view may take, the rest left to its figures: wider (表三's
// names in nowrap cells, 600 px in a box of 460), they wrap in that share.
const LABEL_SHARE = 0.4;
// The shades inside a boxed table's edges where its columns are cut.
const CUT_RIGHT = 'inset -14px 0 12px -12px rgba(0, 0, 0, 0.5)';
const CUT_LEFT = 'inset 14px 0 12px -12px rgba(0, 0, 0, 0.5)';
// The widest a fixed element at the window's right edge can be for the page to be laid out clear of it, moved left of
// the panel: a column of buttons; a wider box (a chat window, an advertisement) is moved over the page instead.
const COLUMN = 120;

/**
 * `panel`: the panel's box; `collapsed` tells whether it is folded to its tab (which leaves the page its whole width);
 * `report` gives the nodes the report's figures were read from on this page, `rowLabels` the cells naming the rows of a
 * table the report was read from (none for any other).
 */
export function makeRoom(
  doc: Document, panel: Element, collapsed: () => boolean, report: () => readonly Node[], rowLabels: (table: Element) => readonly Node[],
): Room {
  const style = doc.createElement('style');
  style.setAttribute('data-grl-room', '');
  (doc.head ?? doc.documentElement).append(style);
  const root = doc.documentElement;
  // The panel's own element is in the page: it keeps its size however the page is zoomed (panel.css).
  const host = (panel.getRootNode() as ShadowRoot).host;
  const zooms = typeof CSS !== 'undefined' && CSS.supports('zoom', '0.5');
  // A boxed table is as wide as its container, whatever its own width or its columns': its columns scroll inside
  // it (contain: the page's width no longer follows its content).
  const boxed = `[${WIDE}] { display: block !important; width: auto !important; min-width: 0 !important; max-width: 100% !important;`
    + ' overflow-x: auto !important; contain: inline-size !important; }'
    // Its only scrollbar is at its foot, often out of view: a shade inside the edge where columns are cut tells it scrolls,
    // at the right before it is scrolled, at both between, at the left at its end (where the browser ties it to the scrolling;
    // not important, which would win over the animation).
    + ` [${WIDE}] { box-shadow: ${CUT_RIGHT}; }`
    + ' @supports (animation-timeline: scroll()) { @keyframes grl-cut { from { box-shadow: ' + CUT_RIGHT + '; }'
    + ` 50% { box-shadow: ${CUT_RIGHT}, ${CUT_LEFT}; } to { box-shadow: ${CUT_LEFT}; } }`
    + ` [${WIDE}] { animation: grl-cut linear both !important; animation-timeline: scroll(self inline) !important; } }`;
  // The rules that move the page's fixed elements clear of the panel, by their MOVED attribute; the zoom laid out last.
  let moves = '';
  // The rule narrowing the report's own column to the room, where it is.
  let narrowed = '';
  // The rules keeping the boxed tables' row names in view.
  let labels = '';
  let zoomedBy = 1;
  let laidAs: Parameters<typeof lay> = [0, false];
  /**
   * `width`: what to leave at the right, on screen; `fit`: the root as wide as its content, else as wide as the room;
   * `extent`, where the page is not `beside` the panel: how far it reaches across, to have room after that to scroll its
   * right edge clear of the panel (an empty box of the root's own, placed there: no padding or width of the root's would
   * leave its layout as it was).
   */
  const lay = (width: number, beside: boolean, { fit = true, zoom = 1, extent = 0 } = {}) => {
    // Lengths on the root are zoomed with it: each is divided by the zoom to stay the panel's width on screen.
    // Padding, not margin: on a page wider than what is left (a fixed-width table), a root as wide as its
    // content (fit-content) with the padding after it lets the page scroll its last column clear of the panel.
    const room = beside ? ` padding-right: ${width / zoom}px !important;${fit ? ' width: fit-content !important;' : ''}` : '';
    const after = extent ? ` html::after { content: "" !important; position: absolute !important; top: 0 !important; left: ${extent + width - 1}px !important;`
      + ' width: 1px !important; height: 1px !important; pointer-events: none !important; }' : '';
    const zoomed = zoom === 1 ? '' : ` zoom: ${zoom} !important;`;
    const text = `@media screen { html { scroll-padding-right: ${width / zoom}px !important;${room}${zoomed} }${after}`
      + `${zoomed && ` ${host.localName} { --grl-unzoom: ${1 / zoom}; }`} ${boxed}${narrowed}${labels}${moves} }`;
    // The same style set again would still have the whole page laid out anew.
    if (style.textContent !== text) style.textContent = text;
    zoomedBy = zoom;
    laidAs = [width, beside, { fit, zoom, extent }];
  };
  const relay = () => lay(...laidAs);
  let wide: Element[] = [];
  let column: Element | null = null;
  let labelled: Element[] = [];
  const unbox = () => {
    for (const table of wide) table.removeAttribute(WIDE);
    wide = [];
    for (const cell of labelled) cell.removeAttribute(LABEL);
    labelled = [];
    labels = '';
    column?.removeAttribute(FITTED);
    column = null;
    narrowed = '';
  };
  /** Boxes those of `tables` (the innermost: a table holding tables is the page's frame) that run out of their container. */
  const boxWide = (tables: Iterable<Element>) => {
    const out = [...tables].filter((table) => !table.querySelector('table')
      && table.getBoundingClientRect().right > contentRight(table.parentElement) + 1);
    for (const table of out) table.setAttribute(WIDE, String(wide.push(table)));
  };
  /**
   * Keeps the row names of each boxed table that scrolls sideways in view at its left (sticky, on the page's background),
   * wrapped in LABEL_SHARE of its box where they are wider, and a figure scrolled to in the box clear of them (scroll-padding).
   */
  const stickLabels = () => {
    const tables = wide.flatMap((table, i) => {
      if (table.scrollWidth <= table.clientWidth + 1) return [];
      const cells = rowLabels(table).filter((cell): cell is Element => cell instanceof Element && table.contains(cell));
      const at = cells.map((cell) => {
        const n = labelled.push(cell);
        cell.setAttribute(LABEL, String(n));
        return n;
      });
      return cells.length ? [{ table, key: i + 1, cells, at }] : [];
    });
    if (tables.length === 0) return;
    const wraps = tables.map(({ table, key, cells, at }) => {
      const share = (table.clientWidth * LABEL_SHARE) / Math.max(...cells.map((cell) => spanIn(table, cell).right));
      return share >= 1 ? '' : ` [${WIDE}="${key}"] [${LABEL}], [${WIDE}="${key}"] [${LABEL}] * { white-space: normal !important; }`
        + cells.map((cell, i) => {
          const width = (cell.getBoundingClientRect().width * share).toFixed(1);
          return ` [${LABEL}="${at[i]}"] { width: ${width}px !important; min-width: ${width}px !important; max-width: ${width}px !important; box-sizing: border-box !important; }`;
        }).join('');
    }).join('');
    labels = wraps;
    relay();
    labels = wraps + tables.map(({ table, key, cells, at }) => {
      const spans = cells.map((cell) => spanIn(table, cell));
      return ` [${WIDE}="${key}"] { scroll-padding-left: ${Math.max(...spans.map((span) => span.right))}px !important; }`
        + cells.map((cell, i) => ` [${LABEL}="${at[i]}"] { position: sticky !important; left: ${spans[i]!.left}px !important; z-index: 1 !important;`
          + `${hasBackground(cell) ? '' : ` background-color: ${backgroundBehind(cell)} !important;`} }`).join('');
    }).join('');
    relay();
  };
  // The widest room boxing the tables left the page too wide for, in a window of that size, with that many tables: the page
  // is too wide for a narrower room too (its narrowest layout, not the room, decides), so it is not laid out boxed again.
  let unfitting = { page: '', room: 0 };
  const pageNow = () => `${window.innerWidth}x${window.innerHeight} ${doc.getElementsByTagName('table').length}`;
  /** Boxes the tables that run out of their container when the page is laid out as wide as the room; true if there were any. */
  const box = (width: number) => {
    lay(width, true, { fit: false });
    boxWide(doc.querySelectorAll('table'));
    lay(width, true);
    return wide.length > 0;
  };
  /** The zoom at which `wide` fits in `room` (a thousandth under it); 0 where the browser cannot zoom a page and it does not fit. */
  const fitting = (room: number, wide: number) => (zooms || wide <= room ? Math.floor((room / wide) * 1000) / 1000 : 0);
  /** Scrolls the page sideways the least that shows `span` with its margins in `room` (back left, if it was scrolled before). */
  const scrollToSpan = (span: Span, room: number) => {
    const margin = MARGIN * zoomedBy;
    window.scrollBy({ left: span.right + margin > room ? span.right + margin - room : Math.min(0, span.left - margin), behavior: 'instant' });
  };
  /** Lays the page out in the window but `width` at its right; false where its report still runs under what is at the right. */
  const layPage = (width: number): boolean => {
    lay(width, true);
    const room = root.clientWidth - width;
    const content = () => root.getBoundingClientRect().width - width;
    const laid = content();
    if (laid <= room + 1) return true;
    // A page a little wider than what is left (a Word table of 605 px beside 604) would be laid out that wide,
    // every line of its text running under the panel: zoomed out to fit, where that leaves it readable.
    const zoom = fitting(room, laid);
    if (zoom >= MIN_ZOOM) {
      lay(width, true, { zoom });
      return true;
    }
    // Far wider for its tables (a 150% zoom leaves 480 px beside the panel), its tables scroll sideways and its text wraps beside the panel.
    const page = pageNow();
    if (!(unfitting.page === page && room <= unfitting.room) && box(width)) {
      if (content() <= room + 1) return true;
      unfitting = { page, room };
    }
    unbox();
    lay(width, true);
    // Far wider for a frame of fixed width around the report (a portal's 1200 px 版心 in a 1280 px window): the report
    // alone is fitted, zoomed out as a page is where that leaves it readable, and the page scrolled sideways to it, what
    // the frame holds beside it (a column of links) out of view to its left. Far wider still, it stays as wide, to be
    // scrolled sideways clear of the panel.
    const block = blockOf(doc, report());
    if (!block) return false;
    const span = spanOf(block);
    const reportZoom = fitting(room, span.right - span.left + 2 * MARGIN);
    if (reportZoom >= MIN_ZOOM) {
      lay(width, true, { zoom: Math.min(reportZoom, 1) });
      scrollToSpan(spanOf(block), room);
      return true;
    }
    // Too narrow a window for that (960 px: 540 px beside the panel for a 920 px article), the report's own column (the
    // smallest element holding its figures) is narrowed to the room, unzoomed, its text rewrapped and its wide tables boxed.
    if (block === root || room <= 2 * MARGIN) return false;
    column = block;
    column.setAttribute(FITTED, '');
    narrowed = ` [${FITTED}] { width: ${room - 2 * MARGIN}px !important; min-width: 0 !important; max-width: none !important;`
      + ' box-sizing: border-box !important; }';
    lay(width, true);
    boxWide(block.querySelectorAll('table'));
    lay(width, true);
    scrollToSpan(spanOf(block), room);
    return true;
  };
  let moved: Element[] = [];
  const unmove = () => {
    for (const element of moved) element.removeAttribute(MOVED);
    moved = [];
    moves = '';
  };
  const panelWidth = () => (collapsed() ? 0 : Math.ceil(panel.getBoundingClientRect().width));
  // The last scan for fixed elements under the panel: where it began, what it found, in a window of what size.
  let scanned = { window: '', edge: 0, found: [] as Element[], at: -Infinity };
  let rescan: number | undefined;
  /** `resizing`: only the panel's width or the window's changed since the last layout (a drag of the panel's edge, each frame). */
  const layOut = (resizing: boolean) => {
    const width = panelWidth();
    laidFor = sizes(width);
    unbox();
    unmove();
    if (width === 0) return lay(width, false);
    // In a window too narrow for both, the page keeps its width under the panel rather than shrink to a strip, and has room
    // after it: a figure at its right edge (表三's 总计 in a 700 px window) can still be scrolled clear of the panel.
    if (window.innerWidth - width < PAGE_MIN_WIDTH) {
      lay(width, false);
      return lay(width, false, { extent: root.scrollWidth });
    }
    // The page's fixed elements under the panel, where they stand unzoomed. A bar across the window is to end where the panel
    // begins; any other (a column of buttons at the window's right: 无障碍, 长者, 纠错, 顶部) is moved left of the panel, and
    // where it is no wider than a column of buttons, the page is laid out clear of it too.
    lay(width, true);
    const edge = window.innerWidth - width;
    // A scan hit-tests the whole panel's area (a few hundred points): while the panel is resized, the last scan's elements
    // are moved, and the page scanned again once the resizing stops, unless the last scan found none and the panel narrowed.
    const size = `${window.innerWidth}x${window.innerHeight}`;
    window.clearTimeout(rescan);
    // An opening lays the page out twice, for the panel and then for the report read (its layout, not the page's fixed
    // elements): the second takes the first's scan, made a moment before in the same window.
    const recent = performance.now() - scanned.at < SCAN_KEPT && scanned.window === size && scanned.edge === edge;
    if ((!resizing && !recent) || scanned.window !== size) scanned = { window: size, edge, found: fixedUnder(doc, host, edge), at: performance.now() };
    else if (resizing && (scanned.found.length > 0 || edge < scanned.edge)) rescan = window.setTimeout(() => fit(), RESCAN_AFTER);
    moved = scanned.found.filter((element) => element.isConnected);
    const boxes = moved.map((element) => element.getBoundingClientRect());
    // An element's own translate (a toast centred by translate: -50%) is kept, the move added to it.
    const translates = moved.map((element) => getComputedStyle(element).translate);
    const columns = boxes.filter((b) => b.left > 1).map((b) => window.innerWidth - b.left).filter((reach) => reach <= COLUMN);
    const column = Math.max(0, ...columns);
    const room = edge - column >= PAGE_MIN_WIDTH ? width + column : width;
    // A column of buttons moved onto a page that still runs under the panel would stand on the report's text: it stays.
    const fits = layPage(room);
    const bar = (i: number) => boxes[i]!.left <= 1;
    // In the zoomed page's own lengths: on screen, divided by the zoom.
    moves = moved.map((element, i) => {
      if (!fits && !bar(i)) return '';
      element.setAttribute(MOVED, String(i));
      const rule = bar(i)
        ? `max-width: ${edge / zoomedBy}px !important; box-sizing: border-box !important;`
        : `translate: ${movedBy(translates[i]!, -width / zoomedBy)} !important;`;
      return ` [${MOVED}="${i}"] { ${rule} }`;
    }).join('');
    if (moves) lay(room, true, { zoom: zoomedBy });
    stickLabels();
  };
  const fit = () => keepingPlace(doc, () => layOut(false));
  // What the page was last laid out for: the panel's width (0 folded) and the window's size.
  let laidFor = '';
  const sizes = (width = panelWidth()) => `${width} ${window.innerWidth}x${window.innerHeight}`;
  // A resize observer reports the panel's size once as it starts observing, and a window's resize may leave both as they
  // were: each would lay the heavy page out again for nothing.
  const resized = () => {
    if (sizes() !== laidFor) keepingPlace(doc, () => layOut(true));
  };
  // Closing gives the page back the sideways scroll it had: fitting the report may scroll it sideways.
  const sideways = window.scrollX;
  fit();
  const observer = new ResizeObserver(resized);
  observer.observe(panel);
  window.addEventListener('resize', resized);
  return {
    fit,
    remove() {
      observer.disconnect();
      window.removeEventListener('resize', resized);
      window.clearTimeout(rescan);
      keepingPlace(doc, () => {
        unbox();
        unmove();
        style.remove();
        window.scrollTo({ left: sideways, behavior: 'instant' });
      });
    },
  };
}

// How long after the panel's last resize the page is scanned again for fixed elements under it: a drag's frames come faster.
const RESCAN_AFTER = 200;
// How long a scan for fixed elements stands for a layout that is no resizing: a hit test after a change of layout has the
// browser bring the whole page's painting up to date first (a scan 0.1–0.2 s on a 1 MB page), and an opening's two layouts come this close.
const SCAN_KEPT = 2000;

/** `own` (a computed translate: none, or x [y [z]], each a length or a calc(…)) with `dx` px added across. */
function movedBy(own: string, dx: number): string {
  const [x = '0px', y = '0px', z] = own === 'none' ? [] : own.match(/(?:calc\([^)]*\)|[^\s(])+/g) ?? [];
  return `calc(${x} + ${dx}px) ${y}${z ? ` ${z}` : ''}`;
}

// The step of the grid of points fixedUnder tries: a button of a toolbar is larger (a hit test costs 0.1 ms on a heavy portal page).
const GRID = 32;

/**
 * The page's fixed elements (each outermost one) under the part of the window right of `edge`, where the panel is,
 * the panel's own `host` left out: what hit tests at a grid of points over that part find.
 */
function fixedUnder(doc: Document, host: Element, edge: number): Element[] {
  const seen = new Set<Element>();
  const fixed: Element[] = [];
  for (let y = 2; y < window.innerHeight; y += GRID) {
    for (let x = window.innerWidth - 2; x > edge; x -= GRID) {
      for (const element of doc.elementsFromPoint(x, y)) {
        if (seen.has(element) || element === host) continue;
        seen.add(element);
        if (getComputedStyle(element).position === 'fixed') fixed.push(element);
      }
    }
  }
  return fixed.filter((element) => !fixed.some((other) => other !== element && other.contains(element)));
}

/**
 * Runs `change` to the page's layout, then scrolls the text that was at the top of the view back to where it stood: the
 * text rewraps in the width the panel leaves, moving the reader's line far up or down, and the browser's own scroll
 * anchoring gives up where the tables' display changes (boxed, unboxed).
 */
function keepingPlace(doc: Document, change: () => void) {
  const line = lineAtTop(doc);
  const top = line?.getBoundingClientRect().top;
  change();
  if (!line || top === undefined) return;
  const moved = line.getBoundingClientRect().top - top;
  if (Math.abs(moved) >= 1) window.scrollBy({ top: moved, behavior: 'instant' });
}

/**
 * The first character of the page's text met going down the left of the view (clear of the panel on the right) from its
 * top, in its upper half, or null. A point between lines or in a margin has no text: the next one down is tried.
 */
function lineAtTop(doc: Document): Range | null {
  for (let y = 4; y < window.innerHeight / 2; y += 8) {
    for (const x of [40, window.innerWidth / 4]) {
      const caret = doc.caretPositionFromPoint?.(x, y);
      if (!(caret?.offsetNode instanceof Text) || caret.offsetNode.length === 0) continue;
      const text = caret.offsetNode;
      const range = doc.createRange();
      range.setStart(text, Math.min(caret.offset, text.length - 1));
      range.setEnd(text, range.startOffset + 1);
      // The caret nearest a point past a line's end, or below a block's text, is not at the point.
      const { top, bottom } = range.getBoundingClientRect();
      if (top <= y && bottom >= y) return range;
    }
  }
  return null;
}

interface Span { left: number; right: number }

/** The smallest element of `doc` holding all of `nodes` (the article), or null for no node. */
function blockOf(doc: Document, nodes: readonly Node[]): Element | null {
  let block: Element | null = null;
  for (const node of nodes) {
    const element = node.nodeType === Node.ELEMENT_NODE ? node as Element : node.parentElement;
    if (!element || element.ownerDocument !== doc || !element.isConnected) continue;
    if (!block) block = element;
    while (block && !block.contains(element)) block = block.parentElement;
  }
  return block;
}

/**
 * Where the report's `block` shows across the page, in the viewport, with its tables where they run out of it, as far
 * as the boxes around them let them show.
 */
function spanOf(block: Element): Span {
  const spans = [block, ...block.querySelectorAll('table')].map(shownSpan);
  return { left: Math.min(...spans.map((span) => span.left)), right: Math.max(...spans.map((span) => span.right)) };
}

/** The part across the viewport of `element`'s box that the boxes it is in show: a portal's frame often clips what runs out of it (overflow: hidden). */
function shownSpan(element: Element): Span {
  let { left, right } = element.getBoundingClientRect();
  for (let box = element.parentElement; box && box !== element.ownerDocument.body; box = box.parentElement) {
    if (getComputedStyle(box).overflowX === 'visible') continue;
    const clip = box.getBoundingClientRect();
    left = Math.max(left, clip.left);
    right = Math.min(right, clip.right);
  }
  return { left, right: Math.max(left, right) };
}

/** Where `cell` stands across its boxed `table`'s content, however far the box is scrolled: a sticky left offset. */
function spanIn(table: Element, cell: Element): Span {
  const box = table.getBoundingClientRect(), own = cell.getBoundingClientRect();
  const left = own.left - box.left - table.clientLeft + table.scrollLeft;
  return { left, right: left + own.width };
}

const isTransparent = (colour: string) => colour === 'transparent' || /^rgba\(.*,\s*0\)$/.test(colour);
const hasBackground = (element: Element) => !isTransparent(getComputedStyle(element).backgroundColor);

/** The colour the page paints behind `element`: its nearest ancestor's own background, else a browser's white. */
function backgroundBehind(element: Element): string {
  for (let e = element.parentElement; e; e = e.parentElement) if (hasBackground(e)) return getComputedStyle(e).backgroundColor;
  return 'white';
}

/** The right edge, in the viewport, of the content box of `element`, or of its nearest block where it is inline. */
function contentRight(element: Element | null): number {
  while (element && getComputedStyle(element).display.startsWith('inline')) element = element.parentElement;
  if (!element) return Infinity;
  const style = getComputedStyle(element);
  return element.getBoundingClientRect().right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
}
