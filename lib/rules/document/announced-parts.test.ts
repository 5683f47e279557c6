import { describe, expect, it } from 'vitest';
import { findingsOf, makeContext, makeReport as baseReport, wordsOf, type ReportPatch } from '../../../test/support/report.ts';
import { announcedParts } from './announced-parts.ts';
import { sixParts } from './six-parts.ts';

// shulan-tiande-2014 announces seven parts; its 六 heading lost the numeral and there is no 机构建设 part.
const intro = '本年报由基本工作情况,主动公开政府信息情况,回应解读情况,依申请公开政府信息情况,行政复议诉讼和举报投诉情况,机构建设、保障经费和培训会议情况、存在问题及工作打算等七部分组成。';
const headings = ['一、 基本工作情况', '二、主动公开政府信息情况', '三、回应解读情况', '四、依申请公开政府信息情况', '五、行政复议、诉讼和举报投诉情况'];

// Most reports here are of no table format (their text read as prose): in one of the 2019/2021 formats, the six parts it
// prescribes are document/six-parts' to call missing (the last test).
const makeReport = (patch: ReportPatch = {}) => baseReport({ ...patch, document: { format: 'prose', ...patch.document } });

describe('document/announced-parts', () => {
  it('passes when every announced part has a heading', () => {
    const lines = [intro, ...headings, '六、机构建设、保障经费和培训会议情况', '七、存在问题及工作打算'];
    expect(findingsOf(announcedParts, makeReport(), makeContext({ lines }))).toEqual([]);
  });

  it('warns about shulan-tiande-2014, which has no 机构建设 part', () => {
    const lines = [intro, ...headings, '、工作存在的主要问题、改进情况及工作打算'];
    expect(findingsOf(announcedParts, makeReport(), makeContext({ lines }))).toMatchObject([{
      severity: 'warning', expected: 7, actual: 6,
      message: '报告开头称由七部分组成，但正文中未找到：“机构建设、保障经费和培训会议情况”',
    }]);
  });
  it('finds a part whose heading runs on after a sentence, where the page lost its breaks (wenmiao-2011, 吉林市昌邑区文庙街道)', () => {
    const lines = ['本报告由基本工作情况、主动公开政府信息情况、依申请公开政府信息情况、行政复议和诉讼情况、收费和减免情况、存在问题及工作打算、附表等七部分组成。',
      '一、基本情况', '二、主动公开政府信息情况 （一）政府信息公开的内容。2011年主动公开公文3份。 三、依申请公开政府信息情况 目前，暂无依申请公开事项。 四、行政复议和诉讼情况',
      '目前，暂无申请行政复议、提起行政诉讼。 五、收费和减免情况', '2011年度暂不存在政府信息公开收费及减免情况。', '六、工作存在的主要问题和改进情况 我街道政府信息公开的组织领导和制度框架基本完备。'];
    expect(findingsOf(announcedParts, makeReport({ document: { sections: [] } }), makeContext({ lines }))).toEqual([]);
    // Without the run-on heading the part is missing.
    const cut = lines.map((line) => line.replace(' 五、收费和减免情况', ''));
    expect(findingsOf(announcedParts, makeReport({ document: { sections: [] } }), makeContext({ lines: cut })).map((f) => f.message))
      .toEqual(['报告开头称由七部分组成，但正文中未找到：“收费和减免情况”']);
  });

  it('finds parts a report before 2019 numbers (一)(二)… under 一、概述 (hb-shayang-2017, 沙洋县, its page cut in (四))', () => {
    const intro = '全文由概述、主动公开政府信息的情况、回应解读情况、依申请公开政府信息的情况、行政复议和诉讼情况、机构建设和培训情况、主要问题和改进措施、附表等八部分组成。';
    const lines = [intro, '一、概述', '2017年,我县高度重视政府信息公开工作,主要开展了以下工作:', '(一)主动公开政府信息的情况',
      '2017年,全县各级各部门主动公开政府信息共计14189条。', '(二)回应解读情况', '2017年,通过政府网站回应社会关注热点信息7条。',
      '(三)依申请公开办理情况', '2017年,受理公民、法人和其他组织提出的政府信息公开申请2件。', '(四)行政复议情况', '2017年全县共受理行政复议4件,其中维持具体行政行为1'];
    const report = makeReport({ document: { year: 2017, sections: [{ number: '一', title: '概述' }] } });
    expect(findingsOf(announcedParts, report, makeContext({ lines })).map((f) => f.message))
      .toEqual(['报告开头称由八部分组成，但正文中未找到：“机构建设和培训情况”、“主要问题和改进措施”']);
    // A (一) heading's title ends at its space: the paragraph run on after it names no part (pinghu-gongdian-2010).
    const runOn = [intro, '一、概述', '(一)组织机构建设情况 政务公开和政府信息公开是各级行政机关的一项重要职责', '(二)《指南》和《目录》编制工作情况 编制政府信息公开《指南》和《目录》,是推动政府信息公开工作的基础性工作'];
    expect(findingsOf(announcedParts, report, makeContext({ lines: runOn }))[0]!.message).toContain('“主动公开政府信息的情况”');
    // In the formats' years a (一)主动公开 heading under 一、总体情况 is not the part of 表二.
    const mulan = ['本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、存在的主要问题及改进情况、其他需要报告的事项等六个方面组成。',
      '一、总体情况', '(一)主动公开政府信息情况。2022年,我局进一步贯彻《条例》的文件精神。'];
    expect(findingsOf(announcedParts, makeReport({ document: { year: 2022, sections: [{ number: '一', title: '总体情况' }] } }), makeContext({ lines: mulan }))[0]!.message)
      .toContain('“主动公开政府信息情况”');
  });

  it('reads parts called 方面 and says 方面 as the page does (pinghu-gongdian-2010, its headings past 概述 cut from the probe and written as announced)', () => {
    const intro = '平湖市供电局根据《中华人民共和国政府信息公开条例》的要求,编制平湖市供电局2010年信息公开报告,该报告由概述、政府信息主动公开情况、政府信息依申请公开情况、复议、提起行政诉讼情况、政府信息公开收费及减免情况、存在的主要问题及改进措施六方面内容组成。';
    const lines = [intro, '一、概述', '二、政府信息主动公开情况', '三、政府信息依申请公开情况', '四、复议、提起行政诉讼情况', '五、政府信息公开收费及减免情况'];
    const report = makeReport({ document: { sections: [] } });
    expect(findingsOf(announcedParts, report, makeContext({ lines })).map((f) => f.message))
      .toEqual(['报告开头称由六方面组成，但正文中未找到：“存在的主要问题及改进措施”']);
    expect(findingsOf(announcedParts, report, makeContext({ lines: [...lines, '六、存在的主要问题及改进措施'] }))).toEqual([]);
  });

  it('reads parts counted as 项 of 内容 (guangyuan-cangxi-wenchang-2022, its page cut after 一、总体情况)', () => {
    const intro = '全文由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议及行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项共六项内容组成,所列数据统计时限从2022年1月1日起至2022年12月31日止。';
    const lines = [intro, '一、总体情况', '(一)主动公开情况。我镇利用多种途径开展政府信息公开工作', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议及行政诉讼情况', '五、存在的主要问题及改进情况'];
    const report = makeReport({ document: { year: 2022, sections: [] } });
    expect(findingsOf(announcedParts, report, makeContext({ lines })).map((f) => f.message))
      .toEqual(['报告开头称由六项组成，但正文中未找到：“其他需要报告的事项”']);
    // 项 alone counts things, not the report's parts.
    expect(findingsOf(announcedParts, report, makeContext({ lines: ['本报告包括主动公开、依申请公开等六项工作。', '一、总体情况'] }))).toEqual([]);
  });

  it('parts two names run together before the page\'s doubled 复议, not inside it (dean-zouqiao-2013)', () => {
    const intro = '全文由概述、主动公开政府信息的情况、依申请公开、不予公开及咨询政府信息情况、政府信息公开的收费及减免情况复议、复议、申诉和诉讼情况、主要问题和改进措施等六部分组成。';
    const lines = [intro, '一、概述', '二、主动公开政府信息的情况', '三、依申请公开、不予公开及咨询政府信息情况', '四、政府信息公开的收费及减免情况', '五、主要问题和改进措施'];
    expect(findingsOf(announcedParts, makeReport({ document: { year: 2013, sections: [] } }), makeContext({ lines })).map((f) => f.message))
      .toEqual(['报告开头称由六部分组成，但正文中未找到：“复议、复议、申诉和诉讼情况”']);
  });

  it('says nothing on one page of a paginated article: the parts not here may be on the next', () => {
    const lines = [intro, ...headings.slice(0, 3)];
    expect(findingsOf(announcedParts, makeReport(), makeContext({ lines }))).toHaveLength(1);
    expect(findingsOf(announcedParts, makeReport(), makeContext({ lines, pagination: { page: 1, pages: 3 } }))).toEqual([]);
  });

  it('passes a report with as many parts as announced, however its headings word them', () => {
    const lines = ['本报告由概述、主动公开政府信息情况、依申请公开政府信息情况等三部分组成。', '一、基本概况', '二、主动公开政府信息情况', '三、依申请公开政府信息情况'];
    expect(findingsOf(announcedParts, makeReport({ document: { sections: [] } }), makeContext({ lines }))).toEqual([]);
  });

  it('reads 共 and 和 as no part of a name, and a 指南 described in the text as no announcement', () => {
    const lines = ['本报告由总体情况、主动公开政府信息情况、存在的主要问题及改进情况和其他需要报告的事项共四个部分组成。', '一、总体情况', '二、主动公开政府信息情况'];
    const twoParts = makeReport({ document: { sections: [{ number: '一', title: '总体情况' }, { number: '二', title: '主动公开政府信息情况' }] } });
    expect(findingsOf(announcedParts, twoParts, makeContext({ lines }))).toMatchObject([{
      message: '报告开头称由四部分组成，但正文中未找到：“存在的主要问题及改进情况”、“其他需要报告的事项”',
    }]);
    // 行政复议、行政诉讼情况 is one part of the template.
    const six = ['本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。', '一、总体情况'];
    const onePart = makeReport({ document: { sections: [{ number: '一', title: '总体情况' }] } });
    expect(findingsOf(announcedParts, onePart, makeContext({ lines: six }))[0]!.message).toBe(
      '报告开头称由六部分组成，但正文中未找到：“主动公开政府信息情况”、“收到和处理政府信息公开申请情况”、“政府信息公开行政复议、行政诉讼情况”、“存在的主要问题及改进情况”、“其他需要报告的事项”');
    const guide = ['《政府信息公开指南》由主动公开、依申请公开、监督方式三部分组成。', '一、概述'];
    expect(findingsOf(announcedParts, makeReport({ document: { sections: [{ number: '一', title: '概述' }] } }), makeContext({ lines: guide }))).toEqual([]);
    // …nor one the report says it comes with.
    const withGuide = ['本年度报告根据《中华人民共和国政府信息公开条例》编制，全文同时附有修订后的《某县政府信息公开指南》，包括公开范围、公开方式、申请程序、处理期限、收费标准、监督救济、联系方式等七个部分。', '一、总体情况'];
    expect(findingsOf(announcedParts, onePart, makeContext({ lines: withGuide }))).toEqual([]);
  });

  it('takes the heading numbered as the part for it when both name the overview, or the heading lost the end of the name', () => {
    // xixia-2017 announces 概述 and heads it 一、政府信息公开工作的基本概况; dehua-shenji-2010's 一 、概 lost its 述.
    const intro = '本年报由概述，主动公开政府信息情况，依申请公开政府信息情况，咨询处理情况四部分组成。';
    const rest = ['二、主动公开政府信息情况', '三、依申请公开政府信息情况'];
    const check = (first: string) => findingsOf(announcedParts, makeReport({ document: { sections: [] } }), makeContext({ lines: [intro, first, ...rest] }));
    expect(check('一、政府信息公开工作的基本概况')).toMatchObject([{ message: '报告开头称由四部分组成，但正文中未找到：“咨询处理情况”' }]);
    expect(check('一 、概 ')).toMatchObject([{ message: '报告开头称由四部分组成，但正文中未找到：“咨询处理情况”' }]);
    // Another part's heading is not the overview's, whatever its number.
    expect(check('一、咨询处理情况')).toMatchObject([{ message: '报告开头称由四部分组成，但正文中未找到：“概述”' }]);
    // A list of more names than it counts is parted at each name's end all the same: 概述 is not run into the next
    // name, and its heading is found (gaolou-2018 lists eight names, 附表 among them, under 七部分).
    const gaolou = ['本报告由概述、主动公开政府信息的情况、依申请公开政府信息办理情况、收费情况等三部分组成。', '一、概述', '二、收费情况'];
    expect(findingsOf(announcedParts, makeReport({ document: { sections: [] } }), makeContext({ lines: gaolou }))).toMatchObject([{
      message: '报告开头称由三部分组成，但正文中未找到：“主动公开政府信息的情况”、“依申请公开政府信息办理情况”',
    }]);
    const gaolouWhole = ['本报告由概述、主动公开政府信息的情况、依申请公开政府信息办理情况、政府信息公开的经费使用和收费情况、因政府信息公开申请行政复议、提起行政诉讼的情况、政府信息公开工作存在的主要问题及改进情况、需要说明的事项、附表等七部分组成。',
      '一、概述', '二、主动公开政府信息的情况', '三、依申请公开政府信息办理情况', '四、政府信息公开的经费使用和收费情况',
      '五、因政府信息公开申请行政复议、提起行政诉讼的情况', '六、政府信息公开工作存在的主要问题及改进情况', '七、需要说明的事项', '附表：'];
    expect(findingsOf(announcedParts, makeReport({ document: { sections: [] } }), makeContext({ lines: gaolouWhole }))).toEqual([]);
  });

  it('takes a reworded heading of the part\'s number for it where both name the same part of the format, and finds the part really missing (qinglong-jianshui-2019)', () => {
    // www.hhjs.gov.cn/info/2961/171731.htm: five headings, the fifth reworded, and no 六.
    const intro = '本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分组成。';
    const lines = [intro, '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在问题和改进措施'];
    expect(findingsOf(announcedParts, makeReport({ document: { sections: [] } }), makeContext({ lines }))).toMatchObject([{
      expected: 6, actual: 5, message: '报告开头称由六部分组成，但正文中未找到：“其他需要报告的事项”',
    }]);
    // Another part of the format under the fifth number is not the problems part.
    const other = [...lines.slice(0, 5), '五、其他需要报告的事项'];
    expect(findingsOf(announcedParts, makeReport({ document: { sections: [] } }), makeContext({ lines: other }))).toMatchObject([{
      message: '报告开头称由六部分组成，但正文中未找到：“存在的主要问题及改进情况”',
    }]);
  });

  it('parts names each in its quotes, with nothing between them (spam-mirror-park-2024)', () => {
    const lines = ['本年报全文由“总体情况”“主动公开政府信息情况”“收到和处理政府信息公开申请情况”“政府信息公开行政复议、行政诉讼情况”“存在的主要问题及改进情况”“其他需要报告的事项”六个部分组成。', '一、总体情况'];
    expect(findingsOf(announcedParts, makeReport({ document: { sections: [] } }), makeContext({ lines }))[0]!.message).toBe(
      '报告开头称由六部分组成，但正文中未找到：“主动公开政府信息情况”、“收到和处理政府信息公开申请情况”、“政府信息公开行政复议、行政诉讼情况”、“存在的主要问题及改进情况”、“其他需要报告的事项”');
  });

  it('parts names each in its quotes, a 、 between them, and names them without their quotes (三元区人社局 2023, smsy.gov.cn t20240104_1991397)', () => {
    const lines = ['本报告由“总体情况”、“主动公开政府信息情况”、“收到和处理政府信息公开申请情况”、“政府信息公开行政复议、行政诉讼情况”、“存在的主要问题及改进情况”、“其他需要报告的事项”六个部分组成。', '一、总体情况'];
    expect(findingsOf(announcedParts, makeReport({ document: { sections: [] } }), makeContext({ lines }))[0]!.message).toBe(
      '报告开头称由六部分组成，但正文中未找到：“主动公开政府信息情况”、“收到和处理政府信息公开申请情况”、“政府信息公开行政复议、行政诉讼情况”、“存在的主要问题及改进情况”、“其他需要报告的事项”');
  });

  it('parts two names the page ran together, their 、 lost (gs-qingshui-jyj-2023: 总体情况主动公开政府信息情况)', () => {
    const lines = ['本报告由总体情况主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六部分组成。', '一、总体情况'];
    expect(findingsOf(announcedParts, makeReport({ document: { sections: [] } }), makeContext({ lines }))[0]!.message).toBe(
      '报告开头称由六部分组成，但正文中未找到：“主动公开政府信息情况”、“收到和处理政府信息公开申请情况”、“政府信息公开行政复议行政诉讼情况”、“存在的主要问题及改进情况”、“其他需要报告的事项”');
  });

  it('names a part after a comma without the 以及 that joins it (…下一步打算，以及其他需要报告的事项)', () => {
    const lines = ['本报告由总体情况，存在的问题及下一步打算，以及其他需要报告的事项三部分组成。', '一、总体情况'];
    expect(findingsOf(announcedParts, makeReport({ document: { sections: [] } }), makeContext({ lines }))[0]!.message).toBe(
      '报告开头称由三部分组成，但正文中未找到：“存在的问题及下一步打算”、“其他需要报告的事项”');
  });

  it('names the last part without the 等 that leaves the list open (qjq-duze-2019: …以及其他需要报告的事项等。)', () => {
    const lines = ['本年度政府信息公开年度报告,根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,由杜泽镇人民政府编制。报告内容主要包含6个部分:'
      + '总体情况、主动公开政府信息情况、政府信息公开申请情况、行政复议及提起诉讼情况、主要问题和改进情况以及其他需要报告的事项等。', '一、总体情况'];
    expect(findingsOf(announcedParts, makeReport({ document: { sections: [{ number: '一', title: '总体情况' }] } }), makeContext({ lines }))[0]!.message).toBe(
      '报告开头称由6部分组成，但正文中未找到：“主动公开政府信息情况”、“政府信息公开申请情况”、“行政复议及提起诉讼情况”、“主要问题和改进情况”、“其他需要报告的事项”');
  });

  it('keeps a part whose name holds 以及 whole where the 、 part the names as announced (jining-hbj-2013)', () => {
    const lines = ['本报告由概述、政府信息公开组织领导和制度建设情况、主动公开政府信息以及公开平台建设情况、政府信息公开申请办理情况、政府信息公开收费及减免情况、'
      + '因政府信息公开申请行政复议和行政诉讼情况、政府信息公开保密审查及监督检查情况、政府信息公开工作存在的主要问题及改进情况、其他事项和附表共九个部分组成。',
    '一、2013年全市环保工作情况概述'];
    const report = makeReport({ document: { sections: [{ number: '一', title: '2013年全市环保工作情况概述' }] }, activeDisclosure: null, applications: null, reviewLitigation: null });
    expect(findingsOf(announcedParts, report, makeContext({ lines }))[0]!.message).toBe('报告开头称由九部分组成，但正文中未找到：'
      + '“政府信息公开组织领导和制度建设情况”、“主动公开政府信息以及公开平台建设情况”、“政府信息公开申请办理情况”、“政府信息公开收费及减免情况”、“因政府信息公开申请行政复议和行政诉讼情况”、'
      + '“政府信息公开保密审查及监督检查情况”、“政府信息公开工作存在的主要问题及改进情况”、“其他事项和附表”');
  });

  it('takes a part for review sought over an application by its number (巍山镇 2017, dongyang.gov.cn: 因政府信息公开申请行政复议、诉讼和申诉的情况 headed 四、复议、诉讼和申诉情况)', () => {
    const lines = ['本年度报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制。全文由主动公开政府信息的情况，依申请公开政府信息办理情况，政府信息公开的收费及减免情况，'
      + '因政府信息公开申请行政复议、诉讼和申诉的情况，政府信息公开工作的主要做法，政府信息公开工作中存在的问题及改进措施等六部分组成。',
    '一、主动公开政府信息的情况', '二、依申请公开政府信息和不予公开政府信息情况', '三、政府信息公开的收费及减免情况。', '四、复议、诉讼和申诉情况', '五、政府信息公开工作的主要做法'];
    expect(findingsOf(announcedParts, makeReport({ document: { sections: [] } }), makeContext({ lines })).map((f) => f.message))
      .toEqual(['报告开头称由六部分组成，但正文中未找到：“政府信息公开工作中存在的问题及改进措施”']);
  });

  it('takes no heading of another part of the format for the announced one, though it shares half its characters (dazhu-chaoyang-2016, its 三 taken out)', () => {
    const intro = '本报告包括概述,主动公开政府信息情况,依申请公开信息情况,政府信息公开复议、诉讼情况,政府信息公开收费及减免情况和存在的主要问题及改进措施等六个方面内容。';
    const parts = ['一、概述', '二、主动公开信息情况', '三、依申请公开信息情况', '四、政府信息公开的收费及减免情况', '五、因政府信息公开申请行政复议、提起行政诉讼的情况', '六、存在的主要问题和改进措施'];
    expect(findingsOf(announcedParts, makeReport(), makeContext({ lines: [intro, ...parts] }))).toEqual([]);
    // The review sought over an application (因政府信息公开申请行政复议…) is not the applications part dropped before it.
    const dropped = [...parts.slice(0, 2), '三、政府信息公开的收费及减免情况', '四、因政府信息公开申请行政复议、提起行政诉讼的情况', '五、存在的主要问题和改进措施'];
    expect(findingsOf(announcedParts, makeReport({ document: { sections: [] } }), makeContext({ lines: [intro, ...dropped] })).map((f) => f.message))
      .toEqual(['报告开头称由六方面组成，但正文中未找到：“依申请公开信息情况”']);
  });

  it('finds the 附表 in the report\'s table or its caption, not among the headings', () => {
    const lines = ['本报告由概述、主动公开政府信息情况、存在的主要问题和改进措施以及附表四部分组成。', '一、概述', '二、主动公开政府信息情况', '三、存在的主要问题和改进措施'];
    const noTables = makeReport({ document: { sections: [] }, activeDisclosure: null, applications: null, reviewLitigation: null });
    expect(findingsOf(announcedParts, noTables, makeContext({ lines }))[0]!.message).toBe('报告开头称由四部分组成，但正文中未找到：“附表”');
    expect(findingsOf(announcedParts, noTables, makeContext({ lines: [...lines, '附表：某镇2013年政府信息公开情况统计表'] }))).toEqual([]);
    expect(findingsOf(announcedParts, makeReport({ document: { sections: [] } }), makeContext({ lines }))).toEqual([]);
  });

  it('leaves the 附表 of a report before the 2019 format to document/announced-table (qingdao-2018)', () => {
    const lines = ['本报告由概述、主动公开政府信息情况、依申请公开政府信息情况、举报和行政复议及行政诉讼情况、工作人员情况、存在的问题和下一步重点工作、附表共7个部分组成。',
      '一、概述', '二、主动公开政府信息情况', '三、依申请公开政府信息情况'];
    const prose2018 = makeReport({ document: { format: 'prose', year: 2018, sections: [] }, activeDisclosure: null, applications: null, reviewLitigation: null });
    expect(findingsOf(announcedParts, prose2018, makeContext({ lines }))[0]!.message)
      .toBe('报告开头称由7部分组成，但正文中未找到：“举报和行政复议及行政诉讼情况”、“工作人员情况”、“存在的问题和下一步重点工作”');
  });

  it('reads the list after 包括 where the sentence first names who compiled the report (gz-2018)', () => {
    const lines = ['本报告由贵州省人民政府办公厅编制,是2018年贵州省各级行政机关开展政府信息公开工作的情况,包括概述、主动公开情况、依申请公开情况、机构人员经费保障情况、存在问题及下步打算等五个部分,以及相关统计附表、附图。所列数据统计时限为2018年1月1日至2018年12月31日。',
      '一、概述'];
    expect(findingsOf(announcedParts, makeReport({ document: { sections: [{ number: '一', title: '概述' }] } }), makeContext({ lines }))).toMatchObject([{
      message: '报告开头称由五部分组成，但正文中未找到：“主动公开情况”、“依申请公开情况”、“机构人员经费保障情况”、“存在问题及下步打算”',
    }]);
  });

  it('reads "全文包括…6个部分" after the sentence naming the report (pzh-sjj-2014), and passes when every part has its heading', () => {
    const intro = ['攀枝花市审计局2014年政府信息公开工作年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求编制。',
      '全文包括概述,主动公开政府信息情况,依申请公开政府信息情况,政府信息公开收费及减免情况,行政复议情况、行政诉讼情况,政府信息公开存在的主要问题及整改情况6个部分。'];
    const lines = [...intro, '一、概述', '二、主动公开政府信息情况', '三、依申请公开政府信息办理情况', '四、政府信息公开的收费及减免情况'];
    const noSections = makeReport({ document: { sections: [] } });
    expect(findingsOf(announcedParts, noSections, makeContext({ lines }))).toMatchObject([{
      expected: 6, actual: 4, message: '报告开头称由6部分组成，但正文中未找到：“行政复议情况、行政诉讼情况”、“政府信息公开存在的主要问题及整改情况”',
    }]);
    const whole = [...lines, '五、行政复议、行政诉讼情况', '六、政府信息公开存在的主要问题及整改情况'];
    expect(findingsOf(announcedParts, noSections, makeContext({ lines: whole }))).toEqual([]);
  });

  it('parts a list at the 、 after a name\'s ending first, and never inside brackets (ustc-tsg211-2021, mayu-2013)', () => {
    const noTables = makeReport({ document: { sections: [] }, activeDisclosure: null, applications: null, reviewLitigation: null });
    const check = (intro: string) => findingsOf(announcedParts, noTables, makeContext({ lines: [intro, '一、概述'] }))[0]!.message;
    expect(check('全文由概述、信息主动公开情况、依申请公开和不予公开情况、信息公开评议情况、因信息公开工作受到的举报、复议、诉讼的情况、存在的主要和改进措施六部分内容组成。')).toBe(
      '报告开头称由六部分组成，但正文中未找到：“信息主动公开情况”、“依申请公开和不予公开情况”、“信息公开评议情况”、“因信息公开工作受到的举报、复议、诉讼的情况”、“存在的主要和改进措施”');
    expect(check('本报告由概述、主动公开政府信息的情况、依申请公开政府信息办理情况(受理、答复情况)、政府信息公开的经费使用和收费情况、因政府信息公开申请行政复议和提起行政诉讼的情况、'
      + '政府信息公开工作存在的主要问题及改进措施和需要说明的事项与附表等七部分组成。')).toBe('报告开头称由七部分组成，但正文中未找到：“主动公开政府信息的情况”、'
      + '“依申请公开政府信息办理情况(受理、答复情况)”、“政府信息公开的经费使用和收费情况”、“因政府信息公开申请行政复议和提起行政诉讼的情况”、“政府信息公开工作存在的主要问题及改进措施”、“需要说明的事项与附表”');
  });

  it('parts no name at a 和 joining two of its words to reach the count (xixia-2017: seven names under 八部分)', () => {
    const lines = ['本年报由概述、主动公开政府信息情况、依申请公开政府信息和政府信息公开的收费和减免情况、因政府信息公开申请行政复议、提起行政诉讼的情况、政府信息公开工作存在的主要问题和改进措施以及附表等八部分组成。',
      '一、政府信息公开工作的基本概况', '二、主动公开政府信息情况', '三、依申请公开政府信息和不予公开政府信息的情况'];
    const noTables = makeReport({ document: { sections: [] }, activeDisclosure: null, applications: null, reviewLitigation: null });
    expect(findingsOf(announcedParts, noTables, makeContext({ lines }))[0]!.message).toBe('报告开头称由八部分组成，但正文中未找到：'
      + '“政府信息公开的收费和减免情况”、“因政府信息公开申请行政复议、提起行政诉讼的情况”、“政府信息公开工作存在的主要问题和改进措施”、“附表”');
  });

  it('keeps a template part whole where the list names fewer parts than it counts (tj-teda-2022)', () => {
    const lines = ['本年度报告由总体情况,主动公开政府信息情况,收到和处理政府信息公开申请情况,政府信息公开行政复议、行政诉讼情况,政府信息公开工作存在的主要问题及改进情况等六部分组成。', '一、总体情况'];
    expect(findingsOf(announcedParts, makeReport({ document: { sections: [] } }), makeContext({ lines }))[0]!.message).toBe('报告开头称由六部分组成，但正文中未找到：'
      + '“主动公开政府信息情况”、“收到和处理政府信息公开申请情况”、“政府信息公开行政复议、行政诉讼情况”、“政府信息公开工作存在的主要问题及改进情况”');
  });

  it('reads the list after the count where the text puts it forward (tj-dongli-2019: 由九部分组成,分别为:…), not a part cited by its number', () => {
    const dongli = '本年度报告由九部分组成,分别为:总体情况、主动公开政府信息情况、依申请公开政府信息情况、收费及减免情况、行政复议和行政诉讼情况、政府信息公开工作存在的主要问题及改进措施、其他需要报告的事项、附注、政府信息公开年度统计表。本年度报告中所列数据统计期限自2019年1月1日起至12月31日止。';
    const headings = ['一、总体情况', '二、主动公开政府信息情况', '三、依申请公开政府信息情况', '四、收费及减免情况', '五、行政复议和行政诉讼情况', '六、政府信息公开工作存在的主要问题及改进措施', '七、其他需要报告的事项', '八、附注'];
    const noSections = makeReport({ document: { sections: [] } });
    expect(findingsOf(announcedParts, noSections, makeContext({ lines: [dongli, ...headings] }))).toEqual([]);
    expect(findingsOf(announcedParts, noSections, makeContext({ lines: [dongli, ...headings.filter((h) => !h.startsWith('四'))] }))).toMatchObject([{
      expected: 9, actual: 8, message: '报告开头称由九部分组成，但正文中未找到：“收费及减免情况”',
    }]);
    // tj-dongli-water-2020 announces five.
    const water = '本年度报告由五部分组成,分别为:总体情况、政府信息公开年度统计表、收到和处理政府信息公开申请情况、行政复议及行政诉讼情况、其他需要报告的事项。';
    expect(findingsOf(announcedParts, noSections, makeContext({ lines: [water, '一、总体情况', '二、收到和处理政府信息公开申请情况'] }))).toMatchObject([{
      message: '报告开头称由五部分组成，但正文中未找到：“行政复议及行政诉讼情况”、“其他需要报告的事项”',
    }]);
    // hb-fgw-2021 cites its parts by number: no announcement.
    const cited = '全年收到公民、法人和其他组织政府信息公开申请共161件,当年办结168件(含上年结转14件),结转下一年7件(具体情况及涉及行政复议、行政诉讼情况详见本报告第三、四部分)。';
    expect(findingsOf(announcedParts, noSections, makeContext({ lines: [cited, '一、总体情况'] }))).toEqual([]);
  });

  it('reads no other thing\'s parts for the report\'s, and ends the list with the clause that names them (from review)', () => {
    const noSections = makeReport({ document: { sections: [] } });
    const headings = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况'];
    // A column of the portal in the 报告期, a plan's 全文 the report interprets.
    for (const line of ['报告期内，我局门户网站信息公开专栏分为8个部分：机构概况、政策文件、规划计划、工作动态、通知公告、人事信息、财政信息、重点领域，全年更新信息120条。',
      '及时解读政策，《某县乡村振兴规划》全文共八个部分，分别为：总体要求、产业振兴、人才振兴、文化振兴、组织振兴、生态振兴、保障措施、附则。']) {
      expect(findingsOf(announcedParts, noSections, makeContext({ lines: ['本年度报告根据《中华人民共和国政府信息公开条例》要求编制。', ...headings, line] })), line).toEqual([]);
    }
    // The report's own, one part missing: the clause after the list is no part of it.
    const own = '本年度报告由六部分组成,分别为:总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项，本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。';
    expect(findingsOf(announcedParts, noSections, makeContext({ lines: [own, ...headings] }))).toMatchObject([{
      expected: 6, actual: 5, message: '报告开头称由六部分组成，但正文中未找到：“其他需要报告的事项”',
    }]);
    // Where the report announces them: its sentence to the list's end.
    expect(wordsOf(announcedParts, noSections, makeContext({ lines: [own, ...headings] }))).toEqual([[own.slice(0, own.indexOf('，本报告'))]]);
  });

  it('says where the report announces its parts (shulan-tiande-2014)', () => {
    const lines = ['为进一步推进政务公开。  ' + intro, ...headings, '、工作存在的主要问题、改进情况及工作打算'];
    expect(wordsOf(announcedParts, makeReport(), makeContext({ lines }))).toEqual([[intro.slice(0, -1)]]);
  });

  it('reads the count first with a few words between the report and it (from review: gs-qingyang-2021, 本报告正文共分六个部分)', () => {
    const noSections = makeReport({ document: { sections: [] } });
    for (const line of ['报告内容主要由六部分组成,分别为总体情况、行政机关主动公开政府信息情况、行政机关收到和处理政府信息公开申请情况、因政府信息公开工作被申请行政复议和提起行政诉讼情况、政府信息公开工作存在的主要问题及改进情况和其他需要报告的事项。',
      '本报告正文共分六个部分：总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。']) {
      const [finding] = findingsOf(announcedParts, noSections, makeContext({ lines: [line, '一、总体情况'] }));
      expect(finding, line).toMatchObject({ expected: 6, actual: 1 });
    }
  });

  it('lists from 分为 where the sentence names its author and law first (平潭 经济发展局 2013: 本年报是由…根据…编制，分为…)', () => {
    const lines = ['本年报是由平潭综合实验区经济发展局根据《中华人民共和国政府信息公开条例》（以下简称《条例》）以及相关规定的要求编制，分为概述、主动公开政府信息情况、依申请公开政府信息情况、收费及减免情况、政府信息公开存在的问题及改进措施、附件等六部分，所列数据统计期限自2013年1月1日起至2013年12月31日止。',
      '一、概述', '二、政府信息主动公开情况', '三、依申请公开政府信息情况', '四、收费及减免情况', '五、政府信息公开存在的问题及改进措施'];
    const report = makeReport({ document: { format: 'legacy', sections: [] }, legacyStats: [{ code: '另1', label: '主动公开信息数', unit: '条', value: 128 }] });
    expect(findingsOf(announcedParts, report, makeContext({ lines }))).toEqual([]);
    // A part the page does lack is still named, as the opening names it.
    expect(findingsOf(announcedParts, report, makeContext({ lines: lines.filter((l) => !l.startsWith('四、')) })).map((f) => f.message))
      .toEqual(['报告开头称由六部分组成，但正文中未找到：“收费及减免情况”']);
  });

  it('leaves the six parts of a 2021-format report to document/six-parts: one finding, not two (tongji-2023)', () => {
    // 61.150.65.235/zfxxgk/zfxxgknb/bmxxgknb/1906985018193408001.html as stored: the page ends after 四.
    const lines = ['根据《中华人民共和国政府信息公开条例》规定，现公布区统计局2023年政府信息公开工作年度报告。本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、存在问题及改进情况、其他需要报告的事项等六部分组成。',
      '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况'];
    const sections = lines.slice(1).map((line) => ({ number: line[0]!, title: line.slice(2) }));
    const ctx = makeContext({ lines });
    const fourParts = baseReport({ document: { format: '2021', year: 2023, sections } });
    expect(findingsOf(announcedParts, fourParts, ctx)).toEqual([]);
    expect(findingsOf(sixParts, fourParts, ctx)).toMatchObject([{
      severity: 'warning', message: '2021版格式要求的六个部分中未找到：五、存在的主要问题及改进情况；六、其他需要报告的事项',
    }]);
    // Read as prose (its tables lost), it is held to the six parts all the same (gd-eea-2022): one finding, six-parts'.
    const prose = makeReport({ document: { year: 2023, sections } });
    expect(findingsOf(announcedParts, prose, ctx)).toEqual([]);
    expect(findingsOf(sixParts, prose, ctx)).toHaveLength(1);
    // Of no table format (no year known), the report's own list is the only one to go by.
    expect(findingsOf(announcedParts, makeReport({ document: { year: null, sections } }), ctx)).toMatchObject([{
      message: '报告开头称由六部分组成，但正文中未找到：“存在问题及改进情况”、“其他需要报告的事项”',
    }]);
  });
});
