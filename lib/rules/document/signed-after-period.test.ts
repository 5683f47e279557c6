import { describe, expect, it } from 'vitest';
import { findingsOf, wordsOf, makeContext, makeReport } from '../../../test/support/report.ts';
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

  // pt-jjf-2020 and pt-jjf-2021 (平潭综合实验区经济发展局), issued as documents (岚经发〔2021〕17号): the 版记 under the 落款.
  it('fails pt-jjf-2020, whose 版记 kept last year\'s year (2020年1月26日印发 under a 2021年1月26日 signature)', () => {
    const closing = (signed: string, printed: string) => makeContext({ signedLine: 1, lines: ['六、其他需要报告的事项 无', `平潭综合实验区经济发展局 ${signed}`, `平潭综合实验区经济发展局办公室 ${printed}印发`] });
    const report2020 = makeReport({ document: { year: 2020, signedAt: '2021-01-26', period: { start: '2020-01-01', end: '2020-12-31' } } });
    expect(findingsOf(signedAfterPeriod, report2020, closing('2021年1月26日', '2020年1月26日'))).toMatchObject([{
      severity: 'error',
      message: '版记的印发日期为2020年1月26日，早于统计期限截止日2020年12月31日：报告不可能在年度结束前印发，可能是2021年1月26日之误',
      cells: [{ table: 'document', path: 'period' }],
    }]);
    // The panel goes to the 版记 itself.
    expect(wordsOf(signedAfterPeriod, report2020, closing('2021年1月26日', '2020年1月26日'))).toEqual([['平潭综合实验区经济发展局办公室 2020年1月26日印发']]);
    const report2021 = makeReport({ document: { year: 2021, signedAt: '2022-01-13', period: { start: '2021-01-01', end: '2021-12-31' } } });
    expect(findingsOf(signedAfterPeriod, report2021, closing('2022年1月13 日', '2022年1月13日'))).toEqual([]);
    // A sentence that tells of a notice printed during the year is no 版记.
    const told = makeContext({ signedLine: 0, lines: ['平潭综合实验区经济发展局 2021年1月26日', '《关于进一步推进政务公开工作有关事项的通知》2020年5月20日印发'] });
    expect(findingsOf(signedAfterPeriod, report2020, told)).toEqual([]);
  });
});
