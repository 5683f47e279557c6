// The pre-2019 政府信息公开情况统计表: one LegacyStat per data row, in order, with its outline code.
// The national template (统计指标 | 单位 | 统计数) and the provincial variants of earlier years
// (指标名称 | 计量单位 | 代码 | 本期实际 | 本年累计, a 历年累计 column, transposed tables) read the same way
// once layout.ts has found the columns.
import type { LegacyStat, Warning } from '../schema.ts';
import type { Grid } from '../table/grid.ts';
import { FigureNotes } from '../recognize/figure-sink.ts';
import { readFigure } from '../table/figure.ts';
import { labelKey } from '../text/normalize.ts';
import { readLayout } from './layout.ts';
import { OutlineCoder, readMarker } from './outline.ts';

export interface LegacyTable<N> {
  stats: LegacyStat[];
  /** The value cell of each entry, same index (the label cell for a row that has no value cell). */
  cells: N[];
  warnings: Warning[];
}

// The standard tables of the 2019 and 2021 templates carry numbered labels too; their column heads
// and row names give them away.
const STANDARD_TABLE = /自然人|申请人情况|结果维持|本年新制作|本年制发|第二十条/;
// A 统计表 counts disclosure work; a numbered table about anything else is not one.
const TOPIC = /公开|申请|复议|诉讼/;
const MIN_MARKED = 3;

/** Reads a grid as a 政府信息公开情况统计表, or returns null when it is not one. */
export function recognizeLegacyTable<N>(source: Grid<N>): LegacyTable<N> | null {
  if (source.rows.some((row) => row.some((slot) => slot && STANDARD_TABLE.test(slot.cell.text)))) return null;
  const layout = readLayout(source);
  if (!layout) return null;
  const { grid } = layout;
  const out: LegacyTable<N> = { stats: [], cells: [], warnings: [] };
  const notes = new FigureNotes();
  const coder = new OutlineCoder();
  let marked = 0;
  let topical = false;

  for (let r = layout.firstRow; r < grid.rows.length; r++) {
    const row = grid.rows[r]!;
    const labelSlot = row[layout.label];
    if (!labelSlot || labelSlot.row !== r) continue; // the rest of a label's row span
    const marker = readMarker(labelSlot.cell.text);
    if (marker.label === '') continue;
    const valueSlot = row[layout.value];
    const ownValue = valueSlot && valueSlot !== labelSlot ? valueSlot : undefined;
    // A row whose label spans the figure columns is an entry only when numbered (a section heading);
    // otherwise it is a title or a note (填报单位, 单位负责人 …).
    if (!ownValue && !marker.style) continue;
    const value = ownValue ? readFigure(ownValue.cell.text) : { kind: 'blank' as const };
    if (value.kind === 'text') continue;

    const unitSlot = layout.unit === null ? undefined : row[layout.unit];
    const unit = readUnit(unitSlot && unitSlot !== labelSlot ? unitSlot.cell.text : '') ?? (value.kind === 'number' ? value.unit : null);
    const index = out.stats.length;
    const stat: LegacyStat = { code: coder.code(marker, unit), label: marker.label, unit, value: figureOf(value, String(index), ownValue?.cell.text ?? '', notes) };
    if (layout.cumulative !== null) {
      const slot = row[layout.cumulative];
      const raw = slot && slot !== labelSlot ? slot.cell.text : '';
      stat.cumulative = figureOf(readFigure(raw), `${index}.cumulative`, raw, notes);
    }
    out.stats.push(stat);
    out.cells.push((ownValue ?? labelSlot).cell.node);
    if (marker.style || marker.part) marked++;
    if (TOPIC.test(marker.label)) topical = true;
  }
  out.warnings = notes.warnings();
  return marked >= MIN_MARKED && topical ? out : null;
}

const UNIT = /^(?:万?元|人次|[条件次人个篇项期份家场天日名户]|%)$/;

/** The unit cell's unit; '——' and the like (no unit for a heading row) and blanks read as null. */
function readUnit(raw: string): string | null {
  const text = labelKey(raw) || raw.trim();
  return UNIT.test(text) ? text : null;
}

/** A figure as the contract wants it: a number, or null for a blank or not-reported cell (noted). */
function figureOf(reading: ReturnType<typeof readFigure>, path: string, raw: string, notes: FigureNotes): number | null {
  notes.add('legacyStats', path, raw, reading);
  return reading.kind === 'number' ? reading.value : null;
}
