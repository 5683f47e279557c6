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

it('tells the background of a report at once on a page shown', () => {
  void detector.main(ctx);
  expect(sendMessage.mock.calls).toEqual([[{ type: 'grl:detected', report: true }]]);
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
  expect(sendMessage.mock.calls).toEqual([[{ type: 'grl:detected', report: true }]]);
});
