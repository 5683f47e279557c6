import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { pageFromCheerio } from '../page/cheerio-source.ts';
import { recognizeApplications } from './applications.ts';
import { FigureSink } from './figure-sink.ts';
import { layoutTables } from './layout.ts';
import { findSections } from './sections.ts';

// 表三 as 官洲街道办事处 (海珠区) printed it for 2023, in the 2021 template's layout: one application
// (本年新收: 自然人 1, 总计 1), every other figure 0. `newReceived` replaces that row's seven cells.
const ZEROS = '<td>0</td>'.repeat(7);
function table3(newReceived: string[]): string {
  const own = (label: string) => `<tr><td colspan="2">${label}</td>${ZEROS}</tr>`;
  const group = (name: string, items: string[]) => items.map((item, i) =>
    `<tr>${i === 0 ? `<td rowspan="${items.length}">${name}</td>` : ''}<td>${i + 1}.${item}</td>${ZEROS}</tr>`).join('');
  return `<p>三、收到和处理政府信息公开申请情况</p><table><tbody>
<tr><td colspan="3" rowspan="3">(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)</td><td colspan="7">申请人情况</td></tr>
<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
<tr><td colspan="3">一、本年新收政府信息公开申请数量</td>${newReceived.map((c) => `<td>${c}</td>`).join('')}</tr>
<tr><td colspan="3">二、上年结转政府信息公开申请数量</td>${ZEROS}</tr>
<tr><td rowspan="22">三、本年度办理结果</td><td colspan="2">(一)予以公开</td>${ZEROS}</tr>
${own('(二)部分公开(区分处理的,只计这一情形,不计其他情形)')}
${group('(三)不予公开', ['属于国家秘密', '其他法律行政法规禁止公开', '危及“三安全一稳定”', '保护第三方合法权益', '属于三类内部事务信息', '属于四类过程性信息', '属于行政执法案卷', '属于行政查询事项'])}
${group('(四)无法提供', ['本机关不掌握相关政府信息', '没有现成信息需要另行制作', '补正后申请内容仍不明确'])}
${group('(五)不予处理', ['信访举报投诉类申请', '重复申请', '要求提供公开出版物', '无正当理由大量反复申请', '要求行政机关确认或重新出具已获取信息'])}
${group('(六)其他处理', ['申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '其他'])}
${own('(七)总计')}
<tr><td colspan="3">四、结转下年度继续办理</td>${ZEROS}</tr>
</tbody></table>`;
}

function read(newReceived: string[]) {
  const page = pageFromCheerio(cheerio.load(table3(newReceived)).root()[0]!);
  const sink = new FigureSink();
  const result = recognizeApplications(findSections(page, layoutTables(page)).rows.applications, sink);
  return { applications: result?.applications, warnings: [...sink.notes.warnings(), ...result?.warnings ?? []] };
}

const cols = (naturalPerson: number | null, commercial: number | null, total: number | null) =>
  ({ naturalPerson, commercial, research: 0, nonprofit: 0, legalService: 0, otherOrg: 0, total });

