// A report in a frame as tall as itself (portals size the article's <iframe> to its content, and the outer page scrolls):
// the frame's own window is as tall as the report, so a panel fixed in it would stand at the frame's top and scroll away
// with it. The panel is held to the part of the frame the outer window shows, followed as the outer page scrolls. Only a
// frame of the page's own origin can see where it stands (another's keeps the panel at its own top).

/** Holds the panel in `host` (through its --grl-top and --grl-bottom) to the part of this frame in view; gives the release. */
export function holdToView(host: HTMLElement): () => void {
  let frame: Element | null = null;
  try {
    frame = window.frameElement;
  } catch { /* a frame of another origin than its parent's */ }
  if (!frame) return () => {};
  const outer = window.parent;
  const place = () => {
    const top = frame.getBoundingClientRect().top + frame.clientTop;
    const bottom = Math.min(window.innerHeight, outer.innerHeight - top);
    host.style.setProperty('--grl-top', `${Math.max(0, -top)}px`);
    host.style.setProperty('--grl-bottom', `${Math.max(0, window.innerHeight - bottom)}px`);
  };
  place();
  const listeners = new AbortController();
  const options = { passive: true, signal: listeners.signal };
  outer.addEventListener('scroll', place, options);
  outer.addEventListener('resize', place, options);
  window.addEventListener('resize', place, options);
  return () => listeners.abort();
}
