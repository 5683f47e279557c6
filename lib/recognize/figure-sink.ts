import type { FigureBinding } from '../extract.ts';
import { tableName } from '../labels.ts';
import type { RawCell } from '../page/model.ts';
import type { CellRef, TableName, Warning } from '../schema.ts';
import { shownText, type FigureReading } from '../table/figure.ts';
import { SIGNED_FIELD } from '../template/active-disclosure.ts';
import { quote } from '../text/quote.ts';

type Kind = 'noise-removed' | 'blank' | 'missing' | 'not-reported' | 'unreadable' | 'approximate';
// readings: what a cell was read as, where the note says it ("+15" for 增15, "27642000" for 2764.2万).
interface Oddity { table: TableName; kind: Kind; paths: string[]; texts: string[]; readings: (string | null)[] }

// A change's sign written as a word (增15, 减少4): what was read is said beside it, the word being no noise dropped but the
// sign. So is a minus kept from a run of dashes (--253 is −253, not 253): "dropped" alone would say the sign went too.
// In a count (新增3 新制发件数) the word is noise like any other: no sign to say.
const SIGN_WORD = /[增减]/;
// A figure written in 万 or 亿 (1.2万): what it was read as is said beside it, nothing having been dropped but its form.
const TIMES_WORD = /\d\s*[万亿](?!元)/;

// How many of the cells' texts a note quotes.
const EXAMPLES = 6;

/**
 * What reading figures dropped or could not read, gathered into one `info` warning per table and kind
 * (a page with a hundred "?0" cells gets one note, not a hundred). Every table reader notes through here.
 */
export class FigureNotes {
  // A handful at most (a few tables × a few kinds), in the order first met: a list is quickest.
  private readonly oddities: Oddity[] = [];

  /**
   * Notes the reading of the cell at `path` if anything but white space was dropped (its unit too, unless the reader
   * kept it and so passes a reading without it; a plus sign too, but in a `signed` column: a count is written +22 only
   * where the page shifted a change into it), it was blank, or nothing was readable.
   */
  add(table: TableName, path: string, text: string, reading: FigureReading, signed = false): void {
    if (reading.kind === 'number' && (reading.noise || reading.unit || (reading.plus && !signed))) {
      const { value } = reading;
      const sign = signed && (SIGN_WORD.test(text) || value < 0);
      this.note(table, 'noise-removed', path, text, sign ? `${value > 0 ? '+' : ''}${value}` : TIMES_WORD.test(text) ? `${value}` : null);
    }
    // A blank is said, not only left null: readers take a blank for 0, the contract does not.
    else if (reading.kind === 'blank') this.note(table, reading.missing ? 'missing' : 'blank', path, text);
    else if (reading.kind === 'not-reported') this.note(table, 'not-reported', path, text);
    else if (reading.kind === 'unreadable' || reading.kind === 'text') this.note(table, 'unreadable', path, text);
    else if (reading.kind === 'approximate') this.note(table, 'approximate', path, text);
  }

  private note(table: TableName, kind: Kind, path: string, text: string, read: string | null = null) {
    let o = this.oddities.find((x) => x.table === table && x.kind === kind);
    if (!o) this.oddities.push((o = { table, kind, paths: [], texts: [], readings: [] }));
    o.paths.push(path);
    o.texts.push(text);
    o.readings.push(read);
  }

