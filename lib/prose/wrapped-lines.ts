// Lines wrapped in the middle of a sentence, read as one: editors wrap text by hand with <br>, and Word
// exports put one where the original page ended a line ("共有1名兼职<br>工作人员负责…", "其中<br>当面申请3件",
// "主动公开信息<br>125条"). The prose reader reads a figure, its label and its breakdown within one line; the
// document readers and the rules read a sentence of running text so (runOnLines), titles, date lines, headings,
// signatures and tables their lines as they are.
import { DATE_SOURCE } from '../document/dates.ts';
import type { Line, TextPiece } from '../page/model.ts';
import { endsInCount, findNumbers, marksAfter, type OpenMarks } from './numbers.ts';
import { isBlank } from './sentences.ts';
import { HAN } from '../text/han.ts';

// What ends a sentence or a clause that leads in to what follows (其中：): the break after it is the writer's. Not a
// ；, which ends no paragraph: the list it parts goes on after the break (…占51.85%；<br>不予公开5件，…).
// Read from the line's end: a regex anchored at its end ([。：:！!？?][”’"」』）)]*$) is tried from every character.
const ENDS = '。：:！!？?', CLOSES = '”’"」』）)';
function ended(text: string): boolean {
  let at = text.length - 1;
  while (at >= 0 && CLOSES.includes(text[at]!)) at--;
  return at >= 0 && ENDS.includes(text[at]!);
}
// An outline marker: 一、 (二) (3) 4. 4、 ⑤.
const MARKER = '[(（]?[一二三四五六七八九十]{1,3}[)）、.．]|[(（][\\d０-９]{1,2}[)）]|[\\d０-９]{1,2}[.．、](?![\\d０-９])|[①-⑳]';
// What starts a line of its own: an outline marker, a list's bullet (——加强…, - 政策解读), a date (the
// signature's, a portal's date line), a field of the page's header (来源：, 发布时间：, 浏览次数：).
const OWN_LINE = new RegExp(`^(?:${MARKER}|[-－—•·●▪■◆◇※]|${DATE_SOURCE}|[${HAN}]{1,6}\\s*[:：])`, 'u');
// A paragraph's first line set in by visible spaces (　　根据…, &nbsp;&nbsp;根据…): the page's layout around a break
// (a newline and the source's indentation) is none.
const INDENTED = /^[ \t\r\n]*(?:\u3000|\u00a0{2})/;
// A heading (一、总体情况): marked, and no clause of a sentence. The text after it starts anew.
const HEADING = new RegExp(`^(?:${MARKER})[^，,。；;]*$`);
// The first clause of a line, up to the first punctuation that ends one.
const FIRST_CLAUSE = /^[^，,。；;：:、（(]*/;
// Between a line ending in a count and a line stating one: the break is a list's (申请10件<br>办结10件<br>结转0件).
// Joined without it, the noun after the unit would read as the first count's label. It has no piece: it is
// no character of the page, and no figure is bound to it.
const LIST_BREAK = '；';
// Punctuation no paragraph starts with: a line opening with it goes on with the one before, whatever broke them
// (Word and PDF conversions put a block between any two runs: …申请受理点</p><p>;开辟了…).
const GOES_ON = /^[，,、；;）)%％]/;
// A number alone (…主动公开政府信息</p><p>5928</p><p>条,…): a piece of its sentence wherever the text after it goes on with it.
const NUMBER_ALONE = /^[\d０-９]+(?:[.．][\d０-９]+)?[%％]?$/;
// A paragraph broken mid-word (…全年未接收到受理政府信息公开</p><p>申请,未发生…, gaoliang-2025): running text (a clause
// ended in it, RUNNING long) that ends in a Chinese character, no stop after it, and a block opening with a word's last
// few characters before its first punctuation or count. A paragraph of its own opens with more than that before its first
// stop, or with a number (2025年，…) or a word that opens a sentence (同时，…, 一是…) after a paragraph that lost its 。.
const CLAUSE_IN = /[，,。；;]/;
const ENDS_IN_WORD = new RegExp(`[${HAN}]$`, 'u');
const WORD_END = new RegExp(String.raw`^(?!同时|此外|另外|其次|首先|最后|目前|总之|因此|为此|对此|但是|然而|[一二三四五六七八九十]是)[${HAN}]{1,4}(?=[，,。；;、\d０-９])`, 'u');

