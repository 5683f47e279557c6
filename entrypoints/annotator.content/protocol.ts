// Messages between the background and the scripts in a tab's frames.
import type { Tally } from '../../lib/verdict.ts';
import type { LinkProblem } from '../../lib/years/links.ts';

/** What one frame found, for the badge (its report's tally, all 0 where none was read) and for choosing the frame that shows the panel. */
export interface FrameState extends Tally {
  /** The engine has read this frame. */
  checked: boolean;
  isReport: boolean;
  /** The engine threw on this frame. */
  failed: boolean;
  open: boolean;
}

/** Background → the annotator in one frame; each is answered with the frame's FrameState. */
export type FrameCommand =
  | { type: 'grl:peek' } // the state as it is, nothing read
  | { type: 'grl:state' } // read the page if not read yet (no marks)
  | { type: 'grl:open' }
  | { type: 'grl:close' };

/** A frame → the background. */
export type BackgroundMessage =
  // The detector: this frame's page looks like a report; false when an SPA's navigation (or the document's going) left such a page.
  | { type: 'grl:detected'; report: boolean }
  | { type: 'grl:state'; state: FrameState | null } // the annotator, whenever its state changes; null as its page goes
  | { type: 'grl:fetch'; url: string }; // the annotator: read a page of the frame's own site, answered with a FetchedPage

/**
 * A page the background fetched for a frame: its final address (after redirects) and its text, decoded
 * as its Content-Type or <meta> says. The background may fetch where the frame may not (its host
 * permission is not subject to the portal's CORS).
 */
export type FetchedPage = { ok: true; url: string; html: string } | { ok: false; problem: Extract<LinkProblem, { kind: 'unreachable' | 'not-page' | 'other-site' }> };

/** The annotator's bundle, injected by the background into frames on demand. */
export const ANNOTATOR_FILE = '/content-scripts/annotator.js';

/** Run in each frame before injecting: is the annotator there already? (Injecting twice would restart it.) */
export const annotatorLoaded = () => (globalThis as { grlAnnotatorLoaded?: boolean }).grlAnnotatorLoaded === true;
