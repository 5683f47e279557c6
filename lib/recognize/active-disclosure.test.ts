import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { pageFromCheerio } from '../page/cheerio-source.ts';
import { blankFormFormat } from './active-disclosure.ts';
import { layoutTables } from './layout.ts';
import { findSections } from './sections.ts';
import { extractWithCheerio } from '../../test/support/fixtures.ts';

/** 表二 of `cells`, one cell a row as yulin-jiaxian-xizhen-2022 prints its blank form, its rows as findSections gives them. */
function rowsOf(cells: string[]) {
  const html = `<p>二、主动公开政府信息情况</p><table>${cells.map((c) => `<tr><td>${c}</td></tr>`).join('')}</table>`;
  const page = pageFromCheerio(cheerio.load(html).root()[0]!);
  return findSections(page, layoutTables(page)).rows.activeDisclosure;
}

// yulin-jiaxian-xizhen-2022's 表二 as printed: the 2019 form's names, no figure.
const BLANK_2019 = ['第二十条第(一)项', '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量', '规章', '规范性文件',
  '第二十条第(五)项', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '行政许可', '其他对外管理服务事项',
  '第二十条第(九)项', '信息内容', '采购项目数量', '采购总金额', '政府集中采购'];
const BLANK_2021 = ['第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '行政规范性文件',
  '第二十条第（五）项', '信息内容', '本年处理决定数量', '行政许可'];

describe('blankFormFormat', () => {
  it('tells the form of a 表二 printed without figures by its column names, each cell a row (yulin-jiaxian-xizhen-2022)', () => {
    expect(blankFormFormat(rowsOf(BLANK_2019))).toBe('2019');
    expect(blankFormFormat(rowsOf(BLANK_2021))).toBe('2021');
  });

  it('says nothing of a 表二 with a figure (it is read, the recognised table tells) or of no column name', () => {
    expect(blankFormFormat(rowsOf([...BLANK_2019, '3']))).toBeNull();
    expect(blankFormFormat(rowsOf(['信息内容', '规章', '规范性文件']))).toBeNull();
  });
});

describe('an amount cell that prints its unit', () => {
  // kangle-shangwan-2019's 第二十条第(九)项: 采购总金额 with no unit, its cell 152790元.
  const page = (header: string, amount: string) => `<title>上湾镇2019年政府信息公开工作年度报告</title><p>二、主动公开政府信息情况</p><table>
<tr><td colspan="4">第二十条第(九)项</td></tr><tr><td>信息内容</td><td>采购项目数量</td><td colspan="2">${header}</td></tr>
<tr><td>政府集中采购</td><td>6</td><td colspan="2">${amount}</td></tr></table>`;
  const read = (header: string, amount: string) => {
    const { report } = extractWithCheerio(page(header, amount), null);
    return { procurement: report.activeDisclosure?.procurement, noise: report.warnings.filter((w) => w.rule === 'figure/noise-removed').map((w) => w.message) };
  };

  it('keeps the unit and notes the figure read from more than its number, as the contract has it', () => {
    expect(read('采购总金额', '152790元')).toEqual({
      procurement: { projects: 6, amount: 152790, unit: '元' },
      noise: ['表二（主动公开）有1个数字带有多余字符（如“152790元”），已去除后读数'],
    });
  });

  it('says nothing where the cell repeats its column\'s printed unit', () => {
    expect(read('采购总金额（万元）', '15.279万元')).toEqual({ procurement: { projects: 6, amount: 15.279, unit: '万元' }, noise: [] });
  });
});
