// What a report's title says, and where the page gives it: the one test of "this names a 政府信息公开工作年度报告",
// for the title the metadata reads and for the judgement whether the page is a report.
import { squeezed, toHalfWidth } from '../text/normalize.ts';
import { TO_NEXT_YEAR, yearIn } from './dates.ts';
import { NAME_LINE } from './names.ts';
import { afterOwnLines, type DocumentText, headingLine, isProse, NO_LINKS, type Spot, wholeLine } from './page-text.ts';
import { lineDate } from './published.ts';
import { HEADING } from './sections.ts';
import { HAN } from '../text/han.ts';

/** The words of the report's subject, which end the body's name in a title: 政府信息公开, 政务信息公开, 政务公开, 信息公开. */
export const REPORT_WORDS = '(?:政府信息公开|政务信息公开|政务公开|信息公开)';
/** How a text puts forward the report it names: 现将…报告如下, 特将…予以公开, 现就…, 现予…. */
export const PRESENTS = '(?:现将|现就|现予|特将)';
/** How a text publishes it: 现公布…, 现特向社会公布…, 现向社会公开…, 现根据…,特向社会公开… (its 现 a clause before). */
export const PUBLISHES_NOW = '(?:现特?|特向社会)(?:向社会)?(?:公布|公开|发布)';
/** How a body's covering letter sends its report up to the office above it: 关于报送/上报/呈报…年度报告的函. */
export const SENDS_UP = '(?:报送|上报|呈报|呈送|报备|提交|递交)';

// 政府信息公开工作年度报告, 政务公开工作报告, 信息公开年报, the year inside (…政府信息公开工作2022年度报告),
// the work's 开展 or 情况 told (…政务信息公开工作开展年度报告, 关于2022年度政府信息公开情况的报告), and the odd
// 信息年度公开报告, and the 年度 that lost its 年 after 工作 (国家文物局2022年政府信息公开工作度报告, as printed; 公开度 is the
// degree of openness an assessment scores); only these words between, so that another report on the subject
// (…第三方评估报告, …自查报告) is none.
// A report on the state of 政务公开 work is the yearly one only where it names its year's 年度 (关于全县2021年度政务
// 公开工作情况的报告); without it, it is the government's report to the 人大 (关于全市政务公开工作情况的报告).
const STATE_OF_WORK = `(?:情况(?=的?(?:(?:19|20)\\d{2}|年度))|(?<=政府信息公开(?:工作)?(?:开展)?)情况)`;
export const REPORT_TITLE = new RegExp(`${REPORT_WORDS}(?:工作)?(?:开展)?${STATE_OF_WORK}?的?(?:(?:19|20)\\d{2}年?)?(?:年度|(?<=工作)度)?(?:工作)?(?:报告|年报)`
  + `|年度[^。报]{0,30}?${REPORT_WORDS}(?:工作)?情况的?报告|信息年度公开报告`);

/** Whether a text names a report. Every wording ends in 报告/年报: a text without 报 is not normalised. */
export const namesReport = (text: string): boolean => text.includes('报') && REPORT_TITLE.test(squeezed(text));

// A sentence that names the report is no title: 现将和平街道2022年…年度报告公布如下。, 根据《条例》…, …报告如下：
const SENTENCE = new RegExp(`^\\s*(?:${PRESENTS}|${PUBLISHES_NOW}|根据|按照|依据)|如下|[。；;]|[:：]\\s*$`);

/** A line that reads like a report's title: short, with the year in it (a portal's 政府信息公开年报 menu link is not one), and no sentence. */
export const isTitleLine = (line: string): boolean => line.length <= 60 && namesReport(line) && yearIn(line) !== null && !SENTENCE.test(line);

/** The title the page's head gives the report, where one names a report: its ArticleTitle <meta> (a portal's), else its <title>. */
export function headTitle(head: Pick<DocumentText, 'title' | 'meta'>): { title: string; from: 'meta' | 'title' } | undefined {
  return ([[head.meta['articletitle'] ?? '', 'meta'], [head.title, 'title']] as const)
    .map(([title, from]) => ({ title: title.trim(), from })).find(({ title }) => namesReport(title));
}

/** The report's title as reportTitle reads it. */
export interface ReportTitle {
  title: string;
  /** Found among the page's lines where it may be a link to a report. */
  inBody: boolean;
  /** A body's name on the line above a heading that names no one (for the issuer). */
  nameAbove?: string;
  /** Where the page shows it: the lines (and their characters) it was read from, or for the page's <title> the heading that is it or part of it; none where no line does. */
  at: Spot[];
}

