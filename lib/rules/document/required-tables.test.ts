import { describe, expect, it } from 'vitest';
import { findingsOf, makeReport } from '../../../test/support/report.ts';
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
});
