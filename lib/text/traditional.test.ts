import { describe, expect, it } from 'vitest';
import { toSimplified, traditionalCount } from './traditional.ts';

describe('traditional characters', () => {
  it('simplifies a report\'s words one character for one', () => {
    const text = '三、收到和處理政府信息公開申請情況：屬於國家秘密，本機關不掌握相關政府信息';
    const simple = toSimplified(text);
    expect(simple).toBe('三、收到和处理政府信息公开申请情况：属于国家秘密，本机关不掌握相关政府信息');
    expect(simple.length).toBe(text.length);
  });

  it('counts the characters only traditional text holds, up to a limit', () => {
    expect(traditionalCount('鐵嶺市2019年度政府信息公開工作報告', 10)).toBe(4); // 鐵 嶺 開 報
    expect(traditionalCount('铁岭市2019年度政府信息公开工作报告，於是', 10)).toBe(0); // 於 is simplified too
    expect(traditionalCount('一、總體情況：我市認真貫徹', 2)).toBe(2);
  });
});
