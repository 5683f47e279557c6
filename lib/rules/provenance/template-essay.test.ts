import { describe, expect, it } from 'vitest';
import { findingsOf, makeContext, makeReport, wordsOf } from '../../../test/support/report.ts';
import { templateEssay } from './template-essay.ts';

describe('provenance/template-essay', () => {
  it('passes a report that mentions a 范本 or 示范文书, an archive\'s 精心整理, a case told without its names, a reply form\'s blank date', () => {
    const lines = ['对年度报告的编制做了明确规定，并附范本进行编制指导。', '及时修订全市“依申请办理示范文书”', '申请人张XX要求公开其房屋征收补偿材料',
      '2021年，我馆主动公开政府信息86条，对馆藏民国档案进行精心整理，编研出版史料2部。',
      '本年度收到政府信息公开申请3件，主要涉及XX镇XX村土地征收补偿信息和XX市XX区规划信息。', '我单位于××××年××月××日收到您提出的政府信息公开申请',
      '有申请人申请获取XX镇XX村征地补偿方案及社会稳定风险评估报告，我县依法予以公开。'];
    expect(findingsOf(templateEssay, makeReport(), makeContext({ lines }))).toEqual([]);
  });

  it('warns about template-essay-site', () => {
    const ctx = makeContext({
      title: '地区党政信息公开工作报告范文',
      lines: ['来源:范文网 时间:', '前言:本站为你精心整理了地区党政信息公开工作报告范文', '本站部分内容来自网络,如有侵权请联系删除'],
    });
    expect(findingsOf(templateEssay, makeReport(), ctx)).toMatchObject([{
      severity: 'warning', message: expect.stringContaining('“范文”、“范文网”、“本站为你精心整理”'),
    }]);
  });

  it('warns about a 文库\'s uploaded template and a template\'s placeholders for the body and the year', () => {
    // wnwk-yiyuan-2023-template: 汇文网's name in the title and its notice above the text, xx for the county.
    const wenku = makeContext({
      title: '2023医院政府信息公开工作年度报告-汇文网',
      lines: ['2. 本文档由用户上传,版权归属用户,汇文网负责整理代发布。', '本年度报告根据中华人民共和国政府信息公开条例要求,由xx县中医院编制完成。'],
    });
    expect(findingsOf(templateEssay, makeReport(), wenku)).toMatchObject([{
      severity: 'warning', message: expect.stringContaining('（“汇文网”、“本文档由用户上传”、“版权归属用户”）和模板的占位符（“xx县”）'),
    }]);
    // sdshuichuli-hosp-trad: a copy on another site, XX for the year.
    const copy = makeContext({ lines: ['XX年8月我院被市政府列入政府信息公开单位以来,积极贯彻落实市政府关于推进政府信息公开的工作部署和要求'] });
    expect(findingsOf(templateEssay, makeReport(), copy)).toMatchObject([{ message: expect.stringContaining('模板的占位符（“XX年”）') }]);
    // wnwk-zbj-201x: the year's last digit left to fill in (现将我局201x年度政府信息公开年度报告如下); not a year of its own.
    const decade = makeContext({ lines: ['现将我局201x年度政府信息公开年度报告如下。', '三、政府信息公开的收费及减免情况201x年度未受理依申请公开信息,未收费。'] });
    expect(findingsOf(templateEssay, makeReport(), decade)).toMatchObject([{ message: expect.stringContaining('模板的占位符（“201x年”）') }]);
    expect(findingsOf(templateEssay, makeReport(), makeContext({ lines: ['现将我局2019年度政府信息公开年度报告如下。'] }))).toEqual([]);
    // A placeholder signing the report, or in its title.
    const signed = makeContext({ title: 'XX县自然资源局2021年政府信息公开工作年度报告', lines: ['六、其他需要报告的事项', '本机关无其他需要报告的事项。', 'XX县自然资源局'] });
    expect(findingsOf(templateEssay, makeReport(), signed)).toMatchObject([{ message: expect.stringContaining('模板的占位符（“XX县”）') }]);
    // Any level's: a 旗's as a 县's.
    const banner = makeContext({ title: 'XX旗自然资源局2021年政府信息公开工作年度报告', lines: ['六、其他需要报告的事项', '本机关无其他需要报告的事项。'] });
    expect(findingsOf(templateEssay, makeReport(), banner)).toMatchObject([{ message: expect.stringContaining('模板的占位符（“XX旗”）') }]);
  });

  it('says where the page prints the site\'s marks and the placeholders, not in the title (wnwk-yiyuan-2023-template)', () => {
    const wenku = makeContext({
      title: '2023医院政府信息公开工作年度报告-汇文网',
      lines: ['2. 本文档由用户上传,版权归属用户,汇文网负责整理代发布。', '本年度报告根据中华人民共和国政府信息公开条例要求,由xx县中医院编制完成。'],
    });
    expect(wordsOf(templateEssay, makeReport(), wenku)).toEqual([['本文档由用户上传', '版权归属用户', '汇文网', 'xx县']]);
  });
});
