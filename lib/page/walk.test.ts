import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { pageFromCheerio } from './cheerio-source.ts';
import { pageFromDom } from './dom-source.ts';

const pageOf = (html: string) => pageFromCheerio(cheerio.load(html).root()[0]!);
const cellsOf = (html: string) => pageOf(html).tables[0]!.rows[0]!.cells;

describe('walkPage', () => {
  it('offers a reading with the hidden elements that hold a table shown, only where one does: not a hidden menu', () => {
    // pingtan-2025-qzb: the 文字版 tab hidden under the 全真版 viewer; the share box hidden beside it.
    const html = '<div class="word_con" style="display: none;"><p>第二十条第（五）项</p><table><tr><td><p>行政许可</p></td><td><p>2418</p></td></tr></table></div>'
      + '<div class="share_box" style="display:none"><a href="javascript:void(0);">微信</a></div><p>时间：2026-03-10 12:56</p>';
    const page = pageOf(html);
    expect(page.tables).toEqual([]);
    expect(page.lines.map((l) => l.text)).toEqual(['时间：2026-03-10 12:56']);
    const shown = page.hidden!();
    expect(shown.tables[0]!.rows[0]!.cells.map((c) => c.text)).toEqual(['行政许可', '2418']);
    expect(shown.lines.map((l) => l.text)).toEqual(['第二十条第（五）项', '行政许可', '2418', '时间：2026-03-10 12:56']);
    expect(shown.shownHidden!.map((node) => (node as { attribs: Record<string, string> }).attribs.class)).toEqual(['word_con']);
    expect(page.shownHidden).toBeUndefined();
    expect(pageOf(html.replace(/<table>.*<\/table>/, '')).hidden).toBeUndefined();
  });

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

  it('takes no <a> that goes nowhere else for a link: Word\'s bookmarks, a place in the page, a script, the page\'s own address; one a script opens is', () => {
    const page = pageOf('<!-- saved from url=(0031)http://www.xx.gov.cn/art/1.html -->\n<html><head></head><body>'
      + '<p><a name="OLE_LINK1">某县人民政府</a></p><p><a href="#_Toc1">一、总体情况</a></p><p><a href="javascript:void(0)">打印</a></p>'
      + '<p><a href="http://www.xx.gov.cn/art/1.html#top">某县2022年报告</a></p><p><a href="/art/2.html">某县2021年报告</a></p>'
      + '<p><a href="javascript:;" onclick="openArticle(3)">某县2020年报告</a></p><p><a onclick="openArticle(4)">某县2019年报告</a></p></body></html>');
    expect(page.lines.map((l) => l.link ?? false)).toEqual([false, false, false, false, true, true, true]);
  });

  it('reads no-break and ideographic spaces as white space, as /\\s/ does: alone they make no line', () => {
    const page = pageOf('<p>一、总体情况</p><p>&nbsp;</p><p>\u3000\u3000</p><p>本年度\n\u3000\u00a0</p><p>主动公开</p>');
    expect(page.lines.map((l) => l.text)).toEqual(['一、总体情况', '本年度', '主动公开']);
  });

  it('keeps a Word list item\'s number on its item\'s line where Word wrapped its source in the spacer after it; a newline elsewhere still ends a line', () => {
    // hzs-2015 (平潭综合实验区行政审批局): 一、 with "&nbsp; " in the spacer, 二、 with a bare newline, （一） with "&nbsp;\n".
    const html = ['&nbsp; ', '\n', '&nbsp;\n'].map((spacer, i) => `<p class="ListParagraph"><!--[if !supportLists]--><b><span lang="EN-US">${['一、', '二、', '（一）'][i]}`
      + `<span style="font-size: 7pt;">${spacer}</span></span></b><!--[endif]--><b><span>${['概述', '主动公开政府信息的情况', '主动公开政府信息的数量'][i]}</span></b></p>`).join('\n')
      + '<p>本年度\n主动公开</p>';
    const expected = ['一、\u00a0 概述', '二、 主动公开政府信息的情况', '（一）\u00a0 主动公开政府信息的数量', '本年度', '主动公开'];
    expect(pageOf(html).lines.map((l) => l.text)).toEqual(expected);
    const doc = new Window().document;
    doc.body.innerHTML = html;
    expect(pageFromDom(doc as unknown as Document).lines.map((l) => l.text)).toEqual(expected);
  });

  // Reports generated from a form print each figure as a control: a saved page's markup, or a live page's state.
  const FORM_ROW = '<table><tr><td><input type="text" value="42" readonly></td><td><textarea rows="1">\n 7 </textarea></td>'
    + '<td><select><option value="">请选择</option><option selected>3</option></select></td><td><select><option>0</option><option>1</option></select></td>'
    + '<td><input value="5">件</td><td><input type="hidden" value="9"><input type="checkbox" value="1"></td><td><select multiple><option>2</option></select></td></tr></table>';

  it('reads what a form control in a cell shows as the cell\'s text, and makes no line of it', () => {
    const page = pageOf(`<p>本年共收到申请<input value="42">件</p>${FORM_ROW}`);
    expect(page.tables[0]!.rows[0]!.cells.map((c) => c.text)).toEqual(['42', '7', '3', '0', '5件', '', '']);
    expect(page.lines.map((l) => l.text)).toEqual(['本年共收到申请件', '件']);
  });

  // happy-dom neither sanitizes an input's value nor picks a multiple select's first selected option: browsers do.
  it('reads a saved page\'s controls as a browser shows them: a number input\'s value only if a number, a list\'s first selected option', () => {
    const page = pageOf('<table><tr><td><input type="number" value="-"></td><td><input type="NUMBER" value="12"></td><td><input type="number" value="1."></td>'
      + '<td><input value="3\n4"></td><td><select multiple><option selected>4</option><option selected>6</option></select></td></tr></table>');
    expect(page.tables[0]!.rows[0]!.cells.map((c) => c.text)).toEqual(['', '12', '', '34', '4']);
  });

  it('reads a live page\'s controls as they are now, the same as a saved page\'s markup says', () => {
    const doc = new Window().document;
    doc.body.innerHTML = FORM_ROW;
    const dom = () => pageFromDom(doc as unknown as Document).tables[0]!.rows[0]!.cells.map((c) => c.text);
    expect(dom()).toEqual(['42', '7', '3', '0', '5件', '', '']);
    (doc.querySelector('input') as unknown as HTMLInputElement).value = '43';
    (doc.querySelectorAll('select')[1] as unknown as HTMLSelectElement).selectedIndex = 1;
    expect(dom().slice(0, 4)).toEqual(['43', '7', '3', '1']);
  });

  it('notes where the page embeds another document of HTML, and its address, reading nothing inside', () => {
    const page = pageOf('<p>二、主动公开政府信息情况</p><iframe srcdoc="<table><tr><td>规章</td><td>13</td></tr></table>" width="100%"></iframe>'
      + '<p>三、收到和处理政府信息公开申请情况</p><object data="t3.html" type="text/html"><p>您的浏览器不支持</p></object><embed src="/nb/t4.shtml">'
      + '<iframe src="share.html" width="16" height="16"></iframe><iframe src="t5.html" style="display:none"></iframe><object data="t6.pdf" type="application/pdf"></object><iframe srcdoc=" "></iframe>');
    expect(page.embeds).toEqual([{ src: null, before: 1 }, { src: 't3.html', before: 2 }, { src: '/nb/t4.shtml', before: 2 }]);
    expect(page.tables).toEqual([]);
    expect(page.lines.map((l) => l.text)).toEqual(['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况']);
  });
});
