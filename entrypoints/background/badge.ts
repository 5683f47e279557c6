// What the toolbar icon says about a tab: the verdict on the reports read (lib/verdict.ts) — the number of errors, a mark of
// its own where the page may be no issuer's own copy, — where no table of the report could be read, ✓ when none of these (? where the page may not be a report at all) — a neutral
// mark when a report was recognised but not checked yet, … while a click's reading is under way.
import type { Messages } from '../../components/i18n.ts';
import { NEUTRAL, verdictMark } from '../../components/verdict-mark.ts';
import { verdictOf } from '../../lib/verdict.ts';
import type { FrameState } from '../annotator.content/protocol.ts';

export interface Badge { text: string; color: string; title: string }

/**
 * `detected`: the detector saw a report in some frame; `frames`: what the annotator found in each frame it read;
 * `reading`: a click on the icon is still reading the page before the panel can show.
 */
export function badgeFor(detected: boolean, frames: FrameState[], t: Messages, reading = false): Badge {
  if (reading) return { text: '…', color: NEUTRAL, title: t.badgeReading };
  const verdict = verdictOf(frames.filter((f) => f.isReport));
  if (verdict) return { ...verdictMark(verdict, t), title: t.badgeTitle(verdict) };
  if (frames.some((f) => f.failed)) return { text: '!', color: NEUTRAL, title: t.badgeFailed };
  if (detected && !frames.some((f) => f.checked)) return { text: '•', color: NEUTRAL, title: t.badgeUnchecked };
  return { text: '', color: NEUTRAL, title: frames.some((f) => f.checked) ? t.badgeNotReport : '' };
}
