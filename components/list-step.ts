/**
 * Where ↑ ↓ Home End go in a list of `count` from `at`, null for another key: round past its ends where it `wraps` (a
 * menu's, as WAI-ARIA has it), else staying at the first and the last (a long list, whose end the reader should feel).
 */
export function listStep(key: string, at: number, count: number, wraps: boolean): number | null {
  const to = key === 'ArrowDown' ? at + 1 : key === 'ArrowUp' ? at - 1 : key === 'Home' ? 0 : key === 'End' ? count - 1 : null;
  if (to === null) return null;
  return wraps ? (to + count) % count : Math.min(count - 1, Math.max(0, to));
}

/** The keys listStep takes, for aria-keyshortcuts on a list's items: a screen reader says them as it reaches one. */
export const LIST_KEYS = 'ArrowUp ArrowDown Home End';
