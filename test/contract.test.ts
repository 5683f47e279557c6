// The contract (../shared/contract/report-json.md) as code: the committed JSON Schema is the zod
// schema's, and every report the engine gives validates against it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportJsonSchemaText } from '../lib/json-schema.ts';
import { Report } from '../lib/schema.ts';
import { FIXTURES, fixtureReport } from './support/fixtures.ts';

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
});
