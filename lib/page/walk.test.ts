import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { pageFromCheerio } from './cheerio-source.ts';

const pageOf = (html: string) => pageFromCheerio(cheerio.load(html).root()[0]!);
const cellsOf = (html: string) => pageOf(html).tables[0]!.rows[0]!.cells;

describe('walkPage', () => {
  it('notes where a cell sets text as a superscript or subscript, as offsets into its text', () => {
    const [footnote, after, plain] = cellsOf('<table><tr><td>1<sup><a href="#_ftn1">[1]</a></sup></td>'
      + '<td><p>12</p><sup> 3</sup>x<sub>4</sub></td><td>5</td></tr></table>');
    expect(footnote).toMatchObject({ text: '1[1]', scripts: [1, 4] });
    // The line break after <p> joins the text before the superscript's own: offsets count it.
    expect(after).toMatchObject({ text: '12\n 3x4', scripts: [3, 5, 6, 7] });
    expect(plain!.scripts).toBeUndefined();
  });

  it('marks a line whose text is mostly a link\'s to another page: a list\'s item with its date, a menu; not a sentence that cites a link, nor an attachment', () => {
    const page = pageOf('<ul><li><a href="/t1.html">余杭区2021年政府信息公开工作年度报告</a><span>2022-01-28</span></li></ul>'
      + '<h1>西湖区民政局2022年政府信息公开工作年度报告</h1><p>详见<a href="/a.pdf">附件</a>，现将本局2022年度政府信息公开工作情况报告如下。</p>'
      + '<p><a href="/u/tj.xls">1.西湖区民政局2022年政府信息公开情况统计表</a></p>');
    expect(page.lines.map((l) => [l.text, l.link ?? false])).toEqual([
      ['余杭区2021年政府信息公开工作年度报告2022-01-28', true],
      ['西湖区民政局2022年政府信息公开工作年度报告', false],
      ['详见附件，现将本局2022年度政府信息公开工作情况报告如下。', false],
      // An attached document's link is the article's own.
      ['1.西湖区民政局2022年政府信息公开情况统计表', false],
    ]);
  });

  it('reads no-break and ideographic spaces as white space, as /\\s/ does: alone they make no line', () => {
    const page = pageOf('<p>一、总体情况</p><p>&nbsp;</p><p>\u3000\u3000</p><p>本年度\n\u3000\u00a0</p><p>主动公开</p>');
    expect(page.lines.map((l) => l.text)).toEqual(['一、总体情况', '本年度', '主动公开']);
  });
});
