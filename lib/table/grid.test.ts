import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { pageFromCheerio } from '../page/cheerio-source.ts';
import { buildGrid, rowCells, stackGrids } from './grid.ts';

/** The grid of the first table in `html`, as the text of each slot ('' for holes). */
function grid(html: string, index = 0) {
  const page = pageFromCheerio(cheerio.load(html).root()[0]!);
  const g = buildGrid(page.tables[index]!);
  return { g, text: g.rows.map((r) => Array.from({ length: g.width }, (_, c) => r[c]?.cell.text ?? '')) };
}

describe('buildGrid', () => {
  it('expands rowspan and colspan, every slot pointing back to its source cell', () => {
    const { g, text } = grid(`<table>
      <tr><td rowspan="2" colspan="2">A</td><td>B</td></tr>
      <tr><td>C</td></tr>
      <tr><td>D</td><td colspan="2">E</td></tr></table>`);
    expect(text).toEqual([['A', 'A', 'B'], ['A', 'A', 'C'], ['D', 'E', 'E']]);
    expect(g.rows[1]![0]).toBe(g.rows[0]![1]);
    expect(g.rows[1]![0]).toMatchObject({ row: 0, col: 0 });
    expect(rowCells(g, 2, (slot, col, span) => [slot.cell.text, col, span])).toEqual([['D', 0, 1], ['E', 1, 2]]);
  });

  it('keeps ragged rows ragged (holes, not shifted cells)', () => {
    const { text } = grid('<table><tr><td>a</td><td>b</td><td>c</td></tr><tr><td>d</td></tr></table>');
    expect(text).toEqual([['a', 'b', 'c'], ['d', '', '']]);
  });

  it('reads colspan="0" as 1 and rowspan="0" as to the end of the table', () => {
    const { text } = grid('<table><tr><td colspan="0" rowspan="0">a</td><td>b</td></tr><tr><td>c</td></tr><tr><td>d</td></tr></table>');
    expect(text).toEqual([['a', 'b'], ['a', 'c'], ['a', 'd']]);
  });

  it('survives absurd spans without blowing up', () => {
    const { g } = grid('<table><tr><td rowspan="9999" colspan="100000">x</td><td>y</td></tr><tr><td>z</td></tr></table>');
    expect(g.rows.length).toBe(2);
    expect(g.width).toBeLessThanOrEqual(65);
    expect(g.rows[1]!.filter(Boolean).length).toBe(g.width);
  });

  it('treats garbage spans as 1', () => {
    const { text } = grid('<table><tr><td colspan="abc" rowspan="-3">a</td><td>b</td></tr></table>');
    expect(text).toEqual([['a', 'b']]);
  });

  it('reads a nested table as its own table, not as cells of the outer one', () => {
    const html = '<table><tr><td>outer<table><tr><td>1</td><td>2</td></tr></table></td><td>o2</td></tr></table>';
    expect(grid(html, 0).text).toEqual([['outer', 'o2']]);
    expect(grid(html, 1).text).toEqual([['1', '2']]);
  });

  it('leaves out rows hidden with display:none', () => {
    const { text } = grid('<table><tr><td>a</td></tr><tr style="display: none"><td>hidden</td></tr><tr><td>b</td></tr></table>');
    expect(text).toEqual([['a'], ['b']]);
  });

  it('joins a label split by <br> with a line break in the cell text', () => {
    const { text } = grid('<table><tr><td>本年新<br>制作数量</td></tr></table>');
    expect(text).toEqual([['本年新\n制作数量']]);
  });
});

describe('stackGrids', () => {
  it('puts a table cut by a page break back together, each cell starting at its row in the whole', () => {
    const html = '<table><tr><td rowspan="2">A</td><td>1</td></tr><tr><td>2</td></tr></table><table><tr><td rowspan="2">B</td><td>3</td></tr><tr><td>4</td></tr></table>';
    const whole = stackGrids([grid(html, 0).g, grid(html, 1).g]);
    expect(whole.rows.map((r) => r.map((s) => s?.cell.text))).toEqual([['A', '1'], ['A', '2'], ['B', '3'], ['B', '4']]);
    expect(whole.rows[3]![0]).toBe(whole.rows[2]![0]);
    expect(whole.rows[3]![0]).toMatchObject({ row: 2, rowSpan: 2 });
  });

  it('lines a part of another width up with the first: a leading column dropped, or empty columns put before it', () => {
    const html = '<table><tr><td>A</td><td>1</td></tr></table><table><tr><td></td><td>B</td><td>2</td></tr></table>';
    const texts = (g: ReturnType<typeof stackGrids<unknown>>) => g.rows.map((r) => r.map((s) => s?.cell.text));
    const dropped = stackGrids([grid(html, 0).g, grid(html, 1).g], [0, 1]);
    expect(texts(dropped)).toEqual([['A', '1'], ['B', '2']]);
    expect(dropped.rows[1]![1]).toMatchObject({ row: 1, col: 1 });
    expect(dropped.width).toBe(2);
    const padded = stackGrids([grid(html, 1).g, grid(html, 0).g], [0, -1]);
    expect(texts(padded)).toEqual([['', 'B', '2'], [undefined, 'A', '1']]);
    expect(padded.rows[1]![2]).toMatchObject({ row: 1, col: 2 });
  });
});
