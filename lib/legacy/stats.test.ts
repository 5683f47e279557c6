// Golden test: the 政府信息公开情况统计表 of xiaobanqiao-2018.html, row by row as the page prints it
// (checked by eye against the page and its text dump, ../../shared/seeds/004_2280456dce613c96.txt),
// and the provincial variants of earlier years, built as small tables.
import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { pageFromCheerio } from '../page/cheerio-source.ts';
import { buildGrid } from '../table/grid.ts';
import { extractWithCheerio } from '../../test/support/fixtures.ts';
import { XIAOBANQIAO_ROWS } from '../../test/support/xiaobanqiao-stats.ts';
import { joinParts } from './layout.ts';
import { recognizeLegacyTables } from './stats.ts';

function tablesOf(html: string) {
  const page = pageFromCheerio(cheerio.load(html).root()[0]!);
  return page.tables.map((table) => recognizeLegacyTables([buildGrid(table)]));
}
const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
const table = (rows: string[][]) => `<table>${rows.map(row).join('')}</table>`;


const xiaobanqiao = readFileSync(new URL('../../test/fixtures/pages/xiaobanqiao-2018.html', import.meta.url), 'utf8');

describe('xiaobanqiao-2018.html', () => {
  const html = xiaobanqiao;
  const [legacy] = tablesOf(html);

  it('reads all 65 rows of the 统计表, header aside, with codes, units and values', () => {
    expect(legacy).not.toBeNull();
    expect(legacy!.stats.map((s) => [s.code, s.label, s.unit, s.value])).toEqual(XIAOBANQIAO_ROWS);
    expect(legacy!.stats.every((s) => !('cumulative' in s))).toBe(true);
    expect(legacy!.warnings).toEqual([]);
  });

  it('reads the rows the same where the figures are typed in full-width digits (１７０６)', () => {
    const fullWidth = html.replace(/(<p style="text-align:center">)(\d+)(?=<\/p>)/g, (_, p: string, d: string) => p + d.replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
    expect(fullWidth).toContain('>１７０６<');
    const [read] = tablesOf(fullWidth);
    expect(read?.stats.map((s) => [s.code, s.label, s.unit, s.value])).toEqual(XIAOBANQIAO_ROWS);
    expect(read!.warnings).toEqual([]);
  });

  it('reads the rows the same where a page break cut through 制发规范性文件总数, its label\'s end atop the next part (joinParts)', () => {
    // A PDF's converter: 制发规范性 | 件 | 126 ends the first <table>, 文件总数 | | opens the second.
    const cut = html.replace(/(<tr><td valign="center"><p style="text-align:center">)制发规范性文件总数(<\/p>[\s\S]*?<\/tr>)/,
      '$1制发规范性$2</tbody></table><p>（续表）</p><table border="1"><tbody><tr><td>文件总数</td><td></td><td></td></tr>');
    const page = pageFromCheerio(cheerio.load(cut).root()[0]!);
    expect(page.tables).toHaveLength(2);
    const read = recognizeLegacyTables([joinParts(page.tables.map((table) => buildGrid(table)))]);
    expect(read?.stats.map((s) => [s.code, s.label, s.unit, s.value])).toEqual(XIAOBANQIAO_ROWS);
  });

  it('reads the 统计表 left blank (the form as 国办发〔2014〕32号 prints it, every figure cell empty) as its rows with null figures, each blank noted', () => {
    const blank = html.replace(/(<p style="text-align:center">)\d+(?=<\/p>)/g, '$1');
    expect(blank).not.toContain('>1706<');
    const [read] = tablesOf(blank);
    expect(read?.stats.map((s) => [s.code, s.label, s.unit])).toEqual(XIAOBANQIAO_ROWS.map(([code, label, unit]) => [code, label, unit]));
    expect(read!.stats.every((s) => s.value === null)).toBe(true);
    expect(read!.warnings.find((w) => w.rule === 'figure/blank')?.message).toMatch(/单元格空白/);
    // The report is of the legacy format, its 统计表 there with blanks; a blank form is no evidence the page is a report.
    const filled = extractWithCheerio(html, null).report, empty = extractWithCheerio(blank, null).report;
    expect(empty.document.format).toBe('legacy');
    expect(empty.legacyStats).toHaveLength(65);
    expect(empty.document.confidence).toBeLessThan(filled.document.confidence);
    // A figure column must still be headed so: a column of blanks under another head is no 统计数.
    expect(tablesOf(blank.replace(/统计数/g, '备注'))[0]).toBeNull();
  });

  it('keeps the heads as printed, the year\'s figure column\'s apart (平潭综合实验区公安局 2018, headed 2017年度)', () => {
    const [read] = tablesOf(table([['指 标 名 称', '单位', '2017年度', '历年累计'], ['主动公开信息数', '条', '181', '1568'],
      ['其中：1.政府网站公开数', '条', '181', '1568'], ['2.政府公报公开数', '条', '0', '0'], ['受理政府信息公开申请总数', '条', '1', '3'],
      ['其中：1.当面申请数', '条', '0', '0'], ['2.网上申请数', '条', '0', '0'], ['3.信函申请数', '条', '1', '3']]));
    expect(read!.heads).toEqual([{ value: '2017年度', all: ['指标名称', '单位', '2017年度', '历年累计'] }]);
  });

  it('points each entry at its value cell', () => {
    const $ = cheerio.load(html);
    const texts = legacy!.cells.map((cell) => $(cell.node).text());
    expect(texts[0]).toBe('1706');
    expect(texts[10]).toBe(''); // 二、回应解读情况: blank
    expect(texts[64]).toBe('36');
  });
});

describe('provincial variants', () => {
  it('reads the 指标名称/计量单位/代码/本期实际/本年累计 layout from the 本年累计 column', () => {
    const [legacy] = tablesOf(table([
      ['指标名称', '计量单位', '代码', '本期实际', '本年累计'],
      ['甲', '乙', '丙', '1', '2'],
      ['一、主动公开情况', '—', '—', '', ''],
      ['1.主动公开信息数', '条', '01', '', '425'],
      ['其中：全文电子化信息数', '条', '02', '', '400'],
      ['2.公开规范性文件数', '件', '03', '', '12'],
      ['二、依申请公开情况', '—', '—', '', ''],
      ['1.受理申请总数', '件', '04', '', '7'],
      ['其中：当面申请数', '件', '05', '', '3'],
      ['网络申请数', '件', '06', '', '4'],
      ['2.收取费用', '元', '07', '', '—'],
    ]));
    expect(legacy!.stats).toEqual([
      { code: '一', label: '主动公开情况', unit: null, value: null },
      { code: '一.1', label: '主动公开信息数', unit: '条', value: 425 },
      { code: '一.1.其中1', label: '全文电子化信息数', unit: '条', value: 400 },
      { code: '一.2', label: '公开规范性文件数', unit: '件', value: 12 },
      { code: '二', label: '依申请公开情况', unit: null, value: null },
      { code: '二.1', label: '受理申请总数', unit: '件', value: 7 },
      { code: '二.1.其中1', label: '当面申请数', unit: '件', value: 3 },
      { code: '二.1.其中2', label: '网络申请数', unit: '件', value: 4 },
      { code: '二.2', label: '收取费用', unit: '元', value: null },
    ]);
    expect(legacy!.warnings).toMatchObject([
      { rule: 'figure/not-reported', severity: 'info', cells: [{ table: 'legacyStats', path: '8' }] },
    ]);
  });

  it('reads the 本期实际 column when 本年累计 is empty', () => {
    const [legacy] = tablesOf(table([
      ['指标名称', '计量单位', '本期实际', '本年累计'],
      ['1.主动公开信息数', '条', '425', ''],
      ['2.受理申请数', '件', '7', ''],
      ['3.行政复议数', '件', '0', ''],
    ]));
    expect(legacy!.stats.map((s) => s.value)).toEqual([425, 7, 0]);
  });

  it('reads the latest year where the table sets last year beside this one, its heads years or words (上年度 | 本年度)', () => {
    for (const [last, current, change] of [['2014年', '2015年', '增减（%）'], ['上年度', '本年度', '增减']]) {
      const [legacy] = tablesOf(table([
        ['统计指标', '单位', last!, current!, change!],
        ['（一）主动公开政府信息数', '条', '1707', '1706', '-0.1'],
        ['（二）收到申请数', '件', '40', '46', '15'],
        ['（三）行政复议数量', '件', '1', '3', '200'],
      ]));
      expect(legacy!.stats.map((s) => s.value)).toEqual([1706, 46, 3]);
    }
  });

  it('reads no year\'s figure where last year\'s is the only figure column, its head 上年度 alone or under 统计数', () => {
    const rows = [['（一）主动公开政府信息数', '条', '1707'], ['（二）收到申请数', '件', '40'], ['（三）行政复议数量', '件', '1']];
    expect(tablesOf(table([['统计指标', '单位', '上年度'], ...rows]))).toEqual([null]);
    // Two head rows: 上年度 under 统计数 is last year's still, beside this year's.
    const [legacy] = tablesOf(table([['统计指标', '单位', '统计数', '统计数'], ['', '', '上年度', '本年度'], ...rows.map((r) => [...r, '9'])]));
    expect(legacy!.stats.map((s) => s.value)).toEqual([9, 9, 9]);
  });

  // review3: a head spanning both columns, comparing with last year, marked both last year's and left the 统计表 unread.
  it('reads this year\'s column under a head spanning it and last year\'s (与上年对比, 同比情况 over 本年度 | 上年度)', () => {
    const head = '<tr><td valign="center"><p style="text-align:center">统 计 指 标</p></td><td valign="center"><p style="text-align:center">单位</p></td><td valign="center"><p style="text-align:center">统计数</p></td></tr>';
    expect(xiaobanqiao).toContain(head);
    for (const [over, columns, thisFirst] of [['与上年对比', '<td>本年度</td><td>上年度</td>', true], ['同比情况', '<td>上年度</td><td>本年度</td>', false]] as const) {
      // Last year's figures not given (——), set beside or before the year's in each of the table's rows.
      const compared = xiaobanqiao.replace(head, `<tr><td rowspan="2">统计指标</td><td rowspan="2">单位</td><td colspan="2">${over}</td></tr><tr>${columns}</tr>`)
        .replace(/(<tr>(?:(?!<\/tr>).)*?)(<td valign="center"><p style="text-align:center">[^<]*<\/p><\/td>)(<\/tr>)/gs,
          (_, before: string, value: string, end: string) => before + (thisFirst ? value + '<td>——</td>' : '<td>——</td>' + value) + end);
      const [read] = tablesOf(compared);
      expect(read?.stats.map((s) => [s.code, s.label, s.unit, s.value]), over).toEqual(XIAOBANQIAO_ROWS);
    }
  });

  // review4: 上年度 spanning last year's 数量 | 占比 beside a 统计数 spanning the head rows read last year's as the year's.
  it('reads 统计数 beside a head 上年度 spanning last year\'s columns (数量 | 占比), none of them naming a year', () => {
    const head = '<tr><td valign="center"><p style="text-align:center">统 计 指 标</p></td><td valign="center"><p style="text-align:center">单位</p></td><td valign="center"><p style="text-align:center">统计数</p></td></tr>';
    const compared = xiaobanqiao.replace(head, '<tr><td rowspan="2">统计指标</td><td rowspan="2">单位</td><td rowspan="2">统计数</td><td colspan="2">上年度</td></tr><tr><td>数量</td><td>占比</td></tr>')
      .replace(/(<tr>(?:(?!<\/tr>).)*?<td valign="center"><p style="text-align:center">[^<]*<\/p><\/td>)(<\/tr>)/gs, (_, row: string, end: string) => `${row}<td>7</td><td>——</td>${end}`);
    expect(compared).toContain('<td>7</td><td>——</td>');
    const [read] = tablesOf(compared);
    expect(read?.stats.map((s) => [s.code, s.label, s.unit, s.value])).toEqual(XIAOBANQIAO_ROWS);
  });

  it('keeps a 历年累计 column as cumulative', () => {
    const [legacy] = tablesOf(table([
      ['项目', '单位', '本年度', '历年累计'],
      ['1.主动公开信息数', '条', '425', '1516'],
      ['其中：规范性文件', '条', '25', '—'],
      ['2.受理申请数', '件', '7', '51'],
      ['3.收取费用', '元', '0', '0'],
    ]));
    expect(legacy!.stats).toEqual([
      { code: '1', label: '主动公开信息数', unit: '条', value: 425, cumulative: 1516 },
      { code: '1.其中1', label: '规范性文件', unit: '条', value: 25, cumulative: null },
      { code: '2', label: '受理申请数', unit: '件', value: 7, cumulative: 51 },
      { code: '3', label: '收取费用', unit: '元', value: 0, cumulative: 0 },
    ]);
    expect(legacy!.warnings).toMatchObject([{ rule: 'figure/not-reported', cells: [{ path: '1.cumulative' }] }]);
  });

  it('binds each 历年累计 figure to its cell, so the extension marks it and a finding on it jumps there (CC probe, pingtan-2013)', () => {
    const html = `<h1>某县2013年政府信息公开工作年度报告</h1>${table([
      ['项目', '单位', '本年度', '历年累计'],
      ['1.主动公开信息数', '条', '425', '1516'],
      ['其中：规范性文件', '条', '25', ''],
      ['2.受理申请数', '件', '7', '51'],
      ['3.收取费用', '元', '0', '0'],
    ])}`;
    const { report, bindings } = extractWithCheerio(html, null);
    const cumulative = bindings.filter((b) => b.ref.table === 'legacyStats' && b.ref.path.endsWith('.cumulative'));
    expect(cumulative.map((b) => [b.ref.path, cheerio.load('')(b.node).text()])).toEqual([['0.cumulative', '1516'], ['1.cumulative', ''], ['2.cumulative', '51'], ['3.cumulative', '0']]);
    // The blank 历年累计 of 规范性文件 is noted, and its cell is on the page.
    expect(report.warnings.find((w) => w.rule === 'figure/blank')?.cells).toEqual([{ table: 'legacyStats', path: '1.cumulative' }]);
  });

  it('codes a 其中 list numbered afresh under a part as that part\'s breakdown (CE probe, 平潭人防办 2011)', () => {
    const [legacy] = tablesOf(table([
      ['指 标 名 称', '单位', '数量'],
      ['主动公开信息数', '条', '15'],
      ['正式受理政府信息公开申请数', '件', '5'],
      ['其中：1．在办', '件', '1'], ['2．办结', '件', '4'],
      ['其中：1．同意提供', '件', '3'], ['2．拒绝提供', '件', '1'],
      ['其中：1．信息不存在', '件', '1'], ['2．信息涉密', '件', '0'],
      ['政府信息咨询数', '件', '0'],
      ['其中：1．公开电话', '件', '0'], ['2．服务窗口', '件', '0'],
    ]));
    expect(legacy!.stats.map((s) => [s.code, s.label])).toEqual([
      ['另1', '主动公开信息数'], ['另2', '正式受理政府信息公开申请数'],
      ['另2.其中1', '在办'], ['另2.其中2', '办结'],
      ['另2.其中2.其中1', '同意提供'], ['另2.其中2.其中2', '拒绝提供'],
      ['另2.其中2.其中2.其中1', '信息不存在'], ['另2.其中2.其中2.其中2', '信息涉密'],
      ['另3', '政府信息咨询数'], ['另3.其中1', '公开电话'], ['另3.其中2', '服务窗口'],
    ]);
  });

  it('reads a transposed table, indicators along the top', () => {
    const html = table([
      ['指标', '1.主动公开信息数', '其中：规范性文件', '2.受理申请数', '3.行政复议数', '4.收取费用'],
      ['单位', '条', '条', '件', '件', '万元'],
      ['本年', '312', '14', '9', '1', '0'],
      ['历年累计', '2210', '96', '40', '2', '0.05'],
    ]);
    const [legacy] = tablesOf(html);
    expect(legacy!.stats).toEqual([
      { code: '1', label: '主动公开信息数', unit: '条', value: 312, cumulative: 2210 },
      { code: '1.其中1', label: '规范性文件', unit: '条', value: 14, cumulative: 96 },
      { code: '2', label: '受理申请数', unit: '件', value: 9, cumulative: 40 },
      { code: '3', label: '行政复议数', unit: '件', value: 1, cumulative: 2 },
      { code: '4', label: '收取费用', unit: '万元', value: 0, cumulative: 0.05 },
    ]);
    const $ = cheerio.load(html);
    expect(legacy!.cells.map((cell) => $(cell.node).text())).toEqual(['312', '14', '9', '1', '0']);
  });

  it('codes unnumbered rows after a 其中 row by what they count', () => {
    const [legacy] = tablesOf(table([
      ['统计指标', '单位', '统计数'],
      ['（一）主动公开政府信息数', '条', '1706'],
      ['其中:主动公开规范性文件数', '条', '68'],
      ['制发规范性文件总数', '件', '126'],
      ['（二）收到申请数', '件', '3'],
      ['其中:涉及国家秘密', '件', '1'],
      ['涉及商业秘密', '件', '1'],
      ['申请总计', '件', '2'],
    ]));
    expect(legacy!.stats.map((s) => s.code)).toEqual(['(一)', '(一).其中1', '(一).另1', '(二)', '(二).其中1', '(二).其中2', '(二).另1']);
  });

  it('codes a numbered 其中 list under the unnumbered row it breaks down, as forms without numbering have it', () => {
    const [legacy] = tablesOf(table([
      ['指标名称', '计量单位', '代码', '本期实际', '本年累计'],
      ['网站专栏页面访问量', '人次', '05', '', '5000'],
      ['申请总数', '条', '10', '', '15'],
      ['其中:1.当面申请数', '条', '11', '', '3'],
      ['2.传真申请数', '条', '12', '', '0'],
      ['3.网上申请数', '条', '13', '', '12'],
      ['对申请的答复总数', '条', '17', '', '15'],
      ['其中:1.同意公开答复数', '条', '18', '', '12'],
      ['2.同意部分公开答复数', '条', '19', '', '3'],
      ['行政复议数', '件', '32', '', '0'],
    ]));
    expect(legacy!.stats.map((s) => `${s.code} ${s.label}`)).toEqual([
      '另1 网站专栏页面访问量', '另2 申请总数', '另2.其中1 当面申请数', '另2.其中2 传真申请数', '另2.其中3 网上申请数',
      '另3 对申请的答复总数', '另3.其中1 同意公开答复数', '另3.其中2 同意部分公开答复数', '另4 行政复议数',
    ]);
  });

  it('codes a list numbered afresh under the unnumbered row above it as its breakdown, the next unnumbered row beside that one (a 镇 form: 二、 | 收到申请数 | 1.当面申请数)', () => {
    const [legacy] = tablesOf(table([
      ['序号', '统 计 指 标', '单位', '区政府统计数', '区直单位统计数', '乡镇街道统计数'],
      ['10', '二、依申请公开情况', '----', '', '', ''],
      ['11', '收到申请数', '件', '4', '', ''],
      ['12', '1.当面申请数', '件', '1', '', ''],
      ['13', '2.传真申请数', '件', '0', '', ''],
      ['14', '3.网络申请数', '件', '1', '', ''],
      ['15', '4.信函申请数', '件', '1', '', ''],
      ['16', '申请办结数', '件', '3', '', ''],
      ['17', '1.按时办结数', '件', '3', '', ''],
      ['18', '2.延期办结数', '件', '0', '', ''],
      ['19', '三、行政复议数量', '件', '0', '', ''],
    ]));
    expect(legacy!.stats.map((s) => `${s.code} ${s.label} ${s.value}`)).toEqual([
      '二 依申请公开情况 null', '二.另1 收到申请数 4', '二.另1.1 当面申请数 1', '二.另1.2 传真申请数 0', '二.另1.3 网络申请数 1',
      '二.另1.4 信函申请数 1', '二.另2 申请办结数 3', '二.另2.1 按时办结数 3', '二.另2.2 延期办结数 0', '三 行政复议数量 0',
    ]);
  });

  it('codes a list numbered under a part of a 其中 list under that part', () => {
    const [legacy] = tablesOf(table([
      ['指标名称', '计量单位', '代码', '本月累计', '年度累计'],
      ['对申请的答复总数', '条', '19', '', '12'],
      ['其中：1.同意公开答复数', '条', '20', '', '5'],
      ['2.不予公开答复总数', '条', '21', '', '7'],
      ['（1）“国家秘密”数', '条', '22', '', '3'],
      ['（2）“商业秘密”数', '条', '23', '', '4'],
      ['3.信息不存在数', '条', '24', '', '0'],
      ['行政复议数', '件', '34', '', '0'],
    ]));
    expect(legacy!.stats.map((s) => `${s.code} ${s.label}`)).toEqual([
      '另1 对申请的答复总数', '另1.其中1 同意公开答复数', '另1.其中2 不予公开答复总数', '另1.其中2.(1) “国家秘密”数', '另1.其中2.(2) “商业秘密”数',
      '另1.其中3 信息不存在数', '另2 行政复议数',
    ]);
  });

  it('codes a numbered list under an unnumbered 其中 part under that part (a 上海 form: fees by kind)', () => {
    const [legacy] = tablesOf(table([
      ['指标名称', '计量单位', '代码', '本月累计', '年度累计'],
      ['收取费用总数', '元', '39', '', '5'],
      ['其中：主动公开收费总数', '元', '40', '', '0'],
      ['1.主动公开邮寄费', '元', '41', '', '0'],
      ['2.主动公开复制费', '元', '42', '', '0'],
      ['其中：依申请公开收费总数', '元', '43', '', '5'],
      ['1.依申请检索费', '元', '44', '', '5'],
      ['2.依申请邮寄费', '元', '45', '', '0'],
      ['政府信息公开指定专职人员数', '人', '47', '', '2'],
    ]));
    expect(legacy!.stats.map((s) => `${s.code} ${s.label}`)).toEqual([
      '另1 收取费用总数', '另1.其中1 主动公开收费总数', '另1.其中1.1 主动公开邮寄费', '另1.其中1.2 主动公开复制费',
      '另1.其中2 依申请公开收费总数', '另1.其中2.1 依申请检索费', '另1.其中2.2 依申请邮寄费', '另2 政府信息公开指定专职人员数',
    ]);
  });

  it('reads the several 统计表 a report attaches, the later ones under 表2., 表3.', () => {
    const page = table([
      ['指标', '单位', '数量'], ['一、主动公开信息数', '条', '425'], ['其中：规范性文件', '条', '12'], ['二、公开指南更新', '次', '1'],
    ]) + table([
      ['指标', '单位', '数量'], ['一、受理申请数', '件', '7'], ['1.当面申请', '件', '?3'], ['2.网络申请', '件', '4'], ['二、行政复议', '件', '0'],
    ]);
    const grids = pageFromCheerio(cheerio.load(page).root()[0]!).tables.map((t) => buildGrid(t));
    const legacy = recognizeLegacyTables(grids);
    expect(legacy!.stats.map((s) => `${s.code} ${s.label}=${s.value}`)).toEqual([
      '一 主动公开信息数=425', '一.其中1 规范性文件=12', '二 公开指南更新=1',
      '表2.一 受理申请数=7', '表2.一.1 当面申请=3', '表2.一.2 网络申请=4', '表2.二 行政复议=0',
    ]);
    // Paths count across the tables: the noise is in entry 4.
    expect(legacy!.warnings).toMatchObject([{ rule: 'figure/noise-removed', cells: [{ table: 'legacyStats', path: '4' }] }]);
  });

  it('keeps one outline for a 统计表 printed in parts whose numbering goes on (四、 after 三、)', () => {
    // The 国办发〔2014〕32号 统计表 in three tables, a caption before each (表一：主动公开及回应解读情况 …), as
    // 三溪乡 2018 (jinyun.gov.cn art_1229367861_3661103) prints its figures: 113 条, 71 on the website, 63 on 微信.
    const head = ['统 计 指 标', '单位', '统计数'];
    const page = table([head, ['一、主动公开情况', '——', '——'], ['（一）主动公开政府信息数', '条', '113'],
      ['（二）通过不同渠道和方式公开政府信息的情况', '——', '——'], ['2.政府网站公开政府信息数', '条', '71'], ['4.政务微信公开政府信息数', '条', '63'],
      ['二、回应解读情况', '——', '——'], ['（一）回应公众关注热点或重大舆情数', '次', '']])
      + table([head, ['三、依申请公开情况', '——', '——'], ['（一）收到申请数', '件', '0'], ['1.当面申请数', '件', '0']])
      + table([head, ['四、行政复议数量', '件', '0'], ['（一）维持具体行政行为数', '件', '0'], ['五、行政诉讼数量', '件', '0'], ['六、举报投诉数量', '件', '0']]);
    const grids = pageFromCheerio(cheerio.load(page).root()[0]!).tables.map((t) => buildGrid(t));
    expect(recognizeLegacyTables(grids)!.stats.map((s) => s.code)).toEqual([
      '一', '一.(一)', '一.(二)', '一.(二).2', '一.(二).4', '二', '二.(一)', '三', '三.(一)', '三.(一).1', '四', '四.(一)', '五', '六',
    ]);
  });

  it('reads a value with its unit and records the noise', () => {
    const [legacy] = tablesOf(table([
      ['统计指标', '统计数'],
      ['一、主动公开信息数', '1,706条'],
      ['二、受理申请数', '3件'],
      ['三、行政复议数', '0'],
    ]));
    expect(legacy!.stats.map((s) => [s.unit, s.value])).toEqual([['条', 1706], ['件', 3], [null, 0]]);
    expect(legacy!.warnings).toMatchObject([{ rule: 'figure/noise-removed', cells: [{ path: '0' }, { path: '1' }] }]);
  });

  it('reads the unit a table without a 单位 column names after the label', () => {
    const [legacy] = tablesOf(table([
      ['统计指标', '统计数'],
      ['一、主动公开政府信息数（条）', '1706'],
      ['二、收到申请数(件)', '46'],
      ['三、依申请公开信息收取的费用（单位：万元）', '0.5'],
      ['四、举报投诉数量(不同方式投诉同一事项计1件)', '2'],
    ]));
    expect(legacy!.stats.map((s) => s.unit)).toEqual(['条', '件', '万元', null]);
  });

  it('reads a table set out in two halves side by side, the left half and then the right', () => {
    const html = table([
      ['项目', '数量', '项目', '数量'],
      ['一、主动公开信息数（条）', '860', '四、行政复议数（件）', '2'],
      ['其中：规范性文件（条）', '12', '五、行政诉讼数（件）', '1'],
      ['二、受理申请数（件）', '25', '六、收费金额（元）', '0'],
      ['三、申请答复数（件）', '25', '', ''],
    ]);
    const [legacy] = tablesOf(html);
    expect(legacy!.stats.map((s) => `${s.code} ${s.label}=${s.value}${s.unit}`)).toEqual([
      '一 主动公开信息数(条)=860条', '一.其中1 规范性文件(条)=12条', '二 受理申请数(件)=25件', '三 申请答复数(件)=25件',
      '四 行政复议数(件)=2件', '五 行政诉讼数(件)=1件', '六 收费金额(元)=0元',
    ]);
    const $ = cheerio.load(html);
    expect(legacy!.cells.map((cell) => $(cell.node).text())).toEqual(['860', '12', '25', '25', '2', '1', '0']);
  });

  it('reads labels without the colon, dot leaders or footnote mark they end with before the figure', () => {
    const [legacy] = tablesOf(table([
      ['统计指标', '单位', '统计数'],
      ['一、主动公开政府信息数：', '条', '860'], ['二、收到申请数……', '件', '25'], ['1.当面申请数…………', '件', '5'],
      ['2.网络申请数:', '件', '20'], ['三、行政复议数．．．．．．', '件', '0'], ['四、行政申诉数', '件', '0'],
      ['其中:对本部门首次处理不满意的行政申诉数 *', '件', '0'],
    ]));
    expect(legacy!.stats.map((s) => s.label)).toEqual(['主动公开政府信息数', '收到申请数', '当面申请数', '网络申请数', '行政复议数', '行政申诉数',
      '对本部门首次处理不满意的行政申诉数']);
  });

  it('reads each row\'s figure under its unit where the form sets a figure column per unit (统计指标 | 条 | 件)', () => {
    const html = table([
      ['统计指标', '条', '件'],
      ['一、主动公开情况', '', ''], ['（一）主动公开政府信息数', '500', ''], ['（二）制发规范性文件数', '', '20'],
      ['二、依申请公开情况', '', ''], ['（一）收到申请数', '', '12'], ['1.当面申请数', '', '4'], ['2.网络申请数', '', '8'],
      ['三、行政复议数量', '', '0'],
    ]);
    const [legacy] = tablesOf(html);
    expect(legacy!.stats.map((s) => `${s.label}=${s.value}${s.unit ?? ''}`)).toEqual([
      '主动公开情况=null', '主动公开政府信息数=500条', '制发规范性文件数=20件', '依申请公开情况=null',
      '收到申请数=12件', '当面申请数=4件', '网络申请数=8件', '行政复议数量=0件',
    ]);
    const $ = cheerio.load(html);
    expect(legacy!.cells.map((cell) => $(cell.node).text())).toEqual(['', '500', '20', '', '12', '4', '8', '0']);
  });

  it('reads the unit the figures\' head names (统计数（件）) for the rows with a figure', () => {
    const [legacy] = tablesOf(table([
      ['统计指标', '统计数（件）'],
      ['一、依申请公开情况', '——'], ['（一）收到申请数', '25'], ['1.当面申请', '5'], ['2.网络申请', '20'], ['（二）申请答复数', '25'],
    ]));
    expect(legacy!.stats.map((s) => s.unit)).toEqual([null, '件', '件', '件', '件']);
  });

  it('without a 单位 column, notes no heading\'s —— where rows of its own follow it, but a row dashed with none after it', () => {
    const [legacy] = tablesOf(table([
      ['统计指标', '统计数（件）'],
      ['一、依申请公开情况', '——'], ['（一）收到申请数', '25'], ['1.当面申请', '5'], ['2.网络申请', '20'], ['（二）申请答复数', '25'],
      ['二、行政复议数量', '——'], ['三、行政诉讼数量', '0'],
    ]));
    expect(legacy!.stats.map((s) => s.value)).toEqual([null, 25, 5, 20, 25, null, 0]);
    expect(legacy!.warnings).toMatchObject([{ rule: 'figure/not-reported', cells: [{ path: '5' }] }]);
  });

  it('with a 单位 column, notes no heading whose unit and figure cells the form left blank, rows of its own after it or not', () => {
    const [legacy] = tablesOf(table([
      ['统计指标', '单位', '统计数'],
      ['一、主动公开情况', '', ''], ['（一）主动公开政府信息数', '条', '100'],
      ['二、回应解读情况', '', ''], ['三、依申请公开情况', '', ''], ['（一）收到申请数', '件', '3'], ['四、行政复议数量', '件', '0'],
    ]));
    expect(legacy!.stats.map((s) => s.value)).toEqual([null, 100, null, null, 3, 0]);
    expect(legacy!.warnings).toEqual([]);
  });

  it('reads a figure with a remark in brackets as the figure, noting the remark; other words stay no figure', () => {
    const [legacy] = tablesOf(table([
      ['统计指标', '单位', '统计数'],
      ['（一）收到申请数', '件', '46'],
      ['1.当面申请数', '件', '11（含代理申请2件）'],
      ['2.网络申请数', '件', '35（2件为代理申请）'],
      ['（二）申请办结数', '件', '46'],
      ['1.按时办结数', '件', '45'],
      ['2.延期办结数', '件', '1'],
      ['（二）专项经费', '万元', '纳入部门预算'],
      ['（三）培训班数', '次', '2(1)'],
    ]));
    expect(legacy!.stats.map((s) => `${s.label}=${s.value}`)).toEqual(['收到申请数=46', '当面申请数=11', '网络申请数=35', '申请办结数=46', '按时办结数=45', '延期办结数=1']);
    // A remark opening with a figure of its own is one too (a review found it read as no figure for a while).
    expect(legacy!.warnings).toMatchObject([{ rule: 'figure/noise-removed', cells: [{ path: '1' }, { path: '2' }] }]);
  });

  it('notes no heading the form dashes out (一、主动公开情况 | —— | ——), but a figure dashed under its unit (sg-longgui-2016)', () => {
    // www.sgwjq.gov.cn/zwgk/zfxxgkndbg/content/post_222204.html: the national form, its headings dashed in 单位 and 统计数.
    const [legacy] = tablesOf(table([
      ['统计指标', '单位', '统计数'],
      ['一、主动公开情况', '——', '——'],
      ['（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）', '条', '25'],
      ['（二）通过不同渠道和方式公开政府信息的情况', '——', '——'],
      ['1.政府公报公开政府信息数', '条', '——'],
      ['二、回应解读情况', '——', '——'],
      ['（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）', '次', '2'],
    ]));
    expect(legacy!.stats.map((s) => s.value)).toEqual([null, 25, null, null, null, 2]);
    expect(legacy!.warnings).toMatchObject([{ rule: 'figure/not-reported', message: '统计表有1个单元格填的是“——”，表示未填报，按没有数字处理，不按0计', cells: [{ path: '3' }] }]);
    // …nor in its 历年累计 column (www.bjxch.gov.cn's 大栅栏街道 2009: 北京's form).
    const [beijing] = tablesOf(table([
      ['指 标 名 称', '计量单位', '2009年度', '历年累计'], ['一、主动公开情况', '——', '——', '——'], ['主动公开信息数', '条', '155', ''],
      ['其中：全文电子化率', '%', '100', ''], ['二、依申请公开情况', '——', '——', '——'], ['申请总数', '件', '0', '0'],
    ]));
    expect(beijing!.stats.map((s) => [s.value, s.cumulative])).toEqual([[null, null], [155, null], [100, null], [null, null], [0, 0]]);
    expect(beijing!.warnings.map((w) => [w.rule, w.cells.map((c) => c.path)])).toEqual([['figure/blank', ['1.cumulative', '2.cumulative']]]);
  });

  it('keeps the rows of figures worded as forms print them: 1.2万 exactly, 约300 / 3000多 / 300余 as no figure, noted', () => {
    const [legacy] = tablesOf(table([
      ['统计指标', '单位', '统计数'],
      ['（一）主动公开政府信息数', '条', '1.2万'],
      ['其中：主动公开规范性文件数', '条', '约300'],
      ['（二）通过不同渠道和方式公开政府信息的情况', '——', '——'],
      ['1.政府公报公开政府信息数', '条', '0'],
      ['2.政府网站公开政府信息数', '条', '3000多'],
      ['3.政务微博公开政府信息数', '条', '300余条'],
      ['4.政务微信公开政府信息数', '条', '1.05万条'],
      ['（三）依申请公开收取费用', '元', '1.2万'],
      ['（四）收到申请数', '件', '12'],
      ['（五）行政复议数', '件', '0'],
      ['（六）近3年累计公开数', '条', '近3年'],
    ]));
    expect(legacy!.stats.map((s) => `${s.label}=${s.value}`)).toEqual([
      '主动公开政府信息数=12000', '主动公开规范性文件数=null', '通过不同渠道和方式公开政府信息的情况=null', '政府公报公开政府信息数=0',
      '政府网站公开政府信息数=null', '政务微博公开政府信息数=null', '政务微信公开政府信息数=10500', '依申请公开收取费用=12000',
      '收到申请数=12', '行政复议数=0',
    ]);
    expect(legacy!.warnings.map((w) => [w.rule, w.cells.map((c) => c.path)])).toEqual([
      // The heading's —— | —— (2) is the form's: no figure left unreported.
      ['figure/noise-removed', ['0', '6', '7']], ['figure/approximate', ['1', '4', '5']],
    ]);
    // 1.2万 read 12000 is said, its form changed (and 1.2万 元 of a fee is 12000 元).
    expect(legacy!.warnings[0]!.message).toBe('统计表有3个数字带有多余字符（如“1.2万”即12000、“1.05万条”即10500），已去除后读数');
    expect(legacy!.warnings[1]!.message).toBe('统计表有3个数字是约数（“约300”、“3000多”、“300余条”），不是确数，按没有数字处理');
  });

  it('reads a 万 figure in a row whose label or head counts in 万元 as the amount in 万元: 1.2万 元 is 1.2 万元', () => {
    const [legacy] = tablesOf(table([
      ['统计指标', '单位', '统计数'],
      ['一、主动公开政府信息数', '条', '1.2万'],
      ['二、收到申请数', '件', '12'],
      ['三、行政复议数', '件', '0'],
      ['七、依申请公开信息收取的费用（万元）', '——', '1.2万'],
    ]));
    expect(legacy!.stats.map((s) => `${s.label}=${s.value}${s.unit}`)).toEqual([
      '主动公开政府信息数=12000条', '收到申请数=12件', '行政复议数=0件', '依申请公开信息收取的费用(万元)=1.2万元',
    ]);
    const [headed] = tablesOf(table([
      ['统计指标', '统计数（万元）'], ['一、主动公开收费', '1.2万'], ['二、依申请公开收费', '0'], ['三、复制费', '0'],
    ]));
    expect(headed!.stats.map((s) => s.value)).toEqual([1.2, 0, 0]);
  });

  it('reads a figure with a footnote mark in superscript as the figure, noting the mark (Word exports: 1706<sup>1</sup>)', () => {
    const [legacy] = tablesOf(table([
      ['统计指标', '统计数'],
      ['一、主动公开信息数', '1706<sup>1</sup>'],
      ['二、受理申请数', '3<sup><a href="#_ftn1">[1]</a></sup>'],
      ['三、行政复议数', '0'],
    ]));
    expect(legacy!.stats.map((s) => s.value)).toEqual([1706, 3, 0]);
    expect(legacy!.warnings).toMatchObject([{ rule: 'figure/noise-removed', cells: [{ path: '0' }, { path: '1' }] }]);
    expect(legacy!.warnings[0]!.message).toContain('1706¹');
  });
});

describe('the national template as pages print it', () => {
  it('finds the figure column of a short table whose figures mostly carry footnote marks in superscript', () => {
    const [legacy] = tablesOf(table([
      ['统计指标', '统计数'],
      ['一、主动公开信息数', '1706<sup>[1]</sup>'],
      ['二、受理申请数', '3<sup>[2]</sup>'],
      ['三、行政复议数', '0'],
    ]));
    expect(legacy!.stats.map((s) => s.value)).toEqual([1706, 3, 0]);
  });

  const wide = (text: string) => `<tr><td colspan="3">${text}</td></tr>`;

  it('reads the part names right of a 其中 cell where 统计指标 spans two columns (Word: the 其中 cell spans the list)', () => {
    const wideLabel = (label: string, unit: string, value: string) => `<tr><td colspan="2">${label}</td><td>${unit}</td><td>${value}</td></tr>`;
    const [legacy] = tablesOf(`<table><tr><td colspan="2">统计指标</td><td>单位</td><td>统计数</td></tr>${[
      wideLabel('（一）主动公开政府信息数', '条', '1706'),
      '<tr><td>其中：</td><td>主动公开规范性文件数</td><td>条</td><td>68</td></tr>',
      '<tr><td></td><td>制发规范性文件总数</td><td>件</td><td>126</td></tr>',
      wideLabel('（二）申请答复数', '件', '5'),
      wideLabel('1.不同意公开答复数', '件', '3'),
      '<tr><td rowspan="3">其中</td><td>涉及国家秘密</td><td>件</td><td>1</td></tr>',
      '<tr><td>涉及商业秘密</td><td>件</td><td>0</td></tr>',
      '<tr><td>涉及个人隐私</td><td>件</td><td>2</td></tr>',
      wideLabel('2.申请信息不存在数', '件', '2'),
    ].join('')}</table>`);
    expect(legacy!.stats.map((s) => `${s.code} ${s.label}=${s.value}`)).toEqual([
      '(一) 主动公开政府信息数=1706', '(一).其中1 主动公开规范性文件数=68', '(一).另1 制发规范性文件总数=126', '(二) 申请答复数=5',
      '(二).1 不同意公开答复数=3', '(二).1.其中1 涉及国家秘密=1', '(二).1.其中2 涉及商业秘密=0', '(二).1.其中3 涉及个人隐私=2', '(二).2 申请信息不存在数=2',
    ]);
  });

  it('reads the rows under a row of 其中 alone as its parts', () => {
    const [legacy] = tablesOf(table([
      ['统计指标', '单位', '统计数'],
      ['4.不同意公开答复数', '件', '3'],
      ['其中：', '', ''],
      ['　　涉及国家秘密', '件', '1'],
      ['　　涉及商业秘密', '件', '0'],
      ['　　涉及个人隐私', '件', '2'],
      ['5.不属于本行政机关公开数', '件', '5'],
    ]));
    expect(legacy!.stats.map((s) => `${s.code} ${s.label}`)).toEqual([
      '4 不同意公开答复数', '4.其中1 涉及国家秘密', '4.其中2 涉及商业秘密', '4.其中3 涉及个人隐私', '5 不属于本行政机关公开数',
    ]);
  });

  it('reads a form that numbers nothing, its rows grouped by a column of group names', () => {
    const [legacy] = tablesOf(`<table>${row(['类别', '指标名称', '单位', '数量'])}${[
      '<tr><td rowspan="2">主动公开情况</td><td>主动公开政府信息数</td><td>条</td><td>425</td></tr>',
      row(['其中：全文电子化信息数', '条', '400']),
      '<tr><td rowspan="2">依申请公开情况</td><td>受理申请总数</td><td>件</td><td>7</td></tr>',
      row(['对申请的答复总数', '件', '7']),
      '<tr><td>复议诉讼情况</td><td>行政复议数</td><td>件</td><td>0</td></tr>',
    ].join('')}</table>`);
    expect(legacy!.stats.map((s) => `${s.code} ${s.label}=${s.value}`)).toEqual([
      '另1 主动公开情况=null', '另2 主动公开政府信息数=425', '另2.其中1 全文电子化信息数=400',
      '另3 依申请公开情况=null', '另4 受理申请总数=7', '另5 对申请的答复总数=7', '另6 复议诉讼情况=null', '另7 行政复议数=0',
    ]);
  });

  it('reads labels whose numbering stands in a column of its own (一 | 主动公开情况)', () => {
    const [legacy] = tablesOf(table([
      ['序号', '统计指标', '单位', '统计数'],
      ['一', '主动公开情况', '——', '——'],
      ['（一）', '主动公开政府信息数', '条', '1706'],
      ['其中', '主动公开规范性文件数', '条', '68'],
      ['二', '依申请公开情况', '——', '——'],
      ['（一）', '收到申请数', '件', '46'],
      ['1', '当面申请数', '件', '11'],
      ['2', '网络申请数', '件', '35'],
    ]));
    expect(legacy!.stats.map((s) => `${s.code} ${s.label}=${s.value}`)).toEqual([
      '一 主动公开情况=null', '一.(一) 主动公开政府信息数=1706', '一.(一).其中1 主动公开规范性文件数=68',
      '二 依申请公开情况=null', '二.(一) 收到申请数=46', '二.(一).1 当面申请数=11', '二.(一).2 网络申请数=35',
    ]);
  });

  it('reads a column of group names spanning their rows as headings over the rows beside them', () => {
    const [legacy] = tablesOf(`<table>${row(['类别', '指标名称', '单位', '数量'])}${[
      '<tr><td rowspan="3">一、主动公开情况</td><td>1.主动公开政府信息数</td><td>条</td><td>425</td></tr>',
      row(['其中：全文电子化信息数', '条', '400']), row(['2.公开规范性文件数', '件', '12']),
      '<tr><td rowspan="2">二、依申请公开情况</td><td>1.受理申请总数</td><td>件</td><td>7</td></tr>',
      row(['2.对申请的答复总数', '件', '7']),
    ].join('')}</table>`);
    expect(legacy!.stats.map((s) => `${s.code} ${s.label}=${s.value}`)).toEqual([
      '一 主动公开情况=null', '一.1 主动公开政府信息数=425', '一.1.其中1 全文电子化信息数=400', '一.2 公开规范性文件数=12',
      '二 依申请公开情况=null', '二.1 受理申请总数=7', '二.2 对申请的答复总数=7',
    ]);
  });

  it('tells apart a number the page prints twice, so that the parts of one row are not taken for those of the other', () => {
    const [legacy] = tablesOf(table([
      ['统计指标', '单位', '统计数'], ['二、依申请公开情况', '——', '——'],
      ['（一）收到申请数', '件', '25'], ['1.当面申请数', '件', '5'], ['2.网络申请数', '件', '20'],
      ['（一）申请办结数', '件', '25'], ['1.按时办结数', '件', '24'], ['2.延期办结数', '件', '1'],
      ['三、行政复议数量', '件', '0'], ['三、行政诉讼数量', '件', '0'],
    ]));
    expect(legacy!.stats.map((s) => s.code)).toEqual(['二', '二.(一)', '二.(一).1', '二.(一).2', '二.(一)#2', '二.(一)#2.1', '二.(一)#2.2', '三', '三#2']);
  });

  it('reads no entry from the title rows inside the table, a bracketed year among them', () => {
    const [legacy] = tablesOf(`<table>${wide('政府信息公开情况统计表')}${wide('（2013年度）')}${wide('填报单位（盖章）：某某县人民政府')}${[
      ['统计指标', '单位', '统计数'],
      ['一、主动公开情况', '——', '——'],
      ['（一）主动公开政府信息数', '条', '1706'],
      ['二、依申请公开情况', '——', '——'],
      ['（一）收到申请数', '件', '46'],
    ].map(row).join('')}${wide('单位负责人：张三　审核人：李四　填报日期：2014年1月10日')}</table>`);
    expect(legacy!.stats.map((s) => `${s.code} ${s.label}`)).toEqual(['一 主动公开情况', '一.(一) 主动公开政府信息数', '二 依申请公开情况', '二.(一) 收到申请数']);
  });
});

describe('a 统计表 laid out a row a line', () => {
  it('reads its label：figure lines under its caption as the report\'s 统计表, and the 附表 it announces is there (巍山镇 2017, dongyang.gov.cn)', () => {
    const html = ['东阳市巍山镇2017年政府信息公开工作年度报告', '本年度报告由概述、主动公开政府信息情况等六部分组成。', '一、主动公开政府信息的情况',
      '2017年，我镇共发布主动公开政府信息177条。', '七、附表', '2017年政府信息公开情况统计表', '一、主动公开情况',
      '（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）：177条', '其中：主动公开规范性文件数：', '制发规范性文件总数：', '三、依申请公开情况',
      '（一）收到申请数：0件', '1.当面申请数：0件', '其中：涉及国家秘密：0件', '涉及商业秘密：0件', '七、依申请公开信息收取的费用：0万元']
      .map((line, i) => (i === 0 ? `<h1>${line}</h1>` : `<p>${line}</p>`)).join('');
    const { report } = extractWithCheerio(html, null);
    expect(report.document.format).toBe('legacy');
    expect(report.legacyStats?.map((s) => [s.code, s.unit, s.value])).toEqual([
      ['一', null, null], ['一.(一)', '条', 177], ['一.(一).其中1', null, null], ['一.(一).另1', null, null], ['三', null, null],
      ['三.(一)', '件', 0], ['三.(一).1', '件', 0], ['三.(一).1.其中1', '件', 0], ['三.(一).1.其中2', '件', 0], ['七', '万元', 0],
    ]);
    expect(report.warnings.map((w) => w.rule)).not.toContain('document/announced-table');
    // A label and its colon with nothing after it is a figure left blank (其中：主动公开规范性文件数：); a heading, rows of its own after it, is none.
    expect(report.warnings.filter((w) => w.rule.startsWith('figure/'))).toMatchObject([
      { rule: 'figure/blank', cells: [{ table: 'legacyStats', path: '2' }, { table: 'legacyStats', path: '3' }] },
    ]);
  });

  // The form as text lines (label　unit　figure) under its caption, as 巍山镇's and 龙归镇's pages give it.
  const lined = (rows: string[]) => extractWithCheerio(['东阳市巍山镇2017年政府信息公开工作年度报告', '七、附表', '2017年政府信息公开情况统计表',
    '统计指标　单位　统计数', '一、主动公开情况　——　——', '（一）主动公开政府信息数　条　177', '其中：主动公开规范性文件数　条　0', ...rows]
    .map((line, i) => (i === 0 ? `<h1>${line}</h1>` : `<p>${line}</p>`)).join(''), null).report;

  it('ends the 统计表 at its form\'s footer (单位负责人：, 填表人：, 联系电话：86123456), read as no rows of it', () => {
    const report = lined(['三、依申请公开情况　——　——', '（一）收到申请数　件　0', '四、行政诉讼数量　件　0', '单位负责人：', '填表人：', '联系电话：86123456']);
    expect(report.legacyStats?.map((s) => [s.code, s.unit, s.value])).toEqual([
      ['一', null, null], ['一.(一)', '条', 177], ['一.(一).其中1', '条', 0], ['三', null, null], ['三.(一)', '件', 0], ['四', '件', 0],
    ]);
    expect(report.warnings.map((w) => w.rule)).not.toContain('legacyStats/children-sum');
    // A note's line of a label, a colon and a figure of no unit, after a numbered row, is none of the form's either.
    expect(lined(['四、行政诉讼数量　件　0', '电话：86123456']).legacyStats?.map((s) => s.code)).toEqual(['一', '一.(一)', '一.(一).其中1', '四']);
  });

  it('reads the rows counted in 期 or 名 with their figures, as a <table>\'s', () => {
    const report = lined(['二、政府信息公开培训情况　——　——', '（一）举办政府信息公开培训班　期　2', '（二）参加培训人员　名　40']);
    expect(report.legacyStats?.slice(3).map((s) => [s.code, s.unit, s.value])).toEqual([['二', null, null], ['二.(一)', '期', 2], ['二.(二)', '名', 40]]);
  });
});

describe('not a 统计表', () => {
  it('returns null for a layout table, a numbered table about something else and the 2019 applications table', () => {
    expect(tablesOf(`<table><tr><td>${'正文'.repeat(50)}</td></tr></table>`)).toEqual([null]);
    expect(tablesOf(table([['一、人口', '万人', '12'], ['二、面积', '平方千米', '30'], ['三、产值', '亿元', '9']]))).toEqual([null]);
    expect(tablesOf(table([
      ['本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和', '申请人情况', '', ''],
      ['', '自然人', '商业企业', '总计'],
      ['一、本年新收政府信息公开申请数量', '3', '0', '3'],
      ['二、上年结转政府信息公开申请数量', '0', '0', '0'],
      ['三、本年度办理结果', '', '', ''],
      ['（一）予以公开', '2', '0', '2'],
    ]))).toEqual([null]);
  });
});
