import { describe, expect, it } from 'vitest';
import { chineseNumber, findDate } from './dates.ts';
import { judgeReport } from './is-report.ts';
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
    // A heading broken by <br> is one title.
    expect(reportTitle(doc({ title: '左贡县人民政府', bodyLines: ['首页', '左贡县人民政府2021年度', '信息公开年度报告', '一、总体情况'] }))).toEqual({ title: '左贡县人民政府2021年度信息公开年度报告', inBody: true });
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
      '我市政府信息公开工作年度报告连续三年获评全省优秀', '黄村镇2014年度信息年度公开报告']) {
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
