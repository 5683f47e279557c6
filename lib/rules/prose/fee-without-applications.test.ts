import { describe, expect, it } from 'vitest';
import type { Line } from '../../page/model.ts';
import { extractProseFigures } from '../../prose/figures.ts';
import { findingsOf, makeContext, makeReport, setFigures } from '../../../test/support/report.ts';
import { feeWithoutApplications } from './fee-without-applications.ts';

/** A township's 2022 report whose 表三 has `received` new applications and none carried over, its part 六 the `text`, read as the prose reader reads it. */
function check(received: number, text: string) {
  const lines: Line<{ data: string }>[] = [{ text, table: -1, cellTextLength: 0, pieces: [{ node: { data: text }, nodeStart: 0, lineStart: 0, length: text.length }] }];
  const report = makeReport({ document: { year: 2022, issuer: '某县某某镇人民政府' }, proseFigures: extractProseFigures(lines, 2022).figures });
  const withTable = setFigures(report, 'applications', {
    'newReceived.naturalPerson': received, 'newReceived.total': received, 'carriedOver.naturalPerson': 0, 'carriedOver.total': 0,
  });
  return findingsOf(feeWithoutApplications, withTable, makeContext({ lines: [text] }));
}

describe('prose/fee-without-applications', () => {
  it('passes a body with no application that sent no fee notice and collected nothing, or one with applications that did', () => {
    expect(check(0, '本年度未发出收费通知，未收取信息处理费。')).toEqual([]);
    expect(check(0, '本机关2022年度发出收费通知的件数为0件，总金额为0元，实际收取的总金额为0元。')).toEqual([]);
    expect(check(40, '本年度共发出收费通知2件，涉及金额600元，实际收取信息处理费300元。')).toEqual([]);
  });

  it('fails a fee notice sent or a fee collected where 表三 has no application at all', () => {
    const [finding, ...more] = check(0, '本年度共发出收费通知2件，涉及金额600元，实际收取信息处理费300元。');
    expect(more).toEqual([]);
    expect(finding).toMatchObject({ rule: 'prose/fee-without-applications', severity: 'warning', expected: null, actual: null });
    expect(finding!.message).toBe('表三本年新收和上年结转的申请都是0件，本年度没有办理申请，而正文“本年度共发出收费通知2件，涉及金额600元，实际收取信息处理费300元”说发出了收费通知或收取了信息处理费：信息处理费只在办理申请时收取，请核对表三和正文');
    expect(finding!.cells.map((c) => c.table)).toEqual(['applications', 'applications', 'proseFigures', 'proseFigures']);
  });

  it('compares no figure of another year, nor the whole county\'s in a township\'s report', () => {
    expect(check(0, '2021年实际收取信息处理费300元。')).toEqual([]);
    expect(check(0, '全县各级行政机关共收取信息处理费300元。')).toEqual([]);
  });
});
