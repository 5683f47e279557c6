// The light half, on every gov.cn page and frame: a look at the title and the start of the text, again as
// the page changes for a while (a body loaded by XHR) and after an SPA's navigation. Only when that looks
// like a report does the background bring in the engine (annotator.content).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { steadyText, headTextOf, looksLikeReport, watchChanges } from '../../lib/detect.ts';
import { onPageChange } from '../annotator.content/page-change.ts';
import { tellBackground } from '../annotator.content/tell-background.ts';

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
    // A page Chrome prerenders is not yet the tab's: what it says then counts for nothing (tab-state.ts), so it speaks
    // once it is shown.
    const prerendering = () => (document as Document & { prerendering?: boolean }).prerendering === true;
    const say = (report: boolean) => {
      if (!prerendering()) tellBackground({ type: 'grl:detected', report });
    };
    let told = false; // the background was told this page looks like a report
    const tell = (report: boolean) => {
      told = report;
      say(report);
    };
    // After a navigation, the head of the page left: an SPA often changes the address before the content, and
    // the old article must not be taken for the new page's. It is taken as the navigation starts, as the
    // looks stop once a page is detected and a head seen then may be older than the article now leaving.
    let leaving = '';
    let left: string | null = null;
    let settle = 0;
    const look = () => {
      if (told) return true;
      const head = headTextOf(document);
      if (left !== null && steadyText(head) === left) return false;
      left = null;
      if (looksLikeReport(document.title, head)) tell(true);
      return told;
    };
    let stop = () => {};
    const watch = () => {
      stop();
      if (!look()) stop = watchChanges(document, look, 500, WATCH_MS);
    };
    watch();
    // Said of a page that is no report too: the background then drops what the frame's last document left there, whose
    // going Firefox may deliver only after this (from another process), or never.
    if (!told) say(false);
    ctx.onInvalidated(() => stop());
    onPageChange(ctx, () => {
      if (told) tell(false);
      left = steadyText(leaving);
      watch();
      // Content that stays as it was (a parameter the portal replaced) is the new address's after all.
      window.clearTimeout(settle);
      settle = ctx.setTimeout(() => { left = null; watch(); }, WATCH_MS);
    }, () => { leaving = headTextOf(document); });
    // A document that goes (its frame removed, reloaded or left) says so, maybe heard only once the next one took the frame
    // (the background goes by the document, not the frame); one back from the cache says again what it showed.
    if (prerendering()) ctx.addEventListener(document, 'prerenderingchange', () => say(told), { once: true });
    ctx.addEventListener(window, 'pagehide', () => tellBackground({ type: 'grl:gone' }));
    ctx.addEventListener(window, 'pageshow', (e) => { if (e.persisted) say(told); });
  },
});
