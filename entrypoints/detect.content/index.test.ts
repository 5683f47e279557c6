// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const sendMessage = vi.fn((_message: unknown) => Promise.resolve());
vi.mock('wxt/browser', () => ({ browser: { runtime: { id: 'grl-test', sendMessage } } }));
const { default: detector } = await import('./index.ts');

// WXT's own context reads the build's import.meta.env, which a test has not: the parts the detector uses.
let invalidated: AbortController;
let ctx: ContentScriptContext;
beforeEach(() => {
  sendMessage.mockClear();
  document.title = '铁岭市2019年度政府信息公开工作报告';
  invalidated = new AbortController();
  const { signal } = invalidated;
  ctx = {
    onInvalidated: (stop: () => void) => signal.addEventListener('abort', stop),
    setTimeout: (run: () => void, ms: number) => window.setTimeout(run, ms),
    addEventListener: (target: EventTarget, type: string, listener: EventListener, options?: AddEventListenerOptions) =>
      target.addEventListener(type, listener, { ...options, signal }),
  } as unknown as ContentScriptContext;
});
afterEach(() => {
  invalidated.abort();
  delete (document as { prerendering?: boolean }).prerendering;
});

/** The messages sent, each with the document's id, the same for every message of the document. */
function sent() {
  const messages = sendMessage.mock.calls.map(([m]) => m as { document: string });
  expect(messages.every((m) => m.document !== '' && m.document === messages[0]!.document)).toBe(true);
  return messages.map(({ document: _id, ...message }) => message);
}

it('tells the background of a report at once on a page shown', () => {
  void detector.main(ctx);
  expect(sent()).toEqual([{ type: 'grl:detected', report: true }]);
});

// Firefox delivered the report's going after the next page came, or half of it: the next page, no report, says it is the
// frame's now, so that the background drops what the report left there.
it('tells the background of a page that is no report as it is shown, and of its going', () => {
  document.title = '关于做好春节期间安全生产工作的通知';
  void detector.main(ctx);
  window.dispatchEvent(new Event('pagehide'));
  expect(sent()).toEqual([{ type: 'grl:detected', report: false }, { type: 'grl:gone' }]);
});

// Chrome prerenders a likely next page (a link in the 年报 list hovered, the address typed): the background counts
// nothing a document says before it is the tab's, so the badge would stay blank on the report the reader then sees.
it('tells the background nothing while Chrome prerenders a report, and of the report once the page is shown', () => {
  Object.defineProperty(document, 'prerendering', { configurable: true, writable: true, value: true });
  void detector.main(ctx);
  // What it said before would count for nothing: it says nothing.
  expect(sendMessage).not.toHaveBeenCalled();
  (document as { prerendering?: boolean }).prerendering = false;
  document.dispatchEvent(new Event('prerenderingchange'));
  expect(sent()).toEqual([{ type: 'grl:detected', report: true }]);
});
