// The pre-2019 政府信息公开情况统计表: one LegacyStat per data row, in order, with its outline code.
// The national template (统计指标 | 单位 | 统计数) and the provincial variants of earlier years
// (指标名称 | 计量单位 | 代码 | 本期实际 | 本年累计, a 历年累计 column, transposed tables) read the same way
// once layout.ts has found the columns.
import type { RawCell } from '../page/model.ts';
import type { LegacyStat, Warning } from '../schema.ts';
import type { Grid, Slot } from '../table/grid.ts';
import { FigureNotes } from '../recognize/figure-sink.ts';
import { readCell, shownText, type FigureReading } from '../table/figure.ts';
import { labelKey, squeezed } from '../text/normalize.ts';
import { readChineseNumber } from '../text/chinese-number.ts';
import { BARE_NUMBER, readLayout } from './layout.ts';
import { OutlineCoder, readMarker, type RowMarker } from './outline.ts';
import { UNIT, UNIT_WORDS } from './units.ts';
import { readValue } from './value.ts';

/** Where an entry's figure is: its cell, or its characters where the 统计表 was laid out as text (document/text-table.ts). */
export type LegacyCell<N> = Pick<RawCell<N>, 'node' | 'range'>;

export interface LegacyTable<N> {
  stats: LegacyStat[];
  /** The value cell of each entry, same index (the label cell for a row that has no value cell). */
  cells: LegacyCell<N>[];
  /** The 历年累计 cell of each entry, same index, where the form has that column and the row a cell in it. */
  cumulativeCells: (LegacyCell<N> | null)[];
  /** Each 统计表 read: its year's figure column's head as printed (2013年度, 年末统计) and all its head cells. */
  heads: { value: string; all: string[] }[];
  warnings: Warning[];
}

// The standard tables of the 2019 and 2021 templates carry numbered labels too; their column heads
// and row names give them away.
const STANDARD_TABLE = /自然人|申请人情况|结果维持|本年新制作|本年制发|第二十条/;
// A 统计表 counts disclosure work; a numbered table about anything else is not one (nor its rows laid out as text).
export const TOPIC = /公开|申请|复议|诉讼/;
const MIN_MARKED = 3;

/**
 * Reads the grids that may be 政府信息公开情况统计表 (each a table, or the parts of one cut by page
 * breaks, stacked) into one list of entries. Reports of the early years attach several (附表1 主动公开,
 * 附表2 依申请公开 …): the second and later keep their own outline under 表2., 表3. …
 */
export function recognizeLegacyTables<N>(sources: Grid<N>[]): LegacyTable<N> | null {
  const out: LegacyTable<N> = { stats: [], cells: [], cumulativeCells: [], heads: [], warnings: [] };
  const notes = new FigureNotes();
  let read = 0;
  let tables = 0;
  let prefix = '';
  for (const source of sources) {
    const table = readTable(source, out.stats.length);
    if (!table) continue;
    // A part whose numbering goes on from the table before (表三 opening on 四、行政复议数量 after 表二's 三、依申请公开情况,
    // a caption between them) is that 统计表 printed in parts: its rows keep its outline. One that starts its own is another.
    if (read > 0 && !continuesOutline(out.stats, table.stats)) prefix = `表${++tables + 1}.`;
    read++;
    if (prefix) for (const stat of table.stats) stat.code = prefix + stat.code;
    out.stats.push(...table.stats);
    out.cells.push(...table.cells);
    out.cumulativeCells.push(...table.cumulativeCells);
    out.heads.push(table.heads);
    for (const { path, raw, reading } of table.readings) notes.add('legacyStats', path, raw, reading);
  }
  if (read === 0) return null;
  out.warnings = notes.warnings();
  return out;
}

/**
 * A cell read as a figure, to note once its table turns out to be a 统计表. `heading`: the index of an entry that is a
 * heading where rows of its own follow it (see readTable), its cell then no figure to note.
 */
interface CellReading { path: string; raw: string; reading: FigureReading; heading?: number }

/** The top-level numbers of the outline (一, 二 … or 1, 2 …), in codes with no 表N. before them. */
const topNumber = (code: string): number | null => {
  const top = code.replace(/^表\d+\./, '');
  if (top.includes('.')) return null;
  return /^\d{1,2}$/.test(top) ? Number(top) : readChineseNumber(top);
};

/** Whether a table's first numbered top-level row is the one after the last of the rows read before it. */
function continuesOutline(before: LegacyStat[], next: LegacyStat[]): boolean {
  const last = before.findLast((stat) => topNumber(stat.code) !== null);
  const first = next.find((stat) => topNumber(stat.code) !== null);
  return last !== undefined && first !== undefined && topNumber(first.code) === topNumber(last.code)! + 1;
}

