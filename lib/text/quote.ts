// How a message quotes the page: in Chinese quotation marks (“…”: ASCII "…" pairs side by side read as one run),
// and a long sentence cut to the words the finding is about, at clause boundaries, never inside a number.

/** A place in the text quoted: [at, stop), as the prose reader's counts give a figure's (NumberToken). */
export interface Place { at: number; stop: number }

/** A text up to this long is quoted whole, and one that a cut would shorten by fewer than SAVED characters. */
const WHOLE = 40;
const SAVED = 8;
/** The words shown before a place at most, where its clause starts further back; at least MIN_LEAD where the text has them. */
const LEAD = 24;
const MIN_LEAD = 4;
/** The words shown after a place at most, where its clause ends further on. */
const TAIL = 16;
/** Pieces this close are shown as one: an … between them would save next to nothing. */
const JOIN = 6;
const CLAUSE_END = /[，,。；;：:！!？?]/;
// Where words part within a clause: a list's 、, a closing quote or bracket, a joining word.
const JOINS = /[、”’》）)」及和与]/;
// What a number is written with: a cut next to one may split it (2516 → 25…, 二十五 → 二十…) or part it from its unit.
const NUMERAL = /[\d０-９.．,零〇一二两三四五六七八九十百千万亿]/;

// Quotes inside the text quoted become single ones, as Chinese nests them: “…通过‘中国·东莞’门户网站…”.
const inner = (text: string) => text.replace(/“/g, '‘').replace(/”/g, '’');

const endsClause = (text: string, i: number) => CLAUSE_END.test(text[i] ?? '');

/**
 * The start of the piece showing the place at `at`: its clause's start, or the one before where that leaves fewer
 * than MIN_LEAD words (…10件,共计262件), within LEAD characters; cut inside a clause, after a mark or joining word, else before any number it splits.
 */
function pieceStart(text: string, at: number): number {
  const floor = Math.max(0, at - LEAD);
  let from = at;
  while (from > floor && !(endsClause(text, from - 1) && at - from >= MIN_LEAD)) from--;
  if (from > 0 && !endsClause(text, from - 1)) {
    // Cut inside a clause: after the first mark or joining word there, rather than inside a word (栏目及|东莞市…).
    const soft = text.slice(from, at - MIN_LEAD).search(JOINS);
    if (soft >= 0) from += soft + 1;
    else while (from > 0 && NUMERAL.test(text[from - 1]!)) from--;
  }
  while (from < at && /[\s、，,。；;：:]/.test(text[from]!)) from++;
  return from;
}

/** The end of the piece showing the place ending at `stop`: its clause's end within TAIL, else TAIL on, before any number cut there. */
function pieceEnd(text: string, stop: number): number {
  const ceiling = Math.min(text.length, stop + TAIL);
  let to = stop;
  while (to < ceiling && !endsClause(text, to)) to++;
  return to === text.length || endsClause(text, to) ? to : beforeNumber(text, to, stop);
}

/** `to`, or the start of a number it would cut (2516 → 25…), not before `floor`. */
function beforeNumber(text: string, to: number, floor: number): number {
  while (to > floor && NUMERAL.test(text[to - 1]!)) to--;
  return to;
}

/**
 * Where a text quoted from its start is cut: at the last clause boundary in its second half, else at the last 、 or
 * after a closing quote or bracket there (登记、审核…, not 审核、办…), else before any number cut there; a text that
 * opens with a run of digits longer than that (a table cell of hundreds) is cut inside it, no number to keep whole.
 */
function headEnd(text: string): number {
  for (let i = WHOLE; i >= WHOLE / 2; i--) if (endsClause(text, i)) return i;
  for (let i = WHOLE; i >= WHOLE / 2; i--) if (text[i] === '、' || /[”’》）)」]/.test(text[i - 1]!)) return i;
  return beforeNumber(text, WHOLE, 0) || WHOLE;
}

/**
 * Page text as a message quotes it, in “…”. A text longer than WHOLE is cut to the clauses holding `places` (the
 * figures the finding is about, in any order), with … where words are left out; without places, to its first
 * clauses. One function for every message, so that all quote alike.
 */
export function quote(text: string, places: readonly Place[] = []): string {
  if (text.length <= WHOLE) return `“${inner(text)}”`;
  const pieces: [number, number][] = places.length === 0 ? [[0, headEnd(text)]]
    : [...places].sort((a, b) => a.at - b.at).map(({ at, stop }) => [pieceStart(text, at), pieceEnd(text, stop)]);
  const joined: [number, number][] = [];
  for (const [from, to] of pieces) {
    const last = joined.at(-1);
    if (last && from - last[1] <= JOIN) last[1] = Math.max(last[1], to);
    else joined.push([from, to]);
  }
  const [first] = joined[0]!, end = joined.at(-1)![1];
  if (joined.reduce((n, [from, to]) => n - (to - from), text.length) < SAVED) return `“${inner(text)}”`;
  const shown = joined.map(([from, to]) => inner(text.slice(from, to))).join('…');
  return `“${first > 0 ? '…' : ''}${shown}${end < text.length ? '…' : ''}”`;
}
