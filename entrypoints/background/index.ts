// Badge and icon click, and the pages the annotator asks to read. Pages talk to it through protocol.ts; the state of a tab is what its
// frames last said, kept in memory (a restarted worker just learns it again on the next message): the detector's part and the
// annotator's each changed only by what that script says.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { messagesFor } from '../../components/i18n.ts';
import type { BackgroundMessage, FetchedPage, FrameState } from '../annotator.content/protocol.ts';
import { loadSettings } from '../options/settings-store.ts';
import { badgeFor } from './badge.ts';
import { fetchPage } from './fetch-page.ts';
import { ensureAnnotator, frameToOpen, tellFrame } from './frames.ts';

/** `detected`: the frames whose detector saw a report on the page they show. */
interface TabState { detected: Set<number>; frames: Map<number, FrameState> }

export default defineBackground(() => {
  const tabs = new Map<number, TabState>();
  const tabState = (tabId: number) => {
    let state = tabs.get(tabId);
    if (!state) tabs.set(tabId, (state = { detected: new Set(), frames: new Map() }));
    return state;
  };

  async function paint(tabId: number) {
    const t = messagesFor((await loadSettings()).language);
    // The tab as it is now, not as it was when asked: a paint never shows what a later message replaced.
    const state = tabState(tabId);
    const badge = badgeFor(state.detected.size > 0, [...state.frames.values()], t);
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: badge.text }),
      browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
      // An empty title restores the manifest's default tooltip.
      browser.action.setTitle({ tabId, title: badge.title }),
    ]).catch(() => { /* the tab closed meanwhile */ });
  }

  async function onDetected(tabId: number, frameId: number, report: boolean) {
    const { detected } = tabState(tabId);
    if (!report) {
      // The annotator's reading stays until the annotator says otherwise: after an address change it may keep it
      // (a parameter the portal added), else it announces it forgot, as it does when its frame goes.
      detected.delete(frameId);
      return paint(tabId);
    }
    detected.add(frameId);
    await paint(tabId);
    const settings = await loadSettings();
    if (!settings.autoCheck) return;
    await ensureAnnotator(tabId, { frameIds: [frameId] });
    const state = await tellFrame(tabId, frameId, { type: 'grl:state' });
    if (settings.autoOpen && state?.isReport) await tellFrame(tabId, frameId, { type: 'grl:open' });
  }

  /** The icon: closes the annotator where it is open, else opens it in the frame with the report. */
  async function toggle(tabId: number) {
    let frameIds: number[];
    try {
      frameIds = await ensureAnnotator(tabId, { allFrames: true });
    } catch {
      return; // a page no extension may script (chrome://, the web store)
    }
    const frames = await Promise.all(frameIds.map(async (frameId) => ({ frameId, state: await tellFrame(tabId, frameId, { type: 'grl:state' }) })));
    const open = frames.filter((f) => f.state?.open);
    if (open.length > 0) {
      await Promise.all(open.map((f) => tellFrame(tabId, f.frameId, { type: 'grl:close' })));
      return;
    }
    await tellFrame(tabId, frameToOpen(frames), { type: 'grl:open' });
  }

  browser.runtime.onMessage.addListener((message: BackgroundMessage, sender, respond: (page: FetchedPage) => void) => {
    const tabId = sender.tab?.id;
    if (tabId == null) return;
    if (message.type === 'grl:fetch') {
      void fetchPage(message.url, sender.url).then(respond);
      return true; // the answer comes asynchronously
    }
    if (message.type === 'grl:detected') {
      void onDetected(tabId, sender.frameId ?? 0, message.report).catch((error) => console.warn('[GovReport Lens]', error));
    } else {
      const { frames } = tabState(tabId);
      if (message.state) frames.set(sender.frameId ?? 0, message.state);
      else frames.delete(sender.frameId ?? 0);
      void paint(tabId);
    }
  });
  browser.action.onClicked.addListener((tab) => {
    if (tab.id != null) void toggle(tab.id).catch((error) => console.warn('[GovReport Lens]', error));
  });
  // No clean slate as the tab loads: the browser says so for an SPA's address change too, which the annotator's reading may
  // outlive. A page that goes says so itself (each script as its frame hides), and the browser clears the badge.
  browser.tabs.onRemoved.addListener((tabId) => tabs.delete(tabId));
});
