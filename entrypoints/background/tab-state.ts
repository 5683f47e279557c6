// What a tab's documents last said, for the badge: each one's detector and annotator. A browser may deliver what a document
// says as it goes (pagehide) after the next document in its frame spoke: Chrome under another frameId (one left for another
// site is moved out of the frame, 'pending_deletion' or 'cached'), Firefox from the old page's process. So what a document
// says changes only what it said itself, found by its document (Chrome's documentId; elsewhere the id its scripts send),
// wherever its frame is now; and as it goes, all it said goes at once: half of it (the reading kept, the detector's word
// taken back) would paint the report's count on the next page.
import type { FrameState } from '../annotator.content/protocol.ts';

/** Who said it: the frame, the document and, where the browser tells (Chrome ≥ 106), whether the tab shows it. */
export interface Speaker { frameId: number; documentId: string; documentLifecycle?: string }

/** What one document said: its detector saw a report; its annotator's state. */
export interface Said { frameId: number; detected: boolean; state: FrameState | null }

/** A tab's documents, by documentId. */
export type TabState = Map<string, Said>;

/** What a document's detector or annotator says: a report seen or not; the annotator's state; that the document goes. */
export type Saying = { detected: boolean } | { state: FrameState } | 'gone';

/** What a message did: whether the tab shows the document that said it (else it counts for nothing), and whether it changed what the tab says. */
export interface Heard { shown: boolean; changed: boolean }

/**
 * Takes in what `by` says. Most of what is said changes nothing (every gov.cn frame's detector says it is no report as it
 * loads, and that it goes): the badge is painted again only where something did.
 */
export function hear(tab: TabState, by: Speaker, saying: Saying): Heard {
  const was = JSON.stringify([...tab]);
  const heard = (shown: boolean): Heard => ({ shown, changed: JSON.stringify([...tab]) !== was });
  if (saying === 'gone' || (by.documentLifecycle !== undefined && by.documentLifecycle !== 'active')) {
    tab.delete(by.documentId);
    return heard(false);
  }
  // The frame shows this document: what an older one left there is of a page gone.
  for (const [other, s] of tab) if (other !== by.documentId && s.frameId === by.frameId) tab.delete(other);
  const said = tab.get(by.documentId) ?? { frameId: by.frameId, detected: false, state: null };
  Object.assign(said, saying, { frameId: by.frameId });
  if (said.detected || said.state !== null) tab.set(by.documentId, said);
  return heard(true);
}

/** The badge's inputs: some document's detector saw a report; the annotators' states. */
export function tabSays(tab: TabState): { detected: boolean; frames: FrameState[] } {
  const said = [...tab.values()];
  return { detected: said.some((s) => s.detected), frames: said.flatMap((s) => (s.state ? [s.state] : [])) };
}
