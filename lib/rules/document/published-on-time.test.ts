import { describe, expect, it } from 'vitest';
import { findingsOf, makeContext, makeReport, quarterReport } from '../../../test/support/report.ts';
import { publishedOnTime } from './published-on-time.ts';

const published = (publishedAt: string, issuer: string | null, year = 2021) => makeReport({
  document: { publishedAt, issuer, year, period: { start: `${year}-01-01`, end: `${year}-12-31` } },
});

describe('document/published-on-time', () => {
  it('passes a department by 1月31日 and a government-wide report by 3月31日', () => {
    expect(findingsOf(publishedOnTime, published('2020-01-31', '上海市人民政府办公厅', 2019))).toEqual([]);
    expect(findingsOf(publishedOnTime, published('2020-02-28', '铁岭市人民政府', 2019))).toEqual([]);
  });

  it('fails a report published before its own 统计期限 ended', () => {
    expect(findingsOf(publishedOnTime, published('2021-12-03', '某县农业农村局'))).toMatchObject([{
      severity: 'error', message: '发布日期为2021年12月3日，不晚于统计期限截止日2021年12月31日：报告在所统计的期间结束前就已发布',
    }]);
  });

  it('only warns a report published after its year where its period runs past that year, the period\'s year most likely mistyped (anyue-daping-2021: 统计期限自202111日至20221231日, published 2022-01-21)', () => {
    const daping = makeReport({ document: { publishedAt: '2022-01-21', issuer: '安岳县大平镇人民政府', year: 2021, period: { start: '2021-01-01', end: '2022-12-31' } } });
    expect(findingsOf(publishedOnTime, daping)).toMatchObject([{
      severity: 'warning', message: '发布日期为2022年1月21日，不晚于统计期限截止日2022年12月31日：统计期限截到2021年度之后，多半是期限的年份写错了；照所写的期限，报告是在期间结束前发布的',
    }]);
  });

  it('fails a school\'s report of an academic year published before that year ends: its period is a year long, no mistyped year (mirror-tsg211-ustc-2021: 2020年9月1日至2021年8月31日, its year 2020)', () => {
    const ustc = makeReport({ document: { publishedAt: '2021-07-30', issuer: '中国科学技术大学', year: 2020, period: { start: '2020-09-01', end: '2021-08-31' } } });
    expect(findingsOf(publishedOnTime, ustc)).toMatchObject([{
      severity: 'error', message: '发布日期为2021年7月30日，不晚于统计期限截止日2021年8月31日：报告在所统计的期间结束前就已发布',
    }]);
  });

  it('only warns a report published on its period\'s last day (nczy-2025: 统计日期为2025年1月1日—2025年10月31日, published that day)', () => {
    const sameDay = makeReport({ document: { publishedAt: '2025-10-31', issuer: null, year: 2025, period: { start: '2025-01-01', end: '2025-10-31' } } });
    expect(findingsOf(publishedOnTime, sameDay)).toMatchObject([{
      severity: 'warning', message: '发布日期为2025年10月31日，不晚于统计期限截止日2025年10月31日：报告在所统计期间的最后一天就已发布，当天的情况未必计入',
    }]);
  });

  it('warns a report published before its year ended, even after a period that stopped short', () => {
    const early = makeReport({ document: { publishedAt: '2018-12-03', issuer: '小板桥街道办事处', year: 2018, period: { start: '2018-01-01', end: '2018-11-29' } } });
    expect(findingsOf(publishedOnTime, early)).toMatchObject([{
      severity: 'warning', message: '发布日期为2018年12月3日，早于2018年度结束（2018年12月31日）：年度报告在年度结束前就已发布，全年数字不可能完整',
    }]);
  });

  it('holds a vertically managed body to 1月31日 as its system\'s deadline, not the local government\'s (黑河市气象局 2021, on hl.cma.gov.cn)', () => {
    expect(findingsOf(publishedOnTime, published('2022-01-24', '黑河市气象局'))).toEqual([]);
    expect(findingsOf(publishedOnTime, published('2022-02-15', '黑河市气象局'))).toMatchObject([{
      severity: 'warning',
      message: '发布日期为2022年2月15日，晚于2022年1月31日的期限15天（黑河市气象局属气象系统，该系统实行垂直管理，按《条例》第三条由本系统主管政府信息公开工作，年度报告按本系统要求报上级机关；第四十九条县级以上人民政府部门1月31日前公布的期限同样适用，本系统通知另定期限或统一汇总发布的，以其为准）',
    }]);
    // In a zone too: the tax system's office, not the zone's department.
    expect(findingsOf(publishedOnTime, published('2022-02-15', '国家税务总局苏州工业园区税务局'))[0]?.message).toContain('属税务系统，该系统实行垂直管理');
  });

  it('says the page\'s date is wrong where its address carries a date after the period (hb-2019: dated 2019-07-07 at …/202006/t20200609_2386365.shtml)', () => {
    const hubei = makeReport({
      source: { url: 'http://va.hubei.gov.cn/bmdt/ztzl/zt_2019/gktl/202006/t20200609_2386365.shtml', title: '湖北省2019年政府信息公开工作年度报告', extractedAt: '2026-01-01T00:00:00.000Z' },
      document: { publishedAt: '2019-07-07', issuer: '湖北省', year: 2019, period: null },
    });
    expect(findingsOf(publishedOnTime, hubei)).toMatchObject([{
      severity: 'warning',
      message: '发布日期为2019年7月7日，不晚于报告年度末2019年12月31日；页面地址中的日期（t20200609）为2020年6月9日，在这之后：页面所注的发布日期多半有误，报告应是期满之后才发布的',
    }]);
    // An address dated within the period says nothing more.
    const within = makeReport({ ...hubei, source: { ...hubei.source, url: 'http://va.hubei.gov.cn/gktl/201907/t20190707_1.shtml' } });
    expect(findingsOf(publishedOnTime, within)[0]?.message).toBe('发布日期为2019年7月7日，不晚于报告年度末2019年12月31日：报告在所统计的期间结束前就已发布');
  });

  it('warns a department that published after 1月31日, saying why that deadline applies, and naming the issuer that chose it', () => {
    expect(findingsOf(publishedOnTime, published('2022-03-15', '某县农业农村局'))).toMatchObject([{
      severity: 'warning', actual: 43,
      message: '发布日期为2022年3月15日，晚于2022年1月31日的期限43天（某县农业农村局是政府部门，按《条例》第四十九条，县级以上人民政府部门于1月31日前公布本机关年度报告）',
      cells: [{ table: 'document', path: 'publishedAt' }, { table: 'document', path: 'issuer' }],
    }]);
    // Where no issuer's kind chose the deadline (before the 2019 revision, or no issuer read), the finding names none.
    expect(findingsOf(publishedOnTime, published('2015-04-10', '某县农业农村局', 2014))[0]?.cells).toEqual([{ table: 'document', path: 'publishedAt' }]);
    expect(findingsOf(publishedOnTime, published('2022-04-10', null))[0]?.cells).toEqual([{ table: 'document', path: 'publishedAt' }]);
  });

  it('tells no lateness from a copy\'s date: customs-sys-2020 reposted on a company\'s site, its 更新时间 the copy\'s', () => {
    const customs = published('2021-04-07', '全国海关', 2020);
    expect(findingsOf(publishedOnTime, customs, makeContext({ url: 'http://bonagrain.com/index.php?c=article&a=detail&id=492' }))).toEqual([]);
    expect(findingsOf(publishedOnTime, customs, makeContext({ url: 'http://www.customs.gov.cn/customs/302249/2480148/index.html' }))).toHaveLength(1);
  });

  it('tells no lateness from the date of a page another government published: hb-fgw-2021, 发布机构:侯贯镇 over the 省发改委\'s report', () => {
    const fgw = published('2022-02-03', '河北省发展和改革委员会');
    expect(findingsOf(publishedOnTime, fgw, makeContext({ url: 'https://www.weixian.gov.cn/article/307/45642.html', publisher: '侯贯镇' }))).toMatchObject([{
      severity: 'info', message: '发布日期为2022年2月3日，这是侯贯镇转载本报告的日期，不是河北省发展和改革委员会首次公布的日期，不据以判断是否逾期',
    }]);
    // The body's own government publishing it, however it names itself, or a publisher naming no place, dates the report.
    for (const publisher of ['河北省人民政府办公厅', '省发展改革委', '信息中心']) {
      expect(findingsOf(publishedOnTime, fgw, makeContext({ publisher }))[0]?.severity, publisher).toBe('warning');
    }
    expect(findingsOf(publishedOnTime, published('2022-02-03', '北京市东城区发展和改革委员会'), makeContext({ publisher: '东城区发展改革委' }))[0]?.severity).toBe('warning');
  });

  it('dates the report by the page of the government above that publishes it (from review: 发布机构：长沙市人民政府 over 湖南湘江新区管理委员会\'s, 象山县人民政府 over 霞浦镇人民政府\'s)', () => {
    // A 新区's 管委会 runs an area, no department of the city: the wider 3月31日 (review 18 had it a department's 1月31日).
    expect(findingsOf(publishedOnTime, published('2023-04-20', '湖南湘江新区管理委员会', 2022), makeContext({ publisher: '长沙市人民政府' }))).toMatchObject([{
      severity: 'warning', actual: 20,
      message: '发布日期为2023年4月20日，晚于2023年3月31日的期限20天（湖南湘江新区管理委员会是开发区、新区、园区一类由管理机构负责的区域，《条例》第四十九条未明定其期限，此处按较宽的3月31日判断）',
    }]);
    expect(findingsOf(publishedOnTime, published('2023-04-15', '霞浦镇人民政府', 2022), makeContext({ publisher: '象山县人民政府' }))).toMatchObject([{ severity: 'info', actual: 15 }]);
  });

  it('reads on the page which government is right above the issuer: a county-level 市 publishing its township\'s report dates it', () => {
    // yw.gov.cn's title 义乌市上溪镇2019年度政府信息公开工作年度报告: 义乌市 is 上溪镇's county-level city, not a city two levels up.
    const shangxi = published('2020-04-10', '上溪镇人民政府', 2019);
    const ctx = { publisher: '义乌市人民政府', title: '义乌市上溪镇2019年度政府信息公开工作年度报告' };
    expect(findingsOf(publishedOnTime, shangxi, makeContext(ctx))).toMatchObject([{ severity: 'info', actual: 10, message: expect.stringContaining('晚于2020年3月31日的期限10天') }]);
    expect(findingsOf(publishedOnTime, shangxi, makeContext({ ...ctx, title: '上溪镇2019年度政府信息公开工作年度报告', lines: ['地址：浙江省金华市义乌市稠州北路'] })))
      .toMatchObject([{ actual: 10 }]);
    expect(findingsOf(publishedOnTime, shangxi, makeContext({ ...ctx, title: '上溪镇2019年度政府信息公开工作年度报告' })))
      .toMatchObject([{ message: expect.stringContaining('这是义乌市人民政府转载本报告的日期') }]);
  });

  it('only notes a date more than a year late: a site\'s migration or a repost, not the first publication (dongcheng-2013)', () => {
    expect(findingsOf(publishedOnTime, published('2020-10-12', '北京市东城区人民政府', 2013))).toMatchObject([{
      severity: 'info', actual: 2387,
      message: '发布日期为2020年10月12日，晚于2014年3月31日的期限2387天（2008年《条例》第三十一条：各行政机关于每年3月31日前公布上一年度报告）；相隔一年以上，这多半是网站迁移或重新发布的日期，不是首次公布的日期',
    }]);
    expect(findingsOf(publishedOnTime, published('2023-01-31', '某县农业农村局'))).toMatchObject([{ severity: 'warning', actual: 365 }]);
  });
  it('holds a development zone\'s report (平潭综合实验区, CB probe) to the wider 3月31日, saying the 条例 names no deadline for it', () => {
    expect(findingsOf(publishedOnTime, published('2022-03-01', '平潭综合实验区'))).toEqual([]);
    expect(findingsOf(publishedOnTime, published('2022-04-10', '苏州工业园区管理委员会'))).toMatchObject([{
      severity: 'warning', actual: 10,
      message: '发布日期为2022年4月10日，晚于2022年3月31日的期限10天（苏州工业园区管理委员会是开发区、新区、园区一类由管理机构负责的区域，《条例》第四十九条未明定其期限，此处按较宽的3月31日判断）',
    }]);
  });

  it('holds a zone\'s department to the zone\'s 3月31日, not a government department\'s 1月31日 (qeda-jfj-2021)', () => {
    // www.qeda.gov.cn/html/2022/2021n_0220/9556.html: 经济技术开发区经济发展局2021年政府信息公开工作年报, 发布时间:2022-02-20.
    expect(findingsOf(publishedOnTime, published('2022-02-20', '经济技术开发区经济发展局'))).toEqual([]);
    expect(findingsOf(publishedOnTime, published('2022-04-10', '高新区管委会财政局'))).toMatchObject([{
      severity: 'warning', actual: 10,
      message: '发布日期为2022年4月10日，晚于2022年3月31日的期限10天（高新区管委会财政局是高新区管委会所属部门（开发区、新区、园区一类区域的部门，不是县级以上人民政府部门），《条例》第四十九条未明定其期限，此处按较宽的3月31日判断）',
    }]);
    // A 新区 without its 管委会 is a district: its bureau is a government department's.
    for (const issuer of ['上海市浦东新区财政局', '某县农业农村局']) {
      expect(findingsOf(publishedOnTime, published('2022-02-20', issuer))[0]?.message, issuer).toContain('县级以上人民政府部门于1月31日前');
    }
  });

  it('applies 3月31日 to every agency before the 2019 revision, and only notes a late township', () => {
    expect(findingsOf(publishedOnTime, published('2015-03-31', '舒兰市天德乡人民政府', 2014))).toEqual([]);
    expect(findingsOf(publishedOnTime, published('2022-04-10', '城关镇人民政府'))).toMatchObject([{ severity: 'info' }]);
  });

  it('asks nothing of a quarter\'s report, whose period is that quarter, as it does of an annual one', () => {
    const { report, ctx, annual } = quarterReport();
    expect(findingsOf(publishedOnTime, report, ctx)).toEqual([]);
    expect(findingsOf(publishedOnTime, report, annual)).not.toEqual([]);
  });
});
