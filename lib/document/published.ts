// The page's date line: when the portal published the report.
import { toHalfWidth } from '../text/normalize.ts';
import { DATE_SOURCE, findDate } from './dates.ts';
import { NAME_LINE } from './names.ts';
import { type DocumentText, isProse, type Located, NO_LINKS, pageTop, rawSpan, type Spot } from './page-text.ts';

// What a date's label says was done on it: 发布时间, 成文日期, 更新时间, 信息提供日期 (深圳's)….
const DATE_VERB = '(?:发布|发表|发文|公开|公布|提供|上网|成文|更新|印发|签发|生成|产生)';
// 发布时间：, 【发布日期】, 发布日期 2023-01-30 (no colon, the date right after), 发布：2023-01-30 or 发布：二〇二三年一月三十日
// (发布：县政府办公室 names the publisher, not a date). Global: a line may carry other labels before the date's.
const DATE_AHEAD = `(?=\\s*(?:[０-９]|${DATE_SOURCE}))`;
// A label may share its cell with the document's term of validity (山西's grids: 生成日期/有效期：2022-01-29 14:59:17).
const WHEN = '(?:时间|日期)(?:\\s*/\\s*有效期)?';
const DATE_LINE = new RegExp(`(?:${DATE_VERB}?${WHEN}\\s*[:：】\\]]|${DATE_VERB}${WHEN}${DATE_AHEAD}|发布\\s*[:：]${DATE_AHEAD})\\s*`, 'g');
// The label alone, its date in the next cell of a 索引号/发布机构/发文日期 grid (or on the next line).
const DATE_LABEL = new RegExp(`^\\s*${DATE_VERB}${WHEN}\\s*[:：]?\\s*$`);
// The contract's publishedAt is the page's 发布日期/发表日期: when the report was put before the public. A date the
// document was filed in the catalogue (发文日期, 生成日期: the system's, often with its time) is the last resort for
// it; one it was drafted or printed (成文日期, 印发日期, zj-xiaoshan-beigan-2021's grid) is none, even where the page
// gives no other: a report is drafted days or weeks before it is published.
const WRITTEN = /发文|成文|印发|签发|生成|产生/;
const DRAFTED = /成文|印发|签发/;
/** Whether a date's label says the document was drafted or filed on it, else false: it was published then. */
type Written = 'drafted' | 'filed' | false;
const writtenBy = (label: string): Written => (!WRITTEN.test(label) ? false : DRAFTED.test(label) ? 'drafted' : 'filed');

