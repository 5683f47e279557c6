// 范文 and 文库 sites publish report-shaped essays with figures of no particular body or year.
import { PLACEHOLDER, TEMPLATE_SITE } from '../../text/template-marks.ts';
import { pageText } from '../page-text.ts';
import { pageFinding, type Rule } from '../types.ts';

const quoted = (words: readonly string[]) => words.map((w) => `"${w}"`).join('、');
const found = (text: string, re: RegExp, after = 0) => [...new Set([...text.matchAll(re)].map((m) => text.slice(m.index, m.index + m[0].length + after)))];

export const templateEssay: Rule = {
  id: 'provenance/template-essay',
  severity: 'warning',
  description: '页面不是范文、文库网站上的"年报范文" (the page is not a template essay from a 范文 or 文库 site)',
  rationale: '范文、文库网站把各地年报改头换面作为写作参考，常删去机关名和年份，或留下"xx县""XX年"之类的占位符；其中的数字不属于任何一份真实报告，不能当作官方数据引用。',
  example: {
    passes: '舒兰市天德乡人民政府发布的《舒兰市天德乡2014年政府信息公开工作年度报告》。',
    fails: '"地区党政信息公开工作报告范文"，来源：范文网，"本站为你精心整理了…"。',
  },
  check(_report, ctx) {
    const text = pageText(ctx);
    const site = found(text, TEMPLATE_SITE);
    // The placeholder with what it stands for: xx县, XX年.
    const holes = found(text, PLACEHOLDER, 1);
    if (site.length === 0 && holes.length === 0) return [];
    const marks = [site.length > 0 && `范文、文库网站的标记（${quoted(site)}）`, holes.length > 0 && `模板的占位符（${quoted(holes)}）`].filter(Boolean).join('和');
    return [pageFinding('warning', `页面带有${marks}，是供写作参考的范文而非机关发布的报告，其中的数字不可作为官方数据`)];
  },
};
