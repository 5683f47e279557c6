import { describe, expect, it } from 'vitest';
import { readChineseNumber } from './chinese-number.ts';

describe('readChineseNumber', () => {
  it.each([
    ['一', 1], ['十', 10], ['十九', 19], ['二十', 20], ['三十一', 31], ['两', 2], ['一千二百', 1200],
    ['三万五千', 35000], ['一百零五', 105], ['二〇二二', 2022], ['二○二○', 2020], ['十二', 12],
  ])('reads %s as %d', (text, value) => expect(readChineseNumber(text)).toBe(value));

  it.each(['', '第三', '12', '三个'])('refuses %j', (text) => expect(readChineseNumber(text)).toBeNull());
});
