// The heavy half: the engine, the marks and the panel. Not in the manifest: the background injects
// it into a frame when the detector found a report there or when the user clicks the icon, so
// ordinary pages never load it.
import './zod-without-eval.ts';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { loadSettings } from '../options/settings-store.ts';
import { pageOf } from '../../lib/detect.ts';
import { tallyOf } from '../../lib/verdict.ts';
import { onPageChange } from './page-change.ts';
import type { FrameCommand, FrameState } from './protocol.ts';
import { readPage, type Reading } from './read-page.ts';
import type { Settings } from '../options/settings.ts';
import { openSession, type Session } from './session.tsx';
import { tellBackground } from './tell-background.ts';

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
  // The page `reading` was read from (pageOf its address).
  let readOn = '';
  let session: Session | null = null;
  let opening: Promise<void> | null = null;
  // A state request's reading while it is under way: a second request waits for it instead of reading again.
  let checking: Promise<void> | null = null;

  const state = (): FrameState => ({
    checked: reading !== null,
    isReport: reading?.ok === true && reading.report.document.isReport,
    ...(reading?.ok ? tallyOf(reading.report, reading.attachments.length, reading.pictures) : { confidence: 0, errors: 0, others: 0, copy: false, unchecked: null }),
    failed: reading?.ok === false,
    open: session !== null || opening !== null,
  });
  const announce = () => tellBackground({ type: 'grl:state', state: state() });
  // A document that goes (its frame removed, reloaded or left) counts for nothing; one back from the cache counts again. Chrome
  // may deliver this after the next document took the frame, and from another frameId: the background knows the document.
  ctx.addEventListener(window, 'pagehide', () => tellBackground({ type: 'grl:gone' }));
  ctx.addEventListener(window, 'pageshow', (e) => { if (e.persisted) announce(); });

  /**
   * Reads the frame's page and keeps the reading, unless `keep` and there is one already (an open()
   * meanwhile read the page afresh: its reading stands). The address is taken first, as the DOM is read at once.
   */
  async function read(settings: Settings, keep = false): Promise<Reading> {
    const on = pageOf(location.href);
    const read = await readPage(document, settings);
    if (!keep || reading === null) {
      reading = read;
      readOn = on;
    }
    return read;
  }

  // After an SPA's navigation the reading is of a page no longer shown: forgotten, so that the badge clears
  // and the next request reads the new one. Asked around every message too, as the detector may learn of
  // the navigation first (Firefox polls the address, each script on its own clock). The open panel keeps
  // its marks where the content they mark is still there (a portal's replaceState adding a parameter), and
  // then its reading too, now of the new address.
  const forgetLeftPage = () => {
    const now = pageOf(location.href);
    if (reading === null || readOn === now) return false;
    if (session?.addressChanged()) {
      readOn = now;
      return false;
    }
    reading = null;
    return true;
  };
  onPageChange(ctx, () => { if (forgetLeftPage()) announce(); });

  async function open() {
    // The page is read afresh on every open, as the panel shows: it may have changed, and the bindings must be live nodes.
    // The panel is in a shadow root, which the reading does not enter.
    try {
      session = await openSession(ctx, await loadSettings(), {
        onClosed: () => { session = null; announce(); },
        // Forgotten, so that the badge says the page is not checked and the next request reads it again.
        onChanged: () => { reading = null; announce(); },
        onReading: (next) => { reading = next; announce(); },
        read: async () => {
          const next = await read(await loadSettings());
          announce();
          return next;
        },
      });
      // Opened once it shows what it read: the click's … on the badge lasts until then.
      await session.shown;
    } catch (error) {
      // The host page must never break because of us; the badge still tells what was found.
      console.error('[GovReport Lens] could not open the panel', error);
    }
  }

  return {
    async handle(message: FrameCommand): Promise<FrameState> {
      forgetLeftPage();
      if (message.type === 'grl:state' && reading === null) {
        checking ??= loadSettings().then((settings) => read(settings, true)).then(() => {}).finally(() => { checking = null; });
        await checking;
      } else if (message.type === 'grl:open' && !session && !opening) {
        opening = open().finally(() => { opening = null; });
        await opening;
      } else if (message.type === 'grl:close' && session) {
        session.close(); // announced as it closed (onClosed)
        return state();
      }
      forgetLeftPage(); // the page may have changed while it was read
      announce();
      return state();
    },
  };
}
