import { describe, expect, it } from 'vitest';
import type { LegacyStat } from '../../schema.ts';
import { findingsOf } from '../../../test/support/report.ts';
import { legacyReport } from '../../../test/support/xiaobanqiao-stats.ts';
import { cumulativeNotBelowYear } from './cumulative-not-below-year.ts';

// The first rows of two 平潭 统计表 (本年 | 历年累计) as the pages print them.
const rows = (table: [string, string, number | null, number | null][]): LegacyStat[] =>
  table.map(([code, label, value, cumulative]) => ({ code, label, unit: '条', value, cumulative }));
// scj-2017 (市场监督管理局): 政府网站公开数 787 under 837 is a part within its whole, both cumulative.
const SCJ_2017 = rows([
  ['另1', '主动公开文件数', 457, 837], ['另1.其中1', '政府网站公开数', 457, 787], ['另1.其中2', '政府公报公开数', 0, 0],
  ['另2', '受理依申请公开信息总数', 5, 5], ['另2.其中2', '网络申请数', 3, 3], ['另2.其中3', '信函、传真申请数', 2, 2],
]);
// nyn-2017 (农村发展局): 107 published this year, 74 in all the years.
const NYN_2017 = rows([
  ['另1', '主动公开文件数', 107, 74], ['另1.其中1', '政府网站公开数', 107, 74], ['另1.其中2', '政府公报公开数', 0, 0],
  ['另2', '受理政府信息公开申请总数', 1, 0], ['另2.其中1', '当面申请数', 0, 0],
]);

describe('legacyStats/cumulative-not-below-year', () => {
  it('passes scj-2017, whose 历年累计 is at least the year\'s figure on every row', () => {
    expect(findingsOf(cumulativeNotBelowYear, legacyReport(SCJ_2017))).toEqual([]);
  });

  it('fails each row of nyn-2017 whose 历年累计 is below the year\'s figure', () => {
    expect(findingsOf(cumulativeNotBelowYear, legacyReport(NYN_2017))).toMatchObject([
      { severity: 'error', expected: 107, actual: 74, message: '统计表“主动公开文件数”历年累计为74，小于本年的107，少33',
        cells: [{ table: 'legacyStats', path: '0' }, { table: 'legacyStats', path: '0.cumulative' }] },
      { expected: 107, actual: 74, message: '统计表“政府网站公开数”历年累计为74，小于本年的107，少33' },
      { expected: 1, actual: 0, message: '统计表“受理政府信息公开申请总数”历年累计为0，小于本年的1，少1' },
    ]);
  });

  it('compares no blank cell, and no rate or staff count', () => {
    const stats = rows([['另1', '主动公开文件数', 107, null], ['另2', '全文电子化率', 100, 95], ['另3', '从事政府信息公开工作人员数', 3, 2]]);
    expect(findingsOf(cumulativeNotBelowYear, legacyReport(stats))).toEqual([]);
  });
});
