// Where things are in a 政府信息公开情况统计表: which way round it is, which rows are headers, and which
// column holds the label, the unit, the year's figure and the 历年累计 figure.
import { joinBrokenRow } from '../table/broken-row.ts';
import { stackGrids, type Grid, type Slot } from '../table/grid.ts';
import { hasDigit, labelKey } from '../text/normalize.ts';
import { isMarked } from './outline.ts';
import { UNIT, UNIT_WORD } from './units.ts';
import { isValueLike } from './value.ts';

export interface Layout<N> {
  /** The grid, rows as records (transposed tables are turned round). */
  grid: Grid<N>;
  /** Records before this one are headers. */
  firstRow: number;
  label: number;
  /**
   * The column right of the label that carries on its text, or null: where the head 统计指标 spans
   * two columns, a 其中 cell (often spanning its parts' rows) stands left of the part's name, while
   * numbered rows span both; where the label column holds only the numbering (一 | 主动公开情况).
   */
  subLabel: number | null;
  /**
   * The column left of the label whose cells name a group of rows, each spanning its group
   * (一、主动公开情况 beside 1.主动公开政府信息数 …), or null. A 序号 column there is not one.
   */
  category: number | null;
  unit: number | null;
  value: number;
  /** The value column's head as printed (统计数（件）): where the unit stands when no column holds it. */
  valueHead: string;
  cumulative: number | null;
  /**
   * Figure columns each headed by a unit (统计指标 | 条 | 件), `value` the first, or null: a row's
   * figure stands under its own unit.
   */
  unitValues: { col: number; unit: string }[] | null;
}

const UNIT_HEAD = /单位/;
const CODE_HEAD = /代码|序号|编号|行次/;
const CUMULATIVE_HEAD = /历年|以来|总累计|^累计/;
// The year's figure, best first: a 本年累计 column holds the year's total where 本期实际 may hold one
// period only; tables with a single figure column call it 统计数 / 数量 / 数值.
const VALUE_HEADS = [/本年累计|全年累计/, /本年|全年|年度/, /统计数|数量|数值|数据|合计|实际|完成/, /本期/];
// Last year's figures set beside this year's for comparison (上年度 | 本年度 | 增减), a head cell that opens with it, and a
// change on it (比上年增减): never the year's, 年度 as they say. Not any head with 上年 in it.
const LAST_YEAR_HEAD = /^(?:上一?年|去年|上期)|[比较与]上一?年|同比/;
// A label cell that heads its column (统计指标, 指标名称, 项目) or numbers the columns (甲 乙 丙).
const LABEL_HEADER = /^(?:统计)?(?:指标|项目|栏目)(?:名称)?$|^(?:名称|内容|类别|[甲乙丙丁])$/;

const textAt = <N>(grid: Grid<N>, r: number, c: number) => labelKey(grid.rows[r]?.[c]?.cell.text ?? '');

/** A column's head cells, top to bottom (统计数 over 上年度). */
const headCells = <N>(grid: Grid<N>, firstRow: number, c: number) => Array.from({ length: firstRow }, (_, r) => textAt(grid, r, c));
// A head cell naming a year or period (本年度, 上年度, 2018年, 本期).
const NAMES_YEAR = /年|本期|上期/;
/**
 * A column's own head cells: its lowest, and those over it alone or over columns none of whose heads under it names a
 * year (上年度 over 数量 | 占比: both last year's). A cell spanning columns whose heads name different years (与上年对比,
 * 同比情况 over 本年度 | 上年度) says nothing of which is which.
 */
const ownHeadCells = <N>(grid: Grid<N>, firstRow: number, c: number) => headCells(grid, firstRow, c).filter((_, r) => {
  const slot = grid.rows[r]?.[c];
  if (r === firstRow - 1 || (grid.rows[r]?.[c - 1] !== slot && grid.rows[r]?.[c + 1] !== slot)) return true;
  const spanned = Array.from({ length: grid.width }, (_, k) => k).filter((k) => grid.rows[r]?.[k] === slot);
  return !spanned.some((k) => headCells(grid, firstRow, k).slice(r + 1).some((text) => NAMES_YEAR.test(text)));
});

/** Rows (or, transposed, columns) whose labels carry outline numbering or 其中: how a 统计表 shows itself. */
function markedCount<N>(grid: Grid<N>, along: 'rows' | 'columns', index: number): number {
  let n = 0;
  const length = along === 'rows' ? grid.rows.length : grid.width;
  for (let i = 0; i < length; i++) {
    const slot = along === 'rows' ? grid.rows[i]?.[index] : grid.rows[index]?.[i];
    if (slot && (along === 'rows' ? slot.row === i : slot.col === i) && isMarked(slot.cell.text)) n++;
  }
  return n;
}

/** Of the first two columns, the one of numbered labels: the second where a 序号 column comes first. */
const labelOf = (first: number, second: number) => (second > first ? 1 : 0);
const labelColumn = <N>(grid: Grid<N>) => labelOf(markedCount(grid, 'rows', 0), markedCount(grid, 'rows', 1));

