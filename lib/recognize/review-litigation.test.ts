import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { pageFromCheerio } from '../page/cheerio-source.ts';
import { FigureSink } from './figure-sink.ts';
import { layoutTables } from './layout.ts';
import { recognizeReviewLitigation } from './review-litigation.ts';
import { findSections } from './sections.ts';

// 表四 in the template's layout: the fifteen figures in one row under the three-row header.
const OUTCOMES = '<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>';
function table4(figures: string[]): string {
  return `<p>四、政府信息公开行政复议、行政诉讼情况</p><table><tbody>
<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr>${OUTCOMES.replace(/<td>/g, '<td rowspan="2">')}<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr>${OUTCOMES}${OUTCOMES}</tr>
<tr>${figures.map((f) => `<td>${f}</td>`).join('')}</tr>
</tbody></table>`;
}

function read(figures: string[]) {
  const page = pageFromCheerio(cheerio.load(table4(figures)).root()[0]!);
  const sink = new FigureSink();
  const result = recognizeReviewLitigation(findSections(page, layoutTables(page)).rows.reviewLitigation, sink);
  return { reviewLitigation: result?.reviewLitigation ?? null, notes: sink.notes.warnings() };
}

const FIGURES = ['1', '0', '0', '1', '2', '0', '1', '0', '0', '1', '0', '0', '0', '1', '1'];
const withCell = (i: number, cell: string) => FIGURES.map((f, k) => (k === i ? cell : f));

describe('表四 with one odd cell', () => {
  it('reads 一 typed for a dash as not reported, and the other fourteen figures', () => {
    const { reviewLitigation, notes } = read(withCell(13, '一'));
    expect(reviewLitigation).toEqual({
      review: { upheld: 1, corrected: 0, other: 0, pending: 1, total: 2 },
      litigationDirect: { upheld: 0, corrected: 1, other: 0, pending: 0, total: 1 },
      litigationAfterReview: { upheld: 0, corrected: 0, other: 0, pending: null, total: 1 },
    });
    expect(notes).toMatchObject([{ rule: 'figure/not-reported', cells: [{ table: 'reviewLitigation', path: 'litigationAfterReview.pending' }] }]);
  });

  it('reads 2<sup>1</sup> as 2 with its footnote mark removed, not as 21', () => {
    const { reviewLitigation, notes } = read(withCell(4, '2<sup>1</sup>'));
    expect(reviewLitigation?.review).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 1, total: 2 });
    expect(notes).toMatchObject([{ rule: 'figure/noise-removed', message: '表四（行政复议、行政诉讼）有1个数字带有多余字符（如“2¹”），已去除后读数' }]);
  });
});

describe('表四 without a header', () => {
  // 宿迁 2025 as its text gives it (a PDF conversion): the line 行政复议行政诉讼, then one row of fifteen bare figures.
  const SUQIAN = ['119', '25', '91', '24', '259', '7', '0', '15', '6', '28', '21', '1', '7', '9', '38'];
  const readPage = (html: string) => {
    const page = pageFromCheerio(cheerio.load(html).root()[0]!);
    return recognizeReviewLitigation(findSections(page, layoutTables(page)).rows.reviewLitigation, new FigureSink());
  };

  it('reads the figures in the standard order and says the table had no header (suqian-2025)', () => {
    const result = readPage(`<p>四、政府信息公开行政复议、行政诉讼情况</p><p>行政复议行政诉讼</p><table border="1"><tr>${SUQIAN.map((f) => `<td>${f}</td>`).join('')}</tr></table>`);
    expect(result?.reviewLitigation).toEqual({
      review: { upheld: 119, corrected: 25, other: 91, pending: 24, total: 259 },
      litigationDirect: { upheld: 7, corrected: 0, other: 15, pending: 6, total: 28 },
      litigationAfterReview: { upheld: 21, corrected: 1, other: 7, pending: 9, total: 38 },
    });
    expect(result?.warnings).toEqual([{
      rule: 'recognition/label-by-position', severity: 'info', expected: null, actual: null,
      message: '表四（行政复议、行政诉讼）没有表头，15列数字按标准格式的列序读取：每5列一组，各组依次为行政复议、行政诉讼（未经复议直接起诉）、行政诉讼（复议后起诉），组内依次为“结果维持”、“结果纠正”、“其他结果”、“尚未审结”、“总计”',
      cells: ['review', 'litigationDirect', 'litigationAfterReview'].flatMap((group) => ['upheld', 'corrected', 'other', 'pending', 'total']
        .map((column) => ({ table: 'reviewLitigation', path: `${group}.${column}` }))),
    }]);
  });

  it('says nothing of the order where the header names the columns', () => {
    expect(readPage(table4(SUQIAN))?.warnings).toEqual([]);
  });
});

describe('表四 with a row of blank cells an editor left in it', () => {
  const BLANK_ROW = `<tr>${'<td>&nbsp;</td>'.repeat(15)}</tr>`;
  const readWith = (html: string) => {
    const page = pageFromCheerio(cheerio.load(html).root()[0]!);
    const sink = new FigureSink();
    return recognizeReviewLitigation(findSections(page, layoutTables(page)).rows.reviewLitigation, sink);
  };
  const READ = {
    review: { upheld: 1, corrected: 0, other: 0, pending: 1, total: 2 },
    litigationDirect: { upheld: 0, corrected: 1, other: 0, pending: 0, total: 1 },
    litigationAfterReview: { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 },
  };

  it('reads the figures below it, not the blanks', () => {
    expect(readWith(table4(FIGURES).replace(/(<tr><td>1<\/td>)/, `${BLANK_ROW}$1`))?.reviewLitigation).toEqual(READ);
  });

  it('still checks the header\'s column names where the row is under the figures (longde-chengguan-2021: 结果 for 结果纠正)', () => {
    const lost = table4(FIGURES).replace('<td>结果纠正</td>', '<td>结果</td>').replace('</tbody>', `${BLANK_ROW}</tbody>`);
    const result = readWith(lost);
    expect(result?.reviewLitigation).toEqual(READ);
    expect(result?.warnings.map((w) => w.cells.map((c) => c.path))).toEqual([['litigationDirect.corrected']]);
  });
});

