import { describe, expect, it } from 'vitest';
import { chineseNumber, findDate } from './dates.ts';
import { judgeReport } from './is-report.ts';
import { isTitleLine } from './title.ts';
import { publishedAt, publisher, reportIssuer, reportPeriod, reportSections, reportTitle, reportYear, signature } from './metadata.ts';

const signedAt = (body: string[]) => signature(body)?.date ?? null;

const doc = (over: Partial<{ title: string; meta: Record<string, string>; allLines: string[]; bodyLines: string[] }>) =>
  ({ title: '', meta: {}, allLines: [], bodyLines: [], ...over });

describe('dates', () => {
  it('reads digits and Chinese numerals, and refuses impossible dates', () => {
    expect(chineseNumber('二〇二二')).toBe(2022);
    expect(chineseNumber('十九')).toBe(19);
    expect(chineseNumber('三十一')).toBe(31);
    expect(findDate('落款：二〇二二年一月十九日')?.iso).toBe('2022-01-19');
    expect(findDate('二〇二二年元月二十八日')?.iso).toBe('2022-01-28');
    expect(findDate('发布时间：2020/2/28 10:00')?.iso).toBe('2020-02-28');
    expect(findDate('2021年2月30日')).toBeNull();
    expect(findDate('电话：0432-68383016')).toBeNull();
  });
});

