// The formats, not the fixtures: real portals split, merge and mangle these tables. Each case here
// rewrites a real page the way some portal does and expects the same figures out.
import * as cheerio from 'cheerio';
import type { AnyNode } from 'domhandler';
import { textContent } from 'domutils';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { APPLICANT_COLUMNS } from '../lib/schema.ts';
import { extractWithCheerio, extractWithDom, fixtureHtml, fixtureReport, fixtureUrl } from './support/fixtures.ts';
import { formPage } from './support/form-page.ts';
import { laidOut, preOfRows, type LaidOutRows } from './support/laid-out.ts';

const TIELING = 'tieling-2019.html';
const html = fixtureHtml(TIELING);
const expected = fixtureReport(TIELING);
// tieling-2019's last part, 其它需要报告的事项, lost its 六、: noted on the page and on every layout of it.
const LOST_SIX = '标题“其它需要报告的事项?”缺少编号，按顺序应为“六、”';
const tables = (r: ReturnType<typeof fixtureReport>) => ({ a: r.activeDisclosure, b: r.applications, c: r.reviewLitigation });

function variant(rewrite: (page: string) => string) {
  const changed = rewrite(html);
  expect(changed).not.toBe(html);
  return extractWithCheerio(changed, null).report;
}

describe('tables as real portals mangle them', () => {
  it('reads 表三 split across two <table>s at a page break (its row-spanning labels cut)', () => {
    const r = variant((p) => p.replace('<tr><td valign="center"><p style="text-align:center">5.属于三类内部事务信息',
      '</tbody></table><p>（续表）</p><table><tbody><tr><td valign="center"><p style="text-align:center">5.属于三类内部事务信息'));
    expect(tables(r)).toEqual(tables(expected));
  });

  it('reads 表三 cut at a page break through its row 一、本年新收政府信息公开申请数量, the label\'s end over blank cells atop the next part', () => {
    // As PDF converters write a row that breaks across two pages: a row in each part, the figures with the label's first line
    // (一、本年新收政府 | 33 …), the rest (信息公开申请数量) nearer the template's label than it.
    const r = variant((p) => p.replace(/(<tr><td colspan="3" valign="center"><p style="text-align:center">)一、本年新收政府信息公开申请数量(<\/p><\/td>[\s\S]*?<\/tr>)/,
      `$1一、本年新收政府$2</tbody></table><p>（续表）</p><table border="1"><tbody><tr><td colspan="3">信息公开申请数量</td>${'<td></td>'.repeat(7)}</tr>`));
    expect(r.applications!.newReceived).toEqual({ naturalPerson: 33, commercial: 2, research: 0, nonprofit: 0, legalService: 7, otherOrg: 0, total: 42 });
    expect(tables(r)).toEqual(tables(expected));
    expect(r.warnings).toEqual(extractWithCheerio(html, null).report.warnings);
  });

  it('reads 二、三、四 merged into one <table>, with the headings as rows', () => {
    const r = variant((p) => p
      .replace(/<\/tbody><\/table>\s*<p[^>]*>三、收到和处理政府信息公开申请情况<\/p>\s*<table[^>]*>\s*<tbody>/, '<tr><td colspan="10">三、收到和处理政府信息公开申请情况</td></tr>')
      .replace(/<\/tbody><\/table>\s*<p[^>]*>四、政府信息公开行政复议、行政诉讼情况<\/p>\s*<table[^>]*>\s*<tbody>/, '<tr><td colspan="15">四、政府信息公开行政复议、行政诉讼情况</td></tr>'));
    expect(tables(r)).toEqual(tables(expected));
  });

  it('reads the tables when the headings before them are gone (the header words decide)', () => {
    const r = variant((p) => p.replace(/<p[^>]*>[二三四]、(?:主动公开|收到和处理|政府信息公开行政复议)[^<]*<\/p>/g, ''));
    expect(tables(r)).toEqual(tables(expected));
  });

  it('knows 表三 by its first data rows when neither a heading nor its header words name it', () => {
    const r = variant((p) => p.replace(/<p[^>]*>三、收到和处理[^<]*<\/p>/, '')
      .replace('勾稽关系', '勾关系').replace('>申请人情况<', '>申请情况<').replace('>法人或其他组织<', '>法人或组织<'));
    expect(tables(r)).toEqual(tables(expected));
  });

  it('knows 表三 so inside the <table> of 表二, its figures typed in full-width digits: 表二\'s rows stay 表二\'s', () => {
    const fw = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const r = variant((p) => p.replace(/<\/tbody><\/table>\s*<p[^>]*>三、收到和处理[^<]*<\/p>\s*<table[^>]*>\s*<tbody>/, '')
      .replace('勾稽关系', '勾关系').replace('>申请人情况<', '>申请情况<').replace('>法人或其他组织<', '>法人或组织<')
      .replace(/>([?？]?)(\d+)(?=[?？]?<)/g, (_, noise: string, d: string) => `>${noise}${fw(d)}`));
    expect(r.activeDisclosure!.procurement).toEqual({ projects: 85, amount: 82577588, unit: null });
    expect(tables(r)).toEqual(tables(expected));
  });

  it('reads the headings when they sit inside the table, in its first row', () => {
    const r = variant((p) => p
      .replace(/<p[^>]*>二、主动公开政府信息情况<\/p>\s*(<table[^>]*>\s*<tbody>)/, '$1<tr><td colspan="4">二、主动公开政府信息情况</td></tr>')
      .replace(/<p[^>]*>三、收到和处理政府信息公开申请情况<\/p>\s*(<table[^>]*>\s*<tbody>)/, '$1<tr><td colspan="10">三、收到和处理政府信息公开申请情况</td></tr>'));
    expect(tables(r)).toEqual(tables(expected));
  });

  it('reads full-width brackets, full-width digits, ？ noise and labels broken by <br>', () => {
    const fw = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const r = variant((p) => p
      .replace(/>\(([一二三四五六七])\)/g, '>（$1）')
      .replace(/>(\d+)</g, (_, d) => `>${fw(d)}<`)
      .replace(/>\?/g, '>？')
      .replace('本年新收政府信息公开申请数量', '本年新收政府<br>信息公开申请数量')
      .replace('不予处理</p>', '不予<br/>处理</p>'));
    expect(tables(r)).toEqual(tables(expected));
  });

  it('reads the tables inside a layout table that holds the whole article', () => {
    const r = variant((p) => p.replace('<div id="zoom" class="TRS_Editor">', '<table width="100%"><tr><td><div id="zoom">').replace('<div class="article-tools">', '</td></tr></table><div class="article-tools">'));
    expect(tables(r)).toEqual(tables(expected));
    expect(r.document.sections.length).toBe(expected.document.sections.length);
  });

  it('reads a heading set as the table\'s <caption>, where the table\'s own header words are lost', () => {
    // longde-chengguan-2021's 表四 header lost characters (行政复, 行政诉): only its heading names it.
    const page = fixtureHtml('longde-chengguan-2021.html');
    const captioned = page.replace(/<p[^>]*>(四、政府信息公开行政复议、行政诉讼情况)<\/p>\s*(<table[^>]*>)/, '$2<caption>$1</caption>');
    expect(captioned).not.toBe(page);
    const r = extractWithCheerio(captioned, null).report;
    expect(r.reviewLitigation).toEqual(fixtureReport('longde-chengguan-2021.html').reviewLitigation);
    expect(r.warnings.map((w) => w.rule)).not.toContain('document/required-tables');
  });

  it('reads the tables where an editor lost the merges across columns, leaving blank cells', () => {
    const r = variant((p) => p.replace(/<td colspan="(\d+)"([^>]*)>([\s\S]*?)<\/td>/g, (_, n: string, attrs: string, content: string) =>
      `<td${attrs}>${content}</td>${`<td${/rowspan="\d+"/.exec(attrs)?.[0].replace(/^/, ' ') ?? ''}></td>`.repeat(Number(n) - 1)}`));
    expect(tables(r)).toEqual(tables(expected));
    expect(r.warnings).toEqual(extractWithCheerio(html, null).report.warnings);
  });

  it('reads （二）部分公开 printed without its gloss as that row, with no note', () => {
    const r = variant((p) => p.replace('(二)部分公开(区分处理的,只计这一情形,不计其他情形)', '(二)部分公开'));
    expect(r.applications).toEqual(expected.applications);
    expect(r.warnings.map((w) => w.rule)).not.toContain('recognition/label-by-position');
  });

  it('reads 表三\'s and 表四\'s total columns headed 合计, as some bodies head them, as 总计, with no note that calls the name blank', () => {
    const r = variant((p) => p.replaceAll('text-align:center">总计</p>', 'text-align:center">合计</p>'));
    expect(tables(r)).toEqual(tables(expected));
    expect(r.warnings).toEqual(extractWithCheerio(html, null).report.warnings);
  });

  it('reads the first of two 表三 a body prints (本级, then （二）全市系统 with its own figures), not their rows mixed, and says so', () => {
    const r = variant((p) => {
      const $ = cheerio.load(p);
      const first = $('table').eq(1);
      const other = cheerio.load($.html(first));
      // The system's table: every figure its own (here the body's doubled, so that its sums hold as a real one's do).
      other('p').each((_, el) => { const t = other(el).text(); if (/^\??\d+\??$/.test(t)) other(el).text(String(Number(t.replace(/\?/g, '')) * 2)); });
      first.before('<p>（一）本级</p>');
      first.after(`<p>（二）全市系统</p>${other('table').toString()}`);
      return $.html();
    });
    expect(tables(r)).toEqual(tables(expected));
    const notes = r.warnings.filter((w) => w.rule === 'recognition/other-tables');
    expect(notes.map((w) => w.message)).toEqual(['表三（依申请公开）本页共印了2份（如本级与系统、各下属单位各一份，其后的注明“（二）全市系统”）：只读取、核对第一份，其余1份未读取']);
    expect(r.warnings.filter((w) => w !== notes[0])).toEqual(extractWithCheerio(html, null).report.warnings);
  });

  it('reads figures an editor wrapped each in a table of one cell inside its cell', () => {
    const r = variant((p) => p.replace(/(<td valign="center">)(<p style="text-align:center">[?？]?\d+[?？]?<\/p>)(<\/td>)/g, '$1<table><tr><td>$2</td></tr></table>$3'));
    expect(tables(r)).toEqual(tables(expected));
    expect(r.warnings).toEqual(extractWithCheerio(html, null).report.warnings);
  });

  it('reads the row a label\'s span runs one too far into (rowspan="21" over twenty rows) pushed right, with no note', () => {
    // 平潭 spp-2019: Word's 三、本年度办理结果 spans 四、结转下年度继续办理 too, moving its figures one column right.
    const r = variant((p) => p.replace('<td rowspan="20" valign="center"><p style="text-align:center">三、本年度办理结果', '<td rowspan="21" valign="center"><p style="text-align:center">三、本年度办理结果'));
    expect(tables(r)).toEqual(tables(expected));
    expect(r.warnings).toEqual(extractWithCheerio(html, null).report.warnings);
  });

  it('reads a blank label by its place in the layout and says so', () => {
    const r = variant((p) => p.replace('<p style="text-align:center">2.重复申请</p>', '<p style="text-align:center"></p>'));
    expect(r.applications).toEqual(expected.applications);
    expect(r.warnings.some((w) => w.rule === 'recognition/label-by-position' && w.cells.some((c) => c.path === 'notProcessed.repeated.total'))).toBe(true);
  });

  it('reads — and / as not reported (null), never as 0', () => {
    const r = variant((p) => p.replace('<td valign="center"><p style="text-align:center">821198</p>', '<td valign="center"><p style="text-align:center">—</p>')
      .replace('<td valign="center"><p style="text-align:center">3083</p>', '<td valign="center"><p style="text-align:center">/</p>'));
    expect(r.activeDisclosure?.licensing).toEqual({ previousCount: 653, change: 52, decisions: null });
    expect(r.activeDisclosure?.otherServices).toEqual({ previousCount: 727, change: 233, decisions: null });
    const note = r.warnings.find((w) => w.rule === 'figure/not-reported')!;
    expect(note.severity).toBe('info');
    expect(note.cells).toEqual([{ table: 'activeDisclosure', path: 'licensing.decisions' }, { table: 'activeDisclosure', path: 'otherServices.decisions' }]);
  });

  it('reads a cell of hundreds of digits as a figure unread in its place, not as a label that shifts its row', () => {
    const run = '9'.repeat(400);
    const r = variant((p) => p.replace('<td valign="center"><p style="text-align:center">821198</p>', `<td valign="center"><p style="text-align:center">${run}</p>`)
      .replace('本年新收政府信息公开申请数量</p></td><td valign="center"><p style="text-align:center">33?</p></td><td valign="center"><p style="text-align:center">2</p>',
        `本年新收政府信息公开申请数量</p></td><td valign="center"><p style="text-align:center">33?</p></td><td valign="center"><p style="text-align:center">${run}</p>`));
    expect(r.activeDisclosure).toEqual({ ...expected.activeDisclosure, licensing: { previousCount: 653, change: 52, decisions: null } });
    expect(r.applications).toEqual({ ...expected.applications, newReceived: { ...expected.applications!.newReceived, commercial: null } });
    expect(r.warnings.filter((w) => w.rule === 'figure/unreadable')).toMatchObject([
      { cells: [{ table: 'activeDisclosure', path: 'licensing.decisions' }], message: expect.stringContaining(`（“${'9'.repeat(40)}…”）`) },
      { cells: [{ table: 'applications', path: 'newReceived.commercial' }] },
    ]);
  });

  it('reads no 本年增/减 from a column headed 本年数量, the items this year: its figures are said, not read as a change (hechuan-erlang-2019)', () => {
    const rows = [['第二十条第(五)项'], ['信息内容', '上一年项目数量', '本年数量', '处理决定数量'], ['行政许可', '0', '0', '0'],
      ['其他对外管理服务事项', '6', '6', '122'], ['第二十条第(六)项'], ['信息内容', '上一年项目数量', '本年数量', '处理决定数量'],
      ['行政处罚', '0', '1', '2'], ['行政强制', '0', '0', '0']];
    const table = rows.map((row) => `<tr>${row.map((c) => `<td${row.length === 1 ? ' colspan="4"' : ''}>${c}</td>`).join('')}</tr>`).join('');
    const r = extractWithCheerio(`<html><head><title>重庆市合川区二郎镇人民政府2019年政府信息公开工作报告</title></head><body><p>二、主动公开政府信息情况</p><table>${table}</table></body></html>`, null).report;
    expect(r.activeDisclosure).toMatchObject({ otherServices: { previousCount: 6, decisions: 122 }, punishment: { previousCount: 0, decisions: 2 } });
    expect(r.activeDisclosure?.otherServices).not.toHaveProperty('change');
    expect(r.warnings.filter((w) => w.rule === 'recognition/label-by-position')).toEqual([]);
    expect(r.warnings.find((w) => w.rule === 'recognition/column-left-out')?.message)
      .toBe('表二“本年数量”一列是本年的项目数量，不是标准格式此处的“本年增/减”，未读取（行政许可0、其他对外管理服务事项6、行政处罚1、行政强制0）');
  });

  it('reads a 信息内容 header row the page cut short (信息内, no figure) as a header, not a row placed by position (tianmen-zfb-2025)', () => {
    const cells = ['第二十条第(六)项', '信息内容', '本年处理决定数量', '行政处罚', '0', '行政强制', '0', '第二十条第(八)项', '信息内'];
    const r = extractWithCheerio(`<html><head><title>天门市人民政府办公室2025年政府信息公开工作年度报告</title></head><body><p>二、主动公开政府信息情况</p>${cells.map((c) => `<p>${c}</p>`).join('')}</body></html>`, null).report;
    expect(r.activeDisclosure).toMatchObject({ punishment: { decisions: 0 }, coercion: { decisions: 0 } });
    expect(r.activeDisclosure).not.toHaveProperty('fees');
    expect(r.warnings.filter((w) => w.rule === 'recognition/label-by-position')).toEqual([]);
  });

  it('reads a column named again in the header (本年新制作数量 twice) by its place, and says the name was repeated, not unreadable (kangle-shangwan-2019)', () => {
    const rows = [['第二十条第(一)项'], ['信息内容', '本年新制作数量', '本年新制作数量', '对外公开总数量'], ['规章', '0', '0', '0'], ['规范性文件', '3', '2', '9']];
    const table = rows.map((row) => `<tr>${row.map((c) => `<td${row.length === 1 ? ' colspan="4"' : ''}>${c}</td>`).join('')}</tr>`).join('');
    const r = extractWithCheerio(`<html><head><title>上湾乡人民政府2019年度政府信息公开年度工作报告</title></head><body><p>二、主动公开政府信息情况</p><table>${table}</table></body></html>`, null).report;
    expect(r.activeDisclosure?.normativeDocuments).toEqual({ newlyMade: 3, newlyPublished: 2, totalPublished: 9 });
    expect(r.warnings.filter((w) => w.rule === 'recognition/label-by-position').map((w) => w.message))
      .toEqual(['表二（主动公开）的列名“本年新制作数量”在表头中重复出现，这一列按标准格式中的位置读作“本年新公开”']);
  });

  it('reads a sign in 本年增/减, typed twice too, and notes a sign in a count column as noise (bj-tongzhou-bureau-2019)', () => {
    const rows = [['第二十条第(五)项'], ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'], ['行政许可', '16', '+3', '780'],
      ['其他对外管理服务事项', '+22', '0', '889'], ['第二十条第(六)项'], ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
      ['行政处罚', '253', '--253', '0'], ['行政强制', '0', '0', '0']];
    const table = rows.map((row) => `<tr>${row.map((c) => `<td${row.length === 1 ? ' colspan="4"' : ''}>${c}</td>`).join('')}</tr>`).join('');
    const r = extractWithCheerio(`<html><head><title>某局2019年政府信息公开工作年度报告</title></head><body><p>二、主动公开政府信息情况</p><table>${table}</table></body></html>`, null).report;
    expect(r.activeDisclosure).toMatchObject({ licensing: { previousCount: 16, change: 3, decisions: 780 }, otherServices: { previousCount: 22, change: 0, decisions: 889 },
      punishment: { previousCount: 253, change: -253, decisions: 0 } });
    const noise = r.warnings.find((w) => w.rule === 'figure/noise-removed');
    expect(noise?.cells.map((c) => c.path)).toEqual(['otherServices.previousCount', 'punishment.change']);
    expect(noise?.message).toContain('“+22”、“--253”');
  });

  it('never changes the page it reads', () => {
    const before = html;
    extractWithCheerio(html, null);
    expect(html).toBe(before);
  });
});

