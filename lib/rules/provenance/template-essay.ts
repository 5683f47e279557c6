// 范文 and 文库 sites publish report-shaped essays with figures of no particular body or year.
import { NAME_LINE } from '../../document/names.ts';
import { PLACEHOLDER, TEMPLATE_SITE, YEAR_PLACEHOLDER } from '../../text/template-marks.ts';
import { quote } from '../../text/quote.ts';
import { pageText, spotsOf } from '../page-text.ts';
import { pageFinding, type RuleContext, type Rule } from '../types.ts';

const quoted = (words: readonly string[]) => words.map((w) => quote(w)).join('、');
const found = (text: string, re: RegExp, after = 0) =>
  [...new Set([...text.matchAll(new RegExp(re, 'g'))].map((m) => text.slice(m.index, m.index + m[0].length + after)))];
// A clause about the report itself (由xx县中医院编制完成, 本年度报告的电子版可以在"xx县政府信息公开网"下载,
// 现将xx县2021年…年度报告公布如下); not one about another report a case names (XX镇…社会稳定风险评估报告).
// Clauses are split first, not matched with a leading [^，…]*: that retries from every character of a long line.
const CLAUSE_END = /[，,。；;\n]/;
const ABOUT_REPORT = /本(?:年度)?报告|年度报告|年报|由.*编制|电子版/;
/**
 * Where a placeholder stands for the report's own body: its title, its signature (a line that is a name
 * alone), a clause about the report; not a case told without its names (涉及XX镇XX村土地征收).
 */
function ownPlaces(ctx: RuleContext): string {
  const names = ctx.pageLines.filter((line) => NAME_LINE.test(line.trim()));
  return [ctx.title, ctx.signer ?? '', ...names, ...ctx.pageLines.flatMap((line) => line.split(CLAUSE_END).filter((clause) => ABOUT_REPORT.test(clause)))].join('\n');
}

export const templateEssay: Rule = {
  id: 'provenance/template-essay',
  severity: 'warning',
  description: '页面不是范文、文库网站上的"年报范文" (the page is not a model report from a template-essay (范文) or document-sharing (文库) site)',
  rationale: {
    zh: '范文、文库网站把各地年报改头换面作为写作参考，常删去机关名和年份，或留下"xx县""XX年"之类的占位符；其中的数字不属于任何一份真实报告，不能当作官方数据引用。',
    en: 'Template-essay (范文) and document-sharing (文库) sites dress up the reports of all kinds of places as models to write from, often deleting the body\'s name and the year, or leaving placeholders such as xx县 (xx County) or XX年 (year XX); their figures belong to no real report, and cannot be cited as official data.',
  },
  example: {
    passes: {
      zh: '舒兰市天德乡人民政府发布的《舒兰市天德乡2014年政府信息公开工作年度报告》。',
      en: '《舒兰市天德乡2014年政府信息公开工作年度报告》, the 2014 report of Tiande Township, Shulan, published by the township\'s own government (舒兰市天德乡人民政府).',
    },
    fails: {
      zh: '"地区党政信息公开工作报告范文"，来源：范文网，"本站为你精心整理了…"。',
      en: '地区党政信息公开工作报告范文 (“a model report on Party and government information disclosure”), source: 范文网 (a template-essay site), 本站为你精心整理了… (“this site has carefully compiled for you…”).',
    },
  },
  check(_report, ctx) {
    const text = pageText(ctx);
    const site = found(text, TEMPLATE_SITE);
    // The placeholder with what it stands for: xx县, XX年; a year anywhere, as the report's year is its own.
    // Where the page holds no placeholder at all (nearly every page), its own places need not be gathered.
    const holes = [...new Set([...found(text, YEAR_PLACEHOLDER, 1), ...(PLACEHOLDER.test(text) ? found(ownPlaces(ctx), PLACEHOLDER, 1) : [])])];
    if (site.length === 0 && holes.length === 0) return [];
    const marks = [site.length > 0 && `范文、文库网站的标记（${quoted(site)}）`, holes.length > 0 && `模板的占位符（${quoted(holes)}）`].filter(Boolean).join('和');
    return [pageFinding('warning', `页面带有${marks}，是供写作参考的范文而非机关发布的报告，其中的数字不可作为官方数据`, spotsOf(ctx, [...site, ...holes]))];
  },
};
