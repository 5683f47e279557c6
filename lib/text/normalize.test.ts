import { describe, expect, it } from 'vitest';
import { holdsVariants, withHalfWidthFigures, withVariantsUnified } from './normalize.ts';

describe('withVariantsUnified', () => {
  it('reads 覆 written for 复 as 复, and leaves 覆 of its own (覆盖, 颠覆) alone', () => {
    expect(withVariantsUnified('依申请公开答覆书144份，行政覆议1件，批覆、回覆、覆核、函覆')).toBe('依申请公开答复书144份，行政复议1件，批复、回复、复核、函复');
    expect(withVariantsUnified('网络覆盖全县，防范颠覆')).toBe('网络覆盖全县，防范颠覆');
    expect(withVariantsUnified('网上审批覆盖率100%，批覆1件')).toBe('网上审批覆盖率100%，批复1件');
    expect([holdsVariants('网上审批覆盖率100%'), holdsVariants('行政覆议1件'), holdsVariants('批覆')]).toEqual([false, true, true]);
  });

  it('reads 转结 written for 结转 where applications are carried as 结转, and leaves 流转结果, 结转结余 alone', () => {
    // jiashan-dyz-2024, js-changchun-bgt-2024, js-qingjiangpu-2021, hejiang-wsjj-2024, sanya-2024.
    expect(withVariantsUnified('已按期答复1件,无转结下年度继续办理件')).toBe('已按期答复1件,无结转下年度继续办理件');
    expect(withVariantsUnified('(含上年度转结申请8件,另有5件申请转结下年度继续办理)')).toBe('(含上年度结转申请8件,另有5件申请结转下年度继续办理)');
    expect(withVariantsUnified('除4件转结2022年办理以外')).toBe('除4件结转2022年办理以外');
    expect(withVariantsUnified('2023年未转结政府信息公开申请')).toBe('2023年未结转政府信息公开申请');
    expect(withVariantsUnified('答复政府信息公开申请1641件(含上年度转结)')).toBe('答复政府信息公开申请1641件(含上年度结转)');
    expect(withVariantsUnified('公开审批流转结果，上年结转结余资金')).toBe('公开审批流转结果，上年结转结余资金');
    expect([holdsVariants('上年结转结余资金'), holdsVariants('无转结下年度继续办理件')]).toEqual([false, true]);
  });
});

describe('withHalfWidthFigures', () => {
  it('writes a figure\'s full-width digits, decimal point and per cent sign in ASCII, the text\'s length and its other characters kept', () => {
    const typed = '予以公开及部分公开２５８件，占３３．９％；一．总体情况（ＰＤＦ）';
    expect(withHalfWidthFigures(typed)).toBe('予以公开及部分公开258件，占33.9%；一.总体情况（ＰＤＦ）');
    expect(withHalfWidthFigures(typed)).toHaveLength(typed.length);
  });
});