describe('tables as Word saves them as a web page', () => {
  // Word lines its rows up on one grid: where a row stops short of the others at an edge, it adds a
  // column there, filled by a placeholder cell in that row and spanned by the edge cell in the others;
  // and it ends the table with a row of empty cells that set the columns' widths.
  const PLACEHOLDER = "<td style='mso-cell-special:placeholder;border:none;padding:0cm 0cm 0cm 0cm' width=3><p class='MsoNormal'>&nbsp;</td>";
  function wordGrid(page: string, edge: 'start' | 'end', short: (row: number) => boolean) {
    const $ = cheerio.load(page);
    $('table').each((_, table) => {
      const rows = $(table).find('tr').toArray();
      const taken: boolean[][] = rows.map(() => []);
      const edgeCell = new Map<number, ReturnType<typeof $>>(); // row → its cell at the edge, where one starts there
      let width = 0;
      rows.forEach((tr, r) => {
        let c = 0;
        $(tr).children('td').each((_, td) => {
          while (taken[r]![c]) c++;
          const [cols, spanned] = [Number($(td).attr('colspan') ?? 1), Number($(td).attr('rowspan') ?? 1)];
          for (let dr = 0; dr < spanned && r + dr < rows.length; dr++) for (let dc = 0; dc < cols; dc++) taken[r + dr]![c + dc] = true;
          if (c === 0 && edge === 'start') edgeCell.set(r, $(td));
          c += cols;
          width = Math.max(width, c);
        });
      });
      rows.forEach((tr, r) => {
        const last = $(tr).children('td').last();
        const cell = edge === 'start' ? edgeCell.get(r) : last;
        if (!cell?.length) return;
        if (short(r) && cell.attr('rowspan') === undefined) {
          if (edge === 'start') $(tr).prepend(PLACEHOLDER); else $(tr).append(PLACEHOLDER);
        } else cell.attr('colspan', String(Number(cell.attr('colspan') ?? 1) + 1));
      });
      $(table).find('tr').last().after(`<![if !supportMisalignedColumns]><tr height=0>${"<td width=60 style='border:none'></td>".repeat(width + 1)}</tr><![endif]>`);
    });
    return $.html();
  }

  it.each(['start', 'end'] as const)('reads its tables with placeholder cells at the rows\' %s and its row of widths, as the page shows them', (edge) => {
    const r = variant((p) => wordGrid(p, edge, (row) => row % 3 === 1));
    expect(tables(r)).toEqual(tables(expected));
    expect(r.warnings).toEqual(extractWithCheerio(html, null).report.warnings);
  });

  // Word repeats a table's header rows atop each part after a page break (重复标题行); a page saved
  // or converted from it may keep the parts as <table>s of their own, each opening on the header.
  function cutRepeatingHeader(page: string, table: number, after: number, header: number, repeat = (tr: string) => tr) {
    const $ = cheerio.load(page);
    const cut = $('table').eq(table);
    const rows = cut.find('tr').toArray().map((tr) => $.html(tr));
    cut.replaceWith(`<table border="1">${rows.slice(0, after).join('')}</table><p></p><table border="1">${rows.slice(0, header).map(repeat).join('')}${rows.slice(after).join('')}</table>`);
    return $.html();
  }

  it('reads 表二 cut after its tenth row, the rest opening on its two header rows again, as one table', () => {
    const r = variant((p) => cutRepeatingHeader(p, 0, 10, 2));
    expect(r.activeDisclosure!.regulations).toEqual({ newlyMade: 13, newlyPublished: 13, totalPublished: 90 });
    expect(r.activeDisclosure!.punishment).toEqual({ previousCount: 562, change: 102, decisions: 139194 });
    expect(tables(r)).toEqual(tables(expected));
    expect(r.warnings).toEqual(extractWithCheerio(html, null).report.warnings);
  });

  it('reads 表三 and 表四 cut with their header rows repeated, the repeat\'s merges lost', () => {
    const unmerged = (tr: string) => tr.replace(/ (?:rowspan|colspan)="\d+"/g, '');
    const r = variant((p) => cutRepeatingHeader(cutRepeatingHeader(p, 1, 10, 3, unmerged), 3, 3, 3, unmerged));
    expect(r.applications!.granted!.total).toBe(33);
    expect(tables(r)).toEqual(tables(expected));
    expect(r.warnings).toEqual(extractWithCheerio(html, null).report.warnings);
  });

  // A page break through 表三's header, the header not repeated: as converters write the parts, no span goes past
  // its part's last row. Word's extra empty first column gives every row of both parts a blank cell first.
  it.each([1, 2])('reads 表三 cut after header row %i, every row opening on Word\'s empty first column, with no false note', (after) => {
    const r = variant((p) => {
      const $ = cheerio.load(p);
      const cut = $('table').eq(1);
      const rows = cut.find('tr').toArray().map((tr) => $.html(tr).replace(/^<tr>/, '<tr><td></td>'));
      const before = rows.slice(0, after).map((row, i) => row.replace(/rowspan="(\d+)"/g, (_, n: string) => `rowspan="${Math.min(Number(n), after - i)}"`));
      cut.replaceWith(`<table border="1">${before.join('')}</table><p></p><table border="1">${rows.slice(after).join('')}</table>`);
      return $.html();
    });
    expect(r.applications!.newReceived).toEqual({ naturalPerson: 33, commercial: 2, research: 0, nonprofit: 0, legalService: 7, otherOrg: 0, total: 42 });
    expect(tables(r)).toEqual(tables(expected));
    expect(r.warnings).toEqual(extractWithCheerio(html, null).report.warnings);
  });

  it('reads the one row a page break left of 表二 (行政事业性收费 | 0, in a table of two cells) as its last row, not as page layout', () => {
    const LONGDE = 'longde-chengguan-2021.html';
    const r = extractWithCheerio(cutRepeatingHeader(fixtureHtml(LONGDE), 0, 13, 0), null).report;
    expect(r.activeDisclosure!.fees).toEqual({ amount: 0, unit: '万元' });
    expect(r.activeDisclosure).toEqual(fixtureReport(LONGDE).activeDisclosure);
    expect(r.warnings).toEqual(extractWithCheerio(fixtureHtml(LONGDE), null).report.warnings);
  });
});

describe('tables as Excel saves them as a web page', () => {
  it('reads a cell Excel\'s accounting format prints as "-" as the 0 it stored (x:num), not as not reported', () => {
    // Excel writes x:num on each number cell and its formatted text inside: " - " for 0, 1,234 for 1234.
    const r = variant((p) => p.replace(/<td([^>]*)><p style="text-align:center">\??(\d+)\??<\/p><\/td>/g, (_, attrs: string, d: string) =>
      `<td class=xl65${attrs} style="mso-number-format:'_ * \\#\\,\\#\\#0_ \\;_ * \\-\\#\\,\\#\\#0_ \\;_ * \\0022-\\0022_ \\;_ \\@_ '" x:num="${d}">${d === '0' ? '&nbsp;- ' : ` ${Number(d).toLocaleString('en')} `}</td>`));
    expect(tables(r)).toEqual(tables(expected));
    expect(r.warnings.map((w) => w.rule)).not.toContain('figure/not-reported');
  });
});

describe('an article set a paragraph a row in a table', () => {
  it('reads its rows as the body text, though few of them are long (a layout table, not a data one)', () => {
    const paragraphs = [
      '某县卫生健康局2022年政府信息公开工作年度报告',
      '本报告根据《中华人民共和国政府信息公开条例》要求编制。本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。',
      '一、总体情况',
      `2022年，本局${'坚持以公开为常态、不公开为例外，'.repeat(8)}政府信息公开工作取得了新的成效。`,
      '（一）主动公开。全年主动公开政府信息120条，其中通过网站公开100条。',
      '（二）依申请公开。全年共收到政府信息公开申请5件，办结5件。',
      '二、存在的主要问题及改进情况', '某县卫生健康局', '2023年1月20日',
    ];
    const page = `<html><head><title>${paragraphs[0]}</title></head><body><table>${paragraphs.map((p) => `<tr><td>${p}</td></tr>`).join('')}</table></body></html>`;
    const r = extractWithCheerio(page, null).report;
    expect(r.document).toMatchObject({ period: { start: '2022-01-01', end: '2022-12-31' }, signedAt: '2023-01-20' });
    expect(r.proseFigures.map((f) => `${f.label}=${f.value}`)).toContain('收到政府信息公开申请=5');
  });
});

describe('a PDF\'s page number under a heading', () => {
  it('is no row of a table laid out as text: the heading still opens its part, and the numbering runs on', () => {
    const file = 'longde-chengguan-2021.html';
    const page = fixtureHtml(file).replace('<p style="text-indent:2em">四、政府信息公开行政复议、行政诉讼情况</p>',
      '<p style="text-indent:2em">四、政府信息公开行政复议、行政诉讼情况</p><p>5</p>');
    const rules = (html: string) => extractWithCheerio(html, fixtureUrl(file)).report.warnings.map((w) => w.rule);
    expect(page).not.toBe(fixtureHtml(file));
    expect(rules(page)).toEqual(rules(fixtureHtml(file)));
  });
});

describe('links over and in the 落款', () => {
  const article = (end: string) => `<html><head><title>某县人民政府2022年政府信息公开工作年度报告</title></head><body>
    <h1>某县人民政府2022年政府信息公开工作年度报告</h1>
    <p>本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。</p><p>一、总体情况</p>
    <p>2022年，本县${'坚持以公开为常态、不公开为例外，'.repeat(8)}政府信息公开工作取得了新的成效。</p>
    <p>二、存在的主要问题及改进情况</p><p>本年度无。</p>${end}</body></html>`;
  const signedAt = (end: string) => extractWithCheerio(article(end), null).report.document.signedAt;

  it('reads the signature in Word\'s bookmarks and links that go nowhere (<a name>, href="#", javascript:)', () => {
    expect(signedAt('<p><a name="OLE_LINK1">某县人民政府</a></p><p>2023年1月20日</p>')).toBe('2023-01-20');
    expect(signedAt('<p><a href="#">某县人民政府</a></p><p><a href="javascript:void(0)">2023年1月20日</a></p>')).toBe('2023-01-20');
  });

  it('reads the signature under the article\'s own links: its attached table\'s (a download script\'s), its 相关解读', () => {
    expect(signedAt('<p>附件：</p><p><a href="/module/download/downfile.jsp?classid=0&filename=1.xls">1.某县2022年政府信息公开情况统计表</a></p>'
      + '<p>某县人民政府</p><p>2023年1月20日</p>')).toBe('2023-01-20');
    expect(signedAt('<p>相关解读：<a href="/jd/2023/1.html">图解某县人民政府2022年政府信息公开工作年度报告</a></p><p>某县人民政府</p><p>2023年1月20日</p>'))
      .toBe('2023-01-20');
  });
});

it('reads no 落款 from the portal\'s date box above the heading of a short page (yn-weixi-wjj-2021, cut after 一)', () => {
  // 维西傈僳族自治县卫生健康局 2021: the box's 来源/公开日期 and their values each on a line, the body cut by the corpus.
  const page = `<html><head><title>维西傈僳族自治县卫生健康局2021年政府信息公开工作年度报告</title></head><body>
    <p>政府信息公开</p><p>索引号</p><p>MB0X92371D/202200317</p><p>文  号</p><p>来 源</p><p>县卫生健康局</p><p>公开日期</p><p>2022-01-21</p>
    <p>维西傈僳族自治县卫生健康局2021年政府信息公开工作年度报告</p><p>发布时间:2022-01-21 09:33     浏览次数:3414</p>
    <p>根据《中华人民共和国政府信息公开条例》(国令第711号,以下简称《条例》)第五十条要求,现公布维西傈僳族自治县卫生健康局2021年政府信息公开工作年度报告。所列数据统计时限为2021年1月1日至2021年12月31日。</p>
    <p>一、总体情况</p><p>2021年,县卫健局以“推进健康维西”为目标,在政府门户网站设立了政府信息公开专栏,主动宣传并接受群众的监督。</p><p>(1) 主动公开。</p></body></html>`;
  expect(extractWithCheerio(page, null).report.document).toMatchObject({ publishedAt: '2022-01-21', signedAt: null });
});

