import { describe, expect, it } from 'vitest';
import { signature } from './signature.ts';

const signedAt = (body: string[]) => signature(body)?.date ?? null;

describe('signature', () => {
  it('takes the signature date from the last line that is only a date (or a name and a date)', () => {
    expect(signedAt(['一、总体情况', '正文……', '城关镇人民政府', '2022年1月19日', '扫一扫在手机打开当前页'])).toBe('2022-01-19');
    expect(signedAt(['正文', '正文', 'XX县人民政府办公室 二〇二二年一月二十日'])).toBe('2022-01-20');
    expect(signedAt(['发布时间：2022-01-19', '正文没有落款'])).toBeNull();
  });

  it('names the signing body', () => {
    expect(signature(['正文', '正文', '城关镇人民政府', '2022年1月19日'])).toEqual({ date: '2022-01-19', name: '城关镇人民政府' });
    expect(signature(['正文', '正文', '以上是本年度报告。', '2022年1月19日'])).toEqual({ date: '2022-01-19', name: null });
    // Related links after the signature carry dates of their own: the date under the body's name is the signature's.
    expect(signature(['正文', '正文', '大通县信访局', '二〇二二年一月二十八日', '相关链接', '大通县信访局2019年度政府信息公开工作年度报告', '2020-01-20']))
      .toEqual({ date: '2022-01-28', name: '大通县信访局' });
  });
});
