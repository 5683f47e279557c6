import { describe, expect, it } from 'vitest';
import { findingsOf, makeReport } from '../../../test/support/report.ts';
import { inForceBalance } from './in-force-balance.ts';

describe('activeDisclosure/in-force-balance', () => {
  const report2021 = (inForce: number) => makeReport({
    activeDisclosure: { normativeDocuments: { issued: 12, repealed: 3, inForce } },
  });

  it('passes when at least the documents issued and not repealed are in force', () => {
    expect(findingsOf(inForceBalance, report2021(40))).toEqual([]);
  });

  it('warns when fewer are in force than were issued and not repealed', () => {
    expect(findingsOf(inForceBalance, report2021(5))).toMatchObject([{
      severity: 'warning', expected: 9, actual: 5,
      message: '规范性文件：本年制发(12)−本年废止(3)=9，现行有效件数只有5，少了4；除非有文件当年到期失效，数字有误',
    }]);
  });
});
