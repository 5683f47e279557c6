import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { APPLICANT_NAMES, PINGTAN_2023_ROWS, readTable3 } from '../../test/support/pingtan-2023-table3.ts';
import { pageFromCheerio } from '../page/cheerio-source.ts';
import { layoutTables } from './layout.ts';
import { otherTablesNotes } from './other-tables.ts';
import { findSections } from './sections.ts';

// 表三 of 平潭综合实验区's 2023 summary report; a department's after it (the same rows, the 2024 report's 本年新收 row
// standing in for its figures), as summary reports print one per department after the area's.
const table = (rows: [string, number[]][]) => `<table border="1"><tr><td>申请人情况</td>${APPLICANT_NAMES.map((n) => `<td>${n}</td>`).join('')}</tr>${
  rows.map(([label, figures]) => `<tr><td>${label}</td>${figures.map((v) => `<td>${v}</td>`).join('')}</tr>`).join('')}</table>`;
const department = PINGTAN_2023_ROWS.map(([label, figures], i): [string, number[]] => [label, i === 0 ? [217, 1, 0, 0, 0, 0, 218] : figures]);

const notesOf = (html: string) => {
  const page = pageFromCheerio(cheerio.load(`<p>三、收到和处理政府信息公开申请情况</p>${html}<p>四、政府信息公开行政复议、行政诉讼情况</p>`).root()[0]!);
  return otherTablesNotes(findSections(page, layoutTables(page)).others, page).map((w) => w.message);
};

describe('表三 followed by more tables of its own kind', () => {
  const twice = `${table(PINGTAN_2023_ROWS)}<p>平潭综合实验区行政审批局</p>${table(department)}`;

  it('reads the first and says the others were not read, named by their captions', () => {
    expect(readTable3(twice).applications?.newReceived?.total).toBe(81);
    expect(notesOf(twice)).toEqual(['表三（依申请公开）本页共印了2张（如本级与系统、各下属单位各一张，其后的注明“平潭综合实验区行政审批局”）：只读取、核对第一张，其余1张未读取']);
  });

  it('says nothing of a table cut at a page break, both parts read', () => {
    const cut = `${table(PINGTAN_2023_ROWS.slice(0, 12))}${table(PINGTAN_2023_ROWS.slice(12))}`;
    expect(readTable3(cut).applications?.carriedForward?.total).toBe(0);
    expect(notesOf(cut)).toEqual([]);
  });
});
