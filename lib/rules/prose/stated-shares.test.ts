import { describe, expect, it } from 'vitest';
import type { ProseFigure } from '../../schema.ts';
import { findingsOf, makeReport } from '../../../test/support/report.ts';
import { statedShares } from './stated-shares.ts';

// shatou-2008 (永嘉县沙头镇), as the page words it: 207/312 is 66.3%, not 58.1%.
const SHATOU = '2008年度共新增主动公开政府信息312条。其中,机构概况类信息5条,占1.6%;政策文件类信息24条,占7.7 %;政务动态类信息50条,占16 %;行政执法类信息0条;重点业务类信息26条,占8.3%;其它类信息207条,占58.1%。';
const kinds = [['机构概况类信息', 5], ['政策文件类信息', 24], ['政务动态类信息', 50], ['行政执法类信息', 0], ['重点业务类信息', 26], ['其它类信息', 207]] as const;
const figure = (text: string, value = 312, parts: readonly (readonly [string, number])[] = kinds): ProseFigure => ({
  label: '主动公开政府信息', value, unit: '条', approximate: false, text,
  parts: parts.map(([label, v]) => ({ label, value: v, unit: '条', approximate: false })),
});
const check = (...figures: ProseFigure[]) => findingsOf(statedShares, makeReport({ proseFigures: figures }));

describe('prose/stated-shares', () => {
  it('passes shares that are the parts over the total, rounded or cut at their last digit', () => {
    expect(check(figure(SHATOU.replace('占58.1%', '占66.3%')))).toEqual([]);
    expect(check(figure(SHATOU.replace('占58.1%', '占66.4%')))).toEqual([]);
  });

  it('warns about a share the others show to be of the same total, that is not the part over it (shatou-2008)', () => {
    expect(check(figure(SHATOU))).toEqual([{
      rule: 'prose/stated-shares', severity: 'warning', expected: 66.3, actual: 58.1,
      message: '正文"2008年度共新增主动公开政府信息312条。其中,机构概况类信息5条,占1.6%…"：其它类信息207条占总数312条的66.3%，而正文写占58.1%（另有4项所写占比与这个总数相符）',
      cells: [{ table: 'proseFigures', path: '0' }, { table: 'proseFigures', path: '0.parts.5' }],
    }]);
  });

  it('says nothing where fewer than two other shares are of the total: they may be of another', () => {
    const two = figure('共新增主动公开政府信息312条。其中,机构概况类信息5条,占1.6%;政策文件类信息24条,占17.7%;其它类信息283条,占58.1%。',
      312, [['机构概况类信息', 5], ['政策文件类信息', 24], ['其它类信息', 283]]);
    expect(check(two)).toEqual([]);
    // Nor of a share of another total, or a change on last year.
    expect(check(figure(SHATOU.replace('占58.1%', '占全县的58.1%')))).toEqual([]);
    expect(check(figure(SHATOU.replace(',占58.1%', ',同比增长58.1%')))).toEqual([]);
  });
});
