import { describe, expect, it } from 'vitest';
import { findingsOf, makeReport } from '../../../test/support/report.ts';
import { publishedWithinTotal } from './published-within-total.ts';

describe('activeDisclosure/published-within-total', () => {
  // tieling-2019: 规范性文件 327 made, 300 published, 1109 published in all.
  const report2019 = (totalPublished: number) => makeReport({
    document: { format: '2019', year: 2019 },
    activeDisclosure: {
      regulations: { newlyMade: 13, newlyPublished: 13, totalPublished: 90 },
      normativeDocuments: { newlyMade: 327, newlyPublished: 300, totalPublished },
    },
  });

  it('passes when the total includes this year', () => {
    expect(findingsOf(publishedWithinTotal, report2019(1109))).toEqual([]);
  });

  it('fails when more was published this year than in all', () => {
    expect(findingsOf(publishedWithinTotal, report2019(290))).toMatchObject([{
      severity: 'error', expected: 300, actual: 290,
      cells: [{ path: 'normativeDocuments.newlyPublished' }, { path: 'normativeDocuments.totalPublished' }],
    }]);
  });
});