describe('表四 printed in two rows, the ten of 行政复议 and 未经复议直接起诉 above the five of 复议后起诉', () => {
  // A page too narrow for fifteen columns: the second row's five filled out to ten by one blank cell over five columns.
  const row = (figures: string[]) => figures.map((f) => `<td>${f}</td>`).join('');
  const FILLER = '<td colspan="5"></td>';
  const html = `<p>四、政府信息公开行政复议、行政诉讼情况</p><table><tr><td colspan="5">行政复议</td><td colspan="5">行政诉讼（未经复议直接起诉）</td></tr>
<tr>${OUTCOMES}${OUTCOMES}</tr><tr>${row(FIGURES.slice(0, 10))}</tr>
<tr><td colspan="5">行政诉讼（复议后起诉）</td>${FILLER}</tr><tr>${OUTCOMES}${FILLER}</tr><tr>${row(FIGURES.slice(10))}${FILLER}</tr></table>`;

  it('reads the second row\'s five as 复议后起诉\'s, the blank filling it out as no figure', () => {
    const page = pageFromCheerio(cheerio.load(html).root()[0]!);
    const result = recognizeReviewLitigation(findSections(page, layoutTables(page)).rows.reviewLitigation, new FigureSink());
    expect(result?.reviewLitigation).toEqual({
      review: { upheld: 1, corrected: 0, other: 0, pending: 1, total: 2 },
      litigationDirect: { upheld: 0, corrected: 1, other: 0, pending: 0, total: 1 },
      litigationAfterReview: { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 },
    });
  });
});

describe('表四 whose neighbouring blank cells an editor merged', () => {
  // 上海市人民政府办公厅's 2019 表四 (shanghai-office-2019): 5 _ _ 2 7 | 8 _ _ 1 9 | _ _ _ _ _, the blanks of each run merged
  // into one cell (colspan="2", colspan="5"). A reader sees a blank under each column; the fifteen figures read as printed.
  const merged = ['5', '<td colspan="2"></td>', '2', '7', '8', '<td colspan="2"></td>', '1', '9', '<td colspan="5"></td>'];
  const html = table4([]).replace('<tr></tr>', `<tr>${merged.map((f) => (f.startsWith('<td') ? f : `<td>${f}</td>`)).join('')}</tr>`);
  const page = pageFromCheerio(cheerio.load(html).root()[0]!);
  const result = recognizeReviewLitigation(findSections(page, layoutTables(page)).rows.reviewLitigation, new FigureSink());

  it('reads each merged blank as a blank in every column it covers', () => {
    expect(html).toContain('<td colspan="5"></td></tr>');
    expect(result?.reviewLitigation).toEqual({
      review: { upheld: 5, corrected: null, other: null, pending: 2, total: 7 },
      litigationDirect: { upheld: 8, corrected: null, other: null, pending: 1, total: 9 },
      litigationAfterReview: { upheld: null, corrected: null, other: null, pending: null, total: null },
    });
  });
});

// 表四 of a summary report with a row for the whole area and one for its government's own: 平潭综合实验区's 2023 figures
// as 全区, its 2024 figures standing in for 管委会本级's row.
describe('表四 with a second row of fifteen (全区, then 管委会本级)', () => {
  const area = ['1', '1', '0', '0', '2', '4', '0', '0', '1', '5', '1', '0', '1', '0', '2'];
  const own = ['2', '1', '3', '1', '7', '0', '0', '0', '0', '0', '13', '2', '4', '0', '19'];
  const html = table4(area).replace('</tbody>', `<tr>${own.map((f) => `<td>${f}</td>`).join('')}</tr></tbody>`);
  const page = pageFromCheerio(cheerio.load(html).root()[0]!);
  const result = recognizeReviewLitigation(findSections(page, layoutTables(page)).rows.reviewLitigation, new FigureSink());

  it('reads the first row and gives the second as another 表四 in the same table, for other-tables.ts to note', () => {
    expect(result?.reviewLitigation.review).toEqual({ upheld: 1, corrected: 1, other: 0, pending: 0, total: 2 });
    expect(result?.reviewLitigation.litigationAfterReview?.total).toBe(2);
    expect(result?.others).toEqual([{ section: 'reviewLitigation', table: null }]);
  });

  it('gives a second 表四 in a table of its own by that table', () => {
    const two = `${table4(area)}<p>（二）管委会本级情况</p>${table4(own).replace(/^<p>.*?<\/p>/, '')}`;
    const twoPage = pageFromCheerio(cheerio.load(two).root()[0]!);
    const read = recognizeReviewLitigation(findSections(twoPage, layoutTables(twoPage)).rows.reviewLitigation, new FigureSink());
    expect(read?.reviewLitigation.review?.total).toBe(2);
    expect(read?.others).toEqual([{ section: 'reviewLitigation', table: 1 }]);
  });
});
