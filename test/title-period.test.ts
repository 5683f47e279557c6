// A real annual report whose portal's <title> names a half-year: the page's own heading and its 统计期限 say the year's.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { readReport } from './support/variant-check.ts';

// baokang-2020 (保康县2020年度政府信息公开工作年度报告), its <title> made the half-year's.
const page = readFileSync(new URL('./corpus/2019/baokang-2020.html', import.meta.url), 'utf8')
  .replace('<title>保康县2020年度政府信息公开工作年度报告</title>', '<title>保康县2020年上半年政府信息公开工作报告</title>');
const STATEMENT = '本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。';

it('reads the year a page states over the half-year its <title> names (baokang-2020)', () => {
  expect(page).toContain(STATEMENT);
  expect(readReport(page).document.period).toEqual({ start: '2020-01-01', end: '2020-12-31' });
  // Without the statement, the heading 保康县2020年度…年度报告 names no half-year: no span, and the report is checked as the year's.
  const unstated = readReport(page.replace(STATEMENT, ''));
  expect(unstated.document.period).toBeNull();
  expect(unstated.warnings.map((w) => w.rule)).not.toContain('document/whole-year-period');
});
