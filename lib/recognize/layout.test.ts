import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { extractWithCheerio } from '../../test/support/fixtures.ts';
import { pageFromCheerio } from '../page/cheerio-source.ts';
import { layoutTables } from './layout.ts';

const layoutOf = (html: string) => [...layoutTables(pageFromCheerio(cheerio.load(html).root()[0]!))];

describe('layoutTables', () => {
  it('counts the figures of an article set a paragraph a row as the figure reading reads them, footnote marks left out', () => {
    const article = '本机关严格按照《中华人民共和国政府信息公开条例》要求，认真做好政府信息公开工作。'.repeat(4);
    const paragraph = '全年未发生因政府信息公开工作受到责任追究的情况，也未收到相关投诉举报。';
    const rows = (mark: string) => `<table><tr><td>${article}</td><td>说明</td></tr>`
      + `<tr><td>${paragraph}</td><td>${mark}</td></tr>`.repeat(2)
      + `<tr><td>${paragraph}</td><td>${paragraph}</td></tr>`.repeat(5) + '</table>';
    // A dash with a footnote mark (-<sup>1</sup>) is no figure, not -1: hardly a number in the rows.
    expect(layoutOf(rows('-<sup>1</sup>'))).toEqual([0]);
    expect(layoutOf(rows('-1'))).toEqual([]);
  });

  it('keeps a header row a page break cut off from 表三 as a table where the next table carries it on, and a frame of a cell or two as layout', () => {
    const header = '<table><tr><td colspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr></table>';
    // 表三's part after the cut: its other header rows (the corner and the spans down into them lost), its data.
    const rest = '<p>\u00a0</p><table><tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>'
      + '<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>'
      + '<tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>33</td><td>2</td><td>0</td><td>0</td><td>7</td><td>0</td><td>42</td></tr></table>';
    expect(layoutOf(header + rest)).toEqual([]);
    // With no table carrying it on, the header is text; so are frames whose every cell spans columns, and an empty table.
    const frame = '<table><tr><td>某某县人民政府办公室</td><td>2023年1月20日</td></tr></table>';
    expect(layoutOf(header + frame)).toEqual([0, 1]);
    const signature = '<table><tr><td colspan="2">某某县人民政府办公室</td></tr><tr><td colspan="2">2023年1月20日</td></tr></table>';
    const title = '<table><tr><td colspan="2">某某县2022年政府信息公开工作年度报告</td></tr><tr><td colspan="2">发布时间：2023-01-20 来源：某某县人民政府办公室</td></tr></table>';
    expect(layoutOf(title + signature + rest)).toEqual([0, 1]);
    expect(layoutOf('<table></table>' + rest)).toEqual([0]);
  });

  it('reads a report\'s 落款 framed in cells that span columns as its signature', () => {
    const parts = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况'];
    const html = '<html><head><title>青山区2022年政府信息公开工作年度报告</title></head><body><h1>青山区2022年政府信息公开工作年度报告</h1>'
      + '<p>本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。</p>'
      + parts.map((part) => `<p>${part}</p><p>2022年，青山区认真贯彻落实《中华人民共和国政府信息公开条例》，各项工作有序开展。</p>`).join('')
      + '<table><tr><td colspan="2" align="right">青山区人民政府办公室</td></tr><tr><td colspan="2" align="right">2023年1月20日</td></tr></table></body></html>';
    expect(extractWithCheerio(html, null).report.document.signedAt).toBe('2023-01-20');
  });
});
