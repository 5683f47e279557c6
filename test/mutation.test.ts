// Mutation test: in every fixture with tables 三 and 四, change one figure (+1, −1, or to another
// number) and the rules must raise at least one error naming that very cell. Blank cells (null) are
// not figures: a page that leaves a whole column and its 总计 blank cannot be checked there.
import { describe, expect, it } from 'vitest';
import { runRules } from '../lib/rules/run.ts';
import type { Report } from '../lib/schema.ts';
import { FIXTURES, fixtureReport } from './support/fixtures.ts';
import { makeContext, setFigures, withProseCounts } from './support/report.ts';

function figures(value: unknown, prefix = ''): [string, number][] {
  if (typeof value === 'number') return [[prefix, value]];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => figures(v, prefix ? `${prefix}.${k}` : k));
}

function withFigure(report: Report, table: 'applications' | 'reviewLitigation', path: string, value: number): Report {
  return setFigures({ ...structuredClone(report), warnings: [] }, table, { [path]: value });
}

const ctx = makeContext({ url: null });

describe('every changed figure of 表三 and 表四 is caught, at its cell', () => {
  const pages = FIXTURES.map((f) => ({ file: f.file, report: fixtureReport(f.file) }))
    .filter(({ report }) => report.applications && report.reviewLitigation);

  it('covers the fixtures that have both tables', () => {
    expect(pages.map((p) => p.file).sort()).toEqual(['longde-chengguan-2021.html', 'shanghai-office-2019.html', 'tieling-2019.html']);
  });

  for (const { file, report } of pages) {
    it(file, () => {
      const missed: string[] = [];
      let tried = 0;
      for (const table of ['applications', 'reviewLitigation'] as const) {
        for (const [path, value] of figures(report[table])) {
          for (const changed of [value + 1, value - 1, value + 13]) {
            tried++;
            const errors = runRules(withFigure(report, table, path, changed), withProseCounts(report, ctx)).filter((w) => w.severity === 'error');
            if (!errors.some((w) => w.cells.some((c) => c.table === table && c.path === path))) missed.push(`${table}.${path}: ${value}→${changed}`);
          }
        }
      }
      expect(tried).toBeGreaterThan(100);
      expect(missed).toEqual([]);
    });
  }
});