// A portal's unlabelled date line, a date inside a sentence being none: a date with its time or the
// page's other labels after it (2022-02-10 10:02 来源：…, 2023年1月30日 星期一), a date alone in
// brackets ([2023-01-30], (2023-01-06)), the 来源 before the date (来源:市国资委2023-01-30 19:39,
// 来源:云南省交通运输厅  2025-01-26 09:18), or the publishing body's name after it (2012-3-30  连平县人民政府办公室).
// The time may be written in Chinese (15时57分), and the portal may put its name and address first
// (中央政府门户网站 www.gov.cn   2013年03月29日 15时57分   来源:…), or its name alone before the date and time
// (dg.gov.cn's 中国东莞政府门户网站      2024-01-31 16:46:10  来源: 本网; a header's 欢迎访问…网 2026年11月22日 星期日 is its clock).
const TIME = '\\d{1,2}(?::\\d{2}|时\\d{1,2}分)';
const PORTAL = '(?:[^\\s\\d]{2,20}\\s*)?www\\.[\\w.-]+\\s+';
const PORTAL_NAME = '[^\\s\\d]{1,18}网站?\\s+';
// …or the page's controls (2021-01-29 【字体:, 2021-01-29 字号:大 中 小).
const DATED_WITH_TIME = `(?:${PORTAL})?${DATE_SOURCE}\\s*(?:${TIME}|来源|作者|浏览|阅读|点击|星期|周[一二三四五六日]|[【\\[]?\\s*字[体号])|${PORTAL_NAME}${DATE_SOURCE}\\s*${TIME}`;
const BRACKETED_DATE = `[\\[【(]\\s*${DATE_SOURCE}\\s*(?:${TIME}(?::\\d{2})?\\s*)?[\\]】)]\\s*$`;
const SOURCE_THEN_DATE = `(?:信息|文章)?来源\\s*:\\s*[^\\d\\s:]{1,30}?\\s*${DATE_SOURCE}\\s*(?:${TIME}|$)`;
const BARE_DATE_LINE = new RegExp(`^\\s*(?:${DATED_WITH_TIME}|${BRACKETED_DATE}|${SOURCE_THEN_DATE})`);
// …or a date alone on its line right over the 来源 line (gz.gov.cn's item list: 2022-02-15 / 来源:黄埔区: guangzhou-huangpu-2021).
const DATE_ALONE = new RegExp(`^\\s*${DATE_SOURCE}\\s*$`);
const SOURCE_LINE = /^\s*(?:信息|文章)?来源\s*:/;
const DATE_THEN_NAME = new RegExp(`^\\s*${DATE_SOURCE}\\s+(?<name>\\S.*?)\\s*$`);
// What such a line starts with, tested before normalising the line.
const BARE_DATE_START = /^\s*[\d０-９\[【［(（来信文]|www\.|^\s*[^\s\d]{1,18}网站?\s/;
// A WeChat article's head, on the account's page or a web mirror of it: 原创, the account's name and its
// author's, the date with its time, the province of the poster's IP (原创 隆德县发布 2022-01-19 15:30 辽宁).
// A name has no digit, punctuation or clock's word (今天是 2026年11月22日 15:30 is the portal header's).
const ACCOUNT = '(?:(?!今天|今日|现在|当前|时间)[^\\s\\d:，。,;；!！?？、|>/()（）【】\\[\\]]){2,20}';
const PROVINCE = '(?:北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|香港|澳门|台湾)';
const ACCOUNT_HEAD = new RegExp(`^\\s*(?:原创\\s+)?(?:${ACCOUNT}\\s+){1,2}${DATE_SOURCE}\\s*\\d{1,2}:\\d{2}\\s*(?:${PROVINCE}\\s*)?$`);
// The head's time, tested before normalising the line.
const HEAD_TIME = /[\d０-９]\s*[:：]\s*[\d０-９]{2}/;

// A label naming another of the document's dates (a catalogue grid's 生效日期, 实施日期, 废止日期, 填报日期): the word right
// before a bare 日期/时间 says so. Only those words: a portal's own name for its publishing (录入时间, 发稿时间, 上传时间)
// still labels the page's date, as does a bare 时间： after a value run into it (来源：本网时间：, two spans, no space).
const VERB_FIRST = new RegExp(`^${DATE_VERB}`);
const OTHER_DATE = /(?:生效|实施|施行|废止|失效|截止|有效|填报|统计|报送|访问)$/;
const namesOtherDate = (line: string, m: RegExpExecArray): boolean =>
  !VERB_FIRST.test(m[0]) && OTHER_DATE.test(line.slice(0, m.index).split(/[\s|【\[]/).pop()!);

/** Whether a line labels a date (发布时间：…, 实施日期：…): a signature is none. */
export const labelsDate = (line: string): boolean => line.search(DATE_LINE) >= 0;

/** Where a line's date stands: the line (the labelled one, or the next where the label ends its own) and its characters. */
type DateSpot = Omit<Spot, 'lines'>;

/**
 * The date a line gives as the page's (after one of its labels, or in the next cell after a label
 * that ends the line), and whether it is the date the document was written.
 */
export function lineDate(lines: readonly string[], i: number): { iso: string; written: Written; bare?: 'date' | 'head'; at: DateSpot } | null {
  const line = lines[i]!;
  let labelled = false;
  // A line that labels the date written before the one published (生成日期 2017-02-16 公开日期 2017-03-01) gives the latter.
  let written: { iso: string; written: Written; at: DateSpot } | null = null;
  DATE_LINE.lastIndex = 0;
  for (let m = DATE_LINE.exec(line); m; m = DATE_LINE.exec(line)) {
    labelled = true;
    if (namesOtherDate(line, m)) continue;
    const d = dateAfter(lines, i, m.index + m[0].length);
    if (d && !WRITTEN.test(m[0])) return { ...d, written: false };
    // The filed date before the drafted one (成文日期 2022-01-10 发文日期 2022-01-12).
    if (d && (written === null || (written.written === 'drafted' && !DRAFTED.test(m[0])))) written = { ...d, written: writtenBy(m[0]) };
  }
  if (labelled) return written;
  if (line.length < 12 && DATE_LABEL.test(line)) {
    const d = dateAfter(lines, i, line.length);
    return d ? { ...d, written: writtenBy(line) } : null;
  }
  if (line.length >= 80) return null;
  if (BARE_DATE_START.test(line)) {
    const half = toHalfWidth(line);
    if (BARE_DATE_LINE.test(half) || NAME_LINE.test(DATE_THEN_NAME.exec(half)?.groups?.['name'] ?? '')
      || (DATE_ALONE.test(half) && SOURCE_LINE.test(toHalfWidth(lines[i + 1] ?? '')))) return bareDate(line, i, 'date');
  }
  return HEAD_TIME.test(line) && ACCOUNT_HEAD.test(toHalfWidth(line)) ? bareDate(line, i, 'head') : null;
}

function bareDate(line: string, i: number, bare: 'date' | 'head'): { iso: string; written: false; bare: 'date' | 'head'; at: DateSpot } | null {
  const d = findDate(line);
  return d && { iso: d.iso, written: false, bare, at: { line: i, ...rawSpan(line, d.index, d.index + d.length) } };
}

/** The date right after a label (which ends at `from` in line i): in the rest of its line, or on the next line where the label ends its own. */
function dateAfter(lines: readonly string[], i: number, from: number): { iso: string; at: DateSpot } | null {
  const rest = lines[i]!.slice(from);
  const [text, line, shift] = rest.trim() ? [rest, i, from] : [lines[i + 1] ?? '', i + 1, 0];
  const d = findDate(text);
  if (!d || d.index >= 3) return null;
  const span = rawSpan(text, d.index, d.index + d.length);
  return { iso: d.iso, at: { line, start: span.start + shift, end: span.end + shift } };
}

// How far above the report's heading an account's head may stand: where the mirror's own title is not the
// report's, the head sits over the report's heading (a line or two of 关注 prompts between); a menu's or
// list's line further up is the portal's.
const HEAD_ABOVE = 3;

/** The <meta>s portals give the article's date in, in the order they are read. */
export const DATE_METAS = ['pubdate', 'publishdate', 'firstpublishedtime', 'article:published_time'];

/**
 * The page's own date line (发布时间: / 发表日期:, or a bare date with its time and 来源), else the
 * portal's PubDate meta; a grid's 发文日期 or 生成日期 only where the page gives no other, its 成文日期 never. The top of
 * the page first: a date line below the article counts only where none stands above it. A bare date
 * above the report's heading (line `heading` of allLines: headingLine) is the portal header's clock,
 * today's date as its script writes it (2026年11月22日 星期日), not the article's; one after the article's
 * text has begun (a sentence under the heading: one above it is the header's notice) is a related list's
 * ([2023-01-25] under its link), as is one on a link's line or right under one. A WeChat article's head may stand right over the heading as well as under it.
 * Lines `other` of allLines, [start, end), are another report's that the page carries after the first (a 范文 site
 * copies its date line with it): none of them is the page's. Line `signed` of allLines dates the report's 落款 (a body's name
 * and date under its heading): the report's writing, not the page's.
 */
export function publishedAt(doc: DocumentText, heading = -1, other: { start: number; end: number } | null = null, signed = -1): Located<string> | null {
  const links = doc.allLinks ?? NO_LINKS;
  const top = pageTop(doc.allLines, links);
  let written: Located<string> | null = null;
  let below: Located<string> | null = null;
  let inText = false;
  // A bare date on a link's line or right under one is a list item's (a sidebar's news above an article with no heading).
  const listed = (i: number) => links.has(i) || links.has(i - 1);
  for (let i = 0; i < doc.allLines.length; i++) {
    if ((other && i >= other.start && i < other.end) || i === signed) continue;
    const d = lineDate(doc.allLines, i);
    inText ||= i > heading && isProse(doc.allLines[i]!);
    if (!d || d.written === 'drafted' || (d.bare && (i < heading - (d.bare === 'head' ? HEAD_ABOVE : 0) || inText || listed(i)))) continue;
    const read = { value: d.iso, at: { lines: 'all' as const, ...d.at } };
    if (d.written) written ??= read;
    else if (i < top) return read;
    else below ??= read;
  }
  for (const name of DATE_METAS) {
    const d = doc.meta[name] ? findDate(doc.meta[name]!) : null;
    if (d) return { value: d.iso, at: null };
  }
  return below ?? written;
}
