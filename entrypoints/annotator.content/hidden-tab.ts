// The tab a portal's script hid that the report was read from (document/hidden-tab: the 文字版 under a 全真版 viewer),
// shown while the panel is open, to take a reader to its cells, and hidden again exactly as it was. Where the page's own
// switch changed it meanwhile (the reader clicked 文字版 or 全真版), the page's state is kept: it is no longer ours to undo.
// The switch may write only to the tab beside it (avalon's ms-visible leaves a 文字版 that shows alone and hides the
// 全真版 box): a box beside the tab shown or hidden since says so too.
// Only whether a box shows needs layout: the decisions are given it (IsHidden), so a test can give them a page's.
import type { TabShown } from '../../components/WarningList.tsx';

export interface HiddenTab {
  /** Whether the page hides something the report was read from: the panel offers to show it. */
  readonly present: boolean;
  state(): TabShown;
  /** Whether `node` is in the tab while it is hidden: a jump to it would go nowhere. */
  hides(node: Node): boolean;
  show(): void;
  /** Hides again what show() showed, as the page had it, but what the page's script has changed since (nothing while the page shows the tab). */
  restore(): void;
  /** Calls `changed` each time the tab's state changes, whoever changed it; gives what stops watching. */
  watch(changed: () => void): () => void;
}

/** Whether an element shows no box: what the browser's layout alone knows. */
export type IsHidden = (element: Element) => boolean;

/** What show() found on an element before showing it: its attributes, and whether each box beside it was hidden. */
export interface Before { style: string | null; hidden: string | null; beside: [Element, boolean][] }
/** ...and the style it left there. */
export interface Shown extends Before { ours: string | null }

const laidOut: IsHidden = (element) => element.getClientRects().length === 0;
// What a portal's switch changes to show or hide a tab: on the tab or on a box around it.
const SWITCHED = ['style', 'class', 'hidden'];

/**
 * The tab's boxes show() shows: those hidden (one the page hid again after show() showed it, afresh). Each is asked as it
 * comes, the one before shown: a box hidden only by one shown before it is left as it is.
 */
export function* boxesToShow(elements: readonly Element[], isHidden: IsHidden): Generator<Element> {
  for (const element of elements) if (isHidden(element)) yield element;
}

/** What to record of a box before it is shown: its attributes as the page has them, and which boxes beside it (not the tab's own) are hidden. */
export function before(element: Element, elements: readonly Element[], isHidden: IsHidden): Before {
  const beside = [...element.parentElement?.children ?? []].filter((box) => !elements.includes(box)).map((box): [Element, boolean] => [box, isHidden(box)]);
  return { style: element.getAttribute('style'), hidden: element.getAttribute('hidden'), beside };
}

/** The display that shows a box its own display left hidden (its hidden attribute, a stylesheet's class): its own kind of box. */
export const displayOf = (element: Element) => element.tagName === 'TABLE' ? 'table' : 'block';

/**
 * Whether the page's own switch changed a box since show() showed it: set its style or hidden anew, or showed or hid a box
 * beside it. The boxes beside tell only while the box around them shows: one hidden around them (the page's switch on an
 * outer box of the tab) hides them all, whatever the switch did to this one.
 */
export function switchedByPage(element: Element, shown: Shown, isHidden: IsHidden): boolean {
  if (element.getAttribute('style') !== shown.ours || element.getAttribute('hidden') !== shown.hidden) return true;
  const around = element.parentElement;
  return around !== null && !isHidden(around) && shown.beside.some(([box, was]) => isHidden(box) !== was);
}

/**
 * Hidden while a box is; shown by the panel while every box show() showed is as it left it; else shown by the page: its
 * switch wrote to a box of the tab, and the tab, all its boxes, is the page's now.
 */
export function tabState(elements: readonly Element[], shown: ReadonlyMap<Element, Shown>, isHidden: IsHidden): TabShown {
  if (elements.length === 0 || elements.some(isHidden)) return 'hidden';
  return shown.size > 0 && ![...shown].some(([element, by]) => switchedByPage(element, by, isHidden)) ? 'panel' : 'page';
}

/**
 * The style attribute to give back to each box show() showed (null: none), every one decided before any is written: a box
 * given back first hides those inside it, which would then look switched by the page. None while the page shows the tab
 * (giving one back would hide what its switch shows); else all but those its switch has changed since.
 */
export function toRestore(elements: readonly Element[], shown: ReadonlyMap<Element, Shown>, isHidden: IsHidden): [Element, string | null][] {
  if (tabState(elements, shown, isHidden) === 'page') return [];
  return [...shown].filter(([element, by]) => !switchedByPage(element, by, isHidden)).map(([element, by]) => [element, by.style]);
}

export function hiddenTab(elements: readonly Element[], isHidden: IsHidden = laidOut): HiddenTab {
  const shown = new Map<Element, Shown>();
  const state = () => tabState(elements, shown, isHidden);
  return {
    present: elements.length > 0,
    state,
    hides: (node) => elements.some((element) => element.contains(node) && isHidden(element)),
    show() {
      for (const element of boxesToShow(elements, isHidden)) {
        const was = before(element, elements, isHidden);
        const style = (element as HTMLElement).style;
        style.removeProperty('display');
        // Hidden by more than the display the page put there: shown over it.
        if (isHidden(element)) style.setProperty('display', displayOf(element), 'important');
        shown.set(element, { ...was, ours: element.getAttribute('style') });
      }
    },
    restore() {
      for (const [element, style] of toRestore(elements, shown, isHidden)) {
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