describe('a 2021 report whose 表二 kept 第（一）项 of the 2019 format, no 表三 read', () => {
  // 黑河市气象局2021年 (hl.cma.gov.cn): 第（一）项 under the 2019 columns, 第（五）、（六）、（八）项 under the 2021 ones;
  // its 表三 cut off. Most blocks, not the most column names, tell the table's format.
  const row = (...cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  const html = `<html><head><title>黑河市气象局2021年政府信息公开工作年度报告</title></head><body>
    <p>黑河市气象局2021年政府信息公开工作年度报告</p><p>二、主动公开政府信息情况</p><table>${[
      row('第二十条第(一)项'), row('信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'),
      row('规章', '0', '0', '0'), row('规范性文件', '0', '0', '0'),
      row('第二十条第(五)项'), row('信息内容', '本年处理决定数量'), row('行政许可', '2'),
      row('第二十条第(六)项'), row('信息内容', '本年处理决定数量'), row('行政处罚', '0'), row('行政强制', '0'),
      row('第二十条第(八)项'), row('信息内容', '本年收费金额(单位:万元)'), row('行政事业性收费', '0'),
    ].join('')}</table></body></html>`;

  it('is read as the 2021 format, the 2019 block named, no 2019 row asked for', () => {
    const { report } = extractWithCheerio(html, null);
    expect(report.document.format).toBe('2021');
    expect(report.activeDisclosure?.licensing).toEqual({ decisions: 2 });
    const messages = report.warnings.map((w) => w.message);
    expect(messages).toContain('表二第（一）项的栏目（本年新制作、本年新公开、对外公开总数）是2019版（国办公开办函〔2019〕60号）表格的，表二其余各项是2021版（国办公开办函〔2021〕30号）：同一报告混用了两版格式');
    expect(messages.filter((m) => m.includes('其他对外管理服务事项'))).toEqual([]);
  });
});

describe('the date under the heading', () => {
  const dates = (title: string, under: string, text: string) => {
    const { document } = extractWithCheerio(`<html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${under}${text}</body></html>`, null).report;
    return { publishedAt: document.publishedAt, signedAt: document.signedAt };
  };

  it('takes a body\'s name and date there for its dating of the report (dongling-2010), a date alone for the page\'s (ustc-tsg211-2021)', () => {
    const dongling = '<p>引 言</p><p>本年报中所列数据的统计期限自2010年1月1日起至2010年12月31日止。</p><p>一、概 述</p><p>成立了镇政府信息公开领导小组。</p><p>二、主动公开政府信息情况</p><p>截至2010年底,累计主动公开政府信息20条。</p>';
    expect(dates('惠安县东岭镇2010年政府信息公开年度报告', '<div class="info">东岭镇人民政府</div><div class="info">2011年1月3日</div>', dongling))
      .toEqual({ publishedAt: null, signedAt: '2011-01-03' });
    const ustc = '<p>本年度报告深入贯彻落实《高等学校信息公开办法》(中华人民共和国教育部令第29号)精神编制而成。本报告中所列数据的统计期限自2020年9月1日起,至2021年8月31日止。</p><p>一、概述</p><p>2020—2021学年,学校坚持以公开为常态、不公开为例外。</p>';
    expect(dates('2020-2021学年信息公开工作年度报告', '<div>2021年10月30日</div>', ustc)).toEqual({ publishedAt: '2021-10-30', signedAt: null });
  });
});

describe('the year of a title that names two', () => {
  const yearNotes = (title: string, text: string) => {
    const { report } = extractWithCheerio(`<html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${text}</body></html>`, null);
    return { year: report.document.year, notes: report.warnings.filter((w) => w.rule === 'document/year-span').map((w) => [w.message, w.cells]) };
  };
  // ustc-tsg211-2021's wording.
  const ustc = '<p>本年度报告深入贯彻落实《高等学校信息公开办法》(中华人民共和国教育部令第29号)精神编制而成。本报告中所列数据的统计期限自2020年9月1日起,至2021年8月31日止。</p><p>一、概述</p><p>2020—2021学年,学校坚持以公开为常态、不公开为例外。</p>';

  it('says which year a 学年 was read as, and why, at the report\'s year; nothing where the title names one year', () => {
    expect(yearNotes('2020-2021学年信息公开工作年度报告', ustc)).toEqual({
      year: 2020, notes: [['标题中的“2020-2021学年”跨两个年份，按学年开始的年份读作2020年度报告', [{ table: 'document', path: 'year' }]]],
    });
    expect(yearNotes('2020年信息公开工作年度报告', ustc.replace('2020—2021学年', '2020年'))).toMatchObject({ year: 2020, notes: [] });
  });
});

describe('pages that are not reports', () => {
  const shell = (title: string, body: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
  const cases: [string, string][] = [
    ['the portal home page', shell('铁岭市人民政府门户网站', '<ul><li><a href="/zwgk/">政务公开</a></li><li><a href="/zfxxgknb/">政府信息公开年报</a></li></ul><table><tr><td>今日要闻</td><td>2020-02-28</td></tr><tr><td>市政府召开常务会议</td><td>2020-02-27</td></tr></table>')],
    ['a news item about disclosure work', shell('我市召开2019年度政务公开工作推进会', '<h1>我市召开2019年度政务公开工作推进会</h1><p>发布时间:2019-05-15</p><p>会议要求各单位认真贯彻《中华人民共和国政府信息公开条例》，按时发布年度报告。</p>')],
    ['a page with an unrelated statistics table', shell('2019年国民经济和社会发展统计公报', '<p>一、综合</p><table><tr><td>指标</td><td>2018年</td><td>2019年</td></tr><tr><td>地区生产总值（亿元）</td><td>651</td><td>676</td></tr><tr><td>一般公共预算收入</td><td>53</td><td>55</td></tr><tr><td>城镇居民人均可支配收入</td><td>30412</td><td>32066</td></tr><tr><td>农村居民人均可支配收入</td><td>14025</td><td>15301</td></tr></table>')],
    ['an empty page', ''],
    ['news that a report came out', shell('我县发布2021年政府信息公开工作年度报告', '<h1>我县发布2021年政府信息公开工作年度报告</h1><p>发布时间：2022-01-25</p><p>近日，我县发布《某某县2021年政府信息公开工作年度报告》。报告显示，全年主动公开政府信息1234条，收到政府信息公开申请56件，均按时答复。</p>')],
    ['the 年报 column\'s list of reports', shell('政府信息公开年报_某某县人民政府', `<div>首页 &gt; 政务公开 &gt; 政府信息公开年报</div><ul>${
      ['某某县', '某某县教育局', '某某县财政局', '某某县卫生健康局'].map((body, i) => `<li><a href="/nb/${i}.html">${body}2021年政府信息公开工作年度报告</a><span>2022-01-2${i}</span></li>`).join('')}</ul><div>共4条 第1页</div>`)],
    ['the notice of the report format, its tables blank', shell('国务院办公厅政府信息与政务公开办公室关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知',
      `<h1>关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知</h1><p>各省、自治区、直辖市人民政府办公厅：根据《中华人民共和国政府信息公开条例》第五十条的规定，现将修订后的《中华人民共和国政府信息公开工作年度报告格式》印发给你们，请认真贯彻执行。</p>${
        [...html.matchAll(/<table[\s\S]*?<\/table>/g)].map((m) => m[0].replace(/>[?？]?\d[\d,]*[?？]?</g, '><')).join('<p>附表</p>')}`)],
  ];
  for (const [name, page] of cases) {
    it(`${name}: isReport false, no tables, no errors`, () => {
      const r = extractWithCheerio(page, null).report;
      expect(r.document.isReport).toBe(false);
      expect([r.activeDisclosure, r.applications, r.reviewLitigation, r.legacyStats]).toEqual([null, null, null, null]);
      expect(r.warnings.filter((w) => w.severity !== 'info')).toEqual([]);
    });
  }
});

describe('a report beside a list of reports', () => {
  it('is still a report when the portal lists related reports beside it', () => {
    const related = ['2020', '2019', '2018', '2017'].map((y) => `<li><a href="/nb/${y}.html">铁岭市${y}年度政府信息公开工作报告</a></li>`).join('');
    const r = variant((p) => p.replace('</body>', `<div class="related"><h3>相关阅读</h3><ul>${related}</ul></div></body>`));
    expect(r.document.isReport).toBe(true);
    expect(tables(r)).toEqual(tables(expected));
  });

  it('is still a report when it is short and prose only, beside a longer list', () => {
    const related = ['2020', '2019', '2018', '2017', '2016'].map((y) => `<li><a href="/nb/${y}.html">某镇${y}年政府信息公开工作年度报告</a></li>`).join('');
    const page = `<title>某镇2021年政府信息公开工作年度报告</title><h1>某镇2021年政府信息公开工作年度报告</h1>
      <p>根据《中华人民共和国政府信息公开条例》编制本报告。</p><p>一、总体情况</p><p>2021年，我镇主动公开政府信息35条。</p>
      <p>二、依申请公开情况</p><p>全年未收到政府信息公开申请。</p><ul>${related}</ul>`;
    expect(extractWithCheerio(page, null).report.document.isReport).toBe(true);
  });
});

describe('a report among a portal\'s lists of links', () => {
  it('takes neither its title from a sidebar\'s report right before the text, nor its signature from a related list under it', () => {
    const sidebar = ['2026-11-20">市政府召开第45次常务会议', '2019-01-25">开原市2018年度政府信息公开工作报告']
      .map((item) => `<li><a href="/t${item}</a></li>`.replace('">', '.html">')).join('');
    const related = `<div class="related"><h3>相关链接</h3><ul><li><a href="/nb/2018.html">铁岭市2018年度政府信息公开工作报告</a>
      <p>铁岭市人民政府办公室</p><p>2019-01-30</p></li></ul></div>`;
    const r = variant((p) => p.replace(/<title>[^<]*/, '<title>铁岭市人民政府').replace(/<h1[^]*?<\/h1>/, '')
      .replace('<div class="main">', `<div class="hot"><h3>热点信息</h3><ul>${sidebar}</ul></div><div class="main">`)
      .replace(/<div class="article-tools">.*?<\/div>/, related));
    expect(r.document).toMatchObject({ isReport: true, year: 2019, issuer: '铁岭市人民政府', signedAt: null });
  });
});

describe('columns beyond the table', () => {
  it('ignores a 备注 column and empty cells an editor appended after 总计', () => {
    const r = variant((p) => p
      .replace(/(<td rowspan="2" valign="center"><p style="text-align:center">总计<\/p><\/td>)/, '$1<td rowspan="2">备注</td>')
      .replace(/(<tr><td colspan="3" valign="center"><p style="text-align:center">一、本年新收[\s\S]*?)<\/tr>/, '$1<td>无</td></tr>')
      .replace(/(<tr><td colspan="3" valign="center"><p style="text-align:center">二、上年结转[\s\S]*?)<\/tr>/, '$1<td></td></tr>')
      .replace(/(<td valign="center"><p style="text-align:center">1.属于国家秘密[\s\S]*?)<\/tr>/, '$1<td>&nbsp;</td></tr>'));
    expect(r.applications).toEqual(expected.applications);
  });
});

describe('a 表三 whose rows an editor padded with empty cells, its header\'s merges lost', () => {
  // qionghai-yjz-2022 (阳江镇): every row runs on in empty cells past 总计, and the header, its 勾稽关系 corner and
  // spans gone, names 自然人 | 法人或其他组织 | 总计 over the first three columns, left of the figures.
  const blanks = (n: number) => '<td></td>'.repeat(n);
  const row = (label: string, figures: string, pad: number) => `<tr>${label}${figures.split(' ').map((f) => `<td>${f}</td>`).join('')}${blanks(pad)}</tr>`;
  const page = `<title>阳江镇2022年政府信息公开工作年度报告</title><p>二、主动公开政府信息情况</p><table border="1">
<tr><td>第二十条第(一)项</td>${blanks(3)}</tr><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr><tr><td>行政规范性文件</td><td>0</td><td>0</td><td>0</td></tr></table>
<p>三、收到和处理政府信息公开申请情况</p><table border="1">
<tr><td>申请人情况</td>${blanks(10)}</tr><tr><td>自然人</td><td>法人或其他组织</td><td>总计</td>${blanks(8)}</tr>
<tr><td>商业 企业</td><td>科研 机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td>${blanks(6)}</tr>
${row('<td>一、本年新收政府信息公开申请数量</td>', '1 0 0 0 0 0 1', 3)}
${row('<td>二、上年结转政府信息公开申请数量</td>', '0 0 0 0 0 0 0', 3)}
${row('<td rowspan="22">三、本年度办理结果</td><td>(一)予以公开</td>', '0 0 0 0 0 0 0', 2)}
${row('<td>(二)部分公开(区分处理的,只计这一情形,不计其他情形)</td>', '1 0 0 0 0 0 1', 3)}
${row('<td rowspan="8">(三)不予公开</td><td>1.属于国家秘密</td>', '0 0 0 0 0 0 0', 2)}</table>`;

  it('reads each row\'s seven figures in the standard order, and the report stays a 2021-form one', () => {
    const r = extractWithCheerio(page, null).report;
    const cols = (naturalPerson: number, total: number) => ({ naturalPerson, commercial: 0, research: 0, nonprofit: 0, legalService: 0, otherOrg: 0, total });
    expect(r.applications).toEqual({ newReceived: cols(1, 1), carriedOver: cols(0, 0), granted: cols(0, 0), partiallyGranted: cols(1, 1), withheld: { stateSecret: cols(0, 0) } });
    expect(r.document.format).toBe('2021');
    expect(r.warnings.map((w) => w.rule)).not.toContain('document/format-matches-year');
    expect(r.warnings.map((w) => w.rule)).not.toContain('recognition/nonstandard-table');
  });

  it('says the header slid off its columns, not that names it can read are unreadable', () => {
    const note = extractWithCheerio(page, null).report.warnings.find((w) => w.rule === 'recognition/label-by-position');
    expect(note?.message).toBe('表三（依申请公开）的表头与数字列错位（多半是合并单元格丢失）：表头依次为“科研机构”、“社会公益组织”、“法律服务机构”、“其他”、空白、空白、空白，'
      + '数字按标准格式中的位置依次读作“自然人”、“商业企业”、“科研机构”、“社会公益组织”、“法律服务机构”、“其他”、“总计”');
  });
});

describe('a 表二 whose header does not line up with its figures', () => {
  // hlj-maoershan-2020 (帽儿山镇): a blank header cell where 本年新公开数量 belongs, that name past the three figures.
  const page = (regulations: string) => `<title>帽儿山镇2020年政府信息公开工作年度报告</title><p>二、行政机关主动公开政府信息情况</p><table border="1">
<tr><td colspan="5">主动公开政府信息情况</td></tr><tr><td colspan="5">第二十条第(一)项</td></tr>
<tr><td>信息内容</td><td>本年新制作数量</td><td></td><td>对外公开总数量</td><td>本年新公开数量</td></tr>
<tr><td>规章</td>${regulations}</tr><tr><td>规范性文件</td><td>0</td><td>0</td><td>0</td></tr></table>`;

  it('reads the three figures in the standard order, none dropped, and says the header slid', () => {
    const r = extractWithCheerio(page('<td>0</td><td>0</td><td>0</td>'), null).report;
    expect(r.activeDisclosure).toEqual({ regulations: { newlyMade: 0, newlyPublished: 0, totalPublished: 0 }, normativeDocuments: { newlyMade: 0, newlyPublished: 0, totalPublished: 0 } });
    expect(r.warnings.filter((w) => w.rule === 'recognition/label-by-position').map((w) => w.message)).toEqual([
      '表二（主动公开）的表头与数字列错位（多半是合并单元格丢失）：表头依次为“本年新制作数量”、空白、“对外公开总数量”、“本年新公开数量”，数字按标准格式中的位置依次读作“本年新制作”、“本年新公开”、“对外公开总数”',
    ]);
    // Figures that tell the columns apart: the middle one is no longer lost.
    expect(extractWithCheerio(page('<td>1</td><td>2</td><td>3</td>'), null).report.activeDisclosure?.regulations).toEqual({ newlyMade: 1, newlyPublished: 2, totalPublished: 3 });
  });
});

describe('a 2021 表二 whose blocks\' header names the same column in words the reader does not know', () => {
  // 临潼区 开发区管委会 2021 (lintong-kfq-2021): 本年处理绝对数量 for 本年处理决定数量 over 第（五）项's and 第（六）项's figures.
  const block = (item: string, rows: string[]) => `<tr><td colspan="4">${item}</td></tr><tr><td>信息内容</td><td colspan="3">本年处理绝对数量</td></tr>`
    + rows.map((row) => `<tr><td>${row}</td><td colspan="3">0</td></tr>`).join('');
  const page = `<title>开发区管委会2021年政府信息公开工作年度报告</title><p>二、主动公开政府信息情况</p><table border="1">
<tr><td colspan="4">第二十条第(一)项</td></tr><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr><tr><td>行政规范性文件</td><td>0</td><td>0</td><td>0</td></tr>
${block('第二十条第(五)项', ['行政许可'])}${block('第二十条第(六)项', ['行政处罚', '行政强制'])}
<tr><td colspan="4">第二十条第(八)项</td></tr><tr><td>信息内容</td><td colspan="3">本年收费金额(单位:万元)</td></tr><tr><td>行政事业性收费</td><td colspan="3">43.788万元</td></tr></table>`;

  it('says once that the name was read by its place, over every figure under it', () => {
    const r = extractWithCheerio(page, null).report;
    expect(r.activeDisclosure?.punishment).toEqual({ decisions: 0 });
    const notes = r.warnings.filter((w) => w.rule === 'recognition/label-by-position');
    expect(notes.map((w) => w.message)).toEqual(['表二（主动公开）的标签“本年处理绝对数量”无法辨认，按标准格式中的位置读作“处理决定数量”']);
    expect(notes[0]!.cells.map((c) => c.path)).toEqual(['licensing.decisions', 'punishment.decisions', 'coercion.decisions']);
  });
});

describe('a 2021 表二 whose figure cells an editor split, an empty cell beside the figure', () => {
  // 汉阳区政府办公室 2022 (hanyang-bgs-2022)'s 表二 with 本年处理决定数量's cell split: its figure over two of the three
  // columns, an empty cell under the third. A reader reads the figure; the empty cell is no figure of its own.
  const block = (item: string, rows: [string, string][]) => `<tr><td colspan="4">${item}</td></tr><tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>`
    + rows.map(([row, figure]) => `<tr><td>${row}</td><td colspan="2">${figure}</td><td></td></tr>`).join('');
  const page = `<title>武汉市汉阳区人民政府办公室2022年政府信息公开工作年度报告</title><p>二、主动公开政府信息情况</p><table border="1">
<tr><td colspan="4">第二十条第（一）项</td></tr><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td></td></tr><tr><td>行政规范性文件</td><td>5</td><td>12</td><td>8</td></tr>
${block('第二十条第（五）项', [['行政许可', '0']])}${block('第二十条第（六）项', [['行政处罚', '0'], ['行政强制', '0']])}
<tr><td colspan="4">第二十条第（八）项</td></tr><tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr><tr><td>行政事业性收费</td><td colspan="2">0</td><td></td></tr></table>`;

  it('reads the figure, not the empty cell beside it', () => {
    const r = extractWithCheerio(page, null).report;
    expect(r.activeDisclosure).toMatchObject({ licensing: { decisions: 0 }, punishment: { decisions: 0 }, coercion: { decisions: 0 }, fees: { amount: 0 } });
    expect(r.activeDisclosure?.normativeDocuments).toEqual({ issued: 5, repealed: 12, inForce: 8 });
  });

  it('reads the figure however the cell was split: the figure in the first of three, or one blank over the other two', () => {
    // A reviewer's splits of the same 表二: every blank under the column the figure stands under is none of its own.
    for (const split of ['<td>7</td><td></td><td></td>', '<td>7</td><td colspan="2"></td>', '<td></td><td>7</td><td></td>']) {
      const r = extractWithCheerio(page.replace('<tr><td>行政许可</td><td colspan="2">0</td><td></td></tr>', `<tr><td>行政许可</td>${split}</tr>`), null).report;
      expect(r.activeDisclosure?.licensing?.decisions, split).toBe(7);
    }
  });
});

describe('a page that prints its article twice', () => {
  it('reads as the article once (a mobile and a desktop copy, one hidden by a stylesheet)', () => {
    const twice = variant((p) => p.replace(/<body([^>]*)>([\s\S]*)<\/body>/, '<body$1>$2<div class="m-article">$2</div></body>'));
    const once = extractWithCheerio(html, null).report;
    const { source: _a, ...read } = twice;
    const { source: _b, ...original } = once;
    expect(read).toEqual(original);
  });
});

describe('a page in traditional characters', () => {
  it('reads as the simplified original, with a note that it was converted', () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
    const r = variant((p) => toTraditional(p));
    expect(tables(r)).toEqual(tables(expected));
    expect([r.document.format, r.document.year, r.document.issuer, r.document.period]).toEqual(
      [expected.document.format, expected.document.year, expected.document.issuer, expected.document.period]);
    expect(r.warnings.filter((w) => w.rule === 'page/traditional-script')).toHaveLength(1);
    expect(expected.warnings.filter((w) => w.rule === 'page/traditional-script')).toHaveLength(0);
  });
});

describe('tables in traditional characters in a page otherwise simplified', () => {
  it('reads them as the simplified original, however much prose comes before them', () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
    const r = variant((p) => p.replace(/<table[\s\S]*?<\/table>/g, (table) => toTraditional(table))
      .replace('二、主动公开政府信息情况', `${'各单位坚持以公开为常态、不公开为例外，推进决策、执行、管理、服务、结果公开。'.repeat(60)}二、主动公开政府信息情况`));
    expect(tables(r)).toEqual(tables(expected));
  });
});

