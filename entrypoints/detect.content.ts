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

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  allFrames: true,
  // A frame that shows its srcdoc (a report pasted into <iframe srcdoc>) has no address of its own to match.
  matchAboutBlank: true,
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    let told = false; // the background was told this page looks like a report
    const tell = (report: boolean) => {
      told = report;
      void browser.runtime.sendMessage({ type: 'grl:detected', report } satisfies BackgroundMessage).catch(() => {});
    };
    const look = () => {
      if (!told && looksLikeReport(document.title, headTextOf(document))) tell(true);
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
      watch();
    });
  },
});
