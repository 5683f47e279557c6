import { describe, expect, it } from 'vitest';
import type { FrameState } from '../annotator.content/protocol.ts';
import { hear, tabSays, type Speaker, type TabState } from './tab-state.ts';

// longde-chengguan-2021 as the annotator announces it read (the badge says 1).
const REPORT: FrameState = { checked: true, isReport: true, confidence: 1, errors: 1, others: 3, copy: false, unchecked: null, failed: false, open: false };
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
    expect(hear(tab, leaving, 'gone').shown).toBe(false);
    expect(hear(tab, leaving, 'gone').shown).toBe(false);
    expect(tabSays(tab)).toEqual({ detected: false, frames: [] });
  });

  it('counts nothing a cached document says, and counts it again when it is back', () => {
    const tab = onReport();
    expect(hear(tab, { ...report, frameId: 5, documentLifecycle: 'cached' }, { state: REPORT }).shown).toBe(false);
    expect(tabSays(tab)).toEqual({ detected: false, frames: [] });
    hear(tab, report, { detected: true });
    hear(tab, report, { state: REPORT });
    expect(tabSays(tab)).toEqual({ detected: true, frames: [REPORT] });
  });

  it('lets a document that goes late take back only what it said, not what the next document in its frame says', () => {
    const tab: TabState = new Map();
    hear(tab, report, { detected: true });
    hear(tab, next, { detected: true });
    hear(tab, report, 'gone');
    expect(tabSays(tab)).toEqual({ detected: true, frames: [] });
  });

  it('replaces what an older document left in the frame once the new one speaks', () => {
    const tab = onReport();
    hear(tab, next, { state: { ...REPORT, isReport: false, errors: 0, others: 0 } });
    expect(tabSays(tab)).toEqual({ detected: false, frames: [{ ...REPORT, isReport: false, errors: 0, others: 0 }] });
  });

  it('keeps the reading when the detector says an SPA left the page', () => {
    const tab = onReport();
    expect(hear(tab, report, { detected: false }).shown).toBe(true);
    expect(tabSays(tab)).toEqual({ detected: false, frames: [REPORT] });
  });

  // Firefox names no document: its scripts name theirs. The report's going came in two messages, each taking back one
  // half: the detector's, heard first, left the annotator's reading standing, and a paint between the two gave the
  // report's count to the page that followed (Firefox had cleared the badge as it went).
  it('takes back at once all a document said, whichever of its scripts says first that it goes', () => {
    const firefoxReport = { frameId: 0, documentId: 'mi3q-report' };
    const tab = onReport(firefoxReport);
    hear(tab, { frameId: 1, documentId: 'mi3q-frame' }, { detected: true });
    expect(hear(tab, firefoxReport, 'gone').shown).toBe(false);
    expect(tabSays(tab)).toEqual({ detected: true, frames: [] });
    hear(tab, firefoxReport, 'gone');
    expect(tabSays(tab)).toEqual({ detected: true, frames: [] });
  });

  it('drops what the report left in its frame once the next page, no report, says it is shown there, its going not heard yet', () => {
    const tab = onReport();
    expect(hear(tab, next, { detected: false }).shown).toBe(true);
    expect(tabSays(tab)).toEqual({ detected: false, frames: [] });
    hear(tab, report, 'gone');
    expect(tabSays(tab)).toEqual({ detected: false, frames: [] });
  });

  // Every gov.cn frame's detector says it is no report as it loads and that it goes (a portal's 年报 page carries frames of
  // its own site: a counter, a weather box, a 智能问答 widget): the badge is painted again only for what changes it.
  it('says what changed the tab: nothing where a frame that is no report loads or goes, or the report says again what it said', () => {
    const tab = onReport();
    const counter = { frameId: 3, documentId: '2F10C4', documentLifecycle: 'active' };
    expect(hear(tab, counter, { detected: false })).toEqual({ shown: true, changed: false });
    expect(hear(tab, counter, 'gone')).toEqual({ shown: false, changed: false });
    expect(hear(tab, report, { state: REPORT })).toEqual({ shown: true, changed: false });
    expect(hear(tab, report, { state: { ...REPORT, open: true } })).toEqual({ shown: true, changed: true });
    expect(hear(tab, next, { detected: false })).toEqual({ shown: true, changed: true });
    expect(tab.size).toBe(0);
  });
});
