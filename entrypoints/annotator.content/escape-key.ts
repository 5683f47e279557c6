// Esc pressed on the page closes the panel, unless the page was using it: to clear its search box, to close its own
// dialog, or handled by a script of its own. Esc in the panel is the panel's (Panel.tsx): its keys never reach the page.
import { isMarked } from './marks.ts';

/** Whether an Esc keydown that reached the page's window closes the panel: one pressed on a marked cell always does. */
export function escapeClosesPanel(e: KeyboardEvent): boolean {
  // Esc while an input method composes cancels the composition.
  if (e.key !== 'Escape' || e.isComposing) return false;
  // The element focused, inside a shadow root of the page's own too.
  const focused = e.composedPath()[0];
  const element = focused !== undefined && (focused as Node).nodeType === 1 ? focused as Element : null;
  if (element && isMarked(element)) return true;
  if (e.defaultPrevented || (element && isField(element))) return false;
  return !dialogOpen(element?.ownerDocument ?? document);
}

/** A form field or editable text, where Esc clears, reverts or closes the field's own list. */
const isField = (element: Element) =>
  ['input', 'textarea', 'select'].includes(element.localName) || (element as HTMLElement).isContentEditable === true;

// A <dialog> open (an image preview, a login box), modal or not, or a script's own modal box (aria-modal) shown: Esc closes it.
function dialogOpen(doc: Document): boolean {
  if (doc.querySelector('dialog[open]')) return true;
  return [...doc.querySelectorAll('[aria-modal="true"]')].some((box) => (box as Element & { checkVisibility?: () => boolean }).checkVisibility?.() ?? true);
}