describe('表三 with one odd cell in a row of figures', () => {
  it('reads the row as printed', () => {
    const { applications, warnings } = read(['1', '0', '0', '0', '0', '0', '1']);
    expect(applications?.newReceived).toEqual(cols(1, 0, 1));
    expect(applications?.totalProcessed).toEqual(cols(0, 0, 0));
    expect(warnings).toEqual([]);
  });

  // A dash typed as 一 (Word tables), −, ~ or ×: the row stays a row (not a header of column names).
  it.each(['一', '−', '~', '×', 'x'])('reads %j in 总计 as not reported, the row\'s other figures kept', (mark) => {
    const { applications, warnings } = read(['1', '0', '0', '0', '0', '0', mark]);
    expect(applications?.newReceived).toEqual(cols(1, 0, null));
    expect(warnings).toMatchObject([{ rule: 'figure/not-reported', severity: 'info', cells: [{ table: 'applications', path: 'newReceived.total' }] }]);
  });

  it('reads a blank cell as null, never 0, and says so (the contract\'s "blank read as null")', () => {
    const { applications, warnings } = read(['1', '', '0', '&nbsp;', '0', '0', '1']);
    expect(applications?.newReceived).toEqual({ ...cols(1, null, 1), nonprofit: null });
    expect(warnings).toMatchObject([{
      rule: 'figure/blank', severity: 'info', message: '表三（依申请公开）有2个单元格空白，按未填报（没有数字）处理，不按0计',
      cells: [{ table: 'applications', path: 'newReceived.commercial' }, { table: 'applications', path: 'newReceived.nonprofit' }],
    }]);
  });

  it('reads 一 in 商业企业 as not reported, not as the row\'s label', () => {
    const { applications, warnings } = read(['1', '一', '0', '0', '0', '0', '1']);
    expect(applications?.newReceived).toEqual(cols(1, null, 1));
    expect(warnings).toMatchObject([{ rule: 'figure/not-reported', cells: [{ path: 'newReceived.commercial' }] }]);
  });

  it.each(['□', 'O', '否', '.', '?', '？', '*'])('reads %j in 总计 as unreadable (null), and says so', (mark) => {
    const { applications, warnings } = read(['1', '0', '0', '0', '0', '0', mark]);
    expect(applications?.newReceived).toEqual(cols(1, 0, null));
    expect(warnings).toMatchObject([{ rule: 'figure/unreadable', severity: 'info', message: `表三（依申请公开）有1个单元格无法读成数字（“${mark}”），按没有数字处理` }]);
  });

  it.each([
    ['1①', '1①'], ['1<sup>注</sup>', '1注'], ['1(注)', '1(注)'],
    ['1<sup><a href="#_ftn1" name="_ftnref1">[1]</a></sup>', '1[¹]'], ['1<sup>1</sup>', '1¹'],
  ])('reads %j in 总计 as 1, the footnote mark removed and noted', (cell, shown) => {
    const { applications, warnings } = read(['1', '0', '0', '0', '0', '0', cell]);
    expect(applications?.newReceived).toEqual(cols(1, 0, 1));
    expect(warnings).toMatchObject([{ rule: 'figure/noise-removed', severity: 'info', message: `表三（依申请公开）有1个数字带有多余字符（如“${shown}”），已去除后读数` }]);
  });
});

describe('表三 without a header', () => {
  it('reads a row of bare figures in the standard column order and says the table had no header (suqian-2025)', () => {
    // 宿迁 2025 as its text gives it: 表三 is its one row, with no 申请人情况 / 自然人 / 商业企业… header above.
    const html = '<p>三、收到和处理政府信息公开申请情况</p><table border="1"><tr><td>一、本年新收政府信息公开申请数量</td><td>3746</td><td>63</td><td>0</td><td>0</td><td>19</td><td>2</td><td>3830</td></tr></table>';
    const page = pageFromCheerio(cheerio.load(html).root()[0]!);
    const result = recognizeApplications(findSections(page, layoutTables(page)).rows.applications, new FigureSink());
    expect(result?.applications?.newReceived).toEqual({ naturalPerson: 3746, commercial: 63, research: 0, nonprofit: 0, legalService: 19, otherOrg: 2, total: 3830 });
    expect(result?.warnings.filter((w) => w.rule === 'recognition/label-by-position')).toEqual([{
      rule: 'recognition/label-by-position', severity: 'info', expected: null, actual: null,
      message: '表三（依申请公开）没有表头，7列数字按标准格式的列序读取：依次为“自然人”、“商业企业”、“科研机构”、“社会公益组织”、“法律服务机构”、“其他组织”、“总计”',
      cells: ['naturalPerson', 'commercial', 'research', 'nonprofit', 'legalService', 'otherOrg', 'total'].map((column) => ({ table: 'applications', path: `newReceived.${column}` })),
    }]);
  });

  it('says nothing of the order where the header names the columns', () => {
    expect(read(['1', '0', '0', '0', '0', '0', '1']).warnings).toEqual([]);
  });
});

describe('表三 whose header a Word table broke over two rows', () => {
  // 徐闻县司法局's (xuwen-sfj-2023) header as its page prints it: 商业 over 企业 and 科研 over 机构, in cells of the
  // column's width, the other columns' names spanning both rows.
  const header = `<tr><td colspan="3" rowspan="4">(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)</td><td colspan="7">申请人情况</td></tr>
<tr><td rowspan="3">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="3">总计</td></tr>
<tr><td>商业</td><td>科研</td><td rowspan="2">社会公益组织</td><td rowspan="2">法律服务机构</td><td rowspan="2">其他</td></tr>
<tr><td>企业</td><td>机构</td></tr>`;
  it('reads 商业企业 and 科研机构 whole, no column named by its place', () => {
    const html = table3(['1', '0', '0', '0', '0', '0', '1']).replace(/<tr><td colspan="3" rowspan="3">[\s\S]*?<td>其他<\/td><\/tr>/, header);
    expect(html).toContain('<td>企业</td>');
    const page = pageFromCheerio(cheerio.load(html).root()[0]!);
    const result = recognizeApplications(findSections(page, layoutTables(page)).rows.applications, new FigureSink());
    expect(result?.applications?.newReceived).toEqual(cols(1, 0, 1));
    expect(result?.warnings).toEqual([]);
  });
});

