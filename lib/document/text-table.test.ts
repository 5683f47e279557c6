import * as cheerio from 'cheerio';
import type { AnyNode } from 'domhandler';
import { textContent } from 'domutils';
import { describe, expect, it } from 'vitest';
import { extractWithCheerio } from '../../test/support/fixtures.ts';
import { pageFromCheerio } from '../page/cheerio-source.ts';
import { isTextTableRow, textRowFigures, textTables } from './text-table.ts';

describe('textRowFigures', () => {
  it('counts the figures a row line ends in, or 1 for a figure alone; none between a sentence\'s words', () => {
    expect(textRowFigures('一、本年新收政府信息公开申请数量 33 2 0 0 7 0 42')).toBe(7);
    expect(textRowFigures('│规章│13│13│90│')).toBe(3);
    expect(textRowFigures('27')).toBe(1);
    expect(textRowFigures('全年共收到申请 33 件，办结 33 件')).toBe(0);
    expect(textRowFigures('— —')).toBe(0);
    // A PDF's page number between dashes is no row of three (a 2024 report's page: - 4 -).
    expect(textRowFigures('- 4 -')).toBe(0);
    expect(textRowFigures('— 12 —')).toBe(0);
    // A zero-width space an editor left at the line's end (toHalfWidth drops it) ends no row.
    expect(textRowFigures('（七）总计 33 2 0 0 7 0 42\u200b')).toBe(7);
    // Full-width figures and dashes are figures; a list item ending in its date is no row (long-portal-shanghai).
    expect(textRowFigures('一、本年新收政府信息公开申请数量　３３　２　０　０　７　０　４２')).toBe(7);
    expect(textRowFigures('（二）部分公开 － ／ 2')).toBe(3);
    expect(textRowFigures('相关栏目0：关于印发第0号通知的解读2023-01-10')).toBe(0);
  });

  it('reads a converter\'s line of 40,000 figures (once slow: a pattern retried from every space)', () => {
    const figures = Array.from({ length: 40_000 }, () => '1').join(' ');
    expect(textRowFigures(`${figures} x`)).toBe(0);
    expect(textRowFigures(`合计 ${figures}`)).toBe(40_000);
  });
});

describe('isTextTableRow', () => {
  it('takes a label with its figures on lines of their own after it (one more label between) for a row', () => {
    expect(isTextTableRow(['三、本年度办理结果', '（一）予以公开', '27', '2'], 0)).toBe(true);
    expect(isTextTableRow(['一、本年新收政府信息公开申请数量', '33', '2', '0'], 0)).toBe(true);
  });

  it('takes a 统计表 row of one figure for a row where the next row follows it (its unit between or not)', () => {
    const stats = ['（一）主动公开政府信息数', '条', '156', '（二）其中：主动公开规范性文件数', '条', '20'];
    expect(isTextTableRow(stats, 0)).toBe(true);
    expect(isTextTableRow(['（一）主动公开政府信息数', '156', '（二）其中：主动公开规范性文件数', '20'], 0)).toBe(true);
    expect(isTextTableRow(['附表', '5', '本机关将进一步做好政府信息公开工作。'], 0)).toBe(false);
  });

  it('takes no heading over one figure for a row (a PDF\'s page number), nor a standard part\'s heading over figures', () => {
    expect(isTextTableRow(['四、政府信息公开行政复议、行政诉讼情况', '5', '五、存在的主要问题及改进情况'], 0)).toBe(false);
    expect(isTextTableRow(['三、收到和处理政府信息公开申请情况', '12', '13'], 0)).toBe(false);
  });
});

