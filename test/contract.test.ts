// The contract (../shared/contract/report-json.md) as code: the committed JSON Schema is the zod
// schema's, and every report the engine gives validates against it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run.ts';
import { reportJsonSchemaText } from '../lib/json-schema.ts';
import { listFigures } from '../lib/labels.ts';
import { Report } from '../lib/schema.ts';
import { extractWithCheerio, FIXED_NOW, FIXTURES, fixtureHtml, fixtureReport, fixtureUrl } from './support/fixtures.ts';

describe('the report contract', () => {
  it('schema/report.schema.json is current (npm run schema)', () => {
    expect(readFileSync(new URL('../schema/report.schema.json', import.meta.url), 'utf8')).toBe(reportJsonSchemaText());
  });

  it('has the contract\'s top-level fields, in its order', () => {
    expect(Object.keys(fixtureReport('tieling-2019.html'))).toEqual([
      'schemaVersion', 'source', 'document', 'activeDisclosure', 'applications', 'reviewLitigation', 'legacyStats', 'proseFigures', 'warnings',
    ]);
  });

  it('rejects what the contract forbids', () => {
    const report = fixtureReport('tieling-2019.html');
    expect(() => Report.parse({ ...report, schemaVersion: 2 })).toThrow();
    expect(() => Report.parse({ ...report, document: { ...report.document, format: '2020' } })).toThrow();
    expect(() => Report.parse({ ...report, warnings: [{ ...report.warnings[0], severity: 'fatal' }] })).toThrow();
    // A figure is a number or null, never a string.
    expect(() => Report.parse({ ...report, reviewLitigation: { review: { total: '0' } } })).toThrow();
  });

  for (const { file } of FIXTURES) {
    it(`${file} validates`, () => expect(() => Report.parse(fixtureReport(file))).not.toThrow());
  }

  // A finding's cells are paths inside their table, as the contract says: `document` has no title, say.
  it('names only cells that are in the report, findings about dates and years included', () => {
    const changed = (file: string, from: string, to: string) => extractWithCheerio(fixtureHtml(file).replace(from, to), fixtureUrl(file)).report;
    const reports = [
      ...FIXTURES.map(({ file }) => fixtureReport(file)),
      changed('shanghai-office-2019.html', '2020-01-31', '2020-03-16'),
      changed('longde-chengguan-2021.html', '2021年1月1日至12月31日', '2020年1月1日至12月31日'),
    ];
    const cells = reports.flatMap((report) => report.warnings.flatMap((w) => w.cells.map((cell) => ({ report, rule: w.rule, cell }))));
    expect(cells.some(({ cell }) => cell.table === 'document')).toBe(true);
    const missing = cells.filter(({ report, cell }) =>
      cell.path.split('.').reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), report[cell.table]) === undefined);
    expect(missing.map(({ rule, cell }) => `${rule}: ${cell.table}.${cell.path}`)).toEqual([]);
  });

  // Conventions: noise around a number is removed, the figure keeping its value, an info note naming the cell; a dash
  // is nothing reported. Word and WPS cells as real tables carry them, put into shanghai-office-2019's tables.
  it('reads a figure cell\'s noise as the contract has it: the figure kept, the cell noted', () => {
    const cell = (text: string) => `<p align="center">${text}</p>`;
    const html = [
      [cell('524'), cell('（524）')], [cell('368'), cell('368；')], [cell('821'), cell('821。')], [cell('859'), cell('1.2万')],
      [`<p>行政许可</p></td><td colspan="2" nowrap="nowrap" style="width:150px;">${cell('0')}</td><td nowrap="nowrap" style="width:101px;">${cell('0')}`,
        `<p>行政许可</p></td><td colspan="2" nowrap="nowrap" style="width:150px;">${cell('5')}</td><td nowrap="nowrap" style="width:101px;">${cell('−3')}`],
      [cell('258'), cell('—')],
    ].reduce((page, [from, to]) => page.replace(from!, to!), fixtureHtml('shanghai-office-2019.html'));
    const report = extractWithCheerio(html, fixtureUrl('shanghai-office-2019.html')).report;
    expect(report.activeDisclosure).toMatchObject({ regulations: { totalPublished: 524 }, normativeDocuments: { totalPublished: 368 }, licensing: { previousCount: 5, change: -3 } });
    expect(report.applications).toMatchObject({ newReceived: { naturalPerson: 821, total: 12000 }, granted: { naturalPerson: null } });
    const noted = (rule: string) => report.warnings.filter((w) => w.rule === rule).flatMap((w) => w.cells.map((c) => `${c.table}.${c.path}`));
    expect(noted('figure/noise-removed')).toEqual(expect.arrayContaining([
      'activeDisclosure.regulations.totalPublished', 'activeDisclosure.normativeDocuments.totalPublished', 'activeDisclosure.licensing.change',
      'activeDisclosure.procurement.amount', 'applications.newReceived.naturalPerson', 'applications.newReceived.total',
    ]));
    expect(noted('figure/not-reported')).toContain('applications.granted.naturalPerson');
    expect(report.warnings.every((w) => !w.rule.startsWith('figure/') || w.severity === 'info')).toBe(true);
  });

  // A finding's figure is named as the figures' CSV and the panel's cells name it (`3` for a 统计表 row's own figure, as
  // the contract has it), the findings across years (平潭's 统计表 of 2011 and 2012, each year's tables) included.
  it('names each figure a finding involves by the path the figures have', async () => {
    const years = fileURLToPath(new URL('fixtures/years/', import.meta.url));
    const lines = (await runCli([years, '--format', 'json-file'], { now: FIXED_NOW })).stdout.trim().split('\n');
    const reports = lines.map((line) => (JSON.parse(line) as { report: Report }).report);
    expect(reports.some((r) => r.warnings.some((w) => w.rule.startsWith('years/') && w.cells.some((c) => c.table === 'legacyStats')))).toBe(true);
    const unnamed = reports.flatMap((report) => {
      const named = new Set(listFigures(report).map((f) => `${f.table} ${f.path}`));
      return report.warnings.flatMap((w) => w.cells.filter((c) => c.table !== 'document' && !named.has(`${c.table} ${c.path}`)).map((c) => `${w.rule}: ${c.table}.${c.path}`));
    });
    expect(unnamed).toEqual([]);
  });
});

