// Outline codes of the rows of a 政府信息公开情况统计表, derived from each label's own numbering and
// its 其中 marker — never from a list of known labels, so that provincial variants parse too.
import { toHalfWidth } from '../text/normalize.ts';

/** What a row's label says about its place in the outline. */
export interface RowMarker {
  /** The numbering style ('cn' 一、, 'paren-cn' (一), 'arabic' 1., 'paren-arabic' (1), 'circled' ①), or null. */
  style: string | null;
  /** The numbering as it appears in a code: '一', '(一)', '1', '(1)', '①'. */
  token: string;
  /** The row starts with 其中 (a part of the row above it). */
  part: boolean;
  /** The label without numbering, 其中 and white space. */
  label: string;
}

// Each alternative is one numbering style; the first that matches wins. Half-width input (see readMarker).
// Pages lose one bracket of a pair often enough: (一 and 一) both read as (一). A bracketed year
// ((2013年度), a title row inside the table) is not a number of the outline.
const STYLES: { style: string; paren: boolean; re: RegExp }[] = [
  { style: 'paren-cn', paren: true, re: /^(?:\(([一二三四五六七八九十]+)\)?|([一二三四五六七八九十]+)\))[、.]?/ },
  { style: 'cn', paren: false, re: /^([一二三四五六七八九十]+)[、.,]/ },
  { style: 'paren-arabic', paren: true, re: /^(?:\((\d{1,2})(?!\d)\)?|(\d{1,2})\))[、.]?/ },
  { style: 'arabic', paren: false, re: /^(\d{1,2})[、.,](?!\d)/ },
  { style: 'circled', paren: false, re: /^([①-⑳])/ },
];
const PART = /^其中[:,、]?/;
// What a label may end with before its figure: a colon, dot leaders (主动公开政府信息数……, 行政复议数．．．), a
// footnote's mark (定西's form: 其中:对本部门首次处理不满意的行政申诉数 *).
const LEADER = /[:.…·。*※]+$/;