/**
 * The lines `body` (indices into `lines`, in page order) as the prose reader reads them: a line that goes on
 * from the one before across a soft break (Line.afterSoftBreak) joins it where the break falls mid-sentence; so
 * does one across a block's edge where the block holds a piece of a sentence no paragraph is: a number alone,
 * the text after it that its unit opens, a line opening with a clause's punctuation (brokenAt), the rest of a word
 * a paragraph broke (wordGoesOn), or a full line of a PDF's text set a block a line (fullPrintedLine).
 * The white space around the break is layout, and left out; every other character keeps its piece.
 */
export function unwrappedLines<N>(lines: readonly Line<N>[], body: readonly number[]): Line<N>[] {
  const full = fullPrintedLine(lines, body);
  return joined(lines, body, (k) => lines[body[k]!]!.afterSoftBreak === true || brokenAt(lines, body, k) || wordGoesOn(lines, body, k) || full(k - 1)).lines;
}

// A line of running text, as the lines a page broke mid-sentence are (…要求,特编制铁岭市人民<br>政府2019年度…): no
// gaps between words, as a table's lines laid out as text have (结果维持	结果纠正…), and long: a table's cells set
// a line each (条<br>156), and a name, a date or a title is shorter.
const RUNNING = 20;
const GAP = /\t|\s{2,}/;
const runsOn = (line: string) => !GAP.test(line.trim());

/**
 * The lines `body` as the document readers and the rules read them: a line of running text broken mid-sentence by
 * a soft break, a paragraph broken mid-word, or a full line of a PDF's text set a block a line, joins the line after it, as the prose reader
 * joins them; none of a row of figures (`isRow`, a table laid out as text). `starts[k]`: where joined line k starts among `body`.
 */
export function runOnLines<N>(lines: readonly Line<N>[], body: readonly number[], isRow: (k: number) => boolean): { lines: Line<N>[]; starts: number[] } {
  const full = fullPrintedLine(lines, body);
  return joined(lines, body, (k) => {
    if (isRow(k) || isRow(k - 1)) return false;
    const line = lines[body[k]!]!, before = lines[body[k - 1]!]!.text;
    return full(k - 1) || wordGoesOn(lines, body, k) || (line.afterSoftBreak === true && before.trim().length >= RUNNING && runsOn(before) && runsOn(line.text));
  });
}

// A page that copies a PDF's text line by line sets each printed line in a block of its own (pinyin-zhangqiu-wlj-2023:
// …《中华人民共和国政府信息公开条例》、《国</p><p>务院办公厅…): its full lines are about as wide as one another (a Chinese
// character twice a digit's width) and most end mid-sentence, where a page's own paragraphs end with their sentences.
// Five such lines or more, three in five of the page's long lines that end mid-sentence, are a PDF's, where those
// outnumber the long lines that end a sentence.
const PRINTED_LINES = 5;
const NARROWEST = 30; // 15 Chinese characters
// How much narrower and wider than the lines' median width a full line may be: digits and spaces set it looser.
const NARROWER = 6, WIDER = 4;

/** The width of a line's characters, a Chinese (or any full-width) character's 2, an ASCII one's 1. */
function widthOf(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) width += text.charCodeAt(i) > 0xff ? 2 : 1;
  return width;
}

/**
 * Whether body line k is a full line of a PDF's text that a page set a block a line, which goes on in the next block:
 * as wide as most lines of the page that end mid-sentence, where most do so. Lines in tables are none (a layout
 * table's cells are its own), nor a link's (a list's titles are as wide as one another).
 */
function fullPrintedLine<N>(lines: readonly Line<N>[], body: readonly number[]): (k: number) => boolean {
  const widths = body.map((i) => {
    const line = lines[i]!, text = line.text.trim();
    return line.table >= 0 || line.link || ended(text) || HEADING.test(text) ? 0 : widthOf(text);
  });
  const open = widths.filter((w) => w >= NARROWEST).sort((a, b) => a - b);
  // Where most long lines end with their sentences, those that do not are the page's titles and its portal's lines
  // (tieling-2019's page with another report after it: 8 of 39, a title among them), not a PDF's.
  const closed = body.filter((i) => { const line = lines[i]!, text = line.text.trim(); return line.table < 0 && !line.link && ended(text) && widthOf(text) >= NARROWEST; }).length;
  if (open.length < PRINTED_LINES || open.length <= closed) return () => false;
  const median = open[open.length >> 1]!;
  const full = (w: number) => w >= median - NARROWER && w <= median + WIDER;
  const count = open.filter(full).length;
  if (count < PRINTED_LINES || count * 5 < open.length * 3) return () => false;
  return (k) => {
    const next = body[k + 1];
    return next !== undefined && lines[next]!.table < 0 && full(widths[k]!);
  };
}

