// Which tabs' icon says "…": a click on the icon still reading the page past its first moments. Counted per tab, not
// a mark per tab: a second click on the same tab that ends first must not take the mark from one still at work.

// A click's first reading (the engine injected, the page read before the panel can show) can take half a second on a
// long page: past this the icon says it is at work. Sooner, a flash of it would only distract.
export const READING_SHOWN_AFTER_MS = 150;

export interface SlowClicks {
  /** Some click on the tab is still at work, past READING_SHOWN_AFTER_MS. */
  has(tabId: number): boolean;
  /** Waits for a click's `work` on the tab (its error passed on), the tab slow from READING_SHOWN_AFTER_MS until it ends. */
  during(tabId: number, work: Promise<unknown>): Promise<void>;
}

/** `repaint` is called each time a tab becomes slow or stops being slow. */
export function slowClicks(repaint: (tabId: number) => void): SlowClicks {
  const atWork = new Map<number, number>();
  const count = (tabId: number, step: 1 | -1) => {
    const now = (atWork.get(tabId) ?? 0) + step;
    if (now > 0) atWork.set(tabId, now);
    else atWork.delete(tabId);
    if (now === (step > 0 ? 1 : 0)) repaint(tabId);
  };
  return {
    has: (tabId) => atWork.has(tabId),
    async during(tabId, work) {
      let slow = false;
      const timer = setTimeout(() => { slow = true; count(tabId, 1); }, READING_SHOWN_AFTER_MS);
      try {
        await work;
      } finally {
        clearTimeout(timer);
        if (slow) count(tabId, -1);
      }
    },
  };
}
