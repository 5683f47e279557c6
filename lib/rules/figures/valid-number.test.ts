import { describe, expect, it } from 'vitest';
import { findingsOf, makeReport, setFigures } from '../../../test/support/report.ts';
import { validNumber } from './valid-number.ts';

describe('figures/valid-number', () => {
  it('passes counts, decimal amounts and a negative 本年增/减', () => {
    const report = makeReport({
      activeDisclosure: { licensing: { previousCount: 653, change: -52, decisions: 821198 }, procurement: { projects: 85, amount: 825.5, unit: '万元' } },
      legacyStats: [{ code: '七', label: '依申请公开信息收取的费用', unit: '万元', value: 0.35 }],
    });
    expect(findingsOf(validNumber, report)).toEqual([]);
  });

  it('fails a negative count, a fractional count and a negative amount', () => {
    const report = setFigures(makeReport(), 'applications', { 'granted.naturalPerson': -1 });
    setFigures(report, 'reviewLitigation', { 'review.total': 2.5 });
    setFigures(report, 'activeDisclosure', { 'fees.amount': -3 });
    expect(findingsOf(validNumber, report).map((f) => [f.message, f.cells[0]!.path])).toEqual([
      ['表二·行政事业性收费·金额为-3：金额不能为负数', 'fees.amount'],
      ['表三·予以公开·自然人为-1：件数不能为负数', 'granted.naturalPerson'],
      ['表四·行政复议·总计为2.5：件数应为整数', 'review.total'],
    ]);
  });

  it('takes a legacy row without a unit for an amount when its label names money or a rate', () => {
    const report = makeReport({ legacyStats: [
      { code: '八.(四)', label: '政府信息公开专项经费', unit: null, value: 0.5 },
      { code: '一.(一).其中1', label: '全文电子化率', unit: null, value: 98.5 },
      { code: '三.(一)', label: '收到申请数', unit: null, value: 2.5 },
    ] });
    expect(findingsOf(validNumber, report).map((f) => f.message)).toEqual(['统计表“三、(一)收到申请数”为2.5：件数应为整数']);
  });

  it('checks the 历年累计 of legacy rows too', () => {
    const report = makeReport({ legacyStats: [{ code: '三.(一)', label: '收到申请数', unit: '件', value: 3, cumulative: -1 }] });
    expect(findingsOf(validNumber, report)).toMatchObject([{
      message: '统计表“三、(一)收到申请数”（历年累计）为-1：件数不能为负数', cells: [{ table: 'legacyStats', path: '0.cumulative' }],
    }]);
  });

  it('names a legacy row by the numbers the table prints, not by its code', () => {
    const report = makeReport({ legacyStats: [
      { code: '一.(二).1', label: '政府公报公开政府信息数', unit: '条', value: -2 },
      { code: '表2.另1.其中2', label: '公文类信息数', unit: '条', value: 1.5 },
      { code: '二.(一)#2.1', label: '按时办结数', unit: '件', value: -1 },
    ] });
    expect(findingsOf(validNumber, report).map((f) => f.message)).toEqual([
      '统计表“一、(二)1.政府公报公开政府信息数”为-2：件数不能为负数', '第2张统计表“其中：公文类信息数”为1.5：件数应为整数',
      '统计表“二、(一)1.按时办结数”为-1：件数不能为负数',
    ]);
  });
});
