// The marks on the page itself: an attribute on each figure's cell (namespaced data-grl-…), CSS highlights
// over the figures read from text, those in conflict by severity (no DOM change at all), and one <style>.
// remove() takes every one of them away again, leaving the document exactly as it was. The report's issuer,
// dates, period, year and headings are no figures, nor the words a finding is about: unmarked, they are only lit when
// a finding about them is shown.
import type { FigureBinding, WordPlace } from '../../lib/extract.ts';
import { cellKey, cellSeverities, isConflict } from '../../lib/cells.ts';
import type { CellRef, Severity, Warning } from '../../lib/schema.ts';
import marksCss from './marks.css?inline';

export interface Marks {
  /**
   * Lights the figures of `refs` and a finding's `words` as the ones chosen until the next choice or remove (the last
   * choice's light goes at once); gives how many places on the page that is (a merged cell holding several figures is
   * one, and so is a date over several text nodes). Scrolls to the first place in the page's order and makes them all
   * blink; `at` given, goes to that place instead (counted round from the first) and makes it blink alone. `jump`
   * false: lit only, where they stand (a choice kept on marks made afresh, the reader's place kept).
   */
  choose(refs: CellRef[], options?: { words?: readonly WordPlace<Node>[]; at?: number; jump?: boolean }): number;
  /** Which of the places of `refs` and `words` (as choose counts them) holds `target`, a cell or a figure's characters; -1 where none does. */
  placeOf(refs: CellRef[], target: Element | Range, words?: readonly WordPlace<Node>[]): number;
  /** Marks a node the page could replace or rewrite: a table's cell, a sentence (the report's dates and headings are lit, never marked). */
  readonly watches: boolean;
  /** Every marked node is still in the page, with the text it had when marked (a page that re-renders replaces or rewrites them). */
  intact(): boolean;
  /** Describes each cell in conflict to screen readers as `text` words it (again, in another language). */
  describe(text: (bindings: FigureBinding<Node>[]) => string): void;
  remove(): void;
}

/** A marked cell and the figures the engine read from it (a merged cell can hold several), or a figure's characters in text. */
export interface MarkedCell { bindings: FigureBinding<Node>[]; cell: Element | Range }

/** One place a chosen finding shows on the page: a cell, or characters of text (a figure's, a date's, words'). */
interface Place { cells: Element[]; ranges: Range[] }

const FIGURE = 'data-grl-figure';
const CONFLICT = 'data-grl-conflict';
const FLASH = 'data-grl-flash';
const CHOSEN = 'data-grl-chosen';
// Each finding in conflict is one Tab stop on the page, at the first of its cells (a few stops, not one per figure:
// a finding about eleven blank 总计 cells is one); this notes the cells that had no tabindex of their own, so that
// closing takes back only what the annotator added.
const FOCUSABLE = 'data-grl-focusable';
const DESCRIPTIONS = 'data-grl-descriptions';
const DESCRIPTION_ID = 'grl-description-';
const MARKED = [FIGURE, CONFLICT, FLASH, CHOSEN, FOCUSABLE].map((name) => `[${name}]`).join(',');
const DESCRIBED = 'aria-describedby';
const FLASH_MS = 1800;
// How many windows away a place is gone to at once, not scrolled to smoothly: a smooth scroll across a page's length takes
// over a second (1.4 s over 24,500 px in Chromium: a page in large type, every cell a 100 px block), the place's blink
// spent before it lands, as a test looking for it gives up; a browser's find goes there at once too.
const FAR = 3;
// The room kept beside characters of text scrolled to across the window.
const TEXT_MARGIN = 16;

const isElement = (node: Node): node is Element => node.nodeType === 1;

/**
 * Marks every bound figure in `doc`, those the `warnings` are about in conflict; `onHover` gets the bindings of the
 * figure cell under the pointer (and the cell), or null when the pointer leaves the figures; `onPick` those of the figure
 * clicked, or of the cell the keyboard is on as Enter is pressed, and whether the panel is to take the focus.
 */
