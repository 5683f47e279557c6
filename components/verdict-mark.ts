// The mark of what reading a page came to (lib/verdict.ts): the toolbar's badge shows it, and the panel's first line beside its words.
import type { Verdict } from '../lib/verdict.ts';
import type { Messages } from './i18n.ts';

export interface VerdictMark { text: string; color: string }

/** Grey: the marks that give no verdict (reading, unchecked, failed) and the doubting ones. */
export const NEUTRAL = '#5f6368';

export function verdictMark(verdict: Verdict, t: Messages): VerdictMark {
  switch (verdict.kind) {
    case 'errors': return { text: String(verdict.errors), color: '#d93025' };
    // Amber, not ✓'s green: a copy on a mirror reads as clean, its figures maybe changed.
    case 'copy': return { text: t.badgeCopyMark, color: '#b06000' };
    // No table checked (tables as pictures, the report in an attachment, its figures in its text alone): a dash, not ✓'s "checked, clean".
    case 'not-checked': return { text: '—', color: NEUTRAL };
    case 'clean': return { text: '✓', color: '#188038' };
    // No ✓ for a page the panel itself doubts is a report.
    case 'unsure': return { text: '?', color: NEUTRAL };
  }
}
