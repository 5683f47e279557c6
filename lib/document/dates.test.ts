import { describe, expect, it } from 'vitest';
import { chineseNumber, findDate } from './dates.ts';

describe('dates', () => {
  it('reads digits and Chinese numerals, and refuses impossible dates', () => {
    expect(chineseNumber('二〇二二')).toBe(2022);
    expect(chineseNumber('十九')).toBe(19);
    expect(chineseNumber('三十一')).toBe(31);
    expect(findDate('落款：二〇二二年一月十九日')?.iso).toBe('2022-01-19');
    expect(findDate('二〇二二年元月二十八日')?.iso).toBe('2022-01-28');
    expect(findDate('发布时间：2020/2/28 10:00')?.iso).toBe('2020-02-28');
    expect(findDate('2021年2月30日')).toBeNull();
    expect(findDate('电话：0432-68383016')).toBeNull();
  });
});
