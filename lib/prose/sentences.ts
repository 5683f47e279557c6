// Sentence boundaries inside a line of prose: a figure's sentence is its text, and labels and
// breakdowns never reach across one.

/** A sentence as line.text[start, end), white space trimmed. */
export interface SentenceRange { start: number; end: number }

const END = /[。；;]/g;

/** White space as line text keeps it: spaces, tabs, no-break and ideographic spaces. */
export function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0 || code === 0x0d;
}

/** The sentences of a line, split on 。；; (the line's end closes the last one). */
export function sentenceRanges(text: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  let start = 0;
  for (;;) {
    // test(), not exec(): only where the end is, and no match object per sentence.
    END.lastIndex = start;
    const found = END.test(text);
    let end = found ? END.lastIndex - 1 : text.length;
    let from = start;
    while (from < end && isBlank(text.charCodeAt(from))) from++;
    while (end > from && isBlank(text.charCodeAt(end - 1))) end--;
    if (end > from) out.push({ start: from, end });
    if (!found) return out;
    start = END.lastIndex;
  }
}
