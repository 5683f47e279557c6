import { describe, expect, it } from 'vitest';
import type { LegacyStat } from '../../schema.ts';
import { makeReport, yearFindingsOf } from '../../../test/support/report.ts';
import { summarize } from '../../years/summary.ts';
import { cumulative } from './cumulative.ts';

// 平潭综合实验区's 政府信息公开情况统计表 of 2012 to 2016 (pingtan.gov.cn), the rows as each year's form words them:
// [label, this year, 历年累计].
type Row = [string, number, number | null];
const table = (year: number, rows: Row[]) => makeReport({
  document: { year, format: 'legacy', issuer: '平潭综合实验区' },
  activeDisclosure: null, applications: null, reviewLitigation: null,
  legacyStats: rows.map(([label, value, total], k): LegacyStat => ({
    code: `另${k + 1}`, label, unit: '条', value, ...(total === null ? {} : { cumulative: total }),
  })),
});

describe('years/cumulative', () => {
  it('passes a year whose 历年累计 is last year\'s and its own, the row worded anew (主动公开信息数, 主动公开文件数)', () => {
    const y2013 = table(2013, [['主动公开信息数', 72804, 76424], ['网站公开', 72804, 76424], ['政府公报公开', 0, null]]);
    const y2014 = table(2014, [['主动公开文件数', 2543, 78967], ['政府网站公开数', 2543, 78967], ['政府公报公开数', 0, 0]]);
    expect(yearFindingsOf(cumulative, y2013, y2014, 'later')).toEqual([]);
    expect(cumulative.check({ earlier: summarize(y2013)!, later: summarize(y2014)!, current: 'later' }).compared).toBe(2);
  });

  it('warns where a year\'s 历年累计 left last year\'s out: 2013 added its 72804 to the 2011 sum, not to 2012\'s 4359', () => {
    const y2012 = table(2012, [['主动公开信息数', 739, 4359], ['网站公开', 739, 4359]]);
    const y2013 = table(2013, [['主动公开信息数', 72804, 76424], ['网站公开', 72804, 76424]]);
    const message = '统计表“主动公开信息数”：2012年度报告历年累计4359条+2013年度报告本年72804条=77163条，2013年度报告历年累计76424条，少739条；除非统计口径有变，两份报告中有数字有误';
    expect(yearFindingsOf(cumulative, y2012, y2013, 'later')).toEqual([
      expect.objectContaining({ severity: 'warning', message, expected: null, actual: 76424, cells: [{ table: 'legacyStats', path: '0' }, { table: 'legacyStats', path: '0.cumulative' }] }),
      expect.objectContaining({ message: expect.stringContaining('统计表“网站公开”') }),
    ]);
    expect(yearFindingsOf(cumulative, y2012, y2013, 'earlier')[0]).toMatchObject({ message, actual: 4359, cells: [{ table: 'legacyStats', path: '0.cumulative' }] });
  });

  it('says where a 历年累计 fell below last year\'s, which a sum of years cannot do (2015: 1 application; 2016: none ever)', () => {
    const y2015 = table(2015, [['受理依申请公开信息总数', 0, 1], ['信函、传真申请数', 0, 1]]);
    const y2016 = table(2016, [['受理依申请公开信息总数', 0, 0], ['信函、传真申请数', 0, 0]]);
    expect(yearFindingsOf(cumulative, y2015, y2016, 'later').map((f) => f.message)).toEqual([
      '统计表“受理依申请公开信息总数”：2015年度报告历年累计1条+2016年度报告本年0条=1条，2016年度报告历年累计0条，比上年报告的累计还少1条；除非统计口径有变，两份报告中有数字有误',
      '统计表“信函、传真申请数”：2015年度报告历年累计1条+2016年度报告本年0条=1条，2016年度报告历年累计0条，比上年报告的累计还少1条；除非统计口径有变，两份报告中有数字有误',
    ]);
  });

  it('leaves out a name two rows of one table share: the form\'s 维持具体行政行为数 under 行政复议 and again under 行政诉讼', () => {
    const y2015 = table(2015, [['行政复议数', 1, 2], ['维持具体行政行为数', 1, 2], ['行政诉讼数', 0, 0], ['维持具体行政行为数', 0, 0]]);
    const y2016 = table(2016, [['行政复议数', 1, 3], ['维持具体行政行为数', 1, 3], ['行政诉讼数', 0, 0], ['维持具体行政行为数', 0, 0]]);
    expect(cumulative.check({ earlier: summarize(y2015)!, later: summarize(y2016)!, current: 'later' }).compared).toBe(2);
  });

  it('compares no stock measure, which adds up nothing from year to year (政府信息公开查阅点)', () => {
    expect(yearFindingsOf(cumulative, table(2012, [['政府信息公开查阅点', 3, 3]]), table(2013, [['政府信息公开查阅点', 3, 3]]), 'later')).toEqual([]);
  });
});
