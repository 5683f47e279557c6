import { describe, expect, it } from 'vitest';
import { makeReport } from '../test/support/report.ts';
import { figureName, figuresNamed, tableLayouts } from './labels.ts';

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
    expect(legacy.rows.map((r) => r.label)).toEqual(['(一) 收到申请数（件）', '(一) 申请办结数（件）', '(一).1 按时办结数（件）']);
    expect(figureName(report, 'legacyStats', '2')).toBe('统计表“(一)1.按时办结数”');
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
    expect(figuresNamed(layouts, report.proseFigures, '行政复议')).toEqual({ tables: [], prose: [], found: 0 });
  });
});
