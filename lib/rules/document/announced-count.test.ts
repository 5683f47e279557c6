import { describe, expect, it } from 'vitest';
import { findingsOf, makeContext, makeReport } from '../../../test/support/report.ts';
import { announcedCount } from './announced-count.ts';

const check = (opening: string) => findingsOf(announcedCount, makeReport(), makeContext({ lines: [opening, '一、总体情况'] }));

// The six parts of the 2021 format, as gd-heping-heshuizhen-2024 lists them.
const SIX = '总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项';

describe('document/announced-count', () => {
  it('notes an opening that names six parts and says seven (gd-heping-heshuizhen-2024)', () => {
    expect(check(`本报告由${SIX}7个部分组成。本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。`)).toMatchObject([{
      severity: 'info', expected: 7, actual: 6,
      message: '报告开头称由7部分组成，却列出了6个部分：“总体情况”、“主动公开政府信息情况”、“收到和处理政府信息公开申请情况”、“政府信息公开行政复议、行政诉讼情况”、“存在的主要问题及改进情况”、“其他需要报告的事项”',
    }]);
    // The count first, the list after it: as closed.
    expect(check(`本报告正文共分7个部分：${SIX}。`)).toMatchObject([{ expected: 7, actual: 6 }]);
  });

  it('passes an opening naming as many parts as it says (gaoliang-2025)', () => {
    expect(check('本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、政府信息公开工作存在的主要问题及改进情况、其他需要报告的事项等六个部分构成。')).toEqual([]);
    expect(check(`本报告由${SIX}六个部分组成。`)).toEqual([]);
  });

  it('passes a list longer by the 附表 it names last, a pre-2019 report’s 需要说明的事项与附表 named apart (gaolou-2018, its 等 taken out)', () => {
    const gaolou = '本报告由概述、主动公开政府信息的情况、依申请公开政府信息办理情况、政府信息公开的经费使用和收费情况、因政府信息公开申请行政复议、提起行政诉讼的情况、政府信息公开工作存在的主要问题及改进情况、需要说明的事项、附表七部分组成。';
    expect(check(gaolou)).toEqual([]);
    // Longer by more than the 附表, or by a part of the text: noted.
    expect(check(gaolou.replace('七部分', '六部分'))).toMatchObject([{ expected: 6, actual: 8 }]);
    expect(check(`本报告由${SIX}五个部分组成。`)).toMatchObject([{ expected: 5, actual: 6 }]);
  });

  it('takes a list 等 leaves open for some of the parts (sd-zoucheng-tianhuang-2021: five named, 等六部分)', () => {
    expect(check('本年度报告由政府信息公开工作总体情况,主动公开政府信息情况,收到和处理政府信息公开申请情况,政府信息公开行政复议、行政诉讼情况,政府信息公开工作中存在的问题及改进措施等六部分组成。')).toEqual([]);
    expect(check('全文由总体情况等六部分组成。')).toEqual([]);
    expect(check('本报告正文共分6个部分：总体情况、主动公开政府信息情况等。')).toEqual([]);
    // The same five without 等: the list is all the opening names, one short.
    expect(check('本年度报告由政府信息公开工作总体情况,主动公开政府信息情况,收到和处理政府信息公开申请情况,政府信息公开行政复议、行政诉讼情况,政府信息公开工作中存在的问题及改进措施六部分组成。'))
      .toMatchObject([{ expected: 6, actual: 5 }]);
  });
});
