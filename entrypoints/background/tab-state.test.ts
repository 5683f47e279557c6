import { describe, expect, it } from 'vitest';
import type { FrameState } from '../annotator.content/protocol.ts';
import { hear, tabSays, type Speaker, type TabState } from './tab-state.ts';

// longde-chengguan-2021 as the annotator announces it read (the badge says 1).
const REPORT: FrameState = { checked: true, isReport: true, confidence: 1, errors: 1, others: 3, copy: false, tablesRead: true, proseRead: false, failed: false, open: false };
// The senders Chromium gave as a tab went from the report to a page of another site: the report's pagehide came from frame 5.
const report: Speaker = { frameId: 0, documentId: '67DA9D', documentLifecycle: 'active' };
const next: Speaker = { frameId: 0, documentId: '18AABE', documentLifecycle: 'active' };

/** A tab showing the report, read. */
function onReport(by: Speaker = report): TabState {
  const tab: TabState = new Map();
  hear(tab, by, { detected: true });
  hear(tab, by, { state: REPORT });
  expect(tabSays(tab)).toEqual({ detected: true, frames: [REPORT] });
  return tab;
}

describe('hear', () => {
  it('drops the report a document said it left from another frame as the next site took the tab', () => {
    const tab = onReport();
    const leaving = { ...report, frameId: 5, documentLifecycle: 'pending_deletion' };
    expect(hear(tab, leaving, { detected: false })).toBe(false);
    expect(hear(tab, leaving, { state: null })).toBe(false);
    expect(tabSays(tab)).toEqual({ detected: false, frames: [] });
  });

  it('counts nothing a cached document says, and counts it again when it is back', () => {
    const tab = onReport();
    expect(hear(tab, { ...report, frameId: 5, documentLifecycle: 'cached' }, { state: REPORT })).toBe(false);
    expect(tabSays(tab)).toEqual({ detected: false, frames: [] });
    hear(tab, report, { detected: true });
    hear(tab, report, { state: REPORT });
    expect(tabSays(tab)).toEqual({ detected: true, frames: [REPORT] });
  });

  it('lets a document that goes late take back only what it said, not what the next document in its frame says', () => {
    const tab: TabState = new Map();
    hear(tab, report, { detected: true });
    hear(tab, next, { detected: true });
    hear(tab, report, { detected: false });
    expect(tabSays(tab)).toEqual({ detected: true, frames: [] });
  });

  it('replaces what an older document left in the frame once the new one speaks', () => {
    const tab = onReport();
    hear(tab, next, { state: { ...REPORT, isReport: false, errors: 0, others: 0 } });
    expect(tabSays(tab)).toEqual({ detected: false, frames: [{ ...REPORT, isReport: false, errors: 0, others: 0 }] });
  });

  it('keeps the reading when the detector says an SPA left the page', () => {
    const tab = onReport();
    expect(hear(tab, report, { detected: false })).toBe(true);
    expect(tabSays(tab)).toEqual({ detected: false, frames: [REPORT] });
  });

  it('takes the frame for its document where the browser gives no documentId (Firefox)', () => {
    const top = { frameId: 0 };
    const tab = onReport(top);
    hear(tab, { frameId: 1 }, { detected: true });
    hear(tab, top, { state: null });
    hear(tab, top, { detected: false });
    expect(tabSays(tab)).toEqual({ detected: true, frames: [] });
  });
});
