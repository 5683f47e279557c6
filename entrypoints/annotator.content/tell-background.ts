// What the detector and the annotator say of their document to the background, which keeps a tab's state by document.
import { browser } from 'wxt/browser';
import { documentOf, type BackgroundMessage, type DocumentMessage } from './protocol.ts';

/** Sends `saying` with this document's id; a background restarting meanwhile learns it again on the next message. */
export function tellBackground(saying: DocumentMessage): void {
  void browser.runtime.sendMessage({ ...saying, document: documentOf() } satisfies BackgroundMessage).catch(() => {});
}