describe('表三 whose merges an editor lost, its rows\' cells moved left', () => {
  // Every colspan of the table gone and no blank cell in its place: 总计 (rowspan 2) now stands between 商业企业 and
  // 科研机构 in the header's grid, over the third figure column.
  const lost = (html: string) => html.replace(/ colspan="\d+"/g, '');

  it('reads the figures in the template\'s order, not in the order the slid header names', () => {
    const page = pageFromCheerio(cheerio.load(lost(table3(['3', '1', '0', '0', '2', '0', '6']))).root()[0]!);
    const result = recognizeApplications(findSections(page, layoutTables(page)).rows.applications, new FigureSink());
    expect(result?.applications?.newReceived).toEqual({ naturalPerson: 3, commercial: 1, research: 0, nonprofit: 0, legalService: 2, otherOrg: 0, total: 6 });
    expect(result?.warnings.map((w) => w.rule)).not.toContain('recognition/column-order');
  });
});

describe('表三 whose rows the page cut short, the blank cells at their end left out', () => {
  // 上海市人民政府办公厅's 2019 表三 (the stored page, shanghai-office-2019) blanks every cell it has no figure for; a page
  // that leaves those cells out instead ends 部分公开's row after its one figure (自然人 3) and prints 2.其他法律行政法规
  // 禁止公开's label alone. A reader reads 3 under 自然人; the rows are not missing, and no sum is off.
  const row = (label: string, figures: string[]) => `<tr>${label}${figures.map((f) => `<td>${f}</td>`).join('')}</tr>`;
  const html = `<p>三、收到和处理政府信息公开申请情况</p><table><tbody>
<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
${row('<td colspan="3">一、本年新收政府信息公开申请数量</td>', ['821', '35', '', '', '2', '1', '859'])}
${row('<td colspan="3">二、上年结转政府信息公开申请数量</td>', ['18', '', '', '', '', '', '18'])}
${row('<td rowspan="20">三、本年度办理结果</td><td colspan="2">（一）予以公开</td>', ['258', '12', '', '', '1', '1'])}
${row('<td colspan="2">（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td>', ['3'])}
${row('<td rowspan="8">（三）不予公开</td><td>1.属于国家秘密</td>', ['14'])}
${row('<td>2.其他法律行政法规禁止公开</td>', [])}
${row('<td>3.危及“三安全一稳定”</td>', [])}
${row('<td>4.保护第三方合法权益</td>', [])}
${row('<td>5.属于三类内部事务信息</td>', ['5'])}
${row('<td>6.属于四类过程性信息</td>', ['3', '1'])}
${row('<td>7.属于行政执法案卷</td>', [])}
${row('<td>8.属于行政查询事项</td>', ['10', '2'])}
${row('<td rowspan="3">（四）无法提供</td><td>1.本机关不掌握相关政府信息</td>', ['252', '12', '', '', '1'])}
${row('<td>2.没有现成信息需要另行制作</td>', ['44', '3'])}
${row('<td>3.补正后申请内容仍不明确</td>', ['25'])}
${row('<td rowspan="5">（五）不予处理</td><td>1.信访举报投诉类申请</td>', ['148', '1'])}
${row('<td>2.重复申请</td>', ['5', '4'])}
${row('<td>3.要求提供公开出版物</td>', [])}
${row('<td>4.无正当理由大量反复申请</td>', [])}
${row('<td>5.要求行政机关确认或重新出具已获取信息</td>', [])}
${row('<td colspan="2">（六）其他处理</td>', [])}
${row('<td colspan="2">（七）总计</td>', ['767', '35', '', '', '2', '1', '805'])}
${row('<td colspan="3">四、结转下年度继续办理</td>', ['72', '', '', '', '', '', '72'])}
</tbody></table>`;
  const page = pageFromCheerio(cheerio.load(html).root()[0]!);
  const result = recognizeApplications(findSections(page, layoutTables(page)).rows.applications, new FigureSink());

  it('reads each short row\'s figures in the columns they stand in, the cells it left out blank (null)', () => {
    const a = result?.applications;
    const row = (naturalPerson: number | null, commercial: number | null = null, legalService: number | null = null) =>
      ({ naturalPerson, commercial, research: null, nonprofit: null, legalService, otherOrg: null, total: null });
    expect(a?.partiallyGranted).toEqual(row(3));
    expect(a?.withheld?.stateSecret).toEqual(row(14));
    expect(a?.withheld?.lawForbidden).toEqual(row(null));
    expect(a?.withheld?.processInformation).toEqual(row(3, 1));
    expect(a?.unavailable?.notHeld).toEqual(row(252, 12, 1));
    expect(a?.notProcessed?.repeated).toEqual(row(5, 4));
    expect(a?.granted).toEqual({ naturalPerson: 258, commercial: 12, research: null, nonprofit: null, legalService: 1, otherOrg: 1, total: null });
    expect(a?.totalProcessed?.total).toBe(805);
  });

  it('says the rows were short, not missing', () => {
    const rules = result?.warnings.map((w) => w.rule);
    expect(rules).toContain('recognition/short-rows');
    expect(rules).not.toContain('recognition/missing-rows');
    expect(result?.warnings.find((w) => w.rule === 'recognition/short-rows')?.message).toMatch(/^表三有19行在末尾少了单元格（如“予以公开”）/);
  });
});

