// The light half, on every gov.cn page and frame: a look at the title and the start of the text.
// Only when that looks like a report does the background bring in the engine (annotator.content).
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { headTextOf, looksLikeReport } from '../lib/detect.ts';
import type { BackgroundMessage } from './annotator.content/protocol.ts';

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  allFrames: true,
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main() {
    if (!looksLikeReport(document.title, headTextOf(document))) return;
    void browser.runtime.sendMessage({ type: 'grl:detected' } satisfies BackgroundMessage).catch(() => {});
  },
});
