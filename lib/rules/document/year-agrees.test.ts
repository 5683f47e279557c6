import { describe, expect, it } from 'vitest';
import { findingsOf, makeContext, makeReport } from '../../../test/support/report.ts';
import { extractProseFigures } from '../../prose/figures.ts';
import { yearAgrees } from './year-agrees.ts';

describe('document/year-agrees', () => {
  const body2021 = ['2021年，我局坚持以公开为常态…', '2021年共主动公开信息78条', '2022年，我局将…'];

  it('passes when title, year, period and body agree (a plan for next year is fine)', () => {
    expect(findingsOf(yearAgrees, makeReport(), makeContext({ lines: body2021 }))).toEqual([]);
  });

  it('fails a 统计期限 left at last year', () => {
    const report = makeReport({ document: { period: { start: '2020-01-01', end: '2020-12-31' } } });
    expect(findingsOf(yearAgrees, report)).toMatchObject([{
      severity: 'error', expected: 2021, actual: 2020,
      message: '报告年度前后不一：标题为2021年，报告年度为2021年，统计期限为2020年1月1日至2020年12月31日',
      // Each claim's place: the year's (read from the title, so lit there) and the period's.
      cells: [{ table: 'document', path: 'year' }, { table: 'document', path: 'period' }],
    }]);
  });

  // qiannan-jt-2022, its title naming no year: the text puts forward 2022's report over a 统计期限 left at 2021.
  const qiannan = ['根据《中华人民共和国政府信息公开条例》(国务院令第711号,以下简称《条例》)文件精神及省、州关于政府信息公开工作要求,现将2022年度政府信息公开工作报告如下。',
    '本报告由总体情况、…等6项内容。本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。'];

  it('fails a 统计期限 left at last year against the year the text gives the report, where the title names none (qiannan-jt-2022)', () => {
    const stale = makeReport({ document: { year: 2021, period: { start: '2021-01-01', end: '2021-12-31' } } });
    expect(findingsOf(yearAgrees, stale, makeContext({ title: '政府信息公开工作年度报告', lines: qiannan }))).toMatchObject([{
      severity: 'error', expected: 2022, actual: 2021,
      message: '报告年度前后不一：正文自称2022年度报告，报告年度为2021年，统计期限为2021年1月1日至2021年12月31日',
    }]);
    const agreed = makeReport({ document: { year: 2022, period: { start: '2022-01-01', end: '2022-12-31' } } });
    expect(findingsOf(yearAgrees, agreed, makeContext({ title: '政府信息公开工作年度报告', lines: qiannan }))).toEqual([]);
  });

  it('reads the overview under its other names: 一、概述 opening on last year (36-hn-hengyang-xzsp-2023)', () => {
    const hengyang = ['本年度报告根据国、省、市政府信息公开相关规定编制,内容包括:概述,主动公开,依申请公开,行政复议、诉讼和申诉,政府信息公开的收费及减免情况,主要问题和改进措施,附表七部分组成。本年度报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
      '一、概述', '2022年我单位共制作、获取政府信息总数84条,主动公开信息数72条,其中再衡阳县人民政府网站公开12条,在衡阳县政府门户网微信公众号公开72条。', '二、主动公开政府信息情况'];
    const report2023 = makeReport({ document: { year: 2023, period: { start: '2023-01-01', end: '2023-12-31' } } });
    const context = (lines: string[]) => makeContext({ title: '衡阳县行政审批服务局2023年政府信息公开工作年度报告', lines });
    expect(findingsOf(yearAgrees, report2023, context(hengyang))).toMatchObject([{
      severity: 'warning', expected: 2023, actual: 2022,
      message: '报告年度为2023年，但概述开头写的是2022年：“2022年我单位共制作、获取政府信息总数84条,主动公开信息数72条…”，这句可能沿用了其他年度的报告',
    }]);
    expect(findingsOf(yearAgrees, report2023, context(hengyang.map((line) => line.replace('2022年我单位', '2023年我单位'))))).toEqual([]);
  });

  it('takes a period from last December for the year it mostly covers', () => {
    const report = makeReport({ document: { period: { start: '2020-12-01', end: '2021-11-30' } } });
    expect(findingsOf(yearAgrees, report, makeContext({ lines: body2021 }))).toEqual([]);
  });

  it('warns where the overview opens with another year as the year\'s work, or the preamble sums up another year\'s (ln-yuhong-jyj-2023, sd-rongcheng-dongshan-2025)', () => {
    const yuhong = ['根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定编制本报告。报告数据统计期限为2023年1月1日至2023年12月31日。', '一、总体情况',
      '2022年,于洪区教育局认真贯彻落实《条例》关于政务公开工作要点要求,进一步加大信息公开力度,深化信息公开内容。', '(一)主动公开'];
    const report2023 = makeReport({ document: { year: 2023, period: { start: '2023-01-01', end: '2023-12-31' } } });
    expect(findingsOf(yearAgrees, report2023, makeContext({ title: '于洪区教育局2023年政府信息公开工作年度报告', lines: yuhong }))).toMatchObject([{
      severity: 'warning', expected: 2023, actual: 2022,
      message: '报告年度为2023年，但总体情况开头写的是2022年：“2022年,于洪区教育局认真贯彻落实《条例》关于政务公开工作要点要求…”，这句可能沿用了其他年度的报告',
    }]);
    const dongshan = ['根据《中华人民共和国政府信息公开条例》(国务院令第711号,以下简称《条例》)和《中华人民共和国政府信息公开工作年度报告格式》(国办公开办函〔2021〕30号)要求,结合2024年东山街道政府信息公开工作实际,编制发布本报告。',
      '一、总体情况', '2025年东山街道深入贯彻落实《条例》内容,聚焦群众关心热点、难点问题,全面推进政务公开各项工作。', '2.依申请公开方面。2025年东山街道收到依申请公开办件0条,与去年相比减少4条。'];
    const report2025 = makeReport({ document: { year: 2025, period: { start: '2025-01-01', end: '2025-12-31' } } });
    expect(findingsOf(yearAgrees, report2025, makeContext({ title: '东山街道2025年政府信息公开工作年度报告', lines: dongshan }))).toMatchObject([{
      severity: 'warning', expected: 2025, actual: 2024,
      message: '报告年度为2025年，但报告开头写的是2024年：“结合2024年东山街道政府信息公开工作实际,编制发布本报告”，这句可能沿用了其他年度的报告',
    }]);
    // The report's own year there; a span from an earlier year, a month, a comparison, a document cited: no finding.
    expect(findingsOf(yearAgrees, report2025, makeContext({ title: '东山街道2025年政府信息公开工作年度报告', lines: dongshan.map((line) => line.replace('2024年', '2025年')) }))).toEqual([]);
    for (const opening of ['2022年以来,我局持续深化政务公开。', '2022年12月,我局印发了《政务公开工作要点》。', '与2022年相比,主动公开信息增加12条。']) {
      expect(findingsOf(yearAgrees, report2023, makeContext({ title: '于洪区教育局2023年政府信息公开工作年度报告', lines: ['一、总体情况', opening] })), opening).toEqual([]);
    }
    expect(findingsOf(yearAgrees, report2023, makeContext({ title: '于洪区教育局2023年政府信息公开工作年度报告', lines: ['根据《关于做好2022年度政府信息公开工作年度报告的通知》要求，结合工作实际，编制本报告。'] }))).toEqual([]);
  });

  it('warns where the overview\'s first point, right under its heading, opens with another year (遂宁经开区 2024)', () => {
    // A 2024 report whose 主动公开 point kept last year's year (qlpannhtjs.com's copy of the 遂宁经济技术开发区 report).
    const lines = ['报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。', '一、总体情况',
      '(一)主动公开情况。2023年,经开区通过政府网站主动公开各类政府信息915条,政务微信公众号发布信息1560条,政务微博发布信息1290条。',
      '(二)依申请公开情况。经开区通过网站、信件、现场等渠道收集群众的公开申请。'];
    const report2024 = makeReport({ document: { year: 2024, period: { start: '2024-01-01', end: '2024-12-31' } } });
    const title = '遂宁经济技术开发区2024年政府信息公开工作年度报告';
    expect(findingsOf(yearAgrees, report2024, makeContext({ title, lines }))).toMatchObject([{ severity: 'warning', expected: 2024, actual: 2023 }]);
    expect(findingsOf(yearAgrees, report2024, makeContext({ title, lines: lines.map((line) => line.replace('2023年,经开区', '2024年,经开区')) }))).toEqual([]);
  });

  it('warns where the overview\'s first point opens with a later year than the period\'s, the preamble set under the overview (zltq-byzlgx-2022)', () => {
    // 巴彦扎拉嘎乡 (published 2023-01-19, no year in its title): the 统计期限 left at 2021, the year's work said of 2022.
    const lines = ['巴彦扎拉嘎乡政府信息公开工作年度报告', '一、总体情况',
      '本年度报告根据《中华人民共和国政府信息公开条例》(国务院令第711号)…结合我乡全年工作实际制作。本报告所列数据统计期限为2021年1月1日至2021年12月31日。',
      '(一)主动公开情况。2022年度我乡共计主动公开信息77条,其中,工作动态69条,通知公告5条,预决算公开信息3条。', '(二)依申请公开情况。2022年度我乡未发生依申请公开情况。'];
    const report2021 = makeReport({ document: { year: 2021, period: { start: '2021-01-01', end: '2021-12-31' } } });
    expect(findingsOf(yearAgrees, report2021, makeContext({ title: '巴彦扎拉嘎乡政府信息公开工作年度报告', lines }))).toMatchObject([{
      severity: 'warning', expected: 2021, actual: 2022,
      message: '报告年度为2021年，但总体情况“(一)主动公开情况”开头写的是2022年：“2022年度我乡共计主动公开信息77条,其中,工作动态69条,通知公告5条…”，可能是报告年度所依据的年份（如统计期限）沿用了上一年的报告，未改',
    }]);
    // The point on a line of its own, its text below, is read so; the report's own year there: no finding.
    expect(findingsOf(yearAgrees, report2021, makeContext({ title: '巴彦扎拉嘎乡政府信息公开工作年度报告', lines: [...lines.slice(0, 3), '(一)主动公开情况', '2022年度我乡共计主动公开信息77条。'] }))).toMatchObject([{ actual: 2022 }]);
    expect(findingsOf(yearAgrees, report2021, makeContext({ title: '巴彦扎拉嘎乡政府信息公开工作年度报告', lines: [...lines.slice(0, 3), '(一)主动公开情况', '2021年度我乡共计主动公开信息77条。'] }))).toEqual([]);
    // A first point that looks back first is read as the overview's opening is (customs-hq-2020's wording, set under (一)):
    // the year's work starts with the later year.
    const lookingBack = ['(一)主动公开情况。2020年,在全国政务公开第三方评估中,我乡被评为优秀单位。2021年度我乡共计主动公开信息77条。'];
    expect(findingsOf(yearAgrees, report2021, makeContext({ title: '巴彦扎拉嘎乡政府信息公开工作年度报告', lines: [...lines.slice(0, 3), ...lookingBack] }))).toEqual([]);
  });

  it('warns where the preamble names the report it compiled by another year\'s title (sd-zoucheng-tianhuang-2021), its year still the period\'s', () => {
    const tianhuang = ['根据《中华人民共和国政府信息公开条例》(以下简称条例)及山东省、济宁市、邹城市关于政府信息公开工作的有关规定,我镇认真编制了《田黄镇2020年政府信息公开工作年度报告》。本年度报告由政府信息公开工作总体情况,主动公开政府信息情况,…等六部分组成,所列数据的统计期限自2021年1月1日起至12月31日止。',
      '一、总体情况', '2021年度,我镇认真贯彻落实上级政府信息公开相关规定和有关决策、部署要求。'];
    const report2021 = makeReport({ document: { year: 2021, period: { start: '2021-01-01', end: '2021-12-31' } } });
    const context = (lines: string[]) => makeContext({ title: '政府信息公开工作年度报告', lines });
    expect(findingsOf(yearAgrees, report2021, context(tianhuang))).toMatchObject([{
      severity: 'warning', expected: 2021, actual: 2020,
      message: '报告年度为2021年，但报告开头写的是2020年：“编制了《田黄镇2020年政府信息公开工作年度报告》”，这句可能沿用了其他年度的报告',
    }]);
    expect(findingsOf(yearAgrees, report2021, context(tianhuang.map((line) => line.replace('2020年', '2021年'))))).toEqual([]);
    // Last year's report told of as published, or dated (review 3): no year of this report's.
    expect(findingsOf(yearAgrees, report2021, context(['2021年3月,我局编制了《某县环保局2020年政府信息公开工作年度报告》并按时公开,本年度对照上年报告存在的问题逐项整改。']))).toEqual([]);
    expect(findingsOf(yearAgrees, report2021, context(['我局按照要求编制了《某县环保局2020年政府信息公开工作年度报告》,并于3月31日前在门户网站公开。']))).toEqual([]);
    expect(findingsOf(yearAgrees, report2021, context(['2021年3月,我局编制了《某县环保局2020年政府信息公开工作年度报告》。']))).toEqual([]);
  });

  it('takes an overview opening that looks back at an earlier year\'s evaluation for no year\'s work where the next sentence gives the report\'s (customs-hq-2020)', () => {
    const customs = ['一、总体情况', '2019年,在国务院办公厅政府信息与政务公开办公室组织的政务公开评估中,海关总署被评为优秀单位。2020年,海关总署以习近平新时代中国特色社会主义思想为指导,…'];
    const report2020 = makeReport({ document: { year: 2020, period: { start: '2020-01-01', end: '2020-12-31' } } });
    const title = '海关总署(本级机关)2020年政府信息公开工作年度报告';
    expect(findingsOf(yearAgrees, report2020, makeContext({ title, lines: customs }))).toEqual([]);
    // The look back in a paragraph of its own, the year's work in the next.
    expect(findingsOf(yearAgrees, report2020, makeContext({ title, lines: ['一、总体情况', ...customs[1]!.split(/(?<=。)/)] }))).toEqual([]);
    // A report copied over from 2020 into 2021 still names 2020 as its year's work.
    const report2021 = makeReport({ document: { year: 2021, period: { start: '2021-01-01', end: '2021-12-31' } } });
    expect(findingsOf(yearAgrees, report2021, makeContext({ title: title.replace('2020', '2021'), lines: customs }))).toMatchObject([{ severity: 'warning', expected: 2021, actual: 2020 }]);
  });

  it('warns when the body is mostly about another year', () => {
    const lines = ['2020年，我局坚持…', '2020年共主动公开信息78条', '2020年未收到申请', '2021年…'];
    expect(findingsOf(yearAgrees, makeReport(), makeContext({ lines }))).toMatchObject([
      { severity: 'warning', expected: 2021, actual: 2020 },
    ]);
  });

  // pt-czj-2024 (平潭综合实验区财政金融局): 2023's sentence on its categories kept with its year, only the count changed.
  it('warns where a sentence opening with another year restates a count the text gives as the report year\'s (pt-czj-2024)', () => {
    const czj = ['（三）政府信息公开平台建设情况印发《平潭综合实验区财政金融局关于进一步推进政务公开工作有关事项的通知》，2024年主动公开政府信息61条。',
      '2023年，在主动公开的61条政府信息中，全文电子化的主动公开信息数共61条，其中:减税降费5条，财税金融等政策及解读共1条；财政预算、决算报告共7条；财政资金直达基层12条；其他文件共51条等。'];
    const withFigures = (lines: string[], year = 2024) => makeReport({ document: { year, period: { start: `${year}-01-01`, end: `${year}-12-31` } },
      proseFigures: extractProseFigures(lines.map((text) => ({ text, table: -1, cellTextLength: 0, pieces: [{ node: {}, nodeStart: 0, lineStart: 0, length: text.length }] })), year).figures });
    const context = (lines: string[], year = 2024) => makeContext({ title: `平潭综合实验区财政金融局${year}年度政府信息公开工作年度报告`, lines });
    expect(findingsOf(yearAgrees, withFigures(czj), context(czj))).toMatchObject([{
      severity: 'warning', expected: 2024, actual: 2023,
      message: '报告年度为2024年，但“2023年，在主动公开的61条政府信息中，全文电子化的主动公开信息数共61条…”写的是2023年，所说的主动公开政府信息61条正是正文写给2024年的数字（“…融局关于进一步推进政务公开工作有关事项的通知》，2024年主动公开政府信息61条”）：这句可能沿用了其他年度的报告，年份未改',
      cells: [{ table: 'proseFigures', path: '1' }, { table: 'proseFigures', path: '0' }],
    }]);
    // The year changed: no finding; last year's own count (107) under 2023 is a comparison, not a copy.
    const fixed = czj.map((line) => line.replace('2023年，', '2024年，'));
    expect(findingsOf(yearAgrees, withFigures(fixed), context(fixed))).toEqual([]);
    const compared = [czj[0]!, czj[1]!.replace(/61条/g, '107条')];
    expect(findingsOf(yearAgrees, withFigures(compared), context(compared))).toEqual([]);
    // The same count both years, said so beside the report year's or as level with it: a comparison, not a copy.
    for (const same of ['2023年主动公开政府信息61条，2024年主动公开政府信息61条，与上年持平。', '2023年，我局主动公开政府信息61条，今年与上年持平，其中减税降费5条。']) {
      const level = [czj[0]!, same];
      expect(findingsOf(yearAgrees, withFigures(level), context(level))).toEqual([]);
    }
    // …or the report year's sentence says so, or the sentence right after it (lixia-ysjd-2025's wording, 依申请公开件数与上一年度相同
    // after its count's sentence, here said of czj's count: built).
    for (const level of [[`${czj[0]!}主动公开政府信息数量与上一年度相同。`, czj[1]!], [czj[0]!.replace('61条。', '61条，与上一年度相同。'), czj[1]!]]) {
      expect(findingsOf(yearAgrees, withFigures(level), context(level))).toEqual([]);
    }
    // pt-czj-2025: the count a part of its sentence's total (其中主动公开政府信息53条), that sentence's 2024 kept.
    const czj2025 = ['二是重点围绕“六稳”“六保”工作、优化营商环境、依法行政依法理财、加强政策解读、贯彻《条例》等方面，加大“六稳”“六保”、惠企利民资金、预决算、“三公经费”等的公开力度，2025年主动公开政府信息53条。',
      '2024年制作、获取政府信息总数467条，其中主动公开政府信息53条，依申请公开信息数246条，不子公开信息数168条。'];
    expect(findingsOf(yearAgrees, withFigures(czj2025, 2025), context(czj2025, 2025))).toMatchObject([{
      severity: 'warning', expected: 2025, actual: 2024,
      message: '报告年度为2025年，但“2024年制作、获取政府信息总数467条，其中主动公开政府信息53条…”写的是2024年，所说的主动公开政府信息53条正是正文写给2025年的数字（“…预决算、‘三公经费’等的公开力度，2025年主动公开政府信息53条”）：这句可能沿用了其他年度的报告，年份未改',
      cells: [{ table: 'proseFigures', path: '1.parts.0' }, { table: 'proseFigures', path: '0' }],
    }]);
  });

  // pt-gwh-2016 (平潭综合实验区管委会办公室): 2015's sentence listing the kinds kept with its year, the kinds adding up to 2016's 130.
  it('warns where a sentence opening with another year lists kinds that add up to the report year\'s count (pt-gwh-2016)', () => {
    const gwh = ['（一）主动公开政府信息的数量', '2016年主动公开政府信息130条。', '（二）主动公开政府信息的主要类别',
      '2015年，我办主动公开政府信息的主要类别有：机构职能类信息15条，政策、规范性文件类信息8条，规划计划类信息6条，重大建设项目6条，为民办实事类信息13条，国土资源、城乡建设、环保能类20条，科教文体卫生类信息24条，安全生产、应急管理类信息11条，民政扶贫救灾社会保障就业类信息18条,其他信息9条。'];
    const withFigures = (lines: string[]) => makeReport({ document: { year: 2016, period: { start: '2016-01-01', end: '2016-12-31' } },
      proseFigures: extractProseFigures(lines.map((text) => ({ text, table: -1, cellTextLength: 0, pieces: [{ node: {}, nodeStart: 0, lineStart: 0, length: text.length }] })), 2016).figures });
    const context = (lines: string[]) => makeContext({ title: '平潭综合实验区管委会办公室2016年度政府信息公开工作年度报告', lines });
    expect(findingsOf(yearAgrees, withFigures(gwh), context(gwh))).toMatchObject([{
      severity: 'warning', expected: 2016, actual: 2015,
      message: '报告年度为2016年，但“2015年，我办主动公开政府信息的主要类别有：机构职能类信息15条…”写的是2015年，所说的所列各类主动公开政府信息合计130条正是正文写给2016年的数字（“2016年主动公开政府信息130条”）：这句可能沿用了其他年度的报告，年份未改',
    }]);
    // Kinds adding up to another count are last year's own, given as such.
    const other = [gwh[0]!, '2016年主动公开政府信息131条。', gwh[2]!, gwh[3]!];
    expect(findingsOf(yearAgrees, withFigures(other), context(other))).toEqual([]);
  });

  // A 学年 report is of the year its 学年 starts in (2021-09-01…2022-08-31 is 2021's), however its title writes
  // the 学年; its text names the year it ends in too, as the ministry's notice and the period's end do (yangtzeu-2020).
  const schoolLines = ['根据《教育部办公厅关于做好2022年高校信息公开年度报告工作的通知》要求,现将我校2021—2022年度信息公开工作报告如下,本报告所列数据的统计期限自2021年9月1日起,至2022年8月31日止。'];
  const school = makeReport({ document: { year: 2021, period: { start: '2021-09-01', end: '2022-08-31' } } });

  it('reads a 学年 report\'s title, period and text as of one 学年 (szkrzm-school-2022-trad)', () => {
    for (const title of ['2021—2022年度信息公开工作报告', '某某学院2021-2022学年度信息公开工作报告']) {
      expect(findingsOf(yearAgrees, school, makeContext({ title, lines: schoolLines })), title).toEqual([]);
    }
    // Two years that do not follow each other are no 学年: the title is of the last (关于2016—2020年度…的报告).
    expect(findingsOf(yearAgrees, makeReport({ document: { year: 2020, period: null } }), makeContext({ title: '关于2016—2020年度政府信息公开工作的报告' }))).toEqual([]);
    // A calendar report naming another year as often is still told.
    expect(findingsOf(yearAgrees, makeReport(), makeContext({ lines: schoolLines }))).toMatchObject([{ severity: 'warning', actual: 2022 }]);
    // A university's title may name its 学年 by the calendar year it ends in, as the ministry does…
    const named2022 = makeReport({ document: { year: 2022, period: { start: '2021-09-01', end: '2022-08-31' } } });
    expect(findingsOf(yearAgrees, named2022, makeContext({ title: '某某大学2022年信息公开工作年度报告', lines: ['按照《高等学校信息公开办法》要求编制本报告。'] }))).toEqual([]);
    // …not a year the 学年 does not touch.
    const named2023 = makeReport({ document: { year: 2023, period: { start: '2021-09-01', end: '2022-08-31' } } });
    expect(findingsOf(yearAgrees, named2023, makeContext({ title: '某某大学2023年信息公开工作年度报告', lines: ['按照《高等学校信息公开办法》要求编制本报告。'] })))
      .toMatchObject([{ severity: 'error' }]);
  });
});
