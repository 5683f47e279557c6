import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { pageFromCheerio } from '../page/cheerio-source.ts';
import { joinBrokenRow } from './broken-row.ts';
import { buildGrid, type Grid } from './grid.ts';

type Cell = string | [text: string, colspan: number];

/** The grids of a page's two tables: the parts a page break cut a table into. */
function parts(before: Cell[][], after: Cell[][]): [Grid<unknown>, Grid<unknown>] {
  const cell = (c: Cell) => (typeof c === 'string' ? `<td>${c}</td>` : `<td colspan="${c[1]}">${c[0]}</td>`);
  const table = (rows: Cell[][]) => `<table>${rows.map((row) => `<tr>${row.map(cell).join('')}</tr>`).join('')}</table>`;
  const page = pageFromCheerio(cheerio.load(`${table(before)}<p>（续表）</p>${table(after)}`).root()[0]!);
  return [buildGrid(page.tables[0]!), buildGrid(page.tables[1]!)];
}
const texts = (grid: Grid<unknown>) => grid.rows.map((row) => row.map((slot) => slot?.cell.text ?? ''));

describe('joinBrokenRow', () => {
  // tieling-2019's 表三, cut through its row 一、本年新收政府信息公开申请数量 | 33 | 2 | 0 | 0 | 7 | 0 | 42 as a PDF's converter writes it.
  const ROW = ['2', '0', '0', '7', '0', '42'];

  it('writes the end of a label that opens the part after the break back on the row, and leaves it blank there', () => {
    const joined = joinBrokenRow(...parts([['申请人情况', '自然人'], ['一、本年新收政府信', '33', ...ROW]],
      [['息公开申请数量', '', '', '', '', '', '', ''], ['二、上年结转政府信息公开申请数量', '0', '0', '0', '0', '0', '0', '0']]));
    expect(texts(joined!.before)[1]).toEqual(['一、本年新收政府信息公开申请数量', '33', ...ROW]);
    expect(texts(joined!.after)).toEqual([['', '', '', '', '', '', '', ''], ['二、上年结转政府信息公开申请数量', '0', '0', '0', '0', '0', '0', '0']]);
  });

  it('joins a header row cut so too (上一年项 | 处理决 over 目数量 | 定数量)', () => {
    const joined = joinBrokenRow(...parts([['信息内容', '上一年项', '本年增/减', '处理决']], [['', '目数量', '', '定数量'], ['行政处罚', '562', '102', '139194']]));
    expect(texts(joined!.before)).toEqual([['信息内容', '上一年项目数量', '本年增/减', '处理决定数量']]);
  });

  it('moves figures that open the part after under the row\'s blank cells up into them, with or without the label\'s end', () => {
    // The same row where Word let it break across pages: the label filled the page's last line, the figures stand on the next.
    const [before, after] = parts([['申请人情况', '自然人'], ['一、本年新收政府信息公开申请数量', '', '', '', '', '', '', '']],
      [['', '33', ...ROW], ['二、上年结转政府信息公开申请数量', '0', '0', '0', '0', '0', '0', '0']]);
    const joined = joinBrokenRow(before, after)!;
    expect(texts(joined.before)[1]).toEqual(['一、本年新收政府信息公开申请数量', '33', ...ROW]);
    expect(texts(joined.after)[0]).toEqual(['', '', '', '', '', '', '', '']);
    // The figure keeps the page's cell that prints it: a mark on it marks the <td> of the part after the break.
    expect(joined.before.rows[1]![1]!.cell.node).toBe(after.rows[0]![1]!.cell.node);
    const both = joinBrokenRow(...parts([['一、本年新收政府信', '', '', '', '', '', '', '']], [['息公开申请数量', '33', ...ROW]]))!;
    expect(texts(both.before)[0]).toEqual(['一、本年新收政府信息公开申请数量', '33', ...ROW]);
    // xiaobanqiao-2018's 统计表: its unit goes up with the figure, the 统计表's mark (——) stays.
    const unit = joinBrokenRow(...parts([['一、主动公开情况', '——', '']], [['', '', '1706'], ['(一)主动公开政府信息数', '条', '1706']]))!;
    expect(texts(unit.before)).toEqual([['一、主动公开情况', '——', '1706']]);
    const withUnit = joinBrokenRow(...parts([['(一)主动公开政府信息数', '', '']], [['', '条', '1706']]))!;
    expect(texts(withUnit.before)).toEqual([['(一)主动公开政府信息数', '条', '1706']]);
  });

  it('leaves figures that open the part after under a row of figures, a row of no words, or no blank', () => {
    // 二、上年结转 is a row of its own with its figures; the next part's figures are another row's whose label was lost.
    expect(joinBrokenRow(...parts([['二、上年结转政府信息公开申请数量', '0', '', '0']], [['', '1', '2', '']]))).toBeNull();
    expect(joinBrokenRow(...parts([['', '', '', '']], [['', '33', '2', '0']]))).toBeNull();
    expect(joinBrokenRow(...parts([['一、本年新收政府信息公开申请数量', '', '2', '']], [['', '33', '2', '']]))).toBeNull();
    // A unit alone under a blank: nothing of a row's end.
    expect(joinBrokenRow(...parts([['(一)主动公开政府信息数', '', '']], [['', '条', '']]))).toBeNull();
  });

  it('leaves a part that opens on a row of its own: a numbered label, a figure, or words under a figure', () => {
    // shanghai-office-2019's 表三 leaves rows blank: 7.属于行政执法案卷 after 6.属于四类过程性信息 is a row, blank or not.
    expect(joinBrokenRow(...parts([['6.属于四类过程性信息', '', '']], [['7.属于行政执法案卷', '', '']]))).toBeNull();
    expect(joinBrokenRow(...parts([['一、本年新收政府信', '33', '42']], [['息公开申请数量', '1', '']]))).toBeNull();
    // tieling-2019's 表二: the page broken before 第二十条第(六)项, a row across the table, not 其他对外管理服务事项's end.
    expect(joinBrokenRow(...parts([['其他对外管理服务事项', '727', '233', '3083']], [[['第二十条第(六)项', 4]]]))).toBeNull();
    // xiaobanqiao-2018's 统计表: a 其中 row, its figure left blank, its unit under the unit of the row above.
    expect(joinBrokenRow(...parts([['(一)主动公开政府信息数', '条', '1706']], [['其中:主动公开规范性文件数', '条', '']]))).toBeNull();
    expect(joinBrokenRow(...parts([['(一)主动公开政府信息数', '条', '1706']], [['', '条', '']]))).toBeNull();
    expect(joinBrokenRow(...parts([['一、本年新收政府信', '33', '42']], [['', '', '件']]))).toBeNull();
    expect(joinBrokenRow(...parts([['一、本年新收政府信', '33', '42']], [['', '', '']]))).toBeNull();
  });
});
