// A 统计表's value cell read as a figure: as any table's, and as hand-filled forms word one besides.
import { figureBeforeNote, readCell, readFigure, type FigureCell, type FigureReading } from '../table/figure.ts';
import { squeezed } from '../text/normalize.ts';

// A figure with a remark after it in brackets that any table reads (11（含代理申请2件）), and those hand-filled
// 统计表 write with a figure first (11（2件为代理申请）, 1（2021年度）): a remark holds words.
const REMARKED = /^([^（()）]*\d[^（()）]*)[（(][^（()）]*[\u4e00-\u9fff][^（()）]*[)）]$/;

// A figure in 万 as hand-filled forms word it (1.2万, 1.05万条), a unit (条) after 万.
const IN_WAN = /^(\d+(?:\.\d+)?)万(\D*)$/;

/**
 * A value cell read as a figure, `unit` the row's (its unit cell's, label's or head's). A figure with a
 * remark reads as the figure, the remark noted as noise (REMARKED); one in 万 as what it says exactly (1.2万 条 = 12000:
 * nothing dropped, so no note), but in a row of 元 or 万元 as none. One of about so many (约300, 3000多)
 * reads as no figure, as in any table (readCell).
 */
export function readValue(cell: FigureCell, unit: string | null): FigureReading {
  const reading = readCell(cell);
  if (reading.kind !== 'text') return reading;
  const remarked = figureBeforeNote(cell.text, REMARKED);
  if (remarked) return remarked;
  const wan = IN_WAN.exec(squeezed(cell.text));
  const number = wan ? readFigure(wan[1]! + wan[2]!) : null;
  if (number?.kind !== 'number') return reading;
  // 1.2万 in a row counted in 万元 would be 1.2 (万元) or 12000 (元): the form does not say which.
  if (unit?.endsWith('元') || number.unit?.endsWith('元')) return UNREADABLE;
  // Past its fourth decimal a figure in 万 is no whole count: left unread rather than rounded.
  return /\.\d{5}/.test(wan![1]!) ? UNREADABLE : { ...number, value: Math.round(number.value * 1e4) };
}
const UNREADABLE: FigureReading = { kind: 'unreadable' };

/** Whether a cell belongs in a 统计表's figure column: whatever readValue does not take for words. */
export const isValueLike = (cell: FigureCell): boolean => readValue(cell, null).kind !== 'text';
