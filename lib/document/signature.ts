// The closing signature: the body's name and the date under the report.
import { toHalfWidth } from '../text/normalize.ts';
import { articleEnd } from './article-end.ts';
import { DATE_SOURCE, isoDate } from './dates.ts';
import { NAME_LINE } from './names.ts';
import { labelsDate } from './published.ts';

const STANDALONE_DATE = new RegExp(`^([^\\d〇○一二三四五六七八九十]{0,30}?)${DATE_SOURCE}$`);

/**
 * The closing signature: the date under it, and the body's name above it (or before it on the same
 * line). The last date under a body's name; a date alone under no name (a related link's) only where no
 * date stands under one.
 */
export function signature(body: string[]): { date: string; name: string | null } | null {
  let unnamed: { date: string; name: null } | null = null;
  // Under the article's end a list's names and dates are no signature.
  for (let i = articleEnd(body) - 1; i >= Math.floor(body.length / 3); i--) {
    if (!endsLikeDate(body[i]!)) continue;
    const line = toHalfWidth(body[i]!).replace(/[\s?]+/g, '');
    if (line.length > 40 || labelsDate(line)) continue;
    const m = STANDALONE_DATE.exec(line);
    const date = m ? isoDate(m[2]!, m[3]!, m[4]!) : null;
    if (!m || !date) continue;
    const own = m[1]!;
    const before = own || (i > 0 ? toHalfWidth(body[i - 1]!).replace(/[\s?]+/g, '') : '');
    if (NAME_LINE.test(before)) return { date, name: before };
    // Words before the date on its line that are no name: a news list's title run into its date.
    if (own) continue;
    unnamed ??= { date, name: null };
  }
  return unnamed;
}

// What the normalisation in signature() removes (white space, the ? noise, invisible characters), and
// what a date ends with (日, a digit), each as it may stand in the raw line.
const REMOVED = /[\s?？\u200B-\u200F\u2060\u00AD]/y;
const DATE_END = /[\d０-９日〇○OＯ零一二三四五六七八九十]/y;

/** Whether the line, once normalised, ends as STANDALONE_DATE does. Most lines end in 。 and are skipped before normalising them. */
function endsLikeDate(raw: string): boolean {
  for (let i = raw.length - 1; i >= 0; i--) {
    REMOVED.lastIndex = DATE_END.lastIndex = i;
    if (!REMOVED.test(raw)) return DATE_END.test(raw);
  }
  return false;
}
