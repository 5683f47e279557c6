// Sentences of the page's prose, each remembering where its characters sit in the lines, so that a
// figure found in a sentence maps back to its text node.

export interface Segment {
  line: number;
  /** Sentence text [at, at+length) is the line's text [lineStart, lineStart+length). */
  at: number;
  lineStart: number;
  length: number;
}

export interface Sentence { text: string; segments: Segment[] }

const END = /[。；;]/g;
const BLANK = /^[\s\u3000\u00A0]*/;
// A sentence that opens with 其中 breaks down the figure that closed the one before
// ("主动公开信息21条。其中，主动公开规范性文件信息2条"), so the two read as one.
const CONTINUES = /^其中/;

/** Splits lines into sentences on 。；; and line ends; a 其中 sentence joins the one before it. */
export function splitSentences(lines: readonly { text: string }[]): Sentence[] {
  const out: Sentence[] = [];
  lines.forEach(({ text }, line) => {
    let start = 0;
    END.lastIndex = 0;
    for (;;) {
      const m = END.exec(text);
      const end = m ? m.index : text.length;
      const lead = BLANK.exec(text.slice(start, end))![0].length;
      const body = text.slice(start + lead, end).trimEnd();
      if (body) add(out, body, line, start + lead, text);
      if (!m) break;
      start = end + 1;
    }
  });
  return out;
}

function add(out: Sentence[], body: string, line: number, lineStart: number, lineText: string) {
  const prev = out[out.length - 1];
  if (!prev || !CONTINUES.test(body)) {
    out.push({ text: body, segments: [{ line, at: 0, lineStart, length: body.length }] });
    return;
  }
  const last = prev.segments[prev.segments.length - 1]!;
  if (last.line === line) {
    // Same line: the sentence runs on over the 。 between, exactly as printed.
    last.length = lineStart + body.length - last.lineStart;
    prev.text = prev.text.slice(0, last.at) + lineText.slice(last.lineStart, last.lineStart + last.length);
  } else {
    prev.segments.push({ line, at: prev.text.length, lineStart, length: body.length });
    prev.text += body;
  }
}

/** Where sentence text [start, end) sits in the lines: one run per line it touches. */
export function locate(sentence: Sentence, start: number, end: number): { line: number; start: number; end: number }[] {
  const out: { line: number; start: number; end: number }[] = [];
  for (const seg of sentence.segments) {
    const from = Math.max(start, seg.at), to = Math.min(end, seg.at + seg.length);
    if (from < to) out.push({ line: seg.line, start: seg.lineStart + from - seg.at, end: seg.lineStart + to - seg.at });
  }
  return out;
}
