import { describe, expect, it } from 'vitest';
import { findingsOf, makeContext, makeReport, setFigures } from '../../../test/support/report.ts';
import { rowSum } from './row-sum.ts';
import { APPLICANTS } from './rows.ts';

describe('applications/row-sum', () => {
  const granted = () => setFigures(makeReport(), 'applications', {
    'granted.naturalPerson': 27, 'granted.commercial': 2, 'granted.legalService': 4, 'granted.total': 33,
  });

  it('passes when every row adds up to its 总计', () => {
    expect(findingsOf(rowSum, granted())).toEqual([]);
  });

  /** A row that states only its 总计: every applicant cell blank, as on reports that fill 总计 alone. */
  const totalOnly = (row: string, total: number) => ({
    ...Object.fromEntries(APPLICANTS.map((column) => [`${row}.${column}`, null])), [`${row}.total`]: total,
  });

  it('fails a row whose applicant columns do not add up to 总计', () => {
    const report = setFigures(granted(), 'applications', { 'granted.total': 34 });
    expect(findingsOf(rowSum, report)).toMatchObject([{
      severity: 'error', expected: 33, actual: 34,
      message: '予以公开行：自然人(27)+商业企业(2)+科研机构(0)+社会公益组织(0)+法律服务机构(4)+其他组织(0)=33，总计(34)，相差1',
    }]);
  });

  it('passes a row short of its 总计 by a cell read as about so many (约3: null), as the recognition noted it', () => {
    const report = setFigures(granted(), 'applications', { 'granted.legalService': null, 'granted.total': 33 });
    expect(findingsOf(rowSum, report)).toMatchObject([{ severity: 'error' }]);
    expect(findingsOf(rowSum, report, makeContext({ approximate: new Set(['applications:granted.legalService']) }))).toEqual([]);
  });

  it('passes a row of a table that prints 自然人 and 总计 alone: an organisation\'s application leaves 总计 above 自然人', () => {
    const report = makeReport();
    report.applications = { granted: { naturalPerson: 2, total: 3 }, totalProcessed: { naturalPerson: 2, total: 3 } };
    expect(findingsOf(rowSum, report)).toEqual([]);
  });

  // Six outcome rows below 予以公开, enough to pass the handful whose figures are shown row by row.
  const OUTCOMES = ['partiallyGranted', 'withheld.stateSecret', 'withheld.lawForbidden', 'unavailable.notHeld', 'unavailable.needsCreation', 'notProcessed.complaint'];
  const OUTCOME_NAMES = '部分公开、不予公开·属于国家秘密、不予公开·其他法律行政法规禁止公开、无法提供·本机关不掌握相关政府信息、'
    + '无法提供·没有现成信息需要另行制作、不予处理·信访举报投诉类申请';

  it('names the rows once when the 总计 column is left blank throughout', () => {
    // As on shanghai-office-2019: the 总计 column is blank except in the top and bottom rows.
    const report = setFigures(granted(), 'applications', {
      'granted.total': null,
      ...Object.fromEntries(OUTCOMES.flatMap((row) => [[`${row}.naturalPerson`, 1], [`${row}.total`, null]])),
    });
    const findings = findingsOf(rowSum, report);
    expect(findings).toMatchObject([{
      severity: 'warning', expected: null, actual: null,
      message: `总计列有7行空白（各申请人列有数字），无法核对（多半是漏填）：予以公开、${OUTCOME_NAMES}`,
    }]);
    // The blank 总计 cells are what the finding is about: the applicants' figures beside them are right.
    expect(findings[0]!.cells.map((c) => c.path)).toEqual(['granted', ...OUTCOMES].map((row) => `${row}.total`));
  });

  it('names the rows once when the applicant columns are left blank throughout', () => {
    const report = setFigures(makeReport(), 'applications', Object.assign({}, ...OUTCOMES.map((row) => totalOnly(row, 2))));
    const findings = findingsOf(rowSum, report);
    expect(findings).toMatchObject([{
      severity: 'warning', message: `各申请人列有6行空白（总计列有数字），无法核对（多半是漏填）：${OUTCOME_NAMES}`,
    }]);
    expect(findings[0]!.cells).toHaveLength(6 * APPLICANTS.length);
    expect(findings[0]!.cells).toContainEqual({ table: 'applications', path: 'withheld.stateSecret.naturalPerson' });
    expect(findings[0]!.cells.some((c) => c.path.endsWith('.total'))).toBe(false);
  });

  it('shows each row of a handful with its figures', () => {
    const report = setFigures(granted(), 'applications', {
      'granted.total': null, ...totalOnly('partiallyGranted', 3),
    });
    expect(findingsOf(rowSum, report)).toMatchObject([{
      severity: 'warning',
      message: '以下2行的总计与各申请人列有一方留空，无法核对（多半是漏填）：予以公开（各列合计33，总计空白）、部分公开（各列合计空白，总计3）',
    }]);
    // A lone row blank like the rest: its figures still say more than a pattern of one.
    expect(findingsOf(rowSum, setFigures(granted(), 'applications', { 'granted.total': null }))).toMatchObject([{
      message: '以下1行的总计与各申请人列有一方留空，无法核对（多半是漏填）：予以公开（各列合计33，总计空白）',
    }]);
  });

  it('groups many rows with mixed blanks by the side left blank', () => {
    const report = setFigures(granted(), 'applications', {
      'granted.total': null,
      'partiallyGranted.naturalPerson': 3, 'partiallyGranted.total': null,
      'unavailable.notHeld.naturalPerson': 5, 'unavailable.notHeld.total': null,
      ...totalOnly('unavailable.needsCreation', 1), ...totalOnly('unavailable.stillUnclear', 2),
      ...totalOnly('newReceived', 44),
      // A blank cell of the (七)总计 row is a gap too, though the other columns have figures.
      'totalProcessed.naturalPerson': 30, 'totalProcessed.commercial': null, 'totalProcessed.total': 36,
    });
    const [finding] = findingsOf(rowSum, report);
    expect(finding!.message).toBe('以下7行的总计与各申请人列有一方留空，无法核对（多半是漏填）。'
      + '总计列有3行空白（各申请人列有数字）：予以公开、部分公开、无法提供·本机关不掌握相关政府信息；'
      + '各申请人列有3行空白（总计列有数字）：本年新收、无法提供·没有现成信息需要另行制作、无法提供·补正后申请内容仍不明确；'
      + '其余：办理结果总计（各列合计30，总计36）');
    // Each row's blank side: three 总计 cells, three rows' six applicant cells, and the one blank cell of 办理结果总计.
    expect(finding!.cells).toHaveLength(3 + 3 * 6 + 1);
    expect(finding!.cells).toContainEqual({ table: 'applications', path: 'totalProcessed.commercial' });
    expect(finding!.cells).not.toContainEqual({ table: 'applications', path: 'totalProcessed.total' });
  });
});
