// Room for the panel beside the page. A fixed panel over the right of the window would hide the very
// cells a finding jumps to (report tables often span the page's width): while it is open, the page is
// laid out in the width the panel leaves, as a browser's own side panel does, and the browser's scrolling
// to a figure (scroll-padding) keeps clear of the panel; a page a little wider than that width is zoomed out to fit.
// One <style>, changed as the panel is resized or collapsed; remove() takes it away, leaving the page as it was.
import { PAGE_MIN_WIDTH } from '../../components/Panel.tsx';

export interface Room { remove(): void }

// The smallest the page is zoomed out to fit beside the panel: a browser's own 80% step, its text still read with ease.
const MIN_ZOOM = 0.8;

/** `panel`: the panel's box; `collapsed` tells whether it is folded to its tab (which leaves the page its whole width). */
export function makeRoom(doc: Document, panel: Element, collapsed: () => boolean): Room {
  const style = doc.createElement('style');
  style.setAttribute('data-grl-room', '');
  (doc.head ?? doc.documentElement).append(style);
  const root = doc.documentElement;
  // The panel's own element is in the page: it keeps its size however the page is zoomed (panel.css).
  const host = (panel.getRootNode() as ShadowRoot).host;
  const zooms = typeof CSS !== 'undefined' && CSS.supports('zoom', '0.5');
  // Lengths on the root are zoomed with it: each is divided by the zoom to stay the panel's width on screen.
  const lay = (width: number, beside: boolean, zoom = 1) => {
    // Padding, not margin: on a page wider than what is left (a fixed-width table), a root as wide as its
    // content (fit-content) with the padding after it lets the page scroll its last column clear of the panel.
    const room = beside ? ` padding-right: ${width / zoom}px !important; width: fit-content !important;` : '';
    const zoomed = zoom === 1 ? '' : ` zoom: ${zoom} !important;`;
    style.textContent = `@media screen { html { scroll-padding-right: ${width / zoom}px !important;${room}${zoomed} }${zoomed && ` ${host.localName} { --grl-unzoom: ${1 / zoom}; }`} }`;
  };
  const fit = () => {
    const width = collapsed() ? 0 : Math.ceil(panel.getBoundingClientRect().width);
    // In a window too narrow for both, the page keeps its width under the panel rather than shrink to a strip.
    const beside = width > 0 && window.innerWidth - width >= PAGE_MIN_WIDTH;
    lay(width, beside);
    if (!beside || !zooms) return;
    // A page a little wider than what is left (a Word table of 605 px beside 604) would be laid out that wide,
    // every line of its text running under the panel: zoomed out to fit, where that leaves it readable.
    const zoom = Math.floor(((root.clientWidth - width) / (root.getBoundingClientRect().width - width)) * 1000) / 1000;
    if (zoom < 1 && zoom >= MIN_ZOOM) lay(width, beside, zoom);
  };
  fit();
  const observer = new ResizeObserver(fit);
  observer.observe(panel);
  window.addEventListener('resize', fit);
  return {
    remove() {
      observer.disconnect();
      window.removeEventListener('resize', fit);
      style.remove();
    },
  };
}
