// Where the reader was on the page as the panel opened. A finding's jump takes the page elsewhere; closing the panel takes
// it back, unless the reader scrolled the page themselves since the last jump (or since the panel opened): by the wheel,
// a touch, a key that scrolls or moves the focus, the scrollbar or the middle button's autoscroll. What the annotator
// scrolls for them (a jump, the page laid out beside the panel) is none of theirs.

export interface ReaderPlace {
  /** A jump took the page elsewhere: the reader's own scrolling counts from now. */
  jumped(): void;
  /** The panel closed: back to where the reader was if `back` and they have not scrolled since; the listening ends either way. */
  leave(back: boolean): void;
}

// Space and the arrows scroll the page; Tab moves the focus, and the page with it.
const SCROLL_KEYS = new Set([' ', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End', 'Tab']);

/** `panel`: the panel's host element, whose own scrolling and keys are no page's. */
export function readerPlace(panel: Element): ReaderPlace {
  const root = document.documentElement;
  const at = { left: window.scrollX, top: window.scrollY };
  let scrolled = false;
  const listeners = new AbortController();
  // Captured on the window: before the panel keeps its keys to itself, and before the page can stop them.
  const heard = (e: Event, scrolls: boolean) => { if (e.isTrusted && scrolls && !e.composedPath().includes(panel)) scrolled = true; };
  const options = { capture: true, passive: true, signal: listeners.signal };
  window.addEventListener('wheel', (e) => heard(e, true), options);
  window.addEventListener('touchmove', (e) => heard(e, true), options);
  window.addEventListener('keydown', (e) => heard(e, SCROLL_KEYS.has(e.key)), options);
  // The page's scrollbar is the root's, right of and below its client area.
  window.addEventListener('pointerdown', (e) => heard(e, e.button === 1
    || (e.target === root && (e.clientX >= root.clientWidth || e.clientY >= root.clientHeight))), options);
  return {
    jumped: () => { scrolled = false; },
    leave(back) {
      if (!back || scrolled) return listeners.abort();
      const home = () => window.scrollTo({ ...at, behavior: 'instant' });
      home();
      // An instant scroll that cuts a jump's smooth one short is moved on once more by it (Chrome): back again in the next frame.
      requestAnimationFrame(() => {
        if (!scrolled) home();
        listeners.abort();
      });
    },
  };
}
