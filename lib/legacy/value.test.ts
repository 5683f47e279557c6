import { describe, expect, it } from 'vitest';
import { readValue } from './value.ts';

describe('readValue', () => {
  // A 统计表's 依申请公开信息收取的费用 | 万元 | 3万: 3 万元 as printed, nothing to note; in a 元 row its form changed.
  it('reads a figure in 万 in a 万元 row as printed, noted only where its form changed', () => {
    expect(readValue({ text: '3万' }, '万元')).toEqual({ kind: 'number', value: 3, unit: null, noise: false });
    expect(readValue({ text: '1.2万' }, '元')).toEqual({ kind: 'number', value: 12000, unit: null, noise: true });
    expect(readValue({ text: '1.2万？' }, '万元')).toMatchObject({ value: 1.2, noise: true });
    expect(readValue({ text: '1.2万' }, '条')).toMatchObject({ value: 12000, noise: true });
  });
});