describe('表三 cut short whose merges the page lost, its rows standing one column apart', () => {
  // 官洲街道办事处 (海珠区) 2023 as stored (guangzhou-haizhu-guanzhou-2023): every rowspan and colspan lost, so rows that
  // open a group (三、本年度办理结果 | (一)予以公开) stand one column right of the rest; the page ends on 6.属于四类过程性信息
  // with six cells. Its 总计 is a column of the table all the same: blank (null), not absent. `secrets`: the figure cells of
  // (三)不予公开 | 1.属于国家秘密, a row that opens a group.
  const zeros = (n: number) => '<td>0</td>'.repeat(n);
  const html = (secrets: string) => `<p>三、收到和处理政府信息公开申请情况</p><table>
<tr><td>(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)</td><td>申请人情况</td></tr>
<tr><td>自然人</td><td>法人或其他组织</td><td>总计</td></tr>
<tr><td>商业 企业</td><td>科研 机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
<tr><td>一、本年新收政府信息公开申请数量</td><td>1</td>${zeros(5)}<td>1</td></tr>
<tr><td>二、上年结转政府信息公开申请数量</td>${zeros(7)}</tr>
<tr><td>三、本年度办理结果</td><td>(一)予以公开</td>${zeros(7)}</tr>
<tr><td>(二)部分公开(区分处理的,只计这一情形,不计其他情形)</td>${zeros(7)}</tr>
<tr><td>(三)不予公开</td><td>1.属于国家秘密</td>${secrets}</tr>
<tr><td>2.其他法律行政法规禁止公开</td>${zeros(7)}</tr>
<tr><td>3.危及“三安全一稳定”</td>${zeros(7)}</tr>
<tr><td>4.保护第三方合法权益</td>${zeros(7)}</tr>
<tr><td>5.属于三类内部事务信息</td>${zeros(7)}</tr>
<tr><td>6.属于四类过程性信息</td>${zeros(6)}</tr>
</table>`;
  const read = (secrets: string) => {
    const page = pageFromCheerio(cheerio.load(html(secrets)).root()[0]!);
    const sink = new FigureSink();
    return { sink, result: recognizeApplications(findSections(page, layoutTables(page)).rows.applications, sink) };
  };
  const { sink, result } = read(zeros(7));

  it('reads the short row\'s missing 总计 as blank (null), noted as a blank', () => {
    expect(result?.applications?.withheld?.processInformation).toEqual(
      { naturalPerson: 0, commercial: 0, research: 0, nonprofit: 0, legalService: 0, otherOrg: 0, total: null });
    expect(sink.notes.warnings().find((w) => w.rule === 'figure/blank')?.cells).toEqual(
      [{ table: 'applications', path: 'withheld.processInformation.total' }]);
  });

  it('reads a short row that opens a group by the columns of the rows that open one, its first figure 自然人\'s', () => {
    // 3 | 0 | 0 | 0 | 0 | 3: its last figure the sum of the others, as no other short row's is, so its 总计.
    const { result: cut } = read(`<td>3</td>${zeros(4)}<td>3</td>`);
    expect(cut?.applications?.withheld?.stateSecret).toEqual(
      { naturalPerson: 3, commercial: 0, research: 0, nonprofit: 0, legalService: 0, otherOrg: null, total: 3 });
  });
});

