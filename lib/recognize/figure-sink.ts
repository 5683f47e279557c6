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

  /** Reads `cell` as a figure into `target` at the dotted `path`; returns the value set. */
  put(table: TableName, target: Record<string, unknown>, path: string, cell: RawCell<N>, reading: FigureReading): number | null {
    const value = reading.kind === 'number' ? reading.value : null;
    setPath(target, path, value);
    this.bindings.push({ ref: { table, path }, node: cell.node });
    this.notes.add(table, path, cell.text, reading);
    return value;
  }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  let obj = target;
  let start = 0;
  for (let dot = path.indexOf('.'); dot >= 0; start = dot + 1, dot = path.indexOf('.', start)) {
    const key = path.slice(start, dot);
    obj = (obj[key] ??= {}) as Record<string, unknown>;
  }
  obj[path.slice(start)] = value;
}