/** The lines `body`, each joined to the one before where `mayJoin(k)` and the sentence goes on (joinOf); where each joined line starts among `body`. */
function joined<N>(lines: readonly Line<N>[], body: readonly number[], mayJoin: (k: number) => boolean): { lines: Line<N>[]; starts: number[] } {
  const out: Line<N>[] = [];
  const starts: number[] = [];
  // The last line of out where it is a join: its text is built when it is done.
  let open: { line: Line<N>; text: JoinedText } | null = null;
  const close = () => { if (open) open.line.text = open.text.parts.join(''); open = null; };
  for (let k = 0; k < body.length; k++) {
    const i = body[k]!, line = lines[i]!;
    const last = out[out.length - 1];
    let between: string | null = null;
    if (last && body[k - 1] === i - 1 && mayJoin(k)) {
      const text = open?.text, first = text ? '' : last.text.slice(trimmedStart(last.text), trimmedEnd(last.text));
      between = text ? joinOf(before(text), headed(text), line.text, text.marks) : joinOf(first, HEADING.test(first), line.text);
    }
    if (last && between !== null) {
      // The first join copies the line: the page's own lines stay as the walk made them.
      if (!open) out[out.length - 1] = (open = { line: { ...last }, text: joinedText(last.text) }).line;
      append(open.line, open.text, line, between);
    } else {
      close();
      out.push(line);
      starts.push(k);
    }
  }
  close();
  return { lines: out, starts };
}

/**
 * A joined line's text, in parts until it is done (a string joined anew at each join is copied whole: an 8,000-item
 * list cost the square of its length), its trimmed end, and its tail, what joinOf reads of it: its last KEPT characters
 * (a tail from its start, as each join copied it, made a page of paragraphs without ；/。 quadratic: 30 MB took 265 s),
 * `marks` what is open before the tail. Whether it is a heading is kept apart (`head`, `clauses`): HEADING reads it from
 * its start.
 */
interface JoinedText { parts: string[]; length: number; start: number; end: number; tailAt: number; tail: string; marks: OpenMarks; head: string; clauses: boolean }

// How far back joinOf reads a joined text: no figure's words, nor a sentence's last clause on a report's page, run longer.
const KEPT = 1000;
// The longest outline marker and the character after it (MARKER's lookahead), and what makes a text no heading.
const HEAD = 8;
const HEAD_MARKER = new RegExp(`^(?:${MARKER})`);
const CLAUSE_MARK = /[，,。；;]/;

function joinedText(text: string): JoinedText {
  const start = trimmedStart(text), end = trimmedEnd(text);
  const tailAt = Math.max(start, end - KEPT);
  return {
    parts: [text], length: text.length, start, end, tailAt, tail: text.slice(tailAt), marks: marksAfter(text.slice(start, tailAt)),
    head: text.slice(start, Math.min(end, start + HEAD)), clauses: CLAUSE_MARK.test(text.slice(start, end)),
  };
}

/** Whether the text is a heading (HEADING, read from its start): marked, and no clause's punctuation in it. */
function headed(text: JoinedText): boolean {
  return !text.clauses && HEAD_MARKER.test(text.head);
}

/** The text before a join as joinOf reads it: its tail, without the white space at its end. */
function before(text: JoinedText): string {
  return text.tail.slice(0, text.end - text.tailAt);
}

/**
 * Appends `next` to `line` after `between`, without the white space at the break; pieces cut to the characters kept
 * (the line's pieces, in order and none empty, at their end alone once the line is a join's own).
 */
function append<N>(line: Line<N>, text: JoinedText, next: Line<N>, between: string): void {
  const end = text.end, start = trimmedStart(next.text);
  line.pieces = text.parts.length > 1 ? cutAt(line.pieces, end) : clip(line.pieces, 0, end, 0);
  line.pieces.push(...clip(next.pieces, start, next.text.length, end + between.length - start));
  const added = between + next.text.slice(start);
  if (end === 0) {
    // All white space before: the text starts anew.
    Object.assign(text, joinedText(added), { parts: ['', added] });
    return;
  }
  while (text.length - text.parts[text.parts.length - 1]!.length >= end) text.length -= text.parts.pop()!.length;
  const lastPart = text.parts.length - 1;
  text.parts[lastPart] = text.parts[lastPart]!.slice(0, end - (text.length - text.parts[lastPart]!.length));
  text.parts.push(added);
  text.length = end + added.length;
  const addedEnd = trimmedEnd(added);
  if (addedEnd > 0) text.end = end + addedEnd;
  if (text.head.length < HEAD) text.head = (text.head + added.slice(0, addedEnd)).slice(0, HEAD);
  text.clauses ||= CLAUSE_MARK.test(added);
  text.tail = text.tail.slice(0, end - text.tailAt) + added;
  const tailAt = Math.max(text.start, text.end - KEPT);
  if (tailAt <= text.tailAt) return;
  text.marks = marksAfter(text.tail.slice(0, tailAt - text.tailAt), text.marks);
  text.tail = text.tail.slice(tailAt - text.tailAt);
  text.tailAt = tailAt;
}

