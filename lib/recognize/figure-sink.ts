import type { FigureBinding } from '../extract.ts';
import { tableName } from '../labels.ts';
import type { RawCell } from '../page/model.ts';
import type { TableName, Warning } from '../schema.ts';
import type { FigureReading } from '../table/figure.ts';

interface Oddity { paths: string[]; raws: string[] }

/**
 * What reading figures dropped or could not read, gathered into one `info` warning per table and kind
 * (a page with a hundred "?0" cells gets one note, not a hundred). Every table reader notes through here.
 */
export class FigureNotes {
  private readonly oddities = new Map<string, Oddity>();

  /** Notes the reading of the cell at `path` if anything but white space was dropped, or nothing was readable. */
  add(table: TableName, path: string, text: string, reading: FigureReading): void {
    if (reading.kind === 'number' && reading.noise) this.note(table, 'noise-removed', path, text);
    else if (reading.kind === 'not-reported') this.note(table, 'not-reported', path, text);
    else if (reading.kind === 'text') this.note(table, 'unreadable', path, text);
  }

  private note(table: TableName, kind: string, path: string, text: string) {
    const key = `${table}|${kind}`;
    const o = this.oddities.get(key) ?? { paths: [], raws: [] };
    o.paths.push(path);
    if (o.raws.length < 6) {
      const raw = text.replace(/\s+/g, ' ').trim();
      if (!o.raws.includes(raw)) o.raws.push(raw);
    }
    this.oddities.set(key, o);
  }

  warnings(): Warning[] {
    return [...this.oddities].map(([key, o]) => {
      const [table, kind] = key.split('|') as [TableName, string];
      const examples = o.raws.map((r) => `“${r}”`).join('、');
      const name = tableName(table);
      const message = kind === 'noise-removed'
        ? `${name}有${o.paths.length}个数字带有多余字符（如${examples}），已去除后读数`
        : kind === 'not-reported'
          ? `${name}有${o.paths.length}个单元格填的是${examples}，表示未填报，按空值（null）处理，不按0计`
          : `${name}有${o.paths.length}个单元格无法读成数字（${examples}），按空值（null）处理`;
      return {
        rule: `figure/${kind}`, severity: 'info' as const, message,
        cells: o.paths.map((path) => ({ table, path })), expected: null, actual: null,
      };
    });
  }
}

/**
 * Where recognisers put the figures they read: sets the value at its path in the table's object,
 * binds the path to its source cell, and notes what was dropped or unreadable.
 */
export class FigureSink<N> {
  readonly bindings: FigureBinding<N>[] = [];
  readonly notes = new FigureNotes();

  /**
   * Reads `cell` as a figure into `target` at `row.key` (row: a dotted path such as
   * `withheld.stateSecret`, key: a column such as `total`); returns the full path.
   */
  put(table: TableName, target: Record<string, unknown>, row: string, key: string, cell: RawCell<N>, reading: FigureReading): string {
    let obj = target;
    for (const part of pathParts(row)) obj = (obj[part] ??= {}) as Record<string, unknown>;
    obj[key] = reading.kind === 'number' ? reading.value : null;
    const path = joinPath(row, key);
    this.bindings.push({ ref: { table, path }, node: cell.node });
    this.notes.add(table, path, cell.text, reading);
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