describe('a page that writes 覆 for 复 (答覆, 行政覆议), as traditional script and some editors do', () => {
  const withFu = (page: string) => page.replace(/复议/g, '覆议').replace(/答复/g, '答覆');
  it('reads as the original', () => {
    const r = variant(withFu);
    expect(tables(r)).toEqual(tables(expected));
    expect(r.document).toEqual(expected.document);
    expect(r.proseFigures).toEqual(expected.proseFigures);
  });

  it('finds 表四 by its 行政覆议 heading and 覆议后起诉 columns (longde-chengguan-2021)', () => {
    const LONGDE = 'longde-chengguan-2021.html';
    const r = extractWithCheerio(withFu(fixtureHtml(LONGDE)), null).report;
    expect(r.reviewLitigation).toEqual(fixtureReport(LONGDE).reviewLitigation);
    expect(r.reviewLitigation).not.toBeNull();
  });
});

describe('a page that writes 转结 for 结转 (jiashan-dyz-2024)', () => {
  it('reads none carried forward (无转结下年度继续办理件) as it reads 无结转下年度继续办理件', () => {
    const page = (carried: string) => '<html><head><title>嘉善县大云镇人民政府2024年政府信息公开工作年度报告</title></head><body>'
      + `<p>2024年,大云镇全年共收到依申请公开件1件,已按期答复1件,无${carried}下年度继续办理件</p></body></html>`;
    const figures = (carried: string) => extractWithCheerio(page(carried), null).report.proseFigures.map((f) => [f.label, f.value]);
    expect(figures('转结')).toEqual([['收到依申请公开件', 1], ['按期答复', 1], ['结转下年度继续办理', 0]]);
  });
});

describe('a page annotated with pinyin, as mirror sites serve reports', () => {
  it('reads as the original, with a note that the annotations were taken out', () => {
    const annotations: [string, string][] = [['统计', '统(tǒng)计'], ['报告', '报(bào)告'], ['公开', '公(gōng)开'], ['行政', '行(xíng)政'], ['申请', '申(shēn)请']];
    const r = variant((p) => annotations.reduce((page, [word, annotated]) => page.replaceAll(word, annotated), p));
    expect(tables(r)).toEqual(tables(expected));
    expect(r.document).toEqual(expected.document);
    expect(r.proseFigures).toEqual(expected.proseFigures);
    expect(r.warnings.filter((w) => w.rule === 'page/pinyin-removed')).toHaveLength(1);
  });

  it('reads as the original without the comma such mirrors put before marks of punctuation (tj-dongjiang-2020: 二,、主动公开…, 组成,。)', () => {
    const r = variant((p) => p.replace(/(?<=>[^<]*)[、。，]/g, ',$&'));
    expect(tables(r)).toEqual(tables(expected));
    expect(r.document).toEqual(expected.document);
    expect(r.proseFigures).toEqual(expected.proseFigures);
    expect(r.warnings).toEqual(extractWithCheerio(html, null).report.warnings);
  });
});

describe('tables pasted as pictures', () => {
  it('says 表三 is an image rather than missing, and only for the part the image stands in', () => {
    const r = variant((p) => p.replace(/(<p[^>]*>三、收到和处理[^<]*<\/p>)\s*<table[\s\S]*?<\/table>/, '$1<p><img src="/upload/biao3.png" width="600"></p><p><img src="/images/icon.gif" width="16"></p>'));
    expect(r.applications).toBeNull();
    expect(r.warnings.filter((w) => w.rule === 'document/required-tables').map((w) => [w.severity, w.message])).toEqual([
      ['warning', '2019版格式要求的表三（收到和处理政府信息公开申请情况）在页面上是图片，无法读取，其中数字未经核对；请对照图片人工核对'],
    ]);
    // A small icon is not a table.
    const icon = variant((p) => p.replace(/(<p[^>]*>三、收到和处理[^<]*<\/p>)\s*<table[\s\S]*?<\/table>/, '$1<p><img src="/images/icon.gif" width="16"></p>'));
    expect(icon.warnings.filter((w) => w.rule === 'document/required-tables').map((w) => w.severity)).toEqual(['error']);
  });
});

