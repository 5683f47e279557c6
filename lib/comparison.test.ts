import { describe, expect, it } from 'vitest';
import { fixtureReport } from '../test/support/fixtures.ts';
import { comparisonOf, comparisonText, PAIRED_RULES } from './comparison.ts';
import { RULES } from './rules/registry.ts';

// UX review 2 §7: «应为 275，实为 258» declared shanghai's table right and its text wrong, though the table's 总计 is blank
// and 275 the tool's own sum; «应为 365，实为 333» (xiaobanqiao-2018) gave no unit.
describe('the two figures a finding compares', () => {
  const pairOf = (file: string, rule: string, language: 'zh' | 'en' = 'zh') => {
    const finding = fixtureReport(file).warnings.find((w) => w.rule === rule)!;
    return comparisonText(comparisonOf(finding, language)!, language);
  };

  it('names a prose figure checked against a table by the table and the text (shanghai-office-2019, 予以公开及部分公开258件)', () => {
    expect(pairOf('shanghai-office-2019.html', 'prose/table-agreement')).toBe('表三 275 · 正文 258');
    expect(pairOf('shanghai-office-2019.html', 'prose/table-agreement', 'en')).toBe('Table 3: 275 · Text: 258');
    // 行政复议7件…均获维持: 表四's upheld against the cases the text says were all upheld.
    expect(pairOf('shanghai-office-2019.html', 'prose/case-outcomes')).toBe('表四 5 · 正文 7');
    // ui39: in English the table's numeral ran into the figure: «Table 4 5 · Text 7».
    expect(pairOf('shanghai-office-2019.html', 'prose/case-outcomes', 'en')).toBe('Table 4: 5 · Text: 7');
  });

  it('gives the period\'s days their unit (xiaobanqiao-2018, a period of 333 days)', () => {
    expect(pairOf('xiaobanqiao-2018.html', 'document/whole-year-period')).toBe('完整年度 365 天 · 统计期限 333 天');
  });

  it('counts the parts found, with their unit (hushi-tianmen-2019: 六个部分中未找到：三、…；四、…；五、…；六、…, four of six missing)', () => {
    const finding = { rule: 'document/six-parts', cells: [], expected: 6, actual: 2 };
    // It was «应有部分 6 · 写到 2»: read as "written up to part 2".
    expect(comparisonText(comparisonOf(finding, 'zh')!, 'zh')).toBe('应有部分 6 个 · 找到 2 个');
    expect(comparisonText(comparisonOf(finding, 'en')!, 'en')).toBe('parts required: 6 · found: 2');
    expect(comparisonText(comparisonOf({ ...finding, rule: 'document/announced-parts', expected: 7, actual: 6 }, 'zh')!, 'zh')).toBe('开头列出的部分 7 个 · 找到 6 个');
  });

  it('names the sides of a sum, and gives nothing where a side is missing', () => {
    const finding = { rule: 'applications/row-sum', cells: [], expected: 7, actual: 6 };
    expect(comparisonOf(finding, 'zh')).toEqual([{ label: '各项之和', value: '7' }, { label: '总计', value: '6' }]);
    expect(comparisonOf({ ...finding, actual: null }, 'zh')).toBeNull();
    // A rule not named takes neither side.
    expect(comparisonText(comparisonOf({ ...finding, rule: 'years/new' }, 'zh')!, 'zh')).toBe('一处 7 · 另一处 6');
  });

  it('names only rules there are', () => {
    const ids = new Set(RULES.map((r) => r.id));
    expect(PAIRED_RULES.filter((id) => !ids.has(id))).toEqual([]);
  });
});
