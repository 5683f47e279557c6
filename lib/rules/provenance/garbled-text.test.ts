import { describe, expect, it } from 'vitest';
import { findingsOf, makeContext, makeReport, wordsOf } from '../../../test/support/report.ts';
import { garbledText } from './garbled-text.ts';

describe('provenance/garbled-text', () => {
  it('passes a page in Chinese, with a pinyin word, a box-drawn text table, a Greek letter', () => {
    const lines = ['（一）主动公开情况', '2024年,东沙街道通过政府信息公开网站累计主动公开政府信息292条。', '│规章│13│13│90│', '│信息内容│本年制发件数│', '“粤省事”（Yuè Shěng Shì）平台', 'β受体阻滞剂'];
    expect(findingsOf(garbledText, makeReport(), makeContext({ lines }))).toEqual([]);
  });

  it('tells the headings a mirror garbled, GBK read one byte off (gz-dongsha-2024-mirror, its pinyin taken out)', () => {
    const lines = ['一、总体情况', '?。ㄒ唬┲鲃?公开情况', '2024年,东沙街道通过政府信息公开网站累计主动公开政府信息292条。', '?。ǘ┮郎暾?公开情况'];
    expect(findingsOf(garbledText, makeReport(), makeContext({ lines }))).toMatchObject([{
      severity: 'info', message: expect.stringContaining('页面夹有乱码（如“?。ㄒ唬┲鲃?”）'),
    }]);
    // UTF-8 read for GBK: runs of the replacement character.
    expect(findingsOf(garbledText, makeReport(), makeContext({ lines: ['���ǹ����������'] }))).toHaveLength(1);
  });

  it('says where the page prints the garbled text it quotes (gz-dongsha-2024-mirror)', () => {
    const lines = ['一、总体情况', '?。ㄒ唬┲鲃?公开情况', '2024年,东沙街道通过政府信息公开网站累计主动公开政府信息292条。'];
    expect(wordsOf(garbledText, makeReport(), makeContext({ lines }))).toEqual([['?。ㄒ唬┲鲃?']]);
  });
});
