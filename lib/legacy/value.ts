// A 统计表's value cell read as a figure: as any table's, and as hand-filled forms word one besides.
import { figureBeforeNote, inMoneyUnit, readCell, type FigureCell, type FigureReading } from '../table/figure.ts';
import { HAN } from '../text/han.ts';

// A figure with a remark after it in brackets that any table reads (11（含代理申请2件）), and those hand-filled
// 统计表 write with a figure first (11（2件为代理申请）, 1（2021年度）): a remark holds words.
const REMARKED = new RegExp(`^([^（()）]*\\d[^（()）]*)[（(][^（()）]*[${HAN}][^（()）]*[)）]$`, 'u');

/**
 * A value cell read as a figure, `unit` the row's (its unit cell's, label's or head's). A figure with a
 * remark reads as the figure, the remark noted as noise (REMARKED); one in 万 as what it says exactly (1.2万 条 = 12000,
 * readFigure), but in a row of 元 or 万元 as the amount in that unit (1.2万 万元 = 1.2). One of about so many (约300, 3000多) reads as no figure, as in any
 * table (readCell).
 */
export function readValue(cell: FigureCell, unit: string | null): FigureReading {
  const reading = readCell(cell);
  // 1.2万 in a row counted in 万元 is 1.2 (万元), in one of 元 12000.
  if (reading.kind !== 'text') return inMoneyUnit(cell.text, reading, unit);
  return figureBeforeNote(cell.text, REMARKED) ?? reading;
}

/** Whether a cell belongs in a 统计表's figure column: whatever readValue does not take for words. */
export const isValueLike = (cell: FigureCell): boolean => readValue(cell, null).kind !== 'text';
