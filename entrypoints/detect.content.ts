// The light half, on every gov.cn page and frame: a look at the title and the start of the text, again as
// the page changes for a while (a body loaded by XHR) and after an SPA's navigation. Only when that looks
// like a report does the background bring in the engine (annotator.content).
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { headTextOf, looksLikeReport, watchChanges } from '../lib/detect.ts';
import type { BackgroundMessage } from './annotator.content/protocol.ts';
import { onPageChange } from './annotator.content/page-change.ts';

// A portal's XHR answers within seconds; past this, changes are the page's own life (tickers, clocks).
const WATCH_MS = 15_000;

// A head without its digits: a portal's clock or visit counter ticking is no new content.
const shapeOf = (head: string) => head.replace(/[\d\s]+/g, '');

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  allFrames: true,
  // A frame that shows its srcdoc (a report pasted into <iframe srcdoc>) has no address of its own to match.
  matchAboutBlank: true,
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    const say = (report: boolean) => void browser.runtime.sendMessage({ type: 'grl:detected', report } satisfies BackgroundMessage).catch(() => {});
    let told = false; // the background was told this page looks like a report
    const tell = (report: boolean) => {
      told = report;
      say(report);
    };
    // The head as last looked at, and after a navigation the head of the page left: an SPA often changes the
    // address before the content, and the old article must not be taken for the new page's.
    let seen = '';
    let left: string | null = null;
    let settle = 0;
    const look = () => {
      const head = headTextOf(document);
      seen = shapeOf(head);
      if (seen === left) return false;
      left = null;
      if (!told && looksLikeReport(document.title, head)) tell(true);
      return told;
    };
    let stop = () => {};
    const watch = () => {
      stop();
      if (!look()) stop = watchChanges(document, look, 500, WATCH_MS);
    };
    watch();
    ctx.onInvalidated(() => stop());
    onPageChange(ctx, () => {
      if (told) tell(false);
      // Content already changed since the last look came with the navigation (a router that renders first).
      const head = shapeOf(headTextOf(document));
      left = head === seen ? head : null;
      watch();
      // Content that stays as it was (a parameter the portal replaced) is the new address's after all.
      window.clearTimeout(settle);
      if (left !== null) settle = ctx.setTimeout(() => { left = null; watch(); }, WATCH_MS);
    });
    // A frame removed, reloaded or left for another document says so; one back from the cache says again what it showed.
    ctx.addEventListener(window, 'pagehide', () => { if (told) say(false); });
    ctx.addEventListener(window, 'pageshow', (e) => { if (told && e.persisted) say(true); });
  },
});
