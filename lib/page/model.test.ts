import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { pageFromCheerio } from './cheerio-source.ts';
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
