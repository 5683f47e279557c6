import { describe, expect, it } from 'vitest';
import { makeReport } from '../test/support/report.ts';
import { figureName, tableLayouts } from './labels.ts';

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
    expect(figureName(report, 'legacyStats', '2')).toBe('统计表"(一)1.按时办结数"');
  });
});
