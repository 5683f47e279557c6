import { describe, expect, it } from 'vitest';
import type { Line } from '../../page/model.ts';
import { extractProseFigures } from '../../prose/figures.ts';
import { findingsOf, makeContext, makeReport } from '../../../test/support/report.ts';
import { completionRate } from './completion-rate.ts';

// The findings on a paragraph of a report of `year`, its figures read from it as extraction reads them.
const paragraph = (line: string, year = 2013) => {
  const lines: Line<{ data: string }>[] = [{ text: line, table: -1, cellTextLength: 0, pieces: [{ node: { data: line }, nodeStart: 0, lineStart: 0, length: line.length }] }];
  return findingsOf(completionRate, makeReport({ proseFigures: extractProseFigures(lines, year).figures }), makeContext({ lines: [line] }));
};

// 平潭综合实验区地方税务局 2013 (05-pingtan-dishui-2013), as the page words it: 171 completed of 117 received is no 100%.
const DISHUI = '今年我局共受理审批事项117件，办结171件，办结率100%。';

describe('prose/completion-rate', () => {
  it('passes a rate that is the count done over the count received (2024: 34 of 34)', () => {
    expect(paragraph('继续深化政民互动，2024年共受理群众网上来访信件34件，办结34件，办结率100%。', 2024)).toEqual([]);
    expect(paragraph(DISHUI.replace('171', '117'))).toEqual([]);
  });

  it('fails a rate the two counts do not give (05-pingtan-dishui-2013: 171÷117)', () => {
    expect(paragraph(DISHUI)).toMatchObject([{
      severity: 'warning', expected: 146.2, actual: 100,
      message: '正文“今年我局共受理审批事项117件，办结171件，办结率100%”：办结171件÷受理审批事项117件=146.2%，而正文写办结率100%：其中一个数或办结率可能写错',
    }]);
  });

  it('reads each verb of receiving as what came in (prose/received.ts): 新收, 收 alone (gaj-wuhan-2024\'s wording, its rate built)', () => {
    expect(paragraph('全年收政府信息公开申请464件,本年度办结441件,办结率100%。', 2024)).toMatchObject([{ expected: 95, actual: 100 }]);
    expect(paragraph('本年新收政府信息公开申请12件，办结12件，办结率100%。', 2024)).toEqual([]);
    expect(paragraph('本年新收政府信息公开申请12件，办结10件，办结率100%。', 2024)).toMatchObject([{ expected: 83.3, actual: 100 }]);
  });

  it('compares an on-time rate only with a count said to be done on time (lixia-ysjd-2025; 19-sc-wanyuan-2025)', () => {
    // 济南市历下区 2025: the on-time answers over the applications received.
    const lixia = '2025年,共接收到依申请公开2件,按时答复依申请公开2件,按时答复率100%,满意率100%。';
    expect(paragraph(lixia, 2025)).toEqual([]);
    expect(paragraph(lixia.replace('按时答复依申请公开2件', '按时答复依申请公开1件'), 2025)).toMatchObject([{ expected: 50, actual: 100 }]);
    // 万源市 2025's wording with fewer done than received: the on-time rate after all done is of those done, a count not given.
    expect(paragraph('受理承办12345政务服务便民热线(市长热线)诉求共计22050件,已办结20950件,按时办结率100%,较2024年增加3722件。', 2025)).toEqual([]);
  });

  it('compares no rate where applications carried over from the year before are said before the count done', () => {
    // The counts of szlhq-lhfj-2024 (收到政府信息公开申请30件,上年结转政府信息公开申请5件…答复率100%) with the carried ones said first.
    expect(paragraph('上年结转政府信息公开申请5件，本年度收到政府信息公开申请30件，办结35件，办结率100%。', 2024)).toEqual([]);
    // Carried to the next year is no such count: 18 done of 20 is no 100%.
    expect(paragraph('本年度收到政府信息公开申请20件，办结18件，办结率100%，2件结转下年度办理。', 2024)).toMatchObject([{ expected: 90, actual: 100 }]);
  });

  it('compares no rate said roughly, nor one with another count between (…现场解决162件，跟进解决186件，办结率100%)', () => {
    expect(paragraph('今年我局共受理审批事项117件，办结100件，办结率85%以上。')).toEqual([]);
    expect(paragraph('收到群众诉求348件，现场解决162件，跟进解决186件，办结率100%。', 2020)).toEqual([]);
  });
});