/** One grid read as a 统计表, its entries' paths numbered from `first`; null when it is not one. */
function readTable<N>(source: Grid<N>, first: number): { stats: LegacyStat[]; cells: LegacyCell<N>[]; cumulativeCells: (LegacyCell<N> | null)[]; readings: CellReading[]; heads: LegacyTable<N>['heads'][number] } | null {
  if (source.rows.some((row) => row.some((slot) => slot && STANDARD_TABLE.test(slot.cell.text)))) return null;
  const layout = readLayout(source);
  if (!layout) return null;
  const { grid } = layout;
  const stats: LegacyStat[] = [];
  const cells: LegacyCell<N>[] = [];
  const cumulativeCells: (LegacyCell<N> | null)[] = [];
  const readings: CellReading[] = [];
  const figureOf = (reading: FigureReading, path: string, raw: string, heading?: number): number | null => {
    readings.push({ path, raw, reading, ...(heading === undefined ? {} : { heading }) });
    return reading.kind === 'number' ? reading.value : null;
  };
  const coder = new OutlineCoder();
  const headed = { col: layout.value, unit: unitInLabel(squeezed(layout.valueHead)) };
  /** Where a row's figure stands: under its unit, where the form sets a column per unit (条 | 件). */
  const valueColumn = (row: (Slot<N> | undefined)[], own: (slot: Slot<N> | undefined) => Slot<N> | undefined) =>
    layout.unitValues?.find(({ col }) => { const slot = own(row[col]); return slot && readCell(slot.cell).kind !== 'blank'; }) ?? headed;
  const unitCell = (row: (Slot<N> | undefined)[], own: (slot: Slot<N> | undefined) => Slot<N> | undefined) =>
    readUnit(own(layout.unit === null ? undefined : row[layout.unit])?.cell.text ?? '');
  let marked = 0;
  let topical = false;
  // A row's own cells where it has none but its label (a group's name).
  const none = () => undefined;

  /** Adds the entry of a label: its unit, value and 历年累计 from the row's own cells where it has them. */
  const add = (marker: RowMarker, at: Slot<N>, row: (Slot<N> | undefined)[], own: (slot: Slot<N> | undefined) => Slot<N> | undefined, value: FigureReading,
    column: { col: number; unit: string | null }): void => {
    const ownValue = own(row[column.col]);
    const unit = unitCell(row, own) ?? (value.kind === 'number' ? value.unit : null)
      ?? unitInLabel(marker.label) ?? (value.kind === 'number' ? column.unit : null);
    const index = first + stats.length;
    // A heading's row (二、回应解读情况) has neither unit nor figure: its blank is no figure left out, and goes unnoted;
    // nor are the dashes the form prints in its unit and figure cells (一、主动公开情况 | —— | ——, sg-longgui-2016).
    const unitSlot = own(layout.unit === null ? undefined : row[layout.unit]);
    const unitTold = unitSlot !== undefined && readCell(unitSlot.cell).kind !== 'blank';
    const dashedOut = value.kind === 'not-reported' && unitTold && readCell(unitSlot.cell).kind === 'not-reported';
    const headingOnly = unit === null && (value.kind === 'blank' || dashedOut);
    // Where no unit cell tells (no 单位 column; label：figure lines, whose unit follows the figure: their blank unit cell
    // is the reader's, a cell of a table laid out as text), a row of no unit and no figure is a heading only if rows of
    // its own follow it (一、依申请公开情况 | ——, then （一）收到申请数); one that stands alone (其中：主动公开规范性文件数：)
    // is a figure left out. A group's name (own is none) is a heading, and so is a row whose 单位 cell the form left
    // blank (二、回应解读情况 | | ): the form's own heading, rows under it or not.
    const noUnitCell = layout.unit === null || (!unitTold && unitSlot?.cell.range !== undefined);
    const untold = unit === null && noUnitCell && own !== none && (value.kind === 'blank' || value.kind === 'not-reported');
    const stat: LegacyStat = { code: coder.code(marker, unit), label: marker.label, unit,
      value: headingOnly && !untold ? null : figureOf(value, String(index), ownValue ? shownText(ownValue.cell) : '', untold ? stats.length : undefined) };
    const cumulative = layout.cumulative === null ? undefined : own(row[layout.cumulative])?.cell;
    // A heading dashed out is so in its 历年累计 column too (北京's form: 一、主动公开情况 | —— | —— | ——).
    const dashedCumulative = dashedOut && cumulative !== undefined && readCell(cumulative).kind === 'not-reported';
    const cumulativeReading = cumulative && readCell(cumulative);
    if (layout.cumulative !== null) {
      stat.cumulative = cumulative && cumulativeReading && !dashedCumulative
        ? figureOf(cumulativeReading, `${index}.cumulative`, shownText(cumulative), untold && cumulativeReading.kind !== 'number' ? stats.length : undefined) : null;
    }
    stats.push(stat);
    cells.push((ownValue ?? at).cell);
    cumulativeCells.push(cumulative ?? null);
    if (marker.style || marker.part) marked++;
    if (TOPIC.test(marker.label)) topical = true;
  };
  let partsBelow = false;
  const blank: FigureReading = { kind: 'blank' };

  for (let r = layout.firstRow; r < grid.rows.length; r++) {
    const row = grid.rows[r]!;
    // A group's name, on its first row: an entry of its own, with no figure, before the row's label.
    const category = layout.category === null ? undefined : row[layout.category];
    if (category && category.row === r) {
      const marker = readMarker(category.cell.text);
      if (marker.label !== '') {
        add(marker, category, row, none, blank, headed);
        // A group's name shows a 统计表 as numbering does, where the form numbers nothing.
        if (!marker.style) marked++;
      }
    }
    const labelSlot = row[layout.label];
    const subSlot = layout.subLabel === null ? undefined : row[layout.subLabel];
    const text = labelText(labelSlot, subSlot, r);
    if (text === null) continue;
    const read = readMarker(text);
    // A row of 其中 alone: the rows below it are the parts.
    if (read.label === '') { partsBelow = read.part; continue; }
    const marker = partsBelow ? { ...read, part: true } : read;
    partsBelow = false;
    const own = (slot: Slot<N> | undefined) => (slot && slot !== labelSlot && slot !== subSlot ? slot : undefined);
    const column = valueColumn(row, own);
    const valueSlot = own(row[column.col]);
    // A row whose label spans the figure columns is an entry only when numbered (a section heading);
    // otherwise it is a title or a note (填报单位, 单位负责人 …). A cell of words where the figure
    // should be makes the row a note too.
    if (!valueSlot && !marker.style) continue;
    // The row's unit as the form gives it (its unit cell, else its label's, else the head's) tells 1.2万 元 from 1.2万 条.
    const value = valueSlot ? readValue(valueSlot.cell, unitCell(row, own) ?? unitInLabel(marker.label) ?? column.unit) : blank;
    if (value.kind === 'text') continue;
    add(marker, (labelSlot ?? subSlot)!, row, own, value, column);
  }
  // A row untold by a unit cell is a heading where rows of its own follow it: its blank or dashes are no figure left out.
  const hasOwnRows = (i: number) => stats[i + 1]?.code.startsWith(`${stats[i]!.code}.`) === true;
  const noted = readings.filter((r) => r.heading === undefined || !hasOwnRows(r.heading));
  const heads = { value: layout.valueHead, all: grid.rows.slice(0, layout.firstRow).flatMap((row) => row.flatMap((slot) => slot ? [squeezed(slot.cell.text)] : [])) };
  return marked >= MIN_MARKED && topical ? { stats, cells, cumulativeCells, readings: noted, heads } : null;
}

