// What a tab's documents last said, for the badge: each one's detector and annotator. Chrome may deliver what a document
// says as it goes (pagehide) after the next document took its frame, under another frameId (one left for another site is
// moved out of the frame, 'pending_deletion' or 'cached'): so what a document says changes only what it said itself, found
// by its documentId, wherever its frame is now. Firefox gives no documentId: there the frame stands for its document.
import type { FrameState } from '../annotator.content/protocol.ts';

/** Who said it: the frame and, where the browser tells (Chrome ≥ 106), the document and whether the tab shows it. */
export interface Speaker { frameId: number; documentId?: string; documentLifecycle?: string }

/** What one document said: its detector saw a report; its annotator's state. */
export interface Said { frameId: number; detected: boolean; state: FrameState | null }

/** A tab's documents, by documentId (Firefox: by frame). */
export type TabState = Map<string, Said>;

/** What a document's detector or annotator says: a report seen or no more; the annotator's state, null as the document goes. */
export type Saying = { detected: boolean } | { state: FrameState | null };

/** Takes in what `by` says; false when the tab no longer (or not yet) shows its document, which then counts for nothing. */
export function hear(tab: TabState, by: Speaker, saying: Saying): boolean {
  const key = by.documentId ?? `frame ${by.frameId}`;
  if (by.documentLifecycle !== undefined && by.documentLifecycle !== 'active') {
    tab.delete(key);
    return false;
  }
  const said = tab.get(key) ?? { frameId: by.frameId, detected: false, state: null };
  Object.assign(said, saying, { frameId: by.frameId });
  if (!said.detected && said.state === null) {
    tab.delete(key);
    return true;
  }
  tab.set(key, said);
  // The frame shows this document: what an older one left there is of a page gone.
  for (const [other, s] of tab) if (other !== key && s.frameId === by.frameId) tab.delete(other);
  return true;
}

/** The badge's inputs: some document's detector saw a report; the annotators' states. */
export function tabSays(tab: TabState): { detected: boolean; frames: FrameState[] } {
  const said = [...tab.values()];
  return { detected: said.some((s) => s.detected), frames: said.flatMap((s) => (s.state ? [s.state] : [])) };
}
