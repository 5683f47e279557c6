import { describe, expect, it } from 'vitest';
import { findingsOf, makeContext, makeReport, setFigures } from '../../../test/support/report.ts';
import { extractProseFigures } from '../../prose/figures.ts';
import { caseOutcomes } from './case-outcomes.ts';

/** The report of `issuer` whose prose is `text` (read as the prose reader reads it) and whose 表四 is `table`. */
function report(text: string, table: Record<string, number | null>, issuer = '上海市人民政府办公厅', year = 2019) {
  const line = { text, table: -1, cellTextLength: 0, pieces: [{ node: {}, nodeStart: 0, lineStart: 0, length: text.length }] };
  const { figures } = extractProseFigures([line], year);
  return { report: setFigures(makeReport({ document: { issuer, year }, proseFigures: figures }), 'reviewLitigation', table), ctx: makeContext({ lines: [text] }) };
}
const check = ({ report: r, ctx }: ReturnType<typeof report>) => findingsOf(caseOutcomes, r, ctx);

// shanghai-office-2019's sentence, and its 表四: 复议 5 upheld, 2 pending; direct suits 8 upheld, 1 pending; none after review.
const SHANGHAI = '信息公开类行政复议7件，诉讼9件，均获维持，继续保持了省级政府零败诉的记录，维护了市政府依法行政、公开透明的良好形象。';
const SHANGHAI_TABLE = {
  'review.upheld': 5, 'review.corrected': null, 'review.other': null, 'review.pending': 2, 'review.total': 7,
  'litigationDirect.upheld': 8, 'litigationDirect.pending': 1, 'litigationDirect.total': 9,
  'litigationAfterReview.upheld': null, 'litigationAfterReview.pending': null, 'litigationAfterReview.total': null,
};
// 湖南省人民政府办公厅 2020 (acc17/12-hn-office-2020), its 表四 as the sentence gives it.
const HUNAN = '2020年收到政府信息公开申请190件,结转上年度政府信息公开申请10件,共办理完成198件,结转下年度继续办理2件,收到感谢信2封;发生行政复议4件,其中3件维持,1件尚未审结;发生行政诉讼4件,其中3件维持,1件尚未审结。';
const HUNAN_TABLE = {
  'review.upheld': 3, 'review.corrected': 0, 'review.other': 0, 'review.pending': 1, 'review.total': 4,
  'litigationDirect.upheld': 2, 'litigationDirect.pending': 1, 'litigationDirect.total': 3,
  'litigationAfterReview.upheld': 1, 'litigationAfterReview.pending': 0, 'litigationAfterReview.total': 1,
};

