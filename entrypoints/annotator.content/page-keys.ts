// The panel's keys that work from the page too, unless the page was using them: Esc closes the panel, n / p go through
// the chosen finding's places (a figure clicked on the page chose it, the focus left there). Not in the page's search box
// or other field, nor with its own dialog open, nor when a script of its own handled the key. The panel's other keys
// (j / k, ?) stay the page's. Keys in the panel are the panel's (Panel.tsx): they never reach the page.
import { isMarked } from './marks.ts';

/** What a key the page left alone asks of the panel. */
export type PanelKey = 'close' | 'next-place' | 'previous-place';

const KEYS: Record<string, PanelKey> = { Escape: 'close', n: 'next-place', p: 'previous-place' };

/** What a keydown that reached the page's window asks of the panel, if anything: one pressed on a marked cell always asks. */
export function panelKeyOnPage(e: KeyboardEvent): PanelKey | null {
  const key = KEYS[e.key];
  // Esc while an input method composes cancels the composition; with a modifier, a key is a shortcut of the page's or the browser's.
  if (!key || e.isComposing || e.ctrlKey || e.altKey || e.metaKey) return null;
  // The element focused, inside a shadow root of the page's own too.
  const focused = e.composedPath()[0];
  const element = focused !== undefined && (focused as Node).nodeType === 1 ? focusedIn(focused as Element) : null;
  if (element && isMarked(element)) return key;
  if (e.defaultPrevented || (element && isField(element))) return null;
  return dialogOpen(element?.ownerDocument ?? document) ? null : key;
}

/** A form field or editable text, where Esc clears, reverts or closes the field's own list, and letters are typed. */
const isField = (element: Element) =>
  ['input', 'textarea', 'select'].includes(element.localName) || (element as HTMLElement).isContentEditable === true;

// A <dialog> open (an image preview, a login box), modal or not, or a script's own modal box (aria-modal) shown: Esc closes it.
function dialogOpen(doc: Document): boolean {
  if (doc.querySelector('dialog[open]')) return true;
  return [...doc.querySelectorAll('[aria-modal="true"]')].some((box) => (box as Element & { checkVisibility?: () => boolean }).checkVisibility?.() ?? true);
}

/**
 * The element focused in `host`'s closed shadow root, and in those within it: the key's path stops at the host, and a letter
 * typed in a field there (a web component's search box) was taken for the panel's and lost. The extension alone sees in
 * (Chromium's chrome.dom, Firefox's Element.openOrClosedShadowRoot); `host` itself where neither does or none is closed.
 */
function focusedIn(host: Element): Element {
  let element = host;
  for (let root = closedRootOf(element); root?.activeElement; root = closedRootOf(element)) element = root.activeElement;
  return element;
}

function closedRootOf(element: Element): ShadowRoot | null {
  if (element.shadowRoot) return null; // an open one: the key's path went in already
  const firefox = (element as Element & { openOrClosedShadowRoot?: () => ShadowRoot | null }).openOrClosedShadowRoot;
  if (firefox) return firefox.call(element);
  const chromium = (globalThis.chrome?.dom as Partial<typeof chrome.dom> | undefined)?.openOrClosedShadowRoot;
  return chromium && element instanceof HTMLElement ? chromium(element) : null;
}