describe('表三 whose neighbouring blank cells an editor merged', () => {
  // 上海市人民政府办公厅's 2019 rows (shanghai-office-2019) with the blanks under 科研机构 and 社会公益组织 merged into one cell
  // and 二、上年结转's five blanks into two: the header still names 社会公益组织, and a reader sees a blank under it.
  const blank = (span: number) => `<td colspan="${span}">&nbsp;</td>`;
  const html = `<p>三、收到和处理政府信息公开申请情况</p><table><tbody>
<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
<tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>821</td><td>35</td>${blank(2)}<td>2</td><td>1</td><td>859</td></tr>
<tr><td colspan="3">二、上年结转政府信息公开申请数量</td><td>18</td>${blank(2)}${blank(3)}<td>18</td></tr>
<tr><td rowspan="20">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>258</td><td>12</td>${blank(2)}<td>1</td><td>1</td><td>&nbsp;</td></tr>
<tr><td colspan="2">（七）总计</td><td>767</td><td>35</td>${blank(2)}<td>2</td><td>1</td><td>805</td></tr>
<tr><td colspan="3">四、结转下年度继续办理</td><td>72</td>${blank(2)}${blank(3)}<td>72</td></tr>
</tbody></table>`;
  const page = pageFromCheerio(cheerio.load(html).root()[0]!);
  const result = recognizeApplications(findSections(page, layoutTables(page)).rows.applications, new FigureSink());

  it('reads a blank in each column a merged blank covers, 社会公益组织 among them', () => {
    expect(result?.applications?.newReceived).toEqual({ naturalPerson: 821, commercial: 35, research: null, nonprofit: null, legalService: 2, otherOrg: 1, total: 859 });
    expect(result?.applications?.carriedOver).toEqual({ naturalPerson: 18, commercial: null, research: null, nonprofit: null, legalService: null, otherOrg: null, total: 18 });
    expect(result?.warnings.map((w) => w.rule)).not.toContain('recognition/columns-missing');
  });
});

describe('表三 whose rows of nothing an editor merged into one 0', () => {
  // 柞水县凤凰镇 2021 (zhashui-fhz-2021-trad, simplified): each row's seven cells one 0 across them all.
  const zero = '<td colspan="7">0</td>';
  const html = `<p>三、收到和处理政府信息公开申请情况</p><table><tbody>
<tr><td colspan="3" rowspan="3">(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)</td><td colspan="7">申请人情况</td></tr>
<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
<tr><td colspan="3">一、本年新收政府信息公开申请数量</td>${zero}</tr>
<tr><td colspan="3">二、上年结转政府信息公开申请数量</td>${zero}</tr>
<tr><td rowspan="1">三、本年度办理结果</td><td colspan="2">(一)予以公开</td>${zero}</tr>
</tbody></table>`;
  const page = pageFromCheerio(cheerio.load(html).root()[0]!);
  const result = recognizeApplications(findSections(page, layoutTables(page)).rows.applications, new FigureSink());

  it('reads a 0 in each column the merged 0 covers', () => {
    const none = { naturalPerson: 0, commercial: 0, research: 0, nonprofit: 0, legalService: 0, otherOrg: 0, total: 0 };
    expect(result?.applications?.newReceived).toEqual(none);
    expect(result?.applications?.carriedOver).toEqual(none);
    expect(result?.applications?.granted).toEqual(none);
  });
});

