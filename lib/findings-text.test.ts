import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractWithCheerio, fixtureReport, fixtureUrl } from '../test/support/fixtures.ts';
import { makeReport } from '../test/support/report.ts';
import { findingsToText } from './findings-text.ts';

describe('the findings as readable text', () => {
  it('lists tieling-2019\'s findings, numbered, most severe first, under its title, issuer, year and address, each with where and its rule', () => {
    const text = findingsToText(fixtureReport('tieling-2019.html'), { language: 'zh', url: 'file:///home/a/tieling.html' });
    const lines = text.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '铁岭市2019年度政府信息公开工作报告',
      '发布机关：铁岭市人民政府；年度：2019',
      // The report's own address, not the saved file's.
      `网址：${fixtureUrl('tieling-2019.html')}`,
      '年报透视检查结果（读取于 2026-11-21 12:00 UTC）：提醒 3 条、信息 4 条',
      '',
    ]);
    expect(lines.filter((l) => /^\d+\. /.test(l)).map((l) => l.slice(0, 20))).toEqual([
      '1. 【提醒】本页自称政府信息公开工作年',
      '2. 【提醒】引用的通知《即时比分办公厅',
      '3. 【提醒】页面含有与政府报告无关的赌',
      '4. 【信息】表二（主动公开）有1个数字',
      '5. 【信息】表三（依申请公开）有144',
      '6. 【信息】表四（行政复议、行政诉讼）',
      '7. 【信息】标题“其它需要报告的事项?',
    ]);
    // A finding about the page as a whole has no place; one about cells names their table, row and column, the first five of many.
    expect(lines.slice(5, 9)).toEqual([
      '1. 【提醒】本页自称政府信息公开工作年度报告，但来自 www.tieling-mirror.example，不是 gov.cn 政府网站，也不在您信任的域名中；请到发布机关的官方网站核对原文',
      '   检查编号：provenance/official-domain',
      '2. 【提醒】引用的通知《即时比分办公厅关于做好2019年度政府信息公开工作报告编制发布等工作的通知》的发文机关应为国务院办公厅（或省级政府办公厅），这里却是“即时比分办公厅”：机关名疑被镜像站替换，页面内容可能被篡改',
      '   检查编号：provenance/injected-content',
    ]);
    expect(lines).toContain('   位置：表二·规章·本年新公开');
    expect(lines).toContain('   位置：表三·本年新收·自然人；表三·本年新收·科研机构；表三·本年新收·社会公益组织；表三·本年新收·其他组织；表三·上年结转·自然人等，共 144 处');
    // The last, the title that lost its 六、, has no place but its own words.
    expect(text.endsWith('7. 【信息】标题“其它需要报告的事项?”缺少编号，按顺序应为“六、”\n   检查编号：document/numbering\n')).toBe(true);
  });

  it('says where in the text and which dates a finding is about, and the two figures it compares, neither taken for right (shanghai-office-2019, longde-chengguan-2021)', () => {
    const shanghai = findingsToText(fixtureReport('shanghai-office-2019.html'), { language: 'zh', url: null }).split('\n');
    expect(shanghai.slice(5, 8)).toEqual([
      '1. 【错误】正文“答复政府信息公开申请805件（含上年度结转申请18件…予以公开及部分公开258件…”中予以公开及部分公开为258件，表三予以公开与部分公开合计（报告未填总计，取各申请人列之和）为275，相差17（表三 275 · 正文 258）',
      '   位置：正文“答复政府信息公开申请805件（含上年度结转申请18件…”；表三·予以公开·自然人；表三·予以公开·商业企业；表三·予以公开·法律服务机构；表三·予以公开·其他组织等，共 6 处',
      '   检查编号：prose/table-agreement',
    ]);
    const longde = findingsToText(fixtureReport('longde-chengguan-2021.html'), { language: 'zh', url: null }).split('\n');
    expect(longde.slice(5, 8)).toEqual([
      '1. 【错误】落款日期为2021年1月19日，早于统计期限截止日2021年12月31日：报告不可能在年度结束前写成，可能是2022年1月19日之误',
      '   位置：落款日期 2021-01-19；统计期限 2021-01-01 至 2021-12-31',
      '   检查编号：document/signed-after-period',
    ]);
  });

  it('writes English around the engine\'s Chinese, and leaves out the severities the reader hid, saying how many', () => {
    const lines = findingsToText(fixtureReport('shanghai-office-2019.html'), { language: 'en', url: null, hidden: ['info'] }).split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '2019年上海市人民政府办公厅政府信息公开工作年度报告',
      'Issuer: 上海市人民政府办公厅; Year: 2019',
      'Address: https://www.shanghai.gov.cn/nw12344/20200131/0001.html',
      'Findings of GovReport Lens (read 2026-11-21 12:00 UTC): 1 error, 5 warnings (left out: 3 info)',
    ]);
    expect(lines.filter((l) => /^\d+\. /.test(l)).map((l) => l.split(' — ')[0])).toEqual([
      '1. [Error] Check: the text restating a table figure, an outcome of applications or a way of applying among them, agrees with the table',
      '2. [Warning] Not checked, cells left blank (most likely not filled in): each row: the applicant columns add up to the total',
      '3. [Warning] Check: the parts a sentence lists do not exceed its total, nor a part\'s items in brackets that part',
      '4. [Warning] Check: a share stated after a part is its count over the total, the outcomes the next sentences give of a total among them',
      '5. [Warning] Check: the outcomes the text gives of reconsideration and litigation cases agree with Table 4',
      '6. [Warning] Check: the outcomes the text gives of reconsideration and litigation cases agree with Table 4',
    ]);
    expect(lines[5]).toMatch(/ \(Table 3: 275 · Text: 258\)$/);
    // The tables' rows and columns named in English, with the table's Chinese name to find it on the page.
    expect(lines[6]).toBe('   Where: Text (正文) “答复政府信息公开申请805件（含上年度结转申请18件…”; Table 3 (表三) · disclosed in full · individuals; Table 3 (表三) · disclosed in full · businesses; '
      + 'Table 3 (表三) · disclosed in full · legal service providers; Table 3 (表三) · disclosed in full · other organisations and more, 6 in all');
    expect(lines[7]).toBe('   Check code: prose/table-agreement');
    // A reading note's gist begins its line as a sentence does, as the panel shows it (it began "[Info] characters such as").
    const notes = findingsToText(fixtureReport('tieling-2019.html'), { language: 'en', url: null }).split('\n').filter((l) => l.includes('[Info]'));
    expect(notes[0]).toBe('4. [Info] Characters such as ?, a unit, a stop or a footnote mark (①, ¹) dropped around a number; one written in 万 (1.2万) read as 12000 — 表二（主动公开）有1个数字带有多余字符（如“?13”），已去除后读数');
  });

  it('heads the findings with the report\'s own title, not the portal\'s column and site its <title> adds, in both languages (pingtan-2025-qzb)', () => {
    const html = readFileSync(new URL('../test/fixtures/tabs/pingtan-2025-qzb.html', import.meta.url), 'utf8');
    const report = extractWithCheerio(html, 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202603/t20260313_105587.htm').report;
    // The JSON keeps the page's <title> whole, as the panel shows it.
    expect(report.source.title).toBe('平潭综合实验区2025年度政府信息公开工作年度报告_政府信息公开年报_平潭综合实验区党工委管委会');
    for (const language of ['zh', 'en'] as const) {
      expect(findingsToText(report, { language, url: null }).split('\n')[0]).toBe('平潭综合实验区2025年度政府信息公开工作年度报告');
    }
  });

  it('says so where nothing was found, and what it does not know of the report', () => {
    const report = makeReport({ document: { issuer: null, year: null }, source: { url: null, title: '', extractedAt: '2026-01-01T00:00:00.000Z' } });
    expect(findingsToText(report, { language: 'zh', url: null })).toBe('发布机关：未知；年度：未知\n年报透视检查结果（读取于 2026-01-01 00:00 UTC）：没有发现问题\n\n');
  });
});
