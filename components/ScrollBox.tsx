import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/** Where the table in the box goes on past its edges, and what of the box stays put over the columns that scroll. */
interface Edges {
  left: boolean;
  right: boolean;
  /** Widths of the sticky row names and of the pinned 总计, which the fades stand beside, and of the scrollbar under them. */
  start: number;
  end: number;
  bar: number;
}

const NONE: Edges = { left: false, right: false, start: 0, end: 0, bar: 0 };

function edgesOf(box: HTMLElement): Edges {
  const table = box.firstElementChild;
  const width = (selector: string) => table?.querySelector(selector)?.getBoundingClientRect().width ?? 0;
  // A pixel of rounding at a fractional zoom is no column cut.
  const hidden = box.scrollWidth - box.clientWidth;
  return {
    left: box.scrollLeft > 1, right: box.scrollLeft < hidden - 1,
    start: width('tbody th'), end: table?.classList.contains('pinned') ? width('thead th:last-child') : 0,
    bar: box.offsetHeight - box.clientHeight,
  };
}

/**
 * Hides each figure the box's clear area (between the sticky row names and the pinned 总计 or the box's edge) shows only
 * part of: 开平 2024's 38.441094 cut at a 400 px window's panel read 38.44, another number. Its cell, its focus ring and its
 * name for a screen reader stay; the arrow keys and Tab scroll the figure they reach whole (FigureTables.tsx), which shows it.
 */
function hideCut(box: HTMLElement) {
  const table = box.firstElementChild;
  if (!table) return;
  const area = box.getBoundingClientRect();
  const left = table.querySelector('tbody th')?.getBoundingClientRect().right ?? area.left + box.clientLeft;
  const pinned = table.classList.contains('pinned');
  const right = pinned ? table.querySelector('thead th:last-child')!.getBoundingClientRect().left : area.left + box.clientLeft + box.clientWidth;
  const range = document.createRange();
  for (const cell of table.querySelectorAll<HTMLElement>('tbody button.cell')) {
    // The pinned 总计 is never under the edge.
    if (pinned && !cell.parentElement!.nextElementSibling) continue;
    range.selectNodeContents(cell);
    const text = range.getBoundingClientRect();
    // Half a pixel of rounding at a fractional zoom cuts no digit.
    cell.toggleAttribute('data-cut', text.left < left - 0.5 || text.right > right + 0.5);
  }
}

const same = (a: Edges, b: Edges) => (Object.keys(a) as (keyof Edges)[]).every((k) => a[k] === b[k]);

/**
 * A figure table's box, scrolling sideways where the panel is narrower than the table, a fade over the columns cut at
 * either edge while more of them lies that way (表二's 收费金额 cut at a 400 px window's panel: 43… with nothing saying the
 * table goes on), their figures hidden. The fades stand beside the sticky row names and the pinned 总计, over the columns
 * that scroll under them.
 */
export function ScrollBox({ children }: { children: ComponentChildren }) {
  const box = useRef<HTMLDivElement>(null);
  const [edges, setEdges] = useState(NONE);
  useEffect(() => {
    const element = box.current!;
    const measure = () => {
      hideCut(element);
      setEdges((was) => { const now = edgesOf(element); return same(was, now) ? was : now; });
    };
    measure();
    // The panel resized (its handle, the window) or the table filled in: what is cut changes without a scroll.
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    element.addEventListener('scroll', measure, { passive: true });
    return () => { observer.disconnect(); element.removeEventListener('scroll', measure); };
  }, []);
  const classes = ['scroll-frame', edges.left && 'more-left', edges.right && 'more-right'].filter(Boolean).join(' ');
  return (
    <div class={classes} style={{ '--grl-start': `${edges.start}px`, '--grl-end': `${edges.end}px`, '--grl-bar': `${edges.bar}px` }}>
      <div class="scroll" ref={box}>{children}</div>
    </div>
  );
}
