import { isInvisible, toHalfWidth } from '../text/normalize.ts';

/** What a cell says, read as a figure. */
export type FigureReading =
  | { kind: 'number'; value: number; unit: string | null; noise: boolean }
  | { kind: 'blank' }
  | { kind: 'not-reported' } // —, -, /, 无: nothing reported, read as null
  | { kind: 'text' }; // not a figure at all (a label)

const UNITS = ['万元', '亿元', '元', '人次', '件', '条', '个', '项', '次', '人', '篇', '期', '份', '家', '%'];
const UNIT_RE = new RegExp(`[（(]?(${UNITS.join('|')})[）)]?$`);
const NOT_REPORTED = /^(?:[-－—–―─_/／\\、]+|无|暂无|空|null|n\/a)$/i;
// Characters that real portals leave around numbers: ?, ？ (lost characters), stray quotes, asterisks.
const NOISE_CHARACTERS = '?？*＊"\'“”‘’`';
const NOISE = new RegExp(`[${NOISE_CHARACTERS}]`, 'g');

// Readings without a value are shared: a table has hundreds of label and blank cells.
const BLANK: FigureReading = { kind: 'blank' };
const NOT_REPORTED_READING: FigureReading = { kind: 'not-reported' };
const TEXT: FigureReading = { kind: 'text' };
const NOISE_CODES = new Set([...NOISE_CHARACTERS].map((c) => c.charCodeAt(0)));
// The white space a cell's figure may stand in: ASCII, no-break and ideographic spaces.
const SPACES = new Set([9, 10, 11, 12, 13, 32, 0xa0, 0x3000]);
// A change written in words before its number (本年增/减 cells: 增1423, 减少5).
const CHANGE_WORD = /^(?:新?增加?|减少?)(?=\d)/;
// The only Chinese characters a figure cell may hold (units, 无, 暂无, 空, a zero written 零 or 〇, a
// change's 增/减); any other makes it a label.
const FIGURE_HANZI = new Set([...UNITS.join(''), ...'无暂空零增减加少新'].map((c) => c.charCodeAt(0)));
// A zero typed as a character: read as 0, and noted like any other noise.
const ZERO_WORD = /^[〇零○]$/;

/** Reads a table cell's text as a figure, tolerating the noise that real pages put around numbers. */
export function readFigure(raw: string): FigureReading {
  const quick = quickReading(raw);
  if (quick) return quick;
  const spaced = toHalfWidth(raw).replace(/[\s\u00A0]+/g, '');
  if (spaced === '') return BLANK;
  let text = spaced.replace(NOISE, '');
  if (text === '') return BLANK;
  if (NOT_REPORTED.test(text)) return NOT_REPORTED_READING;
  if (ZERO_WORD.test(text)) return { kind: 'number', value: 0, unit: null, noise: true };
  const change = CHANGE_WORD.exec(text);
  if (change) text = (change[0].startsWith('减') ? '-' : '+') + text.slice(change[0].length);
  let unit: string | null = null;
  const u = UNIT_RE.exec(text);
  if (u) { unit = u[1]!; text = text.slice(0, -u[0].length); }
  // Thousands separators: 1,234,567 (a comma followed by exactly three digits).
  if (/^-?\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?$/.test(text)) text = text.replace(/[,，]/g, '');
  if (!/^-?\d+(?:\.\d+)?$/.test(text) && !/^\+\d+(?:\.\d+)?$/.test(text)) return TEXT;
  const value = Number(text);
  if (!Number.isFinite(value)) return TEXT;
  return { kind: 'number', value, unit, noise: text.replace(/^\+/, '') !== spaced };
}

/**
 * The reading of the cells that make up nearly every table, in one pass over the characters and
 * without allocating: digits (half- or full-width) with white space and noise such as "?0" or
 * "33？" around them, blank cells, and labels (any Chinese character no figure holds). Null for
 * anything else (units, separators, decimals, dashes), which the general reading handles.
 */
function quickReading(raw: string): FigureReading | null {
  let value = 0;
  let digits = 0;
  let noise = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    const digit = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0xff10 && c <= 0xff19 ? c - 0xff10 : -1;
    if (digit >= 0) { value = value * 10 + digit; digits++; } else if (NOISE_CODES.has(c)) noise = true;
    else if (!SPACES.has(c) && !isInvisible(c)) return c >= 0x4e00 && c <= 0x9fff && !FIGURE_HANZI.has(c) ? TEXT : null;
  }
  // Past 15 digits the running value loses precision: let Number() read it.
  if (digits > 15) return null;
  return digits > 0 ? { kind: 'number', value, unit: null, noise } : BLANK;
}

/** A cell that belongs in a figure column: a number, a blank or a not-reported mark. */
export function isFigureLike(raw: string): boolean {
  return readFigure(raw).kind !== 'text';
}
