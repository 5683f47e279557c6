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

/** Takes in what `by` says; false when the tab no longer (or not yet) shows its document, which then counts for nothing. */
export function hear(tab: TabState, by: Speaker, saying: Saying): boolean {
  if (saying === 'gone' || (by.documentLifecycle !== undefined && by.documentLifecycle !== 'active')) {
    tab.delete(by.documentId);
    return false;
  }
  // The frame shows this document: what an older one left there is of a page gone.
  for (const [other, s] of tab) if (other !== by.documentId && s.frameId === by.frameId) tab.delete(other);
  const said = tab.get(by.documentId) ?? { frameId: by.frameId, detected: false, state: null };
  Object.assign(said, saying, { frameId: by.frameId });
  if (said.detected || said.state !== null) tab.set(by.documentId, said);
  return true;
}

/** The badge's inputs: some document's detector saw a report; the annotators' states. */
export function tabSays(tab: TabState): { detected: boolean; frames: FrameState[] } {
  const said = [...tab.values()];
  return { detected: said.some((s) => s.detected), frames: said.flatMap((s) => (s.state ? [s.state] : [])) };
}
