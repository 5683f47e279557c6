import { describe, expect, it } from 'vitest';
import { readCell } from '../table/figure.ts';
import type { RowCell } from './rows.ts';
import { balancedPlacing, placedFigures, shortRowNotes, shortRowPlacings } from './short-rows.ts';

// A short row's figure cells from the first applicant column (3) on, as the page prints them.
const run = (...texts: string[]): RowCell<null>[] => texts.map((text, k) => {
  const cell = { text, rowspan: 1, colspan: 1, node: null };
  return { cell, col: 3 + k, span: 1, rowSpan: 1, own: true, reading: readCell(cell) };
});

describe('shortRowPlacings', () => {
  it('reads the last figure as 总计 where the rows that tell show it the sum of the others (yueyang-nanhu-ju-2019: 3 | 3, 0 | 0, 0)', () => {
    expect(shortRowPlacings([run('3', '3'), run('0', '0'), run('3', '3'), run('0')])).toEqual(['totalLast', 'totalLast', 'totalLast', 'totalLast']);
  });

  it('reads figures in place where the rows keep their blanks or end on no sum (shanghai-office-2019: 258 | 12 | | | 1 | 1, 3 | 1)', () => {
    expect(shortRowPlacings([run('258', '12', '', '', '1', '1'), run('3'), run('3', '1')])).toEqual(['inPlace', 'inPlace', 'inPlace']);
    // Rows of 0 alone tell nothing: read where they stand, which no reading can make wrong.
    expect(shortRowPlacings([run('0', '0'), run('0')])).toEqual(['inPlace', 'inPlace']);
  });

  it('reads no figure of a row that could be either, where the rows tell both', () => {
    expect(shortRowPlacings([run('3', '3'), run('5', '2'), run('4'), run('0', '0')])).toEqual(['unread', 'inPlace', 'unread', 'inPlace']);
  });
});

describe('balancedPlacing', () => {
  const columnOf = (col: number) => (['naturalPerson', 'commercial', 'research'] as const)[col - 3];
  const expected = (naturalPerson: number, commercial: number) => new Map([['naturalPerson', naturalPerson], ['commercial', commercial], ['research', 0], ['total', naturalPerson + commercial]] as const);
  it('takes the reading of 四、结转下年度继续办理 whose applicants agree with 一+二−三, where one alone does', () => {
    expect(balancedPlacing(run('5', '5'), expected(5, 5), columnOf)).toBe('inPlace');
    expect(balancedPlacing(run('5', '5'), expected(5, 0), columnOf)).toBe('totalLast');
    // Neither (the table is off elsewhere), or both (0 | 0): the balance does not decide.
    expect(balancedPlacing(run('5', '5'), expected(3, 0), columnOf)).toBeNull();
    expect(balancedPlacing(run('0', '0'), expected(0, 0), columnOf)).toBeNull();
  });
});

describe('placedFigures', () => {
  const columnOf = (col: number) => (['naturalPerson', 'commercial', 'research'] as const)[col - 3];
  it('puts the last number in 总计 and the others in their columns', () => {
    expect(placedFigures(run('2', '1', '3'), 'totalLast', columnOf).map(([column, c]) => [column, c.cell.text]))
      .toEqual([['naturalPerson', '2'], ['commercial', '1'], ['total', '3']]);
    expect(placedFigures(run('0'), 'totalLast', columnOf).map(([column]) => column)).toEqual(['total']);
    expect(placedFigures(run('2', '1'), 'inPlace', columnOf).map(([column]) => column)).toEqual(['naturalPerson', 'commercial']);
    expect(placedFigures(run('3', '3'), 'unread', columnOf)).toEqual([]);
  });
});

describe('shortRowNotes', () => {
  it('says how each kind of row was read, naming its first row and figures', () => {
    const notes = shortRowNotes({ inPlace: [], totalLast: [{ path: 'newReceived', figures: ['3', '3'] }], unread: [{ path: 'granted', figures: ['3', '3'] }] });
    expect(notes.map((w) => [w.rule, w.severity])).toEqual([['recognition/short-rows-total', 'info'], ['recognition/short-rows-unread', 'warning']]);
    expect(notes[0]!.message).toBe('表三有1行只列出有数字的单元格（如“本年新收”：3、3），各行最后一个数字等于其前各数之和，读作总计，其前的数字按所在列读取，缺的格按空白（没有数字）处理');
    expect(notes[1]!.message).toMatch(/^表三有1行少了单元格（如“予以公开”：3、3）.*未读取其数字$/);
  });
});
