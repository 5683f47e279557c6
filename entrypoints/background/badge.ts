// What the toolbar icon says about a tab: the verdict on the reports read (lib/verdict.ts) — the number of errors, a mark of
// its own where the page may be no issuer's own copy, — where no table of the report could be read, ✓ when none of these (? where the page may not be a report at all) — a neutral
// mark when a report was recognised but not checked yet, … while a click's reading is under way.
import type { Messages } from '../../components/i18n.ts';
import { verdictOf } from '../../lib/verdict.ts';
import type { FrameState } from '../annotator.content/protocol.ts';

export interface Badge { text: string; color: string; title: string }

// The badges that give no verdict (reading, unchecked, failed) and the doubting one: grey.
const NEUTRAL = '#5f6368';

/**
 * `detected`: the detector saw a report in some frame; `frames`: what the annotator found in each frame it read;
 * `reading`: a click on the icon is still reading the page before the panel can show.
 */
export function badgeFor(detected: boolean, frames: FrameState[], t: Messages, reading = false): Badge {
  if (reading) return { text: '…', color: NEUTRAL, title: t.badgeReading };
  const verdict = verdictOf(frames.filter((f) => f.isReport));
  switch (verdict?.kind) {
    case 'errors': return { text: String(verdict.errors), color: '#d93025', title: t.badgeErrors(verdict.errors, verdict.others, verdict.copy) };
    // Amber, not ✓'s green: a copy on a mirror reads as clean, its figures maybe changed.
    case 'copy': return { text: t.badgeCopyMark, color: '#b06000', title: t.badgeCopy(verdict.others) };
    // No table checked (tables as pictures, the report in an attachment, its figures in its text alone): a dash, not ✓'s "checked, clean".
    case 'not-checked': return { text: '—', color: NEUTRAL, title: verdict.prose ? t.badgeProseOnly(verdict.others) : t.badgeNotChecked(verdict.others) };
    case 'clean': return { text: '✓', color: '#188038', title: t.badgeNoErrors(verdict.others) };
    // No ✓ for a page the panel itself doubts is a report.
    case 'unsure': return { text: '?', color: NEUTRAL, title: t.badgeUnsure(verdict.others) };
  }
  if (frames.some((f) => f.failed)) return { text: '!', color: NEUTRAL, title: t.badgeFailed };
  if (detected && !frames.some((f) => f.checked)) return { text: '•', color: NEUTRAL, title: t.badgeUnchecked };
  return { text: '', color: NEUTRAL, title: frames.some((f) => f.checked) ? t.badgeNotReport : '' };
}