/**
 * The report's title: the page title, or a heading that names a report when the title is the portal's
 * name (or names no year: 瑞安市政府信息公开年报 over 高楼镇2018年度…年度报告). `inBody` says it was found
 * among the page's lines where it may be a link to a report; a heading the page's article stands under
 * (before its text, followed by its date line or text), or the 名称 of the page's info grid (or, with no heading, a title
 * in a row under it), is its own.
 */
export function reportTitle(doc: DocumentText): ReportTitle {
  const head = headTitle(doc);
  const filed = head?.from === 'title' ? filedUnder(head.title, doc.allLines) : undefined;
  const given = filed === undefined ? head?.title : undefined;
  // A dated title that names its body (not 我局) is the report's: the page's headings need no reading.
  if (given !== undefined && NAMED_BEFORE_YEAR.test(toHalfWidth(given)) && !NAMES_NO_ONE.test(toHalfWidth(given))) return { title: given, inBody: false, at: headingAt(doc, given) };
  const heading = headingTitle(doc.bodyLines, doc.bodyLinks);
  const nameAbove = heading?.name;
  const found = gridTitle(doc.allLines, doc.allLinks) ?? (heading?.own ? heading : gridRowTitle(doc.allLines, doc.allLinks) ?? heading);
  if (found?.own && (given === undefined || (yearIn(given) === null && yearIn(found.title) !== null))) return { title: found.title, inBody: false, nameAbove, at: found.at };
  if (given !== undefined) return { title: given, inBody: false, nameAbove, at: headingAt(doc, given) };
  // A <title> that names no report is no report's title, and has no place; one filed under a 年报 column gives the article's own.
  return found ? { title: found.title, inBody: true, nameAbove, at: found.at } : { title: filed ?? doc.title.trim(), inBody: false, nameAbove, at: [] };
}

// A portal's <title> is its article's title with its column and site after it, parted by _ or | (…_政府信息公开年报_平潭综合实验区
// 党工委管委会, the TRS template's): where only the column names a report, the page is one filed under it (a 法治政府建设情况报告, a
// 统计公报 or a 政务公开工作要点 in the portal's 年报 column), not named by it. The column names no year; the article's title does,
// and the page shows it as its heading. A site's name has no year: a report whose <title> is the column and the site stays named.
const TITLE_PARTS = /\s*[_|｜]\s*/;
/**
 * The report's own title in a page's <title>, as the page's heading gives it: the part of it that names a dated report
 * where the portal adds its column and site (…年度报告_政府信息公开年报_平潭综合实验区党工委管委会); else the title whole.
 */
export function ownTitle(title: string): string {
  const parts = title.split(TITLE_PARTS);
  return (parts.length > 1 ? parts.find((part) => namesReport(part) && yearIn(part) !== null) : undefined)?.trim() ?? title.trim();
}

/** The article's own title, where the <title> names a report only by the undated column it is filed under; else undefined. */
function filedUnder(title: string, lines: readonly string[]): string | undefined {
  const parts = title.split(TITLE_PARTS).filter((part) => part !== '');
  if (parts.length < 2 || parts.some((part) => namesReport(part) && yearIn(part) !== null)) return undefined;
  const shown = new Set(lines.map((line) => squeezed(line)));
  return parts.find((part) => !namesReport(part) && yearIn(part) !== null && shown.has(squeezed(part)))?.trim();
}

/**
 * Where the page's lines show a title read from the page's <title>: its heading (headingLine), the part of it
 * that names the report or its year — not the site's name a <title> adds (…年度报告_哈尔滨市道里区人民政府), which the portal's header shows.
 */
function headingAt(doc: DocumentText, title: string): Spot[] {
  const i = headingLine(doc.allLines, title, (line) => namesReport(line) || yearIn(line) !== null, doc.allLinks);
  return i < 0 ? [] : [wholeLine('all', doc.allLines, i)];
}

/** A heading as the readers below find it: the title, whether the article stands under it, and where. */
interface Found { title: string; own: boolean; at: Spot[]; name?: string }

// The 名称/标题 of a portal's info grid (索引号, 发布机构, 名称…), in its cell or after its label; the grid
// known by its other labels (a list's 标题 column is none).
const GRID_NAME = /^\s*(?:文件|信息|公文|文章)?(?:名\s*称|标\s*题)\s*[:：]?\s*/;
const GRID_LABEL = /索\s*引\s*号|发布机构|发文机关|文\s*号|主题分类|成文日期/;