describe('tables laid out as text, with no table structure (PDF converters, <pre>, pasted text)', () => {
  const layouts: Record<string, (rows: LaidOutRows) => string> = {
    // pdf2htmlEX: a box per cell, placed by its classes.
    'pdf2htmlEX\'s positioned boxes': (rows) => `<div class="pf w0 h0" data-page-no="1"><div class="pc pc1 w0 h0">${rows.flatMap((row, r) =>
      row.map((c) => `<div class="t m0 x${c.col} h2 y${r} ff1 fs0 fc0 sc0 ls0 ws0">${c.text}</div>`)).join('')}</div></div>`,
    // Other converters place inline <span>s, with nothing between them.
    'absolutely positioned <span>s': (rows) => `<div style="position:relative">${rows.flatMap((row, r) =>
      row.map((c) => `<span style="position: absolute; left:${c.col * 60}px; top:${r * 24}px">${c.text}</span>`)).join('')}</div>`,
    'a <pre> of tab-separated rows': preOfRows,
    'box-drawing borders': (rows) => `<pre>${rows.map((row) => `│${row.map((c) => c.text).join('│')}│\n├────┼──┼──┤`).join('\n')}</pre>`,
    'paragraphs spaced with ideographic spaces': (rows) => rows.map((row) => `<p>${row.map((c) => c.text).join('\u3000\u3000')}</p>`).join(''),
  };
  for (const [name, layout] of Object.entries(layouts)) {
    // Positioned boxes put each cell on a line of its own: 表二's 信息内容 and its column names a line each, then a row's
    // label and its figures a line each (信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 | 规章 | 13 | ?13 | 90).
    it(`reads the tables as the <table>s they were, 表二 too, no figure of a row as prose: ${name}`, () => {
      const r = extractWithCheerio(laidOut(html, layout), null).report;
      expect(tables(r)).toEqual(tables(expected));
      // Not 新收 = 33: 33 is the 自然人 cell of that row, its 总计 is 42.
      expect(r.proseFigures).toEqual(expected.proseFigures);
      expect(r.warnings.filter((w) => w.rule === 'document/required-tables')).toEqual([]);
      // The rows' 一、 (一) 1. are no headings of the report: only its last part's lost 六、 is noted.
      expect(r.warnings.filter((w) => w.rule === 'document/numbering').map((w) => w.message)).toEqual([LOST_SIX]);
    });
  }

  const pre = layouts['a <pre> of tab-separated rows']!;

  it('reads a 2021 表二, its blocks of one figure column (行政许可 0) as their headers name them (longde-chengguan-2021)', () => {
    const file = 'longde-chengguan-2021.html';
    const r = extractWithCheerio(laidOut(fixtureHtml(file), pre), null).report;
    expect(tables(r)).toEqual(tables(fixtureReport(file)));
    expect(extractWithDom(laidOut(fixtureHtml(file), pre), null).report.activeDisclosure).toEqual(fixtureReport(file).activeDisclosure);
  });

  it('reads 表二 laid out a cell a line whose 规章 label the page left blank (现行有效件数 | 0 | 0 | 0 | 行政规范性文件 | …: longde-chengguan-2021)', () => {
    const file = 'longde-chengguan-2021.html';
    const page = laidOut(fixtureHtml(file), layouts['pdf2htmlEX\'s positioned boxes']!);
    for (const r of [extractWithCheerio(page, null).report, extractWithDom(page, null).report]) {
      expect(r.activeDisclosure).toEqual(fixtureReport(file).activeDisclosure);
      expect(r.warnings.filter((w) => w.rule === 'recognition/label-by-position' && w.cells[0]?.table === 'activeDisclosure').map((w) => w.message))
        .toEqual(['表二（主动公开）的标签（空白）无法辨认，按标准格式中的位置读作“规章”']);
    }
  });

  it('reads 表二 laid out a cell a line whose amount keeps its unit (采购总金额 | 251000元: shanghai-office-2019), as its <table> cell does', () => {
    const file = 'shanghai-office-2019.html';
    const r = extractWithCheerio(laidOut(fixtureHtml(file), layouts['pdf2htmlEX\'s positioned boxes']!), null).report;
    expect(r.activeDisclosure).toEqual(fixtureReport(file).activeDisclosure);
    expect(r.activeDisclosure?.procurement).toEqual({ projects: 6, amount: 251000, unit: '元' });
  });

  it('reads 表二\'s row whose last figure keeps its unit on one line (政府集中采购  6  251000元: shanghai-office-2019), as its <table> row does', () => {
    const file = 'shanghai-office-2019.html';
    for (const layout of [pre, layouts['paragraphs spaced with ideographic spaces']!]) {
      const r = extractWithCheerio(laidOut(fixtureHtml(file), layout), null).report;
      expect(r.activeDisclosure).toEqual(fixtureReport(file).activeDisclosure);
      // The amount read from 251000元 is noted as from its <table> row.
      expect(r.warnings.filter((w) => w.cells[0]?.table === 'activeDisclosure')).toEqual(fixtureReport(file).warnings.filter((w) => w.cells[0]?.table === 'activeDisclosure'));
    }
    // …in 万元 as well, read as the <table> of the same page reads it.
    const inTenThousands = fixtureHtml(file).replace('>251000元<', '>25.1万元<');
    const r = extractWithCheerio(laidOut(inTenThousands, pre), null).report;
    expect(r.activeDisclosure?.procurement).toEqual({ projects: 6, amount: 25.1, unit: '万元' });
    expect(r.activeDisclosure).toEqual(extractWithCheerio(inTenThousands, null).report.activeDisclosure);
  });

  it.each([['2601.953875万', 2601.953875, '万元'], ['25.1万', 25.1, '万元'], ['1.5亿', 1.5, '亿元']] as const)(
    'reads 2019 表二\'s 采购总金额 %s, its header naming no unit, as the amount it says (万 in 万元, 亿 in 亿元; wangcang-lyj-2019: 2601.953875万, to the fen)', (figure, amount, unit) => {
      const r = extractWithCheerio(fixtureHtml('shanghai-office-2019.html').replace('>251000元<', `>${figure}<`), null).report;
      expect(r.activeDisclosure?.procurement).toEqual({ projects: 6, amount, unit });
      // Its unit is the cell's, not its header's: noted as 152790元's is, saying what it was read as.
      expect(r.warnings.filter((w) => w.rule === 'figure/noise-removed')).toContainEqual(expect.objectContaining({
        cells: [{ table: 'activeDisclosure', path: 'procurement.amount' }], message: `表二（主动公开）有1个数字带有多余字符（如“${figure}”即${amount}），已去除后读数` }));
    });

  it('reads 行政处罚 by its label where 第(五)项\'s block runs on into it and 行政许可\'s cell is blank (longde-chengguan-2021, no 第(六)项 rows)', () => {
    const page = fixtureHtml('longde-chengguan-2021.html')
      .replace(/<tr><td colspan="4"[^>]*><p[^>]*>第二十条第\(六<\/p><\/td><\/tr>\s*<tr>(?:(?!<\/tr>)[\s\S])*?信息内容[\s\S]*?<\/tr>/, '')
      .replace(/(行政许<\/p><\/td><td[^>]*><p[^>]*>)0/, '$1').replace(/(行政处<\/p><\/td><td[^>]*><p[^>]*>)0/, '$112');
    const r = extractWithCheerio(laidOut(page, pre), null).report;
    expect(r.activeDisclosure).toEqual({ ...fixtureReport('longde-chengguan-2021.html').activeDisclosure, licensing: { decisions: null }, punishment: { decisions: 12 } });
  });

  it('keeps a row whose cells are blank (政府集中采购 and nothing after it) as a <table> does, not reporting it missing', () => {
    const blank = (p: string) => p.replace(/(政府集中采购<\/p><\/td><td[^>]*><p[^>]*>)85(<\/p><\/td><td[^>]*><p[^>]*>)82577588/, '$1$2');
    expect(blank(html)).not.toBe(html);
    const r = extractWithCheerio(laidOut(blank(html), pre), null).report;
    expect(r.activeDisclosure).toEqual({ ...expected.activeDisclosure, procurement: { projects: null, amount: null, unit: null } });
    expect(r.activeDisclosure).toEqual(variant(blank).activeDisclosure);
    expect(r.warnings.filter((w) => w.rule === 'document/required-tables')).toEqual([]);
  });

  it('leaves a table whose blank cells left no gap as text, and says so: which figure is which column is guesswork (shanghai-office-2019)', () => {
    const r = extractWithCheerio(laidOut(fixtureHtml('shanghai-office-2019.html'), pre), null).report;
    expect([r.applications, r.reviewLitigation]).toEqual([null, null]);
    expect(r.warnings.filter((w) => /以文字排出/.test(w.message)).map((w) => /表[二三四]/.exec(w.message)![0])).toEqual(['表三', '表四']);
    expect(r.warnings.filter((w) => w.rule.startsWith('recognition/'))).toEqual([]);
  });

  it('builds no table of rows of 表四\'s width whose labels name none of its rows (a year\'s, 年份), and a part\'s <table> wins over one laid out as text', () => {
    const heading = '<p style="text-indent:2em">四、政府信息公开行政复议、行政诉讼情况</p>';
    const plain = extractWithCheerio(html, null).report;
    for (const lines of [
      ['与上年对比：', '2018年 1 0 0 0 1', '2019年 0 0 0 0 0'],
      ['近五年情况对比', '年份 2017 2018 2019 2020 2021', '主动公开信息 1200 1350 1400 1500 1600', '规章 12 15 20 25 30', '行政许可 1 0 2 1 3'],
      // 表四 as text, then the page's <table> of it: the <table>'s figures stand, not the sum of both nor the text's.
      ['行政复议 维持 纠正 其他 未审结 总计', '行政复议 1 0 0 0 1', '直接起诉 2 0 0 0 2', '复议后起诉 0 0 0 0 0'],
    ]) {
      const r = variant((p) => p.replace(heading, heading + lines.map((line) => `<p>${line}</p>`).join('')));
      expect(tables(r)).toEqual(tables(expected));
      expect(r.warnings).toEqual(plain.warnings);
    }
  });

  it('reads 表三 and 表四 whose labels lost all but their first three characters (本年新, 结果维), named by their header lines', () => {
    const cut = (rows: { text: string; col: number }[][]) => pre(rows.map((row) => row.map((c) => (/\d/.test(c.text) ? c : { ...c, text: c.text.slice(0, 3) }))));
    const r = extractWithCheerio(laidOut(html, cut), null).report;
    expect([r.applications, r.reviewLitigation]).toEqual([expected.applications, expected.reviewLitigation]);
  });

  it('reads no 表四 from rows of five under a caption that names 行政复议, where the page has no <table> of it, and says 表四 is not found', () => {
    const r = variant((p) => p.replace(/(四、政府信息公开行政复议、行政诉讼情况<\/p>)[\s\S]*?<\/table>/,
      `$1${['全市各县区受理行政复议情况', '银州区 1 0 0 0 1', '清河区 2 1 0 0 3', '开原市 0 0 1 0 1'].map((line) => `<p>${line}</p>`).join('')}`));
    expect(r.reviewLitigation).toBeNull();
    // Nor is the list 表四 laid out as text: the page lacks 表四.
    expect(r.warnings.filter((w) => w.rule === 'document/required-tables').map((w) => w.message))
      .toEqual(['2019版格式要求的表四（政府信息公开行政复议、行政诉讼情况）未找到：此表须列出，没有发生的事项填0']);
  });

  it('takes no pager line (页码 1 2 3 4 5) in 表四\'s part for the table laid out as text', () => {
    const r = variant((p) => p.replace(/(四、政府信息公开行政复议、行政诉讼情况<\/p>)[\s\S]*?<\/table>/, '$1<p>页码 1 2 3 4 5</p>'));
    expect(r.reviewLitigation).toBeNull();
    expect(r.warnings.filter((w) => w.rule === 'document/required-tables').map((w) => w.message))
      .toEqual(['2019版格式要求的表四（政府信息公开行政复议、行政诉讼情况）未找到：此表须列出，没有发生的事项填0']);
  });

  it('reads a 表二 item once: a row run on into the block before under its own label, then its block\'s row, keeps the first, bound to one cell', () => {
    const lines = ['第二十条第（一）项', '信息内容　本年制发件数　本年废止件数　现行有效件数', '规章　0　0　0', '行政规范性文件　5　2　30',
      '第二十条第（五）项', '信息内容　本年处理决定数量', '行政许可 653', '行政强制措施 7', '第二十条第（六）项', '信息内容 本年处理决定数量', '行政处罚 40', '行政强制 5',
      '第二十条第（八）项', '信息内容　本年收费金额（单位：万元）', '行政事业性收费　0'];
    const page = `<html><head><title>某县2021年政府信息公开工作年度报告</title></head><body><h1>某县2021年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>本县持续推进政务公开。</p>`
      + `<p>二、主动公开政府信息情况</p>${lines.map((l) => `<p>${l}</p>`).join('')}<p>三、收到和处理政府信息公开申请情况</p><p>本年未收到申请。</p></body></html>`;
    const { report, bindings } = extractWithCheerio(page, null);
    expect(report.activeDisclosure).toMatchObject({ licensing: { decisions: 653 }, punishment: { decisions: 40 }, coercion: { decisions: 7 } });
    const bound = bindings.filter((b) => b.ref.path === 'coercion.decisions');
    expect(bound.map((b) => textContent(b.node as AnyNode).slice(b.range!.start, b.range!.end))).toEqual(['7']);
  });

  it('binds each figure read to its characters in the text node, "?" and all', () => {
    const { bindings } = extractWithCheerio(laidOut(html, pre), null);
    const shown = (table: string, path?: string) => bindings.filter((b) => b.ref.table === table && (!path || b.ref.path === path))
      .map((b) => textContent(b.node as AnyNode).slice(b.range!.start, b.range!.end)).join(' ');
    expect(shown('applications', 'newReceived.naturalPerson')).toBe('33?');
    expect(shown('applications', 'totalProcessed.total')).toBe('42');
    expect(shown('reviewLitigation')).toBe('?0 ?0 0? 0? 0? 0? ?0 ?0 0? 0? 0? ?0 0? 0? 0');
  });

  // A narrow label column wraps a long label onto a second line: the figures stand beside its first line or its last.
  // The page also sets 表三's groups on lines of their own (（三）不予公开 | 1.属于国家秘密 …), breaks 表三 across a PDF's
  // pages (the header repeated: 申请人情况 | 自然人 …; the running title), leaves two 表二 rows blank (行政许可 |
  // 其他对外管理服务事项 727 …) and has a sentence under 表三: two rows each, a page's furniture, and prose.
  type WrapFirst = 'alone' | 'beside the figures';
  /** A row's cells with its label (of 4 characters or more) cut in two, the first half on a line alone or beside the figures. */
  const wrapped = (cells: string[], first: WrapFirst): string[] => {
    const k = cells.findIndex((c) => /^[?\d]+$/.test(c));
    if (k <= 0 || cells[k - 1]!.length < 4) return cells;
    const label = cells[k - 1]!, cut = Math.ceil(label.length / 2);
    const head = [...cells.slice(0, k - 1), label.slice(0, cut)], rest = label.slice(cut);
    return first === 'alone' ? [...head, '\n' + rest, ...cells.slice(k)] : [...head, ...cells.slice(k), '\n' + rest];
  };
  it.each(['alone', 'beside the figures'] as const)('reads a label wrapped onto two lines, its first line %s, as one label, and joins no two rows', (first) => {
    const rows = (wrap: boolean) => (table: LaidOutRows) => pre(table.map((row) => {
      const cells = row.map((c) => c.text);
      if (/^(?:行政许可|行政处罚)$/.test(cells[0]!)) return [cells[0]!];
      return wrap ? wrapped(cells, first) : cells;
    }).map((row) => row.map((text) => ({ text: text.replace(/^\(三\)不予公开$/, '$1\n'), col: 0 }))))
      .replace(/\t?\n\t?/g, '\n').replace(/(四、结转下年[^<]*)/, '$1\n全年共办结申请42件')
      .replace(/\n(?=\(二\)部分公开)/, '\n申请人情况\n自然人\t法人或其他组织\t总计\n商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n')
      .replace(/\n(?=5\.属于三类)/, '\n铁岭市2019年政府信息公开工作年度报告\n');
    const r = extractWithCheerio(laidOut(html, rows(true)), null).report;
    expect(r.applications!.newReceived).toEqual({ naturalPerson: 33, commercial: 2, research: 0, nonprofit: 0, legalService: 7, otherOrg: 0, total: 42 });
    expect(r.activeDisclosure!.normativeDocuments).toEqual({ newlyMade: 327, newlyPublished: 300, totalPublished: 1109 });
    expect(r.activeDisclosure!.licensing).toEqual({ previousCount: null, change: null, decisions: null });
    expect(r.activeDisclosure!.otherServices).toEqual({ previousCount: 727, change: 233, decisions: 3083 });
    const unwrapped = extractWithCheerio(laidOut(html, rows(false)), null).report;
    for (const report of [r, unwrapped]) expect(report.proseFigures).toContainEqual(expect.objectContaining({ label: '办结申请', value: 42 }));
    expect(tables(r)).toEqual(tables(unwrapped));
    expect(r.warnings).toEqual(unwrapped.warnings);
  });

  // longde-chengguan-2021's 表三 lost the group's numbering (本年  度办  结果 | (一予以公开 …): the label's own cell has it.
  it.each(['alone', 'beside the figures'] as const)('reads a label wrapped onto two lines after its group\'s cell, the group\'s numbering lost, its first line %s, as one label', (first) => {
    const file = 'longde-chengguan-2021.html';
    const rows = (wrap: boolean) => (table: LaidOutRows) => pre(table.map((row) => {
      const cells = row.map((c) => c.text);
      return wrap ? wrapped(cells, first) : cells;
    }).map((row) => row.map((text) => ({ text, col: 0 })))).replace(/\t?\n\t?/g, '\n');
    const read = (wrap: boolean) => extractWithCheerio(laidOut(fixtureHtml(file), rows(wrap)), null).report;
    const r = read(true);
    expect(tables(r)).toEqual(tables(fixtureReport(file)));
    expect(r.warnings).toEqual(read(false).warnings);
    expect(r.warnings.filter((w) => w.rule === 'recognition/label-by-position').map((w) => w.message)).toEqual([
      '表二（主动公开）的标签（空白）无法辨认，按标准格式中的位置读作“规章”',
    ]);
  });

  it('reads a row of a figure too few as null, with a note (which column lost it cannot be told), the other rows as they are', () => {
    const r = extractWithCheerio(laidOut(html, (rows) => pre(rows.map((row) => (row[0]?.text.startsWith('一、本年新收') ? row.slice(0, -1) : row)))), null).report;
    expect(r.applications!.newReceived).toEqual(Object.fromEntries(APPLICANT_COLUMNS.map((column) => [column, null])));
    expect(r.applications!.carriedOver).toEqual(expected.applications!.carriedOver);
    expect(r.warnings.find((w) => w.rule === 'recognition/text-row-unfit')?.cells).toEqual(APPLICANT_COLUMNS.map((column) => ({ table: 'applications', path: `newReceived.${column}` })));
    // Its figures were not read, not left blank by the page: no blank note says them too (audit5, hlj-huachuan-wjj-2021's 部分公开 row).
    expect(r.warnings.filter((w) => w.rule === 'figure/blank').flatMap((w) => w.cells)).not.toContainEqual(expect.objectContaining({ path: expect.stringMatching(/^newReceived\./) }));
  });
});

describe('a 统计表 pasted without its table, a paragraph a cell', () => {
  it('reads it as the <table>: the same entries, format legacy, and no 附件 announced with no table to be found', () => {
    // xiaobanqiao-2018's 统计表 as an editor leaves it when the <table> is lost and each cell's <p> stays.
    const page = fixtureHtml('xiaobanqiao-2018.html');
    const $ = cheerio.load(page);
    const table = $('table').filter((_, t) => $(t).text().includes('统 计 指 标')).first();
    table.replaceWith(table.find('td').toArray().map((td) => `<p>${$(td).text()}</p>`).join('\n'));
    const { report, bindings } = extractWithCheerio($.html(), null);
    expect(report.document.format).toBe('legacy');
    expect(report.legacyStats).toEqual(fixtureReport('xiaobanqiao-2018.html').legacyStats);
    expect(report.warnings.map((w) => w.rule)).not.toContain('document/announced-table');
    // Each entry is bound to its figure's characters, for the page to light them as it lights a sentence's: bound to the
    // <p>'s text alone, the extension marked none of the 65 (龙归镇 2016, v-longgui-celllines).
    // A heading's entry, null, to its —— (as in the <table> to the cell of its ——).
    const lit = bindings.filter((b) => b.ref.table === 'legacyStats').map((b) => b.range && textContent(b.node as AnyNode).slice(b.range.start, b.range.end));
    expect(lit).toEqual(report.legacyStats!.map((s) => (s.value === null ? '——' : String(s.value))));
    expect(lit.filter((text) => text === '——')).toHaveLength(2);
  });
});

describe('a 统计表 whose first row holds a small table of its own', () => {
  it('reads the 统计表 (a title or date picker nested in it does not make it a layout table)', () => {
    const page = fixtureHtml('xiaobanqiao-2018.html');
    const nested = page.replace('<tbody>\n<tr><td valign="center"><p style="text-align:center">统 计 指 标',
      '<tbody>\n<tr><td colspan="3"><table width="100%"><tr><td>2018年 月</td></tr></table></td></tr>\n<tr><td valign="center"><p style="text-align:center">统 计 指 标');
    expect(nested).not.toBe(page);
    expect(extractWithCheerio(nested, null).report.legacyStats).toEqual(fixtureReport('xiaobanqiao-2018.html').legacyStats);
  });
});

describe('a 统计表 right under the older reports\' heading 主动公开政府信息情况', () => {
  it('reads the 统计表 where no standard table is found, though that heading names 表二\'s section', () => {
    const page = fixtureHtml('xiaobanqiao-2018.html');
    const underHeading = page.replace('<p style="text-indent:2em">政府信息公开情况统计表</p>', '<p style="text-indent:2em">二、主动公开政府信息情况</p>')
      .replace('统 计 指 标', '项 目');
    expect(underHeading).not.toBe(page);
    expect(extractWithCheerio(underHeading, null).report.legacyStats).toEqual(fixtureReport('xiaobanqiao-2018.html').legacyStats);
  });
});

describe('what a page kept of 表三', () => {
  it('reads a single row that names its template row, the format told by 表二', () => {
    const page = `<title>某市2025年政府信息公开工作年度报告</title><p>二、主动公开政府信息情况</p>
      <table><tr><th>信息内容</th><th>本年制发件数</th><th>本年废止件数</th><th>现行有效件数</th></tr><tr><td>规章</td><td>3</td><td>0</td><td>15</td></tr></table>
      <p>三、收到和处理政府信息公开申请情况</p>
      <table><tr><td>一、本年新收政府信息公开申请数量</td><td>3746</td><td>63</td><td>0</td><td>0</td><td>19</td><td>2</td><td>3830</td></tr></table>`;
    const r = extractWithCheerio(page, null).report;
    expect(r.applications).toEqual({ newReceived: { naturalPerson: 3746, commercial: 63, research: 0, nonprofit: 0, legalService: 19, otherOrg: 2, total: 3830 } });
    expect(r.document.format).toBe('2021');
  });

  it('says 表三 is there but unreadable when its rows hold one figure other than 0 across all seven columns (whose it is cannot be told; a 0 so is 0 in each)', () => {
    const page = `<title>某镇2021年政府信息公开工作年度报告</title><p>二、主动公开政府信息情况</p>
      <table><tr><th>信息内容</th><th>本年制发件数</th><th>本年废止件数</th><th>现行有效件数</th></tr><tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr></table>
      <p>三、收到和处理政府信息公开申请情况</p>
      <table><tr><td colspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
      <tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td colspan="7">2</td></tr><tr><td colspan="3">二、上年结转政府信息公开申请数量</td><td colspan="7">1</td></tr>
      <tr><td colspan="3">四、结转下年度继续办理</td><td colspan="7">3</td></tr></table>`;
    const r = extractWithCheerio(page, null).report;
    expect(r.applications).toBeNull();
    expect(r.warnings.filter((w) => w.message.includes('表三')).map((w) => w.severity)).not.toContain('error');
    expect(r.warnings.some((w) => w.message.includes('表三') && w.message.includes('无法读取'))).toBe(true);
    // The same rows each one 0 across the seven (柞水 凤凰镇 2021): nothing in any column, read so.
    const zeros = extractWithCheerio(page.replace(/colspan="7">\d</g, 'colspan="7">0<'), null).report;
    expect(zeros.applications?.carriedForward).toEqual({ naturalPerson: 0, commercial: 0, research: 0, nonprofit: 0, legalService: 0, otherOrg: 0, total: 0 });
    expect(zeros.warnings.some((w) => w.message.includes('无法读取'))).toBe(false);
  });

  it('does not take a row or two of figures under other labels for 表三', () => {
    const page = `<title>某市2025年政府信息公开工作年度报告</title><p>三、收到和处理政府信息公开申请情况</p>
      <table><tr><td>网站访问量</td><td>3746</td><td>63</td><td>0</td><td>0</td><td>19</td><td>2</td><td>3830</td></tr></table>`;
    expect(extractWithCheerio(page, null).report.applications).toBeNull();
  });
});

describe('表三 with its columns named in other words', () => {
  it('reads 其他组织 (for 其他) as that column\'s name, with no note', () => {
    const r = variant((p) => p.replace('<p style="text-align:center">其他</p>', '<p style="text-align:center">其他组织</p>'));
    expect(r.applications).toEqual(expected.applications);
    expect(r.warnings).toEqual(extractWithCheerio(html, null).report.warnings);
  });
});

describe('表三 with its applicant columns in another order', () => {
  const page = (head: string, order: number[]) => {
    const rows: [string, number[]][] = [['一、本年新收政府信息公开申请数量', [10, 1, 0, 0, 0, 2, 13]], ['二、上年结转政府信息公开申请数量', [1, 0, 0, 0, 0, 0, 1]], ['（一）予以公开', [8, 1, 0, 0, 0, 1, 10]]];
    const cells = (v: number[]) => order.map((i) => `<td>${v[i]}</td>`).join('');
    return `<title>某县2022年政府信息公开工作年度报告</title><p>三、收到和处理政府信息公开申请情况</p><table>${head}${rows.map(([l, v]) => `<tr><td colspan="3">${l}</td>${cells(v)}</tr>`).join('')}</table>`;
  };

  it('reads each column by the name the header gives it, and says so', () => {
    // 总计 first, then 自然人, then the five kinds of 法人或其他组织.
    const head = '<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>'
      + '<tr><td rowspan="2">总计</td><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td></tr>'
      + '<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>';
    const r = extractWithCheerio(page(head, [6, 0, 1, 2, 3, 4, 5]), null).report;
    expect(r.applications!.newReceived).toEqual({ naturalPerson: 10, commercial: 1, research: 0, nonprofit: 0, legalService: 0, otherOrg: 2, total: 13 });
    expect(r.applications!.granted).toEqual({ naturalPerson: 8, commercial: 1, research: 0, nonprofit: 0, legalService: 0, otherOrg: 1, total: 10 });
    expect(r.warnings.map((w) => w.rule)).toContain('recognition/column-order');
    expect(r.warnings.filter((w) => w.rule.startsWith('applications/'))).toEqual([]);
  });

  it('reads them so where an editor lost the header\'s merges, leaving blank cells', () => {
    const blanks = (n: number) => '<td></td>'.repeat(n);
    const head = `<tr><td>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>${blanks(2)}<td>申请人情况</td>${blanks(6)}</tr>`
      + `<tr>${blanks(3)}<td rowspan="2">总计</td><td rowspan="2">自然人</td><td>法人或其他组织</td>${blanks(4)}</tr>`
      + `<tr>${blanks(3)}<td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>`;
    const r = extractWithCheerio(page(head, [6, 0, 1, 2, 3, 4, 5]), null).report;
    expect(r.applications!.newReceived).toEqual({ naturalPerson: 10, commercial: 1, research: 0, nonprofit: 0, legalService: 0, otherOrg: 2, total: 13 });
    expect(r.warnings.map((w) => w.rule)).toContain('recognition/column-order');
  });

  it('keeps the template\'s order where the header does not name every column plainly', () => {
    const head = '<tr><td colspan="3"></td><td>？？</td><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td><td>总计</td></tr>';
    const r = extractWithCheerio(page(head, [0, 1, 2, 3, 4, 5, 6]), null).report;
    expect(r.applications!.newReceived).toEqual({ naturalPerson: 10, commercial: 1, research: 0, nonprofit: 0, legalService: 0, otherOrg: 2, total: 13 });
    expect(r.warnings.map((w) => w.rule)).not.toContain('recognition/column-order');
  });
});

describe('a 表三 of fewer columns than the template', () => {
  const rows = [['一、本年新收政府信息公开申请数量', 3], ['二、上年结转政府信息公开申请数量', 0], ['（一）予以公开', 2], ['（二）部分公开', 0],
    ['（三）不予公开', 0], ['（四）无法提供', 1], ['（五）不予处理', 0], ['（六）其他处理', 0], ['（七）总计', 3], ['四、结转下年度继续办理', 0]] as const;
  const page = (head: string, cells: (n: number) => string) => `<title>某县2020年政府信息公开工作年度报告</title><p>三、收到和处理政府信息公开申请情况</p><table>
    <tr><td rowspan="2">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="${head.split('<td>').length - 1}">申请人情况</td></tr>
    <tr>${head}</tr>${rows.map(([label, n]) => `<tr><td>${label}</td>${cells(n)}</tr>`).join('')}</table>`;

  it('reads 自然人 and 总计 where the organisations are printed as one column (阳江镇 2022), and says that column is not read', () => {
    const r = extractWithCheerio(page('<td>自然人</td><td>法人或其他组织</td><td>总计</td>', (n) => `<td>${n}</td><td>0</td><td>${n}</td>`), null).report;
    expect(r.applications!.newReceived).toEqual({ naturalPerson: 3, total: 3 });
    expect(r.applications!.totalProcessed).toEqual({ naturalPerson: 3, total: 3 });
    expect(r.warnings.filter((w) => w.rule === 'recognition/organisations-dropped').map((w) => w.message)).toEqual([
      '表三法人或其他组织只列一列（未分商业企业、科研机构等五类），该列不读取；只读取自然人、总计2列，其余各列为空，各行也无从核对各列之和是否等于总计',
    ]);
    // No rule fails for a column the page does not print, and 表三 is not reported missing.
    expect(r.warnings.filter((w) => w.rule.startsWith('applications/'))).toEqual([]);
    expect(r.warnings.filter((w) => w.rule === 'document/required-tables').map((w) => w.message).join()).not.toContain('表三');
    // Its organisations headed 其他, none of the five beside it: the same one column.
    const other = extractWithCheerio(page('<td>自然人</td><td>其他</td><td>总计</td>', (n) => `<td>${n}</td><td>0</td><td>${n}</td>`), null).report;
    expect(other.applications!.granted).toEqual({ naturalPerson: 2, total: 2 });
    expect(other.warnings.map((w) => w.rule)).toContain('recognition/organisations-dropped');
    // 自然人 and 法人或其他组织 alone: 自然人 read, and no 总计 said missing as well.
    const two = extractWithCheerio(page('<td>自然人</td><td>法人或其他组织</td>', (n) => `<td>${n}</td><td>0</td>`), null).report;
    expect(two.applications!.totalProcessed).toEqual({ naturalPerson: 3 });
    expect(two.warnings.filter((w) => w.rule === 'recognition/organisations-dropped').map((w) => w.message)).toEqual([
      '表三法人或其他组织只列一列（未分商业企业、科研机构等五类），该列不读取，也没有总计列；只读取自然人1列，其余各列为空，各行也无从核对各列之和是否等于总计',
    ]);
  });

  it('reads the six applicant columns of a 表三 printed without 总计 (a tester\'s page: all 42 figures were unread), 总计 left out with a note', () => {
    const six = '<td>自然人</td><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td>';
    const r = extractWithCheerio(page(six, (n) => `<td>${n}</td><td>${n > 1 ? 1 : 0}</td><td>0</td><td>0</td><td>0</td><td>0</td>`), null).report;
    expect(r.applications!.newReceived).toEqual({ naturalPerson: 3, commercial: 1, research: 0, nonprofit: 0, legalService: 0, otherOrg: 0 });
    expect(r.applications!.granted).toEqual({ naturalPerson: 2, commercial: 1, research: 0, nonprofit: 0, legalService: 0, otherOrg: 0 });
    expect(r.warnings.filter((w) => w.rule === 'recognition/columns-missing').map((w) => w.message)).toEqual([
      '表三没有“总计”列；只读取自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他6列，其余各列为空，各行也无从核对各列之和是否等于总计',
    ]);
    // Rules that need 总计 do not check it; those that need none still do (商业企业: 1 received, 1 granted, but (七)总计 1 too).
    expect(r.warnings.filter((w) => w.rule === 'applications/row-sum' || w.rule === 'recognition/nonstandard-table')).toEqual([]);
    expect(r.warnings.filter((w) => w.rule.startsWith('applications/')).map((w) => w.message)).toEqual([]);
  });

  it('reads the six applicant columns where a 备注 column follows them, its blank cells or words no 总计', () => {
    const six = '<td>自然人</td><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td>';
    const cells = (n: number) => `<td>${n}</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td>`;
    const html = page(six, (n) => `${cells(n)}<td>${n === 3 ? '均为自然人申请' : ''}</td>`).replace('申请人情况</td></tr>', '申请人情况</td><td rowspan="2">备注</td></tr>');
    const r = extractWithCheerio(html, null).report;
    const without = extractWithCheerio(page(six, cells), null).report;
    expect(r.applications!.newReceived).toEqual({ naturalPerson: 3, commercial: 0, research: 0, nonprofit: 0, legalService: 0, otherOrg: 0 });
    expect(r.applications!.totalProcessed).toEqual({ naturalPerson: 3, commercial: 0, research: 0, nonprofit: 0, legalService: 0, otherOrg: 0 });
    // Read before as 总计, blank: a note of blank cells, a 总计 named 备注 read by its place, and the rows' sums said to be unfilled.
    expect(r.warnings.map((w) => w.message)).toEqual(without.warnings.map((w) => w.message));
    expect(r.warnings.map((w) => w.rule)).toContain('recognition/columns-missing');
  });

  it('reads none of the figures of a header that names no applicant plainly, and says the report departs from the format', () => {
    const r = extractWithCheerio(page('<td>公民</td><td>单位</td><td>合计数</td>', (n) => `<td>${n}</td><td>0</td><td>${n}</td>`), null).report;
    expect(r.applications).toBeNull();
    expect(r.warnings.filter((w) => w.rule === 'recognition/nonstandard-table').map((w) => w.message)).toEqual([
      '表三只有3个申请人列（公民、单位、合计数），不是标准格式的七列（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计），未读取其数字',
    ]);
    // 表三 is there, in its own shape: not reported missing.
    expect(r.warnings.filter((w) => w.rule === 'document/required-tables').map((w) => w.message).join()).not.toContain('表三');
  });
});

describe('a 表三 whose figures are not read', () => {
  it('does not decide the format: 表二 in the 2021 form tells it (阳江镇 2022 read as 2019-form for a 表三 it could not read)', () => {
    const page = `<title>阳江镇2022年政府信息公开工作年度报告</title><p>二、主动公开政府信息情况</p><table border="1">
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr><tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr></table>
<p>三、收到和处理政府信息公开申请情况</p><table border="1"><tr><td rowspan="2"></td><td colspan="3">申请人情况</td></tr>
<tr><td>自然人</td><td>法人或其他组织</td><td>总计</td></tr><tr><td>一、本年新收政府信息公开申请数量</td><td>1</td><td>0</td><td>1</td></tr>
<tr><td>二、上年结转政府信息公开申请数量</td><td>0</td><td>0</td><td>0</td></tr><tr><td>(一)予以公开</td><td>0</td><td>0</td><td>0</td></tr></table>`;
    const r = extractWithCheerio(page, null).report;
    expect(r.applications!.newReceived).toEqual({ naturalPerson: 1, total: 1 });
    expect(r.warnings.map((w) => w.rule)).toContain('recognition/organisations-dropped');
    expect(r.document.format).toBe('2021');
    expect(r.warnings.map((w) => w.rule)).not.toContain('document/format-matches-year');
  });
});

describe('a 表三 of 自然人 and 总计 alone, as small bodies print it', () => {
  it('reads those two columns, leaves the five organisation columns out, and says so', () => {
    const rows = [['一、本年新收政府信息公开申请数量', 3, 4], ['二、上年结转政府信息公开申请数量', 0, 0], ['（一）予以公开', 2, 3], ['（二）部分公开', 0, 0],
      ['（三）不予公开', 0, 0], ['（四）无法提供', 1, 1], ['（五）不予处理', 0, 0], ['（六）其他处理', 0, 0], ['（七）总计', 3, 4], ['四、结转下年度继续办理', 0, 0]] as const;
    const page = `<p>三、收到和处理政府信息公开申请情况</p><table><tr><td rowspan="2">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="2">申请人情况</td></tr>
      <tr><td>自然人</td><td>总计</td></tr>${rows.map(([label, n, total]) => `<tr><td>${label}</td><td>${n}</td><td>${total}</td></tr>`).join('')}</table>`;
    const r = extractWithCheerio(`<title>某镇2020年政府信息公开工作年度报告</title>${page}`, null).report;
    expect(r.applications!.newReceived).toEqual({ naturalPerson: 3, total: 4 });
    expect(r.applications!.granted).toEqual({ naturalPerson: 2, total: 3 });
    expect(r.applications!.totalProcessed).toEqual({ naturalPerson: 3, total: 4 });
    // 总计 above 自然人 is an organisation's application, in a column not printed: no row-sum error.
    expect(r.warnings.filter((w) => w.rule.startsWith('applications/'))).toEqual([]);
    expect(r.warnings.map((w) => w.rule)).toContain('recognition/organisations-dropped');
  });
});

describe('tables printed the other way round', () => {
  /** The table with rows and columns swapped, as a department that lays it out so prints it: each span turned too. */
  function turned(page: string, nth: number) {
    const $ = cheerio.load(page);
    const table = $('table').eq(nth);
    const taken: boolean[][] = [];
    const cells: { r: number; c: number; html: string }[] = [];
    table.find('tr').each((r, tr) => {
      let c = 0;
      $(tr).children('td').each((_, td) => {
        while (taken[r]?.[c]) c++;
        const [rows, cols] = [Number($(td).attr('rowspan') ?? 1), Number($(td).attr('colspan') ?? 1)];
        for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) (taken[r + i] ??= [])[c + j] = true;
        cells.push({ r, c, html: `<td rowspan="${cols}" colspan="${rows}">${$(td).html()}</td>` });
        c += cols;
      });
    });
    const width = Math.max(...taken.map((row) => row.length));
    table.html(`<tbody>${Array.from({ length: width }, (_, k) => `<tr>${cells.filter((x) => x.c === k).map((x) => x.html).join('')}</tr>`).join('')}</tbody>`);
    return $.html();
  }

  it('reads 表三 with a row per applicant and a column per outcome', () => {
    const r = variant((p) => turned(p, 1));
    expect(r.applications).toEqual(expected.applications);
    expect(r.warnings).toEqual(extractWithCheerio(html, null).report.warnings);
  });

  it('reads 表三 so where the applicants\' names lost characters, by its rows of twenty figures and more', () => {
    // longde-chengguan-2021's header reads 自然 | 人或其他组织 | 机构 | 组织 | 机构 | (blank).
    const page = fixtureHtml('longde-chengguan-2021.html');
    const original = extractWithCheerio(page, null).report;
    const r = extractWithCheerio(turned(page, 1), null).report;
    expect(r.applications).toEqual(original.applications);
    expect(r.warnings).toEqual(original.warnings);
  });

  it('reads 表四 with its fifteen figures down the page, a row per group and outcome', () => {
    const r = variant((p) => turned(p, 2));
    expect(r.reviewLitigation).toEqual(expected.reviewLitigation);
    expect(r.warnings).toEqual(extractWithCheerio(html, null).report.warnings);
  });
});

