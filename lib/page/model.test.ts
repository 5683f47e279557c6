import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { pageFromCheerio } from './cheerio-source.ts';
import { isPagerLine } from '../document/pagination.ts';
import { joinPages } from './model.ts';

const model = (body: string, head = '') =>
  pageFromCheerio(cheerio.load(`<html><head><title>某县2022年政府信息公开工作年度报告</title>${head}</head><body>${body}</body></html>`).root()[0]!);

describe('joinPages', () => {
  it('joins the pages in order, each line, table and image still at its own page\'s nodes', () => {
    const first = model('<p>一、总体情况</p><table><tr><td>收到申请</td><td>12</td></tr></table><p><a href="bg.pdf">附件</a></p>', '<meta name="PubDate" content="2023-01-20">');
    const second = model('<p>三、收到和处理政府信息公开申请情况</p><img src="b.png"><table><tr><td><table><tr><td>予以公开</td><td>5</td></tr></table></td></tr></table>', '<meta name="PubDate" content="2023-01-21">');
    const joined = joinPages([first, second]);
    expect(joined.title).toBe('某县2022年政府信息公开工作年度报告');
    expect(joined.meta).toEqual({ pubdate: '2023-01-20' });
    expect(joined.lines.map((l) => [l.text, l.table])).toEqual([
      ['一、总体情况', -1], ['收到申请', 0], ['12', 0], ['附件', -1],
      ['三、收到和处理政府信息公开申请情况', -1], ['予以公开', 2], ['5', 2],
    ]);
    expect(joined.tables.map((t) => [t.parent, t.firstLine, t.endLine, t.rows[0]!.cells[0]!.text])).toEqual([
      [-1, 1, 3, '收到申请'], [-1, 5, 7, ''], [1, 5, 7, '予以公开'], // the outer cell's text leaves out the nested table's
    ]);
    expect(joined.tables[2]!.node).toBe(second.tables[1]!.node);
    expect(joined.lines[6]!.pieces[0]!.node).toBe(second.lines[2]!.pieces[0]!.node);
    expect(joined.images).toEqual([5]);
    expect(joined.attachments.map((a) => a.href)).toEqual(['bg.pdf']);
  });
});

describe('joinPages over pages in the portal\'s frame', () => {
  // Each page in a layout table: the portal's header, the title and date line, the article's part, the pager, tools and footer.
  const framed = (article: string, pager: string) => model(`<table><tr><td><p>首页 &gt; 政务公开 &gt; 年度报告</p>
    <table><tr><td>网站导航</td><td>无障碍</td></tr></table><h1>某县2022年政府信息公开工作年度报告</h1><p>发布时间：2023-01-20</p>
    ${article}<div>${pager}</div><p>【打印本页】【关闭窗口】</p><p><a href="/zhinan.pdf">政府信息公开指南</a></p>
    <p>主办单位：某县人民政府办公室</p></td></tr></table>`);

  it('keeps the frame once, page 1\'s above and the last page\'s under, and leaves the pager out', () => {
    const first = framed('<p>二、主动公开政府信息情况</p><table><tr><td>规章</td><td>1</td></tr></table>', '<span>1</span> <a href="t_1.html">2</a> <a href="t_1.html">下一页</a>');
    const second = framed('<table><tr><td>规范性文件</td><td>3</td></tr></table><p>三、收到和处理政府信息公开申请情况</p>', '<a href="t.html">上一页</a> <a href="t.html">1</a> <span>2</span>');
    const joined = joinPages([first, second], isPagerLine);
    expect(joined.lines.map((l) => [l.text.trim(), l.table])).toEqual([
      ['首页 > 政务公开 > 年度报告', 0], ['网站导航', 1], ['无障碍', 1], ['某县2022年政府信息公开工作年度报告', 0], ['发布时间：2023-01-20', 0],
      ['二、主动公开政府信息情况', 0], ['规章', 2], ['1', 2],
      ['规范性文件', 4], ['3', 4], ['三、收到和处理政府信息公开申请情况', 3],
      ['【打印本页】【关闭窗口】', 3], ['政府信息公开指南', 3], ['主办单位：某县人民政府办公室', 3],
    ]);
    // Page 2's layout table holds its part of the article; its menu's table is the frame's, and goes with it.
    expect(joined.tables.map((t) => [t.parent, t.firstLine, t.endLine])).toEqual([[-1, 0, 8], [0, 1, 3], [0, 6, 8], [-1, 8, 14], [3, 8, 10]]);
    expect(joined.tables[4]!.node).toBe(second.tables[2]!.node);
    expect(joined.attachments.map((a) => a.href)).toEqual(['/zhinan.pdf']);
  });
});
