import { describe, expect, it } from 'vitest';
import { isTitleLine, namesReport, ownTitle, reportTitle } from './title.ts';

const doc = (over: Partial<{ title: string; meta: Record<string, string>; allLines: string[]; bodyLines: string[]; allLinks: ReadonlySet<number>; bodyLinks: ReadonlySet<number> }>) =>
  ({ title: '', meta: {}, allLines: [], bodyLines: [], ...over });
// What reportTitle reads; where it stands is tested below.
const titleOf = (text: ReturnType<typeof doc>) => ({ ...reportTitle(text), at: undefined });

describe('reportTitle', () => {
  it('takes no title from the portal\'s navigation over the article, its links pointing nowhere (首页 政务公开 政府信息公开年报)', () => {
    const notice = ['首页 政务公开 政府信息公开年报 政府工作报告', '关于做好春节期间安全生产工作的通知', '各乡镇人民政府，县政府各部门：春节将至，为切实做好安全生产工作，现将有关事项通知如下。'];
    expect(titleOf(doc({ title: '关于做好春节期间安全生产工作的通知', allLines: notice, bodyLines: notice })).title).toBe('关于做好春节期间安全生产工作的通知');
    const located = ['当前位置：首页 > 政务公开 > 政府信息公开年报', ...notice.slice(1)];
    expect(titleOf(doc({ title: '关于做好春节期间安全生产工作的通知', allLines: located, bodyLines: located })).title).toBe('关于做好春节期间安全生产工作的通知');
    // The column's name in a box of its own over the article stays the report's heading where the page has no other.
    expect(titleOf(doc({ title: '', bodyLines: ['政府信息公开年报', '一、总体情况', '2022年，我局认真贯彻落实《条例》，全年主动公开政府信息120条。'] })).title).toBe('政府信息公开年报');
    // Its last item is the article's title where the page has no heading of its own: read, not the portal's <title>;
    // where the heading stands below it too, that is read.
    const crumb = ['首页 > 政务公开 > XX县文化和旅游局2021年政府信息公开工作年度报告', '发布时间：2022-01-20', '本报告根据《条例》编制。', '一、总体情况'];
    expect(reportTitle(doc({ title: 'XX县人民政府', bodyLines: crumb }))).toMatchObject({ title: 'XX县文化和旅游局2021年政府信息公开工作年度报告', at: [{ line: 0, start: 12 }] });
    const headed = [crumb[0]!, 'XX县文化和旅游局2021年政府信息公开工作年度报告', ...crumb.slice(1)];
    expect(reportTitle(doc({ title: 'XX县人民政府', bodyLines: headed }))).toMatchObject({ at: [{ line: 1, start: 0 }] });
  });
  it('finds the title among the page\'s lines where the page title is the portal\'s, in every wording of a report\'s title', () => {
    const { title } = reportTitle(doc({ title: 'XX市人民政府门户网站', bodyLines: ['政府信息公开年报', 'XX市交通运输局2021年政府信息公开工作年度报告'] }));
    expect(title).toBe('XX市交通运输局2021年政府信息公开工作年度报告');
    // Every wording of a report's title the judgement knows, 政务公开工作报告 and 信息公开年报 too.
    expect(titleOf(doc({ title: 'XX县人民政府', bodyLines: ['XX县交通运输局2016年政务公开工作报告'] }))).toEqual({ title: 'XX县交通运输局2016年政务公开工作报告', inBody: true });
    expect(namesReport('XX县2015年信息公开年报')).toBe(true);
    // 国家文物局's own title lost the 年 of its 年度 (ncha-2022).
    expect(namesReport('国家文物局2022年政府信息公开工作度报告')).toBe(true);
    // …but 公开度 is the degree of openness a third party's assessment reports on.
    expect(namesReport('2014年政府信息公开度报告')).toBe(false);
    expect(titleOf(doc({ title: 'XX县2015年信息公开年报', bodyLines: ['相关链接', 'XX县2014年政府信息公开工作年度报告'] })))
      .toEqual({ title: 'XX县2015年信息公开年报', inBody: false });
    // A heading broken by <br> is one title; the article stands under it, so it is the page's own.
    expect(titleOf(doc({ title: '左贡县人民政府', bodyLines: ['首页', '左贡县人民政府2021年度', '信息公开年度报告', '一、总体情况'] }))).toEqual({ title: '左贡县人民政府2021年度信息公开年度报告', inBody: false });
  });

  it('takes a heading that names no year where the article stands under it and the <title> is the portal\'s (template-essay-site under <title>范文网</title>)', () => {
    const essay = ['当前位置:首页 > 政务公开 > 政府信息公开年报', '地区党政信息公开工作报告范文', '来源:范文网 时间:',
      '前言:本站为你精心整理了地区党政信息公开工作报告范文,希望能为你的创作提供参考价值,我们的客服老师可以帮助你提供个性化的参考范文,欢迎咨询。'];
    expect(titleOf(doc({ title: '范文网', bodyLines: essay }))).toEqual({ title: '地区党政信息公开工作报告范文', inBody: false });
    // Not a breadcrumb, nor a line of a PDF's text that quotes a document's title (pinyin-zhangqiu-wlj-2023), where a
    // dated title came first: 济南市章丘区文化和旅游局 / 2023 年政府信息公开工作年度报告 over lines cut mid-sentence.
    expect(titleOf(doc({ title: '范文网', bodyLines: [essay[0]!, ...essay.slice(2)] })).title).toBe('范文网');
    const zhangqiu = ['济南市章丘区文化和旅游局', '2023 年政府信息公开工作年度报告', '本报告根据《中华人民共和国政府信息公开条例》、《国', '务院办公厅政府信息与政务公开办公室关于印发<中华人民',
      '共和国政府信息公开工作年度报告格式>的通知》(国办公', '开办函〔2021〕30 号)及省市有关工作要求,编制本报告', '并向社会公开。本报告由总体情况、行政机关主动公开政府'];
    expect(titleOf(doc({ title: '', bodyLines: zhangqiu })).title).toBe('济南市章丘区文化和旅游局2023 年政府信息公开工作年度报告');
    // …nor one that quotes none, under the dated title a PDF's first lines give.
    expect(titleOf(doc({ title: '', bodyLines: [...zhangqiu.slice(0, 2), '本局根据相关要求组织', '各科室认真梳理全年工作编制', '政府信息公开工作年度报告并报送区政务公开办公室审核', '后向社会公开。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。'] })).title)
      .toBe('济南市章丘区文化和旅游局2023 年政府信息公开工作年度报告');
  });

  it('gives the body\'s name on the line above a heading that names no one', () => {
    expect(titleOf(doc({ title: '关于2021年度政府信息公开工作的年度报告', bodyLines: ['发布时间：2022-01-25', '盐边县新九镇人民政府', '关于2021年度政府信息公开工作的年度报告', '一、总体情况'] })))
      .toEqual({ title: '关于2021年度政府信息公开工作的年度报告', inBody: false, nameAbove: '盐边县新九镇人民政府' });
    // The article repeats the heading under the portal's, with the body's name above its copy: the line above the portal's is the site's logo.
    const songmutang = ['桃江县人民政府', '2022年政府信息公开工作年度报告', '桃江县松木塘镇人民政府', '2022年政府信息公开工作年度报告', '一、总体情况'];
    expect(titleOf(doc({ title: '桃江县人民政府', bodyLines: songmutang })))
      .toEqual({ title: '桃江县松木塘镇人民政府2022年政府信息公开工作年度报告', inBody: false, nameAbove: '桃江县松木塘镇人民政府' });
    // …and the heading said again on the line under it, the body's name above the first (hlj-wuchang-minyi-2021).
    const minyi = ['五常市民意乡', '2021年政府信息公开工作年度报告', '2021年政府信息公开工作年度报告', '依据《中华人民共和国政府信息公开条例》(国务院令第711号)、…和省、市有关政府信息公开工作的部署要求编制此报告。'];
    expect(titleOf(doc({ title: '2021年政府信息公开工作年度报告', bodyLines: minyi })).nameAbove).toBe('五常市民意乡');
    // …past the portal's date line and tools between the two (gat.bjtchw.com's copy of 衡阳市国资委's 2019 report).
    const hengyang = ['365体育官网', '2019年度政府信息公开年度报告', '发布时间:2020-01-19 10:56??????来源:办公室?????浏览量:次', '字体:',
      '衡阳市国资委', '2019年度政府信息公开年度报告', '2020119日)', '编制说明:本年度报告根据国家、省、市政府信息公开相关法律、法规的规定编制,内容包括:总体情况、行政机关主动公开政府信息情况。'];
    expect(titleOf(doc({ title: '2019年度政府信息公开年度报告', bodyLines: hengyang })).nameAbove).toBe('衡阳市国资委');
    // …but not a name that stands after the article's text began.
    expect(titleOf(doc({ title: '2019年度政府信息公开年度报告', bodyLines: [...hengyang.slice(0, 2), hengyang[7]!, ...hengyang.slice(4, 6)] })).nameAbove).toBeUndefined();
    // A heading that names its body after its year names someone: the site's logo above it is no name.
    expect(titleOf(doc({ title: '黄陂区人民政府', bodyLines: ['黄陂区人民政府', '2023年祁家湾街道办事处政府信息公开工作年度报告', '一、总体情况'] })).nameAbove).toBeUndefined();
    // Nor does a 学年 report's title (重庆工商大学 / 2022-2023学年度信息公开工作报告), whose name is the line above.
    expect(titleOf(doc({ title: '信息公开年报-重庆工商大学信息公开网', bodyLines: ['重庆工商大学', '2022-2023学年度信息公开工作报告', '按照《条例》…编制。'] })).nameAbove).toBe('重庆工商大学');
    // A breadcrumb is no name.
    expect(titleOf(doc({ title: '2021年政府信息公开工作年度报告', bodyLines: ['首页 > 统计局', '2021年政府信息公开工作年度报告'] })).nameAbove).toBeUndefined();
  });

  it('takes a heading the article stands under, or the 名称 of the info grid, for the page\'s own title', () => {
    // <h1> broken by <br>, the date line under it: the name above joins the title that names no one.
    const h1 = ['义乌市人民政府', '首页', '义乌市廿三里街道办事处', '2022年政府信息公开工作年度报告', '发布日期：2023-01-11 信息来源：廿三里街道 浏览次数：',
      '根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》规定编制本报告。', '一、总体情况'];
    expect(titleOf(doc({ title: '义乌市人民政府', bodyLines: h1 }))).toEqual({ title: '义乌市廿三里街道办事处2022年政府信息公开工作年度报告', inBody: false, nameAbove: '义乌市廿三里街道办事处' });
    // A link below the text is no title of the page's.
    const related = ['2025年是“十四五”规划收官之年。政府工作的总体要求是：……', '相关链接', '汉滨区2024年政府信息公开工作年度报告', '汉滨区2024年法治政府建设情况报告'];
    expect(titleOf(doc({ title: '安康市汉滨区人民政府', bodyLines: related })).inBody).toBe(true);
    const grid = ['索引号', '11230102/2023-00003', '发布机构', '道里区经纬街道办事处', '名称', '道里区经纬街道办事处2022年政府信息公开工作年度报告'];
    expect(titleOf(doc({ title: '哈尔滨市道里区人民政府', allLines: grid, bodyLines: ['一、总体情况'] })))
      .toEqual({ title: '道里区经纬街道办事处2022年政府信息公开工作年度报告', inBody: false });
    // …or the title in a row of its own under the grid's labels, no 名称 before it (zhejiang-jyt-2024).
    const zhejiang = ['索 引 号:', '002482082/2025-00022', '主题分类:', '科技、教育/教育', '发布机构:', '省教育厅', '公开日期:', '2025-01-24', '浙江省教育厅2024年度政府信息公开工作报告'];
    expect(titleOf(doc({ title: '', allLines: zhejiang, bodyLines: ['2024年,省教育厅聚焦教育改革发展和群众关注关切。'] })))
      .toEqual({ title: '浙江省教育厅2024年度政府信息公开工作报告', inBody: false });
    // …not another page's under it where the article has its heading: a 相关链接 row, an attachment's name.
    const heading = ['浙江省教育厅2024年度政府信息公开工作报告', '2024年,省教育厅聚焦教育改革发展和群众关注关切。'];
    const linked = [...heading, ...zhejiang.slice(0, -1), '相关链接', '浙江省教育厅2023年度政府信息公开工作报告'];
    expect(titleOf(doc({ title: '', allLines: linked, bodyLines: heading })).title).toBe('浙江省教育厅2024年度政府信息公开工作报告');
    const attached = [...zhejiang.slice(0, -1), '附件:浙江省教育厅2024年度政府信息公开工作报告.docx', ...heading];
    expect(titleOf(doc({ title: '', allLines: attached, bodyLines: heading })).title).toBe('浙江省教育厅2024年度政府信息公开工作报告');
    // …but a heading not its own (a 相关链接 list's title, the report itself attached) gives way to the row.
    const listed = ['相关链接', '浙江省教育厅2023年度政府信息公开工作报告', '浙江省教育厅2022年度政府信息公开工作报告'];
    expect(titleOf(doc({ title: '', allLines: [...zhejiang, ...listed], bodyLines: listed })))
      .toEqual({ title: '浙江省教育厅2024年度政府信息公开工作报告', inBody: false });
    // A dated heading over a <title> that names no year (the portal's 年报 column).
    const gaolou = ['高楼镇2018年度政府信息公开年度报告', '本报告是根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,由高楼镇人民政府编制的2018年度政府信息公开年度报告。', '一、概述'];
    const { title } = reportTitle(doc({ title: '瑞安市政府信息公开年报', bodyLines: gaolou }));
    expect(title).toBe('高楼镇2018年度政府信息公开年度报告');
    // A title run into the sentence that introduces it.
    expect(titleOf(doc({ title: '资阳市人民政府信息公开', bodyLines: ['资阳市同城化发展工作局2022年政府信息公开工作年度报告(以下简称年报)是根据《中华人民共和国政府信息公开条例》(国务院令第711号,以下简称《条例》)等文件规定编制。', '一、总体情况'] })).title)
      .toBe('资阳市同城化发展工作局2022年政府信息公开工作年度报告');
  });

  it('reads a <title> that names a report only by the 年报 column it is filed under as the article\'s own title (the TRS template\'s 标题_栏目_站点)', () => {
    // pingtan-2022's <title> template, its column 政府信息公开年报; the article 静海区's 2023 法治政府建设情况报告 (tjjh.gov.cn), its heading shown.
    const site = '_政府信息公开年报_平潭综合实验区党工委管委会';
    const jinghai = ['静海区2023年度法治政府建设情况报告', '来源:静海区人民政府办公室 发布时间:2024-03-28 09:18',
      '2023年,静海区坚持以习近平新时代中国特色社会主义思想为指导,认真学习党的二十大精神,全面贯彻习近平法治思想,按照《静海区法治政府建设实施纲要(20212025年)》目标要求,加快构建职责明确、依法行政的政府治理体系。'];
    expect(titleOf(doc({ title: `静海区2023年度法治政府建设情况报告${site}`, allLines: jinghai, bodyLines: jinghai })))
      .toEqual({ title: '静海区2023年度法治政府建设情况报告', inBody: false });
    // The report filed there keeps the whole <title>, as does one whose <title> is the column and the site alone (no year in either).
    const pingtan = ['平潭综合实验区2022年度政府信息公开工作年度报告', '来源：平潭县人民政府 时间：2023-02-20 15:07'];
    expect(reportTitle(doc({ title: `平潭综合实验区2022年度政府信息公开工作年度报告${site}`, allLines: pingtan, bodyLines: pingtan })).title)
      .toBe(`平潭综合实验区2022年度政府信息公开工作年度报告${site}`);
    expect(reportTitle(doc({ title: `政府信息公开年报${site}`, allLines: ['平潭综合实验区党工委管委会', '一、总体情况'], bodyLines: ['一、总体情况'] })).title)
      .toBe(`政府信息公开年报${site}`);
    // Nor is the column's name a portal shows in a box over the article its heading: the article's own stands under it.
    const boxed = ['政府信息公开年报', ...jinghai];
    expect(titleOf(doc({ title: '天津市静海区人民政府', allLines: boxed, bodyLines: boxed }))).toEqual({ title: '天津市静海区人民政府', inBody: false, nameAbove: undefined });
    // A report under the same box is read by its own heading.
    const report = ['政府信息公开年报', ...pingtan, '本报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)等文件要求,汇总平潭综合实验区各有关单位政府信息公开工作情况编制而成。'];
    expect(reportTitle(doc({ title: '平潭综合实验区党工委管委会', allLines: report, bodyLines: report })).title).toBe('平潭综合实验区2022年度政府信息公开工作年度报告');
  });

  it('says where the page shows the title: the heading the page\'s <title> is, the lines a heading was read from, the grid\'s cell', () => {
    // Each line of the title, and the characters read of it.
    const where = (text: ReturnType<typeof doc>) => reportTitle(text).at.map((s) => (s.lines === 'all' ? text.allLines : text.bodyLines)[s.line]!.slice(s.start, s.end));
    const page = ['首页 > 年报', '铁岭市2019年度政府信息公开工作报告', '发布时间：2020-02-28'];
    expect(where(doc({ title: '铁岭市2019年度政府信息公开工作报告', allLines: page, bodyLines: page }))).toEqual(['铁岭市2019年度政府信息公开工作报告']);
    // Nor is the site's name the <title> adds, in the portal's header, any place of it: the heading under it is.
    const portal = ['哈尔滨市道里区人民政府', '首页', '道里区经纬街道办事处2022年政府信息公开工作年度报告'];
    expect(where(doc({ title: '道里区经纬街道办事处2022年政府信息公开工作年度报告_哈尔滨市道里区人民政府', allLines: portal, bodyLines: portal })))
      .toEqual(['道里区经纬街道办事处2022年政府信息公开工作年度报告']);
    // A <title> no line of the page shows has no place.
    expect(where(doc({ title: '铁岭市2019年度政府信息公开工作报告', allLines: ['首页'], bodyLines: ['首页'] }))).toEqual([]);
    const zuogong = ['首页', '左贡县人民政府2021年度', '信息公开年度报告', '一、总体情况'];
    expect(where(doc({ title: '左贡县人民政府', bodyLines: zuogong }))).toEqual(['左贡县人民政府2021年度', '信息公开年度报告']);
    const yiwu = ['首页', '义乌市廿三里街道办事处', '2022年政府信息公开工作年度报告', '发布日期：2023-01-11', '一、总体情况'];
    expect(where(doc({ title: '义乌市人民政府', bodyLines: yiwu }))).toEqual(['义乌市廿三里街道办事处', '2022年政府信息公开工作年度报告']);
    const grid = ['索引号：11230102/2023-00003', '发布机构：道里区经纬街道办事处', '名称：道里区经纬街道办事处2022年政府信息公开工作年度报告 '];
    expect(where(doc({ title: '哈尔滨市道里区人民政府', allLines: grid, bodyLines: ['一、总体情况'] }))).toEqual(['道里区经纬街道办事处2022年政府信息公开工作年度报告']);
    const opening = ['资阳市同城化发展工作局2022年政府信息公开工作年度报告(以下简称年报)是根据《中华人民共和国政府信息公开条例》(国务院令第711号,以下简称《条例》)等文件规定编制。', '一、总体情况'];
    expect(where(doc({ title: '资阳市人民政府信息公开', bodyLines: opening }))).toEqual(['资阳市同城化发展工作局2022年政府信息公开工作年度报告']);
  });

  it('finds the heading under a menu of links however long, shown or hidden: its links take no room in the page\'s top (UX pv-b, 300 display:none links)', () => {
    const where = (text: ReturnType<typeof doc>) => reportTitle(text).at.map((s) => (s.lines === 'all' ? text.allLines : text.bodyLines)[s.line]!.slice(s.start, s.end));
    const menu = Array.from({ length: 300 }, (_, i) => `导航栏目${i}：关于印发第${i}号通知的解读2023-01-10`);
    const article = ['相关文章', '当前位置：首页 > 政务公开 > 政府信息公开年报', '2019年上海市人民政府办公厅政府信息公开工作年度报告', '发布日期：2020-01-31',
      '本年度报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）的要求编制。', ...Array.from({ length: 190 }, (_, i) => `正文第${i}段。`)];
    const lines = ['首页政务公开办事服务互动交流无障碍浏览 | 长者模式 | 繁體', ...menu, ...article];
    const links = new Set(menu.map((_, i) => i + 1));
    const page = { title: '2019年上海市人民政府办公厅政府信息公开工作年度报告_政府信息公开年报_上海市人民政府', allLines: lines, bodyLines: lines, allLinks: links, bodyLinks: links };
    expect(where(doc(page))).toEqual(['2019年上海市人民政府办公厅政府信息公开工作年度报告']);
    // The page's <title> naming no report leaves the heading to name it.
    expect(titleOf(doc({ ...page, title: '上海市人民政府' }))).toEqual({ title: '2019年上海市人民政府办公厅政府信息公开工作年度报告', inBody: false });
  });

  it('takes the heading the article stands under over a sidebar\'s news of reports above it (a portal whose <title> is its name)', () => {
    const sidebar = ['今天是2026年11月22日 星期日 无障碍 长者模式', '隆德县人民政府', '首页', '当前位置：首页 > 政府信息公开 > 法定主动公开内容 > 政府信息公开年报',
      '热点新闻', '市政府召开第45次常务会议2026-11-20', '关于2026年度政府信息公开工作年度报告编制工作的通知2026-11-15',
      '我市发布2025年政府信息公开工作年度报告2026-01-31', '图片新闻', '市领导调研重点项目建设[2026-11-19]', '2026年11月'];
    const article = ['隆德县城关镇2021年政府信息公开年度报告', '2022-01-19 15:30 浏览次数：567', '隆德县城关镇', '2021年政府信息公开工作年度报告',
      '根据《中华人民共和国政府信息公开条例》规定,现发布《隆德县城关镇2021年政府信息公开工作年度报告》。', '一、总体情况'];
    expect(titleOf(doc({ title: '隆德县人民政府', bodyLines: [...sidebar, ...article] }))).toEqual({ title: '隆德县城关镇2021年政府信息公开年度报告', inBody: false });
  });

  it('takes no link\'s text for the title: a sidebar\'s report of another body right before an article with no heading', () => {
    const lines = ['今天是2026年11月22日 星期日 无障碍 长者模式', '杭州市西湖区人民政府', '首页', '政务公开', '当前位置：首页 > 政务公开 > 政府信息公开年报',
      '热点信息', '市政府召开第45次常务会议2026-11-20', '余杭区2021年政府信息公开工作年度报告2022-01-28',
      '根据《中华人民共和国政府信息公开条例》规定，现将西湖区民政局2022年政府信息公开工作年度报告公布如下。', '一、总体情况'];
    // The menu, the breadcrumb and the list's items are links.
    const links = new Set([2, 3, 4, 6, 7]);
    expect(titleOf(doc({ title: '杭州市西湖区人民政府', bodyLines: lines, bodyLinks: links }))).toEqual({ title: '杭州市西湖区人民政府', inBody: false });
    // A link's name right above a heading that names no one (a sidebar's list of the county's towns) is no body's over it.
    const towns = ['隆德县人民政府', '乡镇街道', '城关镇人民政府', '沙塘镇人民政府', '联财镇人民政府', '2022年政府信息公开工作年度报告', '发布时间：2023-01-20', '一、总体情况'];
    expect(titleOf(doc({ title: '隆德县人民政府', bodyLines: towns, bodyLinks: new Set([2, 3, 4]) })).nameAbove).toBeUndefined();
    expect(titleOf(doc({ title: '隆德县人民政府', bodyLines: towns })).nameAbove).toBe('联财镇人民政府');
    // The <title> that names the report (and no one) is kept over the list's.
    expect(titleOf(doc({ title: '2022年政府信息公开工作年度报告_西湖区民政局', bodyLines: lines, bodyLinks: links })).title).toBe('2022年政府信息公开工作年度报告_西湖区民政局');
  });

  it('names a report whatever words stand between its subject and 报告: 开展, 情况, 工作开展情况, 的; not another report on the subject', () => {
    // xz-sjt-2025, changchun-erdao-2022; hl-liansheng-2025 and gx-guzhai-2025 name theirs so in their opening.
    for (const title of ['西藏自治区审计厅2025年政务信息公开工作开展年度报告', '关于2022年度政府信息公开情况的报告',
      '2025年连生乡人民政府政府信息公开工作情况报告', '2025年政府信息公开工作开展情况报告']) {
      expect(isTitleLine(title), title).toBe(true);
    }
    // A ranking of universities' disclosure, a third party's appraisal, a self-check (unjs-gaoxiao-eval, yueyang-disanfang-2014, 21-zicha-gaoxian-2022q3).
    for (const title of ['高校信息公开情况评价报告', '2014年政府信息公开第三方评估报告', '高县人民政府2022年第三季度政务公开网络平台自查报告']) {
      expect(namesReport(title), title).toBe(false);
    }
    // A report on the state of 政务公开 work is the yearly one only with its 年度; without it, the government's report to the 人大.
    expect(namesReport('关于全县2021年度政务公开工作情况的报告')).toBe(true);
    expect(namesReport('市人大常委会关于全市政务公开工作情况的报告')).toBe(false);
  });

  it('reads a sentence that names the report as no title', () => {
    expect(isTitleLine('现将和平街道2022年政府信息公开工作年度报告公布如下。')).toBe(false);
    expect(isTitleLine('现将茅坪回族镇2022年度政府信息公开工作报告如下:')).toBe(false);
    expect(isTitleLine('现特向社会公布2024年合水镇人民政府信息公开工作年度报告')).toBe(false);
    expect(isTitleLine('和平街道2022年政府信息公开工作年度报告')).toBe(true);
  });
});

describe('ownTitle', () => {
  it('takes the part of a portal\'s <title> that names the dated report, and a title of one part or of no dated report whole', () => {
    expect(ownTitle('平潭综合实验区2025年度政府信息公开工作年度报告_政府信息公开年报_平潭综合实验区党工委管委会')).toBe('平潭综合实验区2025年度政府信息公开工作年度报告');
    expect(ownTitle('铁岭市2019年度政府信息公开工作报告')).toBe('铁岭市2019年度政府信息公开工作报告');
    // Only the column names a report, and no year: nothing to cut it to.
    expect(ownTitle('政府信息公开年报 | 某县人民政府')).toBe('政府信息公开年报 | 某县人民政府');
  });
});
