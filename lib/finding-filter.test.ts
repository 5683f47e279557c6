import { describe, expect, it } from 'vitest';
import { fixtureReport } from '../test/support/fixtures.ts';
import { filterFindings } from './finding-filter.ts';
import { findingsToText } from './findings-text.ts';

describe('the findings shown under the severities hidden', () => {
  // UX review 2: 提醒 and 信息 hidden on shanghai, then tieling-2019 (a mirror, 即时比分办公厅 injected) showed no finding at all.
  const tieling = fixtureReport('tieling-2019.html');

  it('never hides a finding doubting the page is the issuer\'s own copy, and counts what it hides', () => {
    const { shown, left } = filterFindings(tieling.warnings, ['warning', 'info']);
    expect(shown.map((w) => [w.severity, w.rule.split('/')[0]])).toEqual([['warning', 'provenance'], ['warning', 'provenance'], ['warning', 'provenance']]);
    expect(left).toEqual([{ severity: 'info', count: 4 }]);
    expect(findingsToText(tieling, { language: 'zh', url: null, hidden: ['warning', 'info'] }).split('\n')[3])
      .toBe('年报透视检查结果（读取于 2026-11-21 12:00 UTC）：提醒 3 条（未列出：信息 4 条）');
  });

  it('hides the other findings of a severity hidden, and none where the report has one severity only', () => {
    const shanghai = fixtureReport('shanghai-office-2019.html');
    const { shown, left } = filterFindings(shanghai.warnings, ['warning', 'info']);
    expect(shown.every((w) => w.severity === 'error')).toBe(true);
    expect(left.map((l) => l.severity)).toEqual(['warning', 'info']);
    const errors = shanghai.warnings.filter((w) => w.severity === 'error');
    expect(filterFindings(errors, ['error'])).toEqual({ shown: errors, left: [] });
  });
});
