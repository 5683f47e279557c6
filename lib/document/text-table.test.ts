import { describe, expect, it } from 'vitest';
import { isTextTableRow, textRowFigures } from './text-table.ts';

describe('textRowFigures', () => {
  it('counts the figures a row line ends in, or 1 for a figure alone; none between a sentence\'s words', () => {
    expect(textRowFigures('一、本年新收政府信息公开申请数量 33 2 0 0 7 0 42')).toBe(7);
    expect(textRowFigures('│规章│13│13│90│')).toBe(3);
    expect(textRowFigures('27')).toBe(1);
    expect(textRowFigures('全年共收到申请 33 件，办结 33 件')).toBe(0);
    expect(textRowFigures('— —')).toBe(0);
  });

  it('reads a converter\'s line of 40,000 figures (once slow: a pattern retried from every space)', () => {
    const figures = Array.from({ length: 40_000 }, () => '1').join(' ');
    expect(textRowFigures(`${figures} x`)).toBe(0);
    expect(textRowFigures(`合计 ${figures}`)).toBe(40_000);
  });
});

describe('isTextTableRow', () => {
  it('takes a label with its figures on lines of their own after it (one more label between) for a row', () => {
    expect(isTextTableRow(['三、本年度办理结果', '（一）予以公开', '27', '2'], 0)).toBe(true);
    expect(isTextTableRow(['一、本年新收政府信息公开申请数量', '33', '2', '0'], 0)).toBe(true);
  });

  it('takes a 统计表 row of one figure for a row where the next row follows it (its unit between or not)', () => {
    const stats = ['（一）主动公开政府信息数', '条', '156', '（二）其中：主动公开规范性文件数', '条', '20'];
    expect(isTextTableRow(stats, 0)).toBe(true);
    expect(isTextTableRow(['（一）主动公开政府信息数', '156', '（二）其中：主动公开规范性文件数', '20'], 0)).toBe(true);
    expect(isTextTableRow(['附表', '5', '本机关将进一步做好政府信息公开工作。'], 0)).toBe(false);
  });

  it('takes no heading over one figure for a row (a PDF\'s page number), nor a standard part\'s heading over figures', () => {
    expect(isTextTableRow(['四、政府信息公开行政复议、行政诉讼情况', '5', '五、存在的主要问题及改进情况'], 0)).toBe(false);
    expect(isTextTableRow(['三、收到和处理政府信息公开申请情况', '12', '13'], 0)).toBe(false);
  });
});
