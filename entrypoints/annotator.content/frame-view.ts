// A report in a frame as tall as itself (portals size the article's <iframe> to its content, and the outer page scrolls):
// the frame's own window is as tall as the report, so a panel fixed in it would stand at the frame's top and scroll away
// with it. The panel is held to the part of the frame the outer window shows, followed as the outer page scrolls. Only a
// frame of the page's own origin can see where it stands (another's keeps the panel at its own top).

/** The least height the panel keeps, however little of the frame is in view. */
const MIN_HEIGHT = 320;

/** Holds the panel in `host` (through its --grl-top and --grl-bottom) to the part of this frame in view; gives the release. */
export function holdToView(host: HTMLElement): () => void {
  let frame: Element | null = null;
  try {
    frame = window.frameElement;
  } catch { /* a frame of another origin than its parent's */ }
  if (!frame) return () => {};
  const outer = window.parent;
  const place = () => {
    const { start, end } = heldSpan(frame.getBoundingClientRect().top + frame.clientTop, window.innerHeight, outer.innerHeight);
    host.style.setProperty('--grl-top', `${start}px`);
    host.style.setProperty('--grl-bottom', `${window.innerHeight - end}px`);
  };
  place();
  const listeners = new AbortController();
  const options = { passive: true, signal: listeners.signal };
  // Captured on the document: a portal that scrolls the frame in a box of its own sends no scroll to its window.
  outer.document.addEventListener('scroll', place, { ...options, capture: true });
  outer.addEventListener('resize', place, options);
  window.addEventListener('resize', place, options);
  return () => listeners.abort();
}

/**
 * The span of the frame, in its own coordinates, the panel stands over: the part the outer window shows, where the frame's
 * top stands at `top` in it. Where too little is in view (its top below the fold, or its end scrolling off), the panel
 * keeps a usable height, from the frame's top or up to where its part in view ends, rather than shrinking to nothing.
 */
export function heldSpan(top: number, height: number, outerHeight: number): { start: number; end: number } {
  const clamp = (y: number) => Math.min(height, Math.max(0, y));
  let start = clamp(-top), end = clamp(outerHeight - top);
  const least = Math.min(MIN_HEIGHT, height);
  if (end - start < least) {
    if (start === 0) end = least;
    else start = Math.max(0, (end = Math.max(end, start)) - least);
  }
  return { start, end };
}
