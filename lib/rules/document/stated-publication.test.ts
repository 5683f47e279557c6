import { describe, expect, it } from 'vitest';
import { findingsOf, makeContext, makeReport, wordsOf } from '../../../test/support/report.ts';
import { statedPublication } from './stated-publication.ts';

const report = makeReport({ document: { year: 2024 } });
const text = (...lines: string[]) => makeContext({ lines });

// cc-nanguan-changtong-2024 (长春市南关区长通街道, its 2024 report): the sentence of last year's report, one year moved on.
const NANGUAN = '在这一年里,我们加强了政府信息公开工作,不断提升信息公开的质量和水平。依法按时完成长通街道2024年政府信息公开年度报告,并于2024年1月15日之前在南关区人民政府网站长通街道办事处政府信息公开专栏处向社会公布,主动接受社会监督。';
// acc12/yc-xingqing-qianjinjie-2024: the report put forward, then its period — no day it was published by.
const QIANJINJIE = '现发布《兴庆区前进街街道办事处2024年政府信息公开工作年度报告》,本报告统计数据从2024年1月1日至12月31日。';

describe('document/stated-publication', () => {
  it('warns of cc-nanguan-changtong-2024: its 2024 report said published before 15 January 2024', () => {
    expect(findingsOf(statedPublication, report, text(NANGUAN))).toMatchObject([{
      severity: 'warning',
      message: '正文说2024年的年度报告于2024年1月15日前公布（“2024年政府信息公开年度报告,并于2024年1月15日之前”），那时2024年还没有过完，多半是照搬了上年报告的这句话、只改了其中一个年份',
    }]);
    expect(wordsOf(statedPublication, report, text(NANGUAN))).toEqual([['2024年政府信息公开年度报告,并于2024年1月15日之前']]);
  });

  it('passes the same sentence naming last year\'s report, and a day before which the next year\'s is published', () => {
    expect(findingsOf(statedPublication, report, text(NANGUAN.replace('2024年政府', '2023年政府')))).toEqual([]);
    expect(findingsOf(statedPublication, report, text('按要求于2025年1月31日前在区政府网站公布2024年政府信息公开工作年度报告。'))).toEqual([]);
    expect(findingsOf(statedPublication, report, text('于2024年1月31日前在区政府网站公布2024年政府信息公开工作年度报告。'))).toHaveLength(1);
  });

  it('passes a report put forward with its period (yc-xingqing-qianjinjie-2024), and a plan to compile one before the year ends', () => {
    expect(findingsOf(statedPublication, report, text(QIANJINJIE))).toEqual([]);
    expect(findingsOf(statedPublication, report, text('于2024年12月底前启动2024年度报告编制工作。'))).toEqual([]);
    // The year of a notice before the report's: 2023's report, out in January 2024.
    expect(findingsOf(statedPublication, report, text('按照2024年1月印发的通知要求，完成2023年度报告，并于2024年1月31日前在区政府网站公布。'))).toEqual([]);
  });
  // review20c: wordings that name a year, a report and a day in one sentence without dating that year's report.
  it('passes a year the clause opens on, a 半年报告, and a day something else began (条例 in force)', () => {
    // The year of the work, the report unnamed by year (last year's, out in January).
    expect(findingsOf(statedPublication, report, text('2024年，我局按时完成政府信息公开年度报告，并于2024年1月31日前在网站公布。'))).toEqual([]);
    expect(findingsOf(statedPublication, report, text('2024年按时发布政府信息公开年度报告，于2024年1月31日前在网站公布。'))).toEqual([]);
    // A half year's report (2022 年上半年报告) is out within its year.
    expect(findingsOf(statedPublication, report, text('2024年上半年报告于2024年7月10日在网站公布。'))).toEqual([]);
    // A 2008 report: the 条例 in force from 1 May 2008, and 政府信息公开 the work, not a publication.
    expect(findingsOf(statedPublication, makeReport({ document: { year: 2008 } }),
      text('本报告为2008年政府信息公开年度报告，《条例》于2008年5月1日起施行以来，我局全面推进政府信息公开工作。'))).toEqual([]);
    expect(findingsOf(statedPublication, report, text('按照2024年政府信息公开年度报告编制要求，于2024年3月组织培训，规范政务公开工作。'))).toEqual([]);
  });
});
