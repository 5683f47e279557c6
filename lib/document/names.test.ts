import { describe, expect, it } from 'vitest';
import { LEVELS, LEVELS_ABOVE_TOWNSHIP, levelFirst, placeNamed } from './names.ts';

describe('levelFirst', () => {
  it('takes a name that opens with its level alone, a township\'s among all the levels only', () => {
    expect(levelFirst(LEVELS_ABOVE_TOWNSHIP).test('市政府研究室')).toBe(true);
    expect(levelFirst(LEVELS_ABOVE_TOWNSHIP).test('镇人民政府')).toBe(false);
    expect(levelFirst(LEVELS).test('镇人民政府')).toBe(true);
    // 市场 is a word, no level.
    expect(levelFirst(LEVELS).test('市场监督管理局')).toBe(false);
  });
});

describe('placeNamed', () => {
  it('reads the 区 among the levels as a district\'s, never a zone\'s', () => {
    const place = placeNamed(LEVELS_ABOVE_TOWNSHIP, 20);
    expect(place.test('浑南区')).toBe(true);
    expect(place.test('经济技术开发区')).toBe(false);
    expect(place.test('湟源县')).toBe(true);
    expect(place.test('某某镇')).toBe(false);
  });
});
