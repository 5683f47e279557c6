import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractWithCheerio, fixtureReport } from '../test/support/fixtures.ts';
import { makeReport } from '../test/support/report.ts';
import type { ProseFigure } from './schema.ts';
import { isProvenance, notChecked, nothingToExport, tallyOf, verdictOf, type Tally } from './verdict.ts';

const tally = (patch: Partial<Tally>): Tally => ({ errors: 0, others: 0, copy: false, confidence: 1, unchecked: null, ...patch });

describe('verdictOf', () => {
  // tieling-2019 on its mirror: 《即时比分办公厅关于做好2019年度政府信息公开工作报告编制发布等工作的通知》, 版权所有:即时比分, no error.
  it('takes a mirror with injected spam for a copy, not for a clean report', () => {
    const report = fixtureReport('tieling-2019.html');
    expect(report.warnings.filter(isProvenance).map((w) => w.rule)).toEqual(['provenance/official-domain', 'provenance/injected-content', 'provenance/injected-content']);
    expect(verdictOf([tallyOf(report, 0)])).toEqual({ kind: 'copy', others: 7 });
  });

  // template-essay-site: 地区党政信息公开工作报告范文 on 范文网, read as a report at 55% only: a copy, not merely unsure.
  it('takes a 范文 site\'s essay for a copy before doubting it is a report', () => {
    const report = fixtureReport('template-essay-site.html');
    expect(report.document.confidence).toBeLessThan(0.6);
    expect(verdictOf([tallyOf(report, 0)])).toEqual({ kind: 'copy', others: 3 });
  });

  it('finds 小板桥街道办事处\'s report on its own gov.cn site clean, its warnings counted, and 隆德县城关镇\'s in error', () => {
    expect(verdictOf([tallyOf(fixtureReport('xiaobanqiao-2018.html'), 0)])).toEqual({ kind: 'clean', others: 3 });
    expect(verdictOf([tallyOf(fixtureReport('longde-chengguan-2021.html'), 0)])).toEqual({ kind: 'errors', errors: 1, others: 3, copy: false });
  });

  it('takes a provenance note for no copy: a hospital\'s report on its own site, text garbled (huaibeihosp-2022)', () => {
    const note = (rule: string, message: string) => ({ rule, severity: 'info' as const, message, cells: [], expected: null, actual: null });
    const hospital = makeReport({ document: { issuer: '淮北市人民医院' }, warnings: [
      note('provenance/official-domain', '本页是淮北市人民医院的信息公开工作年度报告，来自 huaibeihosp.cn：医院、企业等公共企事业单位的年报发布在本单位网站上，不在 gov.cn，无从确认这是否其官方网站；如有疑问，请与该单位核对'),
      note('provenance/garbled-text', '页面夹有乱码（如“?。ㄒ唬┲鲃”），多见于转载镜像站转错了编码，不是报告原文：乱码处的文字（包括其中的标题和数字）无法读取'),
    ] });
    expect(tallyOf(hospital, 0)).toMatchObject({ copy: false, others: 2 });
    expect(verdictOf([tallyOf(hospital, 0)])).toEqual({ kind: 'clean', others: 2 });
    // A company's report on a mirror, warned of, is a copy (ainoer-nanning-metro-2020).
    const mirrored = makeReport({ document: { issuer: '南宁轨道交通集团有限责任公司' }, warnings: [{ ...note('provenance/official-domain',
      '本页是南宁轨道交通集团有限责任公司的信息公开工作年度报告，来自 www.ainoer.com，页面用繁体字书写，是转载镜像站的特征，不是该单位自己的网站；请到该单位的官方网站核对原文'), severity: 'warning' }] });
    expect(verdictOf([tallyOf(mirrored, 0)])).toEqual({ kind: 'copy', others: 1 });
  });

  // ux14: a 繁体 mirror of 江苏省's 2020 report (fs-gm.net), its tables not on the page, said 未发现错误 in its first line,
  // as if checked and clean. Its real opening, cut to the first part's heading.
  it('says of a copy none of whose tables was read that it was not checked, not that it has no errors (jiangsu-2020-trad-mirror)', () => {
    const html = `<html><head><meta charset="utf-8"><title>江蘇省2020年政府信息公開工作年度報告</title></head><body>
<h3>江蘇省2020年政府信息公開工作年度報告</h3>
<p>根據《中華人民共和國政府信息公開條例》(國務院令第711號,以下簡稱新《條例》)規定和國務院辦公廳政府信息與政務公開辦公室《關于政府信息公開工作年度報告有關事項的通知》(國辦公開辦函〔2019〕60號)要求,現發布《江蘇省2020年政府信息公開工作年度報告》。</p>
<p>一、總體情況</p></body></html>`;
    const { report } = extractWithCheerio(html, 'http://fs-gm.net/ntsrmzf/sjxxgkzd/content/de6588b5-a4be-4710-b984-ba532c78f472.html');
    const mirror = tallyOf(report, 0);
    expect([mirror.copy, mirror.unchecked]).toEqual([true, 'no-tables']);
    expect(verdictOf([mirror])).toStrictEqual({ kind: 'copy', unchecked: true, others: mirror.others });
    // One frame of it checked, or its text's figures (a 2008 report's, in its prose alone): "no errors" stands for what was checked.
    expect(verdictOf([mirror, tally({})])).toStrictEqual({ kind: 'copy', others: mirror.others });
    expect(verdictOf([{ ...mirror, unchecked: 'prose' }])).toStrictEqual({ kind: 'copy', others: mirror.others });
  });

  it('counts the errors of a copy as errors still, saying it may be a copy, and sums the frames', () => {
    expect(verdictOf([tally({ errors: 2, others: 1, copy: true }), tally({ errors: 1 })])).toEqual({ kind: 'errors', errors: 3, others: 1, copy: true });
    expect(verdictOf([tally({}), tally({ copy: true, others: 2 })])).toEqual({ kind: 'copy', others: 2 });
  });

  it('doubts a report read at less than the sure confidence, and gives nothing where no report was read', () => {
    expect(verdictOf([tally({ confidence: 0.55, others: 2 })])).toEqual({ kind: 'unsure', others: 2 });
    expect(verdictOf([])).toBeNull();
  });
});

