// The tab a portal's script hid that the report was read from (document/hidden-tab: the 文字版 under a 全真版 viewer),
// shown while the panel is open, to take a reader to its cells, and hidden again exactly as it was. Where the page's own
// switch changed it meanwhile (the reader clicked 文字版 or 全真版), the page's state is kept: it is no longer ours to undo.
// The switch may write only to the tab beside it (avalon's ms-visible leaves a 文字版 that shows alone and hides the
// 全真版 box): a box beside the tab shown or hidden since says so too.
import type { TabShown } from '../../components/WarningList.tsx';

export interface HiddenTab {
  /** Whether the page hides something the report was read from: the panel offers to show it. */
  readonly present: boolean;
  state(): TabShown;
  /** Whether `node` is in the tab while it is hidden: a jump to it would go nowhere. */
  hides(node: Node): boolean;
  show(): void;
  /** Hides again what show() showed, as the page had it, but what the page's script has changed since. */
  restore(): void;
  /** Calls `changed` each time the tab's state changes, whoever changed it; gives what stops watching. */
  watch(changed: () => void): () => void;
}

/** What show() changed on an element: its attributes before, and the style it left; whether each box beside it was hidden. */
interface Shown { style: string | null; hidden: string | null; ours: string | null; beside: [Element, boolean][] }

const isHidden = (element: Element) => element.getClientRects().length === 0;
// What a portal's switch changes to show or hide a tab: on the tab or on a box around it.
const SWITCHED = ['style', 'class', 'hidden'];

export function hiddenTab(elements: readonly Element[]): HiddenTab {
  const shown = new Map<Element, Shown>();
  // Shown by show() and left as it left it: the page's script has set neither it nor a box beside it anew.
  const ours = (element: Element) => {
    const by = shown.get(element);
    return by !== undefined && element.getAttribute('style') === by.ours && element.getAttribute('hidden') === by.hidden
      && by.beside.every(([box, was]) => isHidden(box) === was);
  };
  const state = (): TabShown => elements.length === 0 || elements.some(isHidden) ? 'hidden' : elements.some(ours) ? 'panel' : 'page';
  return {
    present: elements.length > 0,
    state,
    hides: (node) => elements.some((element) => element.contains(node) && isHidden(element)),
    show() {
      // One the page hid again after show() showed it is shown afresh, over what the page has now.
      for (const element of elements) {
        if (!isHidden(element)) continue;
        // Not the page's other hidden tabs: shown here too.
        const beside = [...element.parentElement?.children ?? []].filter((box) => !elements.includes(box)).map((box): [Element, boolean] => [box, isHidden(box)]);
        const before = { style: element.getAttribute('style'), hidden: element.getAttribute('hidden'), beside };
        const style = (element as HTMLElement).style;
        style.removeProperty('display');
        // Hidden by its hidden attribute, left where the page put it, or by a stylesheet too (a class the script also set):
        // shown over them, as the element's own kind of box.
        if (isHidden(element)) style.setProperty('display', element.tagName === 'TABLE' ? 'table' : 'block', 'important');
        shown.set(element, { ...before, ours: element.getAttribute('style') });
      }
    },
    restore() {
      for (const [element, { style }] of shown) {
        if (!ours(element)) continue;
        if (style === null) element.removeAttribute('style');
        else element.setAttribute('style', style);
      }
      shown.clear();
    },
    watch(changed) {
      let last = state();
      const observer = new MutationObserver(() => {
        const now = state();
        if (now === last) return;
        last = now;
        changed();
      });
      // The tab, the boxes around it, and those beside it (the 全真版 box a switch may alone write to).
      const watched = new Set<Element>();
      for (const element of elements) {
        for (let at: Element | null = element; at; at = at.parentElement) watched.add(at);
        for (const box of element.parentElement?.children ?? []) watched.add(box);
      }
      for (const at of watched) observer.observe(at, { attributes: true, attributeFilter: SWITCHED });
      return () => observer.disconnect();
    },
  };
}
