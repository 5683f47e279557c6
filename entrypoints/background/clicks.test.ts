import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { clicks, READING_SHOWN_AFTER_MS } from './clicks.ts';

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => { vi.useRealTimers(); });

/** A click's work, ended by hand. */
function click() {
  let end!: () => void;
  const work = vi.fn(() => new Promise<void>((done) => { end = done; }));
  return { work, end: () => end() };
}

it('marks the tab only once a click reads past its first moments, and until it ends', async () => {
  const repainted: number[] = [];
  const tabs = clicks((tab) => repainted.push(tab));
  const quick = click();
  const quickDone = tabs.run(7, quick.work);
  quick.end();
  await quickDone;
  await vi.advanceTimersByTimeAsync(READING_SHOWN_AFTER_MS);
  expect([tabs.slow(7), repainted]).toEqual([false, []]);
  const slow = click();
  const slowDone = tabs.run(7, slow.work);
  await vi.advanceTimersByTimeAsync(READING_SHOWN_AFTER_MS);
  expect([tabs.slow(7), tabs.slow(8), repainted]).toEqual([true, false, [7]]);
  slow.end();
  expect(await slowDone).toBe(true);
  expect([tabs.slow(7), repainted]).toEqual([false, [7, 7]]);
});

// long-portal-shanghai: clicked again at 1.5 s while the first click still read the page, the panel showed at 6.8 s and
// was gone 385 ms later, the second click taken for a close.
it('does nothing with a click on a tab where one is still at work, and takes the next one after', async () => {
  const tabs = clicks(() => {});
  const [first, second, third, other] = [click(), click(), click(), click()];
  const firstDone = tabs.run(7, first.work);
  await vi.advanceTimersByTimeAsync(READING_SHOWN_AFTER_MS);
  expect(await tabs.run(7, second.work)).toBe(false);
  expect(second.work).not.toHaveBeenCalled();
  // Another tab's click is its own.
  const otherDone = tabs.run(8, other.work);
  expect(other.work).toHaveBeenCalled();
  other.end();
  await otherDone;
  expect(tabs.slow(7)).toBe(true);
  first.end();
  await firstDone;
  const thirdDone = tabs.run(7, third.work);
  expect(third.work).toHaveBeenCalled();
  third.end();
  expect(await thirdDone).toBe(true);
});

it('passes a click\'s error on, the tab free and unmarked all the same', async () => {
  const tabs = clicks(() => {});
  let fail!: (error: Error) => void;
  const done = tabs.run(7, () => new Promise((_, reject) => { fail = reject; }));
  await vi.advanceTimersByTimeAsync(READING_SHOWN_AFTER_MS);
  fail(new Error('no frame'));
  await expect(done).rejects.toThrow('no frame');
  expect(tabs.slow(7)).toBe(false);
  const next = click();
  void tabs.run(7, next.work);
  expect(next.work).toHaveBeenCalled();
});
