import { describe, expect, it } from 'vitest';
import type { ProseFigure } from '../../schema.ts';
import { findingsOf, makeReport, setFigures } from '../../../test/support/report.ts';
import { feeNotices } from './fee-notices.ts';

const notices = (value: number, text = `本年度发出收费通知${value}件，实际收取信息处理费0元`): ProseFigure =>
  ({ label: '发出收费通知', value, unit: '件', approximate: false, text, parts: [] });
/** A 2022 report whose 表三 closes `unpaid` applications for an unpaid fee, `carried` of its applications carried over. */
const report = (unpaid: number, carried: number, figures: ProseFigure[] = []) => {
  const r = makeReport({ document: { year: 2022 }, proseFigures: figures });
  return setFigures(r, 'applications', {
    'otherHandling.noFee.naturalPerson': unpaid, 'otherHandling.noFee.total': unpaid,
    'carriedOver.naturalPerson': carried, 'carriedOver.total': carried,
  });
};
// The prose reader's figure of "本年度未发出收费通知，未收取信息处理费。".
const none = notices(0, '本年度未发出收费通知，未收取信息处理费');

describe('prose/fee-notices', () => {
  it('passes as many applications closed for an unpaid fee as notices sent, or fewer', () => {
    expect(findingsOf(feeNotices, report(2, 0, [notices(2)]))).toEqual([]);
    expect(findingsOf(feeNotices, report(0, 0, [none]))).toEqual([]);
  });

  it('fails more such applications than notices sent', () => {
    expect(findingsOf(feeNotices, report(3, 0, [none]))).toEqual([{
      rule: 'prose/fee-notices', severity: 'error', expected: 0, actual: 3,
      cells: [{ table: 'applications', path: 'otherHandling.noFee.total' }, { table: 'proseFigures', path: '0' }],
      message: '表三“申请人逾期未按收费通知要求缴纳费用”总计3件，而正文“本年度未发出收费通知，未收取信息处理费”说本年度发出收费通知0件：逾期未缴费的申请都先收到过收费通知，不会多于发出的通知',
    }]);
    expect(findingsOf(feeNotices, report(3, 0, [notices(1)]))).toMatchObject([{ expected: 1, actual: 3, cells: [{}, { table: 'proseFigures', path: '0' }] }]);
  });

  it('allows for applications carried over, whose notices may have gone out the year before', () => {
    expect(findingsOf(feeNotices, report(3, 2, [notices(1)]))).toEqual([]);
    expect(findingsOf(feeNotices, report(4, 2, [notices(1)]))[0]!.message).toContain('说本年度发出收费通知1件（加上年结转的申请2件也只有3件）：');
  });

  it('compares no notices of another year, or of the office alone', () => {
    expect(findingsOf(feeNotices, report(3, 0, [notices(1, '2021年发出收费通知1件')]))).toEqual([]);
    expect(findingsOf(feeNotices, report(3, 0, [notices(1, '市政府本级发出收费通知1件')]))).toEqual([]);
  });
});
