import { describe, expect, it } from 'vitest';
import { textAt } from '../../test/support/spots.ts';
import { partOfYearReport, reportPeriod as located } from './period.ts';

// The period read; where it stands is tested below.
const reportPeriod = (...args: Parameters<typeof located>) => located(...args)?.value ?? null;

describe('reportPeriod', () => {
  it('reads the 统计期限 in its usual wordings', () => {
    expect(reportPeriod(['本报告中所列数据的统计期限自2014年1月1日起至2014年12月31日止。'], 2014)).toEqual({ start: '2014-01-01', end: '2014-12-31' });
    expect(reportPeriod(['本年度报告中所列数据统计期限从2019年1月1日到12月31日止。'], 2019)).toEqual({ start: '2019-01-01', end: '2019-12-31' });
    expect(reportPeriod(['截至2018年11月29日，共公开信息99条'], 2018)).toEqual({ start: '2018-01-01', end: '2018-11-29' });
    // An as-of date of another year says nothing about this report's period.
    expect(reportPeriod(['截至2017年底已建成…', '截至2017年12月31日'], 2018)).toBeNull();
    // gx-xxt-jd-2024, jl-baicheng-nyj-2024.
    expect(reportPeriod(['本报告中所列数据统计期间为2024年1月1日至12月31日。'], 2024)).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    // 应急管理部's own words, each year (mem-2023): the time its information was checked up to.
    expect(reportPeriod(['本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》的要求编制,所涉及信息核定时间为2023年1月1日至2023年12月31日。'], 2023)).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    expect(reportPeriod(['本报告所列数据截止日期为2024年12月31日。'], 2024)).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    // 竹山县公共资源交易中心2024年度政府信息公开工作报告 (zhushan.gov.cn): the data's 时限 counted up to a day.
    expect(reportPeriod(['本报告中所列数据的统计时限截至2024年12月31日。若对本报告数据有疑问，请与竹山县公共资源交易中心办公室联系。'], 2024)).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    // jx-fengxin-ganfang-2020, jl-dongliao-liaoheyuan-2021: the data's 时限, 时间节点.
    expect(reportPeriod(['本报告中所统计的数据时限为2020年1月1日至2020年12月31日。'], 2020)).toEqual({ start: '2020-01-01', end: '2020-12-31' });
    expect(reportPeriod(['本报告采用数据的时间节点为2021年1月1日至2021年12月31日。'], 2021)).toEqual({ start: '2021-01-01', end: '2021-12-31' });
    // 无锡锡山区安镇街道 2024 (jsxishan.gov.cn 4484819): 统计期 without 限; 长春南关区永吉街道 2024 (zwgk.changchun.gov.cn
    // t20250117_3376028): the data the report 采用. Work done 统计期内 names no span.
    expect(reportPeriod(['本报告由6个部分组成,包括总体情况、主动公开政府信息情况,报告中所涉数据的统计期自2024年1月1日至2024年12月31日止。'], 2024)).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(reportPeriod(['根据《中华人民共和国政府信息公开条例》规定,现公布南关区永吉街道办事处政府信息公开2024年度报告,报告采用数据为2024年1月1日至2024年12月31日。'], 2024)).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(reportPeriod(['统计期内,我局于2024年3月1日至3月5日开展政务公开培训。'], 2024)).toBeNull();
    // 起止时间 opening a clause (西安市鄠邑区教育局 2024, sn-huyi-jyj-2024) or naming the data's (乌鲁木齐市人民政府 2021,
    // urumqi.gov.cn 4009d7ec…, its 年月 lost); an event's 起止时间 names no span.
    expect(reportPeriod(['现公布西安市鄠邑区教育局2024年政府信息公开工作年度报告,起止时间为2024年1月1日至2024年12月31日,电子版可在西安市鄠邑区人民政府网站下载。'], 2024)).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(reportPeriod(['本报告由总体情况、主动公开政府信息、收到和处理政府信息公开申请、政府信息公开行政复议、行政诉讼、存在的主要问题及改进情况、其他需要报告的事项等6部分组成,各项数据核定的起止时间为202111日至1231日。'], 2021)).toEqual({ start: '2021-01-01', end: '2021-12-31' });
    // …or the statistics' own (湛江市霞山区教育局 2022, zjxs.gov.cn post_1845465).
    expect(reportPeriod(['本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议及行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六部分组成,所列举数据的统计起止时间为2022年1月1日至2022年12月31日。'], 2022)).toEqual({ start: '2022-01-01', end: '2022-12-31' });
    expect(reportPeriod(['我局就《管理办法》公开征求意见,征求意见起止时间为2024年3月1日至3月15日。'], 2024)).toBeNull();
    // 海林市 2021 (a mirror's copy): a sentence of its own after the parts; an action's span after a comma is none (built wording).
    expect(reportPeriod(['本报告由总体情况、其他需要报告的事项等部分组成。起止时间为2021年1月1日至2021年12月31日。'], 2021)).toEqual({ start: '2021-01-01', end: '2021-12-31' });
    expect(reportPeriod(['我局开展政务公开专项行动，起止时间为2024年3月1日至2024年6月30日。'], 2024)).toBeNull();
    // 南充职业技术学院 2025 (nczy.edu.cn content-37773): a school's span named 统计日期, its dates joined by a dash.
    expect(reportPeriod(['根据教育部办公厅和省教育厅办公室《关于做好2025年高校信息公开年度报告工作的通知》要求,现将学校2025年度信息公开情况报告如下(统计日期为2025年1月1日—2025年10月31日)。'], 2025)).toEqual({ start: '2025-01-01', end: '2025-10-31' });
    // 北京宣武区大栅栏街道 2009 (bjxch.gov.cn pnidpv843089): the start named the day the 《条例》 came into force.
    expect(reportPeriod(['本报告中所列数据的统计期限自2009年1月1日《条例》实施之日起，至2009年12月31日止。'], 2009)).toEqual({ start: '2009-01-01', end: '2009-12-31' });
  });

  it('reads the span a school\'s report accounts for (根据…至…信息公开工作的实际情况编写), not a span of work done within it', () => {
    // school-ecust-2023.
    expect(reportPeriod(['按照《教育部办公厅关于做好2023年信息公开年度报告工作的通知》的要求,我校根据2022年9月1日至2023年8月31日信息公开工作的实际情况编写了本年报。'], 2022))
      .toEqual({ start: '2022-09-01', end: '2023-08-31' });
    expect(reportPeriod(['根据2022年6月1日至6月30日开展的专项自查情况,我局整改问题3个。'], 2022)).toBeNull();
    expect(reportPeriod(['根据2022年6月1日至6月30日专项检查的实际情况,我局对发现的12个问题进行了整改。'], 2022)).toBeNull();
  });

  it('takes no period from a deadline the report tells of, only from the day its data are counted up to', () => {
    expect(reportPeriod(['2021年，我局主动公开政府信息86条，公开《某县十四五规划纲要（征求意见稿）》，意见征集截止日期为2021年5月31日，共收到意见12条。'], 2021)).toBeNull();
    expect(reportPeriod(['2021年，我局公开《某县十四五规划纲要（征求意见稿）》，意见征集截止到2021年5月31日，共收到意见30条。'], 2021)).toBeNull();
    expect(reportPeriod(['2021年，我局按时完成各项统计工作，统计报表报送截止时间为2022年1月15日。'], 2022)).toBeNull();
  });

  it('reads a period whose end year was typed twice, or whose dates lost their 月', () => {
    // The end's 年 mistyped (pingyang-scjgj-2020: 至2020你那12月31日), where the words name the span or a paragraph opens
    // with the dates alone; dates alone count only as the report's year whole, and only where no line names a span.
    const pingyang = '2020年1月1日至2020你那12月31日,今年以来,我局政务信息网上公开工作在县委、县政府的正确领导下,扎实推进政府信息公开工作';
    expect(reportPeriod([pingyang], 2020)).toEqual({ start: '2020-01-01', end: '2020-12-31' });
    expect(reportPeriod([pingyang], 2021)).toBeNull();
    expect(reportPeriod(['本报告中所列数据的统计期限自2020年1月1日起至2020你那12月31日止。'], 2020)).toEqual({ start: '2020-01-01', end: '2020-12-31' });
    expect(reportPeriod(['自2016年1月1日起至2016年12月31日止,我镇经审核主动公开信息568条。'], 2016)).toEqual({ start: '2016-01-01', end: '2016-12-31' });
    expect(reportPeriod(['2020年7月1日至2020年12月31日,我局开展政务公开专项检查。'], 2020)).toBeNull();
    expect(reportPeriod(['我局于2020年1月1日至2020年12月31日开展政务公开专项检查。'], 2020)).toBeNull();
    expect(reportPeriod(['2020年1月1日至2020年12月31日,我局主动公开信息86条。', '本报告中所列数据统计期限自2020年1月1日起至2020年11月30日止。'], 2020)).toEqual({ start: '2020-01-01', end: '2020-11-30' });
    expect(reportPeriod(['本报告中所列数据的统计期限自2020年1月1日起至202020年12月31日止。'], 2020)).toEqual({ start: '2020-01-01', end: '2020-12-31' });
    expect(reportPeriod(['本年度报告统计数据时限为2018年11日至2018年1231日，电子版在市政府门户网发布。'], 2018)).toEqual({ start: '2018-01-01', end: '2018-12-31' });
    expect(reportPeriod(['本报告中所列数据的统计期限自202111日起至20211230日止。'], 2021)).toEqual({ start: '2021-01-01', end: '2021-12-30' });
    // customs-2010 (海关总署): the 至 and the end's 日 lost too, 起 and 止 left.
    expect(reportPeriod(['本年报中所列数据的统计期限自201011日起20101231止。本年报电子版可在中国海关门户网站(www.customs.gov.cn)下载。'], 2010)).toEqual({ start: '2010-01-01', end: '2010-12-31' });
    // 2021年121日 could be 1月21日 or 12月1日: no period rather than a guess.
    expect(reportPeriod(['统计期限自2021年11日至2021年121日止'], 2021)).toBeNull();
  });

  it('reads the report\'s year whole where its period lost 年, 月 and 至 alike, and nothing else so mangled', () => {
    // gs-xingguo-2025 (秦安县兴国镇): 1月1日 and 12月31日 run into one with the year.
    const mangled = '报告中所列数据统计期限为2025111231日。';
    expect(located([mangled], 2025)).toMatchObject({ value: { start: '2025-01-01', end: '2025-12-31' }, garbled: 'lost', at: { line: 0, start: 12, end: 23 } });
    expect(reportPeriod(['本报告中所列数据统计期限为202501012025 1231日。'], 2025)).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    // Another year than the report's, and digits with more than one reading (1月2日至3月1日, or one date) stay unread.
    expect(reportPeriod([mangled], 2024)).toBeNull();
    expect(reportPeriod([mangled], null)).toBeNull();
    expect(reportPeriod(['本报告中所列数据统计期限为20251231日。'], 2025)).toBeNull();
    expect(reportPeriod(['本报告中所列数据统计期限为2025111130日。'], 2025)).toBeNull();
    // 金厂镇 2025 (xxgk.dc.gov.cn t20260115_763295): the data's as-of date, the year's end, that lost its 年 and 月; only the report's year.
    const asOf = '所列数据截止日期为20251231日,电子版可在通化市人民政府门户网站政府信息公开专栏下载';
    expect(located([asOf], 2025)).toMatchObject({ value: { start: '2025-01-01', end: '2025-12-31' }, garbled: 'lost' });
    expect(reportPeriod([asOf], 2024)).toBeNull();
    // su-jinfeng-2024 (冶金工业园(锦丰镇)): the 年 and 月 lost, the 至 kept, is read as it was, and said to be garbled; dates in full are not.
    expect(located(['改进情况和其他需要报告的事项六部分组成,所列数据的统计期限自202411日起至20241231日止。'], 2024)).toMatchObject({ value: { start: '2024-01-01', end: '2024-12-31' }, garbled: 'lost' });
    expect(located(['本报告中所列数据统计期限自2024年1月1日起至2024年12月31日止。'], 2024)).toMatchObject({ garbled: false });
    // Dates that lost only their 年 are as garbled (review 20 no. 9); a year elsewhere on the line that lost its 年 is not the period's.
    expect(located(['所列数据统计时限为20231月1日至202312月31日'], 2023)).toMatchObject({ value: { start: '2023-01-01', end: '2023-12-31' }, garbled: 'lost' });
    expect(located(['所列数据统计时限为2023年1月1日至2023年12月31日，20244月发布。'], 2023)).toMatchObject({ garbled: false });
    expect(located(['本报告统计时间为2016年至2020年。'], 2020)).toMatchObject({ garbled: false });
  });

  it('reads a period whose years lost their 年 or whose end lost its 日, and one the overview says the report covers', () => {
    expect(reportPeriod(['所列数据统计时限为20231月1日至202312月31日'], 2023)).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    expect(reportPeriod(['统计期限从2023年1月1日至12月31止。'], 2023)).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    expect(reportPeriod(['本报告由总体情况…等六部分组成,涵盖2020年1月1日至12月21日山阳县人民政府信息公开工作情况。'], 2020))
      .toEqual({ start: '2020-01-01', end: '2020-12-21' });
    // …its dates garbled as well, the end's year left out (梅县区人民政府办公室's 2019 report, gdmx.gov.cn).
    expect(located(['本报告由概述、主动公开政府信息情况、依申请公开政府信息情况、政府信息公开相关费用情况、申请行政复议和提起行政诉讼的情况、存在问题及改进措施等六部分组成,内容涵盖梅县区人民政府办公室201911日起至1231日期间的政府信息公开工作情况。'], 2019))
      .toMatchObject({ value: { start: '2019-01-01', end: '2019-12-31' }, garbled: 'lost' });
  });

  it('reads a period with a comma before 至, a doubled dash, an end in figures, or broken over two lines', () => {
    const whole = { start: '2023-01-01', end: '2023-12-31' };
    for (const line of ['本报告所列数据的统计期限自2023年1月1日起,至2023年12月31日止。', '本年度报告中所列数据的统计期限为:2023年1月1日——2023年12月31日。',
      '本报告所列数据的统计期限为2023-01-01至2023-12-31。', '本报告所列数据统计期限为2023.1.1-2023.12.31。', '本报告中所列数据的统计期限自202311日起,至20231231日止。']) {
      expect(reportPeriod([line], 2023), line).toEqual(whole);
    }
    expect(reportPeriod(['本报告中所列数据统计期自202291日起,至2023831日止。'], 2022)).toEqual({ start: '2022-09-01', end: '2023-08-31' });
    expect(reportPeriod(['本报告所列数据统计期自 2023 年 1 月 1 日至 2023', '年 12 月 31 日。如对本报告有任何疑问,请与和平镇联系。'], 2023)).toEqual(whole);
    expect(reportPeriod(['报告中所列数据统计期限自2023年1月1日始至2023年12月31日止。'], 2023)).toEqual(whole);
  });

  it('reads the span the report says it covers (本报告时间为…, 报告期为…), not what was done within it (报告期内…)', () => {
    const whole = { start: '2016-01-01', end: '2016-12-31' };
    expect(reportPeriod(['现将凤鸣街道办事处2016年政府信息公开工作年度报告予以公布。本报告时间为2016年1月1日至12月31日,全文包括概述等六个部分。'], 2016)).toEqual(whole);
    expect(reportPeriod(['本报告期为2016年1月1日至2016年12月31日。'], 2016)).toEqual(whole);
    expect(reportPeriod(['本报告 时间为2016年1月1日至12月31日。'], 2016)).toEqual(whole);
    expect(reportPeriod(['报告期内,我局于2016年3月1日至3月5日开展政务公开培训。'], 2016)).toBeNull();
    expect(reportPeriod(['报告期间，我局于2016年3月1日至3月5日开展政务公开培训。'], 2016)).toBeNull();
  });

  it('takes no period from a 截至 that dates one figure of a report that counts the whole year, only from one where 全年 counts nothing', () => {
    expect(reportPeriod(['截至2022年11月30日，我局门户网站共发布信息86条；全年共收到政府信息公开申请5件。'], 2022)).toBeNull();
    expect(reportPeriod(['截至2022年11月30日，我局门户网站共发布信息86条。', '全年通过政府门户网站主动公开政府信息120条。'], 2022)).toBeNull();
    // 全年未发生…, 全年统一… count nothing for the whole year: the 截至 date still ends the period.
    expect(reportPeriod(['截至2018年11月29日，共公开信息99条。', '全年未发生因政府信息公开引起的行政复议。', '全年统一使用政府网站发布信息。'], 2018))
      .toEqual({ start: '2018-01-01', end: '2018-11-29' });
  });

  it('reads a period named as one whole year (统计期限为2024年度, as a tester found it) as that calendar year, and where it stands', () => {
    const named = ['本报告统计期限为2023年度。本报告电子版可在县政府门户网站下载。'];
    expect(located(named, 2023)).toMatchObject({ value: { start: '2023-01-01', end: '2023-12-31' }, garbled: false });
    expect(textAt(named, located(named, 2023))).toBe('2023年度');
    expect(reportPeriod(['根据条例规定编制本报告，统计期限为2024年度，数据来源于各科室。'], 2024)).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(reportPeriod(['所列数据统计时间：2023年全年。'], 2023)).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    // A year named inside another phrase names no span; dates stated elsewhere outrank it.
    expect(reportPeriod(['统计期限为2023年度政府信息公开工作的各项数据。'], 2023)).toBeNull();
    expect(reportPeriod(['本报告统计期限为2023年度。', '所列数据统计期限自2023年1月1日起至2023年11月30日止。'], 2023)).toEqual({ start: '2023-01-01', end: '2023-11-30' });
  });

  it('reads a period in whole years (haiyan-hdb-2008) from the first\'s 1 January to the last\'s 31 December, and where it stands', () => {
    const haiyan = ['本报告中所列数据的统计期限自2003 年至2008 年止。 一、概述 2008 年我办的政府信息公开工作于5 月1 日正式启动。'];
    expect(reportPeriod(haiyan, 2008)).toEqual({ start: '2003-01-01', end: '2008-12-31' });
    expect(textAt(haiyan, located(haiyan, 2008))).toBe('2003 年至2008 年');
    // A year before a month is a date's, whose day was lost: no period in years.
    expect(reportPeriod(['本报告中所列数据的统计期限自2008年至2008年12月止。'], 2008)).toBeNull();
    // Years that describe something published are not the report's span.
    expect(reportPeriod(['2021年，我局主动公开政府信息86条，公开统计时间为2016年至2020年的县域经济数据汇编1册。'], 2021)).toBeNull();
    expect(reportPeriod(['2021年，我局主动公开政府信息86条，公开统计时间为2016年至2020年，共5年的县域经济数据汇编1册。'], 2021)).toBeNull();
    // Closed by the clause's end, the years are the report's where they end in its year.
    expect(reportPeriod(['本报告统计时间为2016年至2020年。'], 2020)).toEqual({ start: '2016-01-01', end: '2020-12-31' });
  });

  it('reads a quarter or a half-year a heading names as the span (shanghai-putuo-2022h1: 2022年上半年政府信息公开数据统计), not a sentence\'s', () => {
    const putuo = ['2022年上半年政府信息公开数据统计', '2022年07月25日 来源: 上海普陀', '二、依申请公开情况',
      '2022年上半年，全区各行政机关共受理政府信息公开申请267件，答复263件，申请量比2021年同期上升1.52%。'];
    expect(reportPeriod(putuo, 2022)).toEqual({ start: '2022-01-01', end: '2022-06-30' });
    expect(textAt(putuo, located(putuo, 2022))).toBe('2022年上半年');
    expect(reportPeriod(['某县人民政府2023年第一季度政府信息公开工作报告', '一、总体情况'], 2023)).toEqual({ start: '2023-01-01', end: '2023-03-31' });
    expect(reportPeriod(['2021年第3季度政务公开工作情况'], 2021)).toEqual({ start: '2021-07-01', end: '2021-09-30' });
    expect(reportPeriod(['2020年下半年政府信息公开工作情况'], 2020)).toEqual({ start: '2020-07-01', end: '2020-12-31' });
    // A sentence naming a half-year names no span of the report's.
    expect(reportPeriod([putuo[3]!], 2022)).toBeNull();
    // Below the text's first part or sentence, a part's heading or a link to another page names no span of the report's.
    const hushi = ['胡市镇人民政府2019年政府信息公开工作年度报告', '一、总体情况', '(一)2019年上半年政务公开工作情况'];
    expect(reportPeriod(hushi, 2019)).toBeNull();
    expect(reportPeriod([hushi[0]!, '2019年,胡市镇以习近平新时代中国特色社会主义思想为指导,认真贯彻落实新修订的《中华人民共和国政府信息公开条例》。',
      '上一篇:胡市镇2020年上半年政府信息公开工作情况'], 2019)).toBeNull();
    // Nor, above the annual report's title, a line that links to another page: its column's half-year article.
    const listed = ['某镇2022年上半年政府信息公开工作情况', '某县某镇人民政府2022年政府信息公开工作年度报告', '一、总体情况'];
    expect(reportPeriod(listed, 2022, '', new Set([0]))).toBeNull();
    // A statement of the period in dates comes first.
    expect(reportPeriod(['2023年上半年政府信息公开工作报告', '本报告统计期限自2023年1月1日至2023年6月30日。'], 2023)).toEqual({ start: '2023-01-01', end: '2023-06-30' });
  });

  it('reads a quarter the page\'s title names, its site\'s name after it, where no heading above the text names one', () => {
    const body = ['发布时间：2023-04-10 来源：某县人民政府办公室', '一、总体情况', '（一）主动公开。本季度主动公开政府信息56条。'];
    const title = '某县人民政府2023年第一季度政府信息公开工作报告_某县人民政府';
    expect(located(body, 2023, title)).toEqual({ value: { start: '2023-01-01', end: '2023-03-31' }, at: null, garbled: false });
    expect(reportPeriod(body, 2023, '某县人民政府2023年政府信息公开工作年度报告_某县人民政府')).toBeNull();
    // A heading above the text says it first.
    expect(reportPeriod(['2023年上半年政府信息公开工作报告', ...body], 2023, title)).toEqual({ start: '2023-01-01', end: '2023-06-30' });
  });

  it('takes no half-year from a <title> over a heading that names the year\'s report (baokang-2020, its <title> made 上半年)', () => {
    const title = '保康县2020年上半年政府信息公开工作报告';
    const heading = '保康县2020年度政府信息公开工作年度报告';
    const opening = '本年度报告根据《中华人民共和国政府信息公开条例》(国务院令第711号)和《中华人民共和国政府信息公开工作年度报告格式(试行)及编写说明》要求编制。';
    const statement = '本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。现将2020年度政府信息公开工作报告如下:';
    expect(reportPeriod([heading, opening, '一、总体情况'], 2020, title)).toBeNull();
    expect(reportPeriod([heading, opening + statement, '一、总体情况'], 2020, title)).toEqual({ start: '2020-01-01', end: '2020-12-31' });
    // With no heading of its own, the <title> names the span.
    expect(reportPeriod([opening, '一、总体情况'], 2020, title)).toEqual({ start: '2020-01-01', end: '2020-06-30' });
    // …nor does a breadcrumb naming the column it is posted in, annual and half-year reports alike.
    expect(reportPeriod(['首页 > 政务公开 > 政府信息公开年度报告', opening, '一、总体情况'], 2020, title)).toEqual({ start: '2020-01-01', end: '2020-06-30' });
  });

  it('says where the period stands: from its first date to its last, on the line that holds its start', () => {
    const at = (body: string[]) => textAt(body, located(body, 2023));
    expect(at(['本报告中所列数据的统计期限自 2023 年 1 月 1 日起至 2023 年 12 月 31 日止。'])).toBe('2023 年 1 月 1 日起至 2023 年 12 月 31 日');
    expect(at(['统计期限从2023年1月1日至12月31止。'])).toBe('2023年1月1日至12月31');
    // Broken over two lines: the part on the line where it starts.
    expect(at(['本报告所列数据统计期自 2023 年 1 月 1 日至 2023', '年 12 月 31 日。'])).toBe('2023 年 1 月 1 日至 2023');
    expect(at(['截至2023年11月29日，共公开信息99条'])).toBe('2023年11月29日');
    // Where reading it put back a lost 年, its dates as the page has them.
    expect(at(['所列数据统计时限为20231月1日至202312月31日'])).toBe('20231月1日至202312月31日');
  });

  it('says a report is a quarter\'s or a half-year\'s where its title names that span and its period is it', () => {
    const q1 = { start: '2023-01-01', end: '2023-03-31' };
    expect(partOfYearReport('某县人民政府2023年第一季度政府信息公开工作报告', q1)).toBe('2023年第一季度');
    expect(partOfYearReport('2020年下半年政府信息公开工作情况', { start: '2020-07-01', end: '2020-12-31' })).toBe('2020年下半年');
    expect(partOfYearReport('某县人民政府2023年第一季度政府信息公开工作报告_某县人民政府', q1)).toBe('2023年第一季度');
    expect(partOfYearReport('某县人民政府2023年第一季度政府信息公开工作报告 - 某县人民政府门户网站', q1)).toBe('2023年第一季度');
    expect(partOfYearReport('某县人民政府2023年第一季度政府信息公开工作报告—某县人民政府', q1)).toBe('2023年第一季度');
    // A period of another span (the whole year its text states), or an annual report's title, is no such report.
    expect(partOfYearReport('某县人民政府2023年第一季度政府信息公开工作报告', { start: '2023-01-01', end: '2023-12-31' })).toBeNull();
    expect(partOfYearReport('某县人民政府2023年政府信息公开工作年度报告', q1)).toBeNull();
    expect(partOfYearReport('某县人民政府2023年第一季度政府信息公开工作报告', null)).toBeNull();
  });
});