describe('表三 with each row\'s group folded into its label', () => {
  it('reads （三）不予公开 1.属于国家秘密 … （六）其他处理 3.其他 by their items, as the template\'s two label columns', () => {
    const page = fixtureHtml('longde-chengguan-2021.html');
    const $ = cheerio.load(page);
    // Each group cell (（三）不予公开, rowspan 8) taken out and written before its rows' own labels.
    $('td[rowspan]').filter((_, td) => Number($(td).attr('rowspan')) < 10 && /^\d\./.test($(td).next().text().trim())).each((_, td) => {
      let row = $(td).parent();
      for (let k = 0; k < Number($(td).attr('rowspan')); k++, row = row.next()) {
        const own = k === 0 ? $(td).next() : row.children().first();
        own.attr('colspan', '2').text(`${$(td).text().trim()} ${own.text().trim()}`);
      }
      $(td).remove();
    });
    const folded = $.html();
    expect(folded).toMatch(/>\(六其他\s+处理 3\.其他</);
    const r = extractWithCheerio(folded, null).report;
    const original = extractWithCheerio(page, null).report;
    expect(r.applications).toEqual(original.applications);
    expect(r.warnings).toEqual(original.warnings);
  });
});

describe('rows the template does not have, or lacks', () => {
  it('skips a 小计 row a province adds inside a group', () => {
    const r = variant((p) => p.replace('<tr><td rowspan="5" valign="center"><p style="text-align:center">(五)不予处理',
      '<tr><td colspan="2">小计</td><td>2</td><td>0</td><td>0</td><td>0</td><td>3</td><td>0</td><td>5</td></tr><tr><td rowspan="5" valign="center"><p style="text-align:center">(五)不予处理'));
    expect(r.applications).toEqual(expected.applications);
  });

  it('leaves out a 小计 column a department adds under 法人或其他组织', () => {
    const r = variant((p) => {
      const $ = cheerio.load(p);
      const rows = $('table').eq(1).find('tr');
      rows.eq(0).children('td').last().attr('colspan', '8');
      rows.eq(1).children('td').eq(1).attr('colspan', '6');
      rows.eq(2).children('td').last().after('<td>小计</td>');
      rows.slice(3).each((_, tr) => {
        const orgs = $(tr).children('td').slice(-6, -1);
        orgs.last().after(`<td>${orgs.toArray().reduce((sum, td) => sum + Number($(td).text().replace(/\D/g, '')), 0)}</td>`);
      });
      return $.html();
    });
    expect(r.applications).toEqual(expected.applications);
    expect(r.warnings).toEqual(extractWithCheerio(html, null).report.warnings);
  });

  it('leaves out a row the page dropped (its row spans left as they were), and reads the others in place', () => {
    const r = variant((p) => p.replace(/<tr><td valign="center"><p style="text-align:center">3\.要求提供公开出版物[\s\S]*?<\/tr>/, ''));
    const { publication, ...others } = expected.applications!.notProcessed!;
    expect(publication).toBeDefined();
    expect(r.applications!.notProcessed).toEqual(others);
    expect(r.applications!.otherHandling).toEqual(expected.applications!.otherHandling);
    expect(r.applications!.totalProcessed).toEqual(expected.applications!.totalProcessed);
    expect(r.applications!.carriedForward).toEqual(expected.applications!.carriedForward);
    expect(r.warnings.find((w) => w.rule === 'recognition/missing-rows')?.message).toBe('表三缺少2019版格式中的“不予处理·要求提供公开出版物”行，其数字无从读取');
    expect(expected.warnings.map((w) => w.rule)).not.toContain('recognition/missing-rows');
  });

  // longde-chengguan-2021's 表三 as portals trim it: its all-zero rows dropped (their row spans left as they were), or all but 一.
  const LONGDE_2021 = fixtureHtml('longde-chengguan-2021.html');
  const withoutRows = (labels: RegExp) => extractWithCheerio(LONGDE_2021.replace(new RegExp(`<tr>(?:(?!</tr>)[\\s\\S])*?>${labels.source}<(?:(?!</tr>)[\\s\\S])*?</tr>`, 'g'), ''), null).report;
  const missingRows = (r: ReturnType<typeof withoutRows>) => r.warnings.filter((w) => w.rule === 'recognition/missing-rows').map((w) => w.message);

  it('names the rows however many the page dropped, in one note', () => {
    const r = withoutRows(/(?:2\.没有现成信息需要另行制作|3\.补正后申请内容仍不明确|3\.要求提供公开出版物|4\.无正当理由大量反复申请)/);
    expect(Object.keys(r.applications!.unavailable!)).toEqual(['notHeld']);
    expect(missingRows(r)).toEqual(['表三缺少2021版格式中的“无法提供·没有现成信息需要另行制作”、“无法提供·补正后申请内容仍不明确”、“不予处理·要求提供公开出版物”、“不予处理·无正当理由大量反复申请”行，其数字无从读取']);
    expect(missingRows(extractWithCheerio(LONGDE_2021, null).report)).toEqual([]);
  });

  it('names a group dropped whole once, and 其他处理 as one where no row of it tells the format', () => {
    const $ = cheerio.load(LONGDE_2021);
    $('tr').filter((_, tr) => $(tr).text().includes('本年新收')).nextAll().remove();
    const r = extractWithCheerio($.html(), null).report;
    expect(Object.keys(r.applications!)).toEqual(['newReceived']);
    expect(missingRows(r)).toEqual(['表三缺少标准格式中的“上年结转”、“予以公开”、“部分公开”、“不予公开”（8行）、“无法提供”（3行）、“不予处理”（5行）、“其他处理”、“办理结果总计”、“结转下年度”行，其数字无从读取']);
  });
});

describe('表二 as portals vary it', () => {
  // tieling-2019's row 其他对外管理服务事项 | 727 | 233 | 3083, in its 第二十条第（五）项 block.
  const OTHER = /<tr>\s*<td[^>]*>(?:(?!<\/tr>)[\s\S])*?其他对外管理服务事项[\s\S]*?<\/tr>/;

  it('reads the table with a 序号 column left of 信息内容, its numbers neither labels nor figures', () => {
    const r = variant((p) => {
      const $ = cheerio.load(p);
      $('table').eq(0).find('tr').each((i, tr) => {
        const first = $(tr).children('td').first();
        if (first.attr('colspan')) first.attr('colspan', '5');
        else $(tr).prepend(/信息内容/.test(first.text()) ? '<td>序号</td>' : `<td>${i}</td>`);
      });
      return $.html();
    });
    expect(r.activeDisclosure).toEqual(expected.activeDisclosure);
    expect(r.warnings).toEqual(extractWithCheerio(html, null).report.warnings);
  });

  it('reads no item from a row an editor left empty (its cells as the row below, blank): 规章 stays 13 | 13 | 90, not blank by its place', () => {
    const empty = '<tr><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>';
    const r = variant((p) => p.replace('<tr><td valign="center"><p style="text-align:center">规章</p>', `${empty}$&`)
      .replace('<tr><td valign="center"><p style="text-align:center">行政处罚</p>', `${empty}$&`));
    expect(r.activeDisclosure!.regulations).toEqual({ newlyMade: 13, newlyPublished: 13, totalPublished: 90 });
    expect(r.activeDisclosure).toEqual(expected.activeDisclosure);
    expect(r.warnings).toEqual(extractWithCheerio(html, null).report.warnings);
  });

  it('reads 其他对外管理服务事项 split into sub-rows (行政检查 | 行政确认) as their sum, and says so', () => {
    const r = variant((p) => p.replace(OTHER, '<tr><td rowspan="2">其他对外管理服务事项</td><td>行政检查</td><td>3</td><td>1</td><td>5</td></tr><tr><td>行政确认</td><td>2</td><td>0</td><td>4</td></tr>'));
    expect(r.activeDisclosure!.otherServices).toEqual({ previousCount: 5, change: 1, decisions: 9 });
    expect(r.activeDisclosure!.licensing).toEqual(expected.activeDisclosure!.licensing);
    expect(r.activeDisclosure!.punishment).toEqual(expected.activeDisclosure!.punishment);
    expect(r.warnings.find((w) => w.rule === 'recognition/sub-rows-summed')?.message).toBe('表二“其他对外管理服务事项”分为2行（行政检查、行政确认），按各行之和读数');
  });

  it('reads an item split into rows that each name it and then their part (规范性文件（市政府）, 规范性文件（市政府办公厅）) as their sum', () => {
    const row = '<tr><td valign="center"><p style="text-align:center">规范性文件</p></td><td valign="center"><p style="text-align:center">327</p></td><td valign="center"><p style="text-align:center">300</p></td><td valign="center"><p style="text-align:center">1109</p></td></tr>';
    const r = variant((p) => p.replace(row, '<tr><td>规范性文件（市政府）</td><td>127</td><td>100</td><td>609</td></tr><tr><td>规范性文件（市政府办公厅）</td><td>200</td><td>200</td><td>500</td></tr>'));
    // Read before as the first row alone (127 | 100 | 609), the second left out.
    expect(r.activeDisclosure).toEqual(expected.activeDisclosure);
    expect(r.warnings.find((w) => w.rule === 'recognition/sub-rows-summed')?.message).toBe('表二“规范性文件”分为2行（规范性文件市政府、规范性文件市政府办公厅），按各行之和读数');
    expect(r.warnings.map((w) => w.rule)).not.toContain('recognition/row-left-out');
    // A row of the item whole then one of a part of it (其中…) is no split: the whole stands.
    const part = variant((p) => p.replace(row, `${row}<tr><td>规范性文件（其中：市政府办公厅）</td><td>200</td><td>200</td><td>500</td></tr>`));
    expect(part.activeDisclosure).toEqual(expected.activeDisclosure);
    expect(part.warnings.map((w) => w.rule)).toContain('recognition/row-left-out');
  });

  it('leaves out a row the template does not have, after the item it resembles (其他主动公开文件 after 规范性文件)', () => {
    const r = variant((p) => p.replace('<p style="text-align:center">1109</p></td></tr>',
      '<p style="text-align:center">1109</p></td></tr><tr><td>其他主动公开文件(含以本单位或本单位办公室名义正式签发的、除规范性文件以外的主动公开文件)</td><td>12</td><td>12</td><td>30</td></tr>'));
    expect(r.activeDisclosure).toEqual(expected.activeDisclosure);
    expect(r.warnings.map((w) => w.rule)).not.toContain('recognition/sub-rows-summed');
    // Its figures are on the page and in no field: the reader is told (tuoshi-2020, huangpi-slqj-2020).
    expect(r.warnings.filter((w) => w.rule === 'recognition/row-left-out').map((w) => [w.message, w.cells.map((c) => c.path)])).toEqual([
      ['表二“其他主动公开文件含以本单位或本单位办公室名义正式签发的除规范性文件以外的主动公开文件”一行未读取：标准格式中没有此行（与“规范性文件”相近）',
        ['normativeDocuments.newlyMade', 'normativeDocuments.newlyPublished', 'normativeDocuments.totalPublished']],
    ]);
  });

  it('says a row past its block\'s items that names none of them is not read (其他 | 2 | 1 | 9 after 行政强制), its figures in no field', () => {
    const coercion = '<p style="text-align:center">812</p></td></tr>';
    const r = variant((p) => p.replace(coercion, `${coercion}<tr><td>其他</td><td>2</td><td>1</td><td>9</td></tr>`));
    expect(r.activeDisclosure).toEqual(expected.activeDisclosure);
    expect(r.warnings.filter((w) => w.rule === 'recognition/row-left-out').map((w) => w.message)).toEqual(['表二“其他”一行未读取：标准格式中没有此行（2、1、9）']);
  });

  it('reads a row printed twice once, and says so; a second row of an item read already, with other figures, says which stand', () => {
    const twice = variant((p) => p.replace(OTHER, (row) => row + row));
    expect(twice.activeDisclosure).toEqual(expected.activeDisclosure);
    expect(twice.warnings.filter((w) => w.rule === 'recognition/row-left-out').map((w) => [w.severity, w.message])).toEqual([
      ['info', '表二“其他对外管理服务事项”一行未读取：与前面“其他对外管理服务事项”一行重复（727、233、3083），只读取一次'],
    ]);
    const other = variant((p) => p.replace(OTHER, (row) => row + row.replace('>727<', '>728<')));
    expect(other.activeDisclosure).toEqual(expected.activeDisclosure);
    expect(other.warnings.filter((w) => w.rule === 'recognition/row-left-out').map((w) => w.message)).toEqual([
      '表二“其他对外管理服务事项”一行未读取：“其他对外管理服务事项”已从前面一行读取（727、233、3083），此行（728、233、3083）未读取',
    ]);
  });

  it('reads two figures in one cell (22 16) as null with a note, not as 2216; one grouped by thousands (1 300) as its figure', () => {
    const r = variant((p) => p.replace(OTHER, (row) => row.replace('>233<', '>22 16<')));
    expect(r.activeDisclosure!.otherServices).toEqual({ previousCount: 727, change: null, decisions: 3083 });
    expect(r.warnings.find((w) => w.rule === 'figure/unreadable')?.message).toBe('表二（主动公开）有1个单元格无法读成数字（“22 16”），按没有数字处理');
    const grouped = variant((p) => p.replace(OTHER, (row) => row.replace('>3083<', '>3\u00a0083<')));
    expect(grouped.activeDisclosure).toEqual(expected.activeDisclosure);
    expect(grouped.warnings).toEqual(extractWithCheerio(html, null).report.warnings);
  });

  it('reads 其他对外管理服务事项 by its name where its gloss names 行政许可 (指行政许可以外的…)', () => {
    const r = variant((p) => p.replace('>其他对外管理服务事项<', '>其他对外管理服务事项(指行政许可以外的政务服务事项,含行政确认、行政给付等)<'));
    expect(r.activeDisclosure).toEqual(expected.activeDisclosure);
    expect(r.warnings.map((w) => w.rule)).not.toContain('document/required-tables');
  });

  it('reads the table though a label cell carries a long definition (a data table, not a layout one)', () => {
    const definition = '规范性文件：是指各级人民政府及其工作部门依照法定权限、程序制定并公开发布，涉及公民、法人和其他组织权利义务，具有普遍约束力，在一定期限内反复适用的公文，包括规定、办法、细则、决定、通知、意见、通告、公告以及其他具有普遍约束力的决议、命令、指示等行政规范，不包括机关内部管理制度和人事任免、表彰奖励、工作安排等事项。';
    expect(definition.length).toBeGreaterThan(150);
    const r = variant((p) => p.replace('>规范性文件<', `>${definition}<`));
    expect(r.activeDisclosure).toEqual(expected.activeDisclosure);
  });

  it('reads the fees\' unit where the header breaks 万元 over two lines (单位：万<br>元)', () => {
    const page = fixtureHtml('longde-chengguan-2021.html');
    const broken = page.replace('本年收费金额(单位万元', '本年收费金额(单位万<br />元');
    expect(broken).not.toBe(page);
    expect(extractWithCheerio(broken, null).report.activeDisclosure!.fees).toEqual({ amount: 0, unit: '万元' });
  });

  it('reads 第二十条第（x）项 set in a column on the left, spanning its block\'s rows', () => {
    const r = variant((p) => p.replace(/<tr><td colspan="4"[^>]*>(<p[^>]*>第二十条第\([一五六八九]\)项<\/p>)<\/td><\/tr>\s*<tr>((?:(?!<\/tr>)[\s\S])*?信息内容[\s\S]*?)(?=<tr><td colspan="4"|<\/tbody>)/g,
      (_, clause: string, rows: string) => `<tr><td rowspan="${rows.split('<tr>').length}">${clause}</td>${rows}`));
    expect(r.activeDisclosure).toEqual(expected.activeDisclosure);
    expect(r.warnings.map((w) => w.rule)).not.toContain('recognition/label-by-position');
  });

  it('reads 行政处罚 by its label where 第(五)项\'s block runs on into it, its 第(六)项 row and header gone (not as 行政许可)', () => {
    const r = variant((p) => p.replace(/<tr><td colspan="4"[^>]*><p[^>]*>第二十条第\(六\)项<\/p><\/td><\/tr>\s*<tr>(?:(?!<\/tr>)[\s\S])*?信息内容[\s\S]*?<\/tr>/, ''));
    expect(r.activeDisclosure).toEqual(expected.activeDisclosure);
    expect(r.activeDisclosure!.licensing).toEqual({ previousCount: 653, change: 52, decisions: 821198 });
  });

  it('reads a block whose 第二十条 row is gone by its header\'s columns, a lost label taking the first item they fit', () => {
    // No 第二十条第(五)项 row, and 行政许可's label lost: 上一年项目数量 | 本年增/减 | 处理决定数量 is 第(五)项's or 第(六)项's.
    const r = variant((p) => p.replace(/<tr><td colspan="4"[^>]*><p[^>]*>第二十条第\(五\)项<\/p><\/td><\/tr>/, '')
      .replace('<p style="text-align:center">行政许可</p>', '<p style="text-align:center"></p>'));
    expect(r.activeDisclosure).toEqual(expected.activeDisclosure);
    expect(r.warnings.filter((w) => w.rule === 'recognition/label-by-position').map((w) => w.message)).toEqual(['表二（主动公开）的标签（空白）无法辨认，按标准格式中的位置读作“行政许可”']);
  });

  // tieling-2019's row 行政许可 | 653 | 52 | 821198.
  const LICENSING = '<p style="text-align:center">653</p></td><td valign="center"><p style="text-align:center">52</p></td><td valign="center"><p style="text-align:center">821198</p></td>';

  it('reads a row\'s other figures where one cell is no figure (+(0) -(0)), and says that cell was unreadable', () => {
    const r = variant((p) => p.replace(LICENSING, LICENSING.replace('>52<', '>+(0) -(0)<')));
    expect(r.activeDisclosure!.licensing).toEqual({ previousCount: 653, change: null, decisions: 821198 });
    expect(r.warnings.find((w) => w.rule === 'figure/unreadable')?.cells).toContainEqual({ table: 'activeDisclosure', path: 'licensing.change' });
  });

  it('reads the last cell of a row as unreadable when it is no figure, keeping the row (行政事业性收费 | 80 | +(0) -(0))', () => {
    const r = variant((p) => p.replace('<p style="text-align:center">80</p></td><td colspan="2" valign="center"><p style="text-align:center">7</p>',
      '<p style="text-align:center">80</p></td><td colspan="2" valign="center"><p style="text-align:center">+(0) -(0)</p>'));
    expect(r.activeDisclosure!.fees).toEqual({ previousCount: 80, change: null });
    expect(r.warnings.map((w) => w.rule)).not.toContain('document/required-tables');
  });

  it('reads a row that stops at its label (…| 行政事业性收费 |, its figure\'s cell lost: qx-datong-2023) as there and blank, not as a missing row', () => {
    const LONGDE = 'longde-chengguan-2021.html';
    const page = fixtureHtml(LONGDE);
    const cut = '<td colspan="3" valign="center"><p style="text-align:center">0</p></td></tr>\n</tbody></table>';
    expect(page).toContain(cut);
    const r = extractWithCheerio(page.replace(cut, '</tr>\n</tbody></table>'), null).report;
    expect(r.activeDisclosure!.fees).toEqual({ amount: null, unit: '万元' });
    expect(r.warnings.map((w) => w.rule)).not.toContain('document/required-tables');
    // The page has no cell there (wenzhou-ouhai-liao-2023's cut 行政许可 row too): a missing cell, not an empty one.
    expect(r.warnings.find((w) => w.rule === 'figure/missing')).toMatchObject({
      message: '表二（主动公开）有1个数字的单元格缺失（该行只有名称），按没有数字处理，不按0计', cells: [{ table: 'activeDisclosure', path: 'fees.amount' }],
    });
    expect(r.warnings.find((w) => w.rule === 'figure/blank')).toBeUndefined();
  });

  it('reads 表二 as a province writes it: counts in 万 (2764.2万), the fees in 亿元 under a 万元 header (guangdong-2022\'s figures)', () => {
    // 广东省人民政府 2022: 全省行政许可、行政处罚、行政强制决定数量分别为2764.2万宗、3124万宗和188.2万宗;行政事业性收费总金额258.5亿元.
    const LONGDE = 'longde-chengguan-2021.html';
    const cell = (label: string, figure: string) => `<p style="text-align:center">${label}</p></td><td colspan="3" valign="center"><p style="text-align:center">${figure}</p>`;
    let page = fixtureHtml(LONGDE);
    for (const [label, figure] of [['行政许', '2764.2万'], ['行政处', '3124万'], ['行政强', '188.2万宗'], ['行政事业性收费', '258.5亿元']]) {
      expect(page).toContain(cell(label!, '0'));
      page = page.replace(cell(label!, '0'), cell(label!, figure!));
    }
    const r = extractWithCheerio(page, null).report;
    expect(r.activeDisclosure).toMatchObject({
      licensing: { decisions: 27642000 }, punishment: { decisions: 31240000 }, coercion: { decisions: 1882000 },
      // The cell's own unit says what its amount is: 258.5亿元, not 258.5万元.
      fees: { amount: 258.5, unit: '亿元' },
    });
    expect(r.warnings.map((w) => w.rule)).not.toContain('document/required-tables');
    // A count's unit (188.2万宗) is dropped, and said; so is the amount's, kept as its unit, not its header's 万元.
    const dropped = r.warnings.find((w) => w.rule === 'figure/noise-removed')!;
    expect(dropped.cells).toContainEqual({ table: 'activeDisclosure', path: 'coercion.decisions' });
    expect(dropped.cells).toContainEqual({ table: 'activeDisclosure', path: 'fees.amount' });
    expect(dropped.message).toContain('“258.5亿元”');
    // A fee in 万 under a 万元 header is the amount in 万元: 1.2万 元 is 1.2 万元.
    const wan = extractWithCheerio(page.replace(cell('行政事业性收费', '258.5亿元'), cell('行政事业性收费', '1.2万')), null).report;
    expect(wan.activeDisclosure!.fees).toEqual({ amount: 1.2, unit: '万元' });
    expect(wan.warnings.find((w) => w.rule === 'figure/unreadable')).toBeUndefined();
    // …and under a 元 header, 12000 元.
    const yuan = extractWithCheerio(page.replace(cell('行政事业性收费', '258.5亿元'), cell('行政事业性收费', '1.2万')).replace('本年收费金额(单位万元', '本年收费金额(单位元'), null).report;
    expect(yuan.activeDisclosure!.fees).toEqual({ amount: 12000, unit: '元' });
  });

  it('reads a block whose header row the page left out by its template\'s columns, and says so', () => {
    const header = '<tr><td valign="center"><p style="text-align:center">信息内容</p></td><td valign="center"><p style="text-align:center">上一年项目数量</p></td><td valign="center"><p style="text-align:center">本年增/</p></td><td valign="center"><p style="text-align:center">处理决定数量</p></td></tr>\n<tr><td valign="center"><p style="text-align:center">行政处罚</p>';
    const r = variant((p) => p.replace(header, '<tr><td valign="center"><p style="text-align:center">行政处罚</p>'));
    expect(r.activeDisclosure!.punishment).toEqual(expected.activeDisclosure!.punishment);
    expect(r.activeDisclosure!.coercion).toEqual(expected.activeDisclosure!.coercion);
    expect(r.warnings.filter((w) => w.rule === 'recognition/label-by-position').flatMap((w) => w.cells)).toContainEqual({ table: 'activeDisclosure', path: 'punishment.decisions' });
  });

  it('reads one cell across a row\'s value columns as each column\'s when it is 0, and as none\'s when it is another figure', () => {
    const merged = (value: string) => variant((p) => p.replace(/<tr><td[^>]*><p[^>]*>行政许可<\/p><\/td>.*?<\/tr>/, `<tr><td>行政许可</td><td colspan="3">${value}</td></tr>`));
    expect(merged('0').activeDisclosure!.licensing).toEqual({ previousCount: 0, change: 0, decisions: 0 });
    expect(merged('5').activeDisclosure!.licensing).toEqual({ previousCount: null, change: null, decisions: null });
  });

  it('reads a column whose header repeats the one before it (本年新制作数量 twice) by the template\'s place, and says so', () => {
    const r = variant((p) => p.replace('本年新<br />公开数量', '本年新<br />制作数量'));
    expect(r.activeDisclosure!.regulations).toEqual(expected.activeDisclosure!.regulations);
    expect(r.warnings.find((w) => w.rule === 'recognition/label-by-position')?.message).toContain('本年新公开');
  });

  it('reads a change written 增1423 or 减5, and keeps the row\'s other figures', () => {
    const r = variant((p) => p.replace(OTHER, '<tr><td colspan="2">其他对外管理服务事项</td><td>421</td><td>增1423</td><td>1844</td></tr>'));
    expect(r.activeDisclosure!.otherServices).toEqual({ previousCount: 421, change: 1423, decisions: 1844 });
  });

  it('reads 政府集中采购 by the template\'s places under a header copied from 第（八）项', () => {
    const r = variant((p) => p.replace(/采购项目数量/, '上一年项目数量').replace(/采购总金额/, '本年增/减'));
    expect(r.activeDisclosure!.procurement).toEqual(expected.activeDisclosure!.procurement);
    expect(r.warnings.filter((w) => w.rule === 'recognition/label-by-position').map((w) => w.message)).toEqual([
      '表二（主动公开）的标签“上一年项目数量”无法辨认，按标准格式中的位置读作“采购项目数量”',
      '表二（主动公开）的标签“本年增减”无法辨认，按标准格式中的位置读作“金额”',
    ]);
  });
});

describe('表四 cut in two across the page', () => {
  it('reads 行政复议\'s five columns in one table and 行政诉讼\'s ten in the next', () => {
    const SHANGHAI = 'shanghai-office-2019.html';
    const cut = ((p: string) => {
      const $ = cheerio.load(p);
      const table = $('table').last();
      const [top, heads, lower, figures] = table.find('tr').toArray().map((tr) => $(tr).children('td').toArray().map((td) => $.html(td)));
      const review = `<table border="1"><tr>${top![0]}</tr><tr>${heads!.slice(0, 5).join('')}</tr><tr></tr><tr>${figures!.slice(0, 5).join('')}</tr></table>`;
      const litigation = `<table border="1"><tr>${top![1]}</tr><tr>${heads!.slice(5).join('')}</tr><tr>${lower!.join('')}</tr><tr>${figures!.slice(5).join('')}</tr></table>`;
      table.replaceWith(`${review}<p></p>${litigation}`);
      return $.html();
    })(fixtureHtml(SHANGHAI));
    const r = extractWithCheerio(cut, null).report;
    expect(r.reviewLitigation).toEqual(fixtureReport(SHANGHAI).reviewLitigation);
    expect(r.reviewLitigation!.litigationDirect).toEqual({ upheld: 8, corrected: null, other: null, pending: 1, total: 9 });
    expect(r.warnings.map((w) => w.rule)).not.toContain('document/required-tables');
  });
});

describe('a row of one cell across a table', () => {
  it('names no column (单位：件 above a 表四 whose header the page left out)', () => {
    const r = variant((p) => p.replace(/(四、政府信息公开行政复议、行政诉讼情况<\/p>\s*<table[^>]*>\s*<tbody>)[\s\S]*?(<tr><td[^>]*><p[^>]*>\?0<\/p>)/, '$1<tr><td colspan="15">单位：件</td></tr>$2'));
    expect(r.reviewLitigation).toEqual(expected.reviewLitigation);
    expect(r.warnings.map((w) => w.message).join()).not.toContain('单位件');
  });
});

describe('表四 laid out a row per group', () => {
  it('reads 行政复议 / 未经复议直接起诉 / 复议后起诉 as three rows of five, in the order printed', () => {
    const rows = [['复议后起诉', 1, 0, 0, 0, 1], ['行政复议', 2, 1, 0, 1, 4], ['未经复议直接起诉', 3, 0, 1, 0, 4]];
    const table = `<table><tr><td></td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>${
      rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
    const r = variant((p) => p.replace(/(四、政府信息公开行政复议、行政诉讼情况<\/p>\s*)<table[\s\S]*?<\/table>/, `$1${table}`));
    expect(r.reviewLitigation).toEqual({
      review: { upheld: 2, corrected: 1, other: 0, pending: 1, total: 4 },
      litigationDirect: { upheld: 3, corrected: 0, other: 1, pending: 0, total: 4 },
      litigationAfterReview: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
    });
  });
});

describe('figures given as about so many in the standard tables', () => {
  // tieling-2019's cells as a form filled from estimates words them; the pre-2019 统计表 reads them alike (legacy/value.ts).
  const cellOf = (figure: string) => `<p style="text-align:center">${figure}</p>`;
  const GRANTED = '(一)予以公开</p></td><td valign="center">';

  it('reads 300余 / 约1100 / 3000多 / 近百 as no figure, noted as approximate, the rows\' other figures kept', () => {
    const r = variant((p) => p.replace(cellOf('327'), cellOf('300余')).replace(cellOf('1109'), cellOf('约1100'))
      .replace(cellOf('3083'), cellOf('3000多')).replace(cellOf('812'), cellOf('近百')));
    expect(r.activeDisclosure).toEqual({
      ...expected.activeDisclosure,
      normativeDocuments: { newlyMade: null, newlyPublished: 300, totalPublished: null },
      otherServices: { previousCount: 727, change: 233, decisions: null },
      coercion: { previousCount: 81, change: 16, decisions: null },
    });
    expect(r.warnings.filter((w) => /approximate|unreadable/.test(w.rule)).map((w) => [w.rule, w.message])).toEqual([[
      'figure/approximate', '表二（主动公开）有4个数字是约数（“300余”、“约1100”、“3000多”、“近百”），不是确数，按没有数字处理',
    ]]);
  });

  it('checks no sum that a figure given as about so many may make up (表三 予以公开: 约30 | 2 | 0 | 0 | 4 | 0 | 33)', () => {
    const r = variant((p) => p.replace(`${GRANTED}${cellOf('27')}`, `${GRANTED}${cellOf('约30')}`));
    expect(r.applications).toEqual({ ...expected.applications, granted: { ...expected.applications!.granted, naturalPerson: null } });
    expect(r.warnings.filter((w) => w.rule.startsWith('applications/'))).toEqual([]);
    expect(r.warnings.find((w) => w.rule === 'figure/approximate')?.cells).toEqual([{ table: 'applications', path: 'granted.naturalPerson' }]);
  });

  it('still finds a sum the figures given contradict: the known parts already exceed the total', () => {
    const r = variant((p) => p.replace(`${GRANTED}${cellOf('27')}`, `${GRANTED}${cellOf('约30')}`).replace(/(\(一\)予以公开[\s\S]*?)>33</, '$1>5<'));
    expect(r.warnings.find((w) => w.rule === 'applications/row-sum')).toMatchObject({ severity: 'error', expected: 6, actual: 5 });
  });
});

describe('a report generated from a form', () => {
  it('reads each figure from the control that shows it, in every table', () => {
    const page = formPage(html);
    expect(page).toMatch(/<td[^>]*><textarea[^>]*>2<\/textarea><\/td>/);
    const r = extractWithCheerio(page, null).report;
    expect(tables(r)).toEqual(tables(expected));
    expect(r.document.format).toBe('2019');
    expect(r.warnings.filter((w) => w.rule.startsWith('document/')).map((w) => w.message)).toEqual([LOST_SIX]);
  });
});

describe('tables in a frame, an object or an embed: another page, read on its own', () => {
  const TABLE = /<table[\s\S]*?<\/table>/g;
  const URL = 'http://www.tieling.gov.cn/xxgk/zfxxgknb/202002/t20200228_1.html';
  const document = (table: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${table}</body></html>`;
  const found = (r: ReturnType<typeof variant>) => r.warnings.filter((w) => w.rule.startsWith('document/')).map((w) => w.message);
  const inFrame = (name: string) => `2019版格式要求的${name}在页面嵌入的框架（本站另一页面）中，本页不读取，其中数字未经核对；请读取框架中的页面（浏览器扩展会在框架内另行读取）`;
  const NAMES = ['表二（主动公开政府信息情况）', '表三（收到和处理政府信息公开申请情况）', '表四（政府信息公开行政复议、行政诉讼情况）'];

  it.each([
    ['<iframe srcdoc>', (t: string) => `<iframe srcdoc="${document(t).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" width="100%" height="600" frameborder="0"></iframe>`],
    ['<object data>', (_: string, n: number) => `<object data="table${n}.html" type="text/html" width="100%" height="600"></object>`],
    ['<embed src>', (_: string, n: number) => `<embed src="/xxgk/nb/table${n}.shtml" width="100%" height="600">`],
  ])('says each table is in a %s, never that it is missing', (_, embed) => {
    let n = 0;
    const r = variant((p) => p.replace(TABLE, (t) => embed(t, ++n)));
    expect(r.document.format).toBe('prose');
    expect(found(r)).toEqual([...NAMES.map(inFrame), LOST_SIX]);
  });

  it('says so of an <iframe src> of a page of the site after 二\'s heading, and of no part missing between 二、 and 五、', () => {
    const page = html.replace(/(<p[^>]*>二、主动公开政府信息情况<\/p>)[\s\S]*<\/table>/, '$1<iframe src="/xxgk/nb/2019tables.shtml" width="100%" height="2400"></iframe>');
    expect(found(extractWithCheerio(page, URL).report)).toEqual([inFrame(NAMES[0]!), LOST_SIX]);
    // A player from another site is no part of the article: the table is missing there.
    const foreign = extractWithCheerio(page.replace('/xxgk/nb/2019tables.shtml', 'https://v.qq.com/txp/iframe/player.html'), URL).report;
    expect(found(foreign)).toEqual([expect.stringContaining('表二（主动公开政府信息情况）未找到'), expect.stringContaining('编号从“二、”跳到“五、”'), LOST_SIX]);
  });

  it("knows the site of a saved page from the browser's note, so an absolute address on it is a frame of the site", () => {
    const page = `<!-- saved from url=(00${URL.length})${URL} -->\n`
      + html.replace(/(<p[^>]*>二、主动公开政府信息情况<\/p>)[\s\S]*<\/table>/, '$1<iframe src="http://www.tieling.gov.cn/xxgk/nb/2019tables.shtml" width="100%" height="2400"></iframe>');
    const r = extractWithCheerio(page, null).report;
    expect(r.source.url).toBe(URL);
    expect(found(r)).toEqual([inFrame(NAMES[0]!), LOST_SIX]);
  });
});

// review20c: 表三 is known by its last row's label (四、结转下年度继续办理, fresh30's flip-book page), not by a column named
// 结转下年: a summary table of the year's applications in 总体情况 (受理申请 | 已办结 | 结转下年, as a report may print
// one; inserted here) before 表二 is no 表三, and does not join the real one read after it.
describe('a summary table with a column 结转下年 in 总体情况', () => {
  it('leaves longde-chengguan-2021 read as without it', () => {
    const file = 'longde-chengguan-2021.html';
    const html = fixtureHtml(file).replace('(二)依申请公开情况</p>',
      '(二)依申请公开情况</p><table border="1"><tr><td>受理申请</td><td>已办结</td><td>结转下年</td></tr><tr><td>3</td><td>2</td><td>1</td></tr></table>');
    const messages = (r: ReturnType<typeof fixtureReport>) => r.warnings.map((w) => w.message);
    expect(messages(extractWithCheerio(html, fixtureUrl(file)).report)).toEqual(messages(fixtureReport(file)));
  });
});