describe('表三 whose 不予公开 items lost their label cells, the group\'s merged cell left over them (owenbabies-mirror)', () => {
  // The mirror's 2019-format 表三 as it keeps it: （三）不予公开 then eight rows of seven figures with no item label.
  const SEVEN = (v: string) => `<td>${v}</td>`.repeat(7);
  const html = `<p>三、收到和处理政府信息公开申请情况</p><table><tbody>
<tr><td colspan="3" rowspan="3">(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)</td><td colspan="7">申请人情况</td></tr>
<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
<tr><td>商业 企业</td><td>科研 机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
<tr><td colspan="3">一、本年新收政府信息公开申请数量</td>${SEVEN('0')}</tr>
<tr><td colspan="3">二、上年结转政府信息公开申请数量</td>${SEVEN('0')}</tr>
<tr><td rowspan="10">三、本年度办理结果</td><td colspan="2">(一)予以公开</td>${SEVEN('0')}</tr>
<tr><td colspan="2">(二)部分公开(区分处理的,只计这一情形,不计其他情形)</td>${SEVEN('0')}</tr>
<tr><td rowspan="8">(三)不予公开</td>${SEVEN('0')}</tr>
${`<tr>${SEVEN('0')}</tr>`.repeat(7)}
</tbody></table>`;
  const page = pageFromCheerio(cheerio.load(html).root()[0]!);
  const result = recognizeApplications(findSections(page, layoutTables(page)).rows.applications, new FigureSink());

  it('reads the eight rows as the eight 不予公开 items in order, none as a row of another group', () => {
    expect(Object.keys(result!.applications!.withheld!)).toEqual(['stateSecret', 'lawForbidden', 'safetyStability', 'thirdPartyRights',
      'internalAffairs', 'processInformation', 'enforcementFiles', 'administrativeQuery']);
    expect(result!.applications!.notProcessed).toBeUndefined();
    // Said once for the eight, as one fault of the page, its cells (8 rows × 7) lit together.
    const notes = result!.warnings.filter((w) => w.rule === 'recognition/label-by-position');
    expect(notes.map((w) => w.message)).toEqual(['表三（依申请公开）有8行只有同一个标签“不予公开”（多半是合并单元格，各行自己的名称丢失），'
      + '按标准格式中的位置依次读作“属于国家秘密”、“其他法律行政法规禁止公开”、“危及三安全一稳定”、“保护第三方合法权益”、'
      + '“属于三类内部事务信息”、“属于四类过程性信息”、“属于行政执法案卷”、“属于行政查询事项”']);
    expect(notes[0]!.cells).toHaveLength(56);
  });
});

