import { describe, expect, it } from 'vitest';
import { findingsOf, makeReport } from '../../../test/support/report.ts';
import { signedBeforePublished } from './signed-before-published.ts';

const report = (signedAt: string | null, publishedAt: string | null) => makeReport({ document: { year: 2014, signedAt, publishedAt } });

describe('document/signed-before-published', () => {
  // 平潭综合实验区交通与建设局: 2013 report signed 2014年2月14日, published 2014-02-17; 2016 report signed and published 2017-01-12.
  it('passes a report signed before or on the day it was published, and one without either date', () => {
    expect(findingsOf(signedBeforePublished, report('2014-02-14', '2014-02-17'))).toEqual([]);
    expect(findingsOf(signedBeforePublished, report('2017-01-12', '2017-01-12'))).toEqual([]);
    expect(findingsOf(signedBeforePublished, report(null, '2015-01-30'))).toEqual([]);
    expect(findingsOf(signedBeforePublished, report('2015-02-04', null))).toEqual([]);
  });

  // 平潭综合实验区交通与建设局2014年度…报告 (时间：2015-01-30, signed 平潭综合实验区交通与建设局 2015年2月4日); 湘西自治州行政审批服务局
  // 2022 (2023-01-20 on the page, (2023年1月28日) under the title).
  it('warns of jtj-2014, published 2015-01-30 and signed 2015年2月4日', () => {
    expect(findingsOf(signedBeforePublished, report('2015-02-04', '2015-01-30'))).toMatchObject([{
      severity: 'warning',
      message: '落款日期为2015年2月4日，晚于发布日期2015年1月30日5天：报告不能在写成之前发布，两个日期至少有一个有误（落款笔误，或发布后换了新稿而沿用了旧的发布日期）',
      cells: [{ table: 'document', path: 'signedAt' }, { table: 'document', path: 'publishedAt' }],
    }]);
    expect(findingsOf(signedBeforePublished, report('2023-01-28', '2023-01-20'))).toHaveLength(1);
  });
});
