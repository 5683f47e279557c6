// What the toolbar icon says about a tab: the number of errors, ✓ when none (? where the page may not
// be a report at all), a neutral mark when a report was recognised but not checked yet, … while a click's reading is under way.
import type { Messages } from '../../components/i18n.ts';
import { SURE } from '../../lib/document/is-report.ts';
import type { FrameState } from '../annotator.content/protocol.ts';

export interface Badge { text: string; color: string; title: string }

// Every badge that counts no errors: grey.
const NEUTRAL = '#5f6368';

/**
 * `detected`: the detector saw a report in some frame; `frames`: what the annotator found in each frame it read;
 * `reading`: a click on the icon is still reading the page before the panel can show.
 */
export function badgeFor(detected: boolean, frames: FrameState[], t: Messages, reading = false): Badge {
  if (reading) return { text: '…', color: NEUTRAL, title: t.badgeReading };
  const reports = frames.filter((f) => f.isReport);
  if (reports.length > 0) {
    const errors = reports.reduce((n, f) => n + f.errors, 0);
    const others = reports.reduce((n, f) => n + f.others, 0);
    if (errors > 0) return { text: String(errors), color: '#d93025', title: t.badgeErrors(errors, others) };
    // No ✓ for a page the panel itself doubts is a report.
    return reports.some((f) => f.confidence >= SURE)
      ? { text: '✓', color: '#188038', title: t.badgeNoErrors(others) }
      : { text: '?', color: NEUTRAL, title: t.badgeUnsure(others) };
  }
  if (frames.some((f) => f.failed)) return { text: '!', color: NEUTRAL, title: t.badgeFailed };
  if (detected && !frames.some((f) => f.checked)) return { text: '•', color: NEUTRAL, title: t.badgeUnchecked };
  return { text: '', color: NEUTRAL, title: frames.some((f) => f.checked) ? t.badgeNotReport : '' };
}
