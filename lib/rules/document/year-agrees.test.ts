import { describe, expect, it } from 'vitest';
import { findingsOf, makeContext, makeReport } from '../../../test/support/report.ts';
import { yearAgrees } from './year-agrees.ts';

describe('document/year-agrees', () => {
  const body2021 = ['2021年，我局坚持以公开为常态…', '2021年共主动公开信息78条', '2022年，我局将…'];

  it('passes when title, year, period and body agree (a plan for next year is fine)', () => {
    expect(findingsOf(yearAgrees, makeReport(), makeContext({ lines: body2021 }))).toEqual([]);
  });

  it('fails a 统计期限 left at last year', () => {
    const report = makeReport({ document: { period: { start: '2020-01-01', end: '2020-12-31' } } });
    expect(findingsOf(yearAgrees, report)).toMatchObject([{
      severity: 'error', expected: 2021, actual: 2020,
      message: '报告年度前后不一：标题为2021年，报告年度为2021年，统计期限为2020年1月1日至2020年12月31日',
      // Each claim's place: the year's (read from the title, so lit there) and the period's.
      cells: [{ table: 'document', path: 'year' }, { table: 'document', path: 'period' }],
    }]);
  });

  it('takes a period from last December for the year it mostly covers', () => {
    const report = makeReport({ document: { period: { start: '2020-12-01', end: '2021-11-30' } } });
    expect(findingsOf(yearAgrees, report, makeContext({ lines: body2021 }))).toEqual([]);
  });

  it('warns when the body is mostly about another year', () => {
    const lines = ['2020年，我局坚持…', '2020年共主动公开信息78条', '2020年未收到申请', '2021年…'];
    expect(findingsOf(yearAgrees, makeReport(), makeContext({ lines }))).toMatchObject([
      { severity: 'warning', expected: 2021, actual: 2020 },
    ]);
  });
});
