import { describe, expect, it } from 'vitest';
import { findingsOf, makeContext, makeReport } from '../../../test/support/report.ts';
import { requiredTables } from './required-tables.ts';

describe('document/required-tables', () => {
  it('passes a 2021 report with tables 二, 三 and 四', () => {
    expect(findingsOf(requiredTables, makeReport())).toEqual([]);
  });

  it('fails a 2021 report without 表三, and asks nothing of a legacy one', () => {
    expect(findingsOf(requiredTables, makeReport({ applications: null }))).toMatchObject([{
      severity: 'error', message: '2021版格式要求的表三（收到和处理政府信息公开申请情况）未找到',
    }]);
    expect(findingsOf(requiredTables, makeReport({ applications: null, document: { format: 'legacy' } }))).toEqual([]);
  });

  it('warns about a 表二 that lists only some of its items', () => {
    const onlyFees = makeReport({ activeDisclosure: { fees: { amount: 0, unit: '万元' } } });
    expect(findingsOf(requiredTables, onlyFees)).toMatchObject([{
      severity: 'warning', message: '2021版格式的表二应列出的“规章”、“行政规范性文件”、“行政许可”、“行政处罚”、“行政强制”未找到',
    }]);
  });

  it('warns, not errs, about a table the page shows in a layout that cannot be read', () => {
    expect(findingsOf(requiredTables, makeReport({ applications: null }), makeContext({ unreadable: ['applications'] }))).toMatchObject([{
      severity: 'warning', message: '2021版格式要求的表三（收到和处理政府信息公开申请情况）在页面上，但其行列不合标准格式，无法读取，其中数字未经核对；请对照页面人工核对',
    }]);
  });

  it('warns about a table printed but never filled in', () => {
    const blank = makeReport({ reviewLitigation: {
      review: { upheld: null, corrected: null, other: null, pending: null, total: null },
      litigationDirect: { upheld: null, corrected: null, other: null, pending: null, total: null },
      litigationAfterReview: { upheld: null, corrected: null, other: null, pending: null, total: null },
    } });
    expect(findingsOf(requiredTables, blank)).toMatchObject([{
      severity: 'warning', message: '表四（政府信息公开行政复议、行政诉讼情况）没有填写任何数字：单元格全部空白或填“/”“—”（连0也没有）',
    }]);
  });

  it('warns instead where the part shows an image in place of the table', () => {
    const lines = ['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况'];
    // An image after the 三、 heading (before line 2): 表三 was pasted as a picture.
    expect(findingsOf(requiredTables, makeReport({ applications: null }), makeContext({ lines, images: [2] }))).toMatchObject([{
      severity: 'warning', message: '2021版格式要求的表三（收到和处理政府信息公开申请情况）在页面上是图片，无法读取，其中数字未经核对；请对照图片人工核对',
    }]);
    // An image in another part says nothing of 表三.
    expect(findingsOf(requiredTables, makeReport({ applications: null }), makeContext({ lines, images: [1] }))).toMatchObject([{ severity: 'error' }]);
  });
});
