import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../../test/support/report.ts';
import { childrenSum } from './children-sum.ts';
import type { LegacyStat } from '../../schema.ts';
import { indexOfCode, legacyReport as legacy, xiaobanqiaoTable } from '../../../test/support/xiaobanqiao-stats.ts';

// The 福建 2009 附表 (指标名称 | 计量单位 | 2009 年度 | 历年 累计) as the reader codes it: the channels of
// 受理依申请公开信息总数 printed as "其中:1.当面申请数 … 6.其它形式申请数".
const FUJIAN_2009: [string, string, number][] = [
  ['另1', '主动公开信息数', 120], ['另1.其中1', '政府网站', 100], ['另1.其中2', '政府公报', 20],
  ['另2', '受理依申请公开信息总数', 5], ['另2.其中1', '当面申请数', 2], ['另2.其中2', '传真申请数', 0], ['另2.其中3', '电子邮件申请数', 1],
  ['另2.其中4', '网上申请数', 2], ['另2.其中5', '信函申请数', 0], ['另2.其中6', '其它形式申请数', 0],
  ['另3', '本年度对申请的答复总数', 5], ['另3.其中1', '同意公开答复数', 4], ['另3.其中2', '同意部分公开答复数', 0], ['另3.其中3', '否决公开答复总数', 1],
];
const fujian = (change: Record<string, number> = {}, drop: string[] = []): LegacyStat[] => FUJIAN_2009
  .filter(([code]) => !drop.includes(code)).map(([code, label, value]) => ({ code, label, unit: '件', value: change[code] ?? value }));

