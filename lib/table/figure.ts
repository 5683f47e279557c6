import { scaled } from '../text/chinese-number.ts';
import { isInvisible, squeezed, toHalfWidth } from '../text/normalize.ts';
import { HAN } from '../text/han.ts';

/** What a cell says, read as a figure. */
export type FigureReading =
  // plus: written with a plus sign (+22), which only a signed column (本年增/减) may carry; in any other it is noise
  // (a word for the sign, 增3, is noise anyway). unit: the unit written after it (12件, 258.5亿元), apart from noise.
  | { kind: 'number'; value: number; unit: string | null; noise: boolean; plus?: true; inWan?: true }
  // missing: no cell at all where the figure should be (a row that stops at its label), not an empty one
  | { kind: 'blank'; missing?: true }
  | { kind: 'not-reported' } // —, -, /, 无: nothing reported, read as null
  | { kind: 'unreadable' } // a mark where a figure should be (a lone ?, □, O, 否): neither a figure nor a label
  | { kind: 'approximate' } // about so many (约300, 300余, 3000多): no exact figure, read as null
  | { kind: 'text' }; // not a figure at all (a label)

/**
 * A table cell as figure reading needs it: its text, where the page set some of it as a superscript or
 * subscript, and the number Excel stored for it (RawCell.stored).
 */
export interface FigureCell { text: string; scripts?: number[]; stored?: number }

// 笔 and 宗 count procurements and cases (政府集中采购 2笔).
const UNITS = ['万元', '亿元', '元', '人次', '件', '条', '个', '项', '次', '人', '篇', '期', '份', '家', '笔', '宗', '%'];
const UNIT_RE = new RegExp(`[（(]?(${UNITS.join('|')})[）)]?$`);
// Dashes of every kind, and what hand-typed and Word tables put for one: 一 (the character for one,
// but not the ordinal 一、), −, ~, and × or x (not applicable).
const NOT_REPORTED = /^(?!.*一、)(?:[-－—–―─_/／\\、−‐‑‒﹣~〜一×xX╳]+|无|暂无|空|null|n\/a)$/i;
const codes = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => first + i);
// Characters that real portals leave around numbers: ?, ？ (lost characters), stray quotes, asterisks,
// and footnote marks (1①, 2¹, 12※).
const NOISE_CODES = new Set([
  ...[...'?？*＊"\'“”‘’`※¹²³⁰'].map((c) => c.charCodeAt(0)),
  ...codes(0x2074, 0x2079), // ⁴…⁹
  ...codes(0x2460, 0x2487), // ①…⑳, ⑴…⒇
  ...codes(0x2776, 0x277f), // ❶…❿
]);
const NOISE = new RegExp(`[${[...NOISE_CODES].map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}]`, 'g');
// A footnote written out after a figure: 3(注), 5注1.
const FOOTNOTE_WORD = /(?<=\d)[(\[]?注\d*[)\]]?$/;
// What Word and WPS tables put around a figure, dropped as noise: a stop typed after it (12；, 12。, 12，, 3件；), and
// brackets around it alone ((12), （12）; not 22（16）, two figures). Not 、 or . after one: 1、 and 1. number rows.
const TRAILING_STOP = /(?<=\d[^\d;。,]{0,2})[;。,]+$/;
const BRACKETED = /^\((\d+(?:\.\d+)?)\)$/;
// A minus sign as a word processor sets it (−3, ﹣3): the sign, its character noted (－3 is the full-width -, read as
// full-width digits are). A count so signed reads negative all the same, and the figures' rule says it cannot be:
// dropping the sign would put on the page a figure it does not have.
const MINUS = /^[\u2212\uFE63](?=\d)/;

// Readings without a value are shared: a table has hundreds of label and blank cells.
const BLANK: FigureReading = { kind: 'blank' };
const NOT_REPORTED_READING: FigureReading = { kind: 'not-reported' };
const UNREADABLE: FigureReading = { kind: 'unreadable' };
const TEXT: FigureReading = { kind: 'text' };
// The white space a cell's figure may stand in: ASCII, no-break and ideographic spaces.
const SPACES = new Set([9, 10, 11, 12, 13, 32, 0xa0, 0x3000]);
// A change written in words before its number (本年增/减 cells: 增1423, 减少5).
const CHANGE_WORD = /^(?:新?增加?|减少?)(?=\d)/;
// A sign typed twice (--253): one sign, the other noted as noise.
const DOUBLED_SIGN = /^([+-])\1+(?=\d)/;
// The only Chinese characters a figure cell may hold (units, 无, 暂无, 空, a zero written 零 or 〇, a
// change's 增/减, 一 typed for a dash, a footnote's 注); any other makes it a label.
const FIGURE_HANZI = new Set([...UNITS.join(''), ...'无暂空零增减加少新一注'].map((c) => c.charCodeAt(0)));
// A zero typed as a character: read as 0, and noted like any other noise.
const ZERO_WORD = /^[〇零○]$/;
// A mark, not a label: a few symbols or letters (O, □, .), or a word that stands for a figure (否, 略).
// Any other Chinese character alone is a label's: a numeral numbering one (二), half of a header split
// across two cells (总 | 计).
const MARK_WORDS = '否略';
const MARK = new RegExp(`^(?:[^\\d${HAN}%]{1,3}|[${MARK_WORDS}])$`, 'u');

