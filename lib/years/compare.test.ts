import { describe, expect, it } from 'vitest';
import { makeReport, setFigures } from '../../test/support/report.ts';
import type { Report } from '../schema.ts';
import { compareYears } from './compare.ts';
import { summarize, type YearSummary } from './summary.ts';

// A bureau's 2021 report carries 2 applications forward; its 2022 report forgot them.
const report = (year: number, issuer: string, figures: Record<string, number>) =>
  setFigures(makeReport({ document: { year, issuer } }), 'applications', figures);
const y2021 = report(2021, '某县农业农村局', { 'carriedForward.total': 2 });
const y2022 = report(2022, '某县 农业农村局', { 'carriedOver.total': 0 });
const rules = (r: { report: { warnings: { rule: string }[] } }) => r.report.warnings.map((w) => w.rule);

describe('compareYears', () => {
  it('checks a report against its issuer\'s report of the year before, however the name is spaced', () => {
    const { report: checked, against } = compareYears(y2022, [summarize(y2021)!]);
    expect(against.map((s) => s.year)).toEqual([2021]);
    expect(checked.warnings).toEqual([expect.objectContaining({ rule: 'years/carried-over', expected: null, actual: 0 })]);
    expect(y2022.warnings).toEqual([]); // the report it was given is left as it was
  });

  it('checks a report against the year after too, naming its own cells', () => {
    const { report: checked } = compareYears(y2021, [summarize(y2022)!]);
    expect(checked.warnings[0]?.cells).toEqual([{ table: 'applications', path: 'carriedForward.total' }]);
  });

  it('pairs only one issuer\'s reports of adjacent years', () => {
    const others = [
      report(2021, '某县林业局', { 'carriedForward.total': 2 }),
      report(2020, '某县农业农村局', { 'carriedForward.total': 2 }),
      report(2022, '某县农业农村局', { 'carriedForward.total': 2 }),
    ].map((r) => summarize(r)!);
    const result = compareYears(y2022, others);
    expect(result.against).toEqual([]);
    expect(rules(result)).toEqual([]);
  });

  it('runs the rules of one form\'s 表二 only on two reports in that form, the rules of 表三 on any two', () => {
    // A 2019 report's 表二 in its own columns (本年新制作数量…, 上一年项目数量…).
    const table2In2019 = { normativeDocuments: { newlyMade: 0, newlyPublished: 0, totalPublished: 0 }, licensing: { previousCount: 0, change: 0, decisions: 0 } };
    const reportIn = (year: number, format: '2019' | '2021') =>
      makeReport({ document: { year, issuer: '某县农业农村局', format }, ...(format === '2019' && { activeDisclosure: table2In2019 }) });
    const inForm = (year: number, format: '2019' | '2021') => summarize(reportIn(year, format))!;
    const outcomes = (report: Report, other: YearSummary) => compareYears(report, [other]).sideBySide[0]!.rules.map((r) => r.rule);
    const in2020 = reportIn(2020, '2019');
    expect(outcomes(in2020, inForm(2019, '2019'))).toEqual(['years/carried-over', 'years/item-counts', 'years/total-published']);
    expect(outcomes(in2020, inForm(2021, '2021'))).toEqual(['years/carried-over']);
    expect(outcomes(y2022, inForm(2021, '2021'))).toEqual(['years/carried-over', 'years/in-force']);
  });

  it('compares two 统计表 by their 历年累计 alone, and a 统计表 with no report in the standard tables (平潭综合实验区 2016–2018)', () => {
    const legacy = (year: number, value: number, cumulative: number) => makeReport({
      document: { year, issuer: '平潭综合实验区', format: 'legacy' }, activeDisclosure: null, applications: null, reviewLitigation: null,
      legacyStats: [{ code: '另1', label: '主动公开文件数', unit: '条', value, cumulative }],
    });
    const y2016 = legacy(2016, 3460, 85376), y2017 = legacy(2017, 2122, 10037);
    const compared = compareYears(y2017, [summarize(y2016)!]);
    expect(compared.sideBySide[0]!.rules).toEqual([{ rule: 'years/cumulative', compared: 1, failed: 1 }]);
    expect(rules(compared)).toEqual(['years/cumulative']);
    const standard = summarize(makeReport({ document: { year: 2019, issuer: '平潭综合实验区', format: '2019' } }))!;
    const y2018 = legacy(2018, 2069, 12106);
    expect(compareYears(y2018, [standard])).toMatchObject({ against: [], sideBySide: [], unlike: [standard] });
    // Each year's report of the own kind is the one compared, where one of the other kind is known too.
    expect(compareYears(y2017, [standard, summarize(y2018)!])).toMatchObject({ against: [summarize(y2018)], unlike: [] });
  });

  it('takes 表二\'s form from its own columns, not the report\'s: a 2021 表二 over a 2019 表三 is checked as 2021\'s', () => {
    // 海坛片区管理局: its 2023 report's 表二 has 本年制发/本年废止/先行有效件数 (2021's), its 表三 one 其他处理 row (2019's).
    const documents = { normativeDocuments: { issued: 0, repealed: 0, inForce: 0 }, licensing: { decisions: 0 }, punishment: { decisions: 0 } };
    const htp = (year: number, format: '2019' | '2021') => makeReport({ document: { year, issuer: '平潭综合实验区海坛片区管理局', format }, activeDisclosure: documents });
    const outcomes = compareYears(htp(2024, '2021'), [summarize(htp(2023, '2019'))!]).sideBySide[0]!.rules;
    expect(outcomes).toEqual([
      { rule: 'years/carried-over', compared: 7, failed: 0 },
      { rule: 'years/in-force', compared: 1, failed: 0 },
    ]);
  });

  it('takes the report\'s form where 表二 has as many blocks of each form, or none read', () => {
    // 第(一)项 in 2021's columns, 第(五)项 in 2019's (上一年项目数量, 本年增减): a page copying a block from an old report.
    const halves = { normativeDocuments: { issued: 0, repealed: 0, inForce: 0 }, licensing: { previousCount: 0, change: 0, decisions: 0 } };
    const rulesOf = (format: '2019' | '2021', activeDisclosure: typeof halves | null) => {
      const report = (year: number) => makeReport({ document: { year, issuer: '某县农业农村局', format }, activeDisclosure });
      return compareYears(report(2021), [summarize(report(2020))!]).sideBySide[0]!.rules.map((r) => r.rule);
    };
    expect(rulesOf('2019', halves)).toEqual(['years/carried-over', 'years/item-counts', 'years/total-published']);
    expect(rulesOf('2021', halves)).toEqual(['years/carried-over', 'years/in-force']);
    expect(rulesOf('2021', null)).toEqual(['years/carried-over', 'years/in-force']);
  });

  it('checks against the copy of a year that compares the most, not one that lost its 表三', () => {
    // A mirror cut short after 表二 (as the excerpts of 松木塘镇's 2023 report are) given before the whole report.
    const cut = summarize({ ...y2021, applications: null, reviewLitigation: null })!;
    const result = compareYears(y2022, [cut, summarize(y2021)!]);
    expect(rules(result)).toEqual(['years/carried-over']);
    expect(result.sideBySide[0]!.carried).toEqual({ earlier: 2, later: 0, agrees: false });
    // Of copies comparing as much, the first given.
    expect(compareYears(y2022, [cut, { ...cut, title: 'mirror' }]).against[0]).toBe(cut);
  });

  it('does not pair one name\'s reports read on two sites', () => {
    const elsewhere = { ...summarize(y2021)!, site: 'another-county.gov.cn' };
    expect(compareYears(y2022, [elsewhere]).against).toEqual([]);
  });

  it('cannot pair a report whose issuer it does not know', () => {
    const anonymous = report(2022, '某县农业农村局', { 'carriedOver.total': 0 });
    anonymous.document.issuer = null;
    expect(compareYears(anonymous, [summarize(y2021)!]).against).toEqual([]);
  });
});
