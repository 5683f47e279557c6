// The article around the tables dressed as real portals and CMSs dress the same report: its title and the page's
// <title>, the date line, the headings, the closing signature, the 统计期限 sentence, the paragraphs, and what a
// portal sets around the article. Each variant rewrites one of them the way one real template, editor or habit
// does, leaving the words a reader sees as they were. The article-variants test reads each page so and expects the
// same document, prose figures and findings (variant-check.ts).
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { escape, load, rewriteTexts, WORD_HEAD, wordRuns } from './markup-variants.ts';
import type { About, Variant, VariantPage } from './variant-check.ts';

type Found = Cheerio<Element>;
const squeeze = (text: string) => text.replace(/\s+/g, '');

// --- Where the article's parts are, found by what they say: each fixture page sets them its own way.

/** The report's heading as the page's <title> gives it, before the portal's name a <title> may add (…年度报告_政府信息公开年报_…). */
const headingText = ($: CheerioAPI) => $('title').text().split(/_|\s[-|]\s/)[0]!.trim();

/**
 * The innermost element, first on the page, whose text is all of `test`'s. Each element's text is made once, from its
 * children's (asking each element for its text would read the page again for each).
 */
function innermost($: CheerioAPI, test: (text: string) => boolean): Found | null {
  let found: Element | null = null;
  const textOf = (node: AnyNode): string => {
    if (node.type === 'text') return node.data;
    if (!('children' in node) || found) return '';
    let text = '', passed = false;
    for (const child of node.children) {
      const own = textOf(child);
      if (found) return '';
      text += own;
      passed ||= child.type === 'tag' && test(own);
    }
    if (node.type === 'tag' && !passed && test(text)) found = node;
    return text;
  };
  textOf($('body')[0]!);
  return found ? $(found) : null;
}

/** The element that shows the report's heading. */
function titleOf($: CheerioAPI): Found | null {
  const heading = squeeze(headingText($));
  return heading ? innermost($, (text) => squeeze(text) === heading) : null;
}

/** A date line's date as the fixture pages print it (发布时间:2020-02-28, 时间：2022-02-08 16:34). */
const DATED = /(?:时间|日期)\s*[:：]\s*((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})/;

interface DateRow { row: Found; y: number; m: number; d: number; source: string | null }

/** The page's date line (its block, where the date is one <span> of it) with its date and the 来源 it names. */
function dateRowOf($: CheerioAPI): DateRow | null {
  const dated = innermost($, (text) => DATED.test(text));
  if (!dated) return null;
  const row = dated.is('span, a, b, strong, font') ? dated.parent() as Found : dated;
  const [, y, m, d] = DATED.exec(row.text())!;
  return { row, y: Number(y), m: Number(m), d: Number(d), source: /来源\s*[:：]\s*([^\s:：]+)/.exec(row.text())?.[1] ?? null };
}

/** The element that holds the article's paragraphs: the one with the most <p> of its own. */
function bodyOf($: CheerioAPI): Found {
  const most = $('body div, body td').toArray().reduce((a, b) => ($(b).children('p').length > $(a).children('p').length ? b : a));
  return $(most);
}

const paragraphs = ($: CheerioAPI) => bodyOf($).children('p');

/** The report's part headings: paragraphs that open with 一、 and say no more than a title. */
const TOP_HEADING = /^[\s?？]*[一二三四五六七八九十]{1,3}、/;
const headingsOf = ($: CheerioAPI) => paragraphs($).filter((_, p) => TOP_HEADING.test($(p).text()) && $(p).text().trim().length < 40);

