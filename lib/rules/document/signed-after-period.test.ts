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

  // jtj-2025 (平潭综合实验区交通与建设局, published 2026-01-22), xiaobanqiao-2018 (published 2018-12-03).
  it('warns of jtj-2025\'s 截止2025年1月21日, a count as of the time of writing a year before it, not of a count stopped within the year', () => {
    const line = '2025年度门户网站全年公开政府信息181条，官方微信全年公开政府信息365条，全年关注用户达1077人，截止2025年1月21日，累计发送1106条信息，累计总关注用户达2811人。';
    const report2025 = (publishedAt: string) => makeReport({ document: { year: 2025, publishedAt, signedAt: null, period: { start: '2025-01-01', end: '2025-12-31' } } });
    expect(findingsOf(signedAfterPeriod, report2025('2026-01-22'), makeContext({ lines: [line] }))).toMatchObject([{
      severity: 'warning',
      message: '正文“截止2025年1月21日”早于统计期限截止日2025年12月31日，而次年的同一天在期末之后、报告2026年1月22日发布之前：可能是2026年1月21日之误',
    }]);
    expect(wordsOf(signedAfterPeriod, report2025('2026-01-22'), makeContext({ lines: [line] }))).toEqual([['截止2025年1月21日']]);
    // Published before the same day a year on: the count may well stop there.
    expect(findingsOf(signedAfterPeriod, report2025('2026-01-20'), makeContext({ lines: [line] }))).toEqual([]);
    // A count stopped before the year ended, the report out soon after (xiaobanqiao-2018): a year on is long after.
    const report2018 = makeReport({ document: { year: 2018, publishedAt: '2018-12-03', signedAt: null, period: { start: '2018-01-01', end: '2018-12-31' } } });
    const xiaobanqiao = makeContext({ lines: ['截止2018年11月29日,小板桥街道通过政府门户网站主动公开各类信息,其中“街道动态”公开发布99条。'] });
    expect(findingsOf(signedAfterPeriod, report2018, xiaobanqiao)).toEqual([]);
    // Nor where the page is dated well over a year after the period (re-posted as a portal moved): its 截止 date is then
    // a year before that, as any day of the year is, and no slip for it.
    const reposted = makeReport({ document: { year: 2018, publishedAt: '2020-09-16', signedAt: null, period: { start: '2018-01-01', end: '2018-12-31' } } });
    expect(findingsOf(signedAfterPeriod, reposted, xiaobanqiao)).toEqual([]);
    // Put out later than that after the day, but signed right after it: the 落款 dates the writing.
    const signed2025 = makeReport({ document: { year: 2025, publishedAt: '2026-06-30', signedAt: '2026-01-22', period: { start: '2025-01-01', end: '2025-12-31' } } });
    expect(findingsOf(signedAfterPeriod, signed2025, makeContext({ lines: [line] }))).toMatchObject([{
      message: '正文“截止2025年1月21日”早于统计期限截止日2025年12月31日，而次年的同一天在期末之后、报告2026年1月22日落款之前：可能是2026年1月21日之误',
    }]);
  });
});
