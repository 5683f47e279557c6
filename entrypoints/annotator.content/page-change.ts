// An SPA's navigation (pushState, replaceState, popstate, a hash route) shows another page without a
// load: the detector and the annotator each learn of it here.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageOf } from '../../lib/detect.ts';

/**
 * Calls `onChange` each time the frame shows another page than before, never for a jump within the page;
 * `onLeave` as a navigation starts, while the page left is still shown (where the browser tells it then).
 */
export function onPageChange(ctx: ContentScriptContext, onChange: () => void, onLeave?: () => void): void {
  let shown = pageOf(location.href);
  // WXT's event comes from the Navigation API's navigate, before a same-document URL is updated (and before
  // the router renders) and also for a link to another document, which commits later or never: the address
  // is compared once it settled. Without that API WXT polls, and the event comes after both.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    onLeave?.();
    ctx.setTimeout(() => {
      const now = pageOf(location.href);
      if (now === shown) return;
      shown = now;
      onChange();
    }, 0);
  });
}
