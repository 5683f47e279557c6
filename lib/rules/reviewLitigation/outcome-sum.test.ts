import { describe, expect, it } from 'vitest';
import { findingsOf, makeReport, setFigures } from '../../../test/support/report.ts';
import { outcomeSum } from './outcome-sum.ts';

describe('reviewLitigation/outcome-sum', () => {
  // shanghai-office-2019: 复议 5 维持 + 2 未审结 = 7, the rest left blank.
  const shanghai = () => setFigures(makeReport(), 'reviewLitigation', {
    'review.upheld': 5, 'review.corrected': null, 'review.other': null, 'review.pending': 2, 'review.total': 7,
  });

  it('passes when the outcomes add up, blanks counting as 0', () => {
    expect(findingsOf(outcomeSum, shanghai())).toEqual([]);
  });

  it('fails a group whose outcomes do not add up to 总计', () => {
    const report = setFigures(shanghai(), 'reviewLitigation', { 'litigationDirect.upheld': 1 });
    const findings = findingsOf(outcomeSum, report);
    expect(findings).toMatchObject([{
      severity: 'error', expected: 1, actual: 0,
      message: '行政诉讼（未经复议直接起诉）：结果维持(1)+结果纠正(0)+其他结果(0)+尚未审结(0)=1，总计(0)，相差1',
    }]);
    expect(findings[0]!.cells).toHaveLength(5);
  });
});
