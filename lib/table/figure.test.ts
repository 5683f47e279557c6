import { describe, expect, it } from 'vitest';
import { readFigure } from './figure.ts';

describe('readFigure', () => {
  it.each([
    ['42', 42, false], [' 42 ', 42, false], ['\u00a033\u00a0', 33, false],
    ['33?', 33, true], ['?0', 0, true], ['？7', 7, true], ['４２', 42, false],
    ['1,234', 1234, true], ['1，234，567', 1234567, true], ['82577588', 82577588, false],
    ['12.5', 12.5, false], ['\u200b5', 5, false], ['-3', -3, false],
    ['1 2', 12, false], ['\u3000３３？', 33, true], ['"7"', 7, true],
    ['1234567890123456789', 1234567890123456789, false],
    // A zero typed as a character (〇, 零, ○) is 0, and noted.
    ['〇', 0, true], ['零', 0, true], [' ○ ', 0, true],
    // A change written with its sign in words (本年增/减): 增 is +, 减 is −, and the word is noted.
    ['增1423', 1423, true], ['减5', -5, true], ['减少 12', -12, true], ['新增3', 3, true], ['+2', 2, true],
  ])('reads %j as %d (noise dropped: %s)', (raw, value, noise) => {
    expect(readFigure(raw)).toEqual({ kind: 'number', value, unit: null, noise });
  });

  it('drops a trailing unit and reports it', () => {
    expect(readFigure('251000元')).toEqual({ kind: 'number', value: 251000, unit: '元', noise: true });
    expect(readFigure('3.5万元')).toEqual({ kind: 'number', value: 3.5, unit: '万元', noise: true });
    expect(readFigure('12 件')).toEqual({ kind: 'number', value: 12, unit: '件', noise: true });
    expect(readFigure('12（件）')).toEqual({ kind: 'number', value: 12, unit: '件', noise: true });
  });

  it.each(['', ' ', '\u00a0', '&nbsp;'.replace('&nbsp;', '\u00a0'), '?'])('reads %j as blank', (raw) => {
    expect(readFigure(raw)).toEqual({ kind: 'blank' });
  });

  it.each(['—', '——', '-', '/', '／', '无', '－'])('reads %j as not reported (never 0)', (raw) => {
    expect(readFigure(raw)).toEqual({ kind: 'not-reported' });
  });

  it.each(['行政许可', '自然人', '2019年', '1.属于国家秘密', '12a', '?自然人', '12人民', '零报告', '本年增/减', '增', '新增项目'])('does not read label %j as a figure', (raw) => {
    expect(readFigure(raw).kind).toBe('text');
  });
});