export function markFigures(
  doc: Document,
  bindings: FigureBinding<Node>[],
  warnings: readonly Warning[],
  onHover: (hovered: MarkedCell | null) => void,
  onPick: (picked: MarkedCell, focus: boolean) => void = () => {},
): Marks {
  const listeners = new AbortController();
  const style = doc.createElement('style');
  style.setAttribute('data-grl-style', '');
  style.textContent = marksCss;
  (doc.head ?? doc.documentElement).append(style);

  const byCell = new Map<Element, FigureBinding<Node>[]>();
  const proseRanges: Range[] = [];
  // The figures read from text (a sentence, a table laid out as text) by their text node: no element of their own to point at.
  const inText = new Map<Node, { range: Range; binding: FigureBinding<Node> }[]>();
  const conflictRanges = new Map<Severity, Range[]>();
  const texts = new Map<Node, string | null>();
  const severities = cellSeverities({ warnings });
  for (const binding of bindings) {
    if (binding.node.ownerDocument !== doc || binding.ref.table === 'document') continue;
    texts.set(binding.node, binding.node.textContent);
    const severity = severities.get(cellKey(binding.ref));
    if (isElement(binding.node)) {
      const cell = binding.node;
      byCell.set(cell, [...(byCell.get(cell) ?? []), binding]);
      cell.setAttribute(FIGURE, '');
      if (isConflict(severity) && cell.getAttribute(CONFLICT) !== 'error') cell.setAttribute(CONFLICT, severity);
    } else if (binding.range) {
      const range = rangeOf(doc, binding.node, binding.range);
      proseRanges.push(range);
      inText.set(binding.node, [...(inText.get(binding.node) ?? []), { range, binding }]);
      if (isConflict(severity)) conflictRanges.set(severity, [...(conflictRanges.get(severity) ?? []), range]);
    }
  }
  for (const cell of tabStops(warnings, byCell)) {
    if (cell.hasAttribute('tabindex')) continue;
    cell.setAttribute('tabindex', '0');
    cell.setAttribute(FOCUSABLE, '');
  }
  // Highlights are not in the DOM; browsers without the API just show no prose marks. A figure in conflict is read
  // and in conflict, as a cell is: the conflict's look paints over the read figure's tint, the chosen figures' light over both.
  const highlights = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
  highlights?.set('grl-prose', highlightOf(proseRanges));
  for (const [severity, ranges] of conflictRanges) highlights?.set(conflictHighlight(severity), highlightOf(ranges, 1));

  // The pointer over a figure, or the keyboard's focus on one, shows what was read there. The pointer
  // leaving the figures gives way to the figure the keyboard is on: focusing a cell scrolls the page
  // under a pointer that did not move, and that must not take the focused cell's tooltip away.
  const figureOf = (target: EventTarget | null) => (target as Element | null)?.closest?.(`[${FIGURE}]`);
  const cellAt = (target: EventTarget | null): MarkedCell | null => {
    const cell = figureOf(target);
    const bindings = cell ? byCell.get(cell) : undefined;
    return cell && bindings ? { bindings, cell } : null;
  };
  // A figure in text is under the pointer where the caret would go between its characters and one of their boxes holds the point.
  const textFigureAt = (e: MouseEvent): MarkedCell | null => {
    const caret = inText.size > 0 ? doc.caretPositionFromPoint?.(e.clientX, e.clientY) : null;
    const hit = caret && inText.get(caret.offsetNode)?.find(({ range }) => range.startOffset <= caret.offset && caret.offset <= range.endOffset
      && [...range.getClientRects()].some((r) => e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom));
    return hit ? { bindings: [hit.binding], cell: hit.range } : null;
  };
  // A cell in conflict reached by Tab is heard as its figure alone (the tooltip is in the panel's shadow root, which no
  // reference crosses): it is described by an element of the page's own, never shown. The page's own descriptions are kept.
  const ownDescriptions = new Map<Element, string | null>();
  let descriptions: Element | null = null;
  const describe = (text: (bindings: FigureBinding<Node>[]) => string) => {
    descriptions?.remove();
    descriptions = doc.createElement('div');
    descriptions.setAttribute(DESCRIPTIONS, '');
    descriptions.setAttribute('style', 'display: none !important');
    for (const [cell, cellBindings] of byCell) {
      if (!cell.hasAttribute(CONFLICT)) continue;
      const item = doc.createElement('div');
      item.id = `${DESCRIPTION_ID}${descriptions.childElementCount}`;
      item.textContent = text(cellBindings);
      descriptions.append(item);
      if (!ownDescriptions.has(cell)) ownDescriptions.set(cell, cell.getAttribute(DESCRIBED));
      const own = ownDescriptions.get(cell);
      cell.setAttribute(DESCRIBED, own ? `${own} ${item.id}` : item.id);
    }
    (doc.body ?? doc.documentElement).append(descriptions);
  };

  let pointed: Element | Range | null = null;
  const point = (e: Event) => {
    const hit = cellAt(e.target) ?? (e instanceof MouseEvent ? textFigureAt(e) : null) ?? (e.type !== 'focusin' ? cellAt(doc.activeElement) : null);
    // Moving within one figure (or none) says nothing new.
    if (e.type === 'mousemove' && (hit?.cell ?? null) === pointed) return;
    pointed = hit?.cell ?? null;
    onHover(hit);
  };
  doc.addEventListener('mouseover', point, { signal: listeners.signal, passive: true });
  doc.addEventListener('focusin', point, { signal: listeners.signal, passive: true });
  // Figures in text have no element whose entering fires mouseover: the pointer is followed over their text.
  if (inText.size > 0) doc.addEventListener('mousemove', point, { signal: listeners.signal, passive: true });
  // From the page back to the panel, as a click on a word a spell checker underlined opens its card: a figure clicked, or
  // the cell in conflict Tab reached with Enter pressed. A click the page cancelled, one its own script made (a portal's
  // table selecting its first row), one that ends a selection (text being copied) or one on a link or a control of the
  // page stays the page's. A pointer's click leaves the focus on the page, as the spell checker's card does: Space still
  // scrolls it, and a box the page opened on that click (an image zoomed, a row's details) keeps the focus it gave.
  // Enter, or a screen reader's click (no pointer: detail 0), asks to go there: the finding takes the focus, to be read.
  const pick = (e: Event) => {
    const key = e.type === 'keydown';
    const { button = 0, ctrlKey, metaKey, altKey, shiftKey, detail } = e as MouseEvent;
    if (!e.isTrusted || e.defaultPrevented || ctrlKey || metaKey || altKey || shiftKey || button !== 0) return;
    if (key ? (e as KeyboardEvent).key !== 'Enter' || !byCell.has(e.target as Element) : doc.getSelection()?.isCollapsed === false) return;
    if ((e.target as Element | null)?.closest?.('a[href], button, input, select, textarea, label, [contenteditable]')) return;
    const hit = cellAt(e.target) ?? (key ? null : textFigureAt(e as MouseEvent));
    if (hit) onPick(hit, key || detail === 0);
  };
  doc.addEventListener('click', pick, { signal: listeners.signal });
  doc.addEventListener('keydown', pick, { signal: listeners.signal });

  // The page's boxes a jump may scroll that the reader cannot scroll back (overflow: hidden, as a portal's frame clears its
  // floats with, which scrollIntoView scrolls to show a cell it clips), and where they stood before: put back on remove.
  const clipped = new Map<Element, [left: number, top: number]>();
  const jumpTo = (target: Element, behavior: ScrollBehavior) => {
    for (let box = target.parentElement; box && box !== doc.body && box !== doc.documentElement; box = box.parentElement) {
      const { overflowX, overflowY } = getComputedStyle(box);
      if (!clipped.has(box) && (overflowX === 'hidden' || overflowY === 'hidden')) clipped.set(box, [box.scrollLeft, box.scrollTop]);
    }
    target.scrollIntoView({ block: 'center', inline: 'nearest', behavior });
  };
  // Characters of text are gone to by their element; in one taller than half the window (a long paragraph, a footer's
  // block) or wider than the window leaves clear of the panel (its scroll-padding: a page kept wider than a narrow window),
  // the window is scrolled to the characters themselves, which it could otherwise leave out of view or under the panel.
  const jumpToText = (range: Range, behavior: ScrollBehavior) => {
    const box = range.startContainer.parentElement;
    if (!box) return;
    const area = box.getBoundingClientRect();
    const clear = window.innerWidth - (parseFloat(getComputedStyle(doc.documentElement).scrollPaddingRight) || 0);
    if (area.height <= window.innerHeight / 2 && area.width <= clear) return jumpTo(box, behavior);
    const { top, height, left, right } = range.getBoundingClientRect();
    const across = left < TEXT_MARGIN ? left - TEXT_MARGIN : right > clear - TEXT_MARGIN ? right - clear + TEXT_MARGIN : 0;
    window.scrollBy({ top: top - (window.innerHeight - height) / 2, left: across, behavior });
  };

  // The cells chosen last, and the end of their blinking.
  let chosen: Element[] = [];
  let blinking = 0;
  const unchoose = () => {
    window.clearTimeout(blinking);
    for (const cell of chosen) { cell.removeAttribute(CHOSEN); cell.removeAttribute(FLASH); }
    chosen = [];
    highlights?.delete('grl-chosen');
    highlights?.delete('grl-current');
  };

  const placesFor = (refs: CellRef[], words: readonly WordPlace<Node>[]) => {
    const keys = new Set(refs.map(cellKey));
    return placesOf(doc, bindings.filter((b) => keys.has(cellKey(b.ref)) && b.node.ownerDocument === doc), words);
  };
  return {
    placeOf(refs, target, words = []) {
      return placesFor(refs, words).findIndex((p) => (target instanceof Range
        ? p.ranges.some((r) => r.startContainer === target.startContainer && r.startOffset === target.startOffset)
        : p.cells.includes(target)));
    },
    choose(refs, { words = [], at, jump = true } = {}) {
      unchoose();
      const places = placesFor(refs, words);
      if (places.length === 0) return 0;
      chosen = places.flatMap((p) => p.cells);
      for (const cell of chosen) cell.setAttribute(CHOSEN, '');
      const ranges = places.flatMap((p) => p.ranges);
      if (ranges.length) highlights?.set('grl-chosen', highlightOf(ranges, 2));
      if (!jump) return places.length;
      const current = places[(((at ?? 0) % places.length) + places.length) % places.length]!;
      const far = Math.abs((current.cells[0] ?? current.ranges[0]!).getBoundingClientRect().top) > FAR * window.innerHeight;
      const behavior = far || window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth';
      if (current.cells[0]) jumpTo(current.cells[0], behavior);
      else jumpToText(current.ranges[0]!, behavior);
      const blink = at === undefined ? chosen : current.cells;
      for (const cell of blink) cell.setAttribute(FLASH, '');
      blinking = window.setTimeout(() => { for (const cell of blink) cell.removeAttribute(FLASH); }, FLASH_MS);
      // A highlight cannot blink: characters of text gone to are lit the more.
      if (current.ranges.length) highlights?.set('grl-current', highlightOf(current.ranges, 3));
      return places.length;
    },
    watches: texts.size > 0,
    intact: () => [...texts].every(([node, text]) => node.isConnected && node.textContent === text),
    describe,
    remove() {
      listeners.abort();
      unchoose();
      for (const [box, [left, top]] of clipped) box.scrollTo({ left, top, behavior: 'instant' });
      descriptions?.remove();
      for (const [cell, own] of ownDescriptions) {
        if (own === null) cell.removeAttribute(DESCRIBED);
        else cell.setAttribute(DESCRIBED, own);
      }
      for (const cell of byCell.keys()) unmark(cell);
      // A page that rewrote its markup from itself (body.innerHTML = … of a 简繁 switch or a font-size tool) copied the
      // marks onto cells never marked here, and the descriptions: they go too, with the description ids a copy points at.
      for (const copy of doc.querySelectorAll(`[${DESCRIPTIONS}]`)) copy.remove();
      for (const copy of doc.querySelectorAll(MARKED)) {
        unmark(copy);
        const own = copy.getAttribute(DESCRIBED)?.split(' ').filter((id) => !id.startsWith(DESCRIPTION_ID)).join(' ');
        if (own === '') copy.removeAttribute(DESCRIBED);
        else if (own !== undefined) copy.setAttribute(DESCRIBED, own);
      }
      highlights?.delete('grl-prose');
      for (const severity of conflictRanges.keys()) highlights?.delete(conflictHighlight(severity));
      style.remove();
    },
  };
}

