// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { extract } from '../lib/extract.ts';
import { pageFromDom } from '../lib/page/dom-source.ts';
import type { Report } from '../lib/schema.ts';
import { compareYears } from '../lib/years/compare.ts';
import { summarize } from '../lib/years/summary.ts';
import { I18n, messagesFor, type Language } from './i18n.ts';
import { YearsSideBySide } from './YearsSideBySide.tsx';

// A saved page read as the content script reads the live one.
const readPage = (file: string, url: string | null) =>
  extract(pageFromDom(new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html')), { url }).report;
// 平潭综合实验区's reports (test/fixtures/years/README.md): 2022's read beside 2021's (all agreeing) and 2023's (规范性文件 in force off).
const read = (year: number, address: string) =>
  readPage(`test/fixtures/years/pingtan-${year}.html`, `https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/${address}.htm`);
const y2021 = read(2021, '202202/t20220208_80613');
const y2022 = read(2022, '202302/t20230220_80629');
const y2023 = read(2023, '202403/t20240308_87885');

function show(report: Report, remembered: boolean, known: Report[], language: Language = 'zh') {
  const { sideBySide } = compareYears(report, known.map((r) => summarize(r)!));
  render(<I18n.Provider value={messagesFor(language)}><YearsSideBySide report={report} remembered={remembered} sideBySide={sideBySide} /></I18n.Provider>, document.body);
}
const q = (selector: string) => document.body.querySelector<HTMLElement>(selector);
const qa = (selector: string) => [...document.body.querySelectorAll<HTMLElement>(selector)];
const texts = (selector: string) => qa(selector).map((e) => e.textContent);

afterEach(() => render(null, document.body));

describe('YearsSideBySide', () => {
  it('shows the year before beside this one: each total of both years with the change, under its table\'s name', () => {
    show(y2022, true, [y2021, y2023]);
    expect(texts('.years-side-by-side h2')).toEqual(['与 2021年度报告 对照', '与 2023年度报告 对照']);
    expect(q('.years-side-by-side h2 a')!.getAttribute('href')).toBe('https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202202/t20220208_80613.htm');
    const rows = qa('[data-year="2021"] tr').map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['数字', '2021', '2022', '变化'],
      ['表二（主动公开）'],
      ['规章·现行有效', '0', '0', '0'],
      ['行政规范性文件·现行有效', '665', '698', '+33'],
      ['表三（依申请公开）'],
      ['本年新收', '70', '74', '+4'],
      ['上年结转', '0', '1', '+1'],
      ['予以公开', '30', '21', '−9'],
      ['办理结果总计', '69', '75', '+6'],
      ['结转下年度', '1', '0', '−1'],
      ['表四（行政复议、行政诉讼）'],
      ['行政复议', '3', '2', '−1'],
      ['行政诉讼（未经复议直接起诉）', '12', '1', '−11'],
      ['行政诉讼（复议后起诉）', '0', '0', '0'],
    ]);
  });

  it('names the tables and the figures in English for an English reader, each check a sentence', () => {
    show(y2022, true, [y2023], 'en');
    const rows = qa('tr').map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Figure', '2022', '2023', 'Change'],
      ['Table 2 (表二), proactive disclosure'],
      ['Administrative rules · in force', '0', '0', '0'],
      ['Normative documents · in force', '698', '470', '−228'],
      ['Table 3 (表三), disclosure upon application'],
      ['Received this year', '74', '81', '+7'],
      ['Carried over from last year', '1', '0', '−1'],
      ['Disclosed in full', '21', '22', '+1'],
      ['Processed, in all', '75', '81', '+6'],
      ['Carried forward to next year', '0', '0', '0'],
      ['Table 4 (表四), administrative reconsideration and litigation'],
      ['Administrative reconsideration', '2', '2', '0'],
      ['Litigation without reconsideration first', '1', '5', '+4'],
      ['Litigation after reconsideration', '0', '2', '+2'],
    ]);
    expect(texts('.year-checks li')).toEqual([
      '✓A year\'s report carries over what the previous year\'s report carried forward, per column: passed (7 comparisons)',
      '✗Documents in force in a year\'s report = in force in the previous year\'s report + that year\'s issued − repealed: 1 of 2 comparisons failed, see the findings',
    ]);
  });

  it('marks the carried figures agreeing, and says which checks across years ran and what they found', () => {
    show(y2022, true, [y2021, y2023]);
    expect(q('[data-year="2021"] [data-testid=carried]')!.textContent).toBe('✓2021年度报告“结转下年度”1件＝2022年度报告“上年结转”1件，逐列一致');
    expect(texts('[data-year="2021"] .year-checks li')).toEqual([
      '✓表三：后一年报告的“上年结转”= 前一年报告的“结转下年度继续办理”，逐列比对：通过（比对 7 项）',
      // The 2019 form's checks of 表二 do not apply to two reports in the 2021 form: no figure is missing.
      '✓2021版表二：后一年报告的现行有效件数 = 前一年报告的现行有效件数 + 后一年报告的本年制发 − 本年废止：通过（比对 2 项）',
    ]);
    // 698 + 77 − 132 = 643, and 2023 has 470 规范性文件 in force.
    expect(q('[data-year="2023"] [data-rule="years/in-force"]')!.className).toBe('error');
    expect(q('[data-year="2023"] [data-rule="years/in-force"]')!.textContent).toMatch(/：1 项不一致（共比对 2 项），见检查结果$/);
  });

  it('marks carried figures that disagree', () => {
    const forgot = structuredClone(y2022);
    forgot.applications!.carriedOver = { ...forgot.applications!.carriedOver, naturalPerson: 0, total: 0 };
    show(forgot, true, [y2021], 'en');
    const carried = q('[data-testid=carried]')!;
    expect(carried.className).toBe('carried error');
    expect(carried.textContent).toBe('✗Carried forward in the 2021 report (结转下年度) 1 ≠ carried over in the 2022 report (上年结转) 0: some columns disagree, see the findings');
    expect(q('[data-rule="years/carried-over"]')!.textContent).toBe('✗A year\'s report carries over what the previous year\'s report carried forward, per column: 2 of 7 comparisons failed, see the findings');
  });

  it('shows two years\' 统计表 by their check of 历年累计 alone: no totals table, no carried line (2011 and 2012)', () => {
    show(read(2012, '201302/t20130228_80734'), true, [read(2011, '201204/t20120420_80678')]);
    expect(texts('.years-side-by-side h2')).toEqual(['与 2011年度报告 对照']);
    expect(q('.years-table')).toBeNull();
    expect(q('[data-testid=carried]')).toBeNull();
    expect(texts('.year-checks li')).toEqual([
      '✗2019年以前的统计表：后一年报告的“历年累计”= 前一年报告的“历年累计”+ 后一年报告的本年数，逐行比对：3 项不一致（共比对 14 项），见检查结果',
    ]);
  });

  it('says in one line why a report is not compared: a report in an older format, or none remembered', () => {
    show(readPage('test/fixtures/pages/xiaobanqiao-2018.html', null), false, []);
    expect(texts('p')).toEqual(['未作跨年比对：只有 2019 版、2021 版表格的报告，以及统计表有“历年累计”栏的报告，才与其他年度比对（本报告：2019 年以前的统计表）']);
    show(y2022, false, [], 'en');
    expect(texts('p')).toEqual(['Not compared across years: remembering the reports read is off in the settings, or the browser refuses the extension storage']);
  });

  it('leaves it to the header to say no report of an adjacent year was read yet', () => {
    show(y2022, true, []);
    expect(document.body.innerHTML).toBe('');
  });
});
