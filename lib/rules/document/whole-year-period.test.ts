import { describe, expect, it } from 'vitest';
import { findingsOf, makeReport } from '../../../test/support/report.ts';
import { wholeYearPeriod } from './whole-year-period.ts';

describe('document/whole-year-period', () => {
  it('passes 1月1日 to 12月31日', () => {
    expect(findingsOf(wholeYearPeriod, makeReport())).toEqual([]);
  });

  it('warns about xiaobanqiao-2018, which counts only up to 2018年11月29日', () => {
    const report = makeReport({ document: { year: 2018, period: { start: '2018-01-01', end: '2018-11-29' } } });
    expect(findingsOf(wholeYearPeriod, report)).toMatchObject([{
      severity: 'warning', expected: 365, actual: 333,
      message: '统计期限为2018年1月1日至2018年11月29日，不是完整的2018年度：2018年11月30日至2018年12月31日（32天）未计入',
    }]);
  });
});
