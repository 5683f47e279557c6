// 表三's rows the page cut short, fewer cells than the seven applicant columns. Pages cut them two ways: the blank
// cells at a row's end left out (258 | 12 | | | 1 | 1, shanghai-office-2019), its figures standing in their own
// columns; or every blank cell left out, the filled ones run together from the first column (3 | 3 under 自然人 …
// 总计, yueyang-nanhu-ju-2019), its last figure the 总计. The figures tell which: a total is the sum of the others.
import type { ApplicantColumn, Warning } from '../schema.ts';
import { pathName } from '../labels.ts';
import type { RowCell } from './rows.ts';

/** Where a short row's figures go: the columns they stand in, its last one to 总计, or nowhere (the page does not tell). */
export type ShortRowPlacing = 'inPlace' | 'totalLast' | 'unread';

/** A short row's figure cells, read. */
type Run = readonly RowCell<unknown>[];

/**
 * How each of one table's short rows (their figure cells) places its figures. A row of two figures or more whose
 * last is the sum of the others, not 0, shows its blanks left out and its 总计 last; one that keeps a blank cell among
 * its figures, or whose last is no such sum, shows its figures in place. A table whose rows show only the first has
 * every short row read so, a row of one figure as its 总计; one whose rows show only the second, or nothing (rows of
 * 0), has each read in place, as a reader reads it. Where rows show both, each row that shows a total, and each of
 * one figure not 0, could be either: none of its figures is read.
 */
export function shortRowPlacings(runs: readonly Run[]): ShortRowPlacing[] {
  const shows = runs.map(evidence);
  const total = shows.includes('total'), place = shows.includes('place');
  return runs.map((run, i) => {
    if (!total) return 'inPlace';
    if (!place) return 'totalLast';
    const zeros = numbers(run).every((n) => n === 0);
    return shows[i] === 'place' || zeros ? 'inPlace' : 'unread';
  });
}

function evidence(run: Run): 'total' | 'place' | null {
  const figures = numbers(run);
  if (figures.length < 2) return null;
  if (run.some((c) => c.reading.kind === 'blank')) return 'place';
  const last = figures[figures.length - 1]!;
  const sum = figures.slice(0, -1).reduce((a, b) => a + b, 0);
  return last !== sum ? 'place' : last > 0 ? 'total' : null;
}

const numbers = (run: Run): number[] => run.flatMap((c) => (c.reading.kind === 'number' ? [c.reading.value] : []));

/**
 * The applicant of each figure of a short row: under `totalLast` its last number is 总计 and the others stand in
 * their columns (`columnOf`); `inPlace` all stand in their columns; `unread` none is read.
 */
export function placedFigures<C extends RowCell<unknown>>(run: readonly C[], placing: ShortRowPlacing,
  columnOf: (col: number) => ApplicantColumn | undefined): (readonly [ApplicantColumn, C])[] {
  if (placing === 'unread') return [];
  const last = placing === 'totalLast' ? run.findLast((c) => c.reading.kind === 'number') : undefined;
  return run.flatMap((c) => {
    const column = c === last ? 'total' : columnOf(c.col);
    return column ? [[column, c] as const] : [];
  });
}

/**
 * The placing of 四、结转下年度继续办理 cut short that the table's balance decides: in each applicant's column it is
 * 一+二−三 of the rows above (`expected`, their figures read whole), so of its two readings (3 | 3: 自然人 3 and 总计 3, or
 * 自然人 3 and 商业企业 3) the one whose applicants' figures agree with it, where one alone does; null where neither or both do.
 */
export function balancedPlacing<C extends RowCell<unknown>>(run: readonly C[], expected: ReadonlyMap<ApplicantColumn, number>,
  columnOf: (col: number) => ApplicantColumn | undefined): 'inPlace' | 'totalLast' | null {
  const agrees = (placing: 'inPlace' | 'totalLast') => {
    const placed = new Map(placedFigures(run, placing, columnOf).map(([column, c]) => [column, c.reading.kind === 'number' ? c.reading.value : 0]));
    return [...expected].every(([column, value]) => column === 'total' || (placed.get(column) ?? 0) === value);
  };
  const inPlace = agrees('inPlace'), totalLast = agrees('totalLast');
  return inPlace === totalLast ? null : inPlace ? 'inPlace' : 'totalLast';
}

/** A short row as its note names it: its path, and the texts of its figure cells. */
export interface ShortRow { path: string; figures: string[] }

/** The notes on a 表三's short rows, by how they were read, each naming its first row. */
export function shortRowNotes(rows: Record<ShortRowPlacing, ShortRow[]>): Warning[] {
  const shown = ({ path, figures }: ShortRow) => `“${pathName(path)}”${figures.length > 0 ? `：${figures.join('、')}` : ''}`;
  const note = (rule: string, severity: Warning['severity'], message: string): Warning =>
    ({ rule, severity, message, cells: [], expected: null, actual: null });
  const { inPlace, totalLast, unread } = rows;
  return [
    ...inPlace.length === 0 ? [] : [note('recognition/short-rows', 'info',
      `表三有${inPlace.length}行在末尾少了单元格（如“${pathName(inPlace[0]!.path)}”），已按所在列读取其数字，缺的格按空白（没有数字）处理`)],
    ...totalLast.length === 0 ? [] : [note('recognition/short-rows-total', 'info',
      `表三有${totalLast.length}行只列出有数字的单元格（如${shown(totalLast[0]!)}），各行最后一个数字等于其前各数之和，读作总计，`
        + `其前的数字按所在列读取${totalLast.some((r) => r.figures.length === 1) ? '（只有一个数字的行读作总计）' : ''}，缺的格按空白（没有数字）处理`)],
    ...unread.length === 0 ? [] : [note('recognition/short-rows-unread', 'warning',
      `表三有${unread.length}行少了单元格（如${shown(unread[0]!)}），表中有的行最后一个数字等于其前各数之和（是总计）、有的不是，`
        + '无从判断这几行的数字各属哪一列，未读取其数字')],
  ];
}
