import { describe, expect, it } from 'vitest';
import { type IssuerClues, publisher, reportIssuer } from './issuer.ts';
import { textAt } from '../../test/support/spots.ts';
import { signature } from './signature.ts';
import { reportTitle } from './title.ts';

// The issuer as extract() reads it: with the name reportTitle finds above a heading that names no one.
const issuerOf = (title: string, bodyLines: string[], clues: IssuerClues = {}) =>
  named(title, bodyLines, { nameAbove: reportTitle({ title, meta: {}, allLines: [], bodyLines }).nameAbove, ...clues });
// The name read; where it stands is tested below.
const named = (...args: Parameters<typeof reportIssuer>) => reportIssuer(...args)?.value ?? null;

describe('reportIssuer', () => {
  it('finds the issuer before or after the year, lengthened only by a title-like mention', () => {
    expect(named('某某市交通运输局2021年政府信息公开工作年度报告', [])).toBe('某某市交通运输局');
    expect(named('2019年上海市人民政府办公厅政府信息公开工作年度报告', [])).toBe('上海市人民政府办公厅');
    expect(named('铁岭市2019年度政府信息公开工作报告', ['来源:铁岭市人民政府办公室', '特编制铁岭市人民政府2019年度政府信息公开工作报告。'])).toBe('铁岭市人民政府');
    // A year spelled out in Chinese numerals.
    expect(named('某某县人民政府二〇二一年政府信息公开工作年度报告', [])).toBe('某某县人民政府');
    // A spam mirror's words before its separator.
    expect(named('uedbet体育_uedbet官网@:西柳镇人民政府2023年政府信息公开工作年度报告', [])).toBe('西柳镇人民政府');
    // …or before its bracketed aside, and spam it swapped into the name (fqjz1-shuiwu-2017, the body says 县水务局).
    expect(named('澳门金沙城中心_欧洲杯足球网-【投注官网平台】水务局2017年政府信息公开工作年度报告', [])).toBe('水务局');
    expect(named('投注官网平台水务局2017年政府信息公开工作年度报告', [])).toBeNull();
    // A betting site's words in the body's place (jiangxi-office-2020-mirror: 江西省人民政府办公厅 swapped out, text and all).
    expect(named('bet36体育投注_2024欧洲杯在哪投注#办公厅2020年政府信息公开工作年度报告',
      ['2020年,bet36体育投注_2024欧洲杯在哪投注#办公厅坚持以bet36体育投注:新时代中国特色社会主义思想为指导'])).toBeNull();
    // The state lottery's outlets are named so in a report: a body that runs them is still named (体育彩票投注站管理中心).
    expect(named('某某市体育彩票投注站管理中心2021年政府信息公开工作年度报告', [])).toBe('某某市体育彩票投注站管理中心');
    // …or a brand's Latin letters (vip-ustc-mirror-2023, for 中国科学技术大学).
    expect(issuerOf('图书馆VIP2022-2023学年信息公开工作年度报告', ['发布时间:2023-10-30', '图书馆VIP', '2022-2023学年信息公开工作年度报告', '20231030',
      '本年度报告深入贯彻落实《高等学校信息公开办法》(中华人民共和国教育部令第29号)…精神,按照《图书馆VIP信息公开实施细则》要求,在图书馆VIP2022-2023学年信息公开工作基础上编制而成。'])).toBeNull();
    // A bracket round the name only sets it off; a portal's column before the title is no name, nor are its words and the year.
    expect(named('【金寨县】2021年政府信息公开工作年度报告', [])).toBe('金寨县');
    expect(named('[金寨县]2021年政府信息公开工作年度报告', [])).toBe('金寨县');
    expect(named('金寨县人民政府-【政务公开】2021年政府信息公开工作年度报告', [])).toBeNull();
    // The portal's tag before the name is cut, not glued to it.
    expect(named('【置顶】金寨县2021年政府信息公开工作年度报告', [])).toBe('金寨县');
    expect(named('[转载]金寨县2021年政府信息公开工作年度报告', [])).toBe('金寨县');
    expect(named('【图文】金寨县林业局2021年政府信息公开工作年度报告', [])).toBe('金寨县林业局');
    // A 年 typed twice.
    expect(named('2021年年度某某镇政府信息公开工作年度报告', [])).toBe('某某镇');
    // A document viewer's page number before the title: no name, nor before a title that names no one.
    expect(named('Page 8 - 威海市文登区信访局2022年政府信息公开工作年度报告', [])).toBe('威海市文登区信访局');
    expect(named('Page 9 - 2020年报_审计局', [])).toBeNull();
    expect(named('Page 9 - 2020年政府信息公开工作年度报告', [], { signedBy: '威海市文登区审计局' })).toBe('威海市文登区审计局');
  });

  it('reads the text from the report\'s heading on, however long the portal\'s header, sidebar and info grid above it', () => {
    const shell = ['今天是2026年11月22日 星期日', '铁岭市人民政府', '首页', '走进铁岭市', '政务公开', '政务服务', '互动交流', '当前位置：首页 > 政府信息公开 > 政府信息公开年报',
      '热点新闻', '市政府召开第45次常务会议2026-11-20', '全市冬季安全生产工作会议召开2026-11-18', '图片新闻', '市领导调研重点项目建设[2026-11-19]',
      '索引号：', '11211200MB1234567X/2023-00012', '主题分类：', '政务公开', '发布机构：', '铁岭市人民政府办公室', '名称：', '铁岭市2019年度政府信息公开工作报告'];
    const article = ['铁岭市2019年度政府信息公开工作报告', '按照《中华人民共和国政府信息公开条例》要求,特编制铁岭市人民政府2019年度政府信息公开工作报告。', '一、总体情况'];
    expect(named('铁岭市2019年度政府信息公开工作报告', [...shell, ...article])).toBe('铁岭市人民政府');
  });

  it('takes the issuer from the line above a title that names no one', () => {
    expect(issuerOf('关于2021年度政府信息公开工作的年度报告', ['发布时间：2022-01-25', '盐边县新九镇人民政府', '关于2021年度政府信息公开工作的年度报告', '一、总体情况']))
      .toBe('盐边县新九镇人民政府');
    expect(issuerOf('2021年政府信息公开工作年度报告', ['五常市民意乡', '2021年政府信息公开工作年度报告'])).toBe('五常市民意乡');
    // A notice that carries the report: the name after 关于印发, else the body that publishes it.
    expect(named('某某县人民政府办公室关于印发《某某县2021年政府信息公开工作年度报告》的通知', [])).toBe('某某县');
    expect(named('某某县人民政府办公室关于公布2015年政府信息公开工作年度报告的通知', [])).toBe('某某县人民政府办公室');
    // …unless the report's own title after the year names its body (moe-2017).
    expect(named('教育部办公厅关于2017年教育部政府信息公开工作年度报告的公告', [])).toBe('教育部');
    // …not the townships of its place together, whose roundup the publishing body issues.
    expect(named('某县人民政府办公室关于2022年某县乡镇政府信息公开工作年度报告的通知', [])).toBe('某县人民政府办公室');
    expect(named('某区人民政府办公室关于2022年某区各街道政府信息公开工作年度报告的通知', [])).toBe('某区人民政府办公室');
    expect(named('某县人民政府办公室关于公布2022年某县各乡镇人民政府政府信息公开工作年度报告的通知', [])).toBe('某县人民政府办公室');
    expect(named('某区人民政府办公室关于2022年某区各街道办事处政府信息公开工作年度报告的通知', [])).toBe('某区人民政府办公室');
    expect(named('某市人民政府办公室关于公布2022年某市各县(市、区)人民政府政府信息公开工作年度报告的通知', [])).toBe('某市人民政府办公室');
    // A covering letter that sends the report up: the body that sends it (spp-2020), not the verb.
    expect(named('平潭综合实验区苏平片区管理局关于报送2020年度政府信息公开工作年度报告的函', [])).toBe('平潭综合实验区苏平片区管理局');
    expect(named('某镇人民政府关于上报2022年政府信息公开工作年度报告的报告', [])).toBe('某镇人民政府');
    // A breadcrumb is not a name.
    expect(issuerOf('2021年政府信息公开工作年度报告', ['首页 > 统计局', '2021年政府信息公开工作年度报告'])).toBeNull();
    // A centre's name, above a title that follows a long menu (a menu's 政府信息公开年报 is no title).
    const menu = ['首页', '政务公开', '政府信息公开年报', ...Array.from({ length: 30 }, (_, i) => `栏目${i}`)];
    expect(issuerOf('2021年政府信息公开工作年度报告', [...menu, '阿城区机关后勤服务中心', '2021年政府信息公开工作年度报告'])).toBe('阿城区机关后勤服务中心');
    // The article's own copy of the heading, the body's name above it, under the portal's (the site's logo above that).
    const songmutang = ['桃江县人民政府', '2022年政府信息公开工作年度报告', '桃江县松木塘镇人民政府', '2022年政府信息公开工作年度报告', '一、总体情况'];
    expect(issuerOf('桃江县人民政府', songmutang)).toBe('桃江县松木塘镇人民政府');
  });

  it('names the issuer of a title without a year, but never a template-essay site\'s 乡镇; else who compiled it, signed it or published it', () => {
    expect(named('驼峰路街道办事处政府信息公开工作年度报告', [])).toBe('驼峰路街道办事处');
    expect(named('2021年乡镇政府信息公开工作年度报告范文', [], { signedBy: '城关镇人民政府' })).toBe('城关镇人民政府');
    // …nor a 旗's or 盟's word alone, as a 县's (names.ts LEVELS: Inner Mongolia's 旗 and 盟 stand for 县 and 市).
    expect(named('旗人民政府2021年政府信息公开工作年度报告', [], { signedBy: '鄂托克旗人民政府' })).toBe('鄂托克旗人民政府');
    expect(named('我旗2021年政府信息公开工作年度报告', [], { signedBy: '鄂托克旗人民政府' })).toBe('鄂托克旗人民政府');
    expect(named('政府信息公开工作年度报告', ['正文'], { signedBy: '某某县农业农村局' })).toBe('某某县农业农村局');
    expect(named('2014年政府信息公开工作年度报告', ['本报告由伊宁县人民政府办公室根据《条例》要求编制。'])).toBe('伊宁县人民政府');
    // A body of two names, its second in brackets (hangzhou-jianggan-spb-2017): not the district whose notice it follows.
    const jianggan = '本年报是根据《中华人民共和国政府信息公开条例》和《江干区人民政府办公室关于认真做好政府信息公开工作年度报告的通知》要求,'
      + '由江干区行政审批服务管理办公室(公共资源交易管理委员会办公室)编制的2017年度政府信息公开工作年度报告。';
    expect(named('', [jianggan, '一、概述'])).toBe('江干区行政审批服务管理办公室');
    const huanghua = '本报告由黄花乡人民政府办公室按照《中华人民共和国政府信息公开条例》第五十条规定、《宁夏回族自治区实施<中华人民共和国政府信息公开条例>办法》'
      + '《自治区人民政府政务公开办公室关于转发国务院办公厅政府信息与政务公开办公室有关文件并做好政府信息公开工作年度报告有关事项的通知》要求,结合我乡实际进行编制。';
    expect(named('泾源县人民政府', [huanghua])).toBe('黄花乡人民政府');
    const maoershan = '本报告依据新修订的《中华人民共和国政府信息公开条例》…有关规定,在认真总结2020年帽儿山镇政府信息公开工作的基础上,编制了此报告。';
    expect(named('尚志市人民政府', [maoershan])).toBe('帽儿山镇');
    expect(named('某县人民政府', [maoershan.replace('帽儿山镇', '全县')])).toBeNull();
    expect(named('2021年政府信息公开工作年度报告', ['根据…的通知要求,现向社会公开上思县南屏瑶族乡2021年政府信息公开工作年度报告'])).toBe('上思县南屏瑶族乡');
    expect(named('2022年信息公开工作年度报告', ['根据《中华人民共和国政府信息公开条例》的有关规定,现向社会公布2022年卯都乡信息公开工作年度报告'])).toBe('卯都乡');
    // A 文库 template's kind of body and its placeholders name no one (wnwk-yiyuan-2023), nor its signature's.
    const wenku = '本年度报告根据中华人民共和国政府信息公开条例要求,由xx县中医院编制完成。本年度报告中所列数据的统计期限自2023年1月1日起至12月31日止。';
    expect(named('2023医院政府信息公开工作年度报告-汇文网', ['医院政府信息公开工作年度报告', wenku])).toBeNull();
    expect(named('2023医院政府信息公开工作年度报告', [wenku.replace('xx县', '舒兰市')])).toBe('舒兰市中医院');
    expect(named('XX年政府信息公开工作年度报告', ['正文'], { signedBy: 'XX县农业农村局' })).toBeNull();
    // The whole county is no one.
    expect(named('关于全县2021年度政务公开工作情况的报告', ['正文'])).toBeNull();
    // A placeholder for the body itself, not only for its place.
    expect(named('XX局2021年政府信息公开工作年度报告', ['正文'], { signedBy: 'XX局' })).toBeNull();
    expect(named('××卫生院2021年政府信息公开工作年度报告', ['正文'])).toBeNull();
    // …but a later clue may name the body: the signature under a placeholder above the title, the portal's publisher under a placeholder's signature.
    expect(named('XX年政府信息公开工作年度报告', ['正文'], { nameAbove: 'XX县农业农村局', signedBy: '某某县农业农村局' })).toBe('某某县农业农村局');
    expect(named('2021年政府信息公开工作年度报告', ['正文'], { signedBy: 'XX县农业农村局', publishedBy: () => ({ value: '某某县农业农村局', at: null }) })).toBe('某某县农业农村局');
    // 我局, 本单位, 本级政府 name no one.
    expect(named('2014年政府信息公开工作年度报告', ['本报告由我局办公室负责编制。'])).toBeNull();
    expect(named('2021年本级政府信息公开工作年度报告', ['现向社会公布2021年本级政府信息公开工作年度报告'])).toBeNull();
    expect(named('2021年政府信息公开工作年度报告', [], { publishedBy: () => publisher(['索引号：', '发布机构：', '来凤县政务服务和大数据管理局']) }))
      .toBe('来凤县政务服务和大数据管理局');
    expect(publisher(['发布机构：来凤县政务服务和大数据管理局　', '生成日期：2022-01-24'])?.value).toBe('来凤县政务服务和大数据管理局');
    // The date line with the other labels after the date.
    expect(publisher(['发布时间：2023-01-20　发布机构：隆德县观庄乡人民政府　浏览次数：36'])?.value).toBe('隆德县观庄乡人民政府');
  });

  it('takes the body a sentence naming the report names, however it puts the report, and the fuller name the text gives a dated heading\'s', () => {
    const longhua = '根据《中华人民共和国政府信息公开条例》,现将深圳市市场监督管理局龙华监管局(以下简称龙华局)2023年信息公开年度报告进行公布。';
    expect(named('信息公开年度报告', [longhua])).toBe('深圳市市场监督管理局龙华监管局');
    // The note saying more than the short name, after a comma (广东税务's template, tax-foshan-2021).
    const foshan = '根据《中华人民共和国政府信息公开条例》,特向社会公布国家税务总局佛山市税务局(以下简称“佛山市税务局”,下文类同)2021年政府信息公开工作年度报告。';
    expect(named('政府信息公开工作年度报告', [foshan])).toBe('国家税务总局佛山市税务局');
    // The report's title opening the sentence that says how it was compiled.
    for (const opening of ['乐山高新区管委会2010年年报根据《条例》和《实施办法》规定进行编制。全文包括概述等7个部分。',
      '乐山高新区管委会2010年政府信息公开工作年度报告根据《条例》规定编制。', '乐山高新区管委会2010年政府信息公开工作年度报告(以下简称年报)是根据《条例》编制的。']) {
      expect(named('2010年政府信息公开工作年度报告', [opening]), opening).toBe('乐山高新区管委会');
    }
    expect(named('2010年政府信息公开工作年度报告', ['2010年度报告根据国务院办公厅2009年度报告格式编制。'])).toBeNull();
    const maoping = ['按照镇安县人民政府办公室《关于做好2022年度政府信息公开年度报告编制公布工作的通知》文件要求,现将茅坪回族镇2022年度政府信息公开工作报告如下:'];
    expect(named('镇安县人民政府', maoping, { publishedBy: () => ({ value: '镇安县政府', at: null }) })).toBe('茅坪回族镇');
    const gaolou = ['高楼镇2018年度政府信息公开年度报告', '本报告是根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,由高楼镇人民政府编制的2018年度政府信息公开年度报告。', '一、概述'];
    expect(issuerOf('高楼镇2018年度政府信息公开年度报告', gaolou)).toBe('高楼镇人民政府');
    // The 公开 of an office's name (政务公开工作领导小组办公室) puts forward nothing: the verb done after it does (js-qingjiangpu-2021).
    const qingjiangpu = '根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定和国务院办公厅政府信息与政务公开办公室《关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔2019〕60号)及省、市、区政务公开工作要求,清江浦区政务公开工作领导小组办公室编制了清江浦区人民政府2021年度政府信息公开工作年度报告。';
    expect(named('政府信息公开工作年度报告', [qingjiangpu])).toBe('清江浦区人民政府');
    // Any office's words are cut from who compiled it (信息公开办), as from a contact sentence's: the body is the government
    // the title names by its place (07-jinan-fz-2016).
    const jinan = '…(榕政办〔2016〕237号)要求,由福州市晋安区人民政府信息公开办编制。本报告全文包括概述、主动公开政府信息情况、政府信息依申请公开办理情况…';
    expect(named('福州市晋安区2016年政府信息公开工作年度报告', [jinan])).toBe('福州市晋安区人民政府');
    // A school's 校长办公室 compiles the school's report, as a contact sentence's names the school (xacxxy-2025, its title left out).
    const xacxxy = '本年度报告由延安大学西安创新学院校长办公室编制,所列统计数据的时间为2024年9月1日至2025年8月31日。';
    expect(named('信息公开工作年度报告', [xacxxy])).toBe('延安大学西安创新学院');
  });

  it('takes the body the provinces\' template wordings name: 由X结合有关统计数据编制 (江西), 结合X…有关统计数据撰写 (安徽)', () => {
    const zgsr = '本报告依据《中华人民共和国政府信息公开条例》(国务院令第711号,以下简称新《条例》),由上饶市教育局结合有关统计数据编制。本年度报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。';
    expect(named('政府信息公开工作年度报告', [zgsr])).toBe('上饶市教育局');
    // Compiled by the bureau's 信息中心: the bureau's report (yuanzhou-scjgj-2019).
    expect(named('2019年政府信息公开工作年度报告', ['本报告依据《中华人民共和国政府信息公开条例》(简称《条例》)、《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔2019〕60号)等相关文件要求,由袁州区市场监督管理局信息中心结合有关统计数据编制而成。']))
      .toBe('袁州区市场监督管理局');
    const jinghu = '本报告依据《中华人民共和国政府信息公开条例》(国务院令第711号,以下简称《条例》)和《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》'
      + '(国办公开办函〔2021〕30号)要求,结合国家税务总局芜湖市镜湖区税务局(以下简称“镜湖区税务局”)政府信息公开工作有关统计数据撰写。';
    expect(named('政府信息公开工作年度报告', [jinghu])).toBe('国家税务总局芜湖市镜湖区税务局');
    expect(named('政府信息公开工作年度报告', ['本报告结合合肥市教育局政府信息公开工作有关统计数据撰写。'])).toBe('合肥市教育局');
    // Its year's work, the same (zigong-swj-2022, whose page has no title).
    const zigong = '…的要求,结合自贡市商务局2022年政府信息公开工作实际,编制发布本报告。本年度报告所列数据的统计期限从 2022年1月1日到12月31日止。';
    expect(named('政府信息公开工作年度报告', [zigong])).toBe('自贡市商务局');
    expect(named('政府信息公开工作年度报告', ['结合全县2022年政府信息公开工作实际,编制本报告。'])).toBeNull();
    // The statistics of the whole place, or of a year's work, name no one.
    expect(named('政府信息公开工作年度报告', ['本报告结合全区政府信息公开工作有关统计数据撰写。'])).toBeNull();
    expect(named('政府信息公开工作年度报告', ['本报告结合2022年度政府信息公开工作有关统计数据编制。'])).toBeNull();
  });

  it('takes the body a clause says compiled its own year\'s report (hlx-scjg-2022, whose page has no heading)', () => {
    const hlx = ['根据黄龙县人民政府办公室《关于做好2022年政府信息公开年度报告的通知》要求,黄龙县市场监督管理局结合单位实际,编制本单位2022年度政务公开工作年度报告。',
      '一、总体情况'];
    expect(named('', hlx)).toBe('黄龙县市场监督管理局');
    // Compiling something other than the year's report, or a body of no one's name, names no issuer.
    expect(named('', ['根据县政府要求,黄龙县市场监督管理局结合单位实际,编制了政务公开工作要点。', '一、总体情况'])).toBeNull();
    expect(named('', ['根据上级要求,区政府办公室结合工作实际,编制2022年度政府信息公开工作年度报告。', '一、总体情况'])).toBeNull();
    // …or straight after its name, as 山东's xxgkAnnualReport pages, headed by no title, say it (sd-zoucheng-tangcun-2020).
    const tangcun = '根据《中华人民共和国政府信息公开条例》和《关于政府信息公开工作年度报告有关事项的通知》要求,唐村镇政府编制2020年政府信息公开年度报告。全文包括:总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六个部分。';
    expect(named('', [tangcun, '一、总体情况'])).toBe('唐村镇政府');
    // A body another has compile its report is not named in a clause of its own: no name holds what one body does to another.
    expect(named('', ['本报告根据《条例》要求编制。', '年初,县政务公开办督促县市场监督管理局编制2021年度政府信息公开工作年度报告。'])).toBeNull();
    // …a 街道 too, and one whose name holds a character beyond the common block (㮾梨街道, 长沙县: 㮾 is U+3BBE).
    expect(named('', ['本报告根据《条例》要求编制。', '年初,县政务公开办督促㮾梨街道编制2021年度政府信息公开工作年度报告。'])).toBeNull();
    const zhongbu = '本年度报告是根据修订后《中华人民共和国政府信息公开条例》要求,按照中华人民共和国政府信息公开年度报告格式(试行),由中埠镇人民政府编制2020年政府信息公开年度报告。';
    expect(named('', [zhongbu, '一、总体情况'])).toBe('中埠镇人民政府');
    expect(named('', ['根据上级要求,区政府办公室编制2022年度政府信息公开工作年度报告。', '一、总体情况'])).toBeNull();
    // 特编制 straight after its name (shaoxing-yuecheng-donghu-2023); 编制完成 the report's quoted title (guangyuan-cangxi-wenchang-2022).
    expect(named('', ['根据《中华人民共和国政府信息公开条例》的要求,绍兴市越城区东湖街道特编制2023年政府信息公开年度报告。', '一、总体情况'])).toBe('绍兴市越城区东湖街道');
    expect(named('', ['根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和有关政府信息公开有关规定。我镇编制完成《苍溪县文昌镇2022年政府信息公开工作年度报告》(以下简称《年报》)。', '一、总体情况'])).toBe('苍溪县文昌镇');
    // …and the year before the name, unquoted (编制完成2022年…镇政府信息公开工作年度报告, from a helper's page, session 32).
    expect(named('', ['我镇编制完成2022年苍溪县文昌镇政府信息公开工作年度报告。', '一、总体情况'])).toBe('苍溪县文昌镇');
    // Such a body is who compiled it: an office compiles its body's report (reviewer, session 21), and the year it compiled
    // must be a report's, not a 工作要点's.
    const office = '黄龙县人民政府办公室根据《中华人民共和国政府信息公开条例》规定，编制2022年度黄龙县政府信息公开工作年度报告。';
    expect(named('黄龙县2022年政府信息公开工作年度报告', [office, '一、总体情况'])).toBe('黄龙县人民政府');
    expect(named('', ['根据县政府要求,黄龙县政务公开办公室结合工作实际,编制2022年度全县政务公开工作要点。', '一、总体情况'])).toBeNull();
  });

  it('takes the body an office compiles the report for, the office itself only where the title names it', () => {
    const chagan = '本年度报告根据《中华人民共和国政府信息公开条例》及温泉县政府办公室下发《关于转发<国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知>的通知》文件要求,由查干屯格乡人民政府党政办公室编制。';
    expect(named('温泉县人民政府', [chagan])).toBe('查干屯格乡人民政府');
    expect(named('伊宁县2014年政府信息公开工作年度报告', ['根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,由伊宁县人民政府办公室编制。'])).toBe('伊宁县人民政府');
    expect(named('上海市人民政府办公厅2019年政府信息公开工作年度报告', ['本报告由上海市人民政府办公厅根据《条例》编制。'])).toBe('上海市人民政府办公厅');
    // A title naming no year may be the portal's 年报 column: who the text says compiled the report comes first.
    const liangcheng = '本报告是根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,由两城镇人民政府党政办公室编制。';
    for (const portal of ['微山县人民政府 政府信息公开年报', '微山县人民政府_政府信息公开工作年度报告', '微山县政府信息公开年报']) {
      expect(named(portal, [liangcheng]), portal).toBe('两城镇人民政府');
    }
    // A title naming no year in the report's own words names its issuer, the office too.
    const yining = '本报告由伊宁县人民政府办公室根据《条例》要求编制。';
    expect(named('伊宁县人民政府办公室政府信息公开工作年度报告', [yining])).toBe('伊宁县人民政府办公室');
    expect(named('驼峰路街道办事处政府信息公开工作年度报告', ['本报告由雁塔区政务公开办公室编制。'])).toBe('驼峰路街道办事处');
    // The report's own title spaced apart is still the report's, not a portal's.
    expect(named('驼峰路街道办事处 政府信息公开工作年度报告', ['本报告由雁塔区政务公开办公室编制。'])).toBe('驼峰路街道办事处');
    // A section of the office compiles it (jsxishan-houqiao-2023): the office's body still.
    const houqiao = '本年度报告是根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和区政府办公室《区政府办公室关于切实做好2023 年政府信息公开年度报告编制发布工作的通知》,'
      + '国务院办公厅政府信息与政务公开办公室下发的《中华人民共和国政府信息公开工作年度报告格式》的要求,由无锡市锡山区人民政府厚桥街道党政办公室综合科编制。';
    expect(named('政府信息公开工作年度报告', [houqiao])).toBe('无锡市锡山区人民政府厚桥街道');
    expect(named('政府信息公开工作年度报告', ['本报告由上饶市教育局办公室综合科编制。'])).toBe('上饶市教育局');
    // The signature names the office: it issues the report.
    expect(named('2022年政府信息公开工作年度报告', [yining], { signedBy: '伊宁县人民政府办公室' })).toBe('伊宁县人民政府办公室');
    expect(named('伊宁县2022年政府信息公开工作年度报告', [yining], { signedBy: '伊宁县人民政府办公室' })).toBe('伊宁县人民政府办公室');
  });

  it('ends the title\'s name where the report\'s words or a bracketed note before the year or at the end begin', () => {
    expect(named('2024年合水镇人民政府信息公开工作年度报告', [])).toBe('合水镇人民政府');
    // The portal's column year before the title, its 年 left out (湖口县 hukou.gov.cn dlx t20260109_7145985).
    expect(named('2025湖口县大垅乡2025年度政府信息公开工作年度报告', [])).toBe('湖口县大垅乡');
    // A body that is no place's government (changchun-gongzhuling-cl-2025, on the 长春 portal) leaves the report its 政府; a place keeps its own.
    expect(named('市残联政府信息公开工作年度报告', [])).toBe('市残联');
    // …and the text gives the short name its full one.
    const gongzhuling = '2025年,公主岭市残疾人联合会(以下简称 “市残联”)在市委、市政府的坚强领导下,严格遵循《中华人民共和国政府信息公开条例》要求,聚焦工作透明化建设';
    expect(named('市残联政府信息公开工作年度报告', [gongzhuling])).toBe('公主岭市残疾人联合会');
    // The full name starts after the clause's words that are no name's: a time, a verb, the 与 joining it to a body named before.
    expect(named('市残联政府信息公开工作年度报告', [gongzhuling.replace('2025年,', '本年度')])).toBe('公主岭市残疾人联合会');
    expect(named('市残联政府信息公开工作年度报告', [gongzhuling.replace('2025年,', '现就')])).toBe('公主岭市残疾人联合会');
    const fgw = '为贯彻落实《条例》,国家发展和改革委员会(以下简称“发改委”)与市发展和改革委员会(以下简称“市发改委”)联合部署年度报告编制工作。';
    expect(named('市发改委2021年政府信息公开工作年度报告', [fgw])).toBe('市发展和改革委员会');
    // Review 3: a county named 和县 keeps its 和; a name holding 指导 or 组织 that acts on no body keeps them.
    expect(named('县医保局2021年政府信息公开工作年度报告', ['2021年,和县医疗保障局(以下简称“县医保局”)认真贯彻落实《条例》。'])).toBe('和县医疗保障局');
    expect(named('县医保局2021年政府信息公开工作年度报告', ['本年度和县医疗保障局(以下简称“县医保局”)认真贯彻落实《条例》。'])).toBe('和县医疗保障局');
    expect(named('市就业中心2021年政府信息公开工作年度报告', ['宜昌市就业训练指导中心(以下简称“市就业中心”)认真贯彻落实《条例》。'])).toBe('宜昌市就业训练指导中心');
    expect(named('区社会组织中心2021年政府信息公开工作年度报告', ['朝阳区社会组织服务中心(以下简称“区社会组织中心”)认真贯彻落实《条例》。'])).toBe('朝阳区社会组织服务中心');
    expect(named('2019年铁岭县人民政府信息公开工作年度报告', [])).toBe('铁岭县人民政府');
    expect(named('海关总署(本级机关)2020年政府信息公开工作年度报告', [])).toBe('海关总署');
    expect(named('海关总署（本级机关）政府信息公开工作年度报告', [])).toBe('海关总署');
    // Which of its own offices a body's report covers is a note too (a reviewer's titles, as 统计局/税务局 reports word them).
    expect(named('某某县统计局(局机关)2020年政府信息公开工作年度报告', [])).toBe('某某县统计局');
    expect(named('某某市公安局(本局)2020年政府信息公开工作年度报告', [])).toBe('某某市公安局');
    expect(named('国家税务总局某某市税务局（含派出机关）2020年政府信息公开工作年度报告', [])).toBe('国家税务总局某某市税务局');
    // A customs house's report for its district is the customs house's (customs.gov.cn: 广州海关关区2023年…, its text
    // 梳理编制广州海关关区2023年政府信息公开工作年报 … 请联系广州海关办公室政务公开和信访科; 重庆海关关区2020年政府信息公开年报).
    expect(named('广州海关关区2023年政府信息公开工作年度报告', ['梳理编制广州海关关区2023年政府信息公开工作年报。'])).toBe('广州海关');
    expect(named('重庆海关关区2020年政府信息公开年报', [])).toBe('重庆海关');
    expect(named('和平镇政府信息公开工作年度报告（2022年）', [])).toBe('和平镇');
    // A body's name in the bracket is joined to the name before it: the park and its 镇 report as one (su-jinfeng-2024, su-xushuguan-2023).
    expect(named('冶金工业园(锦丰镇)2024年政府信息公开工作年度报告', [])).toBe('冶金工业园(锦丰镇)');
    expect(named('浒墅关经开区(镇)2023年度政府信息公开工作年度报告', [])).toBe('浒墅关经开区(镇)');
    expect(named('政府信息公开工作年度报告（2022年度）', [])).toBeNull();
    expect(named('重庆市大足区人民政府外事办公室政府信息公开工作2022年度报告', [])).toBe('重庆市大足区人民政府外事办公室');
    // 政务信息公开 is the report's words as 政府信息公开 is (xz-sjt-2025 as a title naming no year, or naming it first).
    expect(named('西藏自治区审计厅政务信息公开工作开展年度报告', [])).toBe('西藏自治区审计厅');
    expect(named('2025年西藏自治区审计厅政务信息公开工作开展年度报告', [])).toBe('西藏自治区审计厅');
    expect(named('中山大学2023—2024学年信息公开年度报告', [])).toBe('中山大学');
    // A 学年's two years are one, however written: the name stands before or after both, never between them
    // (ustc-tsg211-2021, a real 安徽财贸职业学院2021-2022年度…).
    expect(named('2020-2021学年信息公开工作年度报告', [])).toBeNull();
    expect(named('安徽财贸职业学院2021-2022年度信息公开工作年度报告', [])).toBe('安徽财贸职业学院');
    expect(named('2021—2022年度某某大学信息公开工作年度报告', [])).toBe('某某大学');
    // A year that lost its 年, after the name or opening the title; a list's bullet before it.
    expect(named('西藏自治区政府国资委2020政府信息公开工作年度报告', [])).toBe('西藏自治区政府国资委');
    expect(named('2009上海市政府信息公开工作年度报告', [])).toBe('上海市');
    expect(named('2022政府信息公开工作年度报告', [])).toBeNull();
    expect(named('• 2016年北京市海淀区发展和改革委员会政府信息公开年度报告', [])).toBe('北京市海淀区发展和改革委员会');
    // A portal's name is no title: 资阳市人民政府信息公开 names no report.
    expect(named('资阳市人民政府信息公开', [])).toBeNull();
    // A bracket inside the name is part of it, as the body writes it.
    expect(named('中国（上海）自由贸易试验区临港新片区管理委员会2022年政府信息公开工作年度报告', [])).toBe('中国(上海)自由贸易试验区临港新片区管理委员会');
  });

  it('names the issuer in full where the text states it: a place before the title\'s name, its 办事处 or 人民政府 after it', () => {
    expect(named('沙巴体育_沙巴体育app$官网平台:第三中学2022年政府信息公开工作年度报告',
      ['根据《中华人民共和国政府信息公开条例》(国务院令第711号)规定,现发布《安徽省涡阳第三中学2022年政府信息公开工作年度报告》。'])).toBe('安徽省涡阳第三中学');
    // 形成 with the report's quoted title, the page untitled (haicheng.gov.cn 海城市卫生健康局 2025); not what else a body forms.
    expect(named('', ['2025年,海城市卫生健康局认真贯彻落实《中华人民共和国政府信息公开条例》相关规定,积极做好政府信息公开的各项工作。现形成《海城市卫生健康局2025年政府信息公开工作年度报告》,本报告中所列数据的统计期限从2025年1月1日至12月31日。']))
      .toBe('海城市卫生健康局');
    expect(named('', ['2025年,我局形成了完善的信息发布审核机制。'])).toBeNull();
    expect(named('建章路街道2022年政府信息公开工作年度报告', ['本年度报告是根据《中华人民共和国政府信息公开工作年度报告格式》的要求,由建章路街道办事处编制。']))
      .toBe('建章路街道办事处');
    // Both: the place before and the 办事处 after (huaihua-yuanjianglu-2023).
    expect(named('2023年度沅江路街道信息公开工作报告', ['本报告是根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,由洪江区沅江路街道办事处编制的2023年度政府信息公开年度报告。']))
      .toBe('洪江区沅江路街道办事处');
    // A mirror's words before the name are no place.
    expect(named('溪下乡2017年政府信息公开工作年度报告', ['根据《中华人民共和国政府信息公开条例》要求,现公布puroview.com溪下乡2017年政府信息公开工作年度报告。'])).toBe('溪下乡');
    // Nor the words of the clause before a 现将 whose comma the page lost (lanzhou-2020).
    expect(named('兰州市2020年政府信息公开工作年度报告', ['根据新修订的《中华人民共和国政府信息公开条例》(以下简称《条例》)精神,按照《甘肃省人民政府信息公开办公室关于做好2020年政府信息公开工作年度报告有关事项的通知》要求,综合各区、县人民政府和市政府各部门、各直属机构的政府信息公开工作报告编制此报告现将兰州市2020年政府信息公开工作情况报告如下:']))
      .toBe('兰州市');
    // A place typed twice is written once.
    expect(named('北京市大兴区发展和改革委员会2010年度政府信息公开年度报告',
      ['本报告是根据《中华人民共和国政府信息公开条例》要求,由北京市大兴区北京市大兴区发展和改革委员会编制的2010年度政府信息公开年度报告。'])).toBe('北京市大兴区发展和改革委员会');
    // A place's 政务公开领导小组办公室 compiling the report it names: the report is that body's (huaian-qingjiangpu-2019-scqsfz).
    expect(named('', ['根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定和国务院办公厅政府信息与政务公开办公室《关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔2019〕60号)及省、市、区政务公开工作要求,清江浦区政务公开领导小组办公室编制了2019年清江浦区人民政府信息公开工作年度报告。']))
      .toBe('清江浦区人民政府');
    // Naming no report's body, the place's leading group's office compiles its place's: the district's (nanning-liangqing-2020-proxy),
    // not a zone's (its body is no government's) nor one within a body (…局政务公开办公室 is the 局's).
    const liangqing = '本报告是根据《中华人民共和国政府信息公开条例》(以下简称《条例》),由南宁市良庆区政务公开工作领导小组办公室编制。报告全文包括本年度政府信息公开工作的总体情况,主动公开政府信息情况';
    expect(named('', [liangqing])).toBe('南宁市良庆区');
    expect(named('', [liangqing.replace('南宁市良庆区', '南宁经济技术开发区')])).not.toBe('南宁经济技术开发区');
    expect(named('', [liangqing.replace('南宁市良庆区', '南宁市良庆区教育局')])).toBe('南宁市良庆区教育局');
    // Nor the words of a title the text runs into the next (a document site's copy, suixian-kfq-2019-wnwk).
    expect(named('随县经济开发区2019年政府信息公开工作年度报告', ['随县经济开发区2019年政府信息公开工作年度报告随县经济开发区2019年政府信息公开工作年度报告2019年,随县经济开发区在县委、县政府的正确领导下,认真贯彻落实《条例》和中央、省、市、县工作部署要求,现公布随县经济开发区(以下简称县开发区)2019年政府信息公开工作年度报告。']))
      .toBe('随县经济开发区');
    // Another body's statement does not lengthen the name: 参事室政府信息公开 is the 参事室's.
    expect(named('2022年上海市人民政府参事室政府信息公开工作年度报告', ['现将2022年上海市人民政府参事室政府信息公开工作报告如下:'])).toBe('上海市人民政府参事室');
    // A name that opens with its level alone takes the place the text puts before it, after the year opening a sentence
    // (孝感市政府研究室's 2019 report, xiaogan.gov.cn), or alone with it on a line, the text naming the place elsewhere too;
    // not words that are no place.
    const xiaogan = ['市政府研究室2019年政府信息公开', '工作年度报告', '根据修订后的《中华人民共和国政府信息公开条例》(以下简称《条例》),特向社会公布2019年度市政府研究室信息公开年度报告。',
      '一、总体情况', '经信息汇总梳理,2019年孝感市政府研究室主动公开信息16条,收到依申请公开请求2件,按时办结2件,上传《孝感市人民政府公报》3期(因机构改革,编辑公报职能划入市政府办公室)、《发展研究》5期。'];
    expect(named('市政府研究室2019年政府信息公开工作年度报告', xiaogan)).toBe('孝感市政府研究室');
    expect(named('市政府研究室2019年政府信息公开工作年度报告', [...xiaogan.slice(0, 4), '其电子版可在“孝感市门户网站”下载。', '孝感市政府研究室', '2020年1月15日'])).toBe('孝感市政府研究室');
    expect(named('市政府研究室2019年政府信息公开工作年度报告', [...xiaogan.slice(0, 4), '2019年,积极配合市政府研究室完成调研。', '2019年,全市政府研究室系统…'])).toBe('市政府研究室');
    // Nor a time (以来, 上半年), however often the text says it, nor a name whose 市 is 市场's (reviewer, session 21).
    expect(named('市政府研究室2019年政府信息公开工作年度报告', [...xiaogan.slice(0, 4), '2019年以来市政府研究室认真贯彻落实《条例》。', '2019年以来市政府研究室主动公开信息16条。'])).toBe('市政府研究室');
    expect(named('市政府研究室2019年政府信息公开工作年度报告', [...xiaogan.slice(0, 4), '2019年上半年市政府研究室完成调研。', '2019年上半年市政府研究室主动公开信息8条。'])).toBe('市政府研究室');
    expect(named('市场监督管理局2022年政府信息公开工作年度报告', ['2022年,加强市场监督管理局信息公开。', '2022年,加强市场监管执法信息公开。'])).toBe('市场监督管理局');
  });

  it('reads who compiled the report from the article\'s opening where it has no heading, however long the portal\'s header above it', () => {
    const shell = ['今天是2026年11月22日 星期日 无障碍 长者模式', '泾源县人民政府', '首页', '走进泾源', '政务公开', '政务服务', '互动交流', '专题专栏', '搜索',
      '当前位置：首页 > 政务公开 > 政府信息公开年报', '通知公告', '关于做好冬季供暖工作的通知', '2026-11-19', '泾源县2026年秋季征兵公告', '2026-11-02', '发布时间：2023-01-30'];
    const text = ['一、总体情况', '2022年，我乡深入贯彻落实《条例》，全面推进政务公开。', '二、主动公开政府信息情况'];
    const opened = (opening: string) => named('泾源县人民政府', [...shell, opening, ...text]);
    expect(opened('本报告由泾源县人民政府办公室根据《中华人民共和国政府信息公开条例》要求编制。')).toBe('泾源县人民政府');
    // The report's title run into its first paragraph, set apart by a space; with or without 编制 after it.
    expect(opened('黄花乡人民政府2022年政府信息公开工作年度报告　根据《中华人民共和国政府信息公开条例》和国务院办公厅有关要求，编制本报告。')).toBe('黄花乡人民政府');
    expect(opened('黄花乡人民政府2022年政府信息公开工作年度报告　根据《中华人民共和国政府信息公开条例》要求，现将2022年度工作情况报告如下：')).toBe('黄花乡人民政府');
    // A sentence that puts the report forward, cut before its end (no 。), opens the text too.
    expect(opened('按照县政府办公室《关于做好2022年度政府信息公开年度报告编制公布工作的通知》要求,现将茅坪回族镇2022年度政府信息公开工作报告如下:')).toBe('茅坪回族镇');
    // The State Council's office, whose format the report follows, is never the issuer; nor is an office of no one's.
    expect(opened('根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室2021年印发的年度报告格式，编制本报告。')).toBeNull();
    expect(opened('本报告按照由国务院办公厅政府信息与政务公开办公室编制的年度报告格式编写。')).toBeNull();
  });

  it('takes the name after the second of two joined verbs (涵江区人社局 2023, pthj.gov.cn t20240109_1897520)', () => {
    const hanjiang = ['根据《中华人民共和国政府信息公开条例》《国务院办公厅政府信息与政务公开办公室关于印发中华人民共和国政府信息公开工作年度报告格式的通知》及政府信息公开工作相关文件要求,我局编制并向社会公开莆田市涵江区人力资源和社会保障局2023年度政府信息公开工作年度报告。', '一、总体情况'];
    expect(named('', hanjiang)).toBe('莆田市涵江区人力资源和社会保障局');
    // Whatever says how between the verbs (海南省地震局 2024's 编制并依法公开, 国家林业和草原局's 编制并在政府网站公开发布了),
    // the second done or not: the review's wordings on 涵江's sentence.
    for (const joined of ['编制并予以公开', '编制并依法公开', '编制并向社会发布了', '编制并在政府网站公开发布了']) {
      expect(named('', [hanjiang[0]!.replace('编制并向社会公开', joined), hanjiang[1]!])).toBe('莆田市涵江区人力资源和社会保障局');
    }
  });

  it('takes no name from the title of another document the text says the body published (bj-dongcheng-fgw-2021)', () => {
    const dongcheng = ['依据《中华人民共和国政府信息公开条例》(以下简称《政府信息公开条例》)第五十条规定,编制本报告。', '一、总体情况', '(二)主动公开政府信息情况',
      '2.我委通过数字东城网站按时公开了《关于北京市东城区2020年国民经济和社会发展计划执行情况与2021年国民经济和社会发展计划(草案)的报告》《北京市东城区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》。'];
    expect(named('', dongcheng)).toBeNull();
    // Nor from a list of what it published, whose last item opens with the year (硚口区人民政府办公室 2024, qiaokou.gov.cn
    // t20250122_2523807): the 、 ends one item, and no name runs over it.
    const qiaokou = ['根据《中华人民共和国政府信息公开条例》(国务院令第711号)规定,现公开区人民政府办公室2024年政府信息公开工作年度报告。', '一、总体情况', '(一)主动公开情况',
      '依法依规公开有关政府工作动态,公布硚口区《政府工作报告》、2024年度重大行政决策事项目录等文件,主动公开硚口区一般湿地名录(第一批)、区2024年城市黑臭水体排查情况等工作信息。'];
    expect(named('区人民政府办公室2024年政府信息公开工作年度报告', qiaokou)).toBeNull();
    // The report's own title, quoted, still names it, 关于 and all.
    expect(named('', ['现发布《关于北京市东城区2021年度政府信息公开工作情况的报告》。', '一、总体情况'])).toBe('北京市东城区');
  });

  it('names the body whose quoted title puts its year after the report\'s words, its 机关 and all (cas-2012)', () => {
    // www.cas.cn/xxgkml/xxgkgzxx/ndbg/ndbg/201303/t20130315_3793929.shtml: <title> 2012年度报告----中国科学院, heading 2012年度报告.
    const cas = ['2012年度报告', '【字体:', '根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定,现发布《中国科学院机关信息公开工作2012年度报告》。',
      '本报告由概述、主动公开信息情况、依申请公开信息情况、工作中存在的主要问题及改进措施四部分组成,所列数据的统计日期为2012年1月1日至12月31日。'];
    expect(named('2012年度报告----中国科学院', cas)).toBe('中国科学院机关');
    // The same title as the page's own (lzb.cas.cn's, 2021).
    expect(named('中国科学院兰州分院机关信息公开工作2021年度报告', [])).toBe('中国科学院兰州分院机关');
    // …but not the many bodies 机关 gathers (a reviewer's wording, as reports of a city's 机关 put it).
    expect(named('2020年政府信息公开工作年度报告', ['现将市直机关2020年度政府信息公开工作情况报告如下：'])).toBeNull();
    expect(named('2020年政府信息公开工作年度报告', ['现公布市政府各部门及直属机关2020年度政府信息公开工作情况。'])).toBeNull();
  });

  it('names the body a table\'s caption names, or the 来源 line names and a paragraph opens with', () => {
    expect(named('东阳市人民政府', ['现将我局2023年度政府信息公开工作情况报告如下:', '二、主动公开政府信息情况', '单位: 东阳市自然资源和规划局 2023年度'])).toBe('东阳市自然资源和规划局');
    const chuncheng = ['发布日期：2023-01-13 来源：春城街道办事处', '2022年,春城街道办事处按照中央、省、市、区的要求,积极组织推动政府信息公开工作。'];
    expect(named('2022年政府信息公开工作年度报告', chuncheng)).toBe('春城街道办事处');
    // The 来源 alone may be the office that posted the page.
    expect(named('2022年政府信息公开工作年度报告', chuncheng.slice(0, 1))).toBeNull();
  });

  it('takes no name from the words paragraphs open with alone, however often: any words before a verb may end as one', () => {
    const yicheng = ['(一)主动公开情况。2022年宜城市教育局全面贯彻落实《条例》精神,全年公开各类信息165条。', '(二)依申请公开受理答复情况。2022年宜城市教育局未收到依申请公开信息。'];
    expect(named('宜城市人民政府', yicheng)).toBeNull();
    for (const opening of ['紧紧围绕区委、区政府中心工作，扎实推进政务公开。', '坚持以习近平新时代中国特色社会主义思想为指导，推进政务公开。']) {
      expect(named('2022年政府信息公开工作年度报告', ['一、总体情况', `2022年，${opening}`, `（一）主动公开。2022年，${opening}主动公开政府信息120条。`]), opening).toBeNull();
    }
    expect(named('某县人民政府', ['2022年,通过区政府门户网站公开信息36条。', '2021年,通过区政府门户网站公开信息30条。', '2022年,主动公开政府信息12条。', '2023年,主动公开政府信息12条。'])).toBeNull();
  });

  it('names, where nothing else does, the one township government a text calling itself 我乡 has open a paragraph (weishan-niujie-2019)', () => {
    const niujie = ['根据《中华人民共和国政府信息公开条例》的规定,编制2019年度我乡信息公开工作年度报告。', '一、总体情况',
      '2019年我乡高度重视政府信息公开工作,深刻领会《条例》精神以及重要意义,…', '二、主动公开政府信息情况',
      '截至2019年12月31日,牛街乡人民政府通过信息平台公开信息累计主动公开政府信息3条,累计作为依申请公开信息0条,受理公民个人提出的政府信息公开申请0条。通过乡政府政务公开栏公开信息12期。'];
    expect(named('', niujie)).toBe('牛街乡人民政府');
    // Not where the text calls itself no township (我局), nor where two townships' governments open paragraphs.
    expect(named('', niujie.map((line) => line.replaceAll('我乡', '我局')))).toBeNull();
    expect(named('', [...niujie, '2019年,马鞍山乡人民政府公开信息5条。'])).toBeNull();
    // Not the township government's office.
    expect(named('', niujie.map((line) => line.replace('牛街乡人民政府通过', '牛街乡人民政府党政办通过')))).toBeNull();
  });

  it('names the township government the 来源 line names where the text speaks as that township and names it (panzhihua-yanbian-wenquan-2020)', () => {
    const wenquan = ['关于2020年度政府信息公开工作的年度报告', 'www.panzhihua.gov.cn     发布时间:2021-01-18     来源:温泉彝族乡人民政府      选择阅读字号:[ ]     阅读次数:',
      '按照《中华人民共和国政府信息公开条例》…要求,我乡高度重视,认真组织开展年报编制工作。', '一、总体情况',
      '(一)履职尽责,依法公开。按照国家条例及县委县政府相关工作要求,温泉彝族乡结合实际,不断提升政务公开力度。'];
    expect(named('关于2020年度政府信息公开工作的年度报告', wenquan)).toBe('温泉彝族乡人民政府');
    // Not where the text speaks as no township (我局), nor where it never names the township, nor for a 来源 of another level.
    expect(named('关于2020年度政府信息公开工作的年度报告', wenquan.map((line) => line.replace('我乡', '我局')))).toBeNull();
    expect(named('关于2020年度政府信息公开工作的年度报告', wenquan.map((line) => line.replace('温泉彝族乡结合实际', '结合实际')))).toBeNull();
    expect(named('关于2020年度政府信息公开工作的年度报告', wenquan.map((line) => line.replace('来源:温泉彝族乡人民政府', '来源:盐边县人民政府办公室')))).toBeNull();
  });

  it('names the township a text calling itself 我乡 gives as its contact office\'s address, its office named by its level alone (hanjiang-dayang-2019)', () => {
    const dayang = ['根据《中华人民共和国政府信息公开条例》《福建省政府信息公开办法》的规定和要求,就我乡实际工作开展情况向社会公布我乡2019年政府信息公开工作年度报告。…如对本年报有任何疑问,请与乡政府信息公开工作领导小组办公室联系(地址:涵江区大洋乡大洋村首林路168号;邮编:351129;电话:3067021)。',
      '一、总体情况', '(二)依申请公开方面', '大洋乡政府信息公开2019年度,共收到依申请公开申请1条,对于收到的政府信息公开申请,我乡及时配合处理,…'];
    expect(named('', dayang)).toBe('涵江区大洋乡');
    // Not where the text calls itself no township, nor where it names the township only in the address, nor for another level's address.
    expect(named('', dayang.map((line) => line.replaceAll('我乡', '我局')))).toBeNull();
    expect(named('', dayang.map((line) => line.replace('大洋乡政府信息公开2019年度', '2019年度')))).toBeNull();
    expect(named('', dayang.map((line) => line.replace('乡政府信息公开工作', '镇政府信息公开工作')))).toBeNull();
    // Nor a road the address opens with, its name holding the level's word (镇中路), however often the text says 镇.
    const road = ['根据《条例》规定,公布我镇2019年政府信息公开工作年度报告。如有疑问,请与镇政府党政办公室联系(地址:福清市镇中路18号;电话:85123456)。',
      '一、总体情况', '2019年,我镇主动公开政府信息12条,镇政府门户网站发布信息30条。'];
    expect(named('', road)).toBeNull();
    // …but a township whose own name holds 市 (乐清市柳市镇) is one.
    const liushi = road.map((line) => line.replace('福清市镇中路18号', '乐清市柳市镇柳青路18号').replace('镇政府门户网站', '柳市镇门户网站')
      .replace('2019年,我镇', '2019年,柳市镇'));
    expect(named('', liushi)).toBe('乐清市柳市镇');
    // …its address naming no place above it too.
    expect(named('', liushi.map((line) => line.replace('乐清市柳市镇柳青路', '柳市镇柳青路')))).toBe('柳市镇');
  });

  it('names, where nothing else does, the body the overview\'s first paragraph opens with after its year (moe-2024, hfue-jr-2023-2024)', () => {
    const moe = ['依据《中华人民共和国政府信息公开条例》第五十条之规定,制作本报告。报告中所列数据统计期限为自2024年1月1日至2024年12月31日。', '一、总体情况',
      '2024年,教育部坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻党的二十大和二十届二中、三中全会精神,…'];
    expect(named('2024年政府信息公开工作年度报告', moe)).toBe('教育部');
    const hfue = ['本报告严格按照省教育厅相关文件要求,并根据学校2023-2024学年信息公开工作执行情况编制而成。', '一、信息公开工作展开总体情况概述',
      '2023-2024学年度,金融学院高度重视信息公开工作,认真贯彻《中华人民共和国政府信息公开条例》精神,…'];
    expect(named('信息公开工作年度报告', hfue)).toBe('金融学院');
    // …also where the article opens with the overview's heading, no title over it (gd-panyu-jkq-2022).
    const panyu = ['一、总体情况', '2022年,番禺经济技术开发区管委会坚持以习近平新时代中国特色社会主义思想和党的二十大及十九届历次全会精神为指导,全面贯彻落实中央、省、市、区政府信息公开工作部署要求,…',
      '(一)主动公开情况。严格落实政务公开工作要求,…2022年,我委共公开政府信息68条,其中工作动态58条,部门决算预算信息5条,组织机构1条,其他4条。'];
    expect(named('政府信息公开工作年度报告', panyu)).toBe('番禺经济技术开发区管委会');
    // …who led it between the year and the body (guangzhou-haizhu-guanzhou-2023), or after the body (qianjiang-xiongkou-2025).
    expect(named('', ['一、总体情况', '2023年,在区委、区政府的坚强领导下,官洲街道办事处认真贯彻落实《中华人民共和国政府信息公开条例》,坚持“依法、公开、客观、及时”的原则,…']))
      .toBe('官洲街道办事处');
    expect(named('', ['一、总体情况', '2025年,熊口管理区在市委、市政府的正确领导下,认真贯彻实施《条例》,政府信息公开工作得到平稳、有序地推进,…'])).toBe('熊口管理区');
    // …a zone's other name in brackets within its name, its disclosure work standing for it, doing what it did (ningbo-gxq-2019).
    expect(named('', ['本年报根据新修订的《中华人民共和国政府信息公开条例》(以下简称《条例》),结合2019年高新区政府信息公开工作实际编制而成。', '一、总体情况',
      '2019年,宁波国家高新区(新材料科技城)管委会办公室政务公开工作按照年初下发的《宁波国家高新区(新材料科技城)2019年政务公开工作要点》,进一步加强领导、完善机制、改善服务、狠抓落实,政务公开工作取得新成效。']))
      .toBe('宁波国家高新区(新材料科技城)管委会办公室');
    // …under a pre-2019 overview's heading in its other wordings (一、政府信息公开工作的基本概况: wencheng-daxue-2015), the
    // government's full name there, not the contact line's office cut to 大峃镇政府.
    expect(named('', ['根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,现公布大峃镇2015年政府信息公开工作年度报告。本年报中所列数据的统计期限自2015年1月1日至2015年12月31日。如对本年报有任何疑问,请与大峃镇政府办公室联系(地址:大峃镇建设路159号,邮编:325300,电话:0577-59029597)。',
      '一、政府信息公开工作的基本概况', '2015年,大峃镇人民政府贯彻政府信息公开工作一系列文件精神,以加大政府信息公开力度、提升政府服务水平为导向,…'])).toBe('大峃镇人民政府');
    // A bracket holding no name's words is none (a built wording).
    expect(named('', ['一、总体情况', '2019年,高新区管委会(2019)政务公开工作按照要点推进。'])).toBeNull();
    // A subject a mirror swapped spam into is read only by its clean end where a paragraph opens with that as its own subject
    // (beijingjie-2020-jingchikouqiang); none where no paragraph does.
    const beijingjie = ['一、总体情况', '2020年,在区委、区政府的正确领导下,新葡京博彩官网区人民政府北京街道办事处认真贯彻落实《中华人民共和国政府信息公开条例》等有关法规和文件要求,…',
      '北京街道办事处全年主动公开政府信息86条,其中:组织机构类信息2条;其他文件信息5条。'];
    expect(named('', beijingjie)).toBe('北京街道办事处');
    expect(named('', beijingjie.slice(0, 2))).toBeNull();
    // 在建 is no 在 it did something in: the name goes on (a built wording; 在建/在编/在岗 as label.ts's channels read them).
    expect(named('', ['一、总体情况', '2023年,县交通运输局在建工程质量监督站认真贯彻落实《条例》,主动公开政府信息30条。'])).toBe('县交通运输局在建工程质量监督站');
    // The leaders themselves opening it did no report's work of their own.
    expect(named('', ['一、总体情况', '2022年,区委区政府在政务公开方面持续发力,全区主动公开政府信息300条。'])).toBeNull();
    expect(named('', ['一、总体情况', '2022年,镇党委政府在推进政务公开上下功夫,主动公开政府信息80条。'])).toBeNull();
    // Not a later paragraph's, nor one the portal's publisher or the title names first.
    expect(named('2024年政府信息公开工作年度报告', [moe[0]!, moe[1]!, '(一)主动公开情况', moe[2]!])).toBeNull();
    expect(named('2024年政府信息公开工作年度报告', moe, { publishedBy: () => ({ value: '中华人民共和国教育部', at: null }) })).toBe('中华人民共和国教育部');
    // A public company's report (公共企事业单位) names itself in the article's opening paragraph, above the overview's heading
    // (tongxiang-swjt-2024).
    const tongxiang = ['2024年,桐乡市水务集团有限公司严格贯彻落实《中华人民共和国政府信息公开条例》和《桐乡市政务公开重点工作责任清单》要求,围绕集团中心工作,高度重视政务公开,…',
      '一、总体情况', '(一)主动公开情况。水务集团在桐乡市政府信息公开平台主动公开政府信息43条,其中下属单位1条,工作动态20条,公示公告12条,人事信息2条,计划总结1条,领导成员更新7条。'];
    expect(named('', tongxiang)).toBe('桐乡市水务集团有限公司');
    // …or the paragraph after the one saying what the report was made by, which gives the portal's 发布单位 its place
    // (hangzhou-szfbgt-2024: 市政府办公厅 → 杭州市人民政府办公厅).
    const hangzhou = ['根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定编制本报告。本报告中所列数据统计期限为2024年1月1日至12月31日。',
      '2024年,杭州市人民政府办公厅坚持以习近平新时代中国特色社会主义思想为指导,全面落实中办、国办关于做好新时代政务公开工作的各项决策部署,…',
      '一、总体情况', '(一)主动公开', '一是通过市政府门户网站发布政务信息1.9万余条、市政府规章3件、市政府及办公厅行政规范性文件38件、市政府全体会议和常务会议28次。'];
    expect(named('', hangzhou, { publishedBy: () => ({ value: '市政府办公厅', at: null }) })).toBe('杭州市人民政府办公厅');
  });

  it('names the body a headingless pre-2019 report\'s first paragraph opens with, placed in the county whose government\'s notice it followed (linyi-sd-wsj-2010)', () => {
    const opening = '2010年,县卫生局政府信息公开工作在县委、县政府的领导下,按照县政府信息公开工作统一部署,全面贯彻落实《中华人民共和国政府信息公开条例》和临邑县政府《关于做好政府信息公开工作的通知》,坚持以“公开为原则,不公开为例外”,切实抓好了本单位政府信息公开工作,现将我局2010年度政府信息公开工作年度报告如下:';
    const linyi = [opening, '按照《条例》的要求,我局严格按照“以公开为原则,不公开为例外”的原则,主动公开政府信息200余条。', '2010年,我局未接到要求公开政府信息的申请件。'];
    expect(named('', linyi)).toBe('临邑县卫生局');
    // No county's government named: the name as the page gives it, its place left out; two counties': neither.
    expect(named('', [opening.replace('临邑县政府', '县政府'), ...linyi.slice(1)])).toBe('县卫生局');
    expect(named('', [opening, ...linyi.slice(1), '2010年,我局参照《条例》和陵城县政府《卫生信息公开办法》整理目录。'])).toBe('县卫生局');
    // A verb's words before 县政府 name no place (按照县政府《…》).
    expect(named('', [opening.replace('和临邑县政府', ',按照县政府'), ...linyi.slice(1)])).toBe('县卫生局');
    // A 市's bureau may be a county-level city's, following its prefecture's documents: no place from 德州市政府《…》.
    const city = (line: string) => line.replaceAll('县', '市').replace('临邑市政府', '德州市政府');
    expect(named('', linyi.map(city))).toBe('市卫生局');
    // Not a paragraph below the first, where the article has no overview heading.
    expect(named('', ['本报告根据《中华人民共和国政府信息公开条例》要求编制,所列数据的统计期限自2010年1月1日起至2010年12月31日止。', opening, ...linyi.slice(1)])).toBeNull();
  });

  it('names, where nothing else does, the body the contact sentence sends questions to, its office cut to the body', () => {
    const untitled = '政府信息公开工作年度报告';
    const contact = (sentence: string) => named(untitled, ['本报告根据《中华人民共和国政府信息公开条例》规定编制。' + sentence, '一、总体情况']);
    const cases: [string, string | null][] = [
      // ha-erqi-2021, zj-daishan-wjj-2021, zj-qujiang-hunan-2021, spb-qinghai-2017, hetdz-2024, zhonglou-ndjjd-2024.
      ['如对本报告有任何疑问,请与二七区人民政府办公室联系(地址:二七区政通路85号,邮政编码:450015,联系电话:0371-68186069)。', '二七区人民政府'],
      ['如对本年度报告有任何疑问,请与岱山县卫生健康局联系。联系电话:0580-4472018,通信地址:岱山县高亭镇福禄路16号', '岱山县卫生健康局'],
      ['如对本报告有任何疑问,请与衢州市衢江区湖南镇政府综合督考办公室联系(办公地址:衢江区湖南镇湖南村湖南路26号', '衢州市衢江区湖南镇政府'],
      ['如对报告有任何疑问,请联系青海省邮政管理局办公室,联系地址:青海省西宁市长江路93号;邮编:810000', '青海省邮政管理局'],
      ['如对本报告有疑问,请与呼和浩特经济技术开发区党政办公室信息科联系(地址:呼和浩特市土默特左旗沙尔沁镇阳光大街', '呼和浩特经济技术开发区'],
      ['如有任何疑问,请与常州市钟楼区南大街街道综合办公室联系(地址:常州市广化街187号;邮编:213000', '常州市钟楼区南大街街道'],
      // A 党政办, a section of the body or its office (24-yn-shizong-gaoliang-2025, hlcma-gannan-2024, 01-customs-hq-2020), a
      // ministry's office (mwr-2020-sdb); not 办事处 cut as an office, nor an office that is a body of its own (rushan-cqjd-2025, 05-sx-wsb-2021).
      ['若对本报告存在疑问,可与高良乡人民政府党政办联系,地址为师宗县高良乡', '高良乡人民政府'],
      ['如对本报告有任何疑问,请与甘南县气象局综合管理科联系(地址:齐齐哈尔市甘南县甘南镇幸福街', '甘南县气象局'],
      ['如对本报告有疑问或有任何意见、建议,请联系海关总署办公厅政务公开处,地址:北京市东城区建国门内大街6号', '海关总署'],
      ['如对本报告有疑问,请与水利部政务公开领导小组办公室联系(地址:北京市西城区白广路二条2号', '水利部'],
      ['如需进一步咨询了解相关信息,请与乳山市城区街道办事处联系(地址:乳山市商业街66号', '乳山市城区街道办事处'],
      ['如对报告有任何疑问,请联系山西省人民政府外事办公室(地址:山西省太原市迎泽大街366号', '山西省人民政府外事办公室'],
      // …its 与 left out (urumqi-zsfwj-2021).
      ['如对本报告有任何疑问,请乌鲁木齐市招商服务局党政办公室联系,联系电话:0991-8805281。', '乌鲁木齐市招商服务局'],
      // A public body's office (hongze-gdgs-2020-mirror, its 繁体 read as simplified).
      ['如对本报告有任何疑问,请联系国网淮安市洪泽区供电公司信息公开办公室,电话:0517-87215220。', '国网淮安市洪泽区供电公司'],
      // An office no body's name opens names no one (06-shatou-2008, shangdu-mdx-2022).
      ['如对本年报有任何疑问,请与本单位政府信息公开受理机构联系,地址:沙头镇人民政府大院,电话:0577-67271000', null],
      ['如对本报告有任何疑问,请与党政综合办联系(地址:卯都乡人民政府 电话:0474-', null],
      // An office within the body's office is the body's; the name is the sentence's last request's, no site or other way
      // before it (lishui-2017, lishui.gov.cn; the brief's 乌鲁木齐 office and 12345 wording).
      ['如对本报告有疑问,可通过“中国丽水”门户网站的政府信息公开意见箱反应或直接与丽水市人民政府办公室政府信息公开中心联系(地址:丽水市花园路1号,邮编:323000', '丽水市人民政府'],
      ['如对本报告有疑问,请与乌鲁木齐市人民政府办公室政务办公室联系。', '乌鲁木齐市人民政府'],
      ['如有疑问请拨打12345热线或请与莲都区人民政府办公室联系。', '莲都区人民政府'],
      // A place above a township's alone is no body: a longer name before the office's words may be (gxgg-2021, hezhou-2009);
      // nor is a name no one's (pinggu-fanwen).
      ['如对本报告有任何疑问,请与贵港市政务公开领导小组办公室联系(地址:贵港市港北区金港大道西延段贵港市政务服务中心(二楼);电话:0775—4555517', null],
      ['如对本报告有任何疑问,请与贺州市政府信息公开领导小组办公室联系(地址:贺州市贺州大道1号;邮编:542800', '贺州市政府'],
      ['如对本年度报告有任何疑问,请联系:区政府信息公开联席会议办公室', null],
      // …as of a county-level city or county whose name ends in a zone's word before its 市 or 县, 合作市 (甘肃) and 景县 (河北):
      // np.gov.cn's 2012 wording, its place's name changed for theirs.
      ['若对本报告有疑问或意见建议,可通过“中国南平”网站的政府信息公开意见箱反映或直接与南平市政府信息公开工作领导小组办公室联系。', '南平市政府'],
      ['若对本报告有疑问或意见建议,可直接与合作市政府信息公开工作领导小组办公室联系。', '合作市政府'],
      ['若对本报告有疑问或意见建议,可直接与景县政府信息公开工作领导小组办公室联系。', '景县政府'],
      // A zone's name is its 管委会's or 管理局's as a township's is its government's (the review's 武陵源 wording; kmxs-xsjq-2017's
      // 昆明滇池国家级风景名胜区西山景区管理局).
      ['如对本报告有任何疑问,请与武陵源风景名胜区党政办公室联系', '武陵源风景名胜区'],
      ['如对本报告有任何疑问,请与昆明滇池国家级风景名胜区西山景区综合办公室联系', '昆明滇池国家级风景名胜区西山景区'],
      // The address in brackets before 联系 or in its stead (pingdu-gaj-2023, laifeng-zwfw-2021), a colon after it (qinhuai-2014),
      // 联络 for it (chengxiang-changtai-2021); a town's 党政和人大办公室 (xinghua-crz-2025), a customs house's office (19-customs-zhanjiang-2023).
      ['如对本报告有任何疑问,请与平度市公安局(地址:平度市红旗路36号;邮编:266700;电话:0532—87362451)联系', '平度市公安局'],
      ['如有疑问请与来凤县政务服务和大数据管理局(地址:来凤县政务服务中心501室,联系电话:0718-6277499)。', '来凤县政务服务和大数据管理局'],
      ['如对本报告有任何疑问,请联系:秦淮区人民政府办公室(电话:84556003,传真号码:84556004;通信地址:太平南路69号', '秦淮区人民政府'],
      ['如对本年报有任何疑问和建议,请与常太镇人民政府党政办公室联络(地址:莆田市城厢区常太镇常太社区利洋1号镇政府', '常太镇人民政府'],
      ['如对本报告有任何疑问,请联系兴化市昌荣镇党政和人大办公室(地址:兴化市昌荣镇昌荣路198号', '兴化市昌荣镇'],
      ['如对本年度报告有任何疑问或意见建议,请联系湛江海关办公室新闻信息办公室', '湛江海关'],
      // Where requests are taken is no issuer (laifeng-zwfw-2021's centre, the sentence built: no real page sends questions there).
      ['如有疑问请与来凤县政务服务中心联系(联系电话:0718-6277499)。', null],
    ];
    for (const [sentence, body] of cases) expect([sentence, contact(sentence)]).toEqual([sentence, body]);
    // The title's name comes first.
    expect(named('岱山县2021年政府信息公开工作年度报告', ['如对本年度报告有任何疑问,请与岱山县卫生健康局联系。'])).toBe('岱山县');
    // Where the title names an office, its place left out, the report is the office's: the contact keeps the office's
    // words and loses only its section (qiaokou-qzfb-2023); as does an office that compiled it.
    const qiaokou = ['2023年,区人民政府办公室坚持以习近平新时代中国特色社会主义思想为指导,…现公开区人民政府办公室2023年政府信息公开工作年度报告。本年度报告中所列数据的统计期限为2023年1月1日至2023年12月31日。如本报告有疑问,请联系:硚口区政府办公室信息科,地址:硚口区沿河大道518号,电话:027-83426347。'];
    expect(named('区人民政府办公室2023年政府信息公开工作年度报告', qiaokou)).toBe('硚口区政府办公室');
    expect(named('区人民政府办公室2023年政府信息公开工作年度报告', ['本报告由硚口区政府办公室信息科编制。'])).toBe('硚口区政府办公室');
    expect(named('政府信息公开工作年度报告', ['本报告由硚口区政府办公室信息科编制。'])).toBe('硚口区政府');
    // A 会's own office compiles for it as a 委员会's does: a zone's 管委会 (pingtan-2016's 区管委会办公室编制完成了本报告, its place
    // named as its 关于编制 notice does), a 联合会.
    expect(named('政府信息公开工作年度报告', ['本报告由平潭综合实验区管委会办公室编制。'])).toBe('平潭综合实验区管委会');
    expect(named('政府信息公开工作年度报告', ['本报告由福建省残疾人联合会办公室编制。'])).toBe('福建省残疾人联合会');
  });

  it('says where the page names the issuer: in the title\'s heading, the line that names it more fully or states it, the signature, the info grid', () => {
    // As extract() reads it: the page's <title> and its lines, the title read from them.
    const where = (pageTitle: string, body: string[], clues: IssuerClues = {}) => {
      const { title, nameAbove, at } = reportTitle({ title: pageTitle, meta: {}, allLines: body, bodyLines: body });
      const read = reportIssuer(title, body, { nameAbove, titleAt: at, allLines: body, ...clues });
      return read && `${read.value} @ ${textAt(read.at?.lines === 'all' ? clues.allLines ?? body : body, read)}`;
    };
    // The title's name, in the heading the page's <title> is.
    expect(where('铁岭市2019年度政府信息公开工作报告', ['首页', '铁岭市2019年度政府信息公开工作报告', '发布时间：2020-02-28']))
      .toBe('铁岭市 @ 铁岭市');
    // Lengthened by the text: where the text names it so, spaces and all.
    expect(where('铁岭市2019年度政府信息公开工作报告', ['铁岭市2019年度政府信息公开工作报告', '特编制铁岭市人民政府 2019年度政府信息公开工作报告。']))
      .toBe('铁岭市人民政府 @ 铁岭市人民政府');
    // A title that names no one: the name above it, who compiled it, who signed it, the grid's publisher.
    expect(where('义乌市人民政府', ['义乌市廿三里街道办事处', '2022年政府信息公开工作年度报告', '根据《条例》规定，现将有关情况报告如下。']))
      .toBe('义乌市廿三里街道办事处 @ 义乌市廿三里街道办事处');
    expect(where('2014年政府信息公开工作年度报告', ['本报告由伊宁县人民政府办公室根据《条例》要求编制。'])).toBe('伊宁县人民政府 @ 伊宁县人民政府');
    const signed = ['2022年政府信息公开工作年度报告', '现将有关情况报告如下。', '城关镇人民政府', '2023年1月20日'];
    const signer = signature(signed)!;
    expect(where(signed[0]!, signed, { signedBy: signer.name, signerAt: signer.nameAt })).toBe('城关镇人民政府 @ 城关镇人民政府');
    const grid = ['索引号：', '发布机构：', '来凤县政务服务和大数据管理局'];
    expect(where('2021年政府信息公开工作年度报告', [], { publishedBy: () => publisher(grid), allLines: grid })).toBe('来凤县政务服务和大数据管理局 @ 来凤县政务服务和大数据管理局');
    // A title only the page's <title> gives: the name has no place.
    expect(reportIssuer('某某市交通运输局2021年政府信息公开工作年度报告', [])).toEqual({ value: '某某市交通运输局', at: null });
  });

  it('takes no part of the name from the number of the 公告 a ministry publishes its report as', () => {
    // mem-2023 (tlsfiji.com, ehscity.com copies of 应急管理部公告 2024年第1号).
    expect(named('中华人民共和国应急管理部(2024年第1号):应急管理部2023年政府信息公开工作报告', [])).toBe('应急管理部');
    expect(named('应急部公告 2024年第1号《应急管理部2023年政府信息公开工作报告》', [])).toBe('应急管理部');
  });
});

