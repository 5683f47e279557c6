import { it } from 'vitest';
import { findingsOf, makeContext, makeReport, setFigures } from '../../../test/support/report.ts';
import { extractProseFigures } from '../../prose/figures.ts';
import { caseOutcomes } from './case-outcomes.ts';
function report(text: string, table: Record<string, number | null>, issuer = '某某县人民政府', year = 2020) {
  const line = { text, table: -1, cellTextLength: 0, pieces: [{ node: {}, nodeStart: 0, lineStart: 0, length: text.length }] };
  const { figures } = extractProseFigures([line], year);
  return { figures, report: setFigures(makeReport({ document: { issuer, year }, proseFigures: figures }), 'reviewLitigation', table), ctx: makeContext({ lines: [text] }) };
}
const cases: [string, Record<string, number | null>][] = [
  ['县政府作为行政复议机关，全年共受理涉及政府信息公开的行政复议案件8件，其中维持5件，撤销2件，终止1件。', { 'review.upheld': 1, 'review.total': 1 }],
  ['市政府本级办理政府信息公开类行政复议案件12件，其中维持8件，纠正3件。', { 'review.upheld': 1, 'review.total': 1 }],
  ['全县因政府信息公开引发行政复议5件，其中维持4件，纠正1件。', { 'review.upheld': 1, 'review.total': 1 }],
  ['全年共审结政府信息公开行政复议案件6件，均维持原答复。', { 'review.upheld': 1, 'review.pending': 1, 'review.total': 2 }],
  ['我局因政府信息公开被申请行政复议2件，均未被纠错。', { 'review.upheld': 1, 'review.corrected': 1, 'review.total': 2 }],
  ['我局因政府信息公开被申请行政复议2件，1件被纠错，其余未被纠错。', { 'review.upheld': 1, 'review.corrected': 1, 'review.total': 2 }],
  ['因政府信息公开被提起行政诉讼3件，其中一审判决维持2件，二审维持1件。', { 'litigationDirect.upheld': 3, 'litigationDirect.total': 3 }],
  ['因政府信息公开被申请行政复议3件，行政诉讼1件，无被纠错案件，行政诉讼尚未审结。', { 'review.upheld': 3, 'review.total': 3, 'litigationDirect.pending': 1, 'litigationDirect.total': 1 }],
];
it('probe', () => {
  for (const [text, table] of cases) {
    const r = report(text, table);
    console.log(text, '\n  figs:', r.figures.map((f) => `${f.label}=${f.value}[${f.parts.map((p) => `${p.label}=${p.value}`).join(',')}]`).join(' | '), '\n  ->', JSON.stringify(findingsOf(caseOutcomes, r.report, r.ctx).map((f) => [f.severity, f.message])));
  }
});
