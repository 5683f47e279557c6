import { describe, expect, it } from 'vitest';
import { Warning } from '../schema.ts';
import { runRules } from './run.ts';
import { makeContext, makeReport, setFigures } from '../../test/support/report.ts';
import type { Finding, Rule } from './types.ts';

const rule = (id: string, check: Rule['check']): Rule =>
  ({ id, severity: 'error', description: 'd', rationale: { zh: 'r', en: 'r' }, example: { passes: { zh: 'p', en: 'p' }, fails: { zh: 'f', en: 'f' } }, check });

describe('runRules', () => {
  it('finds nothing in a consistent report', () => {
    expect(runRules(makeReport(), makeContext())).toEqual([]);
  });

  it('stamps findings with the rule id and returns contract warnings', () => {
    const report = setFigures(makeReport(), 'applications', { 'granted.total': 1 });
    const warnings = runRules(report, makeContext());
    expect(warnings.length).toBeGreaterThan(0);
    for (const w of warnings) expect(Warning.parse(w)).toEqual(w);
    expect(warnings.map((w) => w.rule)).toContain('applications/row-sum');
  });

  it('turns a rule that throws, or reports off-contract, into an info warning and runs the others', () => {
    const finding = { severity: 'warning' as const, message: '第二条', cells: [], expected: null, actual: null };
    const warnings = runRules(makeReport(), makeContext(), [
      rule('test/throws', () => { throw new Error('boom'); }),
      rule('test/bad-shape', () => [{ ...finding, expected: Number.NaN }]),
      rule('test/fine', () => [finding]),
    ]);
    expect(warnings).toMatchObject([
      { rule: 'engine/rule-failed', severity: 'info', message: '检查规则 test/throws 运行出错，本项未检查：boom' },
      { rule: 'engine/rule-failed', severity: 'info' },
      { rule: 'test/fine', message: '第二条' },
    ]);
  });

  it('lets no off-contract finding through as a warning', () => {
    const finding = { severity: 'warning' as const, message: '第二条', cells: [], expected: null, actual: null };
    const offContract = [
      { ...finding, severity: 'fatal' }, { ...finding, message: '' }, { ...finding, actual: Number.POSITIVE_INFINITY },
      { ...finding, cells: [{ table: 'figures', path: '0' }] }, { ...finding, cells: [{ table: 'document' }] },
    ];
    const bad = offContract.map((f, i) => rule(`test/bad-${i}`, () => [f as unknown as Finding]));
    const warnings = runRules(makeReport(), makeContext(), [...bad, rule('Bad Id', () => [finding])]);
    expect(warnings.map((w) => w.rule)).toEqual(Array(offContract.length + 1).fill('engine/rule-failed'));
  });
});