/** Takes the annotator's marks off a cell: what it read there, its conflict, light, and the Tab stop it added. */
function unmark(cell: Element): void {
  for (const name of [FIGURE, CONFLICT, FLASH, CHOSEN]) cell.removeAttribute(name);
  if (cell.hasAttribute(FOCUSABLE)) {
    cell.removeAttribute('tabindex');
    cell.removeAttribute(FOCUSABLE);
  }
}

/** For each finding in conflict, the first of its cells marked on the page, in the page's order. */
function tabStops(warnings: readonly Warning[], byCell: Map<Element, FigureBinding<Node>[]>): Set<Element> {
  const cellOf = new Map<string, Element>();
  for (const [cell, cellBindings] of byCell) for (const b of cellBindings) cellOf.set(cellKey(b.ref), cell);
  const stops = new Set<Element>();
  for (const w of warnings) {
    if (!isConflict(w.severity)) continue;
    let first: Element | undefined;
    for (const ref of w.cells) {
      const cell = cellOf.get(cellKey(ref));
      if (cell && (!first || cell.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING)) first = cell;
    }
    if (first) stops.add(first);
  }
  return stops;
}

/**
 * The places of a finding's figures (`hits`: their bindings on this page) and `words`, in the page's order: each cell
 * once, the characters of each figure or date read from text together (once, however many figures were read there), each place of words.
 */