// What a marked label can start with; most cells (figures, units, plain labels) fail this cheap test.
const MARK_START = /^[\s\u3000]*(?:[(（]?[一二三四五六七八九十\d]|[①-⑳]|其中)/;

/** Whether a label carries numbering or 其中: cheap where it does not, as layout detection asks of every cell. */
export function isMarked(raw: string): boolean {
  if (!MARK_START.test(raw)) return false;
  const marker = readMarker(raw);
  return marker.style !== null || marker.part;
}

/** Reads the numbering and the 其中 marker at the start of a row's label. */
export function readMarker(raw: string): RowMarker {
  // White space inside a label is layout (统 计 指 标), except where it ends a number (一 主动公开情况).
  let text = toHalfWidth(raw).trim().replace(/^(\d{1,2}|[一二三四五六七八九十]+)\s+(?=[^\s\d])/, '$1、').replace(/\s+/g, '');
  let { style, token, rest } = numbering(text);
  const part = PART.test(rest);
  // "其中:1.当面申请数", "2.传真申请数" …: a numbered list of parts.
  if (part) ({ style, token, rest } = style ? { style, token, rest: rest.replace(PART, '') } : numbering(rest.replace(PART, '')));
  return { style, token, part, label: rest.replace(LEADER, '') };
}

/** The numbering at the start of a (half-width, unspaced) label, and the text after it. */
function numbering(text: string): { style: string | null; token: string; rest: string } {
  for (let i = 0; i < STYLES.length; i++) {
    const m = STYLES[i]!.re.exec(text);
    if (!m) continue;
    const number = m[1] ?? m[2]!;
    return { style: STYLES[i]!.style, token: STYLES[i]!.paren ? `(${number})` : number, rest: text.slice(m[0].length) };
  }
  return { style: null, token: '', rest: text };
}

// The level an unnumbered row opens where a numbered list breaks it down (see OutlineCoder.stack), and the first
// number of a list.
const UNNUMBERED = 'unnumbered';
const FIRST_TOKEN = /^\(?(?:1|一|①)\)?$/;

// Numbering styles from the outermost in: 一、 (一) 1. (1) ①.
const DEPTH = ['cn', 'paren-cn', 'arabic', 'paren-arabic', 'circled'];
const deeper = (style: string, than: string) => DEPTH.indexOf(style) > DEPTH.indexOf(than);

// A row with no marker right after a 其中 row is a further part of the same parent ("其中:涉及国家秘密",
// then "涉及商业秘密", "涉及个人隐私" …) unless it counts something else: a different unit, or a total
// of its own (the national template's "制发规范性文件总数" under "其中:主动公开规范性文件数", in 件 not 条).
const OWN_TOTAL = /(?:总数|总计|合计|总额)$/;

/**
 * Assigns outline codes row by row. Numbered rows nest by numbering style: a style already open
 * closes everything below it, a new style opens a level. 其中 rows sit under the row they break down:
 * the last numbered row ('一.(一).其中1'), or the unnumbered row right above them ('另7.其中1'), as
 * forms without numbering have them. Unnumbered rows that are not further 其中 parts are coded
 * '<parent>.另<k>' ("another item" under the last numbered row), so that a code never claims a
 * numbering the report did not print.
 */
export class OutlineCoder {
  /**
   * The open levels of numbering, outermost first. An unnumbered row that a list numbered afresh breaks down
   * (收到申请数, then 1.当面申请数 …) is a level too, of style UNNUMBERED, keeping the count of the 另 rows beside it.
   */
  private stack: { style: string; code: string; others?: number }[] = [];
  private partCount = 0;
  private otherCount = 0;
  /** The unit of the part in the row above, or undefined when the row above is not a part. */
  private partUnit: string | null | undefined = undefined;
  /** The numbering style of an open list of parts ("其中:1.…", "2.…"), or null. */
  private partStyle: string | null = null;
  /** Where the open list of parts sits: its parent's code and a dot. */
  private partPrefix = '';
  /** The code of the row above when it is an unnumbered row ('另k'), else null. */
  private lastOther: string | null = null;
  /** The code of the last part of the open list, and the style of a list numbered under it, if any. */
  private lastPart = '';
  private subStyle: string | null = null;
  /** The printed codes given so far, and how often each: a number the page repeats is told apart. */
  private given = new Map<string, number>();

  code(marker: RowMarker, unit: string | null): string {
    const parent = this.stack[this.stack.length - 1]?.code;
    const prefix = parent ? `${parent}.` : '';
    const inParts = this.partUnit !== undefined;
    // A list numbered more deeply than the open list of parts breaks down its last part
    // ("8.不予公开答复总数", then "(1)“国家秘密”数" …, or "其中:(1)…"): '另9.其中8.(1)'. Under an
    // unnumbered part ("其中:主动公开收费总数", then "1.主动公开邮寄费" …) so does a list numbered
    // more deeply than the outline around it: '另12.其中1.1'.
    const below = this.partStyle ? deeper(marker.style ?? '', this.partStyle) : !marker.part && this.deeperThanOpen(marker.style);
    if (inParts && marker.style && (marker.style === this.subStyle || below)) {
      this.subStyle = marker.style;
      return this.once(`${this.lastPart}.${marker.token}`);
    }
    this.subStyle = null;
    // A numbered 其中 row opens a list of parts, and rows numbered alike go on with it; an unnumbered
    // list goes on while the unit does.
    const isPart = marker.style
      ? marker.part || marker.style === this.partStyle
      : marker.part || (inParts && this.partStyle === null && this.partUnit === unit && !OWN_TOTAL.test(marker.label));
    if (isPart) {
      if (!inParts) {
        this.partPrefix = this.lastOther ? `${this.lastOther}.` : prefix;
        if (this.lastOther) this.partCount = 0;
      } else if (marker.part && marker.style && marker.token === '1') {
        // A 其中 list numbered afresh right under a part breaks that part down (其中：1．在办, 2．办结, 其中：1．同意提供 …):
        // the form's own nesting, one level down.
        this.partPrefix = `${this.lastPart}.`;
        this.partCount = 0;
      }
      this.partStyle = marker.style;
      this.partUnit = unit;
      this.lastOther = null;
      this.lastPart = `${this.partPrefix}其中${++this.partCount}`;
      return this.lastPart;
    }
    this.partStyle = null;
    this.partUnit = undefined;
    if (marker.style) {
      // A list numbered afresh (1., (一) …) more deeply than the outline open, right under an unnumbered row, breaks that
      // row down (二、依申请公开情况, 收到申请数, 1.当面申请数 …: '二.另1.1'), as the 其中 lists of unnumbered forms do.
      if (this.lastOther && FIRST_TOKEN.test(marker.token) && this.deeperThanOpen(marker.style)) {
        this.stack.push({ style: UNNUMBERED, code: this.lastOther, others: this.otherCount });
      }
      const open = this.stack.findIndex((level) => level.style === marker.style);
      if (open >= 0) this.stack.length = open;
      const code = this.once(this.stack.length ? `${this.stack[this.stack.length - 1]!.code}.${marker.token}` : marker.token);
      this.stack.push({ style: marker.style, code });
      this.partCount = 0;
      this.otherCount = 0;
      this.lastOther = null;
      return code;
    }
    // An unnumbered row after the list that broke down the one before it stands beside that one (申请办结数 after
    // 收到申请数's 1.当面 … 4.信函).
    const broken = this.stack.findIndex((level) => level.style === UNNUMBERED);
    if (broken >= 0) {
      this.otherCount = this.stack[broken]!.others!;
      this.stack.length = broken;
    }
    const outer = this.stack[this.stack.length - 1]?.code;
    this.lastOther = `${outer ? `${outer}.` : ''}另${++this.otherCount}`;
    return this.lastOther;
  }

  /**
   * A printed code the page gives a second time (see printedCode) ((一)收到申请数, then (一)申请办结数) gets '#2': rows
   * sharing a code would share their children too, and the rules would add one row's parts to another.
   */
  private once(code: string): string {
    const n = (this.given.get(code) ?? 0) + 1;
    this.given.set(code, n);
    return n === 1 ? code : `${code}#${n}`;
  }

  /** Whether a numbering style sits deeper than every level of the outline now open. */
  private deeperThanOpen(style: string | null): boolean {
    const innermost = this.stack[this.stack.length - 1];
    return style !== null && (!innermost || deeper(style, innermost.style));
  }
}

/** A row's code as the page prints it: without the '#2' that tells a repeated number's rows apart (OutlineCoder). */
export const printedCode = (code: string): string => code.replace(/#\d+/g, '');
