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