describe('textTables', () => {
  const built = (html: string) => {
    const page = pageFromCheerio(cheerio.load(html).root()[0]!);
    const { page: read, unfit } = textTables(page, new Set());
    return { rows: read.tables.filter((t) => t.text).map((t) => t.rows.map((r) => r.cells.map((c) => c.text))), unfit: new Set(unfit.values()).size };
  };

  it('keeps the labels closing a page table cut short the text table\'s, no heading of the text (xjnlk-zhen-2023)', () => {
    // Its 表三 a cell a row, the page cut after 6.属于四类过程性信's label: the row of 5. and its seven 0s before it.
    const zeros = '<tr><td>0</td></tr>'.repeat(7);
    const cells = ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '三、本年度办理结果', '(一)予以公开', '(三)不予公开', '5.属于三类内部事务信息']
      .map((label, k) => `<tr><td>${label}</td></tr>${k === 2 || k === 4 ? '' : zeros}`).join('');
    const page = pageFromCheerio(cheerio.load(`<table>${cells}<tr><td>6.属于四类过程性信</td></tr></table><p>四、政府信息公开行政复议、行政诉讼情况</p>`).root()[0]!);
    const { page: read } = textTables(page, new Set([0]));
    const table = read.tables.findIndex((t) => t.text);
    expect(table).toBeGreaterThan(0);
    const tableOf = (text: string) => read.lines.find((l) => l.text === text)?.table;
    expect([tableOf('6.属于四类过程性信'), tableOf('四、政府信息公开行政复议、行政诉讼情况')]).toEqual([table, -1]);
  });

  it('leaves the 落款 and date closing a one-column table that holds the whole article to the text', () => {
    const zeros = '<tr><td>0</td></tr>'.repeat(7);
    const cells = ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '三、本年度办理结果', '(一)予以公开', '(三)不予公开', '5.属于三类内部事务信息', '6.属于四类过程性信息']
      .map((label, k) => `<tr><td>${label}</td></tr>${k === 2 || k === 4 ? '' : zeros}`).join('');
    const page = pageFromCheerio(cheerio.load(`<table><tr><td>三、收到和处理政府信息公开申请情况</td></tr>${cells}<tr><td>某县某镇人民政府</td></tr><tr><td>2024年1月20日</td></tr></table>`).root()[0]!);
    const { page: read } = textTables(page, new Set());
    const tableOf = (text: string) => read.lines.find((l) => l.text === text)?.table;
    expect(read.tables[tableOf('6.属于四类过程性信息')!]?.text).toBe(true);
    expect([tableOf('某县某镇人民政府'), tableOf('2024年1月20日')]).toEqual([0, 0]);
  });

  it('makes 表二 laid out as text a table: each block\'s figures as many as its 信息内容 header names', () => {
    const { rows, unfit } = built(['第二十条第（一）项', '信息内容　本年制发件数　本年废止件数　现行有效件数', '规章　13　0　90', '行政规范性文件　5　2　30',
      '第二十条第（五）项', '信息内容　本年处理决定数量', '行政许可　653', '第二十条第（八）项', '信息内容　本年收费金额（单位：万元）', '行政事业性收费　0']
      .map((line) => `<p>${line}</p>`).join(''));
    expect(rows).toEqual([[
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '13', '0', '90'], ['行政规范性文件', '5', '2', '30'],
      ['第二十条第（五）项'], ['信息内容', '本年处理决定数量'], ['行政许可', '653'],
      ['第二十条第（八）项'], ['信息内容', '本年收费金额（单位：万元）'], ['行政事业性收费', '0'],
    ]]);
    expect(unfit).toBe(0);
  });

  it('makes the tail of 表二 laid out as text a table, its blocks of one figure a row under their headers (a PDF page that opens inside 表二)', () => {
    // A 2024 report's page 4 as its PDF's text gives it (zxj6827111-blip/govnianbao, section3_raw_text.txt): no row of
    // two figures before 表三, which once left these three figures unread.
    const { rows, unfit } = built(['- 4 -', '信息内容 本年处理决定数量', '行政处罚 3985758', '行政强制 88283', '第二十条 第（八）项',
      '信息内容 本年收费金额（单位：万元）', '行政事业性收费 96171.6', '三、收到和处理政府信息公开申请情况']
      .map((line) => `<p>${line}</p>`).join(''));
    expect(rows).toEqual([[
      ['信息内容', '本年处理决定数量'], ['行政处罚', '3985758'], ['行政强制', '88283'],
      ['第二十条 第（八）项'], ['信息内容', '本年收费金额（单位：万元）'], ['行政事业性收费', '96171.6'],
    ]]);
    expect(unfit).toBe(0);
  });

  it('makes 表二 laid out as text a table where its figures are typed in full-width digits (规章　１３　０　９０)', () => {
    const { rows } = built(['第二十条第（一）项', '信息内容　本年制发件数　本年废止件数　现行有效件数', '规章　１３　０　９０', '行政规范性文件　５　２　３０']
      .map((line) => `<p>${line}</p>`).join(''));
    expect(rows).toEqual([[['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '１３', '０', '９０'], ['行政规范性文件', '５', '２', '３０']]]);
  });

  it('puts the blank cells of a row cut short a cell a line over its figures in turn, each where it stands (wuhan-hannan-ybj-2020)', () => {
    const cells = ['(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)', '申请人情况', '自然人', '法人或其他组织', '总计', '商业企业', '科研机构',
      '社会公益组织', '法律服务机构', '其他', '一、本年新收政府信息公开申请数量', '0', '0', '0', '0', '0', '0', '0',
      '二、上年结转政府信息公开申请数量', '0', '0', '0', '0', '0', '0', '0', '三、本年度办理结果', '(一)予以公开', '0', '0', '0', '0', '0'];
    const page = pageFromCheerio(cheerio.load(`<table>${cells.map((c) => `<tr><td>${c}</td></tr>`).join('')}</table>`).root()[0]!);
    const { page: read, unfit } = textTables(page, new Set());
    const granted = read.tables.find((t) => t.text)!.rows.find((r) => r.cells[0]!.text === '(一)予以公开')!.cells.slice(1);
    const figureNodes = page.lines.slice(-5).map((l) => l.pieces[0]!.node);
    expect(granted.map((c) => c.text)).toEqual(['', '', '', '', '', '', '']);
    expect(granted.map((c) => c.node)).toEqual([...figureNodes, figureNodes[4], figureNodes[4]]);
    expect(new Set(unfit.values()).size).toBe(1);
  });

  it('makes 表二 laid out a cell a line a table: 信息内容 and its columns\' names a line each, then each row\'s label and figures', () => {
    // tieling-2019's 表二 (its <table> cut to paragraphs, as a PDF's text layer gives it): 本年增/ lost its 减, ?13 its noise.
    const cells = ['二、主动公开政府信息情况', '第二十条第(一)项', '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量', '规章', '13', '?13', '90',
      '规范性文件', '327', '300', '1109', '第二十条第(八)项', '信息内容', '上一年项目数量', '本年增/', '行政事业性收费', '80', '7',
      '第二十条第(九)项', '信息内容', '采购项目数量', '采购总金额', '政府集中采购', '85', '82577588', '三、收到和处理政府信息公开申请情况'];
    const { rows, unfit } = built(cells.map((c) => `<p>${c}</p>`).join(''));
    expect(rows).toEqual([[
      ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'], ['规章', '13', '?13', '90'], ['规范性文件', '327', '300', '1109'],
      ['第二十条第(八)项'], ['信息内容', '上一年项目数量', '本年增/'], ['行政事业性收费', '80', '7'],
      ['第二十条第(九)项'], ['信息内容', '采购项目数量', '采购总金额'], ['政府集中采购', '85', '82577588'],
    ]]);
    expect(unfit).toBe(0);
    // A row whose label the page left blank keeps its figures under their columns (longde-chengguan-2021's 规章), its
    // last column's name followed by a figure still the header's.
    expect(built(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '0', '0', '0', '行政规范性文件', '0', '0', '0'].map((c) => `<p>${c}</p>`).join('')).rows)
      .toEqual([[['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['', '0', '0', '0'], ['行政规范性文件', '0', '0', '0']]]);
    // More names than a block has columns are no header of it: the lines stay text.
    expect(built(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '上年有效件数', '规章', '1', '0', '3', '1', '行政规范性文件', '2', '0', '5', '3'].map((c) => `<p>${c}</p>`).join('')).rows).toEqual([]);
  });

  it('reads 表二\'s column names wrapped onto two lines, cell by cell or line by line across the header, as one name each', () => {
    const read = (names: string[], rows: string[]) => built(['信息内容', ...names, ...rows].map((c) => `<p>${c}</p>`).join('')).rows;
    const rows = ['规章', '13', '?13', '90', '规范性文件', '327', '300', '1109'];
    const header = ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'];
    expect(read(['本年新制作', '数量', '本年新公开', '数量', '对外公开总', '数量'], rows)).toEqual([[header, ['规章', '13', '?13', '90'], ['规范性文件', '327', '300', '1109']]]);
    expect(read(['本年新制作', '本年新公开', '对外公开总', '数量', '数量', '数量'], rows)).toEqual([[header, ['规章', '13', '?13', '90'], ['规范性文件', '327', '300', '1109']]]);
    // tieling-2019's 第(五)项 with its 本年增/减 wrapped after the slash, and 第(八)项's amount wrapped inside its unit.
    expect(read(['上一年项目数量', '本年增/', '减', '处理决定数量'], ['行政许可', '653', '52', '821198', '其他对外管理服务事项', '727', '233', '3083', '第二十条第(八)项', '信息内容',
      '本年收费金额（单位：', '万元）', '行政事业性收费', '80'])).toEqual([[
      ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'], ['行政许可', '653', '52', '821198'], ['其他对外管理服务事项', '727', '233', '3083'],
      ['第二十条第(八)项'], ['信息内容', '本年收费金额（单位：万元）'], ['行政事业性收费', '80'],
    ]]);
  });

  it('gives a row of figures no header names, ahead of 表二\'s first header, a blank cell over them', () => {
    const { rows, unfit } = built(['0 0 0', '信息内容　本年处理决定数量', '行政许可　3', '其他对外管理服务事项　5', '行政处罚　4'].map((line) => `<p>${line}</p>`).join(''));
    expect(rows).toEqual([[[''], ['信息内容', '本年处理决定数量'], ['行政许可', '3'], ['其他对外管理服务事项', '5'], ['行政处罚', '4']]]);
    expect(unfit).toBe(1);
  });

  it('reads a Markdown table past its delimiter row (|---|---|), as past a line of box-drawing borders', () => {
    const pre = (lines: string[]) => built(`<pre>${lines.join('\n')}</pre>`).rows;
    expect(pre(['二、主动公开政府信息情况', '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |', '|---|---|---|---|', '| 规章 | 3 | 0 | 15 |',
      '| 行政规范性文件 | 61 | 59 | 422 |'])).toEqual([[
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '3', '0', '15'], ['行政规范性文件', '61', '59', '422'],
    ]]);
    // 表四's one row of fifteen is named by its caption above the delimiter row (61 characters: no label line).
    const figures = [119, 25, 91, 24, 259, 7, 0, 15, 6, 28, 21, 1, 7, 9, 38];
    expect(pre(['四、政府信息公开行政复议、行政诉讼情况', '行政复议行政诉讼', `|${'---|'.repeat(15)}`, `| ${figures.join(' | ')} |`]))
      .toEqual([[figures.map(String)]]);
  });

  it('makes a 统计表 pasted a cell a line (label | unit | figure, each a paragraph) a table of three columns', () => {
    // 龙归镇 2016 (sgwjq.gov.cn post_222204): its 国办 统计表 with the <table> lost, each cell's <p> left: a heading's
    // two dashes, a row left blank (only its unit), the rest a label, its unit and its figure.
    const cells = ['统 计 指 标', '单位', '统计数', '一、主动公开情况', '——', '——', '（一）主动公开政府信息数', '条', '25',
      '其中：主动公开规范性文件数', '条', '（二）回应公众关注热点或重大舆情数', '次', '2', '三、依申请公开情况', '——', '——',
      '（一）收到申请数', '件', '0', '1.当面申请数', '件', '0', '七、依申请公开信息收取的费用', '万元', '0'];
    const page = pageFromCheerio(cheerio.load(cells.map((c) => `<p>${c}</p>`).join('')).root()[0]!);
    const table = textTables(page, new Set()).page.tables.find((t) => t.text);
    expect(table?.statistics).toBe(true);
    // Its header's three cells, a paragraph each, are its header's row, as a header laid out on one line is.
    expect(table!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['统 计 指 标', '单位', '统计数'], ['一、主动公开情况', '——', '——'], ['（一）主动公开政府信息数', '条', '25'], ['其中：主动公开规范性文件数', '条', ''],
      ['（二）回应公众关注热点或重大舆情数', '次', '2'], ['三、依申请公开情况', '——', '——'], ['（一）收到申请数', '件', '0'],
      ['1.当面申请数', '件', '0'], ['七、依申请公开信息收取的费用', '万元', '0'],
    ]);
    // The figure left blank has no character of its own: it stands on its row's unit, for a finding about it to light
    // its row (bound to no character, 龙归镇's 24 blanks lit nothing when their finding was chosen).
    const blank = table!.rows[3]!.cells[2]!;
    expect(textContent(blank.node as AnyNode).slice(blank.range!.start, blank.range!.end)).toBe('条');
  });

  it('makes a 统计表 laid out a row a line under its caption a table of three columns, rows with no figure and unnumbered labels too', () => {
    // 龙归镇 2016 (sgwjq.gov.cn post_222204), its 国办 统计表 pasted a row a line: label, unit and figure set apart by
    // spaces, a heading's two dashes, the figure left blank (其中：主动公开规范性文件数　条), labels with no number (涉及商业秘密).
    const lines = ['附表:2016年龙归镇政府信息公开年度报告', '韶关市武江区龙归镇人民政府', '统计指标　　单位　　统计数', '一、主动公开情况　　——　　——',
      '（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）　　条　　25', '其中：主动公开规范性文件数　　条　　', '制发规范性文件总数　　件　　',
      '三、依申请公开情况　　——　　——', '（一）收到申请数　　件　　0', '4.不同意公开答复数　　件　　0', '其中：涉及国家秘密　　件　　0', '涉及商业秘密　　件　　0',
      '六、举报投诉数量　　件　　', '版权所有 网站标识码'];
    const page = pageFromCheerio(cheerio.load(lines.map((c) => `<p>${c}</p>`).join('')).root()[0]!);
    const { page: read } = textTables(page, new Set());
    const table = read.tables.find((t) => t.text);
    expect(table?.statistics).toBe(true);
    expect(table!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['统计指标', '单位', '统计数'], ['一、主动公开情况', '——', '——'], ['（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）', '条', '25'],
      ['其中：主动公开规范性文件数', '条', ''], ['制发规范性文件总数', '件', ''], ['三、依申请公开情况', '——', '——'], ['（一）收到申请数', '件', '0'],
      ['4.不同意公开答复数', '件', '0'], ['其中：涉及国家秘密', '件', '0'], ['涉及商业秘密', '件', '0'], ['六、举报投诉数量', '件', ''],
    ]);
    // The caption and the body's name above, and the footer below, stay the page's.
    expect([table!.firstLine, table!.endLine]).toEqual([2, 13]);
    // 巍山镇 2017 (dongyang.gov.cn art_1229326914_3491245), the same form as label：figure lines under its caption, headings alone.
    const colon = ['2017年政府信息公开情况统计表', '一、主动公开情况', '（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）：177条', '其中：主动公开规范性文件数：',
      '三、依申请公开情况', '（一）收到申请数：0件', '其中：涉及国家秘密：0件', '七、依申请公开信息收取的费用：0万元', '八、机构建设和保障经费情况', '版权所有 网站标识码'];
    expect(built(colon.map((c) => `<p>${c}</p>`).join('')).rows).toEqual([[
      ['一、主动公开情况', '', ''], ['（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）', '条', '177'], ['其中：主动公开规范性文件数', '', ''],
      ['三、依申请公开情况', '', ''], ['（一）收到申请数', '件', '0'], ['其中：涉及国家秘密', '件', '0'], ['七、依申请公开信息收取的费用', '万元', '0'],
    ]]);
    // No caption over them: lines of a label and one figure may be prose's, and stay so.
    expect(built(colon.slice(1).map((c) => `<p>${c}</p>`).join('')).rows).toEqual([]);
    // A sentence that names the 附表 is no caption: the lines after it are the prose's figures (a 2016 report's).
    const figures = ['（一）主动公开政府信息数：120条', '（二）收到政府信息公开申请数：8件', '（三）依申请公开答复数：8件', '（四）行政复议数：0件', '（五）行政诉讼数：0件'];
    for (const prose of ['2016年，本机关政府信息公开工作情况统计如下（具体数据详见附表）：', '现将本机关政府信息公开工作情况统计如下（具体数据详见附表）：']) {
      expect(built([prose, ...figures].map((c) => `<p>${c}</p>`).join('')).rows).toEqual([]);
    }
    expect(built(['附表：2016年政府信息公开情况统计表', ...figures].map((c) => `<p>${c}</p>`).join('')).rows).toHaveLength(1);
    // A caption that says the table follows is still its caption (review: …统计表如下：).
    expect(built(['2016年某某镇政府信息公开情况统计表如下：', ...figures].map((c) => `<p>${c}</p>`).join('')).rows).toHaveLength(1);
  });

  it('reads a <table> flattened to one cell a row as its cells laid out a line each, each cell still its <td>\'s text', () => {
    // xjnlk-zhen-2023 (xjnlk.gov.cn 46aba5e1…): 表二 in a <table> whose every <tr> holds one <td>, the label then each
    // figure; a 镇 with 6 规章 现行有效.
    const cells = ['第二十条第(一)项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '0', '0', '6', '行政规范性文件', '0', '0', '0',
      '第二十条第(五)项', '信息内容', '本年处理决定数量', '行政许可', '0', '第二十条第(八)项', '信息内容', '本年收费金额(单位:万元)', '行政事业性收费', '0'];
    const html = `<p>二、主动公开政府信息情况</p><table>${cells.map((c) => `<tr><td>${c}</td></tr>`).join('')}</table>`;
    const page = pageFromCheerio(cheerio.load(html).root()[0]!);
    const { page: read, layout } = textTables(page, new Set());
    const table = read.tables.find((t) => t.text);
    // Its first block's header and rows, as read from lines (the 第二十条 line above stays a heading of the page's).
    expect(table!.rows.slice(0, 2).map((r) => r.cells.map((c) => c.text))).toEqual([
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '0', '0', '6'],
    ]);
    expect(table!.parent).toBe(0);
    // The <table> it was read from holds no grid of its own any more: the page's layout, as one an article sits in.
    expect([...layout]).toEqual([0]);
    // The extension marks a figure where its cell points: in the text node of the figure's own <td>.
    const six = table!.rows[1]!.cells[3]!;
    const node = six.node as AnyNode;
    expect(node.parent && 'name' in node.parent ? node.parent.name : null).toBe('td');
    expect(textContent(node).slice(six.range!.start, six.range!.end)).toBe('6');
  });

  it('leaves a one-column <table> that is no flattened report table (a list of links, a 目录) as it was', () => {
    const links = ['<a href="/a.html">2023年政府信息公开工作年度报告</a>', '<a href="/b.html">2022年政府信息公开工作年度报告</a>', '2021', '2020'];
    const contents = ['一、总体情况', '1', '二、主动公开政府信息情况', '2', '三、收到和处理政府信息公开申请情况', '3'];
    for (const rows of [links, contents]) {
      const page = pageFromCheerio(cheerio.load(`<table>${rows.map((c) => `<tr><td>${c}</td></tr>`).join('')}</table>`).root()[0]!);
      const { page: read, layout } = textTables(page, new Set());
      expect([read.tables.length, layout.size]).toEqual([1, 0]);
    }
  });

  it('leaves a 统计表 of a figure a row, and two PDF page numbers, as text', () => {
    expect(built(['（一）主动公开政府信息数　条　156', '（二）其中：主动公开规范性文件数　条　20', '（三）制发规范性文件总数　件　30'].map((line) => `<p>${line}</p>`).join('')).rows).toEqual([]);
    expect(built('<p>— 1 —</p><p>— 2 —</p><p>— 3 —</p>').rows).toEqual([]);
  });
  it('reads 表二 stacked a cell a row (开平市交通运输局 2025: 行政许可 | 470 each a row) as a table laid out as text', () => {
    const cells = ['第二十条第(一)项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '0', '0', '0', '行政规范性文件', '0', '0', '1',
      '第二十条第(五)项', '信息内容', '本年处理决定数量', '行政许可', '470', '第二十条第(六)项', '信息内容', '本年处理决定数量', '行政处罚', '685',
      '行政强制', '33', '第二十条第(八)项', '信息内容', '本年收费金额(单位:万元)', '行政事业性收费', '38.441094'];
    const table = `<table border="1">${cells.map((c) => `<tr><td>${c}</td></tr>`).join('')}</table>`;
    const html = '<html><head><title>开平市交通运输局2025年政府信息公开工作年度报告</title></head><body>'
      + '<p>一、总体情况</p><p>2025年,开平市交通运输局严格按照《中华人民共和国政府信息公开条例》规定,积极做好政府信息公开工作。</p>'
      + `<p>二、主动公开政府信息情况</p>${table}<p>三、收到和处理政府信息公开申请情况</p></body></html>`;
    const active = extractWithCheerio(html, null).report.activeDisclosure;
    expect(active?.normativeDocuments).toEqual({ issued: 0, repealed: 0, inForce: 1 });
    expect([active?.licensing?.decisions, active?.punishment?.decisions, active?.coercion?.decisions, active?.fees?.amount]).toEqual([470, 685, 33, 38.441094]);
  });
});
