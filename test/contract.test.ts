// The contract (../shared/contract/report-json.md) as code: the committed JSON Schema is the zod
// schema's, and every report the engine gives validates against it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportJsonSchemaText } from '../lib/json-schema.ts';
import { Report } from '../lib/schema.ts';
import { extractWithCheerio, FIXTURES, fixtureHtml, fixtureReport, fixtureUrl } from './support/fixtures.ts';

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
});