/**
 * The parts of a 统计表 cut by page breaks, as one grid. A part of another width is lined up by its
 * label column: Word may give the part after a break an empty column before the labels.
 */
export function joinParts<N>(parts: Grid<N>[]): Grid<N> {
  if (parts.length === 1) return parts[0]!;
  // A row the page break cut through: a part that opens on its end has it written back on the row (table/broken-row.ts).
  const joined = parts.slice();
  for (let i = 1; i < joined.length; i++) {
    const broken = joinBrokenRow(joined[i - 1]!, joined[i]!);
    if (broken) [joined[i - 1], joined[i]] = [broken.before, broken.after];
  }
  const first = joined[0]!;
  const label = labelColumn(first);
  return stackGrids(joined, joined.map((part) => (part.width === first.width ? 0 : labelColumn(part) - label)));
}

/** The grid turned round: record r is the table's column r. Slots still point at the page's cells. */
function transpose<N>(grid: Grid<N>): Grid<N> {
  const rows: (Slot<N> | undefined)[][] = Array.from({ length: grid.width }, () => []);
  grid.rows.forEach((row, r) => row.forEach((slot, c) => {
    rows[c]![r] = slot && { cell: slot.cell, row: slot.col, col: slot.row, rowSpan: Math.max(1, slot.cell.colspan) };
  }));
  return { rows, width: grid.rows.length };
}

/**
 * Reads the layout, or null when the grid has no column of numbered labels next to a figure column.
 * The label column is the one with the most numbered labels among the first two (a 序号 column may
 * come first); a table whose numbered labels run along its first rows is transposed.
 */
export function readLayout<N>(source: Grid<N>): Layout<N> | null {
  const down = [markedCount(source, 'rows', 0), markedCount(source, 'rows', 1)];
  const across = [markedCount(source, 'columns', 0), markedCount(source, 'columns', 1)];
  const transposed = Math.max(...across) > Math.max(...down);
  const [first, second] = transposed ? across : down;
  const labelCol = labelOf(first!, second!);
  const grid = transposed ? transpose(source) : sideBySide(source, labelCol);

  let firstRow = 0;
  while (firstRow < Math.min(grid.rows.length, 5) && isHeader(grid, firstRow, labelCol)) firstRow++;
  const heads = Array.from({ length: grid.width }, (_, c) => headCells(grid, firstRow, c).join(''));

  const unitHead = heads.findIndex((h, c) => c !== labelCol && UNIT_HEAD.test(h) && !CUMULATIVE_HEAD.test(h));
  const cumulativeHead = heads.findIndex((h, c) => c !== labelCol && CUMULATIVE_HEAD.test(h));
  const own = (c: number) => c !== unitHead && !CODE_HEAD.test(heads[c]!);
  // A 统计表 left blank (every figure cell empty or ——, sichuan-2014's) has no figure to tell its column by: its head names it (统计数).
  const filled = figureColumns(grid, firstRow, labelCol).filter(own);
  const figureCols = filled.length > 0 ? filled
    : figureColumns(grid, firstRow, labelCol, false).filter((c) => own(c) && VALUE_HEADS.some((head) => head.test(heads[c]!)));
  if (figureCols.length === 0) return null;
  const candidates = figureCols.filter((c) => c !== cumulativeHead);
  let value = latestYear(candidates, heads);
  const thisYear = candidates.filter((c) => !ownHeadCells(grid, firstRow, c).some((text) => LAST_YEAR_HEAD.test(text)));
  for (const head of value < 0 ? VALUE_HEADS : []) {
    value = thisYear.find((c) => head.test(heads[c]!)) ?? -1;
    if (value >= 0) break;
  }
  // No telling header: the first figure column that is not the cumulative one nor last year's; where last year's is the only
  // one, none is the year's.
  if (value < 0) value = thisYear[0] ?? -1;
  if (value < 0) return null;
  const labelHead = firstRow > 0 ? grid.rows[firstRow - 1]?.[labelCol] : undefined;
  const spansHead = labelHead !== undefined && grid.rows[firstRow - 1]?.[labelCol + 1] === labelHead;
  const subLabel = (spansHead || onlyNumbering(grid, firstRow, labelCol)) && labelCol + 1 < value ? labelCol + 1 : null;
  const unitValues = figureCols.filter((c) => c !== cumulativeHead && UNIT.test(heads[c]!)).map((col) => ({ col, unit: heads[col]! }));
  if (unitValues.length >= 2) value = unitValues[0]!.col;
  let valueHead = '';
  for (let r = 0; r < firstRow; r++) valueHead += grid.rows[r]?.[value]?.cell.text ?? '';
  return {
    grid, firstRow, label: labelCol, subLabel, value, valueHead, category: isCategoryColumn(grid, firstRow, labelCol - 1) ? labelCol - 1 : null,
    unit: unitHead >= 0 ? unitHead : unitColumn(grid, firstRow, labelCol),
    cumulative: cumulativeHead >= 0 && cumulativeHead !== value ? cumulativeHead : null,
    unitValues: unitValues.length >= 2 ? unitValues : null,
  };
}