describe('document metadata', () => {
  it('takes the signature date from the last line that is only a date (or a name and a date)', () => {
    expect(signedAt(['一、总体情况', '正文……', '城关镇人民政府', '2022年1月19日', '扫一扫在手机打开当前页'])).toBe('2022-01-19');
    expect(signedAt(['正文', '正文', 'XX县人民政府办公室 二〇二二年一月二十日'])).toBe('2022-01-20');
    expect(signedAt(['发布时间：2022-01-19', '正文没有落款'])).toBeNull();
  });

  it('names the signing body, and falls back on it when the title names none', () => {
    expect(signature(['正文', '正文', '城关镇人民政府', '2022年1月19日'])).toEqual({ date: '2022-01-19', name: '城关镇人民政府' });
    expect(signature(['正文', '正文', '以上是本年度报告。', '2022年1月19日'])).toEqual({ date: '2022-01-19', name: null });
    // Related links after the signature carry dates of their own: the date under the body's name is the signature's.
    expect(signature(['正文', '正文', '大通县信访局', '二〇二二年一月二十八日', '相关链接', '大通县信访局2019年度政府信息公开工作年度报告', '2020-01-20']))
      .toEqual({ date: '2022-01-28', name: '大通县信访局' });
    expect(reportIssuer('政府信息公开工作年度报告', ['正文'], 'XX县农业农村局')).toBe('XX县农业农村局');
  });

  it('reads the 统计期限 in its usual wordings', () => {
    expect(reportPeriod(['本报告中所列数据的统计期限自2014年1月1日起至2014年12月31日止。'], 2014)).toEqual({ start: '2014-01-01', end: '2014-12-31' });
    expect(reportPeriod(['本年度报告中所列数据统计期限从2019年1月1日到12月31日止。'], 2019)).toEqual({ start: '2019-01-01', end: '2019-12-31' });
    expect(reportPeriod(['截至2018年11月29日，共公开信息99条'], 2018)).toEqual({ start: '2018-01-01', end: '2018-11-29' });
    // An as-of date of another year says nothing about this report's period.
    expect(reportPeriod(['截至2017年底已建成…', '截至2017年12月31日'], 2018)).toBeNull();
  });

  it('reads the date line, else the portal\'s PubDate meta', () => {
    expect(publishedAt(doc({ allLines: ['首页 > 年报', '发布日期：2020-01-31 来源：市政府办公厅'] }))).toBe('2020-01-31');
    expect(publishedAt(doc({ meta: { pubdate: '2021-03-30 09:12' }, allLines: ['来源：本网'] }))).toBe('2021-03-30');
    // A 索引号/发布机构/发文日期 grid: the date in the cell after its label.
    expect(publishedAt(doc({ allLines: ['发布机构', '市政府办', '发文日期', '2018-02-28', '文 号'] }))).toBe('2018-02-28');
  });

  it('prefers the date the page was published to the date its document was written or filed', () => {
    // gkmlpt's grid: 成文日期 before 发布日期.
    expect(publishedAt(doc({ allLines: ['索引号：', '007310467/2022-00012', '成文日期：', '2022-01-24', '发布日期：', '2022-01-28'] }))).toBe('2022-01-28');
    expect(publishedAt(doc({ allLines: ['生成日期', '2022-01-28', '文号', '无'] }))).toBe('2022-01-28');
    expect(publishedAt(doc({ allLines: ['公文生成日期：2017-01-03', '时间：2017-01-16 点击：'] }))).toBe('2017-01-16');
  });

  it('reads an unlabelled date line with its time or 来源, and a date line below the article where none stands above', () => {
    expect(publishedAt(doc({ allLines: ['大通县信访局2021年度政府信息公开工作年度报告', '2022-02-10 10:02 来源：大通县信访局'] }))).toBe('2022-02-10');
    const article = Array.from({ length: 80 }, (_, i) => `正文第${i}段。`);
    expect(publishedAt(doc({ allLines: [...article, '发布日期：2022-02-10'] }))).toBe('2022-02-10');
    // Prose that starts with a date is no date line.
    expect(publishedAt(doc({ allLines: ['2021年1月1日至12月31日，我局共受理申请3件。'] }))).toBeNull();
  });

  it('reads a period whose end year was typed twice, or whose dates lost their 月', () => {
    expect(reportPeriod(['本报告中所列数据的统计期限自2020年1月1日起至202020年12月31日止。'], 2020)).toEqual({ start: '2020-01-01', end: '2020-12-31' });
    expect(reportPeriod(['本年度报告统计数据时限为2018年11日至2018年1231日，电子版在市政府门户网发布。'], 2018)).toEqual({ start: '2018-01-01', end: '2018-12-31' });
    expect(reportPeriod(['本报告中所列数据的统计期限自202111日起至20211230日止。'], 2021)).toEqual({ start: '2021-01-01', end: '2021-12-30' });
    // 2021年121日 could be 1月21日 or 12月1日: no period rather than a guess.
    expect(reportPeriod(['统计期限自2021年11日至2021年121日止'], 2021)).toBeNull();
  });

  it('reads a period whose years lost their 年 or whose end lost its 日, and one the overview says the report covers', () => {
    expect(reportPeriod(['所列数据统计时限为20231月1日至202312月31日'], 2023)).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    expect(reportPeriod(['统计期限从2023年1月1日至12月31止。'], 2023)).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    expect(reportPeriod(['本报告由总体情况…等六部分组成,涵盖2020年1月1日至12月21日山阳县人民政府信息公开工作情况。'], 2020))
      .toEqual({ start: '2020-01-01', end: '2020-12-21' });
  });

  it('takes the issuer from the line above a title that names no one', () => {
    expect(reportIssuer('关于2021年度政府信息公开工作的年度报告', ['发布时间：2022-01-25', '盐边县新九镇人民政府', '关于2021年度政府信息公开工作的年度报告', '一、总体情况']))
      .toBe('盐边县新九镇人民政府');
    expect(reportIssuer('2021年政府信息公开工作年度报告', ['五常市民意乡', '2021年政府信息公开工作年度报告'])).toBe('五常市民意乡');
    // A notice that carries the report: the name after 关于印发, else the body that publishes it.
    expect(reportIssuer('XX县人民政府办公室关于印发《XX县2021年政府信息公开工作年度报告》的通知', [])).toBe('XX县');
    expect(reportIssuer('某某县人民政府办公室关于公布2015年政府信息公开工作年度报告的通知', [])).toBe('某某县人民政府办公室');
    // A breadcrumb is not a name.
    expect(reportIssuer('2021年政府信息公开工作年度报告', ['首页 > 统计局', '2021年政府信息公开工作年度报告'])).toBeNull();
    // A centre's name, above a title that follows a long menu (a menu's 政府信息公开年报 is no title).
    const menu = ['首页', '政务公开', '政府信息公开年报', ...Array.from({ length: 30 }, (_, i) => `栏目${i}`)];
    expect(reportIssuer('2021年政府信息公开工作年度报告', [...menu, '阿城区机关后勤服务中心', '2021年政府信息公开工作年度报告'])).toBe('阿城区机关后勤服务中心');
  });

  it('names the issuer of a title without a year, but never a template-essay site\'s 乡镇; else who compiled it, signed it or published it', () => {
    expect(reportIssuer('驼峰路街道办事处政府信息公开工作年度报告', [])).toBe('驼峰路街道办事处');
    expect(reportIssuer('2021年乡镇政府信息公开工作年度报告范文', [], '城关镇人民政府')).toBe('城关镇人民政府');
    expect(reportIssuer('2014年政府信息公开工作年度报告', ['本报告由伊宁县人民政府办公室根据《条例》要求编制。'])).toBe('伊宁县人民政府办公室');
    expect(reportIssuer('2021年政府信息公开工作年度报告', ['根据…的通知要求,现向社会公开上思县南屏瑶族乡2021年政府信息公开工作年度报告'])).toBe('上思县南屏瑶族乡');
    expect(reportIssuer('2022年信息公开工作年度报告', ['根据《中华人民共和国政府信息公开条例》的有关规定,现向社会公布2022年卯都乡信息公开工作年度报告'])).toBe('卯都乡');
    // 我局, 本单位, 本级政府 name no one.
    expect(reportIssuer('2014年政府信息公开工作年度报告', ['本报告由我局办公室负责编制。'])).toBeNull();
    expect(reportIssuer('2021年本级政府信息公开工作年度报告', ['现向社会公布2021年本级政府信息公开工作年度报告'])).toBeNull();
    expect(reportIssuer('2021年政府信息公开工作年度报告', [], null, () => publisher(['索引号：', '发布机构：', '来凤县政务服务和大数据管理局'])))
      .toBe('来凤县政务服务和大数据管理局');
    expect(publisher(['发布机构：来凤县政务服务和大数据管理局　', '生成日期：2022-01-24'])).toBe('来凤县政务服务和大数据管理局');
  });

  it('takes the year the text names most where neither title nor period names one', () => {
    expect(reportYear('驼峰路街道办事处政府信息公开工作年度报告', null, ['2020年度我街办未接到申请。', '2020年驼峰路街道办未发生行政复议。', '2021年将继续加强。'])).toBe(2020);
    expect(reportYear('驼峰路街道办事处政府信息公开工作年度报告', null, ['2020年度我街办未接到申请。', '2021年将继续加强。'])).toBeNull();
  });

  it('finds the title and the issuer before or after the year, lengthened only by a title-like mention', () => {
    const { title } = reportTitle(doc({ title: 'XX市人民政府门户网站', bodyLines: ['政府信息公开年报', 'XX市交通运输局2021年政府信息公开工作年度报告'] }));
    expect(title).toBe('XX市交通运输局2021年政府信息公开工作年度报告');
    // Every wording of a report's title the judgement knows, 政务公开工作报告 and 信息公开年报 too.
    expect(reportTitle(doc({ title: 'XX县人民政府', bodyLines: ['XX县交通运输局2016年政务公开工作报告'] }))).toEqual({ title: 'XX县交通运输局2016年政务公开工作报告', inBody: true });
    expect(reportTitle(doc({ title: 'XX县2015年信息公开年报' })).inBody).toBe(false);
    expect(reportIssuer(title, [])).toBe('XX市交通运输局');
    // A heading broken by <br> is one title; the article stands under it, so it is the page's own.
    expect(reportTitle(doc({ title: '左贡县人民政府', bodyLines: ['首页', '左贡县人民政府2021年度', '信息公开年度报告', '一、总体情况'] }))).toEqual({ title: '左贡县人民政府2021年度信息公开年度报告', inBody: false });
    expect(reportIssuer('2019年上海市人民政府办公厅政府信息公开工作年度报告', [])).toBe('上海市人民政府办公厅');
    expect(reportIssuer('铁岭市2019年度政府信息公开工作报告', ['来源:铁岭市人民政府办公室', '特编制铁岭市人民政府2019年度政府信息公开工作报告。'])).toBe('铁岭市人民政府');
    expect(reportYear('某县2020年度政府信息公开工作年度报告', null, [])).toBe(2020);
    // A year spelled out in Chinese numerals.
    expect(reportYear('某某县人民政府二〇二一年政府信息公开工作年度报告', null, [])).toBe(2021);
    expect(reportIssuer('某某县人民政府二〇二一年政府信息公开工作年度报告', [])).toBe('某某县人民政府');
    // A spam mirror's words before its separator.
    expect(reportIssuer('uedbet体育_uedbet官网@:西柳镇人民政府2023年政府信息公开工作年度报告', [])).toBe('西柳镇人民政府');
  });

  it('lists numbered headings, and standard part titles run into the text', () => {
    expect(reportSections(['一、总体情况?', '（一）主动公开', '二、主动公开政府信息情况', '、工作存在的主要问题'])).toEqual([
      { number: '一', title: '总体情况' }, { number: '二', title: '主动公开政府信息情况' }, { number: '', title: '工作存在的主要问题' },
    ]);
    const runOn = '本年度报告根据…编制。一、总体情况2019年，上海市……很长的一段正文，足够长。六、其他需要报告的事项无。';
    expect(reportSections([runOn])).toEqual([{ number: '一', title: '总体情况' }, { number: '六', title: '其他需要报告的事项' }]);
     // A whole 2013 report in one paragraph, its own headings set apart by spaces.
    const paragraph = '现将我镇2013年政府信息公开工作报告如下: 一、政府信息主动公开情况 2013年度我镇主动公开政府信息123件。 二、政府依申请公开政府信息和不予公开信息情况 2013年，未收到申请。 '
      + '三、政府信息公开收费和减免情况 本年度没有收费。 四、政府信息公开申请行政复议、行政诉讼情况 2013年没有行政复议和行政诉讼。 五、其他需要报告的事项 无。';
    expect(reportSections([paragraph]).map((s) => `${s.number}、${s.title}`)).toEqual([
      '一、政府信息主动公开情况', '二、政府依申请公开政府信息和不予公开信息情况', '三、政府信息公开收费和减免情况', '四、政府信息公开申请行政复议、行政诉讼情况', '五、其他需要报告的事项',
    ]);
  });
  it('takes a heading the article stands under, or the 名称 of the info grid, for the page\'s own title', () => {
    // <h1> broken by <br>, the date line under it: the name above joins the title that names no one.
    const h1 = ['义乌市人民政府', '首页', '义乌市廿三里街道办事处', '2022年政府信息公开工作年度报告', '发布日期：2023-01-11 信息来源：廿三里街道 浏览次数：',
      '根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》规定编制本报告。', '一、总体情况'];
    expect(reportTitle(doc({ title: '义乌市人民政府', bodyLines: h1 }))).toEqual({ title: '义乌市廿三里街道办事处2022年政府信息公开工作年度报告', inBody: false });
    // A link below the text is no title of the page's.
    const related = ['2025年是“十四五”规划收官之年。政府工作的总体要求是：……', '相关链接', '汉滨区2024年政府信息公开工作年度报告', '汉滨区2024年法治政府建设情况报告'];
    expect(reportTitle(doc({ title: '安康市汉滨区人民政府', bodyLines: related })).inBody).toBe(true);
    const grid = ['索引号', '11230102/2023-00003', '发布机构', '道里区经纬街道办事处', '名称', '道里区经纬街道办事处2022年政府信息公开工作年度报告'];
    expect(reportTitle(doc({ title: '哈尔滨市道里区人民政府', allLines: grid, bodyLines: ['一、总体情况'] })))
      .toEqual({ title: '道里区经纬街道办事处2022年政府信息公开工作年度报告', inBody: false });
    // A dated heading over a <title> that names no year (the portal's 年报 column).
    const gaolou = ['高楼镇2018年度政府信息公开年度报告', '本报告是根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,由高楼镇人民政府编制的2018年度政府信息公开年度报告。', '一、概述'];
    const { title } = reportTitle(doc({ title: '瑞安市政府信息公开年报', bodyLines: gaolou }));
    expect(title).toBe('高楼镇2018年度政府信息公开年度报告');
    expect(reportIssuer(title, gaolou)).toBe('高楼镇人民政府');
    // A title run into the sentence that introduces it.
    expect(reportTitle(doc({ title: '资阳市人民政府信息公开', bodyLines: ['资阳市同城化发展工作局2022年政府信息公开工作年度报告(以下简称年报)是根据《中华人民共和国政府信息公开条例》(国务院令第711号,以下简称《条例》)等文件规定编制。', '一、总体情况'] })).title)
      .toBe('资阳市同城化发展工作局2022年政府信息公开工作年度报告');
  });

  it('reads a sentence that names the report as no title, and takes the body it names', () => {
    expect(isTitleLine('现将和平街道2022年政府信息公开工作年度报告公布如下。')).toBe(false);
    expect(isTitleLine('现将茅坪回族镇2022年度政府信息公开工作报告如下:')).toBe(false);
    expect(isTitleLine('和平街道2022年政府信息公开工作年度报告')).toBe(true);
    const maoping = ['按照镇安县人民政府办公室《关于做好2022年度政府信息公开年度报告编制公布工作的通知》文件要求,现将茅坪回族镇2022年度政府信息公开工作报告如下:'];
    expect(reportIssuer('镇安县人民政府', maoping, null, () => '镇安县政府')).toBe('茅坪回族镇');
  });

  it('ends the title\'s name where the report\'s words or a bracket begin', () => {
    expect(reportIssuer('2024年合水镇人民政府信息公开工作年度报告', [])).toBe('合水镇人民政府');
    expect(reportIssuer('海关总署(本级机关)2020年政府信息公开工作年度报告', [])).toBe('海关总署');
    expect(reportIssuer('和平镇政府信息公开工作年度报告（2022年）', [])).toBe('和平镇');
    expect(reportIssuer('政府信息公开工作年度报告（2022年度）', [])).toBeNull();
    expect(reportIssuer('重庆市大足区人民政府外事办公室政府信息公开工作2022年度报告', [])).toBe('重庆市大足区人民政府外事办公室');
    expect(reportIssuer('中山大学2023—2024学年信息公开年度报告', [])).toBe('中山大学');
    // A portal's name is no title: 资阳市人民政府信息公开 names no report.
    expect(reportIssuer('资阳市人民政府信息公开', [])).toBeNull();
  });

  it('names the issuer in full where the text states it: a place before the title\'s name, its 办事处 or 人民政府 after it', () => {
    expect(reportIssuer('沙巴体育_沙巴体育app$官网平台:第三中学2022年政府信息公开工作年度报告',
      ['根据《中华人民共和国政府信息公开条例》(国务院令第711号)规定,现发布《安徽省涡阳第三中学2022年政府信息公开工作年度报告》。'])).toBe('安徽省涡阳第三中学');
    expect(reportIssuer('建章路街道2022年政府信息公开工作年度报告', ['本年度报告是根据《中华人民共和国政府信息公开工作年度报告格式》的要求,由建章路街道办事处编制。']))
      .toBe('建章路街道办事处');
    // A mirror's words before the name are no place.
    expect(reportIssuer('溪下乡2017年政府信息公开工作年度报告', ['根据《中华人民共和国政府信息公开条例》要求,现公布puroview.com溪下乡2017年政府信息公开工作年度报告。'])).toBe('溪下乡');
    // Another body's statement does not lengthen the name: 参事室政府信息公开 is the 参事室's.
    expect(reportIssuer('2022年上海市人民政府参事室政府信息公开工作年度报告', ['现将2022年上海市人民政府参事室政府信息公开工作报告如下:'])).toBe('上海市人民政府参事室');
  });

  it('names the body a table\'s caption names, or that two of the text\'s paragraphs (or one and the 来源 line) open with', () => {
    const yicheng = ['(一)主动公开情况。2022年宜城市教育局全面贯彻落实《条例》精神,全年公开各类信息165条。', '(二)依申请公开受理答复情况。2022年宜城市教育局未收到依申请公开信息。'];
    expect(reportIssuer('宜城市人民政府', yicheng)).toBe('宜城市教育局');
    expect(reportIssuer('宜城市人民政府', yicheng.slice(0, 1))).toBeNull();
    expect(reportIssuer('东阳市人民政府', ['现将我局2023年度政府信息公开工作情况报告如下:', '二、主动公开政府信息情况', '单位: 东阳市自然资源和规划局 2023年度'])).toBe('东阳市自然资源和规划局');
    expect(reportIssuer('2022年政府信息公开工作年度报告', ['发布日期：2023-01-13 来源：春城街道办事处', '2022年,春城街道办事处按照中央、省、市、区的要求,积极组织推动政府信息公开工作。']))
      .toBe('春城街道办事处');
    // What opens a paragraph without naming anyone names no one, however often.
    expect(reportIssuer('某县人民政府', ['2022年,通过区政府门户网站公开信息36条。', '2021年,通过区政府门户网站公开信息30条。', '2022年,主动公开政府信息12条。', '2023年,主动公开政府信息12条。'])).toBeNull();
  });

  it('takes the year a paragraph opens with where nothing else names it, and a 学年 by the year it starts in', () => {
    expect(reportYear('政府信息公开年报', null, ['一、总体情况', '2020年,我街按照全区政府信息公开工作的总体要求,坚持以“公开为常态,不公开为例外”。'])).toBe(2020);
    // A date is no year the text tells of.
    expect(reportYear('政府信息公开年报', null, ['2021年1月1日至12月31日，我局共受理申请3件。'])).toBeNull();
    expect(reportYear('华东理工大学2022-2023学年度信息公开年报', null, [])).toBe(2022);
  });

  it('reads the date lines portals print: in brackets, labelled without a colon, after the 来源', () => {
    for (const line of ['[ 2023-01-30 ]', '[2023-01-30]', '【2023-01-30】', '【发布日期】2023-01-30', '发布日期 2023-01-30', '发布：2023-01-30 09:00',
      '来源:市国资委2023-01-30 19:39', '作者：和平街道 发布：2023-01-30', '2023年1月30日 星期一']) {
      expect(publishedAt(doc({ allLines: ['首页', line, '根据《条例》编制本报告。'] })), line).toBe('2023-01-30');
    }
    // A date in a sentence is no date line.
    expect(publishedAt(doc({ allLines: ['【2023-01-30】我局召开政务公开工作会议。', '来源：本网 2023年1月30日，我局召开会议。'] }))).toBeNull();
  });

  it('reads a period with a comma before 至, a doubled dash, an end in figures, or broken over two lines', () => {
    const whole = { start: '2023-01-01', end: '2023-12-31' };
    for (const line of ['本报告所列数据的统计期限自2023年1月1日起,至2023年12月31日止。', '本年度报告中所列数据的统计期限为:2023年1月1日——2023年12月31日。',
      '本报告所列数据的统计期限为2023-01-01至2023-12-31。', '本报告所列数据统计期限为2023.1.1-2023.12.31。', '本报告中所列数据的统计期限自202311日起,至20231231日止。']) {
      expect(reportPeriod([line], 2023), line).toEqual(whole);
    }
    expect(reportPeriod(['本报告中所列数据统计期自202291日起,至2023831日止。'], 2022)).toEqual({ start: '2022-09-01', end: '2023-08-31' });
    expect(reportPeriod(['本报告所列数据统计期自 2023 年 1 月 1 日至 2023', '年 12 月 31 日。如对本报告有任何疑问,请与和平镇联系。'], 2023)).toEqual(whole);
  });

  it('takes no period from a 截至 that dates one figure of a report that counts the whole year', () => {
    expect(reportPeriod(['截至2022年11月30日，我局门户网站共发布信息86条；全年共收到政府信息公开申请5件。'], 2022)).toBeNull();
  });

  it('lists parts headed 第一部分, or numbered as sub-headings where nothing else numbers them', () => {
    expect(reportSections(['第一部分 总体情况', '正文。', '第二部分 主动公开政府信息情况'])).toEqual([{ number: '一', title: '总体情况' }, { number: '二', title: '主动公开政府信息情况' }]);
    expect(reportSections(['1.总体情况', '正文。', '2.主动公开政府信息情况'])).toEqual([{ number: '1', title: '总体情况' }, { number: '2', title: '主动公开政府信息情况' }]);
    expect(reportSections(['（一）总体情况', '正文。', '（二）主动公开政府信息情况'])).toEqual([{ number: '一', title: '总体情况' }, { number: '二', title: '主动公开政府信息情况' }]);
    // Under 一、 they are sub-headings; nor is 1.主动公开 a part.
    expect(reportSections(['一、总体情况', '（一）总体情况', '1.主动公开'])).toEqual([{ number: '一', title: '总体情况' }]);
  });
});