describe('legacyStats/children-sum', () => {
  it('passes the internally consistent xiaobanqiao-2018 table, where 一 and 九 are not sums', () => {
    expect(findingsOf(childrenSum, legacy())).toEqual([]);
  });

  it('fails 收到申请数 that is not 当面+传真+网络+信函', () => {
    const stats = xiaobanqiaoTable();
    stats[indexOfCode(stats, '三.(一).3')]!.value = 2;
    const findings = findingsOf(childrenSum, legacy(stats));
    expect(findings).toMatchObject([{
      severity: 'error', expected: 2, actual: 0,
      message: '统计表“三、(一)收到申请数”：当面申请数(0)+传真申请数(0)+网络申请数(2)+信函申请数(0)=2，本行填0，相差2',
    }]);
    expect(findings[0]!.cells.map((c) => c.path)).toEqual(['22', '23', '24', '25', '21']);
  });

  it('fails 申请答复数 that is not the sum of its eight kinds of answer (其中 rows left out)', () => {
    const stats = xiaobanqiaoTable();
    stats[indexOfCode(stats, '三.(三).2')]!.value = 3;
    stats[indexOfCode(stats, '三.(三).4.其中1')]!.value = 1;
    expect(findingsOf(childrenSum, legacy(stats)).map((f) => f.message)).toEqual([
      expect.stringMatching(/^统计表“三、\(三\)申请答复数”：.*=3，本行填0，相差3$/),
    ]);
  });

  it('fails 受理依申请公开信息总数 that is not the sum of its channels, listed as 其中 rows to 其它形式 (福建 2009)', () => {
    expect(findingsOf(childrenSum, legacy(fujian()))).toEqual([]);
    expect(findingsOf(childrenSum, legacy(fujian({ 另2: 6 })))).toMatchObject([{
      expected: 5, actual: 6,
      message: '统计表“受理依申请公开信息总数”：当面申请数(2)+传真申请数(0)+电子邮件申请数(1)+网上申请数(2)+信函申请数(0)+其它形式申请数(0)=5，本行填6，相差1',
    }]);
    // Without the row that takes in the rest the channels may not be all; other 其中 lists are parts, not sums.
    expect(findingsOf(childrenSum, legacy(fujian({ 另2: 6 }, ['另2.其中6'])))).toEqual([]);
    expect(findingsOf(childrenSum, legacy(fujian({ 另1: 130, 另3: 6 })))).toEqual([]);
  });

  it('fails 受理政府信息公开申请数 that is not the sum of its channels to 其他形式 (the older provincial tables\' wording)', () => {
    const stats: LegacyStat[] = [
      { code: '二', label: '受理政府信息公开申请数', unit: '件', value: 26 },
      { code: '二.其中1', label: '当面申请数', unit: '件', value: 9 }, { code: '二.其中2', label: '网络申请数', unit: '件', value: 12 },
      { code: '二.其中3', label: '信函申请数', unit: '件', value: 4 }, { code: '二.其中4', label: '其他形式申请数', unit: '件', value: 0 },
    ];
    expect(findingsOf(childrenSum, legacy(stats))).toMatchObject([{
      expected: 25, actual: 26,
      message: '统计表“二、受理政府信息公开申请数”：当面申请数(9)+网络申请数(12)+信函申请数(4)+其他形式申请数(0)=25，本行填26，相差1',
    }]);
    stats[0]!.value = 25;
    expect(findingsOf(childrenSum, legacy(stats))).toEqual([]);
  });

  it('fails 受理政府信息公开申请数 that is not the sum of the channels numbered under it (1.当面申请 2.网络申请 3.信函申请), no 其他 needed', () => {
    const stats: LegacyStat[] = [
      { code: '二', label: '受理政府信息公开申请数', unit: '件', value: 26 },
      { code: '二.1', label: '当面申请', unit: '件', value: 9 }, { code: '二.2', label: '网络申请', unit: '件', value: 12 },
      { code: '二.3', label: '信函申请', unit: '件', value: 4 },
    ];
    expect(findingsOf(childrenSum, legacy(stats)).map((f) => f.message)).toEqual([
      '统计表“二、受理政府信息公开申请数”：当面申请(9)+网络申请(12)+信函申请(4)=25，本行填26，相差1',
    ]);
    // Numbered rows that are no channels (kinds of content) are no sum of it.
    stats[3]!.label = '涉及征地拆迁';
    expect(findingsOf(childrenSum, legacy(stats))).toEqual([]);
  });

  it('passes 其中 rows under the applications received that are no list of channels (open 等 lists, parts that overlap)', () => {
    const stats: LegacyStat[] = [
      { code: '二.(一)', label: '收到申请数', unit: '件', value: 25 },
      { code: '二.(一).其中1', label: '涉及土地征收、房屋拆迁等', unit: '件', value: 12 },
      { code: '二.(一).其中2', label: '网络申请', unit: '件', value: 20 },
      { code: '二.(一).其中3', label: '其他', unit: '件', value: 3 },
    ];
    expect(findingsOf(childrenSum, legacy(stats))).toEqual([]);
  });

  it('passes 收到申请数 broken down twice, by way and by content, under headings with no figure (北京 2012)', () => {
    const row = (code: string, label: string, value: number | null): LegacyStat => ({ code, label, unit: value === null ? null : '件', value });
    const stats = [
      row('二.(一)', '收到申请数', 58), row('二.(一).1', '按申请方式', null),
      row('二.(一).1.(1)', '当面申请', 10), row('二.(一).1.(2)', '网络申请', 48),
      row('二.(一).2', '按申请内容', null), row('二.(一).2.(1)', '政府财政类', 12), row('二.(一).2.(2)', '其他', 46),
    ];
    expect(findingsOf(childrenSum, legacy(stats))).toEqual([]);
  });

  it('only notes channels that add up to more than (二)通过不同渠道和方式公开 (one item on several channels), fails less', () => {
    const stats = xiaobanqiaoTable();
    const channels = stats[indexOfCode(stats, '一.(二)')]!;
    channels.value = 1600;
    expect(findingsOf(childrenSum, legacy(stats))).toMatchObject([{
      severity: 'info', expected: 1706, actual: 1600, message: expect.stringMatching(/本行填1600，相差106；各渠道可能重复计数/),
    }]);
    channels.value = 1800;
    expect(findingsOf(childrenSum, legacy(stats))).toMatchObject([{ expected: 1706, actual: 1800 }]);
  });

  it('passes a heading row that prints "——" for its unit and figure, as the template has it', () => {
    const stats = xiaobanqiaoTable();
    stats[indexOfCode(stats, '一.(二)')]!.value = null;
    stats[indexOfCode(stats, '二.(二)')]!.value = null;
    expect(findingsOf(childrenSum, legacy(stats))).toEqual([]);
  });

  it('leaves the 其中 rows out of 回应解读 and checks 历年累计 too', () => {
    const stats = xiaobanqiaoTable();
    stats[indexOfCode(stats, '二.(二).1.其中1')]!.value = 5;
    const parent = stats[indexOfCode(stats, '八.(三)')]!;
    parent.cumulative = 10;
    stats[indexOfCode(stats, '八.(三).1')]!.cumulative = 4;
    stats[indexOfCode(stats, '八.(三).2')]!.cumulative = 5;
    expect(findingsOf(childrenSum, legacy(stats))).toMatchObject([{
      expected: 9, actual: 10, cells: [{}, {}, { path: `${indexOfCode(stats, '八.(三)')}.cumulative` }],
      message: expect.stringMatching(/^统计表“八、\(三\)从事政府信息公开工作人员数”（历年累计）：/),
    }]);
  });
});
