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
    expect(notesOf(twice)).toEqual(['表三（依申请公开）本页共印了2份（如本级与系统、各下属单位各一份，其后的注明“平潭综合实验区行政审批局”）：只读取、核对第一份，其余1份未读取']);
  });

  it('notes another body\'s table captioned apart though its figures are the first\'s, not a copy of the page (acc10 v-two-t3)', () => {
    const same = `<p>（一）本级</p>${table(PINGTAN_2023_ROWS)}<p>（二）全市系统</p>${table(PINGTAN_2023_ROWS)}`;
    expect(notesOf(same)).toEqual(['表三（依申请公开）本页共印了2份（如本级与系统、各下属单位各一份，其后的注明“（二）全市系统”）：只读取、核对第一份，其余1份未读取']);
    // The article printed twice (a mobile and a desktop copy) prints the table under the same heading: a copy, no note.
    expect(notesOf(`${table(PINGTAN_2023_ROWS)}<p>三、收到和处理政府信息公开申请情况</p>${table(PINGTAN_2023_ROWS)}`)).toEqual([]);
  });

  it('takes for a copy the table printed again under its heading spelt apart, or under none', () => {
    // The heading with a full-width colon and a space in the second copy: the same words.
    expect(notesOf(`${table(PINGTAN_2023_ROWS)}<p>三、 收到和处理政府信息公开申请情况：</p>${table(PINGTAN_2023_ROWS)}`)).toEqual([]);
    // The tables printed again one after another, the second with no line of its own above it.
    expect(notesOf(`${table(PINGTAN_2023_ROWS)}${table(PINGTAN_2023_ROWS)}`)).toEqual([]);
  });

  it('says nothing of a table cut at a page break, both parts read', () => {
    const cut = `${table(PINGTAN_2023_ROWS.slice(0, 12))}${table(PINGTAN_2023_ROWS.slice(12))}`;
    expect(readTable3(cut).applications?.carriedForward?.total).toBe(0);
    expect(notesOf(cut)).toEqual([]);
  });
});

// 表二 of 平潭综合实验区's 2023 summary report (全区), then another under （二）管委会本级情况, the 2024 report's figures standing
// in for the body's own (acc11 p02): the rows' labels printed again, their figures not.
const TABLE2_2023: [string, string[]][] = [['规章', ['0', '0', '0']], ['行政规范性文件', ['77', '13', '2470']], ['行政许可', ['2629']],
  ['行政处罚', ['1330']], ['行政强制', ['54']], ['行政事业性收费', ['5949.088667']]];
const TABLE2_2024: [string, string[]][] = [['规章', ['0', '0', '0']], ['行政规范性文件', ['62', '33', '440']], ['行政许可', ['4529']],
  ['行政处罚', ['1100']], ['行政强制', ['65']], ['行政事业性收费', ['18651.06']]];
const table2 = (rows: [string, string[]][]) => `<table border="1"><tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
${rows.map(([label, figures]) => `<tr><td>${label}</td>${figures.map((f) => `<td colspan="${figures.length === 1 ? 3 : 1}">${f}</td>`).join('')}</tr>`).join('')}</table>`;

describe('表二 printed again for the body\'s own figures', () => {
  it('notes the second as another 表二, named by its caption, in the words of 表三\'s note', () => {
    const page = pageFromCheerio(cheerio.load(`<p>二、主动公开政府信息情况</p><p>（一）全区情况</p>${table2(TABLE2_2023)}<p>（二）管委会本级情况</p>${table2(TABLE2_2024)}<p>三、收到和处理政府信息公开申请情况</p>`).root()[0]!);
    const sections = findSections(page, layoutTables(page));
    expect(sections.rows.activeDisclosure.filter((r) => r.table === 1)).toEqual([]);
    expect(otherTablesNotes(sections.others, page).map((w) => w.message)).toEqual(['表二（主动公开）本页共印了2份（如本级与系统、各下属单位各一份，其后的注明“（二）管委会本级情况”）：只读取、核对第一份，其余1份未读取']);
  });
});

describe('表四\'s further groups of fifteen', () => {
  const page = pageFromCheerio(cheerio.load('<p>（二）管委会本级情况</p><table><tr><td>2</td></tr></table>').root()[0]!);

  it('are noted as 表三\'s others are: by the caption of a table of their own, by none in the first\'s table', () => {
    expect(otherTablesNotes([{ section: 'reviewLitigation', table: 0 }], page).map((w) => w.message)).toEqual(['表四（行政复议、行政诉讼）本页共印了2份（如本级与系统、各下属单位各一份，其后的注明“（二）管委会本级情况”）：只读取、核对第一份，其余1份未读取']);
    expect(otherTablesNotes([{ section: 'reviewLitigation', table: null }], page).map((w) => w.message)).toEqual(['表四（行政复议、行政诉讼）本页共印了2份（如本级与系统、各下属单位各一份）：只读取、核对第一份，其余1份未读取']);
  });
});
