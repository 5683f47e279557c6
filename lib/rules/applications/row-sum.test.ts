import { describe, expect, it } from 'vitest';
import { findingsOf, makeReport, setFigures } from '../../../test/support/report.ts';
import { rowSum } from './row-sum.ts';

describe('applications/row-sum', () => {
  const granted = () => setFigures(makeReport(), 'applications', {
    'granted.naturalPerson': 27, 'granted.commercial': 2, 'granted.legalService': 4, 'granted.total': 33,
  });

  it('passes when every row adds up to its 总计', () => {
    expect(findingsOf(rowSum, granted())).toEqual([]);
  });

  it('fails a row whose applicant columns do not add up to 总计', () => {
    const report = setFigures(granted(), 'applications', { 'granted.total': 34 });
    expect(findingsOf(rowSum, report)).toMatchObject([{
      severity: 'error', expected: 33, actual: 34,
      message: '予以公开行：自然人(27)+商业企业(2)+科研机构(0)+社会公益组织(0)+法律服务机构(4)+其他组织(0)=33，总计(34)，相差1',
    }]);
  });

  it('gathers rows whose 总计 was left blank into one warning', () => {
    // As on shanghai-office-2019: the 总计 column is blank except in the top and bottom rows.
    const report = setFigures(granted(), 'applications', {
      'granted.total': null, 'partiallyGranted.naturalPerson': 3, 'partiallyGranted.total': null,
      'totalProcessed.naturalPerson': 30, 'totalProcessed.commercial': 2, 'totalProcessed.legalService': 4, 'totalProcessed.total': 36,
    });
    const findings = findingsOf(rowSum, report);
    expect(findings).toMatchObject([{ severity: 'warning' }]);
    expect(findings[0]!.message).toContain('予以公开（各列合计33，总计空白）、部分公开（各列合计3，总计空白）');
    expect(findings[0]!.cells).toContainEqual({ table: 'applications', path: 'partiallyGranted.total' });
  });
});
