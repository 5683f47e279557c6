import { describe, expect, it } from 'vitest';
import { makeReport, yearFindingsOf } from '../../../test/support/report.ts';
import { totalPublished } from './total-published.ts';

type Row = { newlyMade?: number | null; newlyPublished: number | null; totalPublished: number | null };

describe('years/total-published', () => {
  // 表二 of 平潭综合实验区's reports for 2019 and 2020 (tmp/probe/CB), both in the 2019 format, as a city's government's,
  // which makes 规章 (a zone's 规章 row filled is left to activeDisclosure/regulations-power, below).
  const report = (year: number, regulations: Row, normativeDocuments: Row, format: '2019' | '2021' = '2019', issuer = '福州市人民政府') =>
    makeReport({ document: { year, format, issuer }, activeDisclosure: { regulations, normativeDocuments } });
  const pingtan2019 = report(2019, { newlyMade: 0, newlyPublished: 0, totalPublished: 0 }, { newlyMade: 89, newlyPublished: 89, totalPublished: 89 });
  const pingtan2020 = (regulationsTotal: number) =>
    report(2020, { newlyMade: 0, newlyPublished: 0, totalPublished: regulationsTotal }, { newlyMade: 77, newlyPublished: 77, totalPublished: 166 });

  it('passes when the total grew by what was newly published (规范性文件 89 + 77 = 166)', () => {
    expect(yearFindingsOf(totalPublished, pingtan2019, pingtan2020(0), 'later')).toEqual([]);
  });

  const message = '规章：2019年度报告对外公开总数量0件+2020年度报告本年新公开0件=0件，2020年度报告对外公开总数量7件，多出7件；除非统计范围有变（如机构合并），两份报告中有数字有误';

  it('warns on the later report\'s figures when the total grew with nothing newly published, naming both reports by year', () => {
    expect(yearFindingsOf(totalPublished, pingtan2019, pingtan2020(7), 'later')).toEqual([expect.objectContaining({
      severity: 'warning', message, expected: null, actual: 7,
      cells: ['newlyPublished', 'totalPublished'].map((f) => ({ table: 'activeDisclosure', path: `regulations.${f}` })),
    })]);
  });

  it('says the same on the earlier report\'s 对外公开总数量 when it is the one read', () => {
    expect(yearFindingsOf(totalPublished, pingtan2019, pingtan2020(7), 'earlier')).toEqual([expect.objectContaining({
      message, expected: null, actual: 0, cells: [{ table: 'activeDisclosure', path: 'regulations.totalPublished' }],
    })]);
  });

  it('leaves the 规章 row of a body that makes none to regulations-power, which says it of the report that fills it (平潭 2020: 7)', () => {
    const zone = (year: number, regulationsTotal: number, normative: Row) =>
      report(year, { newlyMade: 0, newlyPublished: 0, totalPublished: regulationsTotal }, normative, '2019', '平潭综合实验区');
    const [zone2019, zone2020] = [zone(2019, 0, { newlyPublished: 89, totalPublished: 89 }), zone(2020, 7, { newlyPublished: 77, totalPublished: 170 })];
    for (const side of ['earlier', 'later'] as const) {
      expect(yearFindingsOf(totalPublished, zone2019, zone2020, side).map((w) => w.message.split('：')[0])).toEqual(['规范性文件']);
    }
  });

  it('lets the total fall (documents repealed and taken down), and passes a body that counts each year\'s alone', () => {
    const fallen = report(2020, { newlyPublished: 0, totalPublished: 0 }, { newlyPublished: 10, totalPublished: 60 });
    expect(yearFindingsOf(totalPublished, pingtan2019, fallen, 'later')).toEqual([]);
    // 对外公开总数量 filled as the year's own count, as many reports do: 30 in 2019, 11 in 2020.
    const yearly = (year: number, n: number) => report(year, { newlyPublished: 0, totalPublished: 0 }, { newlyPublished: n, totalPublished: n });
    expect(yearFindingsOf(totalPublished, yearly(2019, 30), yearly(2020, 11), 'later')).toEqual([]);
  });

  it('checks nothing where the later report left 本年新公开数量 blank: a blank is not 0', () => {
    const blank = report(2020, { newlyPublished: null, totalPublished: 7 }, { newlyPublished: 77, totalPublished: 166 });
    expect(yearFindingsOf(totalPublished, pingtan2019, blank, 'later')).toEqual([]);
  });

  it('compares two reports in the 2019 format whatever their years, and none across the change to the 2021 format', () => {
    const report2020 = report(2020, { newlyPublished: 0, totalPublished: 0 }, { newlyPublished: 77, totalPublished: 166 });
    const late2019Format = report(2021, { newlyPublished: 0, totalPublished: 7 }, { newlyPublished: 0, totalPublished: 166 });
    expect(yearFindingsOf(totalPublished, report2020, late2019Format, 'later')).toEqual([expect.objectContaining({ actual: 7 })]);
    const report2021 = makeReport({ document: { year: 2021 }, activeDisclosure: { normativeDocuments: { issued: 5, repealed: 2, inForce: 900 } } });
    expect(yearFindingsOf(totalPublished, report2020, report2021, 'later')).toEqual([]);
  });
});
