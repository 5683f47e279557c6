import { describe, expect, it } from 'vitest';
import { fixtureReport } from '../test/support/fixtures.ts';
import { findingsOf, makeReport, setFigures } from '../test/support/report.ts';
import { englishGist as gist, gistText } from './finding-facts.ts';

const englishGist = (report: Report, w: Warning) => { const g = gist(report, w); return g && gistText(g); };
import { columnBalance } from './rules/applications/column-balance.ts';
import type { Report, Warning } from './schema.ts';

// UX review 4 no. 1: in English a finding said only its rule ("Check: the report is signed after the period…") above the
// Chinese message; the facts (which figures, which row or column, which dates) were in the Chinese alone.
describe('a finding\'s English gist states its facts', () => {
  const gistOf = (report: Report, rule: string) => englishGist(report, report.warnings.find((w) => w.rule === rule)!);

  it('names a column that does not balance, in English, with its four figures', () => {
    // The rule's own failing example: 自然人列：本年新收(33)+上年结转(0)=33，办理结果总计(33)+结转下年度(1)=34
    const report = setFigures(makeReport(), 'applications', {
      'newReceived.naturalPerson': 33, 'carriedOver.naturalPerson': 0, 'totalProcessed.naturalPerson': 33, 'carriedForward.naturalPerson': 1,
    });
    const [finding] = findingsOf(columnBalance, report);
    expect(englishGist(report, { ...finding!, rule: columnBalance.id })).toBe('Check: each column: received + carried over = processed + carried forward. '
      + 'Table 3 (表三), individuals column: received this year 33, carried over from last year 0, processed, in all 33, carried forward to next year 1');
  });

  it('gives the dates of a report signed before its period ends (longde-chengguan-2021, 落款 2021年1月19日)', () => {
    expect(gistOf(fixtureReport('longde-chengguan-2021.html'), 'document/signed-after-period'))
      .toBe('Check: the report is signed after the period it reports on. Date signed 2021-01-19; reporting period 2021-01-01 to 2021-12-31');
  });

  it('gives the period of a report short of a whole year (xiaobanqiao-2018)', () => {
    expect(gistOf(fixtureReport('xiaobanqiao-2018.html'), 'document/whole-year-period')).toBe('Check: the period is one whole calendar year. Reporting period 2018-01-01 to 2018-11-29');
  });

  it('names the text\'s figure by its words and the table\'s cells in English (shanghai-office-2019, 予以公开及部分公开258件)', () => {
    const gist = gistOf(fixtureReport('shanghai-office-2019.html'), 'prose/table-agreement')!;
    expect(gist).toContain('. Text (正文): “予以公开及部分公开” 258; Table 3 (表三): disclosed in full · individuals 258, disclosed in full · businesses 12');
  });

  // 松木塘镇 2023's sentence of 32条 and its 13 parts read "Text (正文) “主动公开政府信息” 32; Text (正文) “领导信息类” 1; …" 14 times over.
  it('names the text once for a sentence\'s figures, the first six of them, the rest counted (taojiang-songmutang-2023)', () => {
    const parts = [['领导信息类', 1], ['机构职能类', 1], ['内设机构类', 5], ['工作动态类', 16], ['规范性文件类', 2], ['整体规划类', 2], ['工作计划类', 1],
      ['人事任命类', 2], ['人才管理类', 1], ['财政预决算类', 2], ['三公经费类', 1], ['处罚强制类', 24], ['信息公开年报', 1]] as const;
    const figure = { label: '主动公开政府信息', value: 32, unit: '条', approximate: false, text: '2023年,主动公开政府信息32条,包括领导信息类1条、…信息公开年报1条',
      parts: parts.map(([label, value]) => ({ label, value, unit: '条', approximate: false })) };
    const cells = ['0', ...parts.map((_, i) => `0.parts.${i}`)].map((path) => ({ table: 'proseFigures' as const, path }));
    const report = makeReport({ proseFigures: [figure], warnings: [{ rule: 'prose/parts-sum', severity: 'error', message: '…=59条，超过总数32条', cells, expected: null, actual: null }] });
    expect(gistOf(report, 'prose/parts-sum')).toBe('Check: the parts a sentence lists do not exceed its total, nor a part\'s items in brackets that part. '
      + 'Text (正文): “主动公开政府信息” 32, “领导信息类” 1, “机构职能类” 1, “内设机构类” 5, “工作动态类” 16, “规范性文件类” 2 and 8 more');
  });

  it('names a row whose total is blank by its column, and counts past six (shanghai-office-2019: 11 rows)', () => {
    expect(gistOf(fixtureReport('shanghai-office-2019.html'), 'applications/row-sum')).toBe('Not checked, cells left blank (most likely not filled in): '
      + 'each row: the applicant columns add up to the total. Table 3 (表三), total column: disclosed in full blank, disclosed in part blank, '
      + 'withheld · state secret blank, withheld · internal affairs (three kinds) blank, withheld · process information (four kinds) blank, '
      + 'withheld · administrative query matters blank and 5 more');
  });

  it('keeps a reading note\'s gist alone: its cells are the many read so (tieling-2019, 144 figures with noise)', () => {
    const report = fixtureReport('tieling-2019.html');
    expect(englishGist(report, report.warnings.find((w) => w.rule === 'figure/noise-removed' && w.cells.length > 100)!))
      .toBe('Characters such as ?, a unit, a stop or a footnote mark (①, ¹) dropped around a number; one written in 万 (1.2万) read as 12000');
  });
});
