import { describe, expect, it } from 'vitest';
import { textAt } from '../../test/support/spots.ts';
import { reportTitle } from './title.ts';
import { reportYear as located, titleSpan, titleYearAt } from './year.ts';

// The year read; where it stands is tested below.
const reportYear = (...args: Parameters<typeof located>) => located(...args)?.value ?? null;

describe('reportYear', () => {
  it('takes the year the title names, in figures or in Chinese numerals', () => {
    expect(reportYear('某县2020年度政府信息公开工作年度报告', null, [])).toBe(2020);
    expect(reportYear('某某县人民政府二〇二一年政府信息公开工作年度报告', null, [])).toBe(2021);
  });

  it('takes no year from the number of the 公告 a ministry publishes its report as', () => {
    // mem-2023 (tlsfiji.com, ehscity.com copies of 应急管理部公告 2024年第1号): the 2023 report.
    expect(reportYear('中华人民共和国应急管理部(2024年第1号):应急管理部2023年政府信息公开工作报告', null, [])).toBe(2023);
    expect(reportYear('应急部公告 2024年第1号《应急管理部2023年政府信息公开工作报告》', null, [])).toBe(2023);
  });

  it('takes the year the text names most where neither title nor period names one', () => {
    expect(reportYear('驼峰路街道办事处政府信息公开工作年度报告', null, ['2020年度我街办未接到申请。', '2020年驼峰路街道办未发生行政复议。', '2021年将继续加强。'])).toBe(2020);
    expect(reportYear('驼峰路街道办事处政府信息公开工作年度报告', null, ['2020年度我街办未接到申请。', '2021年将继续加强。'])).toBeNull();
    // A page cut from its top: the next year's work it plans for among its first lines is none (sinan-tingziba-2014, 落款 2015年1月10日).
    expect(reportYear('', null, ['我镇政府信息公开主要采用网络及宣传栏公示形式发布。2014年我镇主动公开政府信息数160条,其中,综合政务59条;人事工作信息1条。',
      '三、政府信息依申请公开情况', '2014年,我镇没有依申请公开政府信息办理事项。', '2014年度及历年来,我镇政府信息公开没有收费及减免的情况。',
      '为此,2015年政府信息公开工作我们将采取以下措施积极改进:', '亭子坝镇人民政府', '2015年1月10日'])).toBe(2014);
  });

  it('takes the year the report gives itself where it puts itself forward before the period: a 统计期限 copied from last year is the slip', () => {
    // qiannan-jt-2022, its title naming no year.
    const lines = ['根据《中华人民共和国政府信息公开条例》(国务院令第711号,以下简称《条例》)文件精神及省、州关于政府信息公开工作要求,现将2022年度政府信息公开工作报告如下。',
      '本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。'];
    const period = { value: { start: '2021-01-01' }, at: null };
    expect(reportYear('政府信息公开工作年度报告', period, lines)).toBe(2022);
    // The title's year still comes first; a year named beside another document's is none the report gives itself.
    expect(reportYear('某局2021年政府信息公开工作年度报告', period, lines)).toBe(2021);
    expect(reportYear('政府信息公开工作年度报告', period, ['根据《2022年政务公开工作要点》要求,现将我局政府信息公开工作情况报告如下。'])).toBe(2021);
  });

  it('reads no year from a link\'s text: a sidebar\'s report of another year over the text', () => {
    const lines = ['铁岭市人民政府', '热点信息', '开原市2018年度政府信息公开工作报告', '2019年,全市各级行政机关受理公开政府信息申请42件,按时办结42件。'];
    expect(reportYear('铁岭市人民政府', null, lines, new Set([2]))).toBe(2019);
  });

  it('takes the year a paragraph opens with where nothing else names it, and a 学年 by the year it starts in', () => {
    expect(reportYear('政府信息公开年报', null, ['一、总体情况', '2020年,我街按照全区政府信息公开工作的总体要求,坚持以“公开为常态,不公开为例外”。'])).toBe(2020);
    expect(reportYear('', null, ['一、总体情况', '2019年我局政府信息公开工作运行良好,政府信息公开咨询、申请以及答复工作均得到了顺利开展。'])).toBe(2019);
    // hospital-huaibei-renmin-2021: no title, the year opening a sentence before the hospital's name for itself.
    expect(reportYear('', null, ['一、总体情况', '(一)主动公开情况', '一年来,…积极做好政务公开工作,取得了显著成效。2021年医院在淮北市人民政府信息公开网上及时完善内容、规范发布信息总计22条。'])).toBe(2021);
    // A date is no year the text tells of.
    expect(reportYear('政府信息公开年报', null, ['2021年1月1日至12月31日，我局共受理申请3件。'])).toBeNull();
    expect(reportYear('华东理工大学2022-2023学年度信息公开年报', null, [])).toBe(2022);
    // …as a school's 年度 of two years is one 学年 (szkrzm-school-2022-trad: 2021—2022年度, 2021-09-01…2022-08-31, citing the ministry's notice)…
    const szkrzm = ['根据《教育部办公厅关于做好2022年高校信息公开年度报告工作的通知》要求,现将我校2021—2022年度信息公开工作报告如下。'];
    expect(reportYear('2021—2022年度信息公开工作报告', null, szkrzm)).toBe(2021);
    expect(reportYear('某某学院2021-2022年度信息公开工作报告', null, [])).toBe(2021);
    // …not a government's, nor two years that do not follow each other: these are of their last year.
    expect(reportYear('某某县2019-2020年度政府信息公开工作年度报告', null, [])).toBe(2020);
    expect(reportYear('关于2016—2020年度政府信息公开工作的报告', null, [])).toBe(2020);
    expect(reportYear('某某学院2019-2021年度信息公开工作报告', null, [])).toBe(2021);
  });

  it('says where the year stands: in the page\'s heading for the title\'s, the period\'s place, the line that names it', () => {
    const page = ['首页 > 年报', '某县2020年度政府信息公开工作年度报告', '发布时间：2021-01-20'];
    const title = (t: string, lines: string[]) => titleYearAt(t, reportTitle({ title: t, meta: {}, allLines: lines, bodyLines: [] }).at, { allLines: lines, bodyLines: [] });
    expect(textAt(page, { value: 2020, at: title('某县2020年度政府信息公开工作年度报告', page) })).toBe('2020');
    // A heading that is only part of the title, without its year (the site's name), is not where the year stands.
    expect(title('某县人民政府办公室2020年度政府信息公开工作年度报告', ['某县人民政府办公室', '正文。'])).toBeNull();
    // The year of a title over two lines, under the body's name (义乌市廿三里街道办事处 / 2022年…), stands in its second.
    const split = ['义乌市廿三里街道办事处', '2022年政府信息公开工作年度报告', '发布时间：2023-01-20'];
    const read = reportTitle({ title: '义乌市人民政府', meta: {}, allLines: split, bodyLines: split });
    expect(textAt(split, { value: 2022, at: titleYearAt(read.title, read.at, { allLines: split, bodyLines: split }) })).toBe('2022');
    const period = { value: { start: '2020-01-01' }, at: { lines: 'body' as const, line: 3, start: 7, end: 20 } };
    expect(located('政府信息公开年报', period, [])?.at).toBe(period.at);
    const body = ['一、总体情况', '2020年，我街按照全区政府信息公开工作的总体要求开展工作。'];
    expect(textAt(body, located('政府信息公开年报', null, body))).toBe('2020');
  });
});

describe('titleSpan', () => {
  it('gives the span of two years the title\'s year is read from, as a 学年 or up to its last year, and none for a year named alone', () => {
    expect(titleSpan('华东理工大学2022-2023学年度信息公开年报', true)).toEqual({ span: '2022-2023学年度', year: 2022, schoolYear: true });
    expect(titleSpan('某县2019-2020年度政府信息公开工作报告', false)).toEqual({ span: '2019-2020年度', year: 2020, schoolYear: false });
    expect(titleSpan('某县2020年度政府信息公开工作年度报告', false)).toBeNull();
  });
});
