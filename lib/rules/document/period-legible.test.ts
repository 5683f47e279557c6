import { describe, expect, it } from 'vitest';
import { findingsOf, makeContext, makeReport, wordsOf } from '../../../test/support/report.ts';
import { periodLegible } from './period-legible.ts';

describe('document/period-legible', () => {
  const stated = '本报告中所列数据统计期限自2025年1月1日起至2025年12月31日止。';
  // gs-xingguo-2025 (秦安县兴国镇): the 年, 月 and 至 of its period lost.
  const mangled = '本报告中所列数据统计期限为2025111231日。';

  it('passes a period read, and a report that states none', () => {
    expect(findingsOf(periodLegible, makeReport({ document: { year: 2025, period: { start: '2025-01-01', end: '2025-12-31' } } }), makeContext({ lines: [stated] }))).toEqual([]);
    expect(findingsOf(periodLegible, makeReport({ document: { year: 2025, period: null } }), makeContext({ lines: ['2025年，我镇认真贯彻落实《条例》。'] }))).toEqual([]);
  });

  it('notes a period read from dates that lost their 年 and 月 (gs-xingguo-2025, su-jinfeng-2024)', () => {
    const whole = { start: '2025-01-01', end: '2025-12-31' };
    const read = [makeReport({ document: { year: 2025, period: whole } }), makeContext({ lines: ['2025年，我镇认真贯彻落实《条例》。', mangled] })] as const;
    expect(findingsOf(periodLegible, ...read)).toMatchObject([{
      severity: 'info', message: '统计期限的日期残缺（丢了“年”“月”等字）：“2025111231日”，读作2025年1月1日至2025年12月31日；请对照原文',
    }]);
    expect(wordsOf(periodLegible, ...read)).toEqual([['2025111231日']]);
    expect(findingsOf(periodLegible, makeReport({ document: { year: 2024, period: { start: '2024-01-01', end: '2024-12-31' } } }), makeContext({ lines: ['所列数据的统计期限自202411日起至20241231日止。'] })))
      .toMatchObject([{ message: expect.stringContaining('：“202411日起至20241231日”，读作2024年1月1日至2024年12月31日；') }]);
    // Only the 年 lost (review 20 no. 9).
    const lostNian = [makeReport({ document: { year: 2023, period: { start: '2023-01-01', end: '2023-12-31' } } }), makeContext({ lines: ['所列数据统计时限为20231月1日至202312月31日'] })] as const;
    expect(findingsOf(periodLegible, ...lostNian)).toMatchObject([{ message: '统计期限的日期残缺（丢了“年”“月”等字）：“20231月1日至202312月31日”，读作2023年1月1日至2023年12月31日；请对照原文' }]);
    expect(wordsOf(periodLegible, ...lostNian)).toEqual([['20231月1日至202312月31日']]);
    // pingyang-scjgj-2020 (平阳县市场监督管理局): the end's 年 mistyped, the paragraph opening with the dates alone.
    const slip = '2020年1月1日至2020你那12月31日,今年以来,我局政务信息网上公开工作在县委、县政府的正确领导下,扎实推进政府信息公开工作';
    expect(findingsOf(periodLegible, makeReport({ document: { year: 2020, period: { start: '2020-01-01', end: '2020-12-31' } } }), makeContext({ lines: [slip] })))
      .toMatchObject([{ message: '统计期限的日期残缺（“年”字打错）：“2020年1月1日至2020你那12月31日”，读作2020年1月1日至2020年12月31日；请对照原文' }]);
  });

  it('notes a period stated in dates that could not be read (gs-xingguo-2025 in another year, yj-qiaoxia-2017)', () => {
    expect(findingsOf(periodLegible, makeReport({ document: { year: 2024, period: null } }), makeContext({ lines: [mangled] }))).toMatchObject([{
      severity: 'info', message: '报告写了统计期限，但读不出起止日期：“统计期限为2025111231日”；统计期限记为空，落款、发布日期按报告年度的年末核对',
    }]);
    // yj-qiaoxia-2017 (永嘉县桥下镇): its first date's day lost.
    expect(findingsOf(periodLegible, makeReport({ document: { year: 2017, period: null } }), makeContext({ lines: ['统计期限自2017年1月日起至2017年12月31日止。如对本报告有任何疑问,请与本单位信息公开受理机构联系。'] })))
      .toMatchObject([{ message: expect.stringContaining('：“统计期限自2017年1月日起至2017年12月31日”；') }]);
    // 平潭县人民政府 2013: the template's dates never filled in.
    expect(findingsOf(periodLegible, makeReport({ document: { year: 2013, period: null } }), makeContext({ lines: ['本报告所列数据的统计期限自至。本报告的电子版可在“平潭综合实验区管委会门户网站”（http://www.pingtan.gov.cn）下载。'] })))
      .toMatchObject([{ message: '报告写了统计期限，但读不出起止日期：“统计期限自至”；统计期限记为空，落款、发布日期按报告年度的年末核对' }]);
    // The template's slots left empty, 年月日 and all (the review's wordings): as unfilled.
    expect(['本报告中所列数据的统计期限自年月日起至年月日止。', '本报告所列数据统计期限为   年   月   日至   年   月   日。']
      .map((line) => findingsOf(periodLegible, makeReport({ document: { year: 2013, period: null } }), makeContext({ lines: [line] })).map((f) => f.message)))
      .toEqual([['报告写了统计期限，但读不出起止日期：“统计期限自年月日起至年月日止”；统计期限记为空，落款、发布日期按报告年度的年末核对'],
        ['报告写了统计期限，但读不出起止日期：“统计期限为年月日至年月日”；统计期限记为空，落款、发布日期按报告年度的年末核对']]);
  });
});
