import { describe, expect, it } from 'vitest';
import { makeReport, yearFindingsOf } from '../../../test/support/report.ts';
import { summarize } from '../../years/summary.ts';
import { inForce } from './in-force.ts';

describe('years/in-force', () => {
  const report2022 = makeReport({ document: { year: 2022 }, activeDisclosure: { normativeDocuments: { issued: 6, repealed: 1, inForce: 40 } } });
  const report2023 = (stillInForce: number) => makeReport({
    document: { year: 2023 }, activeDisclosure: { normativeDocuments: { issued: 5, repealed: 2, inForce: stillInForce } },
  });

  it('passes when last year\'s documents in force, plus those issued, less those repealed, are in force', () => {
    expect(yearFindingsOf(inForce, report2022, report2023(43), 'later')).toEqual([]);
  });

  const message = '规范性文件：2022年度报告现行有效40件+2023年度报告本年制发5件−本年废止2件=43件，2023年度报告现行有效30件，相差13；除非有文件到期失效或修订，两份报告中有数字有误';

  it('warns on the later report\'s figures when documents vanish between the years, naming both reports by year', () => {
    expect(yearFindingsOf(inForce, report2022, report2023(30), 'later')).toEqual([expect.objectContaining({
      severity: 'warning', message, expected: null, actual: 30,
      cells: ['issued', 'repealed', 'inForce'].map((f) => ({ table: 'activeDisclosure', path: `normativeDocuments.${f}` })),
    })]);
  });

  it('says the same on the earlier report\'s 现行有效 when it is the one read', () => {
    expect(yearFindingsOf(inForce, report2022, report2023(30), 'earlier')).toEqual([expect.objectContaining({
      message, expected: null, actual: 40, cells: [{ table: 'activeDisclosure', path: 'normativeDocuments.inForce' }],
    })]);
  });

  it('leaves the 规章 row of a township that fills it to regulations-power, and checks its 0s (桃江县松木塘镇 2022 and 2023)', () => {
    const songmutang = (year: number, regulations: Record<string, number>, inForce: number) => makeReport({
      document: { year, issuer: '桃江县松木塘镇人民政府' },
      activeDisclosure: { regulations, normativeDocuments: { issued: 2, repealed: 0, inForce } },
    });
    const y2022 = songmutang(2022, { issued: 2, repealed: 0, inForce: 2 }, 2);
    const y2023 = songmutang(2023, { issued: 0, repealed: 0, inForce: 0 }, 2);
    // 2022's 规章 2 in force gone in 2023 is regulations-power's finding on 2022; 规范性文件 2 + 2 ≠ 2 stays.
    expect(yearFindingsOf(inForce, y2022, y2023, 'later').map((w) => w.message.split('：')[0])).toEqual(['规范性文件']);
    const zeros = songmutang(2022, { issued: 0, repealed: 0, inForce: 0 }, 0);
    expect(yearFindingsOf(inForce, zeros, y2023, 'later')).toEqual([]);
    expect(inForce.check({ earlier: summarize(zeros)!, later: summarize(y2023)!, current: 'later' }).compared).toBe(2);
  });

  it('checks nothing where the later report left 本年废止 blank: a blank is not 0', () => {
    const blank = makeReport({ document: { year: 2023 }, activeDisclosure: { normativeDocuments: { issued: 5, repealed: null, inForce: 30 } } });
    expect(yearFindingsOf(inForce, report2022, blank, 'later')).toEqual([]);
  });

  it('leaves a 2019-format year alone: its 对外公开总数量 counts documents published, not those in force', () => {
    const report2020 = makeReport({
      document: { year: 2020, format: '2019' },
      activeDisclosure: { normativeDocuments: { newlyMade: 6, newlyPublished: 6, totalPublished: 40 } },
    });
    const report2021 = makeReport({ document: { year: 2021 }, activeDisclosure: { normativeDocuments: { issued: 5, repealed: 2, inForce: 30 } } });
    expect(yearFindingsOf(inForce, report2020, report2021, 'later')).toEqual([]);
  });
});
