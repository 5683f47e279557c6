import { toHalfWidth } from '../text/normalize.ts';

/** What a cell says, read as a figure. */
export type FigureReading =
  | { kind: 'number'; value: number; unit: string | null; noise: boolean }
  | { kind: 'blank' }
  | { kind: 'not-reported' } // —, -, /, 无: nothing reported, read as null
  | { kind: 'text' }; // not a figure at all (a label)

const UNITS = ['万元', '亿元', '元', '人次', '件', '条', '个', '项', '次', '人', '篇', '期', '份', '家', '%'];
const UNIT_RE = new RegExp(`(${UNITS.join('|')})$`);
const PLAIN = /^[ \t\r\n]*\d{1,15}[ \t\r\n]*$/;
const NOT_REPORTED = /^(?:[-－—–―─_/／\\、]+|无|暂无|空|null|n\/a)$/i;
// Characters that real portals leave around numbers: ?, ？ (lost characters), stray quotes, asterisks.
const NOISE = /[?？*＊"'“”‘’`]/g;

/** Reads a table cell's text as a figure, tolerating the noise that real pages put around numbers. */
export function readFigure(raw: string): FigureReading {
  // Most cells are plain digits: answer them without the normalisation below.
  if (PLAIN.test(raw)) return { kind: 'number', value: Number(raw.trim()), unit: null, noise: false };
  const spaced = toHalfWidth(raw).replace(/[\s\u00A0]+/g, '');
  if (spaced === '') return { kind: 'blank' };
  let text = spaced.replace(NOISE, '');
  if (text === '') return { kind: 'blank' };
  if (NOT_REPORTED.test(text)) return { kind: 'not-reported' };
  let unit: string | null = null;
  const u = UNIT_RE.exec(text);
  if (u) { unit = u[1]!; text = text.slice(0, -unit.length); }
  // Thousands separators: 1,234,567 (a comma followed by exactly three digits).
  if (/^-?\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?$/.test(text)) text = text.replace(/[,，]/g, '');
  if (!/^-?\d+(?:\.\d+)?$/.test(text) && !/^\+\d+(?:\.\d+)?$/.test(text)) return { kind: 'text' };
  const value = Number(text);
  if (!Number.isFinite(value)) return { kind: 'text' };
  return { kind: 'number', value, unit, noise: text.replace(/^\+/, '') !== spaced };
}

/** A cell that belongs in a figure column: a number, a blank or a not-reported mark. */
export function isFigureLike(raw: string): boolean {
  return readFigure(raw).kind !== 'text';
}
