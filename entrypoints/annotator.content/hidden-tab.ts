// The tab a portal's script hid that the report was read from (document/hidden-tab: the 文字版 under a 全真版 viewer),
// shown while the panel is open, to take a reader to its cells, and hidden again exactly as it was. Where the page's own
// switch changed it meanwhile (the reader clicked 文字版 or 全真版), the page's state is kept: it is no longer ours to undo.
// The switch may write only to the tab beside it (avalon's ms-visible leaves a 文字版 that shows alone and hides the
// 全真版 box): a box beside the tab shown or hidden since says so too.

export interface HiddenTab {
  /** Whether the page hides something the report was read from: the panel offers to show it. */
  readonly present: boolean;
  /** Whether the tab shows now, shown by the panel or by the page's own switch. */
  shown(): boolean;
  /** Whether `node` is in the tab while it is hidden: a jump to it would go nowhere. */
  hides(node: Node): boolean;
  show(): void;
  /** Hides again what show() showed, as the page had it, but what the page's script has changed since. */
  restore(): void;
}

/** What show() changed on an element: its attributes before, and the style it left; whether each box beside it was hidden. */
interface Shown { style: string | null; hidden: string | null; ours: string | null; beside: [Element, boolean][] }

const isHidden = (element: Element) => element.getClientRects().length === 0;

export function hiddenTab(elements: readonly Element[]): HiddenTab {
  const shown = new Map<Element, Shown>();
  return {
    present: elements.length > 0,
    shown: () => elements.length > 0 && !elements.some(isHidden),
    hides: (node) => elements.some((element) => element.contains(node) && isHidden(element)),
    show() {
      for (const element of elements) {
        if (shown.has(element) || !isHidden(element)) continue;
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
      for (const [element, { style, hidden, ours, beside }] of shown) {
        const changed = element.getAttribute('style') !== ours || element.getAttribute('hidden') !== hidden;
        if (changed || beside.some(([box, was]) => isHidden(box) !== was)) continue;
        if (style === null) element.removeAttribute('style');
        else element.setAttribute('style', style);
      }
      shown.clear();
    },
  };
}