function gridTitle(lines: readonly string[], links: ReadonlySet<number> = NO_LINKS): Found | null {
  for (let i = 0, end = afterOwnLines(200, lines, links); i < end; i++) {
    const m = GRID_NAME.exec(lines[i]!);
    if (!m) continue;
    const inCell = lines[i]!.length > m[0].length;
    const title = (inCell ? lines[i]!.slice(m[0].length) : (lines[i + 1] ?? '')).trim();
    const at = inCell ? { lines: 'all' as const, line: i, start: m[0].length, end: lines[i]!.trimEnd().length } : wholeLine('all', lines, i + 1);
    if (title.length <= 80 && namesReport(title) && lines.slice(Math.max(0, i - 12), i + 12).some((l) => GRID_LABEL.test(l))) return { title, own: true, at: [at] };
  }
  return null;
}

/**
 * The title alone in a row of its own under the grid's labels, naming its body (浙江省教育厅2024年度政府信息公开工作报告 under
 * 发布机构: 省教育厅, zhejiang-jyt-2024), where the article has no heading of its own: with one, a report's title below the
 * grid is another page's (相关链接, 上一篇:, 附件:…). One naming no one is left to the heading, the name above it.
 */
function gridRowTitle(lines: readonly string[], links: ReadonlySet<number> = NO_LINKS): Found | null {
  for (let i = 0, end = afterOwnLines(200, lines, links); i < end; i++) {
    const own = toHalfWidth(lines[i]!.trim());
    if (isTitleLine(own) && !own.includes(':') && NAMED_BEFORE_YEAR.test(own) && !NAMES_NO_ONE.test(own) && !links.has(i)
      && !GRID_NAME.test(own) && lines.slice(Math.max(0, i - 12), i).some((l) => GRID_LABEL.test(l))) {
      return { title: lines[i]!.trim(), own: true, at: [wholeLine('all', lines, i)] };
    }
  }
  return null;
}

const NAMED_BEFORE_YEAR = /^[^我本\d\s][^\d]+?(?:19|20)\d{2}/;
// A title run into the sentence that introduces the report: …2022年政府信息公开工作年度报告(以下简称年报)是根据….
const TITLE_OPENING = /^\s*([^，,。；;:：]{4,60}?(?:报告|年报))\s*[(（]以下简称/d;
// A title that names no one: the report's words right after its year, if any (2022年政府信息公开…, 关于2021年度…的
// 年度报告, 2022-2023学年度信息公开…, 2021—2022年度信息公开…), not 2024年合水镇人民政府信息公开… .
const NAMES_NO_ONE = new RegExp(`^(?:关于)?(?:(?:19|20)\\d{2}(?:${TO_NEXT_YEAR})?\\s*学?年?度?)?(?:${REPORT_WORDS})`);

// The portal's navigation over its article (首页 政务公开 政府信息公开年报, 当前位置：首页 > 政务公开 > …), its links pointing
// nowhere (href="#", a script's menu) so not known as links: it names its columns, one of them the 年报's, and no title.
const NAVIGATION = /^\s*(?:(?:网站)?首\s*页|(?:您的|您现在的|当前|所在)\s*位置)|[>»＞›]/;
// Its last item may be the article's own title, where the page has no heading of its own (首页 > 政务公开 > XX县文化和旅游局
// 2021年政府信息公开工作年度报告): a title like any line's, read only where no line below stands as the heading.
const NAVIGATION_LAST = /[>»＞›]\s*([^>»＞›]+?)\s*$/d;

/**
 * The first line that reads like a report's title and that the article stands under, else the first that
 * reads like one, however long the portal's menu before it; never a link's text (a sidebar's 热点新闻 or
 * 相关链接 name reports too, and may stand right before the article's text). A heading
 * broken by <br> reads as its two lines joined: 左贡县人民政府2021年度 / 信息公开年度报告, a title run into
 * the sentence that introduces it as the title, and a title
 * that names no one with the body's name on the line above it: 义乌市廿三里街道办事处 / 2022年政府信息公开….
 */
function headingTitle(body: readonly string[], links: ReadonlySet<number> = NO_LINKS): Found | null {
  const lines = body.slice(0, afterOwnLines(200, body, links));
  let first: Found | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (!(lines[i]!.includes('年') || lines[i]!.includes('报')) || links.has(i)) continue;
    const navigation = NAVIGATION.test(lines[i]!);
    const last = navigation ? NAVIGATION_LAST.exec(lines[i]!) : null;
    if (navigation && !(last && isTitleLine(last[1]!))) continue;
    // The heading said again on the next line (五常市民意乡 / 2021年…报告 / 2021年…报告, hlj-wuchang-minyi-2021) is the one above.
    if (repeatsAbove(lines, i)) continue;
    const opening = last ?? (lines[i]!.length > 60 ? TITLE_OPENING.exec(lines[i]!) : null);
    const line = opening ? opening[1] : lines[i]!.length > 60 ? undefined : lines[i]!.trim();
    if (line === undefined) continue;
    const at = opening ? { lines: 'body' as const, line: i, start: opening.indices![1]![0], end: opening.indices![1]![1] } : wholeLine('body', lines, i);
    // …but not a line before a whole title of its own (a calendar's 2026年11月 over the heading).
    const joinsNext = line.length <= 30 && !line.includes('报') && !isTitleLine((lines[i + 1] ?? '').trim());
    const title = joinsNext ? line + (lines[i + 1] ?? '').trim() : line;
    const namesNoOne = !joinsNext && NAMES_NO_ONE.test(toHalfWidth(title));
    if (!isTitleLine(title) && !(first === null && undatedHeading(title) && standsOver(lines, i, i + 1) && !(namesNoOne && overOwnHeading(lines, i)))) continue;
    // The article's own copy of the heading, under the portal's, with the body's name above it (桃江县松木塘镇人民政府 /
    // 2022年政府信息公开…): that copy is read, not the portal's, whose line above is the site's logo.
    if (namesNoOne && copiedBelow(lines, i, title)) continue;
    // A link's name above (a sidebar's list of the county's towns) is no body's over its heading.
    const above = i > 0 && !links.has(i - 1) ? squeezed(lines[i - 1]) : '';
    const end = joinsNext ? i + 2 : i + 1;
    const spots = joinsNext ? [at, wholeLine('body', lines, i + 1)] : [at];
    const found = !namesNoOne || !NAME_LINE.test(above) ? { title, own: standsOver(lines, i, end), at: spots }
      : { title: above + title, own: standsOver(lines, i - 1, end), name: above, at: [wholeLine('body', lines, i - 1), ...spots] };
    if (found.own && !navigation) return found;
    first ??= found;
  }
  return first;
}

