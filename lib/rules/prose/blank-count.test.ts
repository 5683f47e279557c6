import { describe, expect, it } from 'vitest';
import { findingsOf, makeContext, makeReport, wordsOf } from '../../../test/support/report.ts';
import { blankCount, blanks } from './blank-count.ts';

// gs-gannan-wjw-2025 (甘南州卫生健康委员会): the count of the WeChat account's items never typed in.
const gannan = ['二是通过政务新媒体主动发布政务信息。“甘南卫生健康”微信公众号编辑发布信息条。微信公众号订阅用户6731人。'];
const report = makeReport({ document: { year: 2025 } });
const holes = (line: string) => blanks(line).map(({ start, end }) => line.slice(start, end));

describe('prose/blank-count', () => {
  it('passes counts given, and words ending in a measure word’s character (real pages’ wording)', () => {
    expect(findingsOf(blankCount, report, makeContext({ lines: ['通过报刊、微信公众号等媒体公开信息344条。'] }))).toEqual([]);
    for (const line of [
      // cq-shizhu-wjw-2021, oubei-2012, yc-xingqing-qianjinjie-2024, hlj-wuchang-minyi-2021: none received, 件 the applications'.
      '2021年，县卫生健康委共收到政府信息公开申请1件，无上年结转件，当年办结1件，无结转下年件。',
      '本单位2012年没有收到政府信息公开申请件。',
      '2024年，前进街未接到书面方式申请的政府信息公开申请和网络方式申请的政府信息公开申请件，也未发生因政府信息公开申请行政复议、提起行政诉讼的情况。',
      '全年未发生针对民意乡有关政府信息公开事务的行政复议案件、行政诉讼案件和举报申诉件。',
      // template-essay-site, gs-heshui-2024, 平潭县人民政府 2012: words, figures given, 第X条.
      '区政府各部门在本单位公开栏公开了行政许可的事项、依据、条件、数量、程序、期限。',
      '公开了招考和录用工作人员以及公开选任干部的条件、程序、结果等方面的信息等。',
      '2024年，全县共收到政府信息公开申请11件，其中通过政府网站申请9件、向县政府办公室邮寄纸质版申请2件，全部属自然人申请件，按时办结11件。',
      // gs-heshui-2024's kind of the applications, said with the verb of its sentence (rebuilt).
      '收到的申请全部属自然人申请件，',
      '2012年全县共收到有关政府信息公开的申请21条，其中当面申请数18条，电子邮件申请数3条。',
      '依据《条例》第三十六条，答复申请人。全年共发布政策文件若干条，发布信息1200余条，公开各类文件。',
      '2012年刊出政务公开栏12期。定期发布，按期公开。',
      // 平潭县人民政府 2012's 统计表 as its text prints it, a label's figure in a cell of its own.
      '其中：1.网站公开条',
      // A copy or a scan of a document is an item, its 件 the word's (公开…复印件, 扫描件: built wording).
      '依申请向申请人提供了相关文件的复印件，',
      '网站发布了会议纪要的扫描件。',
      // A frequency (a shop's advice in a public repository's code: real usage of the word).
      '如内容是主因：增加短视频发布频次，优化内容质量',
      // A 报 that is no publication: a span of time (wording built on the reviewer's 申报期/填报期).
      '组织各单位在规定的填报期，按时报送年度报告。',
      // The items, not a count: 的 after the verb, or the count already said (the fourth review's sentences).
      '对收到的政府信息公开申请件，均在法定期限内答复。',
      '对于受理的申请件，严格按照法定程序办理。',
      '认真办理每一件政府信息公开申请件。',
      // Kinds of items whose 件 is the word's (疑难件, 复杂件, 纠错件, 失效件, 过时件, 现行有效件, 纸质件).
      '集中办理疑难件、复杂件，及时处理纠错件。',
      '清理失效件、过时件，公开现行有效件。',
      '接收纸质件。',
      // A count in formal numerals is given (贰拾件).
      '全年共受理申请贰拾件。',
    ]) expect(holes(line), line).toEqual([]);
  });

  it('reads only the report’s sentences: a portal’s counter its script fills is none (the fourth review’s page chrome)', () => {
    const lines = ['本站共发布信息条，今日新增信息条。', '某县农业农村局2021年政府信息公开工作年度报告', ...gannan, '某县农业农村局', '2022年1月20日', '本站共发布信息条，今日新增信息条。'];
    const ctx = makeContext({ lines, signedLine: 4 });
    expect(wordsOf(blankCount, report, ctx)).toEqual([['“甘南卫生健康”微信公众号编辑发布信息条']]);
  });

  it('reads a sentence of the report that speaks of 备案 or a 承办单位, as a portal\'s footer does not (jtj-2019)', () => {
    // 平潭综合实验区交通与建设局 2019: the count of 核准企业资质 never typed in, in a sentence listing a 竣工验收备案 count.
    const jtj = '全年公开核准企业资质条、施工许可证76条、安全生产许可证121条、排水许可证5条、申请户外广告设置许可证783条、申请竣工验收备案16条等。';
    const lines = ['平潭综合实验区交通与建设局2019年政府信息公开工作年度报告', jtj, '平潭综合实验区交通与建设局', '2020年1月2日', '主办单位：平潭综合实验区交通与建设局 备案号：闽ICP备00000000号'];
    expect(wordsOf(blankCount, report, makeContext({ lines, signedLine: 3 }))).toEqual([['全年公开核准企业资质条']]);
  });

  it('points at a count left out between the verb and its measure word, the noun after (real sentences, their figures taken out)', () => {
    // nx-tongxin-zrzyj-2021 (共收到1件政府信息公开申请) and sd-zoucheng-tangcun-2020 (公开108条信息), each figure taken out.
    expect(holes('截至2024年12月31日，我镇共收到件政府信息公开申请，均已按照相关规定答复。')).toEqual(['我镇共收到件政府信息公开申请']);
    expect(holes('通过政务微信公众号“富美唐村”公开条信息。')).toEqual(['通过政务微信公众号“富美唐村”公开条信息']);
    // Words public repositories write so (公共发布条件, 共发布条数) and a built 公开个人信息: no hole.
    for (const line of ['这项检查也不代表达到公共发布条件。', '共发布条数：', '依法公开个人信息。']) expect(holes(line), line).toEqual([]);
  });

  it('points at a count left out right after its verb where a total’s or a year’s word stands before it', () => {
    // pt-2021 (受理…46件，办结44件) and a probe's 按时办结42件, each figure taken out.
    expect(holes('政府信息依申请公开事项46件，当年办结件。')).toEqual(['当年办结件']);
    expect(holes('受理公开政府信息申请42件，按时办结件。')).toEqual(['按时办结件']);
    expect(holes('全年共受理件，')).toEqual(['全年共受理件']);
    // zhyzulin-2024-spam (a 园区's 2024 report, mirrored): the total of the items it goes on to list, never typed in.
    expect(holes('(一)主动公开情况。采取网络形式进行公开,全年在政府网上共主动公开条,其中信息公开指南0条,信息公开制度1条,')).toEqual(['全年在政府网上共主动公开条']);
    // An item handled, as a workflow's code names it (本人办结件; 在办件，办结件，暂停件): a noun, no count.
    for (const line of ['且必须为本人办结件。', '在办件，办结件，暂停件为只读。']) expect(holes(line), line).toEqual([]);
    // Items listed up to what is said of them together (待办件数量、在办件数量、办结件数量, as office software counts
    // them): 受理件 an application received, no count left out; a hole of a list the template never filled in is one still.
    expect(holes('2023年受理件、办结件数量均有所增长。')).toEqual([]);
    expect(holes('全年共受理件、办结件，')).toEqual(['全年共受理件']);
  });

  it('reads a short line of the report’s text, or one cut short at a comma (the template’s sentence alone on its line)', () => {
    const ctx = makeContext({ lines: ['某县2021年政府信息公开工作年度报告', '全年共受理件。', '主动公开政府信息条，', '其中：1.网站公开条'], headingLine: 0 });
    expect(wordsOf(blankCount, report, ctx)).toEqual([['全年共受理件', '主动公开政府信息条']]);
  });

  it('quotes each hole of a 、 list from after the one before it', () => {
    expect(holes('本年度主动公开规章件、规范性文件件。')).toEqual(['本年度主动公开规章件', '规范性文件件']);
  });

  it('points at a measure word standing where the count belongs (gs-gannan-wjw-2025)', () => {
    expect(findingsOf(blankCount, report, makeContext({ lines: gannan }))).toEqual([{
      rule: 'prose/blank-count', severity: 'warning', cells: [], expected: null, actual: null,
      message: '正文有1处数量没有填数字，只剩量词：“‘甘南卫生健康’微信公众号编辑发布信息条”；报告未写出这些数量，请对照原文',
    }]);
    expect(wordsOf(blankCount, report, makeContext({ lines: gannan }))).toEqual([['“甘南卫生健康”微信公众号编辑发布信息条']]);
  });

  it('points at each hole of a template never filled in: after a verb and what it counted, a blank of spaces, a word whole before it', () => {
    // The template's sentences as the brief quotes them, the counts left out.
    expect(holes('共收到政府信息公开申请件，')).toEqual(['共收到政府信息公开申请件']);
    expect(holes('本年度主动公开政府信息条，其中公开规范性文件件。')).toEqual(['本年度主动公开政府信息条', '其中公开规范性文件件']);
    expect(holes('全年发布信息  条；召开新闻发布会次。')).toEqual(['全年发布信息  条', '召开新闻发布会次']);
    expect(holes('编印政务信息简报期。')).toEqual(['编印政务信息简报期']);
    // A long clause quoted to its measure word, where the count belongs (gannan's hole after the kinds its page lists
    // just before it, joined into one clause: rebuilt).
    const long = '“甘南卫生健康”微信公众号编辑发布机构职能、政策文件、财政信息、健康促进、专题专栏等信息条。';
    expect(findingsOf(blankCount, report, makeContext({ lines: [long] }))[0]!.message).toContain('：“…政策文件、财政信息、健康促进、专题专栏等信息条”；');
    const [finding] = findingsOf(blankCount, report, makeContext({ lines: ['2025年共收到政府信息公开申请件，主动公开政府信息条。'] }));
    expect(finding!.message).toBe('正文有2处数量没有填数字，只剩量词：“2025年共收到政府信息公开申请件”、“主动公开政府信息条”；报告未写出这些数量，请对照原文');
  });

  it('points at an item of a counted list whose figure is left out, the verb the total’s (xingan-aes-yjj-2020)', () => {
    const line = '主动公开情况:今年度,主动公开政府信息80条,其中通知公告类信息20条、工作动态类信息29条、部门概况类信息条、政策文件类信息14条、规划类信息1条。';
    expect(holes(line)).toEqual(['部门概况类信息条']);
    // An item of another measure word, or one whose count is given in words, is no hole (built on its wording).
    expect(holes('其中通知公告类信息20件、部门概况类信息条。')).toEqual([]);
    expect(holes('其中通知公告类信息20条、部门概况类信息若干条。')).toEqual([]);
  });
});
