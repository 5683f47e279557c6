import { describe, expect, it } from 'vitest';
import { HAN, HAN_CHAR } from './han.ts';

describe('HAN', () => {
  it('matches what \\p{Script=Han} matches, and beyond it only code points no character is assigned to yet', () => {
    const script = /^\p{Script=Han}$/u;
    const unassigned = /^\p{Cn}$/u;
    const ours = new RegExp(`^[${HAN}]$`, 'u');
    const missed: number[] = [];
    const extra: number[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCodePoint(code);
      const theirs = script.test(c);
      if (theirs && !ours.test(c)) missed.push(code);
      if (!theirs && ours.test(c) && !unassigned.test(c)) extra.push(code);
    }
    expect(missed).toEqual([]);
    expect(extra).toEqual([]);
  });

  it('reads a character of plane 2 as one Han character, as in a name written with one (𠙶)', () => {
    expect(new RegExp(`^[${HAN}]{2}$`, 'u').test('𠙶山')).toBe(true);
    expect(HAN_CHAR.test('１２（3）')).toBe(false);
    expect(HAN_CHAR.test('信息(1386)条')).toBe(true);
  });
});
