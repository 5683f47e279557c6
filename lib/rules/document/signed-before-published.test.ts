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

  // 湘西自治州行政审批服务局2022年政府信息公开工作年度报告 at …/202302/t20230221_1984593.html: the page says 2023-01-20 12:00,
  // the heading's 落款 (2023年1月28日); the address says it went up on 21 February, after the signature.
  it('blames the page\'s date alone where the address dates the page after the signature (hn-xxz-xzsp-2022)', () => {
    const xxz = makeReport({ document: { year: 2022, signedAt: '2023-01-28', publishedAt: '2023-01-20' } });
    xxz.source.url = 'https://www.xxz.gov.cn/zwgk/zfxxgknb/2022_65289/202302/t20230221_1984593.html';
    expect(findingsOf(signedBeforePublished, xxz)).toMatchObject([{
      message: '落款日期为2023年1月28日，晚于发布日期2023年1月20日8天；页面地址中的日期（t20230221）为2023年2月21日，在落款之后：页面所注的发布日期多半有误，报告应是落款之后才发布的',
      cells: [{ table: 'document', path: 'publishedAt' }],
    }]);
    // jtj-2014's address (…/201501/t20150130_80810.htm) agrees with its page's date: either date may be the wrong one.
    const jtj = report('2015-02-04', '2015-01-30');
    jtj.source.url = 'https://www.pingtan.gov.cn/zwgk/zfxxgk/dfbmptlj/ptzhsyqbm/ptzhsyqjtj/zfxxgknb/201501/t20150130_80810.htm';
    expect(findingsOf(signedBeforePublished, jtj)[0]!.cells).toHaveLength(2);
    // An address dated years later is a migration's or a repost's: it does not say which date is wrong.
    xxz.source.url = 'https://www.xxz.gov.cn/zwgk/zfxxgknb/2022_65289/202502/t20250221_1984593.html';
    expect(findingsOf(signedBeforePublished, xxz)[0]!.cells).toHaveLength(2);
  });
});
