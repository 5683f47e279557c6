// Room for the panel beside the page. A fixed panel over the right of the window would hide the very
// cells a finding jumps to (report tables often span the page's width): while it is open, the page is
// laid out in the width the panel leaves, as a browser's own side panel does, and the browser's scrolling
// to a figure (scroll-padding) keeps clear of the panel. A page a little wider than that width is zoomed out
// to fit; one far wider for its tables has those tables scroll sideways in their own box, its text wrapped beside the panel.
// One <style>, changed as the panel is resized or collapsed, and an attribute on each table boxed; remove() takes
// them away, leaving the page as it was. Every change of layout keeps the reader's place: the text at the top of the view stays there.
import { PAGE_MIN_WIDTH } from '../../components/Panel.tsx';

export interface Room { remove(): void }

// The smallest the page is zoomed out to fit beside the panel: a browser's own 80% step, its text still read with ease.
const MIN_ZOOM = 0.8;
const WIDE = 'data-grl-wide';

/** `panel`: the panel's box; `collapsed` tells whether it is folded to its tab (which leaves the page its whole width). */
export function makeRoom(doc: Document, panel: Element, collapsed: () => boolean): Room {
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
    + ' overflow-x: auto !important; contain: inline-size !important; }';
  /** `fit`: the root as wide as its content, else as wide as the room. */
  const lay = (width: number, beside: boolean, { fit = true, zoom = 1 } = {}) => {
    // Lengths on the root are zoomed with it: each is divided by the zoom to stay the panel's width on screen.
    // Padding, not margin: on a page wider than what is left (a fixed-width table), a root as wide as its
    // content (fit-content) with the padding after it lets the page scroll its last column clear of the panel.
    const room = beside ? ` padding-right: ${width / zoom}px !important;${fit ? ' width: fit-content !important;' : ''}` : '';
    const zoomed = zoom === 1 ? '' : ` zoom: ${zoom} !important;`;
    style.textContent = `@media screen { html { scroll-padding-right: ${width / zoom}px !important;${room}${zoomed} }`
      + `${zoomed && ` ${host.localName} { --grl-unzoom: ${1 / zoom}; }`} ${boxed} }`;
  };
  let wide: Element[] = [];
  const unbox = () => {
    for (const table of wide) table.removeAttribute(WIDE);
    wide = [];
  };
  /** Boxes the tables that run out of their container when the page is laid out as wide as the room; true if there were any. */
  const box = (width: number) => {
    lay(width, true, { fit: false });
    // A table holding tables is the page's frame, its text in it: the innermost tables alone are the report's.
    wide = [...doc.querySelectorAll('table')].filter((table) => !table.querySelector('table')
      && table.getBoundingClientRect().right > contentRight(table.parentElement) + 1);
    for (const table of wide) table.setAttribute(WIDE, '');
    lay(width, true);
    return wide.length > 0;
  };
  const layOut = () => {
    unbox();
    const width = collapsed() ? 0 : Math.ceil(panel.getBoundingClientRect().width);
    // In a window too narrow for both, the page keeps its width under the panel rather than shrink to a strip.
    const beside = width > 0 && window.innerWidth - width >= PAGE_MIN_WIDTH;
    lay(width, beside);
    if (!beside) return;
    const room = root.clientWidth - width;
    const content = () => root.getBoundingClientRect().width - width;
    const laid = content();
    if (laid <= room + 1) return;
    // A page a little wider than what is left (a Word table of 605 px beside 604) would be laid out that wide,
    // every line of its text running under the panel: zoomed out to fit, where that leaves it readable.
    const zoom = Math.floor((room / laid) * 1000) / 1000;
    if (zooms && zoom >= MIN_ZOOM) return lay(width, beside, { zoom });
    // Far wider for its tables (a 150% zoom leaves 480 px beside the panel), its tables scroll sideways and its text wraps beside the
    // panel; far wider for anything else (a frame of fixed width), it stays as wide, to be scrolled sideways clear of the panel.
    if (box(width) && content() <= room + 1) return;
    unbox();
    lay(width, beside);
  };
  const fit = () => keepingPlace(doc, layOut);
  fit();
  const observer = new ResizeObserver(fit);
  observer.observe(panel);
  window.addEventListener('resize', fit);
  return {
    remove() {
      observer.disconnect();
      window.removeEventListener('resize', fit);
      keepingPlace(doc, () => {
        unbox();
        style.remove();
      });
    },
  };
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

/** The right edge, in the viewport, of the content box of `element`, or of its nearest block where it is inline. */
function contentRight(element: Element | null): number {
  while (element && getComputedStyle(element).display.startsWith('inline')) element = element.parentElement;
  if (!element) return Infinity;
  const style = getComputedStyle(element);
  return element.getBoundingClientRect().right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
}