describe('prose/case-outcomes', () => {
  it('passes outcomes the text gives as 表四 counts them, a suit in both its groups', () => {
    expect(check(report(HUNAN, HUNAN_TABLE, '湖南省人民政府办公厅', 2020))).toEqual([]);
    expect(check(report(SHANGHAI, { ...SHANGHAI_TABLE, 'review.upheld': 7, 'review.pending': 0, 'litigationDirect.upheld': 9, 'litigationDirect.pending': 0 }))).toEqual([]);
  });

  it('fails "均获维持" where 表四 counts cases pending (a warning: the text may speak of those concluded)', () => {
    const findings = check(report(SHANGHAI, SHANGHAI_TABLE));
    expect(findings).toEqual([{
      rule: 'prose/case-outcomes', severity: 'warning', expected: 5, actual: 7,
      cells: [{ table: 'proseFigures', path: '0' }, { table: 'reviewLitigation', path: 'review.upheld' }, { table: 'reviewLitigation', path: 'review.pending' }],
      message: '正文“信息公开类行政复议7件…”说信息公开类行政复议7件“均获维持”，而表四行政复议结果维持5、尚未审结2（如正文只说已审结的案件，宜写明）',
    }, expect.objectContaining({
      expected: 8, actual: 9, message: expect.stringContaining('说诉讼9件“均获维持”，而表四行政诉讼（两类合计）结果维持8、尚未审结1'),
      // 复议后起诉's cells, left blank on the page, are none of it.
      cells: [{ table: 'proseFigures', path: '1' }, { table: 'reviewLitigation', path: 'litigationDirect.upheld' }, { table: 'reviewLitigation', path: 'litigationDirect.pending' }],
    })]);
  });

  it('reads "均结果维持" of each count before it, a suit brought after review among them (嘉兴市人民政府办公室 2022)', () => {
    const text = '2022年因信息公开引发行政争议3件,其中,行政复议1件,行政诉讼2件,均结果维持。';
    const table = { 'review.upheld': 1, 'review.pending': 0, 'review.total': 1, 'litigationDirect.upheld': 1, 'litigationDirect.total': 1,
      'litigationAfterReview.upheld': 1, 'litigationAfterReview.pending': 0, 'litigationAfterReview.total': 1 };
    expect(check(report(text, table, '嘉兴市人民政府办公室', 2022))).toEqual([]);
    expect(check(report(text, { ...table, 'litigationAfterReview.upheld': 0, 'litigationAfterReview.pending': 1 }, '嘉兴市人民政府办公室', 2022))).toMatchObject([{
      severity: 'warning', expected: 1, actual: 2, message: expect.stringContaining('说行政诉讼2件“均结果维持”，而表四行政诉讼（两类合计）结果维持1、尚未审结1'),
    }]);
  });

  it('reads "均获维持" said of some of the cases (those concluded, the rest) as nothing said of the count', () => {
    // Report wordings of concluded cases and pending ones, 表四 as they give it: the 均 is of the 3 concluded, of the rest.
    const table = { 'review.upheld': 3, 'review.pending': 2, 'review.total': 5 };
    for (const text of ['因政府信息公开引发行政复议5件，其中已审结3件，均获维持，2件尚在审理中。', '因政府信息公开引发行政复议5件，除2件尚未审结外，其余均获维持。',
      '因政府信息公开引发行政复议5件，已审结的均维持原行政行为。']) expect(check(report(text, table, '某县自然资源局', 2020)), text).toEqual([]);
    // Nor is "未被纠错" of the rest, the one corrected counted as 表四 counts it.
    expect(check(report('我局因政府信息公开被申请行政复议2件，1件被纠错，其余未被纠错。', { 'review.upheld': 1, 'review.corrected': 1, 'review.total': 2 }, '某县自然资源局', 2020))).toEqual([]);
    // Nor is "均获维持" after the suits the reviews', whose outcome was said before it.
    expect(check(report('因政府信息公开引发行政复议2件，1件被纠正，行政诉讼3件，均获维持。', { 'review.upheld': 1, 'review.corrected': 1, 'review.total': 2,
      'litigationDirect.upheld': 3, 'litigationDirect.total': 3 }, '某县自然资源局', 2020))).toEqual([]);
    // Said of the count, it still is (上海市政府办公厅 2019's wording).
    expect(check(report('因政府信息公开引发行政复议5件，均获维持。', table, '某县自然资源局', 2020))).toMatchObject([{ severity: 'warning', expected: 3, actual: 5 }]);
  });

  it('leaves the upheld a text counts beside those dismissed, which 表四 may count among them', () => {
    const text = '因政府信息公开申请行政复议2件，其中驳回1件，维持1件。';
    expect(check(report(text, { 'review.upheld': 2, 'review.other': 0, 'review.total': 2 }, '某县自然资源局', 2020))).toEqual([]);
    expect(check(report(text, { 'review.upheld': 1, 'review.other': 1, 'review.total': 2 }, '某县自然资源局', 2020))).toEqual([]);
    // A case corrected is none of those.
    expect(check(report('因政府信息公开申请行政复议3件，其中驳回1件，维持1件，纠正1件。', { 'review.upheld': 2, 'review.corrected': 0, 'review.total': 2 }, '某县自然资源局', 2020)))
      .toMatchObject([{ severity: 'error', expected: 0, actual: 1 }]);
  });

  it('fails "均获维持" as an error where 表四 counts a case corrected', () => {
    const findings = check(report(SHANGHAI, { ...SHANGHAI_TABLE, 'review.pending': 0, 'review.corrected': 2 }));
    expect(findings[0]).toMatchObject({ severity: 'error', message: expect.stringContaining('结果维持5、结果纠正2') });
  });

  it('fails an outcome the text counts otherwise than 表四', () => {
    const findings = check(report(HUNAN, { ...HUNAN_TABLE, 'review.upheld': 2, 'review.other': 1 }, '湖南省人民政府办公厅', 2020));
    expect(findings).toEqual([{
      rule: 'prose/case-outcomes', severity: 'error', expected: 2, actual: 3,
      cells: [{ table: 'proseFigures', path: '5.parts.0' }, { table: 'reviewLitigation', path: 'review.upheld' }],
      message: '正文“发生行政复议4件,其中3件维持…”中维持为3件，表四行政复议·结果维持为2，相差1',
    }]);
  });

  it('fails "none corrected" where 表四 counts one (管委会办公室 2025: 未出现结果纠正案件)', () => {
    const text = '因政府信息公开产生行政复议共2件，未出现结果纠正案件。';
    const table = { 'review.upheld': 2, 'review.corrected': 0, 'review.other': 0, 'review.pending': 0, 'review.total': 2 };
    expect(check(report(text, table, '平潭综合实验区管委会办公室', 2025))).toEqual([]);
    expect(check(report(text, { ...table, 'review.upheld': 1, 'review.corrected': 1 }, '平潭综合实验区管委会办公室', 2025))).toMatchObject([{
      severity: 'error', expected: 1, actual: 0, message: expect.stringContaining('说因政府信息公开产生行政复议2件“未出现结果纠正”，而表四行政复议·结果纠正为1'),
    }]);
  });

  it('leaves outcomes 表四 may count either way (驳回, 撤诉), and the cases a 司法局 decides', () => {
    // 行政审批局 2023: its 表四 counts the dismissed review as upheld, the withdrawn suit as another outcome.
    const dismissed = '因依申请公开引发行政复议1起、行政诉讼1起，分别被驳回行政复议申请和裁定按照撤诉处理。';
    expect(check(report(dismissed, { 'review.upheld': 0, 'review.other': 1, 'review.total': 1, 'litigationDirect.other': 1, 'litigationDirect.total': 1 }, '平潭综合实验区行政审批局', 2023))).toEqual([]);
    // 咸宁市司法局 2020, deciding the reviews of others: none of them its 表四's.
    const decided = '截至11月底，受理行政复议申请56件，目前已办结38件，撤回申请13件，撤销4件，确认违法7件，维持12件，综合纠错率63.1%，直接纠错率29%。';
    expect(check(report(decided, { 'review.upheld': 0, 'review.corrected': 0, 'review.pending': 0, 'review.total': 0 }, '咸宁市司法局', 2020))).toEqual([]);
  });
});
