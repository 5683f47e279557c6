// Room for the panel beside the page. A fixed panel over the right of the window would hide the very
// cells a finding jumps to (report tables often span the page's width): while it is open, the page is
// laid out in the width the panel leaves, as a browser's own side panel does, and the browser's scrolling
// to a figure (scroll-padding) keeps clear of the panel. One <style>, changed as the panel is resized or collapsed; remove()
// takes it away, leaving the page as it was.
import { PAGE_MIN_WIDTH } from '../../components/Panel.tsx';

export interface Room { remove(): void }

/** `panel`: the panel's box; `collapsed` tells whether it is folded to its tab (which leaves the page its whole width). */
export function makeRoom(doc: Document, panel: Element, collapsed: () => boolean): Room {
  const style = doc.createElement('style');
  style.setAttribute('data-grl-room', '');
  (doc.head ?? doc.documentElement).append(style);
  const fit = () => {
    const width = collapsed() ? 0 : Math.ceil(panel.getBoundingClientRect().width);
    // In a window too narrow for both, the page keeps its width under the panel rather than shrink to a strip.
    const beside = width > 0 && window.innerWidth - width >= PAGE_MIN_WIDTH;
    // Padding, not margin: on a page wider than what is left (a fixed-width table), a root as wide as its
    // content (fit-content) with the padding after it lets the page scroll its last column clear of the panel.
    const room = beside ? ` padding-right: ${width}px !important; width: fit-content !important;` : '';
    style.textContent = `@media screen { html { scroll-padding-right: ${width}px !important;${room} } }`;
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