describe('a report none of whose tables could be read', () => {
  // UX review 2: a green ✓ and 没有发现问题 where nothing had been checked.
  it('is not checked where its tables are pictures (pingtan-2022, its three tables swapped for <img>): no ✓ beside its 提醒', () => {
    const html = readFileSync(new URL('../test/fixtures/years/pingtan-2022.html', import.meta.url), 'utf8')
      .replace(/<table[\s\S]*?<\/table>/g, '<p><img src="/table.png" alt=""></p>');
    const { report } = extractWithCheerio(html, 'http://www.pingtan.gov.cn/zwgk/2023/01/t20230131.html');
    expect(report.warnings.filter((w) => w.message.includes('图片')).length).toBeGreaterThan(0);
    expect(report.document.isReport).toBe(true);
    expect(tallyOf(report, 0).unchecked).toBe('no-tables');
    expect(verdictOf([tallyOf(report, 0)])).toMatchObject({ kind: 'not-checked', why: 'no-tables' });
    expect(notChecked(report, 0)).toBe('no-tables');
    expect(nothingToExport(report)).toBe(false);
  });

  // 浑南区国资局 2022 (test/corpus/near) was said to have its tables as pictures; it shows none, as its findings say.
  it('says the page shows no picture or attachment either where it shows none (pingtan-2022, its three tables taken out)', () => {
    const html = readFileSync(new URL('../test/fixtures/years/pingtan-2022.html', import.meta.url), 'utf8').replace(/<table[\s\S]*?<\/table>/g, '');
    const { report } = extractWithCheerio(html, 'http://www.pingtan.gov.cn/zwgk/2023/01/t20230131.html');
    expect(report.warnings.filter((w) => w.message.includes('也没有图片')).length).toBeGreaterThan(0);
    expect([notChecked(report, 0, false), notChecked(report, 0, true), notChecked(report, 1, false)]).toEqual(['none-shown', 'no-tables', 'attachment']);
    expect(verdictOf([tallyOf(report, 0, false)])).toMatchObject({ kind: 'not-checked', why: 'none-shown' });
  });

  // A portal's banner above the article is no picture of the report's: only one in its text may be its tables.
  it('counts only a picture in the report\'s text (pingtan-2022, its tables taken out, under a portal banner)', () => {
    const html = readFileSync(new URL('../test/fixtures/years/pingtan-2022.html', import.meta.url), 'utf8').replace(/<table[\s\S]*?<\/table>/g, '');
    const bannered = html.replace('<body>', '<body><div class="header"><img src="/images/banner.jpg" width="1200" height="160" alt="平潭综合实验区党工委管委会"></div>');
    const url = 'http://www.pingtan.gov.cn/zwgk/2023/01/t20230131.html';
    const banner = extractWithCheerio(bannered, url);
    expect(banner.pictures).toBe(false);
    expect(tallyOf(banner.report, 0, banner.pictures).unchecked).toBe('none-shown');
    const inText = extractWithCheerio(bannered.replace('<div class=TRS_Editor>', '<div class=TRS_Editor><p><img src="./W020230220.png" width="600" height="400"></p>'), url);
    expect(inText.pictures).toBe(true);
    expect(tallyOf(inText.report, 0, inText.pictures).unchecked).toBe('no-tables');
    // A file's viewer in the text may hold them too, from whatever host.
    const framed = extractWithCheerio(bannered.replace('<div class=TRS_Editor>', '<div class=TRS_Editor><p><iframe src="https://files.example.cn/2022nb.pdf" width="800" height="900"></iframe></p>'), url);
    expect(framed.pictures).toBe(true);
    // A 附表 pasted as a picture under the 落款 is the report's too.
    const appended = extractWithCheerio(bannered.replace('无收取信息处理费情况。</p>', '无收取信息处理费情况。</p><p>平潭综合实验区管委会</p><p>2023年2月20日</p><p>附表：</p><p><img src="./W020230220.png" width="600" height="400"></p>'), url);
    expect(appended.pictures).toBe(true);
  });

  it('is not checked where it is an attachment only (某某县2021年政府信息公开工作年度报告.pdf), and has nothing to export', () => {
    const html = readFileSync(new URL('../test/e2e/pages/attachment-only.html', import.meta.url), 'utf8');
    const { report } = extractWithCheerio(html, 'http://www.mmx.gov.cn/xxgk/2022/01/t20220128.html');
    expect(notChecked(report, 1)).toBe('attachment');
    expect(nothingToExport(report)).toBe(true);
    // ux12: the verdict said 没有读到年报的统计表, less than the notice under it (年报在附件中).
    expect(verdictOf([tallyOf(report, 1)])).toEqual({ kind: 'not-checked', why: 'attachment', others: 0 });
    expect(verdictOf([tallyOf(report, 0)])).toMatchObject({ kind: 'not-checked', why: 'no-tables' });
  });

  // A report of the 统计表 years with its figures in its text alone (舒兰市天德乡2014年: 主动公开信息21条…, no table): they were
  // checked against each other, not against a table; not "the tables may be pictures".
  it('says of a pre-2019 report with figures in its prose alone that its text alone was checked (shulan-tiande-2014)', () => {
    const report = fixtureReport('shulan-tiande-2014.html');
    expect(report.proseFigures.length).toBeGreaterThan(0);
    expect(notChecked(report, 0)).toBe('prose');
    expect(verdictOf([tallyOf(report, 0)])).toEqual({ kind: 'not-checked', why: 'prose', figureFindings: 0, others: 2 });
    // A report of 2019 on whose tables were not read is not checked at all, its prose figures aside.
    expect(notChecked({ ...report, document: { ...report.document, year: 2020 } }, 0)).toBe('no-tables');
  });

  // 西南大学 2014-2015学年 (test/corpus/early): its 3 findings are on its parts, its year and its dates; its figures (丰富了…16条,
  // 其中…增加了2条) agree. "The text's figures were checked against each other (3 findings)" read as 3 findings of figures.
  it('counts apart the findings of the text\'s figures where they alone were checked (swu-2015)', () => {
    const html = readFileSync(new URL('../test/corpus/early/swu-2015.html', import.meta.url), 'utf8');
    const { report } = extractWithCheerio(html, html.match(/saved from url=\(\d+\)(\S+)/)![1]!);
    expect(tallyOf(report, 0)).toMatchObject({ unchecked: 'prose', figureFindings: 0, others: 3 });
    expect(verdictOf([tallyOf(report, 0)])).toEqual({ kind: 'not-checked', why: 'prose', figureFindings: 0, others: 3 });
    const summed = { ...tallyOf(report, 0), figureFindings: 1 };
    expect(verdictOf([summed, summed])).toMatchObject({ figureFindings: 2, others: 6 });
  });

  // 三明市2018年 (its opening) states two counts of unrelated things, 会议信息47条 and 政策文件38条: nothing to hold one
  // against the other, so "the text's figures were checked against each other" said what was not done. Not checked.
  it('says of a pre-2019 report whose text figures have nothing to compare that it was not checked (sanming-2018)', () => {
    const report = extractWithCheerio(readFileSync('test/corpus/legacy/sanming-2018.html', 'utf8'), null).report;
    expect([report.document.isReport, report.document.year, report.proseFigures.map((f) => f.value)]).toEqual([true, 2018, [47, 38]]);
    expect(notChecked(report, 0)).toBe('prose-unchecked');
    // Its findings: the period's lost 月 (info) and the 指标统计表 its contents list, not on the page.
    expect(verdictOf([tallyOf(report, 0)])).toEqual({ kind: 'not-checked', why: 'prose-unchecked', others: 2 });
    // The same two as a total and its part, or as what came in and what of it was done with their rate, are checked
    // against each other; what came in and what was done with no rate stated, nothing compares.
    const [first, second] = report.proseFigures as [ProseFigure, ProseFigure];
    expect(notChecked({ ...report, proseFigures: [{ ...first, parts: [{ ...second }] }] }, 0)).toBe('prose');
    const applications = (text: string) => [{ ...first, label: '受理申请', unit: '件', text }, { ...second, label: '办结', unit: '件', text }];
    expect(notChecked({ ...report, proseFigures: applications('共受理申请47件，办结38件，办结率80.9%') }, 0)).toBe('prose');
    expect(notChecked({ ...report, proseFigures: applications('共受理申请47件，办结38件') }, 0)).toBe('prose-unchecked');
    // A total written with 万 and a count of the same thing, as stray-wan sums them, are compared; without 万, nothing does.
    const published = (value: number, text: string) => [{ ...first, label: '主动公开政府信息', unit: '条', value, text },
      { ...second, label: '网站公开政府信息', unit: '条', text }];
    expect(notChecked({ ...report, proseFigures: published(4_700_000, '主动公开政府信息470万条，网站公开政府信息38条') }, 0)).toBe('prose');
    expect(notChecked({ ...report, proseFigures: published(470, '主动公开政府信息470条，网站公开政府信息38条') }, 0)).toBe('prose-unchecked');
  });

  // 东华门街道2011年 counts 全职工作人员2名, 兼职工作人员0名 and 主动公开政府信息257条: two counts of one kind of staff, but no
  // rule holds one against another, so its text was not checked.
  it('says of a pre-2019 report whose like counts nothing compares that it was not checked (beijing-dongcheng-donghuamen-2011)', () => {
    const report = extractWithCheerio(readFileSync('test/corpus/legacy/beijing-dongcheng-donghuamen-2011.html', 'utf8'), null).report;
    expect(report.proseFigures.map((f) => f.label)).toEqual(['全职工作人员', '兼职工作人员', '信息申请受理点', '主动公开政府信息']);
    expect(notChecked(report, 0)).toBe('prose-unchecked');
  });

  // ux14: a university's report (中山大学2024—2025学年信息公开年度报告, 《高等学校信息公开办法》's) has no 国办 table to print; "the
  // tables may be pictures" misled a researcher scoring schools' reports. Its real opening, cut to the first heading.
  it('says of a school\'s report, which has no table due, that it has none, not that its tables may be pictures (sysu-xxgk-2425)', () => {
    const html = `<html><head><meta charset="utf-8"><title>中山大学2024—2025学年信息公开年度报告</title></head><body>
<h3>中山大学2024—2025学年信息公开年度报告</h3>
<p>按照《高等学校信息公开办法》(教育部令第29号)、《教育部关于公布〈高等学校信息公开事项清单〉的通知》(教办函〔2014〕23号)等文件要求,根据中山大学信息公开工作执行情况,综合各部门工作实际,现编制2024—2025学年中山大学信息公开工作报告。</p>
<p>报告内容包括概述,主动公开信息情况,重点领域信息公开情况,依申请公开和不予公开情况,对学校信息公开的评议情况,因学校信息公开工作收到举报、复议、诉讼的情况,信息公开工作的经验、存在的问题和改进措施等七个部分。本年度报告中所列数据的统计期限为2024年9月1日到2025年8月31日止。</p>
<p>一、概述</p></body></html>`;
    const { report } = extractWithCheerio(html, 'https://xxgk.sysu.edu.cn/node/331');
    expect([report.document.isReport, report.document.format, report.proseFigures.length]).toEqual([true, 'prose', 0]);
    expect(notChecked(report, 0)).toBe('school');
    expect(verdictOf([tallyOf(report, 0)])).toMatchObject({ kind: 'not-checked', why: 'school' });
    // Its figures in its text, had it given any, were checked against each other: its text alone checked.
    expect(notChecked({ ...report, proseFigures: fixtureReport('shulan-tiande-2014.html').proseFigures }, 0)).toBe('prose');
    // A school's report in its attachment is said to be there.
    expect(notChecked(report, 1)).toBe('attachment');
  });

  // a power company's report under 《供电企业信息公开实施办法》 (国网淮安市洪泽区供电公司2020年度信息公开年度报告, on a 繁体
  // mirror, its <title> lost: given here the name its text gives it) owes no 国办 table, as a school's: "the tables may be
  // pictures" was said of it. A hospital's report under the 条例 (淮北市人民医院's, titled 政府信息公开) owes them, as does one
  // whose title says neither.
  // A quarter's report (the heading lib/document/period.test reads) owes no annual report's table: not "the tables may be pictures".
  it('says of a quarter\'s report that it has no table due, or that its text alone was checked', () => {
    const quarter = makeReport({ source: { url: null, title: '某县人民政府2023年第一季度政府信息公开工作报告', extractedAt: '2026-01-01T00:00:00.000Z' },
      document: { year: 2023, format: 'prose', period: { start: '2023-01-01', end: '2023-03-31' } }, activeDisclosure: null, applications: null, reviewLitigation: null });
    expect(notChecked(quarter, 0)).toBe('part-of-year');
    const published = { label: '主动公开政府信息', value: 120, unit: '条', approximate: false, text: '本季度主动公开政府信息120条，其中政策文件20条', parts: [] };
    // One count alone checks nothing; a total with its part is checked against it.
    expect(notChecked({ ...quarter, proseFigures: [published] }, 0)).toBe('part-of-year');
    expect(notChecked({ ...quarter, proseFigures: [{ ...published, parts: [{ ...published, label: '政策文件', value: 20 }] }] }, 0)).toBe('prose');
    expect(notChecked({ ...quarter, document: { ...quarter.document, period: { start: '2023-01-01', end: '2023-12-31' } } }, 0)).toBe('no-tables');
  });

  it('says of a public body\'s report under its sector\'s rules that it has no table due (hongze-gdgs-2020-mirror)', () => {
    const read = (file: string, title = '') => extractWithCheerio(readFileSync(`test/corpus/${file}`, 'utf8')
      .replace('<title></title>', `<title>${title}</title>`), null).report;
    const power = read('near/hongze-gdgs-2020-mirror.html', '國網淮安市洪澤區供電公司2020年度信息公開年度報告');
    expect([power.document.isReport, power.document.issuer, power.proseFigures.length]).toEqual([true, '国网淮安市洪泽区供电公司', 0]);
    expect(notChecked(power, 0)).toBe('public-body');
    expect(notChecked(power, 1)).toBe('attachment');
    expect(verdictOf([{ ...tallyOf(power, 0), copy: false }])).toMatchObject({ kind: 'not-checked', why: 'public-body' });
    expect(notChecked(read('near/hongze-gdgs-2020-mirror.html'), 0)).toBe('no-tables');
    expect(notChecked(read('mess/hospital-huaibei-renmin-2022.html', '淮北市人民医院2022年政府信息公开工作年度报告'), 0)).toBe('no-tables');
  });

  // review20c: a school reporting under the 条例 (石家庄市第一中学2022年政府信息公开工作年度报告, the title official-domain
  // cites) owes the 国办 format's tables: none read may be pictures of them, as for any government body.
  it('says of a school\'s 政府信息公开工作年度报告 of 2022, no table read, that its tables may be pictures', () => {
    const html = `<html><head><meta charset="utf-8"><title>石家庄市第一中学2022年政府信息公开工作年度报告</title></head><body>
<h3>石家庄市第一中学2022年政府信息公开工作年度报告</h3>
<p>一、总体情况</p><p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p>
<p>四、政府信息公开行政复议、行政诉讼情况</p><p>五、存在的主要问题及改进情况</p><p>六、其他需要报告的事项</p></body></html>`;
    const { report } = extractWithCheerio(html, 'https://www.sjzyz.edu.cn/xxgk/2023/0120.html');
    expect([report.document.isReport, report.document.year]).toEqual([true, 2022]);
    expect(notChecked(report, 0)).toBe('no-tables');
  });

  it('leaves a report with tables read, in one frame of several, checked', () => {
    const longde = fixtureReport('longde-chengguan-2021.html');
    expect(notChecked(longde, 0)).toBeNull();
    expect(verdictOf([tally({ unchecked: 'no-tables' }), tally({})])).toEqual({ kind: 'clean', others: 0 });
    // None read in any frame: the verdict says the most it can, some figures checked before a report in its attachment.
    expect(verdictOf([tally({ unchecked: 'no-tables' }), tally({ unchecked: 'attachment' })])).toMatchObject({ kind: 'not-checked', why: 'attachment' });
    expect(verdictOf([tally({ unchecked: 'attachment' }), tally({ unchecked: 'prose' })])).toMatchObject({ kind: 'not-checked', why: 'prose' });
  });
});