describe('reportIssuer: the fullest name the page gives', () => {
  const fugu = (overview: string) => issuerOf('县政府办2022年度政府信息公开工作年度报告', ['县政府办2022年度政府信息公开工作年度报告',
    '本报告根据《中华人民共和国政府信息公开条例》规定编制。全文包括总体情况,主动公开政府信息情况,收到和处理政府信息公开申请情况,政府信息公开行政复议、行政诉讼情况,存在的主要问题及改进情况,其他需要报告的事项。',
    '一、总体情况', `2022年,${overview}严格贯彻落实《中华人民共和国政府信息公开条例》,以标准化规范化建设为抓手,克坚攻难,扎实工作,政务公开工作异彩丰呈。`]);

  it('completes the title\'s 县政府办 with the place the overview names it by (yulin-fugu-zfb-2022), and no other body', () => {
    expect(fugu('府谷县人民政府办公室')).toBe('府谷县人民政府办公室');
    expect(fugu('府谷县教育局')).toBe('县政府办');
    expect(fugu('榆林市府谷区人民政府办公室')).toBe('县政府办');
  });

  it('puts the place the text names alone before a title\'s office of its level (xining-huangyuan-zfb-2021)', () => {
    const title = '县人民政府办公室2021年政府信息公开工作年度报告';
    const body = [title, '阅读次数:0次 发布者:admin 发布日期:2022-01-14', '一、总体情况',
      '2021年,湟源县始终坚持把政务公开工作作为执政为民的重要举措和打造诚信政府、阳光政府的重要平台,全面落实《中华人民共和国政府信息公开条例》。'];
    expect(issuerOf(title, body)).toBe('湟源县人民政府办公室');
    expect(issuerOf(title.replace('县', '区'), body)).toBe('湟源县');
  });

  it('takes no government of another level for a title naming its level alone: a town\'s, over its county\'s in the text', () => {
    const title = '镇人民政府2022年政府信息公开工作年度报告';
    const body = (subject: string) => [title, '一、总体情况', `2022年,${subject}高度重视政府信息公开工作,全面落实《中华人民共和国政府信息公开条例》。`];
    expect(issuerOf(title, body('府谷县人民政府'))).toBeNull();
    expect(issuerOf(title, body('府谷县新民镇人民政府'))).toBe('府谷县新民镇人民政府');
  });

  it('takes the name on the line over the text where the text names the body in short (hunnan-gzj-2022)', () => {
    const text = '根据《中华人民共和国政府信息公开条例》及《中华人民共和国政府信息公开工作年度报告格式》(国办公开办函〔2021〕30号)相关要求,现公布区政府国资局2022年政府信息公开工作年度报告。';
    expect(issuerOf('', ['浑南区国资局', text, '一、总体情况'])).toBe('浑南区国资局');
    expect(issuerOf('', ['浑南区教育局', text, '一、总体情况'])).toBe('区政府国资局');
  });

  it('takes 人民政府 over the contact line\'s 政府 (mirror-moonvisionstudio-guangzhou-2012)', () => {
    expect(issuerOf('', ['广州市人民政府', '2013年3月',
      '本年度报告是根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《广州市政府信息公开规定》、《广州市依申请公开政府信息办法》要求,由广州市政府办公厅综合各区(县级市)政府和市政府各委、办、局(以下称市级机关)的政府信息公开年度报告基础上编写而成。如对本年报有任何疑问,请与广州市政府办公厅政务公开处联系(地址:广州市府前路1号大院,邮编:510032,电话:83126452,电子邮箱:zwgkb@gz.gov.cn)。',
      '一、概述'])).toBe('广州市人民政府');
  });

  it('takes the 人民政府 the text prints mid-sentence over the contact line\'s 政府 (songyang-fengping-2015), only of a name with its own place', () => {
    const page = (overview: string) => issuerOf('', [
      '本年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,汇总2015年度枫坪乡的政府信息公开年度报告编制而成。如对本报告有疑问,可与枫坪乡政府办公室联系(地址:松阳县枫坪乡政府,邮编:323405,电话:0578-8093001,电子邮箱:syxfpx@126.com)。',
      '一、概述', overview]);
    expect(page('推进政府信息公开是枫坪乡人民政府贯彻落实《中华人民共和国政府信息公开条例》的重要举措,是深入推行政务公开的一项重要工作。')).toBe('枫坪乡人民政府');
    expect(page('推进政府信息公开是乡人民政府贯彻落实《中华人民共和国政府信息公开条例》的重要举措,是深入推行政务公开的一项重要工作。')).toBe('枫坪乡政府');
  });

  it('takes the office of the contact line\'s government where the text counts the year\'s work as that office\'s (pingdu-zfb-2012)', () => {
    const page = (subject: string) => issuerOf('', [
      '根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和平度市人民政府《关于加快推进政府信息公开工作的实施意见》(平政发〔2009〕63号),特向社会公布 2012年度本级政府(机关)信息公开工作年度报告。如对本报告有任何疑问,请与平度市政府办公室政府信息公开领导小组办公室联系(地址:平度市长江路1号;邮编:266700)。',
      '一、概述', '二、主动公开政府信息情况', `(一)政府信息公开的内容。2012年1月1日至12月31日,${subject}共发布各类主动公开信息96件。`]);
    expect(page('市政府办公室')).toBe('平度市政府办公室');
    // A government's report listing its office's documents with its own stays the government's.
    expect(page('市政府、市政府办公室')).toBe('平度市人民政府');
    // …and so does one whose text says it is the government's report, whoever handled the applications.
    expect(issuerOf('', ['根据《中华人民共和国政府信息公开条例》,特向社会公布平度市人民政府2012年度政府信息公开工作年度报告。如对本报告有任何疑问,请与平度市政府办公室联系。',
      '一、概述', '2012年1月1日至12月31日,市政府办公室共受理政府信息公开申请15件。'])).toBe('平度市人民政府');
  });

  it('takes the government the page names for the title\'s place (honghe-kaiyuan-2025), and the 来源 line\'s city before a district\'s body (shenzhen-futian-jtjj-2021)', () => {
    expect(named('开远市2025年政府信息公开工作年度报告', ['开远市2025年政府信息公开工作年度报告', '一、总体情况'],
      { publishedBy: () => ({ value: '开远市人民政府', at: null }) })).toBe('开远市人民政府');
    const title = '2021年区集体经济发展服务署政府信息公开工作年度报告';
    expect(issuerOf(title, [title, '信息提供日期 : 2022-01-21 17:48来源 : 深圳市福田区集体经济发展服务署', '一、总体情况',
      '我署严格按照福田区政府的统一部署,积极推进政府信息公开工作,依法主动公开各类政务信息,切实做好保密审查制度的落实。', '福田区集体经济发展服务署', '2022年1月11日'],
    { signedBy: '福田区集体经济发展服务署' })).toBe('深圳市福田区集体经济发展服务署');
  });

  it('takes the 来源 line\'s full name for the title\'s short one (tianjin-gzw-2025)', () => {
    const title = '市国资委2025年政府信息公开工作年度报告';
    expect(issuerOf(title, [title, '来源:天津市人民政府国有资产监督管理委员会 发布时间:2026-01-28 12:12',
      '本年度报告根据《中华人民共和国政府信息公开条例》《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》《天津人民政府办公厅关于印发天津市政府信息公开工作年度报告编制办法的通知》编制。',
      '一、总体情况', '2025年,市国资委坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻党中央国务院和市委市政府关于做好新时代政务公开工作部署。'])).toBe('天津市人民政府国有资产监督管理委员会');
  });

  it('takes the 落款\'s 区 that a viewer\'s title lost (wendeng-flipbook-2022-p9)', () => {
    expect(named('Page 9 - 威海市文登人民政府办公室2022年政府信息公开工作年度报告', ['(五)其他报告事项', '无。', '威海市文登区人民政府办公室', '2023 年 1 月 16 日'],
      { signedBy: '威海市文登区人民政府办公室' })).toBe('威海市文登区人民政府办公室');
  });
});
