import { describe, expect, it } from 'vitest';
import { findingsOf, makeContext, makeReport, wordsOf } from '../../../test/support/report.ts';
import { datedAfterWriting } from './dated-after-writing.ts';

const report = (year: number, publishedAt: string | null, signedAt: string | null = null) =>
  makeReport({ document: { year, publishedAt, signedAt, period: null } });
const text = (...lines: string[]) => makeContext({ lines });

// ali-2022-mirror (阿里地区 2022, published 2023-03-14) and zhuji-anhua-2018 (诸暨市安华镇 2018, published 2021-01-19).
const ALI = '2022年,阿里地区坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大、二十届三中全会和中央“七次会” 精神,深入贯彻落实习近平总书记关于西藏工作的重要指示和新时代党的治藏方略。';
const ZHUJI = '截至2087年底,我镇信息公开工作运行正常,政府信息公开咨询、申请及答复工作均得到顺利开展。';
// 教育部 2024: one 届, two sessions.
const MOE = '2024年，教育部坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻党的二十大和二十届二中、三中全会精神,深入学习贯彻习近平总书记关于教育的重要论述。';

describe('document/dated-after-writing', () => {
  it('passes meetings held before the report was out (教育部 2024: 二十届二中、三中全会)', () => {
    expect(findingsOf(datedAfterWriting, report(2024, null), text(MOE))).toEqual([]);
    expect(findingsOf(datedAfterWriting, report(2024, '2025-03-31'), text(MOE))).toEqual([]);
  });

  it('warns of ali-2022-mirror, a 2022 report published 2023-03-14 that carries out the spirit of the Third Plenum of July 2024', () => {
    expect(findingsOf(datedAfterWriting, report(2022, '2023-03-14'), text(ALI))).toMatchObject([{
      severity: 'warning',
      message: '正文提到二十届三中全会（2024年7月15日开幕），晚于发布日期2023年3月14日，报告写成时还没有这件事，多半是这段文字出自以后的文稿（转载时被换了内容，或套用了模板）',
    }]);
    expect(wordsOf(datedAfterWriting, report(2022, '2023-03-14'), text(ALI))).toEqual([['二十届三中全会']]);
  });

  it('names each session of one 届 held after writing, and counts from the latest of the signature, publication and a year after the period', () => {
    // 教育部's sentence in a 2022 report signed 2023-01-20: neither the Second (2023-02-26) nor the Third Plenum had met.
    expect(findingsOf(datedAfterWriting, report(2022, null, '2023-01-20'), text(MOE)).map((f) => f.message)).toEqual([
      '正文提到二十届二中全会（2023年2月26日开幕）、二十届三中全会（2024年7月15日开幕），晚于落款日期2023年1月20日，报告写成时还没有这件事，多半是这段文字出自以后的文稿（转载时被换了内容，或套用了模板）',
    ]);
    // Published in 2023-03 (after the Second Plenum), signed before it: the later day bounds the writing.
    expect(findingsOf(datedAfterWriting, report(2022, '2023-03-14', '2023-01-20'), text(MOE))).toHaveLength(1);
    // No date at all: the year after the period, to 2023-12-31 — the Third Plenum still after it.
    expect(findingsOf(datedAfterWriting, report(2022, null), text(MOE)).map((f) => f.message)).toEqual([
      '正文提到二十届三中全会（2024年7月15日开幕），晚于报告年度末后一年2023年12月31日，报告写成时还没有这件事，多半是这段文字出自以后的文稿（转载时被换了内容，或套用了模板）',
    ]);
  });

  it('warns of zhuji-anhua-2018\'s 截至2087年底, a count stopped after the report was out', () => {
    expect(findingsOf(datedAfterWriting, report(2018, '2021-01-19'), text(ZHUJI))).toMatchObject([{
      severity: 'warning',
      message: '正文提到“截至2087年底”，晚于发布日期2021年1月19日，报告写成时还没有这件事，多半是年份笔误，或这段文字出自以后的文稿（转载时被换了内容，或套用了模板）',
    }]);
    expect(wordsOf(datedAfterWriting, report(2018, '2021-01-19'), text(ZHUJI))).toEqual([['截至2087年底']]);
  });

  it('holds no count stopped before the report was out (jtj-2025: 截止2025年1月21日, published 2026-01-22), nor a 截至 set as a plan', () => {
    const jtj = '2025年度门户网站全年公开政府信息181条，官方微信全年公开政府信息365条，全年关注用户达1077人，截止2025年1月21日，累计发送1106条信息，累计总关注用户达2811人。';
    expect(findingsOf(datedAfterWriting, report(2025, '2026-01-22'), text(jtj))).toEqual([]);
    // zhuji's sentence as a target: 截至2087年底前 / 力争截至2087年底.
    expect(findingsOf(datedAfterWriting, report(2018, '2021-01-19'), text(ZHUJI.replace('年底', '年底前')))).toEqual([]);
    expect(findingsOf(datedAfterWriting, report(2018, '2021-01-19'), text(`力争${ZHUJI}`))).toEqual([]);
  });

  it('reads the report\'s text alone: a portal\'s news banner above an old report tells of today\'s meetings (longde-chengguan-2021 under dbw.cn\'s headline)', () => {
    const lines = [
      '习近平在省部级主要领导干部学习贯彻党的二十届三中全会精神专题研讨班开班式上发表重要讲话',
      '隆德县城关镇2021年政府信息公开年度报告',
      '根据《中华人民共和国政府信息公开条例》规定，特向社会公布2021年度本机关政府信息公开工作年度报告。',
    ];
    const longde = report(2021, '2022-01-19', '2021-01-19');
    expect(findingsOf(datedAfterWriting, longde, makeContext({ title: '隆德县城关镇2021年政府信息公开年度报告', lines, links: new Set([0]) }))).toEqual([]);
    // The same words in the report's text are its own.
    expect(findingsOf(datedAfterWriting, longde, makeContext({ title: '隆德县城关镇2021年政府信息公开年度报告', lines: [lines[1]!, lines[0]!] }))).toHaveLength(1);
  });

  it('holds no congress looked forward to (以优异成绩迎接党的二十大胜利召开; 六中全会公报: …于2022年下半年在北京召开), nor twenty kinds of a thing (二十大类)', () => {
    const report2021 = report(2021, '2022-01-25');
    expect(findingsOf(datedAfterWriting, report2021, text('以实际行动和优异成绩迎接党的二十大胜利召开。'))).toEqual([]);
    expect(findingsOf(datedAfterWriting, report2021, text('全会决定，中国共产党第二十次全国代表大会于2022年下半年在北京召开。'))).toEqual([]);
    expect(findingsOf(datedAfterWriting, report2021, text('全面贯彻党的二十大精神。'))).toHaveLength(1);
    expect(findingsOf(datedAfterWriting, report2021, text('面向全国消费者提供数码家电、服装鞋帽、食品饮料、家饰家纺、居家生活等二十大类时尚百货精品交易与服务。'))).toEqual([]);
  });
});
