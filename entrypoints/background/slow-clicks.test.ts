import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { READING_SHOWN_AFTER_MS, slowClicks } from './slow-clicks.ts';

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => { vi.useRealTimers(); });

/** A click's work, ended by hand. */
function click() {
  let end!: () => void;
  return { work: new Promise<void>((done) => { end = done; }), end: () => end() };
}

it('marks the tab only once a click reads past its first moments, and until it ends', async () => {
  const repainted: number[] = [];
  const clicks = slowClicks((tab) => repainted.push(tab));
  const quick = click();
  const quickDone = clicks.during(7, quick.work);
  quick.end();
  await quickDone;
  await vi.advanceTimersByTimeAsync(READING_SHOWN_AFTER_MS);
  expect([clicks.has(7), repainted]).toEqual([false, []]);
  const slow = click();
  const slowDone = clicks.during(7, slow.work);
  await vi.advanceTimersByTimeAsync(READING_SHOWN_AFTER_MS);
  expect([clicks.has(7), clicks.has(8), repainted]).toEqual([true, false, [7]]);
  slow.end();
  await slowDone;
  expect([clicks.has(7), repainted]).toEqual([false, [7, 7]]);
});

// A second click while the first still opens the panel does not open it again, and may end first.
it('keeps the tab marked while a first click still reads, however a second click on it ends', async () => {
  const repainted: number[] = [];
  const clicks = slowClicks((tab) => repainted.push(tab));
  const [first, second, third] = [click(), click(), click()];
  const firstDone = clicks.during(7, first.work);
  await vi.advanceTimersByTimeAsync(READING_SHOWN_AFTER_MS);
  const secondDone = clicks.during(7, second.work);
  second.end(); // quick
  await secondDone;
  const thirdDone = clicks.during(7, third.work);
  await vi.advanceTimersByTimeAsync(READING_SHOWN_AFTER_MS);
  third.end(); // slow too
  await thirdDone;
  expect([clicks.has(7), repainted]).toEqual([true, [7]]);
  first.end();
  await firstDone;
  expect([clicks.has(7), repainted]).toEqual([false, [7, 7]]);
});

it('passes a click\'s error on, the mark taken away all the same', async () => {
  const clicks = slowClicks(() => {});
  let fail!: (error: Error) => void;
  const done = clicks.during(7, new Promise((_, reject) => { fail = reject; }));
  await vi.advanceTimersByTimeAsync(READING_SHOWN_AFTER_MS);
  fail(new Error('no frame'));
  await expect(done).rejects.toThrow('no frame');
  expect(clicks.has(7)).toBe(false);
});
