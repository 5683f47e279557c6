import { describe, expect, it } from 'vitest';
import { findingsOf, makeReport } from '../../../test/support/report.ts';
import { signedAfterPeriod } from './signed-after-period.ts';

describe('document/signed-after-period', () => {
  it('passes a report signed after the year ended', () => {
    expect(findingsOf(signedAfterPeriod, makeReport({ document: { signedAt: '2022-01-19' } }))).toEqual([]);
  });

  it('fails longde-chengguan-2021, signed 2021年1月19日 for the 2021 year', () => {
    expect(findingsOf(signedAfterPeriod, makeReport({ document: { signedAt: '2021-01-19' } }))).toMatchObject([{
      severity: 'error',
      message: '落款日期为2021年1月19日，早于统计期限截止日2021年12月31日：报告不可能在年度结束前写成，可能是2022年1月19日之误',
    }]);
  });
});
