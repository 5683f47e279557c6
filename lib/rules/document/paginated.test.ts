import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { extract } from '../../extract.ts';
import { pageFromCheerio } from '../../page/cheerio-source.ts';
import { joinPages } from '../../page/model.ts';
import { isPagerLine } from '../../document/pagination.ts';
import { extractWithCheerio, FIXED_NOW } from '../../../test/support/fixtures.ts';
import { findingsOf, makeContext, makeReport } from '../../../test/support/report.ts';
import { consistentFigures, type Layout, PLAIN_LAYOUT, random, reportPage } from '../../../test/support/standard-tables.ts';
import { paginated } from './paginated.ts';

describe('document/paginated', () => {
  it('says nothing of a report on one page', () => {
    expect(findingsOf(paginated, makeReport({ applications: null }))).toEqual([]);
  });

  it('says the report goes on over other pages, and which of the tables this page lacks', () => {
    const firstPage = makeReport({ applications: null, reviewLitigation: null });
    expect(findingsOf(paginated, firstPage, makeContext({ pagination: { page: 1, pages: 3 } }))).toEqual([{
      rule: 'document/paginated', severity: 'info', cells: [], expected: null, actual: null,
      message: '报告分页发布（本页为第1页，共3页），本工具只读了本页：本页未见表三、表四，可能在其他页；本页未见的表格和部分不作缺失报告，请翻页核对',
    }]);
    // A pager that shows page numbers only, on a page with all three tables.
    expect(findingsOf(paginated, makeReport(), makeContext({ pagination: { page: null, pages: null } }))[0]!.message)
      .toBe('报告分页发布，本工具只读了本页：本页未见的表格和部分不作缺失报告，请翻页核对');
  });

  it('says which items of 表二 a page shows where it holds part of it, its 规章 left out or not', () => {
    const paged = makeContext({ pagination: { page: 2, pages: 3 } });
    const { regulations: _r, normativeDocuments: _n, licensing: _l, ...rest } = makeReport().activeDisclosure as Record<string, unknown>;
    expect(findingsOf(paginated, makeReport({ activeDisclosure: rest }), paged)[0]!.message).toContain('本页的表二只有“行政处罚”至“行政事业性收费”各项，其余各项可能在其他页；');
    // A 表二 without only its 规章 row (a county makes none) is whole.
    const { regulations: _, ...whole } = makeReport().activeDisclosure as Record<string, unknown>;
    expect(findingsOf(paginated, makeReport({ activeDisclosure: whole }), paged)[0]!.message).not.toContain('表二');
    // 表二 without its last item, 表三 below it on the page: 表二 ends here, nothing of it on another page.
    const { fees: _f, ...lacking } = makeReport().activeDisclosure as Record<string, unknown>;
    expect(findingsOf(paginated, makeReport({ activeDisclosure: lacking }), paged)[0]!.message).not.toContain('表二');
    expect(findingsOf(paginated, makeReport({ activeDisclosure: lacking, applications: null, reviewLitigation: null }), paged)[0]!.message)
      .toContain('本页的表二只有“行政规范性文件”至“行政强制”各项，其余各项可能在其他页；');
    // 表二 without its first items under its part's heading on the page: 表二 starts here.
    const { normativeDocuments: _n2, ...headless } = makeReport().activeDisclosure as Record<string, unknown>;
    const headed = makeContext({ lines: ['二、主动公开政府信息情况', '第二十条第(五)项'], pagination: { page: 1, pages: 3 } });
    expect(findingsOf(paginated, makeReport({ activeDisclosure: headless }), headed)[0]!.message).not.toContain('表二');
    expect(findingsOf(paginated, makeReport({ activeDisclosure: headless }), paged)[0]!.message).toContain('本页的表二只有“行政许可”至“行政事业性收费”各项');
  });

  it('names the tables a report of the formats\' years lacks, read as prose, but none of a 统计表 year\'s', () => {
    const prose = (year: number) => makeReport({ document: { format: 'prose', year }, activeDisclosure: null, applications: null, reviewLitigation: null });
    const paged = makeContext({ pagination: { page: 2, pages: 2 } });
    expect(findingsOf(paginated, prose(2021), paged)[0]!.message).toContain('（本页为第2页，共2页），本工具只读了本页：本页未见表二、表三、表四，可能在其他页；');
    expect(findingsOf(paginated, prose(2017), paged)[0]!.message).not.toContain('表二');
  });
});

