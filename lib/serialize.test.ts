import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allTables, listFigures, proseTable, tableLayouts } from './labels.ts';
import type { Report } from './schema.ts';
import { extractWithCheerio, fixtureReport, fixtureUrl } from '../test/support/fixtures.ts';
import { makeReport } from '../test/support/report.ts';
import { reportToCsv, reportToJson, tablesToTsv, warningsToCsv } from './serialize.ts';

function sampleReport(): Report {
  return makeReport({
    source: { url: 'http://www.example.gov.cn/a.html', title: '某县2021年政府信息公开工作年度报告', extractedAt: '2026-11-21T12:00:00.000Z' },
    document: { confidence: 0.9, issuer: '某县人民政府', publishedAt: null, signedAt: null, period: null, sections: [] },
    activeDisclosure: { regulations: { issued: 1, repealed: 0, inForce: 3 }, fees: { amount: 2.5, unit: '万元' } },
    applications: { newReceived: { naturalPerson: 33, total: 33 }, otherHandling: { noFee: { naturalPerson: null } } },
    reviewLitigation: { review: { upheld: 1, total: 1 } },
    proseFigures: [{
      label: '收到申请, "当面"', value: 2, unit: '件', approximate: false, text: '收到申请2件',
      parts: [{ label: '当面申请', value: 1, unit: '件', approximate: false }],
    }],
  });
}

describe('reportToJson', () => {
  it('is the validated report, 2-space indented, newline-terminated', () => {
    const report = sampleReport();
    expect(reportToJson(report)).toBe(JSON.stringify(report, null, 2) + '\n');
  });

  it('rejects a report that breaks the contract', () => {
    const broken = { ...sampleReport(), schemaVersion: 2 } as unknown as Report;
    expect(() => reportToJson(broken)).toThrow();
  });

  it('drops keys the contract does not have, so stray engine fields never reach the clipboard', () => {
    const extra = { ...sampleReport(), debug: 1 } as unknown as Report;
    expect(reportToJson(extra)).toBe(reportToJson(sampleReport()));
  });
});

