// The closing signature: the body's name and the date under the report.
import { squeezed, toHalfWidth } from '../text/normalize.ts';
import { DATE_SOURCE, isoDate } from './dates.ts';
import { NAME_LINE } from './names.ts';
import { isProse, NO_LINKS, rawSpan, type Spot } from './page-text.ts';
import { labelsDate } from './published.ts';

// The date may stand in brackets, as 湖南's reports put it under their heading (湘西州行政审批服务局 / (2023年1月28日)).
const STANDALONE_DATE = new RegExp(`^([^\\d〇○一二三四五六七八九十]{0,30}?)[(（]?${DATE_SOURCE}[)）]?$`);

/**
 * The closing signature: the date under it, and the body's name above it (or before it on the same
 * line), with where each stands. The last date under a body's name; a date under no name it knows (a related link's, or after a
 * company's or a 部's name on its line) only where no date stands under one. `links`: which lines are a
 * link's text (DocumentText.bodyLinks); a date under one, or under a name under one, is a list item's.
 */
export function signature(body: string[], end = articleEnd(body), links: ReadonlySet<number> = NO_LINKS, top = 0): Signed | null {
  let unnamed: Signed | null = null;
  // Under the article's end (`end`, articleEnd) a list's names and dates are no signature; nor, above `top`, the date under the heading.
  for (let i = end - 1; i >= Math.max(top, Math.floor(body.length / 3)); i--) {
    const d = datedLine(body, i, end, links);
    if (!d) continue;
    if (d.name) return signed(body, i, d);
    if (!NO_NAME.test(d.own)) unnamed ??= signed(body, i, d);
  }
  return unnamed;
}

// The 版记 under a report issued as an official document: the office that printed it and when (平潭综合实验区经济发展局
// 办公室 2022年1月13日印发), alone on its line.
const PRINTED = new RegExp(`^(.{2,30}?)${DATE_SOURCE}印发$`);

/** The date a 版记 line says the report was printed on (…办公室 2022年1月13日印发), or null where the line is none. */
export function printedOn(raw: string): string | null {
  const m = PRINTED.exec(toHalfWidth(raw).replace(/[\s?]+/g, ''));
  return m && NAME_LINE.test(m[1]!) ? isoDate(m[2]!, m[3]!, m[4]!) : null;
}

/** A date and the body's name over it, and where each stands. */
interface Signed { date: string; name: string | null; at: Spot; nameAt: Spot | null }

/** What a date line (line i, as datedLine read it) says, and where. */
function signed(body: readonly string[], i: number, d: NonNullable<ReturnType<typeof datedLine>>): Signed {
  // The date's characters: what STANDALONE_DATE read after the name on its line, as datedLine normalised it.
  const at = { lines: 'body' as const, line: i, ...rawSpan(body[i]!, d.own.length, d.length, NORMALISED_AWAY) };
  // The name's: before the date on its line, or the line above.
  const named = d.own ? i : i - 1;
  return { date: d.date, name: d.name, at, nameAt: d.name ? { lines: 'body', line: named, ...rawSpan(body[named]!, 0, d.name.length, NORMALISED_AWAY) } : null };
}

/**
 * The date right under the report's heading (line `heading` of the body, titled `title`, which may go on over
 * the next line), and the line after it: a body's name over it or before it (东岭镇人民政府 / 2011年1月3日,
 * dongling-2010) is that body's dating of the report, a 落款 put at its head; a date alone (ustc-tsg211-2021's
 * 2021年10月30日) is when it was published.
 */
export function headingDate(body: readonly string[], heading: number, title: string, links: ReadonlySet<number> = NO_LINKS): (Signed & { end: number }) | null {
  if (heading < 0) return null;
  const whole = squeezed(title);
  let i = heading + 1;
  while (i < body.length && squeezed(body[i]).length >= 2 && whole.includes(squeezed(body[i]))) i++;
  // The date, or a body's name and then the date.
  for (const at of [i, i + 1]) {
    const d = at < body.length ? datedLine(body, at, body.length, links) : null;
    if (d) return { ...signed(body, at, d), end: at + 1 };
    if (at === i && !NAME_LINE.test(squeezed(body[i]))) return null;
  }
  return null;
}

