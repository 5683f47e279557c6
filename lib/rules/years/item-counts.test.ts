import { describe, expect, it } from 'vitest';
import { makeReport, yearFindingsOf } from '../../../test/support/report.ts';
import { itemCounts } from './item-counts.ts';

describe('years/item-counts', () => {
  const report2019 = (licensing: object) => makeReport({
    document: { year: 2019, format: '2019' },
    activeDisclosure: { licensing: { previousCount: 653, change: 52, decisions: 821198, ...licensing } },
  });
  const report2020 = (previousCount: number) => makeReport({
    document: { year: 2020, format: '2019' },
    activeDisclosure: { licensing: { previousCount, change: 0, decisions: 1000 } },
  });

  it('passes when this year starts from last year\'s count and change', () => {
    expect(yearFindingsOf(itemCounts, report2019({}), report2020(705), 'later')).toEqual([]);
  });

  it('warns when the later report\'s 上一年项目数量 is not the earlier\'s count plus its change, the same on both', () => {
    const message = '行政许可：2019年度报告上一年项目数量653+本年增/减52=705，2020年度报告“上一年项目数量”653，相差52';
    expect(yearFindingsOf(itemCounts, report2019({}), report2020(653), 'later')).toEqual([expect.objectContaining({
      severity: 'warning', message, expected: null, actual: 653,
      cells: [{ table: 'activeDisclosure', path: 'licensing.previousCount' }],
    })]);
    expect(yearFindingsOf(itemCounts, report2019({}), report2020(653), 'earlier')).toEqual([expect.objectContaining({
      message, expected: null, actual: 705,
      cells: [{ table: 'activeDisclosure', path: 'licensing.previousCount' }, { table: 'activeDisclosure', path: 'licensing.change' }],
    })]);
  });

  it('needs every figure it adds: a blank 本年增/减 is not read as 0', () => {
    expect(yearFindingsOf(itemCounts, report2019({ change: null }), report2020(653), 'later')).toEqual([]);
  });
});