describe('reportToCsv', () => {
  it('has a header and one RFC 4180 row per figure, null as blank, each label with its unit where the page gives one', () => {
    const csv = reportToCsv([{ file: 'a,b.html', report: sampleReport() }]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('file,table,path,label,value');
    expect(lines).toContain('"a,b.html",applications,newReceived.naturalPerson,本年新收·自然人,33');
    expect(lines).toContain('"a,b.html",applications,otherHandling.noFee.naturalPerson,其他处理·逾期未缴费·自然人,');
    expect(lines).toContain('"a,b.html",proseFigures,0,"收到申请, ""当面""（件）",2');
    expect(lines).toContain('"a,b.html",proseFigures,0.parts.0,当面申请（件）,1');
    expect(lines).toContain('"a,b.html",activeDisclosure,fees.amount,行政事业性收费·金额（万元）,2.5');
    expect(lines.at(-1)).toBe('');
  });
});

describe('warningsToCsv', () => {
  it('has a header and one RFC 4180 row per finding, the paths of its figures named by table where it spans several', () => {
    const report = sampleReport();
    report.warnings = [
      {
        rule: 'applications/column-balance', severity: 'error', message: '自然人列：本年新收(33)+上年结转(0)=33，办理结果总计(33)+结转下年度(1)=34，相差1',
        cells: [{ table: 'applications', path: 'newReceived.naturalPerson' }, { table: 'applications', path: 'totalProcessed.naturalPerson' }, { table: 'applications', path: 'carriedForward.naturalPerson' }], expected: 33, actual: 34,
      },
      {
        rule: 'prose/table-agreement', severity: 'error', message: '正文称收到申请2件，表三本年新收为33件',
        cells: [{ table: 'proseFigures', path: '0' }, { table: 'applications', path: 'newReceived.total' }], expected: 33, actual: 2,
      },
      { rule: 'provenance/official-domain', severity: 'warning', message: '来自 "www.example.com", 不是 gov.cn', cells: [], expected: null, actual: null },
    ];
    // The second report has no findings: no rows.
    const lines = warningsToCsv([{ file: 'a,b.html', report }, { file: 'c.html', report: sampleReport() }]).split('\r\n');
    expect(lines).toEqual([
      'file,rule,severity,message,table,path',
      '"a,b.html",applications/column-balance,error,自然人列：本年新收(33)+上年结转(0)=33，办理结果总计(33)+结转下年度(1)=34，相差1,applications,newReceived.naturalPerson totalProcessed.naturalPerson carriedForward.naturalPerson',
      '"a,b.html",prose/table-agreement,error,正文称收到申请2件，表三本年新收为33件,proseFigures applications,proseFigures.0 applications.newReceived.total',
      '"a,b.html",provenance/official-domain,warning,"来自 ""www.example.com"", 不是 gov.cn",,',
      '',
    ]);
  });
});

describe('tableLayouts and tablesToTsv', () => {
  it('copies the figures of the text as a table of one column, each part named after its figure (shulan-tiande-2014, a report in prose alone)', () => {
    const report = fixtureReport('shulan-tiande-2014.html');
    const file = fixtureUrl('shulan-tiande-2014.html');
    expect(tablesToTsv([proseTable(report)!], { file, report }).split('\n').slice(0, 5)).toEqual([
      `舒兰市天德乡人民政府 · 2014 · ${file}`, '正文中的数字\t数字', '主动公开信息（条）\t21', '主动公开信息·主动公开规范性文件信息（条）\t2', '制发规范性文件（件）\t0',
    ]);
    expect(tablesToTsv([proseTable(report, 'en')!], { file, report }).split('\n')[1]).toBe('Figures in the text\tValue');
    expect(proseTable(sampleReport())!.rows.map((r) => r.label)).toEqual(['收到申请, "当面"（件）', '收到申请, "当面"·当面申请（件）']);
    // A report stating no figure in its text has none to copy.
    expect(proseTable({ ...sampleReport(), proseFigures: [] })).toBeNull();
  });

  // 上营乡 2020 (test/corpus/2019) says 主动公开政府信息260余条 and 接待咨询访问230人次; the panel shows 约260条, but the
  // copied table and the CSV gave 260 alone, an exact count in a sheet that the page never gave.
  it('copies a figure the text gives as about so many with its 约, an exact one as the number (lintao-shangying-2020)', () => {
    const file = 'test/corpus/2019/lintao-shangying-2020.html';
    const { report } = extractWithCheerio(readFileSync(file, 'utf8'), null);
    const rows = tablesToTsv([proseTable(report)!], { file, report }).split('\n');
    expect(rows).toContain('主动公开政府信息（条）\t约260');
    expect(rows.some((row) => /\t230$/.test(row))).toBe(true);
    expect(reportToCsv([{ file, report }])).toContain(',proseFigures,0,主动公开政府信息（条）,约260\r\n');
    // The JSON keeps the number and says it is approximate, as the contract has it.
    expect(report.proseFigures[0]).toMatchObject({ value: 260, approximate: true });
  });

  it('lays a table out as the report prints it, with only the columns the report has', () => {
    const [disclosure, applications, review] = tableLayouts(sampleReport());
    expect(disclosure!.columns.map((c) => c.label)).toEqual(['本年制发', '本年废止', '现行有效', '金额']);
    expect(disclosure!.rows.map((r) => r.label)).toEqual(['规章', '行政事业性收费（万元）']);
    expect(applications!.columns.map((c) => c.label)).toEqual(['自然人', '总计']);
    expect(review!.rows[0]!.cells.map((c) => c?.value)).toEqual([1, 1]);
  });

  it('copies a table as a tab-separated grid with a header row, under a line naming the report', () => {
    const report = sampleReport();
    const applications = tableLayouts(report)[1]!;
    const file = 'http://www.example.gov.cn/a.html';
    expect(tablesToTsv([applications], { file, report })).toBe(
      '某县人民政府 · 2021 · http://www.example.gov.cn/a.html\n收到和处理政府信息公开申请情况\t自然人\t总计\n本年新收\t33\t33\n其他处理·逾期未缴费\t\t\n',
    );
    // What the reading could not tell is left out, not written as null.
    report.document.issuer = null;
    report.document.year = null;
    expect(tablesToTsv([applications], { file, report }).split('\n')[0]).toBe(file);
  });

  it('copies all the tables at once under one line naming the report, an empty row between them (tieling-2019: 表二, 表三, 表四 and the text\'s figures)', () => {
    const report = fixtureReport('tieling-2019.html');
    const file = fixtureUrl('tieling-2019.html');
    const all = allTables(report);
    const lines = tablesToTsv(all, { file, report }).split('\n');
    expect(lines[0]).toBe(`铁岭市人民政府 · 2019 · ${file}`);
    // Each table as it copies alone, without the line naming the report again.
    const alone = all.map((layout) => tablesToTsv([layout], { file, report }).split('\n').slice(1, -1));
    expect(lines.slice(1, -1)).toEqual(alone.flatMap((table, i) => (i > 0 ? ['', ...table] : table)));
    expect(alone.map((table) => table[0]!.split('\t')[0])).toEqual(['主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '正文中的数字']);
  });

  it('lists every figure once, prose parts after their figure', () => {
    const paths = listFigures(sampleReport()).map((f) => `${f.table}:${f.path}`);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.slice(-2)).toEqual(['proseFigures:0', 'proseFigures:0.parts.0']);
  });
});
