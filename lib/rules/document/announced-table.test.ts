import { describe, expect, it } from 'vitest';
import { extractWithCheerio } from '../../../test/support/fixtures.ts';
import { findingsOf, makeContext, makeReport, wordsOf } from '../../../test/support/report.ts';
import { announcedTable } from './announced-table.ts';

// sg-longgui-2016 (韶关市武江区龙归镇): the report ends on its 附表's caption and its 落款, and the page has no table.
const longgui = ['武江区龙归镇人民政府2016年政府信息公开年度报告', '五、行政复议、诉讼和申诉情况', '2016年度未接到有关政府信息公开方面的复议、诉讼和申诉。',
  '附表:2016年龙归镇政府信息公开年度报告', '韶关市武江区龙归镇人民政府'];
const prose2016 = makeReport({
  document: { format: 'prose', year: 2016, sections: [{ number: '五', title: '行政复议、诉讼和申诉情况' }] },
  activeDisclosure: null, applications: null, reviewLitigation: null,
});

describe('document/announced-table', () => {
  it('warns of a 附表 announced where the page shows no table, picture or attachment (sg-longgui-2016)', () => {
    expect(findingsOf(announcedTable, prose2016, makeContext({ lines: longgui }))).toMatchObject([{
      severity: 'warning',
      message: '报告称附有表格（“附表:2016年龙归镇政府信息公开年度报告”），页面上却没有表格，也没有图片或附件（报告缺表，或表格以本工具读不到的形式发布）',
    }]);
    expect(wordsOf(announcedTable, prose2016, makeContext({ lines: longgui }))).toEqual([['附表:2016年龙归镇政府信息公开年度报告']]);
    // A picture above the caption is not the table.
    expect(findingsOf(announcedTable, prose2016, makeContext({ lines: longgui, images: [1] }))).toHaveLength(1);
  });

  it('reads the 附表 announced in the outline, a pointer to it, or a 附件 naming a table', () => {
    // qingdao-2018 (an excerpt of the page, its outline and no table).
    const outline = '本报告由概述、主动公开政府信息情况、依申请公开政府信息情况、举报和行政复议及行政诉讼情况、工作人员情况、存在的问题和下一步重点工作、附表共7个部分组成。';
    for (const line of [outline, '全年共受理政府信息公开申请12件，具体情况详见附表。', '附件：2016年政府信息公开情况统计表']) {
      expect(findingsOf(announcedTable, prose2016, makeContext({ lines: ['一、概述', line] })), line).toHaveLength(1);
    }
    expect(findingsOf(announcedTable, prose2016, makeContext({ lines: ['附件：某县政府信息公开指南'] }))).toEqual([]);
  });

  it('reads a table of the figures appended by the outline\'s 并附…统计表 or 后附…统计图表 (tinghu-fgw-2014, qinhuai-2014, donghuamen-2011)', () => {
    const outlines = [
      '全文包括概述、主动政府信息公开情况、依申请公开政府信息办理情况、政府信息公开的收费及减免情况、因政府信息公开申请行政复议和提起行政诉讼的情况、存在的主要问题和改进措施,并附指标统计表。',
      '全文包括概述、主动公开政府信息情况、依申请公开政府信息情况、咨询处理情况(公民、法人和其他组织咨询情况)、复议、诉讼和申诉的情况(公民、法人和其他组织就政府信息公开提出复议、诉讼和申诉情况)、政府支出和收费、其他工作情况、存在的主要问题和改进措施,并附相关的说明和指标统计表。',
      '全文包括概述,主动公开政府信息的情况,依申请公开政府信息和不予公开政府信息的情况,政府信息公开的人员、收费及减免情况,政府信息公开咨询情况,因政府信息公开申请行政复议、提起行政诉讼的情况,政府信息公开工作存在的主要问题、改进情况和其他需要报告的事项。报告后附相关的说明和指标统计图表。',
    ];
    expect(outlines.map((line) => wordsOf(announcedTable, prose2016, makeContext({ lines: ['一、概述', line] })))).toEqual([
      [['附指标统计表']], [['附相关的说明和指标统计表']], [['附相关的说明和指标统计图表']],
    ]);
    // Listed as a part of the contents, with no 附 (sanming-2018).
    const sanming = '本年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《福建省政府信息公开办法》规定要求组织编制,主要内容包括:概述,主动公开情况,'
      + '依申请公开办理和行政复议、申诉、诉讼情况,公开收费情况,存在主要问题和整改措施,相关说明和指标统计表。';
    expect(wordsOf(announcedTable, prose2016, makeContext({ lines: ['三明市2018年政府信息公开工作年度报告', sanming] }))).toEqual([['相关说明和指标统计表']]);
    // Appending something else, or a table of something else, is no table of the figures.
    for (const line of ['本报告并附政府信息公开指南。', '我局按要求填报了政府信息公开情况统计表。']) {
      expect(findingsOf(announcedTable, prose2016, makeContext({ lines: ['一、概述', line] })), line).toEqual([]);
    }
  });

  it('passes a 附表 the page shows: a table read or not, a picture or frame under its caption, an attached file', () => {
    const lines = longgui;
    for (const shown of [{ tables: [4] }, { images: [4] }, { frames: [4] }, { attachments: [4] }, { links: new Set([3]) }, { unreadable: ['applications' as const] }]) {
      expect(findingsOf(announcedTable, prose2016, makeContext({ lines, ...shown })), JSON.stringify(shown)).toEqual([]);
    }
    expect(findingsOf(announcedTable, prose2016, makeContext({ lines: [...lines.slice(0, 3), '附表:2016年龙归镇政府信息公开统计表.xls'] }))).toEqual([]);
  });

  it('counts only what stands above the 落款, unless a caption under it announces the table again (sg-longgui-2016, dated)', () => {
    const signedOff = [...longgui, '2017年3月20日'];
    // A table under the 落款 (a portal's footer laid out as one) is not the 附表; one above it is.
    expect(findingsOf(announcedTable, prose2016, makeContext({ lines: signedOff, signedLine: 5, tables: [6] }))).toHaveLength(1);
    expect(findingsOf(announcedTable, prose2016, makeContext({ lines: signedOff, signedLine: 5, tables: [4] }))).toEqual([]);
    // 详见附表 in the text, the 落款, then the 附表's caption and its table: the report's appendix after its signature.
    const appended = ['全年共受理政府信息公开申请12件，具体情况详见附表。', '韶关市武江区龙归镇人民政府', '2017年3月20日', '附表：2016年龙归镇政府信息公开情况统计表'];
    expect(findingsOf(announcedTable, prose2016, makeContext({ lines: appended, signedLine: 2, tables: [4] }))).toEqual([]);
    // The outline's 并附指标统计表 (tinghu-fgw-2014), the 落款, and the table, or its picture, under a caption of 附： as of 附件：
    // (附：区直部门收到和处理政府信息公开申请情况): it was passed over as under the 落款, the report said to show no table nor picture.
    const outlined = ['全文包括概述、主动政府信息公开情况、依申请公开政府信息办理情况、政府信息公开的收费及减免情况、因政府信息公开申请行政复议和提起行政诉讼的情况、存在的主要问题和改进措施,并附指标统计表。',
      '韶关市武江区龙归镇人民政府', '2017年3月20日', '附：2016年龙归镇政府信息公开情况统计表', '注：统计期限为2016年1月1日至2016年12月31日'];
    for (const shown of [{ tables: [4] }, { images: [4] }]) {
      expect(findingsOf(announcedTable, prose2016, makeContext({ lines: outlined, signedLine: 2, ...shown })), JSON.stringify(shown)).toEqual([]);
    }
    expect(findingsOf(announcedTable, prose2016, makeContext({ lines: outlined, signedLine: 2 }))).toHaveLength(1);
  });

  it('leaves tables read, tables due in a format, and one page of several to other rules', () => {
    const lines = longgui;
    expect(findingsOf(announcedTable, makeReport({ document: { format: 'legacy', year: 2016 } }), makeContext({ lines }))).toEqual([]);
    expect(findingsOf(announcedTable, makeReport({ document: { format: 'prose', year: 2019 }, activeDisclosure: null, applications: null, reviewLitigation: null }), makeContext({ lines }))).toEqual([]);
    expect(findingsOf(announcedTable, prose2016, makeContext({ lines, pagination: { page: 2, pages: 3 } }))).toEqual([]);
  });

  it('reads from the page whether it shows the table: a data table, a picture, an attached file (sg-longgui-2016 as its portal printed it)', () => {
    const page = (tail: string) => `<html><head><title>2016年龙归镇政府信息公开年度报告</title></head><body><h1>2016年龙归镇政府信息公开年度报告</h1>
      <p>本年报是按照《中华人民共和国政府信息公开条例》和《韶关市政府信息公开办法》要求,特向社会公布2016年度本级政府信息公开年度报告。报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。</p>
      <p>一、概述</p><p>2016年以来,我镇积极贯彻执行《中华人民共和国政府信息公开条例》,截止2016年底,政府信息公开工作运行正常。</p>
      <p>二、政府信息主动公开情况</p><p>2016年度共主动公开政府信息25条,在主动公开的信息中,工作动态信息5条,财政预决算信息19条,其他信息报告1条。</p>
      <p>三、回应解读情况</p><p>回应公众关注热点或重大舆情数2次。</p><p>四、咨询处理情况</p><p>2016年度未收到任何形式的有关信息公开方面的咨询。</p>
      <p>五、行政复议、诉讼和申诉情况</p><p>2016年度未接到有关政府信息公开方面的复议、诉讼和申诉。</p>
      <p>附表:2016年龙归镇政府信息公开年度报告</p>${tail}<p>韶关市武江区龙归镇人民政府</p></body></html>`;
    const findings = (tail: string) => extractWithCheerio(page(tail), 'http://www.sgwjq.gov.cn/zwgk/zfxxgkndbg/content/post_222204.html')
      .report.warnings.filter((w) => w.rule === announcedTable.id);
    expect(findings('')).toHaveLength(1);
    expect(findings('<p><img src="/u/fb.png" width="640" height="900"></p>')).toEqual([]);
    expect(findings('<p><a href="/u/2016fb.xls">2016年龙归镇政府信息公开情况统计表</a></p>')).toEqual([]);
    expect(findings('<table border="1"><tr><td>指标名称</td><td>单位</td><td>数量</td></tr><tr><td>主动公开政府信息数</td><td>条</td><td>25</td></tr>'
      + '<tr><td>其中：工作动态</td><td>条</td><td>5</td></tr><tr><td>收到申请数</td><td>件</td><td>0</td></tr></table>')).toEqual([]);
  });

  it('counts only what stands in the report from the announcement on, not the portal around it (sg-longgui-2016 with its portal\'s chrome)', () => {
    const page = (above: string, below: string, caption = '附表:2016年龙归镇政府信息公开年度报告') => `<html><head><title>2016年龙归镇政府信息公开年度报告</title></head><body>${above}<h1>2016年龙归镇政府信息公开年度报告</h1>
      <p>一、概述</p><p>2016年以来,我镇积极贯彻执行《中华人民共和国政府信息公开条例》,截止2016年底,政府信息公开工作运行正常。</p>
      <p>五、行政复议、诉讼和申诉情况</p><p>2016年度未接到有关政府信息公开方面的复议、诉讼和申诉。</p>
      <p>${caption}</p><p>韶关市武江区龙归镇人民政府</p>${below}</body></html>`;
    const findings = (above: string, below: string, caption?: string) => extractWithCheerio(page(above, below, caption), 'http://www.sgwjq.gov.cn/zwgk/zfxxgkndbg/content/post_222204.html')
      .report.warnings.filter((w) => w.rule === announcedTable.id);
    // The footer's 党政机关 badge, the 索引号 grid above the article, the sidebar's 申请表 to download.
    expect(findings('', '<div class="footer"><p>主办：韶关市武江区人民政府办公室 版权所有</p><span id="_ideConac"><a href="http://bszs.conac.cn/sitename?method=show&amp;id=XXXX" target="_blank">'
      + '<img id="imgConac" vspace="0" hspace="0" border="0" src="//dcs.conac.cn/image/red.png"></a></span></div>')).toHaveLength(1);
    expect(findings('<table class="xxgk-info" border="0"><tr><td>索引号:</td><td>007015468/2017-00012</td><td>分类:</td><td>政府信息公开年报</td></tr>'
      + '<tr><td>发布机构:</td><td>韶关市武江区龙归镇人民政府</td><td>发文日期:</td><td>2017-03-20</td></tr></table>', '')).toHaveLength(1);
    // A 附表 linked as its own page or picture is not missing.
    for (const href of ['/zwgk/zfxxgkndbg/content/post_222205.html', '/uploadfiles/2017/03/20170320094512.jpg']) {
      expect(findings('', '', `附表:<a href="${href}" target="_blank">2016年龙归镇政府信息公开情况统计表</a>`), href).toEqual([]);
    }
    // The footer laid out as a table with figures in it, under the dated 落款 (主办/承办/网站标识码/ICP, as county portals' footers print them).
    const footer = '<table width="1000" border="0"><tr><td>主办：韶关市武江区人民政府办公室</td><td>承办：韶关市武江区政务服务数据管理局</td></tr>'
      + '<tr><td>网站标识码：4402030001</td><td>粤ICP备05083183号</td></tr></table>';
    expect(findings('', `<p>2017年3月20日</p>${footer}`)).toHaveLength(1);
    expect(findings('<div class="sidebar"><ul><li><a href="/zwgk/zfxxgkzn/">政府信息公开指南</a></li><li><a href="/attachment/0/12/12345/sqb.doc">政府信息公开申请表下载</a></li></ul></div>', '')).toHaveLength(1);
  });
});
