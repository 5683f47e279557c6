import { describe, expect, it } from 'vitest';
import { findingsOf, makeContext, makeReport } from '../../../test/support/report.ts';
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

  it('passes a period up to the next year\'s 1月1日, but not one beyond it (changchun-ban-2014: 自2014年1月1日起至2015年1月1日止)', () => {
    expect(findingsOf(wholeYearPeriod, makeReport({ document: { year: 2014, period: { start: '2014-01-01', end: '2015-01-01' } } }))).toEqual([]);
    expect(findingsOf(wholeYearPeriod, makeReport({ document: { year: 2014, period: { start: '2014-01-01', end: '2015-01-31' } } }))).toMatchObject([{
      severity: 'warning', message: '统计期限为2014年1月1日至2015年1月31日，不是完整的2014年度：2015年1月1日至2015年1月31日（31天）不属于该年度',
    }]);
    // Starting late, it is short at its start only: the 1月1日 it ends on is no day over the year.
    expect(findingsOf(wholeYearPeriod, makeReport({ document: { year: 2014, period: { start: '2014-02-01', end: '2015-01-01' } } }))).toMatchObject([{
      severity: 'warning', expected: 365, actual: 334, message: '统计期限为2014年2月1日至2015年1月1日，不是完整的2014年度：2014年1月1日至2014年1月31日（31天）未计入',
    }]);
  });

  it('passes a 2008 report counted from 2008年5月1日, when the 条例 came into force, but not one that stops short of the year\'s end', () => {
    // The first reports began with the 条例 (bj-mtg-fgw-2008: 根据《条例》要求,2008年5月1日起我委开始开展政府信息公开工作).
    expect(findingsOf(wholeYearPeriod, makeReport({ document: { year: 2008, period: { start: '2008-05-01', end: '2008-12-31' } } }))).toEqual([]);
    expect(findingsOf(wholeYearPeriod, makeReport({ document: { year: 2008, period: { start: '2008-05-01', end: '2008-11-30' } } }))).toMatchObject([{
      severity: 'warning', expected: 245, actual: 214,
      message: '统计期限为2008年5月1日至2008年11月30日，不是完整的2008年度：2008年12月1日至2008年12月31日（31天）未计入',
    }]);
    // From any day before 5月1日 is from the year's start too: only the days missing at its end are told.
    expect(findingsOf(wholeYearPeriod, makeReport({ document: { year: 2008, period: { start: '2008-03-01', end: '2008-12-31' } } }))).toEqual([]);
    expect(findingsOf(wholeYearPeriod, makeReport({ document: { year: 2008, period: { start: '2008-01-01', end: '2008-12-20' } } }))).toMatchObject([{
      severity: 'warning', message: '统计期限为2008年1月1日至2008年12月20日，不是完整的2008年度：2008年12月21日至2008年12月31日（11天）未计入',
    }]);
    // Another year counts from 1 January all the same.
    expect(findingsOf(wholeYearPeriod, makeReport({ document: { year: 2009, period: { start: '2009-05-01', end: '2009-12-31' } } }))).toMatchObject([{ severity: 'warning' }]);
  });

  it('notes, not warns, a period from when the report says the body was set up (htp-2019), but not from a group it set up', () => {
    const report = makeReport({ document: { year: 2019, period: { start: '2019-09-01', end: '2019-12-31' }, issuer: '平潭综合实验区海坛片区管理局' } });
    const merged = '2019年8月份，根据区党工委管委会的决策部署，将原澳前片区、潭城镇、岚城乡、澳前镇进行机构整合为海坛片区，由海坛片区行使承担原片区、乡镇职能。';
    expect(findingsOf(wholeYearPeriod, report, makeContext({ lines: [merged] }))).toMatchObject([{
      severity: 'info', expected: 365, actual: 122,
      message: '统计期限为2019年9月1日至2019年12月31日，不是完整的2019年度，但报告称本机关2019年8月才组建（“…将原澳前片区、潭城镇、岚城乡、澳前镇进行机构整合为海坛片区”）：2019年1月1日至2019年8月31日（243天）在其组建之前',
    }]);
    // Counted 至次年1月1日 all the same (自2019年9月1日起至2020年1月1日止): from its setting up to the year's end.
    const toNewYear = makeReport({ document: { ...report.document, period: { start: '2019-09-01', end: '2020-01-01' } } });
    expect(findingsOf(wholeYearPeriod, toNewYear, makeContext({ lines: [merged] }))).toMatchObject([{ severity: 'info', actual: 122 }]);
    // The issuer itself set up: as 我局, or by its name.
    for (const line of ['我局于2019年8月挂牌成立。', '2019年8月，海坛片区正式挂牌成立，认真贯彻落实《条例》。', '2019年8月海坛片区成立4个月以来，…',
      '我局自2019年8月份机构改革以来，在平潭综合实验区国有资产管理局政府信息公开工作领导小组的组织领导下，认真贯彻落实《中华人民共和国政府信息公开条例》']) {
      expect(findingsOf(wholeYearPeriod, report, makeContext({ lines: [line] })), line).toMatchObject([{ severity: 'info' }]);
    }
    // A group, a window, a column or an office it set up, another body set up, or a case 挂牌督办 is no body of its own.
    for (const line of ['2019年8月，我局成立了政府信息公开工作领导小组。', '2019年8月，我局在办事大厅设立政府信息公开查阅点。', '2019年8月，我局在门户网站设立政务公开专栏。',
      '2019年8月，对群众反映的问题挂牌督办。', '2019年8月，区行政服务中心挂牌成立，认真贯彻落实《条例》。', '2019年8月，我局成立政务公开办公室。',
      '2019年8月，我局成立2个工作专班。', '2019年8月，我局推进机构改革工作。', '2019年8月份全区机构改革以来，我局认真贯彻落实《条例》。',
      '我区自2019年8月机构改革以来，认真贯彻落实《条例》。', '2019年8月份平潭综合实验区机构改革以来，我局认真贯彻落实《条例》。', '2019年8月，我局成立一个督查组。', '2019年8月，我局设立的政务公开查阅点正式运行。']) {
      expect(findingsOf(wholeYearPeriod, report, makeContext({ lines: [line] })), line).toMatchObject([{ severity: 'warning' }]);
    }
    // A 盟's or 州's reform as a 区's, its name the issuer's place (阿拉善盟生态环境局).
    const league = makeReport({ document: { ...report.document, issuer: '阿拉善盟生态环境局' } });
    expect(findingsOf(wholeYearPeriod, league, makeContext({ lines: ['2019年8月份阿拉善盟机构改革以来，我局认真贯彻落实《条例》。'] }))).toMatchObject([{ severity: 'warning' }]);
    // Set up long before the period starts: the months between are missed.
    expect(findingsOf(wholeYearPeriod, report, makeContext({ lines: [merged.replace('8月份', '3月份')] }))).toMatchObject([{ severity: 'warning' }]);
  });

  it('passes a whole 学年 in a university\'s 学年 report, and nowhere else', () => {
    const report = makeReport({ document: { year: 2022, period: { start: '2022-09-01', end: '2023-08-31' } } });
    expect(findingsOf(wholeYearPeriod, report, makeContext({ title: '某某大学2022-2023学年信息公开工作年度报告' }))).toEqual([]);
    expect(findingsOf(wholeYearPeriod, report)).toMatchObject([{ message: '统计期限为2022年9月1日至2023年8月31日，不是完整的2022年度：2023年1月1日至2023年8月31日（243天）不属于该年度，2022年1月1日至2022年8月31日（243天）未计入' }]);
  });

  it('passes a whole 学年 whose title writes it as a 年度 of two years, or whose text is a university\'s (szkrzm-school-2022-trad)', () => {
    const report = makeReport({ document: { year: 2021, period: { start: '2021-09-01', end: '2022-08-31' } } });
    const lines = ['根据《教育部办公厅关于做好2022年高校信息公开年度报告工作的通知》要求,现将我校信息公开工作报告如下。'];
    expect(findingsOf(wholeYearPeriod, report, makeContext({ title: '2021—2022年度信息公开工作报告', lines }))).toEqual([]);
    expect(findingsOf(wholeYearPeriod, report, makeContext({ title: '某某学院2022年信息公开工作报告', lines }))).toEqual([]);
    // A government's 年度 of two years is no 学年: its period is measured against the calendar year.
    const county = makeReport({ document: { year: 2020, period: { start: '2019-09-01', end: '2020-08-31' } } });
    expect(findingsOf(wholeYearPeriod, county, makeContext({ title: '某某县2019-2020年度政府信息公开工作年度报告' }))).toHaveLength(1);
  });

  it('measures a university\'s period against its 学年, not the calendar year (yangtzeu-2020)', () => {
    const report = makeReport({ document: { year: 2019, issuer: '长江大学', period: { start: '2019-09-01', end: '2020-10-31' } } });
    expect(findingsOf(wholeYearPeriod, report, makeContext({ title: '长江大学2019-2020学年信息公开工作年度报告' }))).toMatchObject([{
      severity: 'warning', expected: 366, actual: 427,
      message: '统计期限为2019年9月1日至2020年10月31日，不是完整的2019—2020学年：2020年9月1日至2020年10月31日（61天）不属于该学年',
    }]);
  });

  it('measures a period from last December against the report\'s year, not the year it starts in', () => {
    const report = makeReport({ document: { year: 2016, period: { start: '2015-12-01', end: '2016-10-30' } } });
    expect(findingsOf(wholeYearPeriod, report)).toMatchObject([{
      message: '统计期限为2015年12月1日至2016年10月30日，不是完整的2016年度：2015年12月1日至2015年12月31日（31天）不属于该年度，2016年10月31日至2016年12月31日（62天）未计入',
    }]);
  });

  // A quarter's report (the heading lib/document/period.test reads): what it is said once, not a year cut short.
  it('notes a quarter\'s report, whose period is that quarter, as no annual report', () => {
    const report = makeReport({ document: { year: 2023, period: { start: '2023-01-01', end: '2023-03-31' } } });
    expect(findingsOf(wholeYearPeriod, report, makeContext({ title: '某县人民政府2023年第一季度政府信息公开工作报告' }))).toEqual([{
      rule: 'document/whole-year-period', severity: 'info', cells: [{ table: 'document', path: 'period' }], expected: null, actual: null,
      message: '本页是2023年第一季度的政府信息公开工作报告，不是年度报告：统计期限为2023年1月1日至2023年3月31日，与其所报的时段相符；年度报告格式要求的统计表、六个部分和发布期限不适用，未按年度报告核对',
    }]);
    // An annual report's period ending with the quarter is cut short.
    expect(findingsOf(wholeYearPeriod, report, makeContext({ title: '某县人民政府2023年政府信息公开工作年度报告' }))).toMatchObject([{ severity: 'warning' }]);
  });
});
