import { describe, expect, it } from 'vitest';
import { findingsOf, makeReport, setFigures } from '../../../test/support/report.ts';
import { columnBalance } from './column-balance.ts';

describe('applications/column-balance', () => {
  const received33 = () => setFigures(makeReport(), 'applications', {
    'newReceived.naturalPerson': 33, 'newReceived.total': 33,
    'totalProcessed.naturalPerson': 32, 'totalProcessed.total': 32,
    'carriedForward.naturalPerson': 1, 'carriedForward.total': 1,
  });

  it('passes when every column balances', () => {
    expect(findingsOf(columnBalance, received33())).toEqual([]);
  });

  it('fails a column whose outflow exceeds its inflow, naming all four cells', () => {
    const report = setFigures(received33(), 'applications', { 'totalProcessed.naturalPerson': 33 });
    const [finding, ...rest] = findingsOf(columnBalance, report);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'error', expected: 33, actual: 34,
      message: '自然人列：本年新收(33)+上年结转(0)=33，办理结果总计(33)+结转下年度(1)=34，相差1',
    });
    expect(finding!.cells.map((c) => c.path)).toEqual([
      'newReceived.naturalPerson', 'carriedOver.naturalPerson', 'totalProcessed.naturalPerson', 'carriedForward.naturalPerson',
    ]);
  });

  it('says nothing of a table whose page dropped one of the four rows', () => {
    const { totalProcessed: _, ...rest } = received33().applications!;
    expect(findingsOf(columnBalance, makeReport({ applications: rest as ReturnType<typeof makeReport>['applications'] }))).toEqual([]);
  });

  it('counts blank cells as 0 and says so', () => {
    const report = setFigures(received33(), 'applications', { 'carriedOver.naturalPerson': null, 'carriedForward.naturalPerson': 2 });
    expect(findingsOf(columnBalance, report)[0]!.message).toContain('相差1（空白格按0计）');
  });

  it('warns, not errs, when the 总计 was left blank, and names that blank cell alone: the figures stated around it are right', () => {
    const report = setFigures(received33(), 'applications', { 'totalProcessed.naturalPerson': null });
    expect(findingsOf(columnBalance, report)).toMatchObject([{ severity: 'warning', cells: [{ table: 'applications', path: 'totalProcessed.naturalPerson' }] }]);
  });

  it('gives a side left all blank as null, not as the 0 its blanks sum to', () => {
    const report = setFigures(received33(), 'applications', { 'totalProcessed.naturalPerson': null, 'carriedForward.naturalPerson': null });
    expect(findingsOf(columnBalance, report)).toMatchObject([{
      severity: 'warning', expected: 33, actual: null,
      message: '自然人列：本年新收(33)+上年结转(0)=33，办理结果总计(空白)+结转下年度(空白)=空白；一方留空，无法核对（多半是漏填）',
    }]);
  });
});
