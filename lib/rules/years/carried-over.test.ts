import { describe, expect, it } from 'vitest';
import { makeReport, setFigures, yearFindingsOf } from '../../../test/support/report.ts';
import { carriedOver } from './carried-over.ts';

describe('years/carried-over', () => {
  // A bureau that carried two applications by individuals into 2022.
  const report2021 = () => setFigures(makeReport(), 'applications', {
    'newReceived.naturalPerson': 5, 'newReceived.total': 5, 'granted.naturalPerson': 3, 'granted.total': 3,
    'totalProcessed.naturalPerson': 3, 'totalProcessed.total': 3, 'carriedForward.naturalPerson': 2, 'carriedForward.total': 2,
  });
  const report2022 = (over: number | null) => setFigures(makeReport({ document: { year: 2022 } }), 'applications', {
    'carriedOver.naturalPerson': over, 'carriedOver.total': over, 'granted.naturalPerson': over ?? 0, 'granted.total': over ?? 0,
    'totalProcessed.naturalPerson': over ?? 0, 'totalProcessed.total': over ?? 0,
  });

  it('passes when this year carries over what last year carried forward', () => {
    expect(yearFindingsOf(carriedOver, report2021(), report2022(2), 'later')).toEqual([]);
    expect(yearFindingsOf(carriedOver, report2021(), report2022(2), 'earlier')).toEqual([]);
  });

  it('names the later report\'s 上年结转 when it is the one read', () => {
    expect(yearFindingsOf(carriedOver, report2021(), report2022(0), 'later')).toEqual([
      expect.objectContaining({
        severity: 'error', expected: 2, actual: 0,
        message: '自然人列：本报告（2022年度）“上年结转”0件，2021年度报告“结转下年度继续办理”2件，两者应相等，相差2',
        cells: [{ table: 'applications', path: 'carriedOver.naturalPerson' }],
      }),
      expect.objectContaining({ cells: [{ table: 'applications', path: 'carriedOver.total' }] }),
    ]);
  });

  it('names the earlier report\'s 结转下年度 when it is the one read', () => {
    expect(yearFindingsOf(carriedOver, report2021(), report2022(0), 'earlier')[0]).toMatchObject({
      expected: 0, actual: 2,
      message: '自然人列：本报告（2021年度）“结转下年度继续办理”2件，2022年度报告“上年结转”0件，两者应相等，相差2',
      cells: [{ table: 'applications', path: 'carriedForward.naturalPerson' }],
    });
  });

  it('takes a blank cell on either side for a gap in that page, not a contradiction', () => {
    expect(yearFindingsOf(carriedOver, report2021(), report2022(null), 'later')).toEqual([]);
  });
});
