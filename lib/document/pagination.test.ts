import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { pageFromCheerio } from '../page/cheerio-source.ts';
import { articlePagination, isPagerLine, wholeReport } from './pagination.ts';

/** A report article (part 1 of its text) with `after` below it and `before` above, read as the CLI reads a page. */
function paginationOf(after: string, before = '') {
  const page = pageFromCheerio(cheerio.load(`<html><head><title>某县2022年政府信息公开工作年度报告</title></head><body>
<div class="nav">首页 &gt; 政府信息公开 &gt; 年度报告</div>${before}
<div class="TRS_Editor"><p>一、总体情况</p><p>2022年，全县主动公开政府信息1234条。</p>
<p>二、主动公开政府信息情况</p><p>全年通过政府网站发布信息356条。</p></div>
${after}
<div class="footer">版权所有：某县人民政府</div></body></html>`).root()[0]!);
  return articlePagination(page.lines.map((l) => l.text), page.pagerScripts);
}

describe('articlePagination', () => {
  it('reads the pager TRS writes below the article: its page numbers, this page unlinked', () => {
    const trs = `<div class="page" id="page_div"><span>首页</span>&nbsp;<span>上一页</span>&nbsp;<span style="color:#FF0000;">1</span>&nbsp;<a href="t20230120_4567890_1.html">2</a>&nbsp;<a href="t20230120_4567890_2.html">3</a>&nbsp;<a href="t20230120_4567890_1.html">下一页</a>&nbsp;<a href="t20230120_4567890_2.html">尾页</a></div>`;
    expect(paginationOf(trs)).toEqual({ page: null, pages: null });
    // A long article's pager shows a window of its pages.
    expect(paginationOf('<div class="pages">首页 上一页 1 2 3 4 5 … 12 下一页 尾页</div>')).toEqual({ page: null, pages: null });
    // The same pager as a list of items, a line each; on the first page no 上一页 before the numbers.
    expect(paginationOf('<ul class="pages"><li>1</li><li><a href="index_1.html">2</a></li><li><a href="index_1.html">下一页</a></li></ul>')).toEqual({ page: null, pages: null });
  });

  it('reads 第1页 共2页 with its 下一页 link, in full-width figures too', () => {
    expect(paginationOf('<div class="fy">第1页 共2页 <a href="?page=2">下一页</a></div>')).toEqual({ page: 1, pages: 2 });
    expect(paginationOf('<p align="center">当前第２页　共３页　<a href="t20230120_4567890.html">首页</a> <a href="t20230120_4567890.html">上一页</a> <a href="t20230120_4567890_2.html">下一页</a> 尾页</p>')).toEqual({ page: 2, pages: 3 });
    expect(paginationOf('<div>页次：3/3 <a>首页</a> <a>上一页</a></div>')).toEqual({ page: 3, pages: 3 });
    expect(paginationOf('<div class="page">共2页 首页 上页 1 <a href="?page=2">2</a> <a href="?page=2">下页</a> 尾页</div>')).toEqual({ page: null, pages: 2 });
  });

  it('reads the TRS script that writes the pager where the saved page holds only the script', () => {
    expect(paginationOf('<div id="page_div"><script type="text/javascript">createPageHTML(3, 0, "t20230120_4567890", "html");</script></div>'))
      .toEqual({ page: 1, pages: 3, file: { name: 't20230120_4567890', ext: 'html' } });
    const countPage = `<script language="javascript">
var currentPage = 1;//所在页从0开始
var prevPage = currentPage-1//上一页
var nextPage = currentPage+1//下一页
var countPage = 2//共多少页
if(countPage>1&&currentPage!=0&&currentPage!=1)
	document.write("<a href=\\""+"t20210129_3654321"+"_" + prevPage + "."+"html\\">上一页</a>&nbsp;");
</script>`;
    expect(paginationOf(countPage)).toEqual({ page: 2, pages: 2, file: { name: 't20210129_3654321', ext: 'html' } });
  });

  it('reads a pager of bare page numbers that closes the article, above the portal\'s tools', () => {
    const tools = '<div class="tools">【打印本页】【关闭窗口】</div>';
    expect(paginationOf(`<div class="page"><span>1</span> <a href="t20230120_4567890_1.html">2</a> <a href="t20230120_4567890_2.html">3</a></div>${tools}`)).toEqual({ page: null, pages: null });
    expect(paginationOf(`<ul class="pages"><li><a href="t20230120_4567890.html">1</a></li><li>2</li></ul>${tools}`)).toEqual({ page: null, pages: null });
    // Each number a link of its own, nothing between: the line reads 123.
    expect(paginationOf(`<div class="page"><a>1</a><a href="t20230120_4567890_1.html">2</a><a>3</a></div>${tools}`)).toEqual({ page: null, pages: null });
    // Not from 1, or one number only: no pages.
    expect(paginationOf(`<div class="page">2 3 4</div>${tools}`)).toBeNull();
    expect(paginationOf(`<div class="page">1</div>${tools}`)).toBeNull();
    expect(paginationOf(`<div class="page">124</div>${tools}`)).toBeNull();
    // Nor years, nor a list's pager under its count of items.
    expect(paginationOf(`<div>2022 2023</div>${tools}`)).toBeNull();
    expect(paginationOf(`<div>共25条</div><div>1 2 3</div>${tools}`)).toBeNull();
    // Not where the tools do not follow it (a footer's numbers), nor past them (a side list's pager).
    expect(paginationOf('<div class="page">1 2 3</div>')).toBeNull();
    expect(paginationOf(`${tools}<div class="side"><ul><li>某县2021年政府信息公开工作年度报告</li></ul><div>1 2 3</div></div>`)).toBeNull();
  });

  it('takes no list\'s pager for the article\'s', () => {
    // A list page's pager counts its items.
    expect(paginationOf('<div class="page">共25条 第1/3页 <a>首页</a> <a>上一页</a> <a>下一页</a> <a>尾页</a></div>')).toBeNull();
    expect(paginationOf('<div class="page"><span>共236条</span></div><div>1/20页 <a>首页</a> <a>上一页</a> <a>下一页</a> <a>尾页</a></div>')).toBeNull();
    expect(paginationOf('<div>1/20页 <a>首页</a> <a>上一页</a> <a>下一页</a> <a>尾页</a></div><div>共236条记录</div>')).toBeNull();
    // The article's last sentence before its pager may count 条: no list for that.
    expect(paginationOf('<p>全年办理人大代表建议共12条、政协提案共8条。</p><div>第1页 共2页 <a>下一页</a></div>')).toEqual({ page: 1, pages: 2 });
    // A side column's list, above the article.
    expect(paginationOf('', '<div class="side"><p>相关文件</p><div>1/3页 <a>下一页</a></div></div>')).toBeNull();
    // A side column's list below the article, under the portal's tools: its pager is the list's.
    const side = '<div class="side"><div>往年年报</div><ul><li><a>某县2021年政府信息公开工作年度报告</a></li><li><a>某县2020年政府信息公开工作年度报告</a></li></ul><div>上一页 1 2 下一页</div></div>';
    expect(paginationOf(`<div>打印本页 关闭窗口</div>${side}`)).toBeNull();
    // The article's own pager above the tools still counts.
    expect(paginationOf(`<div>第1页 共2页 <a>下一页</a></div><div>打印本页 关闭窗口</div>${side}`)).toEqual({ page: 1, pages: 2 });
    // TRS's script paging a list, not an article.
    expect(paginationOf('<script>createPageHTML(25, 0, "index", "html");</script>')).toBeNull();
  });

  it('takes no article navigation, breadcrumb nor printed page footer for a pager', () => {
    expect(paginationOf('<div class="prenext"><p>上一篇：<a href="#">某县2021年政务公开工作要点</a></p><p>下一篇：<a href="#">某县信访局政府信息公开指南</a></p></div>')).toBeNull();
    expect(paginationOf('<div class="prenext"><a>上一篇</a> <a>下一篇</a></div>')).toBeNull();
    // Word's page footer pasted with the text: it moves to no other page.
    expect(paginationOf('<p>第 1 页 共 2 页</p><p>三、收到和处理政府信息公开申请情况</p>')).toBeNull();
    // A bar that shows no page number nor count says nothing of more than one page.
    expect(paginationOf('<div>首页 上一页 下一页 尾页</div>')).toBeNull();
    // Nor are a table's figures: 1.2 (万元) in the last row above a bar.
    expect(paginationOf('<table><tr><td>收费金额（万元）</td><td>1.2</td></tr></table><div>首页 上一页 下一页 尾页</div>')).toBeNull();
    // Years are no page numbers.
    expect(paginationOf('<div>2022</div><div>2023</div><div>下一页</div>')).toBeNull();
  });

  it('takes no two pagers that disagree', () => {
    expect(paginationOf('<div>第1页 共3页 <a>下一页</a></div><p>扫一扫在手机打开当前页</p><div>第2页 共4页 <a>下一页</a></div>')).toBeNull();
    expect(paginationOf('<div>第1页 共3页 <a>下一页</a></div><div>第2页 共4页 <a>下一页</a></div>')).toBeNull();
    // The same pager twice is one.
    expect(paginationOf('<div>第1页 共3页 <a>下一页</a></div><p>扫一扫在手机打开当前页</p><div>第1页 共3页 <a>下一页</a></div>')).toEqual({ page: 1, pages: 3 });
    // Under the related links a pager is their list's: the article's own is not put in doubt.
    expect(paginationOf('<div>第1页 共3页 <a>下一页</a></div><p>相关文件</p><div>第2页 共4页 <a>下一页</a></div>')).toEqual({ page: 1, pages: 3 });
  });
});

describe('isPagerLine', () => {
  it('takes a pager\'s line, and no cell\'s figure, year list nor breadcrumb, for one', () => {
    expect(['上一页 1 2 3 下一页', '1 2 3', '第2页 共3页', '首页 上页 下页 尾页', '页次：2/3'].map(isPagerLine)).toEqual([true, true, true, true, true]);
    expect(['0', '12', '2021 2022', '首页 > 政府信息公开 > 年度报告', '共3页的报告已公开。'].map(isPagerLine)).toEqual([false, false, false, false, false]);
  });
});

describe('wholeReport', () => {
  it('takes the pages joined for the whole report only when they are as many as the pager says', () => {
    expect(wholeReport(null)).toBe(true);
    expect(wholeReport({ page: 1, pages: 3, joined: { read: [1, 2, 3], failed: [] } })).toBe(true);
    // 共4页, and links found to pages 2 and 3 only: page 4 was never read.
    expect(wholeReport({ page: 1, pages: 4, joined: { read: [1, 2, 3], failed: [] } })).toBe(false);
    expect(wholeReport({ page: 1, pages: 3, joined: { read: [1, 3], failed: [2] } })).toBe(false);
    expect(wholeReport({ page: 1, pages: 3 })).toBe(false);
  });
});
