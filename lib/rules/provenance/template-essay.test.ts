import { describe, expect, it } from 'vitest';
import { findingsOf, makeContext, makeReport } from '../../../test/support/report.ts';
import { templateEssay } from './template-essay.ts';

describe('provenance/template-essay', () => {
  it('passes a report that mentions a 范本 or 示范文书', () => {
    const lines = ['对年度报告的编制做了明确规定，并附范本进行编制指导。', '及时修订全市“依申请办理示范文书”'];
    expect(findingsOf(templateEssay, makeReport(), makeContext({ lines }))).toEqual([]);
  });

  it('warns about template-essay-site', () => {
    const ctx = makeContext({
      title: '地区党政信息公开工作报告范文',
      lines: ['来源:范文网 时间:', '前言:本站为你精心整理了地区党政信息公开工作报告范文', '本站部分内容来自网络,如有侵权请联系删除'],
    });
    expect(findingsOf(templateEssay, makeReport(), ctx)).toMatchObject([{
      severity: 'warning', message: expect.stringContaining('"范文"、"范文网"、"本站为你精心整理"'),
    }]);
  });
});
