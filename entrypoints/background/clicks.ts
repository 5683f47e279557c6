// The icon's clicks at work, a tab at a time: a click opening the panel lasts until the panel shows what it read, and
// another click on the tab meanwhile does nothing. A reader who sees nothing yet clicks again; taken as a toggle, that
// click would close the panel as soon as it showed. Past its first moments, a click at work makes the icon say "…".

// A click's first reading (the engine injected, the page read before the panel can show what it found) can take half a
// second on a long page: past this the icon says it is at work. Sooner, a flash of it would only distract. Exported for
// its test's clock.
export const READING_SHOWN_AFTER_MS = 150;

export interface Clicks {
  /** A click on the tab is still at work, past READING_SHOWN_AFTER_MS. */
  slow(tabId: number): boolean;
  /**
   * Runs a click's `work` on the tab (its error passed on), the tab slow from READING_SHOWN_AFTER_MS until it ends; false,
   * `work` not run, where a click on the tab is still at work.
   */
  run(tabId: number, work: () => Promise<unknown>): Promise<boolean>;
}

/** `repaint` is called each time a tab becomes slow or stops being slow. */
export function clicks(repaint: (tabId: number) => void): Clicks {
  // Each tab with a click at work: whether it is slow yet.
  const atWork = new Map<number, { slow: boolean }>();
  return {
    slow: (tabId) => atWork.get(tabId)?.slow === true,
    async run(tabId, work) {
      if (atWork.has(tabId)) return false;
      const click = { slow: false };
      atWork.set(tabId, click);
      const timer = setTimeout(() => { click.slow = true; repaint(tabId); }, READING_SHOWN_AFTER_MS);
      try {
        await work();
      } finally {
        clearTimeout(timer);
        atWork.delete(tabId);
        if (click.slow) repaint(tabId);
      }
      return true;
    },
  };
}
