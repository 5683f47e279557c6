import * as cheerio from 'cheerio';
import { expect, it } from 'vitest';
import { fixtureHtml, fixtureUrl } from '../../test/support/fixtures.ts';
import { extract } from '../extract.ts';
import { pageFromCheerio } from '../page/cheerio-source.ts';
import { rowLabelCells } from './row-labels.ts';

const text = (node: unknown) => cheerio.load('')(node as never).text().trim();

it('gives 上海\'s 表三 row labels, its merged 三、本年度办理结果 and sub-labels among them, none of its figures or column headings', () => {
  const page = pageFromCheerio(cheerio.load(fixtureHtml('shanghai-office-2019.html')).root()[0]!);
  const { bindings } = extract(page, { url: fixtureUrl('shanghai-office-2019.html') });
  const table = page.tables.find((t) => t.rows.some((row) => row.cells.some((cell) => cell.text.includes('本年度办理结果'))))!;
  const labels = rowLabelCells(table, new Set(bindings.map((b) => b.node)));
  const named = labels.map((cell) => text(cell).slice(0, 9));
  // The corner heading, the rows' names across the three label columns, the merged one and those beside it, in the page's order.
  expect(named.slice(0, 7)).toEqual(['（本列数据的勾稽关', '一、本年新收政府信', '二、上年结转政府信', '三、本年度办理结果', '（一）予以公开', '（二）部分公开（区', '（三）不予公开']);
  expect(named.slice(-3)).toEqual(['（六）其他处理', '（七）总计', '四、结转下年度继续']);
  expect(named).toContain('1.属于国家秘密');
  // No figure, nor a heading over the figures' columns (申请人情况, 自然人, 总计; a row named （七）总计 is a label).
  expect(named.filter((name) => /申请人情况|自然人|^总计|^\d+$/.test(name))).toEqual([]);
});

it('gives none where the figures start in the first column, or none was read', () => {
  const page = pageFromCheerio(cheerio.load('<table><tr><td>12</td><td>3</td></tr><tr><td>本年新收</td><td>4</td></tr></table>').root()[0]!);
  const cells = page.tables[0]!.rows.flatMap((row) => row.cells);
  expect(rowLabelCells(page.tables[0]!, new Set([cells[0]!.node, cells[1]!.node, cells[3]!.node]))).toEqual([]);
  expect(rowLabelCells(page.tables[0]!, new Set())).toEqual([]);
});
