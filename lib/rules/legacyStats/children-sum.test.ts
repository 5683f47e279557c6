import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../../test/support/report.ts';
import { childrenSum } from './children-sum.ts';
import { indexOfCode, legacyReport as legacy, xiaobanqiaoTable } from '../../../test/support/xiaobanqiao-stats.ts';

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
      message: '统计表"三、(一)收到申请数"：当面申请数(0)+传真申请数(0)+网络申请数(2)+信函申请数(0)=2，本行填0，相差2',
    }]);
    expect(findings[0]!.cells.map((c) => c.path)).toEqual(['22', '23', '24', '25', '21']);
  });

  it('fails 申请答复数 that is not the sum of its eight kinds of answer (其中 rows left out)', () => {
    const stats = xiaobanqiaoTable();
    stats[indexOfCode(stats, '三.(三).2')]!.value = 3;
    stats[indexOfCode(stats, '三.(三).4.其中1')]!.value = 1;
    expect(findingsOf(childrenSum, legacy(stats)).map((f) => f.message)).toEqual([
      expect.stringMatching(/^统计表"三、\(三\)申请答复数"：.*=3，本行填0，相差3$/),
    ]);
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
      message: expect.stringMatching(/^统计表"八、\(三\)从事政府信息公开工作人员数"（历年累计）：/),
    }]);
  });
});