// How many of the portal's lines may stand between its heading and the article's own copy of it: its date line, its
// 字体 大 中 小 and 打印 tools (衡阳市国资委's, under 发布时间：2020-01-19 10:56 来源：办公室 / 字体：).
const PORTAL_LINES = 3;

/** Whether the article repeats the heading at `i` below it, under the body's name, past only the portal's lines. */
function copiedBelow(lines: readonly string[], i: number, title: string): boolean {
  for (let k = i + 1; k <= i + 1 + PORTAL_LINES && k + 1 < lines.length; k++) {
    if (NAME_LINE.test(squeezed(lines[k])) && squeezed(lines[k + 1]) === squeezed(title)) return true;
    if (isProse(lines[k]!) || namesReport(lines[k]!)) return false;
  }
  return false;
}

// A heading that names a report but no year is the article's own only where it stands over its text and no dated title
// came before it (地区党政信息公开工作报告范文 under a portal's <title>): no piece of a sentence quoting a document's title
// (共和国政府信息公开工作年度报告格式>的通知》, a PDF's line), which holds its brackets.
const undatedHeading = (line: string) => line.length <= 60 && namesReport(line) && !SENTENCE.test(line) && !/[《》<>〈〉“”"]/.test(line);

// The name of the column a portal shows in a box over its article (政府信息公开年报), naming no one and no year, stands over the
// article's own heading, a dated one of another document (静海区2023年度法治政府建设情况报告): no title of the page's. Not a
// report's year or date under its heading (（2023年度）, 2024年1月15日): a name of its own, besides them, makes it a heading.
const NAMED_HEADING = new RegExp(`[${HAN}]{4,}`, 'u');
const overOwnHeading = (lines: readonly string[], i: number) => {
  const next = (lines[i + 1] ?? '').trim();
  return next.length <= 60 && yearIn(next) !== null && !namesReport(next) && !isProse(next) && lineDate(lines, i + 1) === null
    && NAMED_HEADING.test(next.replace(/年度?|月|日/g, ''));
};

/** Whether line i says the line above it again (a heading its page repeats). */
const repeatsAbove = (lines: readonly string[], i: number) => i > 0 && lines[i]!.trim() !== '' && squeezed(lines[i]) === squeezed(lines[i - 1]);

/** Whether the heading at [start, end) is the article's own: no text before it, and its date line or text right after it. */
function standsOver(lines: readonly string[], start: number, end: number): boolean {
  for (let i = 0; i < start; i++) if (isProse(lines[i]!)) return false;
  // The heading said again right under it: its text comes after the repeat.
  const after = end < lines.length && repeatsAbove(lines, end) ? end + 1 : end;
  for (let i = after; i < Math.min(lines.length, after + 3); i++) {
    const line = lines[i]!;
    if (isProse(line) || HEADING.test(line) || lineDate(lines, i) !== null) return true;
    if (isTitleLine(line)) return false;
  }
  return false;
}
