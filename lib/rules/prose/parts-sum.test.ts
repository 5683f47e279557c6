import { describe, expect, it } from 'vitest';
import type { ProseFigure } from '../../schema.ts';
import { findingsOf, makeReport } from '../../../test/support/report.ts';
import { partsSum } from './parts-sum.ts';

const figure = (value: number, parts: number[], approximate = false): ProseFigure => ({
  label: '收到政府信息公开申请', value, unit: '件', approximate,
  text: `共收到政府信息公开申请${value}件`,
  parts: parts.map((v, k) => ({ label: ['当面申请', '网络申请', '信函申请'][k]!, value: v, unit: '件', approximate: false })),
});
const check = (...figures: ProseFigure[]) => findingsOf(partsSum, makeReport({ proseFigures: figures }));

describe('prose/parts-sum', () => {
  it('passes parts that add up to the total', () => {
    expect(check(figure(0, [0, 0, 0]), figure(346, [4, 120, 222]))).toEqual([]);
  });

  it('fails parts that exceed the total', () => {
    expect(check(figure(10, [4, 8]))).toMatchObject([{
      severity: 'error', expected: 10, actual: 12,
      message: '正文"共收到政府信息公开申请10件"：其中当面申请4+网络申请8=12件，超过总数10件',
      cells: [{ path: '0' }, { path: '0.parts.0' }, { path: '0.parts.1' }],
    }]);
  });

  it('only notes parts that fall short, and only warns about approximate figures', () => {
    expect(check(figure(10, [4, 3]))).toMatchObject([{ severity: 'info', actual: 7 }]);
    expect(check(figure(10, [4, 8], true))).toMatchObject([{ severity: 'warning' }]);
    expect(check(figure(1720, [1600, 100], true))).toEqual([]);
  });
});
