import { describe, expect, it } from 'vitest';
import { findingsOf, makeContext, makeReport, setFigures, zeroApplications } from '../../../test/support/report.ts';
import { allRows } from './rows.ts';
import { outcomeSum } from './outcome-sum.ts';

describe('applications/outcome-sum', () => {
  const outcomes = () => setFigures(makeReport(), 'applications', {
    'granted.naturalPerson': 27, 'withheld.stateSecret.naturalPerson': 3, 'withheld.thirdPartyRights.naturalPerson': 1,
    'unavailable.notHeld.naturalPerson': 2, 'totalProcessed.naturalPerson': 33,
  });

  it('passes when the outcome rows add up to (七)总计', () => {
    expect(findingsOf(outcomeSum, outcomes())).toEqual([]);
  });

  it('fails with the subtotals by group in the message and every figure in cells', () => {
    const report = setFigures(outcomes(), 'applications', { 'totalProcessed.naturalPerson': 34 });
    const [finding] = findingsOf(outcomeSum, report);
    expect(finding).toMatchObject({
      severity: 'error', expected: 33, actual: 34,
      message: '自然人列：予以公开(27)+部分公开(0)+不予公开小计(4)+无法提供小计(2)+不予处理小计(0)+其他处理小计(0)=33，(七)总计(34)，相差1',
    });
    const paths = finding!.cells.map((c) => c.path);
    expect(paths).toContain('withheld.stateSecret.naturalPerson');
    expect(paths).toContain('otherHandling.noFee.naturalPerson');
    expect(paths).toContain('totalProcessed.naturalPerson');
    expect(paths).toHaveLength(2 + 8 + 3 + 5 + 3 + 1);
  });

  it('adds up no part of 表三 on one page of a report cut into pages, its (一)予以公开 and (二)部分公开 on another', () => {
    // tieling-2019's page 2 opening on (三)不予公开: 4 + 2 of (七)总计 33 in the 自然人 column, 予以公开's 27 on page 1.
    const report = outcomes();
    report.applications = { ...report.applications!, newReceived: undefined, carriedOver: undefined, granted: undefined, partiallyGranted: undefined };
    expect(findingsOf(outcomeSum, report)).toMatchObject([{ severity: 'error', expected: 6, actual: 33 }]);
    expect(findingsOf(outcomeSum, report, makeContext({ pagination: { page: 2, pages: 3 } }))).toEqual([]);
  });

  it('still adds up 表三 shown whole on one page of a paged report when a group between its rows is missing', () => {
    // tieling-2019's page 1 holding 表三 from 本年新收 to 结转下年度, its (四)无法提供 rows (2 of the 自然人 column) dropped.
    const report = outcomes();
    report.applications = { ...report.applications!, unavailable: undefined };
    expect(findingsOf(outcomeSum, report, makeContext({ pagination: { page: 1, pages: 3 } })))
      .toMatchObject([{ severity: 'error', expected: 31, actual: 33 }]);
  });

  it('uses the single (六)其他处理 row of the 2019 format', () => {
    const report = setFigures(makeReport({ applications: zeroApplications('2019') }), 'applications', {
      'otherHandling.all.naturalPerson': 2,
    });
    expect(findingsOf(outcomeSum, report)[0]!.cells.map((c) => c.path)).toContain('otherHandling.all.naturalPerson');
  });

  it('warns when a column of outcomes was left blank but (七)总计 was filled', () => {
    const report = makeReport();
    for (const row of allRows(report.applications!)) setFigures(report, 'applications', { [`${row.path}.commercial`]: null });
    setFigures(report, 'applications', { 'totalProcessed.commercial': 35 });
    expect(findingsOf(outcomeSum, report)).toMatchObject([{ severity: 'warning', expected: null, actual: 35 }]);
  });

  it('leaves a blank 总计 column to row-sum (shanghai-office-2019)', () => {
    const report = makeReport();
    for (const row of allRows(report.applications!)) setFigures(report, 'applications', { [`${row.path}.total`]: null });
    setFigures(report, 'applications', { 'totalProcessed.total': 805 });
    expect(findingsOf(outcomeSum, report)).toEqual([]);
  });
});
