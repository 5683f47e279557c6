import { describe, expect, it } from 'vitest';
import { labelKey, stripNumbering } from './normalize.ts';
import { LabelPattern, lcsLength } from './similarity.ts';

// As the recognisers ask it: the expected label prepared once, each found one compared with it.
const labelSimilarity = (found: string, expected: string) => new LabelPattern(expected).similarity(found);

describe('label matching', () => {
  it('reduces labels to what identifies them', () => {
    expect(labelKey('（一）予以公开 ')).toBe('一予以公开');
    expect(labelKey('本年新<br>制作数量'.replace('<br>', '\n'))).toBe('本年新制作数量');
    expect(labelKey('3.危及“三安全一稳定”？')).toBe('3危及三安全一稳定');
  });

  it('strips outline numbers even when part of them is lost', () => {
    for (const raw of ['(一)予以公开', '（一）予以公开', '(一予以公开', '一、予以公开', '1.予以公开', '1、予以公开', '①予以公开']) {
      expect(stripNumbering(raw)).toBe('予以公开');
    }
  });

  it('scores labels with lost characters close to their template', () => {
    expect(labelSimilarity('行政许', '行政许可')).toBeGreaterThan(0.8);
    expect(labelSimilarity('自然', '自然人')).toBeGreaterThan(0.75);
    expect(labelSimilarity('人或其他组织', '法人或其他组织')).toBeGreaterThan(0.9);
    expect(labelSimilarity('机关不掌握相关政府信息', '本机关不掌握相关政府信息')).toBeGreaterThan(0.9);
  });

  it('keeps different rows apart', () => {
    expect(labelSimilarity('不予处理重复申请', '不予公开属于国家秘密')).toBeLessThan(0.4);
    expect(labelSimilarity('总计', '结转下年度继续办理')).toBe(0);
    expect(labelSimilarity('', '规章')).toBe(0);
    expect(lcsLength('abcde', 'ace')).toBe(3);
  });
});

describe('lcsLength', () => {
  // The bit-parallel path must agree with the plain dynamic programme on every pair.
  const naive = (a: string, b: string) => {
    const t: number[][] = Array.from({ length: a.length + 1 }, () => Array<number>(b.length + 1).fill(0));
    for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) t[i]![j] = a[i - 1] === b[j - 1] ? t[i - 1]![j - 1]! + 1 : Math.max(t[i - 1]![j]!, t[i]![j - 1]!);
    return t[a.length]![b.length]!;
  };
  it('agrees with the textbook algorithm, short and long, repeated characters included', () => {
    const words = ['不予公开属于国家秘密', '其他处理申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请', '公开公开公开', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab', 'abababababababababababababababab', '总计', '本年度办结果', 'x'];
    for (const a of words) for (const b of words) expect(lcsLength(a, b), `${a} / ${b}`).toBe(naive(a, b));
  });
});
