// The heavy half: the engine, the marks and the panel. Not in the manifest: the background injects
// it into a frame when the detector found a report there or when the user clicks the icon, so
// ordinary pages never load it.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { z } from 'zod';
import { loadSettings } from '../options/settings-store.ts';
import type { BackgroundMessage, FrameCommand, FrameState } from './protocol.ts';
import { readPage, type Reading } from './read-page.ts';
import { openSession, type Session } from './session.tsx';

// An extension's content script may not compile code (MV3's CSP), and zod's probe for that can be reported
// as a CSP violation: tell zod up front to validate without compiled parsers.
z.config({ jitless: true });

export default defineContentScript({
  registration: 'runtime',
  matches: ['*://*.gov.cn/*'],
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Marks the frame as served; the background injects only where this is unset (protocol.ts).
    (globalThis as { grlAnnotatorLoaded?: boolean }).grlAnnotatorLoaded = true;
    const annotator = createAnnotator(ctx);
    const onMessage = (message: FrameCommand, _sender: unknown, respond: (state: FrameState) => void) => {
      void annotator.handle(message).then(respond);
      return true; // the answer comes asynchronously
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});

function createAnnotator(ctx: ContentScriptContext) {
  let reading: Reading | null = null;
  let session: Session | null = null;
  let opening: Promise<void> | null = null;
  // A state request's reading while it is under way: a second request waits for it instead of reading again.
  let checking: Promise<void> | null = null;

  const state = (): FrameState => ({
    checked: reading !== null,
    isReport: reading?.ok === true && reading.report.document.isReport,
    confidence: reading?.ok ? reading.report.document.confidence : 0,
    errors: reading?.ok ? reading.report.warnings.filter((w) => w.severity === 'error').length : 0,
    others: reading?.ok ? reading.report.warnings.filter((w) => w.severity !== 'error').length : 0,
    failed: reading?.ok === false,
    open: session !== null || opening !== null,
  });
  const announce = () => void browser.runtime.sendMessage({ type: 'grl:state', state: state() } satisfies BackgroundMessage)
    .catch(() => { /* the background is restarting; it asks again on the next click */ });

  async function open() {
    const settings = await loadSettings();
    // Read afresh on every open: the page may have changed, and the bindings must be live nodes.
    // The panel is not mounted yet, so its own text is never read as the page's.
    reading = await readPage(document, settings);
    try {
      session = await openSession(ctx, reading, settings, () => { session = null; announce(); }, (read) => { reading = read; announce(); });
    } catch (error) {
      // The host page must never break because of us; the badge still tells what was found.
      console.error('[GovReport Lens] could not open the panel', error);
    }
  }

  return {
    async handle(message: FrameCommand): Promise<FrameState> {
      if (message.type === 'grl:state' && reading === null) {
        checking ??= loadSettings().then((settings) => readPage(document, settings)).then((read) => {
          reading ??= read; // an open() meanwhile read the page afresh: its reading stands
        }).finally(() => { checking = null; });
        await checking;
      } else if (message.type === 'grl:open' && !session && !opening) {
        opening = open().finally(() => { opening = null; });
        await opening;
      } else if (message.type === 'grl:close') {
        session?.close();
      }
      announce();
      return state();
    },
  };
}