  /**
   * The notes. The cells in `unread` (a text table's row whose figures did not fit its columns, said by a note of its
   * own) are no blanks of the page's: they are left out of the blank note.
   */
  warnings(unread: readonly CellRef[] = []): Warning[] {
    const skip = new Set(unread.map((r) => `${r.table} ${r.path}`));
    return this.oddities.flatMap(({ table, kind, ...all }) => {
      const kept = all.paths.flatMap((path, i) => (kind === 'blank' && skip.has(`${table} ${path}`) ? [] : [i]));
      if (kept.length === 0) return [];
      const o = { paths: kept.map((i) => all.paths[i]!), texts: kept.map((i) => all.texts[i]!), readings: kept.map((i) => all.readings[i]!) };
      const examples = distinctExamples(o.texts, o.readings).map(([r, read]) => quote(r) + (read === null ? '' : `即${read}`)).join('、');
      const name = tableName(table);
      const message = kind === 'noise-removed'
        ? `${name}有${o.paths.length}个数字带有多余字符（如${examples}），已去除后读数`
        : kind === 'blank'
          ? `${name}有${o.paths.length}个单元格空白，按未填报（没有数字）处理，不按0计`
          : kind === 'missing'
          ? `${name}有${o.paths.length}个数字的单元格缺失（该行只有名称），按没有数字处理，不按0计`
          : kind === 'not-reported'
          ? `${name}有${o.paths.length}个单元格填的是${examples}，表示未填报，按没有数字处理，不按0计`
          : kind === 'approximate'
            ? `${name}有${o.paths.length}个数字是约数（${examples}），不是确数，按没有数字处理`
            : `${name}有${o.paths.length}个单元格无法读成数字（${examples}），按没有数字处理`;
      return [{
        rule: `figure/${kind}`, severity: 'info' as const, message,
        cells: o.paths.map((path) => ({ table, path })), expected: null, actual: null,
      }];
    });
  }
}

/** The first few distinct texts, white space collapsed, each with what it was read as where that is said; each distinct text is normalised once. */
function distinctExamples(texts: string[], readings: (string | null)[]): [string, string | null][] {
  const examples: [string, string | null][] = [];
  for (const text of new Set(texts)) {
    const example = text.replace(/\s+/g, ' ').trim();
    if (!examples.some(([e]) => e === example)) examples.push([example, readings[texts.indexOf(text)] ?? null]);
    if (examples.length === EXAMPLES) break;
  }
  return examples;
}

/**
 * Where recognisers put the figures they read: sets the value at its path in the table's object,
 * binds the path to its source cell, and notes what was dropped or unreadable.
 */
export class FigureSink<N> {
  readonly bindings: FigureBinding<N>[] = [];
  readonly notes = new FigureNotes();
  /** How many cells read as numbers: a blank form (the 国办 template itself) has none. */
  numbers = 0;
  private lastTarget: object | null = null;
  private lastRow = '';
  private lastObject: Record<string, unknown> = {};

  /**
   * Reads `cell` as a figure into `target` at `row.key` (row: a dotted path such as
   * `withheld.stateSecret`, key: a column such as `total`); returns the full path. With `add`, the
   * figure is added to the one already there.
   */
  put(table: TableName, target: Record<string, unknown>, row: string, key: string, cell: RawCell<N>, reading: FigureReading, add = false): string {
    // A row's figures come one after another: find the row's object once for them all.
    if (target !== this.lastTarget || row !== this.lastRow) {
      let obj = target;
      for (const part of pathParts(row)) obj = (obj[part] ??= {}) as Record<string, unknown>;
      this.lastTarget = target;
      this.lastRow = row;
      this.lastObject = obj;
    }
    if (reading.kind === 'number') this.numbers++;
    const value = reading.kind === 'number' ? reading.value : null;
    const before = this.lastObject[key];
    // `add`: a figure the page splits over sub-rows, summed; a blank part leaves the sum as it is.
    this.lastObject[key] = add && typeof before === 'number' ? before + (value ?? 0) : value;
    const path = joinPath(row, key);
    this.bindings.push(cell.range ? { ref: { table, path }, node: cell.node, range: cell.range } : { ref: { table, path }, node: cell.node });
    this.notes.add(table, path, shownText(cell), reading, table === 'activeDisclosure' && key === SIGNED_FIELD);
    return path;
  }
}

// Figure paths are few (the standard tables' rows × columns) and recur on every page: each is built
// and split once, so reading a table allocates no path strings and stores under constant keys.
const joined = new Map<string, Map<string, string>>();
const parts = new Map<string, string[]>();

/** `row.key`, the same string every time. */
export function joinPath(row: string, key: string): string {
  let byKey = joined.get(row);
  if (!byKey) joined.set(row, (byKey = new Map()));
  let path = byKey.get(key);
  if (path === undefined) byKey.set(key, (path = `${row}.${key}`));
  return path;
}

function pathParts(row: string): string[] {
  let split = parts.get(row);
  if (!split) parts.set(row, (split = row.split('.')));
  return split;
}