/** Reads a table cell's text as a figure, tolerating the noise that real pages put around numbers. */
export function readFigure(raw: string): FigureReading {
  const quick = quickReading(raw);
  if (quick) return quick;
  const spaced = toHalfWidth(raw).replace(/[\s\u00A0]+/g, '');
  if (spaced === '') return BLANK;
  let text = spaced.replace(NOISE, '').replace(FOOTNOTE_WORD, '').replace(TRAILING_STOP, '').replace(BRACKETED, '$1').replace(MINUS, '-');
  // Only marks (a lone ?, a lost character; a footnote mark with no figure): something was there, unread.
  if (text === '') return UNREADABLE;
  if (NOT_REPORTED.test(text)) return NOT_REPORTED_READING;
  if (ZERO_WORD.test(text)) return { kind: 'number', value: 0, unit: null, noise: true };
  if (MARK.test(text)) return UNREADABLE;
  const change = CHANGE_WORD.exec(text);
  if (change) text = (change[0].startsWith('减') ? '-' : '+') + text.slice(change[0].length);
  text = text.replace(DOUBLED_SIGN, '$1');
  let unit: string | null = null;
  const u = UNIT_RE.exec(text);
  if (u) { unit = u[1]!; text = text.slice(0, -u[0].length); }
  // A count a big body writes in 万 or 亿 (表二 of a province: 行政许可 2764.2万), as hand-filled forms do (1.05万条): the
  // number it says exactly, noted (inWan: where the row counts money, inMoneyUnit puts it in the row's unit). An
  // amount's 万元 and 亿元 are its unit, read above. Past a whole count's decimals (1.23456万) it is none: left unread.
  const times = /[万亿]$/.exec(text)?.[0];
  if (times) {
    text = text.slice(0, -1);
    if (/\.\d+$/.test(text) && text.split('.')[1]!.length > (times === '万' ? 4 : 8)) return UNREADABLE;
  }
  // Thousands separators: 1,234,567 (a comma followed by exactly three digits), dropped with a note as the
  // contract has it: 1,234 read 1234 says what was taken out, where a misplaced comma (1,23) stays text.
  if (/^-?\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?$/.test(text)) text = text.replace(/[,，]/g, '');
  if (!/^-?\d+(?:\.\d+)?$/.test(text) && !/^\+\d+(?:\.\d+)?$/.test(text)) return TEXT;
  // A run of more digits than any count or amount has (a page's garbage, hundreds of digits) is a figure's cell that
  // holds none: unread in its place, not a label that would shift the row's figures.
  if (WHOLE_DIGITS.exec(text)![0].length > MAX_DIGITS) return UNREADABLE;
  const value = times ? scaled(Number(text), times === '万' ? 1e4 : 1e8) : Number(text);
  if (twoFigures(raw)) return UNREADABLE;
  // A sign is how a change is written (+1, -72), not noise; a word for it (增1) or a sign typed twice (--253) is.
  // Where a plus is noise the column says (the reading's `plus`).
  // The unit is said apart (`unit`), not as noise: a reader that keeps it (表二's amount) drops nothing. A figure in 万 or
  // 亿 is: its form changed (1.2万 read 12000), which a reader checks by the note.
  const noise = times !== undefined || (text + (u?.[0] ?? '')).replace(/^\+/, '') !== spaced.replace(/^\+/, '');
  if (times) return { kind: 'number', value, unit, noise, inWan: true };
  return spaced.startsWith('+') ? { kind: 'number', value, unit, noise, plus: true } : { kind: 'number', value, unit, noise };
}

// Past 15 digits a double no longer holds a whole number exactly, and no report counts so much of anything.
const MAX_DIGITS = 15;
const WHOLE_DIGITS = /\d+/;

// Digits set apart by white space within a figure: one number only where they group it by thousands (1 300,
// 12 345 678), the separator one space as a browser shows it: a space, a no-break, thin or narrow no-break space,
// or the page source's line break (and its indent) where it wrapped one.
const SPACED_DIGITS = /\d+(?:[\s\u00A0\u3000]+\d+)+/g;
const BY_THOUSANDS = /^\d{1,3}(?:(?:[ \u00A0\u2009\u202F]|[ \t]*\r?\n[ \t]*)\d{3})+$/;