/**
 * A row's label, or null for the rest of a label's row span. With a sub-label column, a numbered row
 * spans both or has its numbering alone on the left; a part has 其中 on its left (on its first row
 * only, when that cell spans the list) or nothing.
 */
function labelText<N>(label: Slot<N> | undefined, sub: Slot<N> | undefined, r: number): string | null {
  if (!sub || sub === label) return label && label.row === r ? label.cell.text : null;
  if (sub.row !== r) return null;
  if (!label || label.row !== r || label.cell.text.trim() === '') return sub.cell.text;
  // 一 | 主动公开情况 reads as "一 主动公开情况", which readMarker takes for 一、主动公开情况.
  return BARE_NUMBER.test(label.cell.text.trim()) ? `${label.cell.text.trim()} ${sub.cell.text}` : label.cell.text;
}

// Tables without a 单位 column name it after the label: 主动公开政府信息数（条）, 专项经费(单位:万元), or
// after the figures' head: 统计数（件）.
const LABEL_UNIT = new RegExp(`\\((?:单位:)?(${UNIT_WORDS})\\)$`);
const unitInLabel = (label: string): string | null => LABEL_UNIT.exec(label)?.[1] ?? null;

/** The unit cell's unit; '——' and the like (no unit for a heading row) and blanks read as null. */
function readUnit(raw: string): string | null {
  const text = labelKey(raw) || raw.trim();
  return UNIT.test(text) ? text : null;
}