function placesOf(doc: Document, hits: readonly FigureBinding<Node>[], words: readonly WordPlace<Node>[]): Place[] {
  const cells = new Map<Element, Place>(), texts = new Map<string, Place>();
  for (const b of hits) {
    if (isElement(b.node)) {
      if (!cells.has(b.node)) cells.set(b.node, { cells: [b.node], ranges: [] });
    } else if (b.range) {
      // Figures read at the same characters are one place, as a merged cell's are (a row cut short: its columns left
      // over all stand at its last figure, wuhan-hannan-ybj-2020).
      const range = rangeOf(doc, b.node, b.range);
      const same = (p: Place) => p.ranges.some((r) => r.startContainer === range.startContainer && r.startOffset === range.startOffset && r.endOffset === range.endOffset);
      const place = texts.get(cellKey(b.ref)) ?? [...texts.values()].find(same) ?? { cells: [], ranges: [] };
      if (!same(place)) place.ranges.push(range);
      texts.set(cellKey(b.ref), place);
    }
  }
  const worded = words.map((place) => ({ cells: [], ranges: place.filter((r) => r.node.ownerDocument === doc).map((r) => rangeOf(doc, r.node, r)) }))
    .filter((place) => place.ranges.length > 0);
  // Where each starts: its first characters, or its cell as a whole.
  const starts = new Map<Place, Range>();
  const all = [...cells.values(), ...new Set(texts.values()), ...worded];
  for (const place of all) {
    let start = place.ranges[0];
    if (!start) {
      start = doc.createRange();
      start.selectNode(place.cells[0]!);
    }
    starts.set(place, start);
  }
  return all.sort((a, b) => starts.get(a)!.compareBoundaryPoints(Range.START_TO_START, starts.get(b)!));
}

/** The element is a marked figure's cell, or inside one. */
export const isMarked = (element: Element): boolean => element.closest(`[${FIGURE}]`) !== null;

/** The highlight over figures in conflict of this severity, styled in marks.css as the cells' conflict is. */
const conflictHighlight = (severity: Severity) => `grl-conflict-${severity}`;

/** Of overlapping highlights, the one of the highest priority paints on top. */
const highlightOf = (ranges: Range[], priority = 0) => Object.assign(new Highlight(...ranges), { priority });

function rangeOf(doc: Document, node: Node, span: { start: number; end: number }): Range {
  const range = doc.createRange();
  range.setStart(node, span.start);
  range.setEnd(node, span.end);
  return range;
}
