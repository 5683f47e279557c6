// What a careful auditor finds on each fixture page, and nothing else. Each expectation carries the
// auditor's reasoning; extraction's own notes (figure/*, recognition/*) are in golden.test.ts.
import { describe, expect, it } from 'vitest';
import { findFigure } from '../lib/labels.ts';
import type { Report } from '../lib/schema.ts';
import { extractWithCheerio, fixtureHtml, fixtureReport, fixtureUrl } from './support/fixtures.ts';

const findings = (report: Report) => report.warnings
  .filter((w) => !/^(figure|recognition)\//.test(w.rule))
  .map((w) => `${w.severity} ${w.rule}`);

describe('findings an auditor would make', () => {
  it('tieling-2019: a mirror serves it and has rewritten it; its figures balance', () => {
    const report = fixtureReport('tieling-2019.html');
    expect(findings(report)).toEqual([
      // Served from www.tieling-mirror.example, not a gov.cn portal: read the original before citing it.
      'warning provenance/official-domain',
      // 《即时比分办公厅关于做好2019年度政府信息公开工作报告编制发布等工作的通知》: the notice is 国务院办公厅's;
      // the mirror put a betting-site name in its place …
      'warning provenance/injected-content',
      // … and the same name is in the footer (版权所有:即时比分): content injected by the mirror.
      'warning provenance/injected-content',
      // Its last part, 其它需要报告的事项, lost its 六、 (the page's own slip, or the dump's).
      'info document/numbering',
    ]);
    // 表三: 33+2+0+0+7+0 = 42 received, 42 processed, 0 carried over; 表四 all 0: nothing contradicts.
    expect(report.warnings.some((w) => w.severity === 'error')).toBe(false);
    expect(report.warnings.find((w) => w.rule === 'provenance/injected-content')!.message).toContain('即时比分办公厅');
  });

  it('longde-chengguan-2021: signed 2021年1月19日 for the year 2021 — before the year it reports on had even ended', () => {
    const report = fixtureReport('longde-chengguan-2021.html');
    expect(findings(report)).toEqual(['error document/signed-after-period']);
    const signed = report.warnings.find((w) => w.rule === 'document/signed-after-period')!;
    // Published 2022-01-19: the signature is a year off (2022年1月19日 was meant).
    expect(signed.message).toContain('2022年1月19日');
    expect(signed.cells).toContainEqual({ table: 'document', path: 'signedAt' });
  });

  it('shanghai-office-2019: 表三 leaves most 总计 cells blank although the row has figures; a share of the outcomes is not the count over the total', () => {
    const report = fixtureReport('shanghai-office-2019.html');
    // 予以公开 258+12+1+1 = 272 with the 总计 cell blank, and ten rows like it: not a contradiction
    // (the columns and the (七)总计 row balance: 859+18 = 805+72), but the table is incomplete.
    // "答复政府信息公开申请805件…。予以公开及部分公开258件，占33.9%；不予公开35件，占4.34%；…无法提供265件，占32.9%；
    // 不予处理158件，占19.6%": 258/805 is 32.0% (33.9% would be 273), while 35/805 = 4.35 (4.34 cut), 265/805 = 32.9 and
    // 158/805 = 19.6 show the shares are of 805.
    // And 予以公开及部分公开258件 is not 表三's 272+3 = 275, those blank 总计 taken as their applicant columns: 258 is 予以公开's
    // 自然人 alone.
    // Those results are the parts of the 805 (其他处理 closing them): 258+35+265+158+0 = 716, 89 short of it.
    // "信息公开类行政复议7件，诉讼9件，均获维持", while 表四 has 2 reviews and 1 suit pending (upheld 5 and 8).
    expect(findings(report)).toEqual(['warning applications/row-sum', 'warning prose/parts-sum', 'warning prose/stated-shares', 'error prose/table-agreement',
      'warning prose/case-outcomes', 'warning prose/case-outcomes']);
    expect(report.warnings.filter((w) => w.rule === 'prose/case-outcomes').map((w) => [w.expected, w.actual])).toEqual([[5, 7], [8, 9]]);
    expect(report.warnings.find((w) => w.rule === 'prose/parts-sum')).toMatchObject({ expected: 805, actual: 716 });
    expect(report.warnings.find((w) => w.rule === 'prose/stated-shares')).toMatchObject({ expected: 32, actual: 33.9 });
    expect(report.warnings.find((w) => w.rule === 'prose/table-agreement')).toMatchObject({
      expected: 275, actual: 258, message: expect.stringContaining('表三予以公开与部分公开合计（报告未填总计，取各申请人列之和）为275'),
    });
    // Eleven rows blank alike: the pattern is named once, the rows by name only.
    expect(report.warnings.find((w) => w.rule === 'applications/row-sum')!.message)
      .toMatch(/^总计列有11行空白（各申请人列有数字），无法核对（多半是漏填）：予以公开、部分公开、不予公开·属于国家秘密、/);
    // The finding is about those eleven blank 总计 cells, not the applicants' figures beside them (258, 12, …): a reader
    // sent to its cells is sent to what is missing.
    const blanks = report.warnings.find((w) => w.rule === 'applications/row-sum')!.cells;
    expect(blanks.map((c) => c.path)).toEqual(['granted', 'partiallyGranted', 'withheld.stateSecret', 'withheld.internalAffairs',
      'withheld.processInformation', 'withheld.administrativeQuery', 'unavailable.notHeld', 'unavailable.needsCreation',
      'unavailable.stillUnclear', 'notProcessed.complaint', 'notProcessed.repeated'].map((row) => `${row}.total`));
    expect(blanks.map((c) => findFigure(report, c)?.value)).toEqual(Array(11).fill(null));
  });

  it('xiaobanqiao-2018: counts only up to 2018年11月29日, published 2018年12月3日 before the year ended, and repeats item 3', () => {
    const report = fixtureReport('xiaobanqiao-2018.html');
    expect(findings(report)).toEqual([
      // 三、存在问题 lists 1., 2., 3., 3., 4.: the "公开形式还不够便民" paragraph is pasted twice.
      'warning document/numbering',
      // "截止2018年11月29日": the annual figures leave out the last 32 days of 2018.
      'warning document/whole-year-period',
      // Published 2018-12-03, before 2018 was over: an "annual" report of an unfinished year.
      'warning document/published-on-time',
    ]);
    // Its 统计表 adds up: (二) 0+143+1500+33+30 = 1706, 回应解读 0+0+0+4+22 = 26, 人员 0+3 = 3.
    expect(report.warnings.some((w) => w.severity === 'error')).toBe(false);
  });

  it('shulan-tiande-2014: announces seven parts but one is missing, and a heading lost its 六', () => {
    const report = fixtureReport('shulan-tiande-2014.html');
    expect(findings(report)).toEqual([
      // "本年报由…机构建设、保障经费和培训会议情况、存在问题及工作打算等七部分组成": no 机构建设… part in the text.
      'warning document/announced-parts',
      // "、工作存在的主要问题、改进情况及工作打算" follows 五、: its numeral 六 is lost.
      'info document/numbering',
    ]);
  });

  it('template-essay-site: a 范文 copy on a commercial site — not an official report, figures not to be trusted', () => {
    const report = fixtureReport('template-essay-site.html');
    expect(findings(report)).toEqual([
      'warning provenance/official-domain',
      'warning provenance/template-essay',
      // The copy starts at 二、: part 一 was cut when the essay was made from a real report.
      'warning document/numbering',
    ]);
  });
});

describe('a figure the page printed but no number was read from', () => {
  // tieling-2019's 表三 row 本年新收: 33? | 2 | 0? | 0? | 7 | 0? | 42, with its 法律服务机构 7 printed as □, or as a run of
  // 360 sevens (a page's garbage, read as no figure): a figure unknown, not a blank 0 — the sums cannot be checked, and do not contradict.
  it.each([['□', '□'], ['360 sevens', '7'.repeat(360)]])('tieling-2019 with %s for 本年新收·法律服务机构: no sum error, the cell noted unreadable', (_, mark) => {
    const html = fixtureHtml('tieling-2019.html');
    const row = html.indexOf('一、本年新收政府信息公开申请数量');
    const seven = html.indexOf('>7<', row);
    const report = extractWithCheerio(html.slice(0, seven) + `>${mark}<` + html.slice(seven + 3), fixtureUrl('tieling-2019.html')).report;
    expect(report.applications!.newReceived!.legalService).toBeNull();
    expect(report.warnings.filter((w) => w.rule === 'figure/unreadable').flatMap((w) => w.cells)).toContainEqual({ table: 'applications', path: 'newReceived.legalService' });
    expect(report.warnings.filter((w) => w.severity === 'error')).toEqual([]);
  });
});
