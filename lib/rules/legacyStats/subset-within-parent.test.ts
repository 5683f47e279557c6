import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../../test/support/report.ts';
import { subsetWithinParent } from './subset-within-parent.ts';
import { indexOfCode, legacyReport as legacy, xiaobanqiaoTable } from '../../../test/support/xiaobanqiao-stats.ts';

describe('legacyStats/subset-within-parent', () => {
  it('passes xiaobanqiao-2018, ignoring 制发规范性文件总数 (件, under a row in 条)', () => {
    expect(findingsOf(subsetWithinParent, legacy())).toEqual([]);
  });

  it('passes a rate under a count, in a table without units (其中：全文电子化率 100 under 80 条)', () => {
    const stats = [
      { code: '一.(一)', label: '主动公开政府信息数', unit: null, value: 80 },
      { code: '一.(一).其中1', label: '全文电子化率', unit: null, value: 100 },
    ];
    expect(findingsOf(subsetWithinParent, legacy(stats))).toEqual([]);
  });

  it('fails a 其中 row larger than its parent', () => {
    const stats = xiaobanqiaoTable();
    stats[indexOfCode(stats, '一.(一)')]!.value = 60;
    expect(findingsOf(subsetWithinParent, legacy(stats))).toMatchObject([{
      severity: 'error', expected: 60, actual: 68,
      message: '统计表“其中：主动公开规范性文件数”为68，大于所属的“主动公开政府信息数”(60)，多出8',
      cells: [{ table: 'legacyStats', path: '1' }, { table: 'legacyStats', path: '2' }],
    }]);
  });

  it('holds a 其中 row\'s 历年累计 to its parent\'s too (scj-2017: 政府网站公开数 787 within 主动公开文件数 837)', () => {
    const scj = (website: number) => legacy([
      { code: '另1', label: '主动公开文件数', unit: '条', value: 457, cumulative: 837 },
      { code: '另1.其中1', label: '政府网站公开数', unit: '条', value: 457, cumulative: website },
    ]);
    expect(findingsOf(subsetWithinParent, scj(787))).toEqual([]);
    expect(findingsOf(subsetWithinParent, scj(887))).toMatchObject([{
      expected: 837, actual: 887, message: '统计表“其中：政府网站公开数”（历年累计）为887，大于所属的“主动公开文件数”(837)，多出50',
      cells: [{ table: 'legacyStats', path: '0.cumulative' }, { table: 'legacyStats', path: '1.cumulative' }],
    }]);
  });
});
