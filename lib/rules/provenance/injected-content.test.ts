import { describe, expect, it } from 'vitest';
import { findingsOf, makeContext, makeReport } from '../../../test/support/report.ts';
import { injectedContent } from './injected-content.ts';

const check = (lines: string[]) => findingsOf(injectedContent, makeReport(), makeContext({ lines }));

describe('provenance/injected-content', () => {
  it('passes a genuine notice title, a provincial one, and 彩票公益金', () => {
    expect(check([
      '按照《国务院办公厅关于做好2019年度政府信息公开工作报告编制发布等工作的通知》要求',
      '根据《辽宁省人民政府办公厅关于做好2019年度政府信息公开工作年度报告编制发布工作的通知》',
      '公开福利彩票公益金使用情况',
    ])).toEqual([]);
  });

  it('warns about tieling-2019: the notice names 即时比分办公厅 and the footer is 即时比分\'s', () => {
    const findings = check([
      '按照《中华人民共和国政府信息公开条例》和《即时比分办公厅关于做好2019年度政府信息公开工作报告编制发布等工作的通知》要求,特编制…',
      '版权所有:即时比分 主办单位:即时比分办公厅',
    ]);
    expect(findings).toMatchObject([
      { severity: 'warning', message: expect.stringContaining('这里却是"即时比分办公厅"') },
      { severity: 'warning', message: '页面含有与政府报告无关的赌博/广告词语："即时比分"，疑为被注入内容的镜像页' },
    ]);
  });
});