/**
 * Whether a cell holds digits set apart by white space other than a thousands separator (22 16, 3  5): two figures
 * in one cell, or one whose digits were split anyhow; which it is, and so its figure, the cell does not say.
 */
function twoFigures(raw: string): boolean {
  return toHalfWidth(raw).match(SPACED_DIGITS)?.some((run) => !BY_THOUSANDS.test(run)) ?? false;
}

/**
 * A cell read as a figure, its superscripts and subscripts left out: there they are footnote marks
 * (1<sup>1</sup>, 1<sup>[1]</sup>), not digits of the figure, and dropping them is noted as noise.
 */
export function readCell(cell: FigureCell): FigureReading {
  const reading = cell.scripts ? readWithScripts(cell) : readFigure(cell.text);
  if (reading.kind === 'text') return isAbout(cell.text) ? APPROXIMATE : figureBeforeNote(cell.text) ?? reading;
  // Excel's accounting format prints 0 as "-": the number it stored says what the dash stands for.
  return cell.stored !== undefined && reading.kind === 'not-reported' ? { kind: 'number', value: cell.stored, unit: null, noise: false } : reading;
}

// A figure with a note after it in brackets that opens with words (22（其中修订 16 件）, 55（含自然失效 29 件）):
// the figure is the one before it. Not where the brackets open with a figure (22（16）): which is the cell's?
const NOTED = new RegExp(`^([^（()）]*\\d[^（()）]*)[（(]\\s*[${HAN}][^（()）]*[)）]$`, 'u');

/**
 * The figure before a note in brackets (NOTED by default; the 统计表 takes more), its note dropped as noise;
 * null where the cell is no such figure.
 */
export function figureBeforeNote(text: string, pattern: RegExp = NOTED): FigureReading | null {
  const note = pattern.exec(text.trim());
  const figure = note && readFigure(note[1]!);
  return figure?.kind === 'number' ? { ...figure, noise: true } : null;
}

// About so many, as forms word a figure they did not count exactly: 约300, 近300, 超过300, 300余, 3000多,
// 300左右, 1.2万余, a unit (条) after the number or after 万/余; or in Chinese numerals, 近百, 上千, 数十, 三百余.
const ABOUT = /^(约|大约|将近|近|逾|超过|上|数)?(\d+(?:\.\d+)?|[一二两三四五六七八九]?[十百千万][一二两三四五六七八九十百千万]*)(万)?(余|多)?(\D*?)(左右)?$/;
const APPROXIMATE: FigureReading = { kind: 'approximate' };

/** Whether a cell that reads as words states about so many of something countable. */
function isAbout(text: string): boolean {
  const about = ABOUT.exec(squeezed(text));
  if (!about) return false;
  const [, before, number, , after, unit, around] = about;
  const arabic = number!.charCodeAt(0) < 0x80;
  // 上 and 数 make a round number approximate (上百, 数十), never a figure (上3 is no count).
  const said = arabic ? (before !== undefined && before !== '上' && before !== '数') || after || around : before || after;
  return Boolean(said) && (unit === '' || readFigure(`1${unit}`).kind === 'number');
}

function readWithScripts(cell: FigureCell): FigureReading {
  const reading = readFigure(withoutScripts(cell));
  if (reading.kind === 'number') return reading.noise ? reading : { ...reading, noise: true };
  // Nothing beside the superscript (<sup>3</sup>): the cell says what it says; a label with one
  // (m<sup>2</sup>) is still a label.
  return reading.kind === 'blank' ? readFigure(cell.text) : reading;
}

/** The cell's text as a note quotes it: digits set as superscripts or subscripts shown as superscripts (1¹). */
export function shownText(cell: FigureCell): string {
  if (!cell.scripts) return cell.text;
  return mapScripts(cell, (run) => run.replace(/[0-9]/g, (d) => SUPERSCRIPT_DIGITS[Number(d)]!));
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

function withoutScripts(cell: FigureCell): string {
  return mapScripts(cell, () => '');
}

/** The cell's text with each superscript or subscript run replaced by `run(text)`; runs may nest. */
function mapScripts(cell: FigureCell, run: (text: string) => string): string {
  const { text } = cell;
  const scripts = cell.scripts!;
  const runs: [number, number][] = [];
  for (let i = 0; i < scripts.length; i += 2) runs.push([scripts[i]!, scripts[i + 1]!]);
  runs.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of runs) {
    const from = Math.max(start, at);
    if (end <= from) continue;
    out += text.slice(at, from) + run(text.slice(from, end));
    at = end;
  }
  return out + text.slice(at);
}

// The Chinese characters that alone make a mark (MARK), not a label.
const MARK_HANZI = new Set([...MARK_WORDS].map((c) => c.charCodeAt(0)));