// Words before a date on its line that are clearly no name: a sentence, or a news list's title run into its
// date (全市冬季安全生产工作会议召开2026-11-18). A name NAME_LINE does not know (国网隆德县供电公司) is none of these.
const NO_NAME = /^.{21,}$|[，。,;；:：!！?？、《》“”"]|会议|召开|举行|开展|部署|启动|调研|通知|公告|通报|报告|关于|动态/;

/**
 * A line that is a date alone or after words (the body's name, or else ''), with the name above or before it
 * where NAME_LINE knows it; none where the date, its name or the line right above them is a link's text.
 */
function datedLine(body: readonly string[], i: number, end: number, links: ReadonlySet<number>): { date: string; name: string | null; own: string; length: number } | null {
  // A link's line first: a portal's lists are thousands of them, most ending in their dates.
  if (links.has(i)) return null;
  const alone = dateAlone(body[i]!);
  if (!alone) return null;
  const { date, own, length } = alone;
  const before = own || (i > 0 ? toHalfWidth(body[i - 1]!).replace(/[\s?]+/g, '') : '');
  const name = NAME_LINE.test(before) ? before : null;
  // A list's item: its link, then its date, or its publisher and date, on lines of their own. A link above
  // (the 附件说明's 附件：1.…统计表, 相关解读：… over the 落款) is the article's own unless items stand around
  // it: a related heading or the item before above it, the next item's link under the date.
  if ((name && !own && links.has(i - 1)) || listItem(body, name && !own ? i - 2 : i - 1, i, end, links)) return null;
  return { date, name, own, length };
}

/** A line that is a date alone or after words (`own`), unlabelled (not 发布时间：…): a 落款's date line, or a list item's. */
export function dateAlone(raw: string): { date: string; own: string; length: number } | null {
  if (!endsLikeDate(raw)) return null;
  const line = toHalfWidth(raw).replace(/[\s?]+/g, '');
  if (line.length > 40 || labelsDate(line)) return null;
  const m = STANDALONE_DATE.exec(line);
  const date = m && !AS_OF_WORDS.test(m[1]!) ? isoDate(m[2]!, m[3]!, m[4]!) : null;
  return m && date ? { date, own: m[1]!, length: line.length } : null;
}
// Words that make the date the day figures are counted to (（数据截至2022年12月20日） under a heading), not the writing's.
const AS_OF_WORDS = /截[止至]|统计(?:数据|时间|期限|时限|日期)/;

// The next item's link counts only above the article's end: under it the portal's 上一篇 is a link too.
function listItem(body: readonly string[], title: number, date: number, end: number, links: ReadonlySet<number>): boolean {
  if (!links.has(title)) return false;
  const above = body[title - 1];
  return (date + 1 < end && links.has(date + 1)) || (above !== undefined && (RELATED.test(above) || (above.length <= 40 && endsLikeDate(above))));
}

// What datedLine's normalisation takes out of a line besides toHalfWidth's invisible characters.
const NORMALISED_AWAY = /[\s?]/;

// What a portal prints under the article: its tools and the way to the next article, which no report prints
// in its text; a related list's heading alone on its line, which a report may print over its own list
// (相关文件：) and so ends the article only where no signature follows it.
const TOOLS = /^[\s【\[]*(?:打印|关闭窗口|关闭本页|上一篇|下一篇)/;
const RELATED = /^[\s【\[]*(?:相关(?:链接|文章|信息|阅读|新闻|文件|稿件|推荐)|往期推荐)[\s】\]:：]*$/;
// How far under a related heading a report's signature may stand (its list of one or two documents between).
const LIST_SPAN = 4;

/** Where the article ends: the portal's first tools or related links after its text (a list's names and dates below are no signature). */
export function articleEnd(body: readonly string[], links: ReadonlySet<number> = NO_LINKS): number {
  let end = body.length;
  for (let i = body.length - 1; i >= 0 && !isProse(body[i]!); i--) if (endsArticle(body, i, links)) end = i;
  return end;
}

function endsArticle(body: readonly string[], i: number, links: ReadonlySet<number>): boolean {
  const line = body[i]!;
  if (TOOLS.test(line)) return line.length <= 40;
  if (!RELATED.test(line)) return false;
  for (let j = i + 1; j <= i + LIST_SPAN && j < body.length; j++) if (datedLine(body, j, body.length, links)?.name) return false;
  return true;
}

// What the normalisation in signature() removes (white space, the ? noise, invisible characters), and
// what a date ends with (日, a digit), each as it may stand in the raw line.
const REMOVED = /[\s?？\u200B-\u200F\u2060\u00AD]/y;
const DATE_END = /[\d０-９日〇○OＯ零一二三四五六七八九十)）]/y;

/** Whether the line, once normalised, ends as STANDALONE_DATE does. Most lines end in 。 and are skipped before normalising them. */
function endsLikeDate(raw: string): boolean {
  for (let i = raw.length - 1; i >= 0; i--) {
    REMOVED.lastIndex = DATE_END.lastIndex = i;
    if (!REMOVED.test(raw)) return DATE_END.test(raw);
  }
  return false;
}
