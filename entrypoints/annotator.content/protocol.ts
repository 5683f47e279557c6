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

/**
 * What a document's detector or annotator says of it, with the document (documentOf): Firefox names no sender's document,
 * and may deliver what a report said as it went after the next page in its frame spoke, from another process.
 */
export type DocumentMessage =
  // The detector: this frame's page looks like a report, or not (said once as the page is shown: this document is the
  // frame's now); false too when an SPA's navigation left such a page.
  | { type: 'grl:detected'; report: boolean }
  | { type: 'grl:state'; state: FrameState } // the annotator, whenever its state changes
  // Either script as the document goes (pagehide): all it said goes at once, whichever script is heard first.
  | { type: 'grl:gone' };

/** A frame → the background. */
export type BackgroundMessage =
  | (DocumentMessage & { document: string })
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

/**
 * This document's id, the same for both scripts (they share the extension's world in the frame), kept for the document's
 * life (an SPA's navigations, a stay in the bfcache); a random one, as an http page has no crypto.randomUUID.
 */
export function documentOf(): string {
  const world = globalThis as { grlDocument?: string };
  return (world.grlDocument ??= `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`);
}