/**
 * The reading of the cells that make up nearly every table, in one pass over the characters and
 * without allocating: digits (half- or full-width) with white space and noise such as "?0" or
 * "33？" around them, blank cells, and labels: any Chinese character that no figure and no mark holds,
 * wherever it stands ((一)予以公开 too), or a mark's 否 or 略 that opens a cell of more than a character
 * or so. Null for anything else (units, separators, decimals, dashes, marks), which the general
 * reading handles.
 */
function quickReading(raw: string): FigureReading | null {
  let value = 0;
  let digits = 0;
  let noise = false;
  let other = false; // a character the general reading must look at
  let gap = false; // white space after a digit
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    const digit = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0xff10 && c <= 0xff19 ? c - 0xff10 : -1;
    if (digit >= 0) {
      if (gap) return null; // digits set apart (1 300, 22 16): the general reading tells how
      value = value * 10 + digit; digits++;
    } else if (NOISE_CODES.has(c)) noise = true;
    else if (SPACES.has(c)) gap = digits > 0;
    else if (!isInvisible(c)) {
      // Such a character survives every step of the general reading, so that it reads the cell as a label too.
      if (c >= 0x4e00 && c <= 0x9fff && !FIGURE_HANZI.has(c) && (!MARK_HANZI.has(c) || (!other && raw.length > 3))) return TEXT;
      other = true;
    }
  }
  // Past 15 digits the running value loses precision, and the cell holds no figure (MAX_DIGITS): the general reading says so.
  if (other || digits > 15) return null;
  return digits > 0 ? { kind: 'number', value, unit: null, noise } : noise ? UNREADABLE : BLANK;
}

// How many 元 each money unit a column or row counts in holds.
const YUAN_IN = [['亿元', 1e8], ['万元', 1e4], ['元', 1]] as const;

// An amount written in 万 or 亿 to more decimals than a count's 万 holds (2601.953875万: 万元 to the fen).
const WAN_AMOUNT = /^(\d+\.\d+)([万亿])$/;

/**
 * A cell of an amount of money (表二's 采购总金额, 收费金额) as the amount it says. 1.2万 is in `unit`, its column's money
 * unit, where the column names one (inMoneyUnit), else in 万元, its own unit (an amount counts money: its 万 is of 元,
 * its 亿 in 亿元). A 万 to more decimals than a count's four (2601.953875万, to the fen), which readFigure leaves unread
 * as a count would be, is an amount all the same.
 */
export function readAmount(raw: string, reading: FigureReading, unit: string | null): FigureReading {
  const spaced = toHalfWidth(raw).replace(/[\s\u00A0]+/g, '');
  const wan = reading.kind === 'unreadable' ? WAN_AMOUNT.exec(spaced.replace(NOISE, '')) : null;
  const read: FigureReading = wan
    ? { kind: 'number', value: scaled(Number(wan[1]), wan[2] === '万' ? 1e4 : 1e8), unit: null, noise: true, inWan: true }
    : reading;
  if (read.kind !== 'number' || !read.inWan) return inMoneyUnit(raw, read, unit);
  const own = unit ? null : spaced.endsWith('亿') ? '亿元' : '万元';
  const amount = inMoneyUnit(raw, read, unit ?? own);
  return amount.kind === 'number' && own ? { ...amount, unit: own } : amount;
}

/** Whether the cell, its 万 or 亿 left out, says `value` and nothing more (25.1万 says 25.1). */
function asPrinted(raw: string, value: number): boolean {
  const bare = readFigure(raw.replace(/[万亿](?=[\s\u00A0]*$)/, ''));
  return bare.kind === 'number' && !bare.noise && bare.value === value;
}

/**
 * A figure written in 万 or 亿 (1.2万) as the amount it is in `unit`, the money unit its column or row counts in: 1.2万
 * is 12000 元, so 1.2 under a 万元 header and 12000 under a 元 one (a unit of money the cell gives is its own). Any other
 * reading, or a unit of no money, as it is; `raw` is the cell's text.
 */
export function inMoneyUnit(raw: string, reading: FigureReading, unit: string | null): FigureReading {
  if (reading.kind !== 'number' || !reading.inWan) return reading;
  const said = reading.unit?.endsWith('元') ? reading.unit : unit;
  const per = YUAN_IN.find(([u]) => said?.endsWith(u))?.[1];
  if (per === undefined) return reading;
  const { inWan: _said, ...amount } = reading;
  const value = amount.value / per;
  // Read in the unit it names (25.1万 as 25.1 万元: a 万元 column, row or none) it is as printed, no note; read otherwise
  // (1.2万 under a 元 header is 12000) its form changed, noted as a count's is.
  return { ...amount, value, noise: !asPrinted(raw, value) };
}