const DATE_ALONE = /^\s*((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日\s*$/;

interface Signature { name: Found; date: Found; y: number; m: number; d: number }

/** The closing signature: the last paragraph that is a date alone, under a short one, the body's name. */
function signatureOf($: CheerioAPI): Signature | null {
  const ps = paragraphs($).toArray();
  for (let i = ps.length - 1; i > 0; i--) {
    const m = DATE_ALONE.exec($(ps[i]).text());
    if (m && $(ps[i - 1]).text().trim().length <= 20) return { name: $(ps[i - 1]!), date: $(ps[i]!), y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  }
  return null;
}

/** The page signed at its end, as its body would sign it: the base for the signature's variants where the page has none. */
export function signedPage(page: VariantPage, name: string, date: string): VariantPage {
  const $ = load(page.html);
  const style = paragraphs($).last().attr('style');
  const p = (text: string) => `<p${style ? ` style="${style}"` : ''}>${text}</p>`;
  bodyOf($).append(p(name) + p(date));
  return { ...page, name: `${page.name} signed ${name} ${date}`, html: $.html() };
}

/** A variant that dresses what `find` finds; the page as it is where it finds nothing. */
function dressing<T>(find: ($: CheerioAPI) => T | null, dress: (found: T, $: CheerioAPI, about: About) => void): Variant['rewrite'] {
  return (page, about) => {
    const $ = load(page);
    const found = find($);
    if (found === null) return page;
    dress(found, $, about);
    return $.html();
  };
}

/** The elements found, or null where there are none. */
const some = (found: Found) => (found.length > 0 ? found : null);

// --- Dates as portals and signatures print them.

const pad = (n: number) => String(n).padStart(2, '0');
const DIGITS = '〇一二三四五六七八九';
/** 1 to 31 as a date writes it in Chinese: 一, 十, 十九, 二十, 三十一. */
const chineseNumeral = (n: number) => (n <= 10 ? (n === 10 ? '十' : DIGITS[n]!) : `${n >= 20 ? DIGITS[Math.floor(n / 10)] : ''}十${n % 10 ? DIGITS[n % 10] : ''}`);
/** 二〇二〇年一月二十日. */
const chineseDate = (y: number, m: number, d: number) => `${[...String(y)].map((c) => DIGITS[Number(c)]).join('')}年${chineseNumeral(m)}月${chineseNumeral(d)}日`;
/** Digits, and a figure's decimal point and per cent sign, as typed in full-width mode (３３．９％). */
const fullWidth = (text: string) => text.replace(/[0-9%]|(?<=[0-9])\.(?=[0-9])/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

// --- The title.

const retitled = (tag: (inner: string) => string) => dressing(titleOf, (title) => { title.replaceWith(tag(title.html() ?? '')); });

/** The heading broken after the body's name (铁岭市<br>2019年度…), or before the report's words where the year opens it. */
function brokenHeading(text: string): string | null {
  const t = text.trim();
  const at = /^.{2,}?(?=(?:19|20)\d{2}年)/.exec(t)?.[0].length ?? /^.{2,}?(?=政府信息公开|政务公开|信息公开)/.exec(t)?.[0].length;
  return at ? `${escape(t.slice(0, at))}<br>${escape(t.slice(at))}` : null;
}

const BREADCRUMB = '<div class="crumbs">您当前所在位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ndbg/">年度报告</a>';

// --- The date line.

type DateForm = (row: DateRow) => string;
const iso = ({ y, m, d }: DateRow) => `${y}-${pad(m)}-${pad(d)}`;
const sourced = (row: DateRow, gap = '　') => (row.source ? `${gap}来源：${escape(row.source)}` : '');
const redated = (form: DateForm) => dressing(dateRowOf, (row) => { row.row.replaceWith(`<div class="info">${form(row)}</div>`); });

/** A 政府信息公开 page's info grid: 索引号, 发文机关, 成文日期 (written days before), 发布日期, 标题. */
function infoGrid(row: DateRow, $: CheerioAPI, about: About): string {
  return '<table class="xxgk_table" width="100%" border="1" cellspacing="0"><tbody>'
    + `<tr><td>索 引 号：</td><td>000014349/${row.y}-00123</td><td>发文机关：</td><td>${escape(row.source ?? about.site)}</td></tr>`
    + `<tr><td>成文日期：</td><td>${row.y}年${row.m}月${Math.max(1, row.d - 7)}日</td><td>发布日期：</td><td>${row.y}年${pad(row.m)}月${pad(row.d)}日</td></tr>`
    + `<tr><td>标　　题：</td><td colspan="3">${escape(headingText($))}</td></tr></tbody></table>`;
}

// --- The headings.

const eachHeading = (dress: (p: Found, $: CheerioAPI) => void) => dressing(($) => some(headingsOf($)), (headings, $) => { headings.each((_, p) => dress($(p), $)); });
/** The heading's 、 written another way. */
const numberedBy = (mark: string) => eachHeading((p, $) => {
  rewriteTexts($, p, (text) => escape(text).replace(/^([\s?？]*[一二三四五六七八九十]{1,3})、\s*/, `$1${mark}`));
});

// --- The signature.

const resigned = (dress: (s: Signature, $: CheerioAPI) => void) => dressing(signatureOf, dress);
const signedAligned = (attrs: string) => resigned((s) => { for (const p of [s.name, s.date]) p.replaceWith(`<p ${attrs}>${p.html()}</p>`); });
const redatedSignature = (date: (s: Signature) => string) => resigned((s) => { s.date.html(date(s)); });

// --- The 统计期限.

// The period's sentence as the fixture pages word it: 本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止,
// 本报告统计数据从2021年1月1日至12月31日, …所列数据统计期限从2019年1月1日到12月31日止.
const PERIOD_CLAUSE = /本(?:年度)?报告[^。，,<>]{0,8}?(?:统计期限|统计时限|统计数据|统计时间)[^。<>\d]{0,6}((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日[^。<>\d]{0,3}(?:至|到)(?:((?:19|20)\d{2})年)?(\d{1,2})月(\d{1,2})日止?/;
interface Period { y1: string; m1: string; d1: string; y2: string; m2: string; d2: string }
const reworded = (wording: (p: Period) => string): Variant['rewrite'] => (page) => page.replace(PERIOD_CLAUSE, (_, y1: string, m1: string, d1: string, y2: string | undefined, m2: string, d2: string) =>
  wording({ y1, m1, d1, y2: y2 ?? y1, m2, d2 }));
const chinesePeriodDate = (y: string, m: string, d: string) => chineseDate(Number(y), Number(m), Number(d));

// --- The paragraphs.

const eachParagraph = (dress: (p: Found, $: CheerioAPI) => void) => dressing(($) => some(paragraphs($)), (ps, $) => { ps.each((_, p) => dress($(p), $)); });
const OTHER_WIDTH: Record<string, string> = { '，': ',', '：': ':', '；': ';', '（': '(', '）': ')', ',': '，', ':': '：', ';': '；', '(': '（', ')': '）' };
const WORD_PARAGRAPH = `class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly'`;

/**
 * A paragraph's text cut as its printed lines are (a PDF's, whose text a page copies line by line): lines as wide
 * as 34 Chinese characters, a digit or Latin letter half as wide; never inside a run of digits or Latin letters, and,
 * as Chinese typesetting breaks lines, never before a closing punctuation mark (、，。）” open no line). Nor right after
 * a sentence's end: copied, that break is a paragraph's end, which no reader can tell from one (the variants of
 * paragraphs try those).
 */
function printedLines(text: string): string[] {
  const lines: string[] = [];
  let line = '', width = 0;
  for (const c of text.trim()) {
    if (width >= 68 && !(/[\w.%]/.test(c) && /[\w.%]$/.test(line)) && !NO_LINE_OPENS.test(c) && !SENTENCE_END.test(line)) {
      lines.push(line);
      line = '';
      width = 0;
    }
    line += c;
    width += c.charCodeAt(0) > 0xff ? 2 : 1;
  }
  return [...lines, line];
}
const NO_LINE_OPENS = /[、，。；：？！）》」』”’,.;:?!)%]/;
const SENTENCE_END = /[。！？][”’」』）)]*[?？]?$/;
const printed = (p: Found) => printedLines(p.text()).map(escape);

// --- Around the article.

const TOOLS_AFTER = '<div class="bdsharebuttonbox">分享到：<a href="#" class="bds_weixin" title="分享到微信"></a><a href="#" class="bds_tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" title="分享到QQ空间"></a></div>'
  + '<div class="print">【<a href="javascript:window.print()">打印本页</a>】 【<a href="javascript:window.close()">关闭窗口</a>】 【<a href="#top">返回顶部</a>】</div>'
  + '<div class="qrcode">扫一扫在手机打开当前页</div>';
const TOOLS_ABOVE = '<div class="font-size">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】 <a href="javascript:window.print()">打印</a></div>';

/** A 相关链接 list after the article: the body's report of the year before and another of its documents, with their dates. */
function relatedList($: CheerioAPI): string {
  const heading = headingText($);
  const year = /(?:19|20)\d{2}/.exec(heading);
  const before = year ? heading.replace(year[0], String(Number(year[0]) - 1)) : `${heading}（上年度）`;
  const published = year ? `${year[0]}-03-29` : '2020-03-29';
  return `<div class="related"><h4>相关链接</h4><ul><li><a href="/zwgk/ndbg/201903/t0001.html">${escape(before)}</a><span>${published}</span></li>`
    + `<li><a href="/zwgk/zcwj/202001/t0002.html">关于印发政府信息公开工作要点的通知</a><span>${published}</span></li></ul></div>`;
}

/** The closing signature dressed: of the pages that sign their reports (signedPage makes more of them). */
export const SIGNATURE_VARIANTS: Variant[] = [
  { name: 'the signature <p align=right>', seen: 'signatures right-aligned the old way', rewrite: signedAligned('align="right"') },
  { name: 'the signature style="text-align:right"', seen: 'signatures right-aligned by the editor', rewrite: signedAligned('style="text-align:right"') },
  {
    name: 'the signature in a table', seen: 'signatures set in a borderless table to align them',
    rewrite: resigned((s) => { s.name.replaceWith(`<table width="100%" border="0"><tbody><tr><td align="right">${s.name.html()}</td></tr><tr><td align="right">${s.date.html()}</td></tr></tbody></table>`); s.date.remove(); }),
  },
  {
    name: 'the signature in one cell, its lines broken by <br>', seen: 'a one-cell table right-aligned on the page',
    rewrite: resigned((s) => { s.name.replaceWith(`<table align="right"><tbody><tr><td style="text-align:center">${s.name.html()}<br>${s.date.html()}</td></tr></tbody></table>`); s.date.remove(); }),
  },
  { name: 'the signature dated 二〇二〇年一月二十日', seen: 'official documents\' date in Chinese numerals', rewrite: redatedSignature((s) => chineseDate(s.y, s.m, s.d)) },
  { name: 'the signature dated 2020年01月20日', seen: 'dates zero-padded', rewrite: redatedSignature((s) => `${s.y}年${pad(s.m)}月${pad(s.d)}日`) },
  { name: 'the signature dated 2020 年 1 月 20 日', seen: 'Word\'s spaces between digits and Chinese', rewrite: redatedSignature((s) => `${s.y} 年 ${s.m} 月 ${s.d} 日`) },
  {
    name: 'the signature pushed right by runs of &nbsp;, a blank paragraph above', seen: 'Word documents aligned by spaces',
    rewrite: resigned((s) => { for (const p of [s.name, s.date]) p.html(`${'&nbsp;'.repeat(40)}${p.html()}`); s.name.before('<p>&nbsp;</p>'); }),
  },
  { name: 'the signature pushed right by ideographic spaces', seen: 'text typed in full-width mode', rewrite: resigned((s) => { for (const p of [s.name, s.date]) p.html(`${'\u3000'.repeat(20)}${p.html()}`); }) },
  { name: 'the signature\'s name and date on one line', seen: 'a name and date set apart by spaces', rewrite: resigned((s) => { s.name.html(`${s.name.html()}&nbsp;&nbsp;&nbsp;${s.date.html()}`).attr('style', 'text-align:right'); s.date.remove(); }) },
  { name: 'the signature\'s name and date in one paragraph, broken by <br>', seen: 'the editor\'s Shift+Enter', rewrite: resigned((s) => { s.name.html(`${s.name.html()}<br>${s.date.html()}`).attr('style', 'text-align:right'); s.date.remove(); }) },

];

export const ARTICLE_VARIANTS: Variant[] = [
  // The title.
  { name: 'the title as <h1>', seen: 'most portal templates', rewrite: dressing(($) => { const title = titleOf($); return title && !title.is('h1') ? title : null; }, (title) => { title.replaceWith(`<h1>${title.html()}</h1>`); }) },
  { name: 'the title as <h2>', seen: 'portal templates that keep <h1> for the site\'s name', rewrite: retitled((inner) => `<h2 class="title">${inner}</h2>`) },
  { name: 'the title as <div class="title">', seen: 'TRS and Hanweb templates', rewrite: retitled((inner) => `<div class="title">${inner}</div>`) },
  { name: 'the title as <p><strong>', seen: 'titles typed into the editor with the text', rewrite: retitled((inner) => `<p align="center"><strong><span style="font-size:22px">${inner}</span></strong></p>`) },
  {
    name: 'the title in a <td> of a layout table', seen: 'older portals that lay the article out in tables',
    rewrite: retitled((inner) => `<table width="100%" border="0" cellspacing="0" cellpadding="0"><tbody><tr><td class="title" align="center" height="60">${inner}</td></tr></tbody></table>`),
  },
  {
    name: 'the title broken by <br> after the body\'s name', seen: 'two-line headings (铁岭市<br>2019年度政府信息公开工作报告)',
    rewrite: dressing(titleOf, (title) => { const broken = brokenHeading(title.text()); if (broken) title.html(broken); }),
  },
  { name: 'the <title> with the portal\'s name after it ( - )', seen: '… - 铁岭市人民政府', rewrite: dressing(($) => some($('title')), (title, $, { site }) => { title.text(`${headingText($)} - ${site}`); }) },
  { name: 'the <title> with the column and the portal\'s name (_)', seen: 'TRS sites: …年度报告_政府信息公开年报_平潭综合实验区党工委管委会', rewrite: dressing(($) => some($('title')), (title, $, { site }) => { title.text(`${headingText($)}_年度报告_${site}`); }) },
  { name: 'the <title> the portal\'s name alone', seen: 'portals whose every page is titled by the site (铁岭市人民政府)', rewrite: dressing(($) => some($('title')), (title, _, { site }) => { title.text(site); }) },
  {
    name: 'the title again as the text\'s first paragraph', seen: 'TRS pages: the template\'s title, then the editor\'s copy of it centred in bold',
    rewrite: dressing(($) => { const title = titleOf($), body = bodyOf($); return title && !body.has(title[0]!).length ? body : null; }, (body, $) => { body.prepend(`<p style="text-align:center"><strong>${escape(headingText($))}</strong></p>`); }),
  },
  { name: 'a breadcrumb right before the title', seen: '首页 > 政务公开 > 年度报告 over the heading', rewrite: dressing(titleOf, (title) => { title.before(`${BREADCRUMB}</div>`); }) },
  { name: 'a breadcrumb ending in 正文 right before the title', seen: 'portals that end the breadcrumb with the page (> 正文)', rewrite: dressing(titleOf, (title) => { title.before(`${BREADCRUMB} &gt; 正文</div>`); }) },

  // The date line.
  { name: 'the date line 发布时间：2020-02-28 10:33', seen: 'most portals: the date and time', rewrite: redated((r) => `发布时间：${iso(r)} 10:33${sourced(r)}`) },
  { name: 'the date line 发布日期：2020年02月28日', seen: 'portals that print the date in Chinese', rewrite: redated((r) => `发布日期：${r.y}年${pad(r.m)}月${pad(r.d)}日${sourced(r)}`) },
  {
    name: 'the date line 日期：… 来源：… 浏览次数： 字号：[大 中 小] 打印 关闭', seen: 'county portals\' one-line info and tools row',
    rewrite: redated((r) => `日期：${iso(r)}${sourced(r, '&nbsp;&nbsp;')}&nbsp;&nbsp;浏览次数：&nbsp;&nbsp;字号：[<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>]&nbsp;&nbsp;<a href="javascript:window.print()">打印</a>&nbsp;<a href="javascript:window.close()">关闭</a>`),
  },
  { name: 'the date line 发布时间：2020/2/28', seen: 'dates written with slashes, unpadded', rewrite: redated((r) => `发布时间：${r.y}/${r.m}/${r.d}${sourced(r)}`) },
  { name: 'the date line in 【】', seen: '【发布日期：2020-02-28】【来源：…】【字体：大 中 小】', rewrite: redated((r) => `【发布日期：${iso(r)}】${r.source ? `【来源：${escape(r.source)}】` : ''}【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】`) },
  { name: 'the date line 信息来源：… 发布时间：…', seen: 'portals that name the source first', rewrite: redated((r) => `${r.source ? `信息来源：${escape(r.source)}　` : ''}发布时间：${iso(r)}`) },
  {
    name: 'the date line as a row of <span>s', seen: 'templates that set each item of the info row in a <span>, no space between',
    rewrite: dressing(dateRowOf, (r) => {
      r.row.replaceWith(`<div class="info"><span class="time">发布日期：${iso(r)}</span>${r.source ? `<span class="source">来源：${escape(r.source)}</span>` : ''}<span class="views">浏览次数：<span id="hits"></span></span><span class="font">字号：[<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>]</span></div>`);
    }),
  },
  { name: 'the date in a 索引号 info grid under the title', seen: '政府信息公开 pages\' grid: 索引号|发文机关|成文日期|发布日期|标题', rewrite: dressing(dateRowOf, (r, $, about) => { r.row.replaceWith(infoGrid(r, $, about)); }) },
  {
    name: 'the date in a 索引号 info grid above the title', seen: 'xxgk templates that set the grid over the article',
    rewrite: dressing(($) => { const r = dateRowOf($), title = titleOf($); return r && title ? { r, title } : null; }, ({ r, title }, $, about) => { r.row.remove(); title.before(infoGrid(r, $, about)); }),
  },
  { name: 'the date line after the text', seen: 'templates that print the date and 来源 under the article', rewrite: dressing(dateRowOf, (r, $) => { r.row.remove(); bodyOf($).after(`<div class="info">发布时间：${iso(r)}${sourced(r)}</div>`); }) },

  // The headings.
  { name: 'headings as <p><strong>', seen: 'headings bolded in the editor', rewrite: eachHeading((p) => { p.html(`<strong>${p.html()}</strong>`); }) },
  { name: 'headings as <h3>', seen: 'CMS editors\' heading styles', rewrite: eachHeading((p) => { p.replaceWith(`<h3>${p.html()}</h3>`); }) },
  { name: 'headings as <p style="text-indent:2em"><b>', seen: 'indented bold headings', rewrite: eachHeading((p) => { p.attr('style', 'text-indent:2em').html(`<b>${p.html()}</b>`); }) },
  { name: 'headings numbered 一．', seen: 'full-width full stop for the 、', rewrite: numberedBy('．') },
  { name: 'headings numbered 一.', seen: 'half-width full stop for the 、', rewrite: numberedBy('.') },
  { name: 'headings numbered 一、 and an ideographic space', seen: 'a full-width space typed after the number', rewrite: numberedBy('、\u3000') },
  { name: 'headings numbered 一、 and no-break spaces', seen: 'Word\'s spaces after a number', rewrite: numberedBy('、\u00a0\u00a0') },
  { name: 'headings numbered 一. and a space', seen: 'half-width punctuation typed in English mode', rewrite: numberedBy('. ') },
  {
    name: 'headings numbered by Word\'s list', seen: 'Word headings numbered by its list feature: <![if !supportLists]>一、<span style=\'font:7.0pt\'>&nbsp;</span><![endif]>',
    rewrite: eachHeading((p, $) => {
      rewriteTexts($, p, (text) => escape(text).replace(/^([\s?？]*[一二三四五六七八九十]{1,3}、)/, "<![if !supportLists]><span style='mso-list:Ignore'>$1<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;\n</span></span><![endif]>"));
    }),
  },
  {
    name: 'sub-headings\' brackets in the other width', seen: '(一) typed in half-width where the page has （一）, and the other way',
    rewrite: eachParagraph((p, $) => { rewriteTexts($, p, (text) => escape(text).replace(/[(（]([一二三四五六七八九十]{1,3})[)）]/g, (m, n: string) => (m.startsWith('(') ? `（${n}）` : `(${n})`))); }),
  },

  ...SIGNATURE_VARIANTS,

  // The 统计期限.
  { name: 'the period 自…起至…止', seen: 'the 格式\'s own words', rewrite: reworded((p) => `本报告所列数据的统计期限自${p.y1}年${p.m1}月${p.d1}日起至${p.y2}年${p.m2}月${p.d2}日止`) },
  { name: 'the period …至12月31日, its end\'s year left out', seen: '统计期限为2019年1月1日至12月31日', rewrite: reworded((p) => `本报告中使用数据统计期限为${p.y1}年${p.m1}月${p.d1}日至${p.m2}月${p.d2}日`) },
  { name: 'the period with a dash', seen: '统计期限：2019年1月1日—2019年12月31日', rewrite: reworded((p) => `本报告统计期限：${p.y1}年${p.m1}月${p.d1}日—${p.y2}年${p.m2}月${p.d2}日`) },
  { name: 'the period 自…起，至…止', seen: 'a comma before 至', rewrite: reworded((p) => `本报告数据统计时间自${p.y1}年${p.m1}月${p.d1}日起，至${p.y2}年${p.m2}月${p.d2}日止`) },
  { name: 'the period spaced as Word spaces it', seen: '2019 年 1 月 1 日', rewrite: reworded((p) => `本报告中所列数据的统计期限自 ${p.y1} 年 ${p.m1} 月 ${p.d1} 日起至 ${p.y2} 年 ${p.m2} 月 ${p.d2} 日止`) },
  { name: 'the period in full-width digits', seen: 'typed in full-width mode', rewrite: reworded((p) => fullWidth(`本报告所列数据的统计期限自${p.y1}年${p.m1}月${p.d1}日起至${p.y2}年${p.m2}月${p.d2}日止`)) },
  { name: 'the period in Chinese numerals', seen: '二〇一九年一月一日至二〇一九年十二月三十一日', rewrite: reworded((p) => `本报告所列数据的统计期限为${chinesePeriodDate(p.y1, p.m1, p.d1)}至${chinesePeriodDate(p.y2, p.m2, p.d2)}`) },
  { name: 'the period in figures', seen: '统计期限为2019.1.1-2019.12.31', rewrite: reworded((p) => `本报告统计期限为${p.y1}.${p.m1}.${p.d1}-${p.y2}.${p.m2}.${p.d2}`) },
  { name: 'the period in ISO dates', seen: '统计期限：2019-01-01至2019-12-31', rewrite: reworded((p) => `本报告统计期限：${p.y1}-${pad(Number(p.m1))}-${pad(Number(p.d1))}至${p.y2}-${pad(Number(p.m2))}-${pad(Number(p.d2))}`) },

  // The paragraphs.
  { name: 'paragraphs split by <br><br>', seen: 'older editors and text pasted into a <div>', rewrite: eachParagraph((p) => { p.replaceWith(`${p.html()}<br><br>`); }) },
  { name: 'a paragraph a line, indented by ideographic spaces, ended by <br>', seen: 'CMSs that keep text as typed: 　　text<br>', rewrite: eachParagraph((p) => { p.replaceWith(`\u3000\u3000${p.html()}<br>`); }) },
  { name: 'each paragraph a <div>', seen: 'online editors and WeChat copies that set a <div> a paragraph', rewrite: eachParagraph((p) => { p.replaceWith(`<div style="text-indent:2em">${p.html()}</div>`); }) },
  { name: 'each printed line a <div>', seen: 'text converted from a PDF, a <div> a line', rewrite: eachParagraph((p) => { p.replaceWith(printed(p).map((line) => `<div>${line}</div>`).join('')); }) },
  { name: 'each printed line a <p>', seen: 'a PDF\'s text copied line by line (pinyin-zhangqiu-wlj-2023: …条例》、《国</p><p>务院办公厅…)', rewrite: eachParagraph((p) => { p.replaceWith(printed(p).map((line) => `<p>${line}</p>`).join('')); }) },
  { name: 'each printed line ended by <br>', seen: 'text pasted from a PDF, its line ends kept', rewrite: eachParagraph((p) => { p.html(printed(p).join('<br>')); }) },
  { name: 'text in <font face=仿宋_GB2312>', seen: 'FCKeditor and eWebEditor pages set in the official font', rewrite: eachParagraph((p) => { p.html(`<font face="仿宋_GB2312" size="4">${p.html()}</font>`); }) },
  {
    name: 'Word paragraphs: MsoNormal, runs per script, <o:p>', seen: 'reports pasted from Word or saved from it',
    rewrite: (page, about) => {
      const dressed = eachParagraph((p, $) => {
        rewriteTexts($, p, wordRuns);
        p.attr('class', 'MsoNormal').removeAttr('style').append('<o:p></o:p>');
      })(page, about);
      // Word wraps the source it writes at the spaces between a tag's attributes (<span\nlang=EN-US>), never inside Chinese text.
      return dressed === page ? page : dressed.replace('</head>', `${WORD_HEAD}</head>`).replace(/ class="MsoNormal"/g, ` ${WORD_PARAGRAPH}`).replace(/<span (?=lang|style)/g, '<span\r\n');
    },
  },
  { name: 'an empty paragraph after each', seen: 'editors that space paragraphs with <p>&nbsp;</p>', rewrite: eachParagraph((p) => { p.after('<p>&nbsp;</p>'); }) },
  { name: 'paragraphs indented by ideographic spaces', seen: 'text typed with its indent: 　　根据…', rewrite: eachParagraph((p, $) => { let first = true; rewriteTexts($, p, (text) => { const out = first ? `\u3000\u3000${escape(text.trimStart())}` : escape(text); first = false; return out; }); }) },
  {
    name: 'the text\'s punctuation in the other width', seen: 'pages converted through tools that change ，：；（） to ,:;() or back (tieling-2019 prints them half-width)',
    rewrite: eachParagraph((p, $) => { rewriteTexts($, p, (text) => escape(text.replace(/[，：；（）,:;()]/g, (c) => OTHER_WIDTH[c]!))); }),
  },
  { name: 'the text\'s figures in full-width digits', seen: 'text typed in full-width mode (共收到申请４２件)', rewrite: eachParagraph((p, $) => { rewriteTexts($, p, (text) => escape(fullWidth(text))); }) },

  // Around the article.
  { name: 'the text in TRS_Editor and Custom_UnionStyle', seen: 'TRS WCM\'s wrappers', rewrite: dressing(bodyOf, (body) => { body.html(`<div class="TRS_Editor"><div class="Custom_UnionStyle">${body.html()}</div></div>`); }) },
  { name: 'the text in .article-content and TRS_UEDITOR', seen: 'TRS\'s newer editor inside a template\'s content box', rewrite: dressing(bodyOf, (body) => { body.wrap('<div class="article-content"><div class="view TRS_UEDITOR trs_paper_default trs_web"></div></div>'); }) },
  { name: 'share, print and close buttons after the text', seen: 'portals\' tools under the article (分享到, 打印本页, 关闭窗口, 扫一扫)', rewrite: dressing(bodyOf, (body) => { body.after(TOOLS_AFTER); }) },
  { name: 'font size and print tools above the text', seen: '【字体：大 中 小】 over the article', rewrite: dressing(bodyOf, (body) => { body.before(TOOLS_ABOVE); }) },
  { name: 'a 相关链接 list after the text', seen: 'portals that list the year before\'s report and other documents under the article', rewrite: dressing(bodyOf, (body, $) => { body.after(relatedList($)); }) },
  {
    name: 'a 附件： line linking the statistics table', seen: 'the 统计表 attached as a spreadsheet under the text',
    rewrite: dressing(bodyOf, (body) => { body.append('<p>附件：<a href="/zwgk/ndbg/P020200228.xls">政府信息公开情况统计表.xls</a></p>'); }),
  },
  {
    name: 'a 附件： line with a link', seen: 'the report attached as a PDF under its text',
    rewrite: dressing(bodyOf, (body, $) => { body.append(`<p>附件：<a href="/zwgk/ndbg/P020200228.pdf">${escape(headingText($))}.pdf</a></p>`); }),
  },
  {
    name: 'the article laid out in a table: title, date line and text in its rows', seen: 'older portals (FrontPage, early CMSs)',
    rewrite: dressing(titleOf, (title, $) => {
      const body = bodyOf($);
      // The title and date line that stand above the text (some pages print them inside it, as its first paragraphs).
      const above = [title, dateRowOf($)?.row].filter((part): part is Found => part !== undefined && body.has(part[0]!).length === 0);
      const rows = [...above, body].map((part) => `<tr><td>${$.html(part)}</td></tr>`).join('');
      const table = `<table width="900" align="center" border="0" cellspacing="0" cellpadding="0"><tbody>${rows}</tbody></table>`;
      above.forEach((part) => { part.remove(); });
      body.replaceWith(table);
    }),
  },
];