/**
 * Where `next` goes on with the sentence that `before` (a text, or a joined text's tail, trimmed, `marks` open before it)
 * leaves open, `heading` or not, what joins them: nothing, or a list's break where the text ends in a count and `next` opens with a clause stating
 * another. Null where it does not go on, or opens a paragraph of its own: its first line set in.
 */
function joinOf(before: string, heading: boolean, next: string, marks?: OpenMarks): string | null {
  if (ended(before) || heading || INDENTED.test(next)) return null;
  const after = next.slice(trimmedStart(next));
  if (OWN_LINE.test(after)) return null;
  // The next line's first clause first: it is short, where the text before may be a whole paragraph joined.
  return findNumbers(FIRST_CLAUSE.exec(after)![0]).length > 0 && endsInCount(before, marks) ? LIST_BREAK : '';
}

/** Whether a block's edge before body[k] falls inside a sentence: the line opens with a clause's punctuation, or it or the line before is a number alone that the text after it goes on with. */
function brokenAt<N>(lines: readonly Line<N>[], body: readonly number[], k: number): boolean {
  const line = lines[body[k]!]!, text = line.text;
  // A table's cells are its own: each stands alone.
  if (line.table >= 0 || lines[body[k]! - 1]!.table >= 0) return false;
  return GOES_ON.test(text.slice(trimmedStart(text))) || numberGoesOn(lines, body, k) || (k > 0 && numberGoesOn(lines, body, k - 1));
}

/** Whether the block before body[k] is a paragraph's running text broken mid-word, the block body[k] going on with the word. */
function wordGoesOn<N>(lines: readonly Line<N>[], body: readonly number[], k: number): boolean {
  const line = lines[body[k]!]!, before = lines[body[k]! - 1]!;
  if (line.table >= 0 || before.table >= 0) return false;
  const text = before.text.trim();
  return text.length >= RUNNING && runsOn(text) && CLAUSE_IN.test(text) && ENDS_IN_WORD.test(text) && WORD_END.test(line.text.slice(trimmedStart(line.text)));
}

/** Whether body[k] is a number alone, and the next line goes on with it: opens with its unit (5928</p><p>条,…) or a clause's punctuation. */
function numberGoesOn<N>(lines: readonly Line<N>[], body: readonly number[], k: number): boolean {
  const i = body[k]!, next = lines[i + 1];
  if (body[k + 1] !== i + 1 || !next) return false;
  const number = lines[i]!.text.trim();
  if (!NUMBER_ALONE.test(number)) return false;
  const after = next.text.slice(trimmedStart(next.text), trimmedStart(next.text) + 4);
  return GOES_ON.test(after) || (findNumbers(number + after)[0]?.unit ?? null) !== null;
}

/** The pieces' runs within line[from, to), moved `shift` along the line. */
function clip<N>(pieces: readonly TextPiece<N>[], from: number, to: number, shift: number): TextPiece<N>[] {
  const out: TextPiece<N>[] = [];
  for (const p of pieces) {
    const lo = Math.max(from, p.lineStart), hi = Math.min(to, p.lineStart + p.length);
    if (lo < hi) out.push({ node: p.node, nodeStart: p.nodeStart + lo - p.lineStart, lineStart: lo + shift, length: hi - lo });
  }
  return out;
}

/** Pieces in order and none empty, cut in place to the line's first `end` characters (as clip cuts them). */
function cutAt<N>(pieces: TextPiece<N>[], end: number): TextPiece<N>[] {
  while (pieces.length > 0 && pieces[pieces.length - 1]!.lineStart >= end) pieces.pop();
  const last = pieces[pieces.length - 1];
  if (last && last.lineStart + last.length > end) pieces[pieces.length - 1] = { ...last, length: end - last.lineStart };
  return pieces;
}

function trimmedEnd(text: string): number {
  let end = text.length;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  return end;
}

function trimmedStart(text: string): number {
  let start = 0;
  while (start < text.length && isBlank(text.charCodeAt(start))) start++;
  return start;
}