/**
 * A 统计表 set out in two halves side by side (指标 | 单位 | 统计数 | 指标 | 单位 | 统计数), as one
 * grid of the left half's rows and then the right half's, the order they are read in. The right half
 * shows itself by a column of numbered labels of its own, as many as the left's at least in half.
 */
function sideBySide<N>(grid: Grid<N>, labelCol: number): Grid<N> {
  const labels = markedCount(grid, 'rows', labelCol);
  for (let c = labelCol + 2; c < grid.width - 1; c++) {
    const marked = markedCount(grid, 'rows', c);
    if (marked < MIN_HALF || marked * 2 < labels) continue;
    const left = { rows: grid.rows.map((row) => row.slice(0, c)), width: c };
    return stackGrids([left, grid], [0, c - labelCol]);
  }
  return grid;
}
const MIN_HALF = 3;

const CN_NUMBER = /^[一二三四五六七八九十]+$/;
/** A label cell of numbering or 其中 alone, the label's words in the next column. */
export const BARE_NUMBER = /^[(（]?(?:[一二三四五六七八九十]+|\d{1,2})[)）]?[、.．]?$|^其中[:：]?$/;

/** Whether most named cells of column c are numbering alone (一, （一）, 1, 其中): the labels are right of it. */
function onlyNumbering<N>(grid: Grid<N>, firstRow: number, c: number): boolean {
  let named = 0, bare = 0;
  for (let r = firstRow; r < grid.rows.length; r++) {
    const slot = grid.rows[r]?.[c];
    const text = slot && slot.row === r && slot.col === c ? slot.cell.text.trim() : '';
    if (text === '') continue;
    named++;
    if (BARE_NUMBER.test(text)) bare++;
  }
  return bare * 2 > named;
}

/** Whether column c holds no figures and at least one named cell spanning several rows. */
function isCategoryColumn<N>(grid: Grid<N>, firstRow: number, c: number): boolean {
  if (c < 0) return false;
  let spanning = false;
  for (let r = firstRow; r < grid.rows.length; r++) {
    const slot = grid.rows[r]?.[c];
    if (!slot || slot.row !== r || slot.col !== c || slot.cell.text.trim() === '') continue;
    if (isValueLike(slot.cell)) return false;
    if (slot.rowSpan > 1) spanning = true;
  }
  return spanning;
}

const YEAR_HEAD = /((?:19|20)\d\d)年/;

/** Of figure columns headed by different years (2014年 | 2015年, last year's beside this), the latest; else -1. */
function latestYear(columns: number[], heads: string[]): number {
  let best = -1, bestYear = 0, years = 0;
  for (const c of columns) {
    const year = Number(YEAR_HEAD.exec(heads[c]!)?.[1] ?? 0);
    if (!year || year === bestYear) continue;
    years++;
    if (year > bestYear) { best = c; bestYear = year; }
  }
  return years >= 2 ? best : -1;
}

/**
 * A leading record that is not data: its label cell is empty or a column head, or one cell spans the
 * whole record (a title), or nothing in it reads as a figure (指标名称 | 计量单位 | 本期实际 …).
 */
function isHeader<N>(grid: Grid<N>, r: number, labelCol: number): boolean {
  const label = textAt(grid, r, labelCol);
  if (label === '' || LABEL_HEADER.test(label)) return true;
  // 一 alone, its words in the next column (一 | 主动公开情况): the first section, not a head.
  if (CN_NUMBER.test(label) || isMarked(grid.rows[r]?.[labelCol]?.cell.text ?? '')) return false;
  const row = grid.rows[r] ?? [];
  return row.every((slot) => slot === row[labelCol] || !slot || !hasDigit(slot.cell.text));
}

/** Columns right of the label whose cells below the headers are mostly figures, with at least one number (where `numbered`). */
function figureColumns<N>(grid: Grid<N>, firstRow: number, labelCol: number, numbered = true): number[] {
  const out: number[] = [];
  for (let c = labelCol + 1; c < grid.width; c++) {
    let figures = 0, numbers = 0, cells = 0;
    for (let r = firstRow; r < grid.rows.length; r++) {
      const slot = grid.rows[r]?.[c];
      if (!slot || slot.col !== c || slot === grid.rows[r]?.[labelCol]) continue;
      cells++;
      if (isValueLike(slot.cell)) figures++;
      if (hasDigit(slot.cell.text)) numbers++;
    }
    if ((numbers > 0 || !numbered) && figures * 2 > cells) out.push(c);
  }
  return out;
}

/** Without a 单位 header: the column whose cells are mostly units (条, 件, ——). */
function unitColumn<N>(grid: Grid<N>, firstRow: number, labelCol: number): number | null {
  for (let c = labelCol + 1; c < grid.width; c++) {
    let units = 0, cells = 0;
    for (let r = firstRow; r < grid.rows.length; r++) {
      const slot = grid.rows[r]?.[c];
      if (!slot || slot.col !== c) continue;
      cells++;
      if (UNIT_WORD.test(labelKey(slot.cell.text) || slot.cell.text.trim())) units++;
    }
    if (cells > 0 && units * 2 > cells) return c;
  }
  return null;
}