describe('表三 whose rows carry only their filled cells, every blank cell left out (yueyang-nanhu-ju-2019)', () => {
  // 岳阳市南湖新区's 局 for 2019 as the page prints it: the header names all seven columns, each row only what it filled
  // (一、本年新收… 3 | 3), its prose 收到依申请公开信息3条. Read in the columns they reach, the second 3 was 商业企业's and the
  // header's 总计 said to be missing; it is the 总计, the sum of the figures before it.
  const HEAD = `<p>三、收到和处理政府信息公开申请情况</p><table border="1" cellspacing="0" cellpadding="0">
<tr><td colspan="3" rowspan="3">(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)</td><td colspan="7">申请人情况</td></tr>
<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>`;
  const read = (rows: [string, string[]][]) => {
    const [first, ...rest] = rows;
    const html = `${HEAD}
<tr><td colspan="3">一、本年新收政府信息公开申请数量</td>${first![1].map((f) => `<td>${f}</td>`).join('')}</tr>
${rest.map(([label, figures]) => `<tr><td colspan="3">${label}</td>${figures.map((f) => `<td>${f}</td>`).join('')}</tr>`).join('\n')}
</table>`;
    const page = pageFromCheerio(cheerio.load(html).root()[0]!);
    return recognizeApplications(findSections(page, layoutTables(page)).rows.applications, new FigureSink())!;
  };
  const row = (naturalPerson: number | null, total: number | null, commercial: number | null = null) =>
    ({ naturalPerson, commercial, research: null, nonprofit: null, legalService: null, otherOrg: null, total });

  it('reads the page\'s rows: 自然人 3 and 总计 3, the one figure of (二)部分公开 its 总计, and says how', () => {
    const html = `${HEAD}
<tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>3</td><td>3</td></tr>
<tr><td colspan="3">二、上年结转政府信息公开申请数量</td><td>0</td><td>0</td></tr>
<tr><td rowspan="3">三、本年度办理结果</td><td colspan="2">(一)予以公开</td><td>3</td><td>3</td></tr>
<tr><td colspan="2">(二)部分公开(区分处理的,只计这一情形,不计其他情形)</td><td>0</td></tr>
</table>`;
    const page = pageFromCheerio(cheerio.load(html).root()[0]!);
    const result = recognizeApplications(findSections(page, layoutTables(page)).rows.applications, new FigureSink())!;
    expect(result.applications?.newReceived).toEqual(row(3, 3));
    expect(result.applications?.carriedOver).toEqual(row(0, 0));
    expect(result.applications?.granted).toEqual(row(3, 3));
    expect(result.applications?.partiallyGranted).toEqual(row(null, 0));
    const rules = result.warnings.map((w) => w.rule);
    expect(rules).not.toContain('recognition/columns-missing');
    expect(rules).not.toContain('recognition/short-rows');
    expect(result.warnings.find((w) => w.rule === 'recognition/short-rows-total')?.message).toBe('表三有4行只列出有数字的单元格（如“本年新收”：3、3），'
      + '各行最后一个数字等于其前各数之和，读作总计，其前的数字按所在列读取（只有一个数字的行读作总计），缺的格按空白（没有数字）处理');
  });

  it('reads two applicants and their sum alike (2 | 1 | 3), and a row the page printed whole among them', () => {
    const result = read([['', ['2', '1', '3']], ['二、上年结转政府信息公开申请数量', ['0', '0', '0', '0', '0', '0', '0']], ['(一)予以公开', ['1', '1']]]);
    expect(result.applications?.newReceived).toEqual(row(2, 3, 1));
    expect(result.applications?.carriedOver).toEqual({ naturalPerson: 0, commercial: 0, research: 0, nonprofit: 0, legalService: 0, otherOrg: 0, total: 0 });
    expect(result.applications?.granted).toEqual(row(1, 1));
    expect(result.warnings.map((w) => w.rule)).toContain('recognition/short-rows-total');
  });

  it('reads rows of 0 alone in the columns they reach, which no reading makes wrong', () => {
    const result = read([['', ['0', '0']], ['二、上年结转政府信息公开申请数量', ['0', '0']], ['(一)予以公开', ['0']]]);
    expect(result.applications?.newReceived).toEqual(row(0, null, 0));
    expect(result.applications?.granted).toEqual(row(0, null));
    expect(result.warnings.map((w) => w.rule)).toContain('recognition/short-rows');
  });

  it('places 四、结转下年度继续办理 cut short (5 | 5) as the balance of the rows read whole above it says', () => {
    const zeros = ['0', '0', '0', '0', '0', '0', '0'];
    const table = (received: string[]) => read([['', received], ['二、上年结转政府信息公开申请数量', zeros], ['(七)总计', zeros], ['四、结转下年度继续办理', ['5', '5']]]);
    // 自然人 5 and 商业企业 5 received, none handled: both carried forward, the 总计 left out with the blank cells.
    expect(table(['5', '5', '0', '0', '0', '0', '10']).applications?.carriedForward).toEqual(row(5, null, 5));
    // 自然人 alone received 5: the second 5 is the 总计.
    expect(table(['5', '0', '0', '0', '0', '0', '5']).applications?.carriedForward).toEqual(row(5, 5));
  });

  it('reads no figure of a row that could end on its 总计 or not, where the table\'s rows tell both, and says so', () => {
    const result = read([['', ['5', '2']], ['二、上年结转政府信息公开申请数量', ['0', '0']], ['(一)予以公开', ['3', '3']], ['(二)部分公开(区分处理的,只计这一情形,不计其他情形)', ['4']]]);
    expect(result.applications?.newReceived).toEqual(row(5, null, 2));
    expect(result.applications?.carriedOver).toEqual(row(0, null, 0));
    // On the page, their figures unplaced: each null (unreadable), not absent (a cell the format lacks).
    const unplaced = { naturalPerson: null, commercial: null, research: null, nonprofit: null, legalService: null, otherOrg: null, total: null };
    expect(result.applications?.granted).toEqual(unplaced);
    expect(result.applications?.partiallyGranted).toEqual(unplaced);
    const unread = result.warnings.find((w) => w.rule === 'recognition/short-rows-unread');
    expect(unread?.severity).toBe('warning');
    expect(unread?.message).toMatch(/^表三有2行少了单元格（如“予以公开”：3、3）/);
    // The rows are there, not missing: only those the page does not print are said to be.
    expect(result.warnings.find((w) => w.rule === 'recognition/missing-rows')?.message).toMatch(/^表三缺少标准格式中的“不予公开”（8行）/);
  });
});
