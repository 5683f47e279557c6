import { describe, expect, it } from 'vitest';
import type { LegacyStat } from '../../schema.ts';
import { findingsOf, makeContext, makeReport } from '../../../test/support/report.ts';
import { columnYear } from './column-year.ts';

// 平潭综合实验区公安局 2018: its 统计表 as printed, the figure column headed 2017年度.
const GAJ_2018: LegacyStat[] = [
  { code: '另1', label: '主动公开信息数', unit: '条', value: 181, cumulative: 1568 },
  { code: '另2', label: '受理政府信息公开申请总数', unit: '条', value: 1, cumulative: 3 },
];
const report = (year: number) => makeReport({ document: { format: 'legacy', year }, legacyStats: GAJ_2018 });
const heads = (value: string, all = ['指标名称', '单位', value, '历年累计']) => makeContext({ legacyHeads: [{ value, all }] });

describe('legacyStats/column-year', () => {
  it('passes a table whose figure column names the report\'s year, or no year', () => {
    expect(findingsOf(columnYear, report(2017), heads('2017年度'))).toEqual([]);
    expect(findingsOf(columnYear, report(2015), heads('年末统计', ['指标名称', '计量单位', '年末统计']))).toEqual([]);
  });

  it('warns where the 2018 report heads its figures 2017年度 (平潭综合实验区公安局 2018)', () => {
    expect(findingsOf(columnYear, report(2018), heads('2017年度'))).toMatchObject([{
      severity: 'warning', expected: 2018, actual: 2017,
      message: '统计表本年数字列的表头为“2017年度”，而报告年度为2018年：表头可能沿用了上一年的统计表，表中数字是否为2018年的请核对',
    }]);
  });

  it('says nothing where another column is headed with the report\'s year (last year set beside this one)', () => {
    expect(findingsOf(columnYear, report(2018), heads('2017年度', ['指标名称', '单位', '2017年度', '2018年度']))).toEqual([]);
  });

  // review20b's doubts: a head of a range that takes in the report's year is its own; one of a later year is no copy of
  // last year's, and is not said to be.
  it('says nothing of a range ending in the report\'s year, and words a later year as a slip, not a copy', () => {
    expect(findingsOf(columnYear, report(2008), heads('2007年-2008年'))).toEqual([]);
    expect(findingsOf(columnYear, report(2013), heads('2014年度'))).toMatchObject([{
      expected: 2013, actual: 2014,
      message: '统计表本年数字列的表头为“2014年度”，晚于报告年度2013年：表头或报告年度可能写错，表中数字是哪一年的请核对',
    }]);
  });
});
