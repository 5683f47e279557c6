// Getting the annotator into a tab's frames and talking to it there.
import { browser } from 'wxt/browser';
import { ANNOTATOR_FILE, annotatorLoaded, type FrameCommand, type FrameState } from '../annotator.content/protocol.ts';

export type FrameTarget = { allFrames: true } | { frameIds: number[] };

/**
 * Injects the annotator into the target frames that do not have it yet and returns the frames it
 * runs in. Frames the extension may not script (other origins without permission) are left out.
 */
export async function ensureAnnotator(tabId: number, target: FrameTarget): Promise<number[]> {
  const probes = await browser.scripting.executeScript({ target: { tabId, ...target }, func: annotatorLoaded });
  const missing = probes.filter((p) => p.result !== true).map((p) => p.frameId);
  if (missing.length > 0) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: missing }, files: [ANNOTATOR_FILE] });
  }
  return probes.map((p) => p.frameId);
}

/** Sends a command to the annotator in one frame; null when the frame is gone. */
export async function tellFrame(tabId: number, frameId: number, command: FrameCommand): Promise<FrameState | null> {
  try {
    return (await browser.tabs.sendMessage(tabId, command, { frameId })) as FrameState;
  } catch {
    return null;
  }
}

/** The frame whose panel to show: the most confident report, else one that failed (to say why), else the top frame. */
export function frameToOpen(frames: { frameId: number; state: FrameState | null }[]): number {
  const reports = frames.filter((f) => f.state?.isReport).sort((a, b) => b.state!.confidence - a.state!.confidence);
  return (reports[0] ?? frames.find((f) => f.state?.failed) ?? { frameId: 0 }).frameId;
}
