import { describe, expect, it } from 'vitest';
import type { LegacyStat } from '../../schema.ts';
import { findingsOf, makeContext } from '../../../test/support/report.ts';
import { legacyReport } from '../../../test/support/xiaobanqiao-stats.ts';
import { tableComplete } from './table-complete.ts';

const rows = (table: [string, string, number][]): LegacyStat[] => table.map(([code, label, value]) => ({ code, label, unit: '条', value }));
// jyj-2011 (平潭县教育局): the page prints the 福建 form's first 5 rows of 17.
const JYJ_2011 = rows([['另1', '主动公开信息数', 20], ['另1.其中1', '网站公开', 14], ['另1.其中2', '政府公报公开', 0],
  ['另2', '受理依申请公开信息总数', 0], ['另2.其中1', '当面申请数', 0]]);
// ajj-2009 (平潭县安全生产监督管理局): the same form to its end (答复, then 复议, 诉讼, 申诉).
const AJJ_2009 = [...JYJ_2011, ...rows([['另2.其中2', '传真申请数', 0], ['另3', '对申请的答复总数', 0],
  ['另4', '行政复议数', 0], ['另5', '行政诉讼数', 0], ['另6', '行政申诉数', 0]])];

describe('legacyStats/table-complete', () => {
  it('passes ajj-2009, whose table runs to 行政复议, 行政诉讼', () => {
    expect(findingsOf(tableComplete, legacyReport(AJJ_2009))).toEqual([]);
  });

  it('notes that the table of jyj-2011 stops at its applications\' first rows', () => {
    expect(findingsOf(tableComplete, legacyReport(JYJ_2011))).toMatchObject([{
      severity: 'info', cells: [],
      message: '统计表只有5行，到“当面申请数”为止，没有行政复议、行政诉讼的行（2019年以前的统计表格式都有）：表格可能不全，页面上截断了或后面的部分没有读出，缺的数字未经核对',
    }]);
  });

  it('says nothing of a table of 主动公开 rows alone, nor on one page of a paginated report', () => {
    expect(findingsOf(tableComplete, legacyReport(JYJ_2011.slice(0, 3)))).toEqual([]);
    expect(findingsOf(tableComplete, legacyReport(JYJ_2011), makeContext({ pagination: { page: 1, pages: 2 } }))).toEqual([]);
  });
});
