import { describe, expect, it } from 'vitest';
import type { ProseFigure } from '../../schema.ts';
import { findingsOf, makeReport } from '../../../test/support/report.ts';
import { partsSum } from './parts-sum.ts';

const figure = (value: number, parts: number[], approximate = false): ProseFigure => ({
  label: '收到政府信息公开申请', value, unit: '件', approximate,
  text: `共收到政府信息公开申请${value}件`,
  parts: parts.map((v, k) => ({ label: ['当面申请', '网络申请', '信函申请'][k]!, value: v, unit: '件', approximate: false })),
});
const check = (...figures: ProseFigure[]) => findingsOf(partsSum, makeReport({ proseFigures: figures }));

describe('prose/parts-sum', () => {
  it('passes parts that add up to the total', () => {
    expect(check(figure(0, [0, 0, 0]), figure(346, [4, 120, 222]))).toEqual([]);
  });

  it('fails parts that exceed the total', () => {
    expect(check(figure(10, [4, 8]))).toMatchObject([{
      severity: 'error', expected: 10, actual: 12,
      message: '正文"共收到政府信息公开申请10件"：其中当面申请4+网络申请8=12件，超过总数10件',
      cells: [{ path: '0' }, { path: '0.parts.0' }, { path: '0.parts.1' }],
    }]);
  });

  it('sums a part whose measure word the page left out (不予公开信息数79) in the total\'s unit', () => {
    // 平潭财政金融局 2019: 90 + 161 + 79 = 330.
    const parts = [['主动公开政府信息', 90, '条'], ['作为依申请公开信息数', 161, '条'], ['不予公开信息数', 79, null]] as const;
    const total = (value: number): ProseFigure => ({
      label: '制作、获取政府信息总数', value, unit: '条', approximate: false,
      text: '2019年制作、获取政府信息总数330条，其中主动公开政府信息90条，作为依申请公开信息数161条，不予公开信息数79。',
      parts: parts.map(([label, v, unit]) => ({ label, value: v, unit, approximate: false })),
    });
    expect(check(total(330))).toEqual([]);
    expect(check(total(320))).toMatchObject([{ severity: 'error', expected: 320, actual: 330 }]);
  });

  it('only notes parts that fall short, and only warns about approximate figures', () => {
    expect(check(figure(10, [4, 3]))).toMatchObject([{ severity: 'info', actual: 7 }]);
    expect(check(figure(10, [4, 8], true))).toMatchObject([{ severity: 'warning' }]);
    expect(check(figure(1720, [1600, 100], true))).toEqual([]);
  });

  it('takes an approximate total for the counts its word stands for: 100余条 may be 108, 约100条 not 150', () => {
    const notices = (text: string, parts: number[]) => check({
      label: '主动公开信息', value: 100, unit: '条', approximate: true, text,
      parts: parts.map((value, k) => ({ label: ['通知公告', '工作动态'][k]!, value, unit: '条', approximate: false })),
    }).map((f) => f.severity);
    expect(notices('主动公开信息100余条，其中通知公告50条、工作动态58条', [50, 58])).toEqual([]);
    expect(notices('主动公开信息超过100条，其中通知公告50条、工作动态58条', [50, 58])).toEqual([]);
    expect(notices('主动公开信息约100条，其中通知公告50条、工作动态58条', [50, 58])).toEqual([]);
    expect(notices('主动公开信息约100条，其中通知公告50条、工作动态100条', [50, 100])).toEqual(['warning']);
    expect(notices('主动公开信息近100条，其中通知公告50条、工作动态58条', [50, 58])).toEqual(['warning']);
    expect(notices('主动公开信息100余条，其中通知公告150条、工作动态58条', [150, 58])).toEqual(['warning']);
  });

  it('only warns about channels that overlap: shatang-2016 publishes on 网站(含转发), 微信(含转发), 微博(含转发)', () => {
    const channels = (text: string): ProseFigure => ({
      label: '发布各类信息', value: 2483, unit: '条', approximate: false, text,
      parts: [['网站', 319], ['微信', 851], ['微博', 2348]].map(([label, value]) => ({ label: label as string, value: value as number, unit: '条', approximate: false })),
    });
    expect(check(channels('2016年政务网站、微信、微博共发布各类信息2483条,其中网站(含转发)319条,微信(含转发)851条、微博(含转发)2348条'))).toMatchObject([{
      severity: 'warning', expected: 2483, actual: 3518,
      message: '正文"2016年政务网站、微信、微博共发布各类信息2483条,其中网站(含转发)319…"：其中网站319+微信851+微博2348=3518条，超过总数2483条（分项是各发布渠道的条数且含转发，同一条信息可在几个渠道发布，合计可以超过总数）',
    }]);
    expect(check(channels('共发布各类信息2483条,其中网站319条,微信851条、微博2348条'))[0]!.message).toContain('（分项是各发布渠道的条数，同一条信息可在几个渠道发布，合计可以超过总数）');
  });
});

