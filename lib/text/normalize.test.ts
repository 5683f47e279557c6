import { describe, expect, it } from 'vitest';
import { holdsVariants, withHalfWidthFigures, withVariantsUnified } from './normalize.ts';

describe('withVariantsUnified', () => {
  it('reads 覆 written for 复 as 复, and leaves 覆 of its own (覆盖, 颠覆) alone', () => {
    expect(withVariantsUnified('依申请公开答覆书144份，行政覆议1件，批覆、回覆、覆核、函覆')).toBe('依申请公开答复书144份，行政复议1件，批复、回复、复核、函复');
    expect(withVariantsUnified('网络覆盖全县，防范颠覆')).toBe('网络覆盖全县，防范颠覆');
    expect(withVariantsUnified('网上审批覆盖率100%，批覆1件')).toBe('网上审批覆盖率100%，批复1件');
    expect([holdsVariants('网上审批覆盖率100%'), holdsVariants('行政覆议1件'), holdsVariants('批覆')]).toEqual([false, true, true]);
  });
});

describe('withHalfWidthFigures', () => {
  it('writes a figure\'s full-width digits, decimal point and per cent sign in ASCII, the text\'s length and its other characters kept', () => {
    const typed = '予以公开及部分公开２５８件，占３３．９％；一．总体情况（ＰＤＦ）';
    expect(withHalfWidthFigures(typed)).toBe('予以公开及部分公开258件，占33.9%；一.总体情况（ＰＤＦ）');
    expect(withHalfWidthFigures(typed)).toHaveLength(typed.length);
  });
});
