import { describe, expect, it } from 'vitest';
import { heldSpan } from './frame-view.ts';

// A report's frame 3000 px tall in an 800 px window (the e2e test's iframe-host page), its top at `top` in the window.
describe('the part of a tall frame the panel stands over', () => {
  it('is the part in view: below the portal header, or the whole window once scrolled into the frame', () => {
    expect(heldSpan(46, 3000, 800)).toEqual({ start: 0, end: 754 });
    expect(heldSpan(-1500, 3000, 800)).toEqual({ start: 1500, end: 2300 });
  });

  it('keeps 320 px where the frame starts below the fold or scrolls almost off, never a panel of no height', () => {
    expect(heldSpan(900, 3000, 800)).toEqual({ start: 0, end: 320 }); // was from 0 to −100: no panel at all
    expect(heldSpan(770, 3000, 800)).toEqual({ start: 0, end: 320 }); // 30 px in view
    expect(heldSpan(-2950, 3000, 800)).toEqual({ start: 2680, end: 3000 }); // the frame's last 50 px in view
    expect(heldSpan(-3200, 3000, 800)).toEqual({ start: 2680, end: 3000 }); // scrolled past it
  });

  it('keeps a frame lower than 320 px whole', () => {
    expect(heldSpan(900, 200, 800)).toEqual({ start: 0, end: 200 });
  });
});
