import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractWithCheerio } from '../../test/support/fixtures.ts';
import { compareYears } from './compare.ts';
import { storedSummary, summarize } from './summary.ts';

// 平潭综合实验区's reports of three years in the 2021 form and two 统计表 (test/fixtures/years/README.md), read as the CLI reads them.
const read = (year: number, address: string) => extractWithCheerio(
  readFileSync(`test/fixtures/years/pingtan-${year}.html`, 'utf8'), `https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/${address}.htm`).report;
const y2021 = read(2021, '202202/t20220208_80613');
const y2022 = read(2022, '202302/t20230220_80629');
const y2023 = read(2023, '202403/t20240308_87885');

describe('sideBySide', () => {
  it('puts two years\' totals side by side with the change, the carried figures agreeing, and says which rules checked what', () => {
    const [view] = compareYears(y2022, [summarize(y2021)!]).sideBySide;
    expect(view!.years).toEqual({ earlier: 2021, later: 2022 });
    expect(view!.figures.map(({ table, figure, earlier, later, change }) => [table, figure, earlier, later, change])).toEqual([
      ['activeDisclosure', 'regulations.inForce', 0, 0, 0],
      ['activeDisclosure', 'normativeDocuments.inForce', 665, 698, 33],
      ['applications', 'newReceived', 70, 74, 4],
      ['applications', 'carriedOver', 0, 1, 1],
      ['applications', 'granted', 30, 21, -9],
      ['applications', 'totalProcessed', 69, 75, 6],
      ['applications', 'carriedForward', 1, 0, -1],
      ['reviewLitigation', 'review', 3, 2, -1],
      ['reviewLitigation', 'litigationDirect', 12, 1, -11],
      ['reviewLitigation', 'litigationAfterReview', 0, 0, 0],
    ]);
    // 2021 carried one application by an individual into 2022, which 2022 carried over; 665 + 88 − 55 = 698.
    expect(view!.carried).toEqual({ earlier: 1, later: 1, agrees: true });
    // The rules of the 2019 form's 表二 do not apply to two reports in the 2021 form.
    expect(view!.rules).toEqual([
      { rule: 'years/carried-over', compared: 7, failed: 0 },
      { rule: 'years/in-force', compared: 2, failed: 0 },
    ]);
  });

  it('is the same seen from the earlier year, and counts a rule\'s failed comparisons (2023: 698 + 77 − 132 ≠ 470 规范性文件 in force)', () => {
    const [view] = compareYears(y2022, [summarize(y2023)!]).sideBySide;
    expect(view!.years).toEqual({ earlier: 2022, later: 2023 });
    expect(view!.other.year).toBe(2023);
    expect(view!.figures.find((f) => f.figure === 'normativeDocuments.inForce')).toMatchObject({ earlier: 698, later: 470, change: -228 });
    expect(view!.carried).toEqual({ earlier: 0, later: 0, agrees: true });
    expect(view!.rules.find((r) => r.rule === 'years/in-force')).toEqual({ rule: 'years/in-force', compared: 2, failed: 1 });
  });

  it('shows what a summary remembered by an older version kept, and no figure it did not keep', () => {
    const { reviewLitigation: _, site: __, ...kept } = summarize(y2021)!;
    const older = { ...kept, applications: { carriedOver: kept.applications!.carriedOver, carriedForward: kept.applications!.carriedForward } };
    const [view] = compareYears(y2022, [storedSummary(JSON.parse(JSON.stringify(older)))!]).sideBySide;
    expect(view!.figures.find((f) => f.figure === 'newReceived')).toEqual({ table: 'applications', figure: 'newReceived', earlier: null, later: 74, change: null });
    expect(view!.figures.find((f) => f.figure === 'review')).toMatchObject({ earlier: null, later: 2 });
    expect(view!.carried).toEqual({ earlier: 1, later: 1, agrees: true });
  });

  it('shows two 统计表 by their check of 历年累计 alone: no totals of the standard tables, no carried applications (2011 and 2012)', () => {
    const y2011 = read(2011, '201204/t20120420_80678');
    const y2012 = read(2012, '201302/t20130228_80734');
    const { report, sideBySide: [view] } = compareYears(y2012, [summarize(y2011)!]);
    expect(view!.years).toEqual({ earlier: 2011, later: 2012 });
    expect(view!.figures).toEqual([]);
    expect(view!.carried).toBeNull();
    // 1516 + 739 ≠ 4359 for 主动公开信息数 and 1509 + 739 for its 网站公开, and 政府公报公开's 7 in all fell to 0.
    expect(view!.rules).toEqual([{ rule: 'years/cumulative', compared: 14, failed: 3 }]);
    expect(report.warnings.filter((w) => w.rule === 'years/cumulative').map((w) => w.actual)).toEqual([4359, 4359, 0]);
  });

  it('has nothing to show where no report of an adjacent year is known', () => {
    expect(compareYears(y2023, [summarize(y2021)!]).sideBySide).toEqual([]);
  });
});
