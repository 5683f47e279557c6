import { describe, expect, it } from 'vitest';
import { fixtureReport } from '../test/support/fixtures.ts';
import { makeReport, zeroApplications } from '../test/support/report.ts';
import { figureName, figuresNamed, tableLayouts, type TableLayout } from './labels.ts';

describe('the 统计表 as the panel, CSV and messages name its rows', () => {
  // A page that prints (一) twice: the second row's code is (一)#2 in the JSON, so its parts stay its own.
  const report = makeReport({
    activeDisclosure: null, applications: null, reviewLitigation: null,
    legacyStats: [
      { code: '(一)', label: '收到申请数', unit: '件', value: 46 },
      { code: '(一)#2', label: '申请办结数', unit: '件', value: 45 },
      { code: '(一)#2.1', label: '按时办结数', unit: '件', value: 45 },
    ],
  });

  it('shows the numbers as the page prints them, without the mark that tells a repeated number apart', () => {
    const legacy = tableLayouts(report).find((t) => t.table === 'legacyStats')!;
    expect(legacy.rows.map((r) => r.label)).toEqual(['(一)收到申请数（件）', '(一)申请办结数（件）', '(一)1.按时办结数（件）']);
    expect(figureName(report, 'legacyStats', '2')).toBe('统计表“(一)1.按时办结数”');
  });

  it('numbers a row as the findings name it, not by the outline\'s own marks (xiaobanqiao-2018: 一.(一).其中1, 一.(一).另1 shown in the panel)', () => {
    const xiaobanqiao = fixtureReport('xiaobanqiao-2018.html');
    const rows = tableLayouts(xiaobanqiao).find((t) => t.table === 'legacyStats')!.rows.map((r) => r.label);
    expect(rows.slice(0, 5)).toEqual(['一、主动公开情况', '一、(一)主动公开政府信息数（条）', '一、(一)其中：主动公开规范性文件数（条）', '一、(一)制发规范性文件总数（件）', '一、(二)通过不同渠道和方式公开政府信息的情况']);
    expect(rows.filter((r) => /其中\d|另\d|\.\(/.test(r))).toEqual([]);
    expect(figureName(xiaobanqiao, 'legacyStats', '2')).toBe('统计表“一、(一)其中：主动公开规范性文件数”');
    // A report's second 统计表 is told apart by its number.
    const second = makeReport({ legacyStats: [{ code: '表2.一', label: '主动公开情况', unit: null, value: 3 }] });
    expect(tableLayouts(second).find((t) => t.table === 'legacyStats')!.rows[0]!.label).toBe('第2张统计表·一、主动公开情况');
  });

  it('names a row of a report\'s second 统计表 by its table in either language, in English without the Chinese ordinal run into the name', () => {
    const second = makeReport({ legacyStats: [{ code: '表2.另1.其中2', label: '公文类信息数', unit: '条', value: 3 }] });
    expect(figureName(second, 'legacyStats', '0')).toBe('第2张统计表“其中：公文类信息数”');
    expect(figureName(second, 'legacyStats', '0', 'en')).toBe('Statistics table 2 (第2张统计表) “其中：公文类信息数”');
    expect(figureName(report, 'legacyStats', '2', 'en')).toBe('Statistics table (统计表) “(一)1.按时办结数”');
  });
});

describe('figures found by their names', () => {
  const report = makeReport({
    activeDisclosure: null, reviewLitigation: null,
    applications: { newReceived: { naturalPerson: 33, total: 33 }, carriedForward: { naturalPerson: 1, total: 1 } },
    proseFigures: [
      { label: '收到申请', value: 34, unit: '件', approximate: false, text: '全年共收到政府信息公开申请34件', parts: [] },
      { label: '主动公开', value: 120, unit: '条', approximate: false, text: '主动公开政府信息120条', parts: [] },
    ],
  });
  const layouts = tableLayouts(report);
  const rowsOf = (query: string) => figuresNamed(layouts, report.proseFigures, query).tables.map((t) => t.shown.rows.map((r) => r.label));

  it('finds the rows and the sentences naming the query, spacing, width and case aside', () => {
    expect(rowsOf('结转 下年度')).toEqual([['结转下年度']]);
    expect(rowsOf('本年新收')).toEqual([['本年新收']]);
    const found = figuresNamed(layouts, report.proseFigures, '申请');
    expect(found.prose.map((p) => [p.index, p.figure.label])).toEqual([[0, '收到申请']]);
    // 表三's rows of 本年新收 and 结转下年度 do not name 申请: only the sentence does.
    expect(found.tables).toEqual([]);
    expect(found.found).toBe(1);
  });

  it('keeps each table whole beside what it shows, and gives everything for an empty query', () => {
    const all = figuresNamed(layouts, report.proseFigures, ' ');
    expect(all.tables.map((t) => t.shown)).toEqual(layouts);
    expect(all.found).toBe(layouts.reduce((n, l) => n + l.rows.length, 0) + 2);
    const one = figuresNamed(layouts, report.proseFigures, '结转下年度').tables[0]!;
    expect(one.full).toBe(layouts[0]);
    expect(figuresNamed(layouts, report.proseFigures, '行政复议')).toEqual({ tables: [], prose: [], found: 0, first: null });
  });

  // UX review 4 no. 4: Enter in 查找数字 goes to the first figure found.
  it('gives the first figure found, by its own name where the row is not the one named, else the first sentence\'s', () => {
    const firstOf = (query: string) => figuresNamed(layouts, report.proseFigures, query).first;
    expect(firstOf('结转下年度')).toEqual({ table: 'applications', path: 'carriedForward.naturalPerson' });
    expect(firstOf('总计')).toEqual({ table: 'applications', path: 'newReceived.total' });
    expect(firstOf('申请')).toEqual({ table: 'proseFigures', path: '0' });
    expect([firstOf(''), firstOf('行政复议')]).toEqual([null, null]);
  });
});

describe('the standard tables named in English for the English panel (tester: 本年新制作, 自然人, 不予公开·属于国家秘密 left in Chinese)', () => {
  const names = (layout: TableLayout) => ({ title: layout.title, columns: layout.columns.map((c) => c.label), rows: layout.rows.map((r) => r.label) });

  it('names 表二 of the 2021 form, 表三 and 表四 by their rows and columns, an amount with its unit', () => {
    const [disclosure, applications, review] = tableLayouts(makeReport(), 'en');
    expect(names(disclosure!)).toEqual({
      title: 'Proactive disclosure of government information',
      columns: ['Issued this year', 'Repealed this year', 'In force', 'Decisions', 'Amount'],
      rows: ['Administrative rules', 'Normative documents', 'Administrative licensing', 'Administrative penalties', 'Administrative coercion', 'Administrative fees (10,000 yuan)'],
    });
    expect(disclosure!.rows.at(-1)!.cells.at(-1)!.label).toBe('Administrative fees · amount (10,000 yuan)');
    expect(names(applications!).columns).toEqual(['Individuals', 'Businesses', 'Research institutions', 'Public-interest organisations', 'Legal service providers', 'Other organisations', 'Total']);
    expect(names(applications!).rows.slice(4, 6)).toEqual(['Withheld · state secret', 'Withheld · barred by other laws or regulations']);
    expect(names(applications!).rows.slice(-5)).toEqual(['Otherwise handled · not corrected in time', 'Otherwise handled · fee not paid in time', 'Otherwise handled · other', 'Processed, in all', 'Carried forward to next year']);
    expect(applications!.rows[4]!.cells[0]!.label).toBe('Withheld · state secret · individuals');
    expect(names(review!)).toEqual({
      title: 'Administrative reconsideration and litigation over disclosure',
      columns: ['Upheld', 'Corrected', 'Other outcome', 'Pending', 'Total'],
      rows: ['Administrative reconsideration', 'Litigation without reconsideration first', 'Litigation after reconsideration'],
    });
    // Chinese stays the default: the CSV, the messages and the JSON's readers name the figures so.
    expect(tableLayouts(makeReport())[1]!.rows[4]!.cells[0]!.label).toBe('不予公开·属于国家秘密·自然人');
  });

  it('names 表二 of the 2019 form by its own columns, and the 2019 form\'s single 其他处理 row', () => {
    const report = makeReport({
      activeDisclosure: {
        regulations: { newlyMade: 0, newlyPublished: 0, totalPublished: 3 },
        licensing: { previousCount: 12, change: 1, decisions: 40 }, procurement: { projects: 2, amount: 35.5, unit: '万元' },
      },
      applications: zeroApplications('2019'),
    });
    const [disclosure, applications] = tableLayouts(report, 'en');
    expect(names(disclosure!)).toEqual({
      title: 'Proactive disclosure of government information',
      columns: ['Made this year', 'Published this year', 'Published, in all', 'Items last year', 'Change this year', 'Decisions', 'Procurement projects', 'Amount'],
      rows: ['Administrative rules', 'Administrative licensing', 'Government procurement (10,000 yuan)'],
    });
    expect(names(applications!).rows).toContain('Otherwise handled');
  });
});