describe('judgeReport', () => {
  it('knows a report by the wordings of its title, "工作的年度报告" too, and a notice about reports for what it is', () => {
    const evidence = (title: string) => ({ title, bodyLines: ['依据《中华人民共和国政府信息公开条例》'], standardTables: 0, legacyTable: false });
    expect(judgeReport(evidence('某某县人民政府关于2022年度政府信息公开工作的年度报告')).isReport).toBe(true);
    expect(judgeReport(evidence('某某市教育局2022年政府信息公开年报')).isReport).toBe(true);
    expect(judgeReport(evidence('关于做好2022年政府信息公开工作年度报告编制发布工作的通知')).isReport).toBe(false);
    expect(judgeReport(evidence('关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知')).isReport).toBe(false);
    // News that a report came out is not the report; a portal column named 信息发布 in the title is no news.
    expect(judgeReport(evidence('我县发布2021年政府信息公开工作年度报告')).isReport).toBe(false);
    expect(judgeReport(evidence('2021年某市政府信息公开年报出炉')).isReport).toBe(false);
    expect(judgeReport(evidence('某县2021年政府信息公开工作年度报告_信息发布_某县人民政府')).isReport).toBe(true);
    // Its 解读 is not the report; a portal column 政策解读 after the title is no 解读 of it.
    expect(judgeReport(evidence('图解：某县2021年政府信息公开工作年度报告')).isReport).toBe(false);
    expect(judgeReport(evidence('《某县2021年政府信息公开工作年度报告》解读')).isReport).toBe(false);
    expect(judgeReport(evidence('某县2021年政府信息公开工作年度报告_政策解读_某县人民政府')).isReport).toBe(true);
    // A notice that publishes one year's report carries the report.
    expect(judgeReport(evidence('某某县人民政府办公室关于公布2015年政府信息公开工作年度报告的通知')).isReport).toBe(true);
    expect(judgeReport(evidence('某某县人民政府办公室关于印发二〇一五年政府信息公开工作年度报告的通知')).isReport).toBe(true);
    // News put the other way round, an image explainer, a 解读 under its column, a note that no report exists, a check of reports.
    expect(judgeReport(evidence('2020年政府信息公开工作年度报告发布 贵州公开政策文件236件_要闻_贵州省人民政府')).isReport).toBe(false);
    expect(judgeReport(evidence('一图看懂｜泰安市人民政府办公室2021年政府信息公开工作年度报告_泰安市人民政府')).isReport).toBe(false);
    expect(judgeReport(evidence('《泰安市人民政府办公室2021年政府信息公开工作年度报告》政策解读_泰安市人民政府')).isReport).toBe(false);
    expect(judgeReport(evidence('政法和应急管理局信息公开年度工作报告说明')).isReport).toBe(false);
    expect(judgeReport(evidence('关于2021年度政府信息公开工作年度报告检查情况的通报_通知公告_某市人民政府')).isReport).toBe(false);
    for (const title of ['贵阳市2023年政府信息公开工作年度报告政策解读', '关于报送2023年度政府信息公开工作年度报告的通知',
      '我区召开2023年政府信息公开工作年度报告编制培训会', '市政府信息公开年报显示：去年主动公开政府信息4.6万条',
      '我市政府信息公开工作年度报告连续三年获评全省优秀', '黄村镇2014年度信息年度公开报告', '黄村镇人民政府外事办公室政府信息公开工作2022年度报告']) {
      expect(judgeReport(evidence(title)).isReport, title).toBe(title.startsWith('黄村镇'));
    }
  });

  it('knows a report whose page has no title of its own: by its standard tables, or by the way its text names itself', () => {
    const untitled = (bodyLines: string[], standardTables = 0) => judgeReport({ title: '某县人民政府门户网站', bodyLines, standardTables, legacyTable: false });
    expect(untitled(['一、总体情况', '2023年，我局认真贯彻落实《中华人民共和国政府信息公开条例》。'], 1).isReport).toBe(true);
    expect(untitled([], 2).isReport).toBe(true);
    const text = ['一、总体情况', '全年主动公开政府信息120条，收到依申请公开申请3件，未发生行政复议。'];
    expect(untitled(['现将富县人民政府2024年政府信息公开工作年度报告予以公开。本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。', ...text]).isReport).toBe(true);
    expect(untitled(['本年度报告结合我区信息公开工作实际情况编制而成,所列数据的统计期限从2024年1月1日至12月31日止。', ...text]).isReport).toBe(true);
    expect(untitled(text).isReport).toBe(false);
    expect(untitled(['现将《2024年政府信息公开工作年度报告》解读如下。', ...text]).isReport).toBe(false);
    // How reports name themselves: 工作情况报告如下, 现(特)(向社会)公布…年度报告, and the standard opening in its wordings.
    for (const opening of ['现将我局2023年度政府信息公开工作情况报告如下:', '根据《条例》文件要求,现特向社会公布2024年合水镇人民政府信息公开工作年度报告。',
      '根据《中华人民共和国政府信息公开条例》,现公布区政府国资局2022年政府信息公开工作年度报告。',
      '本报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,由淮北市人民医院编制。全文由总体情况等六部分组成。',
      '依据《中华人民共和国政府信息公开条例》第五十条规定,编制本报告。',
      '资阳市同城化发展工作局2022年政府信息公开工作年度报告(以下简称年报)是根据《中华人民共和国政府信息公开条例》等文件规定编制。本年报中所列数据的统计期限从2022年1月1日起至2022年12月31日止。']) {
      expect(untitled([opening, ...text]).isReport, opening).toBe(true);
    }
    // A notice about compiling reports names none of its own.
    expect(untitled(['现将2024年度政府信息公开工作年度报告编制发布工作有关事项通知如下:', ...text]).isReport).toBe(false);
    expect(untitled(['现公布2024年度政府信息公开工作年度报告编制要求。', ...text]).isReport).toBe(false);
  });

  it('counts a report\'s title found among the page\'s lines (a heading, or a link beside another page) for less', () => {
    const related = { title: '汉滨区2024年政府信息公开工作年度报告', titleInBody: true, bodyLines: ['各位代表：现在，我代表区人民政府向大会报告政府工作。'], legacyTable: false };
    expect(judgeReport({ ...related, standardTables: 0 }).isReport).toBe(false);
    expect(judgeReport({ ...related, standardTables: 1 }).isReport).toBe(true);
  });

  it('knows a 年报 column\'s list page, even one whose title names the column\'s year', () => {
    const titles = ['商洛市人民政府', '商洛市发展和改革委员会', '商洛市教育局', '商洛市公安局', '商洛市民政局']
      .flatMap((name) => [`${name}2021年政府信息公开工作年度报告`, '2022-01-28']);
    const list = (title: string) => judgeReport({ title, bodyLines: ['首页', '政务公开', ...titles], standardTables: 0, legacyTable: false });
    expect(list('2021年政府信息公开年报-商洛市人民政府').isReport).toBe(false);
    expect(list('政府信息公开年报-商洛市人民政府').isReport).toBe(false);
    // A footer's sentence is no text of the page's own.
    const withFooter = judgeReport({ title: '2023年度政府信息公开年报', bodyLines: ['首页', ...titles, '本网站建议使用IE10及以上版本浏览器，1366×768以上分辨率浏览。'], standardTables: 0, legacyTable: false });
    expect(withFooter.isReport).toBe(false);
  });
});
