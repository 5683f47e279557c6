// 范文 sites publish report-shaped essays with figures of no particular body or year.
import { pageText } from '../page-text.ts';
import { pageFinding, type Rule } from '../types.ts';

/** 范文 but not 示范文书, 规范文件, 模范文明, 典范文章. */
const MARKERS = /(?<![示规模典])范文网?|本站为你精心整理|精心整理了|如有侵权请联系删除|本站部分内容来自网络|参考范文|范文大全/g;

export const templateEssay: Rule = {
  id: 'provenance/template-essay',
  severity: 'warning',
  description: '页面不是范文网站上的"年报范文" (the page is not a template essay from a 范文 site)',
  rationale: '范文网站把各地年报改头换面作为写作参考，常删去机关名和年份；其中的数字不属于任何一份真实报告，不能当作官方数据引用。',
  example: {
    passes: '舒兰市天德乡人民政府发布的《舒兰市天德乡2014年政府信息公开工作年度报告》。',
    fails: '"地区党政信息公开工作报告范文"，来源：范文网，"本站为你精心整理了…"。',
  },
  check(_report, ctx) {
    const markers = [...new Set([...pageText(ctx).matchAll(MARKERS)].map((m) => m[0]))];
    if (markers.length === 0) return [];
    return [pageFinding('warning', `页面带有范文网站的标记（${markers.map((m) => `"${m}"`).join('、')}），是供写作参考的范文而非机关发布的报告，其中的数字不可作为官方数据`)];
  },
};
