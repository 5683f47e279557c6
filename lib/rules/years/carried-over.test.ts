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

  // Either report may hold the error: the finding names both by year, the same on both, and gives as
  // actual the figure of the report it is shown on, with no expected figure to set it right.
  const message = '自然人列：2021年度报告“结转下年度继续办理”2件，2022年度报告“上年结转”0件，两者应相等，相差2';

  it('names both reports by year on the later one, at its 上年结转', () => {
    expect(yearFindingsOf(carriedOver, report2021(), report2022(0), 'later')).toEqual([
      expect.objectContaining({
        severity: 'error', message, expected: null, actual: 0,
        cells: [{ table: 'applications', path: 'carriedOver.naturalPerson' }],
      }),
      expect.objectContaining({ cells: [{ table: 'applications', path: 'carriedOver.total' }] }),
    ]);
  });

  it('says the same on the earlier one, at its 结转下年度继续办理', () => {
    expect(yearFindingsOf(carriedOver, report2021(), report2022(0), 'earlier')[0]).toEqual(expect.objectContaining({
      severity: 'error', message, expected: null, actual: 2,
      cells: [{ table: 'applications', path: 'carriedForward.naturalPerson' }],
    }));
  });

  it('takes a blank cell on either side for a gap in that page, not a contradiction', () => {
    expect(yearFindingsOf(carriedOver, report2021(), report2022(null), 'later')).toEqual([]);
  });
});