describe('page 1 of a paginated report, read through extract()', () => {
  // A 2021-format page that ends after 表二: 三 to 六 and the signature are on page 2.
  const layout: Layout = PLAIN_LAYOUT;
  const rand = random(7);
  const whole = reportPage(consistentFigures(rand, layout), layout, rand);
  const firstPage = (pager: string) => `${whole.slice(0, whole.indexOf('<p>三、'))}
<div class="page" id="page_div">${pager}</div>
<div class="footer">版权所有：某某县人民政府办公室</div></body></html>`;
  const rules = (html: string) => extractWithCheerio(html, 'http://www.example.gov.cn/zfxxgk/ndbg/202301/t20230120_4567890.html')
    .report.warnings.filter((w) => w.rule.startsWith('document/')).map((w) => `${w.severity} ${w.rule}`);

  it('reports 表三, 表四 and the parts of page 2 missing where the page has no pager', () => {
    expect(rules(firstPage(''))).toEqual(['error document/required-tables', 'error document/required-tables', 'warning document/six-parts']);
  });

  it('says instead that the report goes on over the next page, read from TRS\'s pager or its script', () => {
    const pager = '<span>首页</span>&nbsp;<span>上一页</span>&nbsp;<span style="color:#FF0000;">1</span>&nbsp;<a href="t20230120_4567890_1.html">2</a>&nbsp;<a href="t20230120_4567890_1.html">下一页</a>&nbsp;<a href="t20230120_4567890_1.html">尾页</a>';
    expect(rules(firstPage(pager))).toEqual(['info document/paginated']);
    const script = '<script type="text/javascript">createPageHTML(2, 0, "t20230120_4567890", "html");</script>';
    const { report } = extractWithCheerio(firstPage(script), null);
    expect(report.warnings.find((w) => w.rule === 'document/paginated')!.message).toContain('（本页为第1页，共2页），本工具只读了本页：本页未见表三、表四，可能在其他页；');
  });

  it('leaves the 表三 rows past the page\'s end unnamed: they may be on page 2', () => {
    const cut = `${whole.slice(0, whole.indexOf('<tr><td>2.没有现成信息需要另行制作'))}</table>`;
    const missingRows = (pager: string) => extractWithCheerio(firstPage(pager).replace(/[\s\S]*(?=<div class="page")/, cut), null)
      .report.warnings.filter((w) => w.rule === 'recognition/missing-rows').map((w) => w.message);
    expect(missingRows('')).toEqual(['表三缺少标准格式中的“无法提供·没有现成信息需要另行制作”、“无法提供·补正后申请内容仍不明确”、“不予处理”（5行）、“其他处理”、“办理结果总计”、“结转下年度”行，其数字无从读取']);
    expect(missingRows('<span>1</span>&nbsp;<a href="t20230120_4567890_1.html">2</a>&nbsp;<a href="t20230120_4567890_1.html">下一页</a>')).toEqual([]);
  });

  it('takes a list\'s pager on the page for no pager of the report', () => {
    expect(rules(firstPage('共25条 第1/3页 <a>首页</a> <a>上一页</a> <a>下一页</a> <a>尾页</a>'))).toEqual(['error document/required-tables', 'error document/required-tables', 'warning document/six-parts']);
  });
});

describe('a paginated report\'s pages read and joined', () => {
  const layout: Layout = PLAIN_LAYOUT;
  const rand = random(11);
  const whole = reportPage(consistentFigures(rand, layout), layout, rand);
  const URL = 'http://www.example.gov.cn/zfxxgk/ndbg/202301/t20230120_4567890.html';
  // Each page in the portal's frame: its header, the article's title and date above, the pager, tools and footer below.
  const head = whole.slice(0, whole.indexOf('<p>一、'));
  const framed = (text: string, page: number) => `${head.replace('<body>', '<body><div class="nav">首页 &gt; 政府信息公开 &gt; 年度报告</div>')}${text}
<div class="page">第${page}页 共2页 <a href="t20230120_4567890${page === 1 ? '_1' : ''}.html">${page === 1 ? '下一页' : '上一页'}</a></div>
<div>【打印本页】【关闭窗口】</div><div class="footer">版权所有：某某县人民政府办公室</div></body></html>`;
  const cut = whole.indexOf('<p>三、');
  const pages = [framed(whole.slice(whole.indexOf('<p>一、'), cut), 1), framed(whole.slice(cut, whole.indexOf('</body>')), 2)]
    .map((html) => pageFromCheerio(cheerio.load(html).root()[0]!));
  const read = (joined: number[], failed: number[]) => extract(joinPages(joined.map((p) => pages[p - 1]!), isPagerLine), {
    url: URL, now: FIXED_NOW, pagination: { page: 1, pages: 2, joined: { read: joined, failed } },
  }).report;

  it('reads the whole report over its pages, as printed on one, and says the pages were read', () => {
    const report = read([1, 2], []);
    const alone = extractWithCheerio(whole, URL).report;
    for (const key of ['activeDisclosure', 'applications', 'reviewLitigation'] as const) expect(report[key]).toEqual(alone[key]);
    expect(report.proseFigures.map((f) => [f.label, f.value])).toEqual(alone.proseFigures.map((f) => [f.label, f.value]));
    expect(report.document.signedAt).toBe(alone.document.signedAt);
    expect(report.warnings.filter((w) => w.rule.startsWith('document/')).map((w) => `${w.severity} ${w.rule} ${w.message}`))
      .toEqual(['info document/paginated 报告分页发布（共2页），已读取第1、2页合并核对']);
  });

  it('says which page could not be read, and calls nothing missing that may be on it', () => {
    const report = read([1], [2]);
    expect(report.applications).toBeNull();
    expect(report.warnings.filter((w) => w.rule.startsWith('document/')).map((w) => `${w.severity} ${w.rule} ${w.message}`)).toEqual([
      'info document/paginated 报告分页发布（共2页），已读取第1页合并核对，第2页未能读取：已读各页未见表三、表四，可能在第2页；未读到的表格和部分不作缺失报告，请翻页核对',
    ]);
  });
});
