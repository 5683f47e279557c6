// Badge and icon click, the pages the annotator asks to read, and the year store (year-store.ts) every page asks. Pages talk to it through protocol.ts; the state of a tab is what its
// documents last said (tab-state.ts), kept in memory (a restarted worker just learns it again on the next message): the
// detector's part and the annotator's each changed only by what that script in that document says, or dropped once a newer
// document in its frame speaks.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { messagesFor } from '../../components/i18n.ts';
import type { BackgroundMessage, FetchedPage } from '../annotator.content/protocol.ts';
import { loadSettings, watchSettings } from '../options/settings-store.ts';
import { answerYears, type YearsAnswer, type YearsAsk } from '../options/year-store.ts';
import { badgeFor } from './badge.ts';
import { fetchPage } from './fetch-page.ts';
import { ensureAnnotator, frameToOpen, tellFrame } from './frames.ts';
import { clicks } from './clicks.ts';
import { hear, tabSays, type Speaker, type TabState } from './tab-state.ts';

export default defineBackground(() => {
  const tabs = new Map<number, TabState>();
  // The icon's clicks at work, a tab at a time.
  const atWork = clicks((tabId) => void paint(tabId));
  const tabState = (tabId: number) => {
    let state = tabs.get(tabId);
    if (!state) tabs.set(tabId, (state = new Map()));
    return state;
  };

  async function paint(tabId: number) {
    const t = messagesFor((await loadSettings()).language);
    // The tab as it is now, not as it was when asked: a paint never shows what a later message replaced.
    const { detected, frames } = tabSays(tabState(tabId));
    const badge = badgeFor(detected, frames, t, atWork.slow(tabId));
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: badge.text }),
      browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
      // An empty title restores the manifest's default tooltip.
      browser.action.setTitle({ tabId, title: badge.title }),
    ]).catch(() => { /* the tab closed meanwhile */ });
  }

  async function onDetected(tabId: number, by: Speaker, report: boolean) {
    // The annotator's reading stays until the annotator says otherwise: after an address change it may keep it
    // (a parameter the portal added), else it announces it forgot, as it does when its document goes.
    const { shown, changed } = hear(tabState(tabId), by, { detected: report });
    if (changed) await paint(tabId);
    if (!report || !shown) return;
    const settings = await loadSettings();
    if (!settings.autoCheck) return;
    await ensureAnnotator(tabId, { frameIds: [by.frameId] });
    const state = await tellFrame(tabId, by.frameId, { type: 'grl:state' });
    if (settings.autoOpen && state?.isReport) await tellFrame(tabId, by.frameId, { type: 'grl:open' });
  }

  /**
   * The icon: closes the annotator where it is open, else opens it in the frame with the report, at once where there is
   * no choice to make (one frame, or a report read already): the panel then says it reads the page. Where there is, the
   * frames not read yet are read first.
   */
  async function toggle(tabId: number) {
    let frameIds: number[];
    try {
      frameIds = await ensureAnnotator(tabId, { allFrames: true });
    } catch {
      return; // a page no extension may script (chrome://, the web store)
    }
    const ask = (type: 'grl:peek' | 'grl:state') => Promise.all(frameIds.map(async (frameId) => ({ frameId, state: await tellFrame(tabId, frameId, { type }) })));
    let frames = await ask('grl:peek');
    const open = frames.filter((f) => f.state?.open);
    if (open.length > 0) {
      await Promise.all(open.map((f) => tellFrame(tabId, f.frameId, { type: 'grl:close' })));
      return;
    }
    if (frames.length > 1 && !frames.some((f) => f.state?.isReport)) frames = await ask('grl:state');
    await tellFrame(tabId, frameToOpen(frames), { type: 'grl:open' });
  }

  browser.runtime.onMessage.addListener((message: BackgroundMessage | YearsAsk, sender, respond: (answer: FetchedPage | YearsAnswer) => void) => {
    // The year store, asked by a tab's annotator or by the options page (no tab of its own where the browser embeds it).
    if (message.type === 'grl:years') {
      void answerYears(message).then(respond);
      return true;
    }
    const tabId = sender.tab?.id;
    if (tabId == null) return;
    if (message.type === 'grl:fetch') {
      void fetchPage(message.url, sender.url).then(respond);
      return true; // the answer comes asynchronously
    }
    const by: Speaker = { frameId: sender.frameId ?? 0, documentId: sender.documentId ?? message.document, documentLifecycle: sender.documentLifecycle };
    if (message.type === 'grl:detected') {
      void onDetected(tabId, by, message.report).catch((error) => console.warn('[GovReport Lens]', error));
    } else {
      if (hear(tabState(tabId), by, message.type === 'grl:gone' ? 'gone' : { state: message.state }).changed) void paint(tabId);
    }
  });
  browser.action.onClicked.addListener(({ id: tabId }) => {
    if (tabId == null) return;
    // A click while the last one still opens the panel does nothing: it would close the panel as soon as it showed.
    void atWork.run(tabId, () => toggle(tabId)).catch((error) => console.warn('[GovReport Lens]', error));
  });
  // No clean slate as the tab loads: the browser says so for an SPA's address change too, which the annotator's reading may
  // outlive. A page that goes says so itself (each script on pagehide, maybe only once the next page has the tab: tab-state.ts).
  browser.tabs.onRemoved.addListener((tabId) => tabs.delete(tabId));
  // The language chosen on the options page applies at once, to the icon's tooltip as to an open panel.
  watchSettings(() => { for (const tabId of tabs.keys()) void paint(tabId); });
});
