import type { DocumentMeta } from '../schema.ts';
import { labelKey, toHalfWidth } from '../text/normalize.ts';
import { isProse } from './is-report.ts';
import { isTitleLine, namesReport } from './title.ts';
import { arabicYears, chineseNumber, DATE_SOURCE, findDate, isoDate, YEAR_SOURCE, yearIn, yearsIn } from './dates.ts';

/** What the metadata reader needs of the page: its title, metas and text lines outside data tables. */
export interface DocumentText {
  title: string;
  meta: Record<string, string>;
  /** Every text line of the page, in order (for the date line, which may sit in a layout cell). */
  allLines: string[];
  /** Lines outside statistics tables, in order: headings, prose, signature. */
  bodyLines: string[];
}

/**
 * The report's title: the page title, or a heading that names a report when the title is the portal's
 * name (or names no year: 瑞安市政府信息公开年报 over 高楼镇2018年度…年度报告). `inBody` says it was found
 * among the page's lines where it may be a link to a report; a heading the page's article stands under
 * (before its text, followed by its date line or text), or the 名称 of the page's info grid, is its own.
 */
export function reportTitle(doc: DocumentText): { title: string; inBody: boolean } {
  const given = [doc.meta['articletitle'] ?? '', doc.title].map((t) => t.trim()).find(namesReport);
  const found = gridTitle(doc.allLines) ?? headingTitle(doc.bodyLines);
  if (found?.own && (given === undefined || (yearIn(given) === null && yearIn(found.title) !== null))) return { title: found.title, inBody: false };
  if (given !== undefined) return { title: given, inBody: false };
  return found ? { title: found.title, inBody: true } : { title: doc.title.trim(), inBody: false };
}

// The 名称/标题 of a portal's info grid (索引号, 发布机构, 名称…), in its cell or after its label; the grid
// known by its other labels (a list's 标题 column is none).
const GRID_NAME = /^\s*(?:文件|信息|公文|文章)?(?:名\s*称|标\s*题)\s*[:：]?\s*/;
const GRID_LABEL = /索\s*引\s*号|发布机构|发文机关|文\s*号|主题分类|成文日期/;

function gridTitle(lines: readonly string[]): { title: string; own: boolean } | null {
  for (let i = 0; i < Math.min(lines.length, 200); i++) {
    const m = GRID_NAME.exec(lines[i]!);
    if (!m) continue;
    const title = (lines[i]!.slice(m[0].length) || (lines[i + 1] ?? '')).trim();
    if (title.length <= 80 && namesReport(title) && lines.slice(Math.max(0, i - 12), i + 12).some((l) => GRID_LABEL.test(l))) return { title, own: true };
  }
  return null;
}

/**
 * The first line that reads like a report's title, however long the portal's menu before it. A heading
 * broken by <br> reads as its two lines joined: 左贡县人民政府2021年度 / 信息公开年度报告, a title run into
 * the sentence that introduces it as the title, and a title
 * that names no one with the body's name on the line above it: 义乌市廿三里街道办事处 / 2022年政府信息公开….
 */
function headingTitle(body: readonly string[]): { title: string; own: boolean; name?: string } | null {
  const lines = body.slice(0, 200);
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.includes('年')) continue;
    const line = lines[i]!.length > 60 ? TITLE_OPENING.exec(lines[i]!)?.[1] : lines[i]!.trim();
    if (line === undefined) continue;
    const joinsNext = line.length <= 30 && !line.includes('报');
    const title = joinsNext ? line + (lines[i + 1] ?? '').trim() : line;
    if (!isTitleLine(title)) continue;
    const above = i > 0 ? toHalfWidth(lines[i - 1]!).replace(/\s+/g, '') : '';
    const end = joinsNext ? i + 2 : i + 1;
    if (joinsNext || !NAMES_NO_ONE.test(toHalfWidth(title)) || !NAME_LINE.test(above)) return { title, own: standsOver(lines, i, end) };
    return { title: above + title, own: standsOver(lines, i - 1, end), name: above };
  }
  return null;
}

// A title run into the sentence that introduces the report: …2022年政府信息公开工作年度报告(以下简称年报)是根据….
const TITLE_OPENING = /^\s*([^，,。；;:：]{4,60}?(?:报告|年报))\s*[(（]以下简称/;
// A title that starts with its year or the report's words: 2022年政府信息公开…, 关于2021年度…的年度报告.
const NAMES_NO_ONE = /^(?:关于)?(?:(?:19|20)\d{2}|政府信息公开|政务公开|信息公开)/;

/** Whether the heading at [start, end) is the article's own: no text before it, and its date line or text right after it. */
function standsOver(lines: readonly string[], start: number, end: number): boolean {
  for (let i = 0; i < start; i++) if (isProse(lines[i]!)) return false;
  for (let i = end; i < Math.min(lines.length, end + 3); i++) {
    const line = lines[i]!;
    if (isProse(line) || HEADING.test(line) || lineDate(lines, i) !== null) return true;
    if (isTitleLine(line)) return false;
  }
  return false;
}

export function reportYear(title: string, period: DocumentMeta['period'], body: string[]): number | null {
  const named = yearIn(title);
  if (named !== null) return named;
  if (period) return Number(period.start.slice(0, 4));
  for (const line of body.slice(0, 10)) {
    const m = /((?:19|20)\d{2})\s*年度?(?:政府信息公开|政务公开)/.exec(toHalfWidth(line));
    if (m) return Number(m[1]);
  }
  return mostNamedYear(body.slice(0, 60)) ?? openingYear(body.slice(0, 60));
}

// A paragraph that opens with the year it tells of: 2020年,我街按照… (not a date: 2020年1月…).
const OPENS_WITH_YEAR = '(?:^|[。:])\\s*((?:19|20)\\d{2})年度?';
const OPENING_YEAR = new RegExp(`${OPENS_WITH_YEAR},`);

/** The year the text's first paragraph that opens with one tells of. */
function openingYear(lines: string[]): number | null {
  for (const line of lines) {
    const m = line.includes('年') ? OPENING_YEAR.exec(toHalfWidth(line)) : null;
    if (m) return Number(m[1]);
  }
  return null;
}

/** The year the text names most (2020年度我街办…, 2020年驼峰路街道办…), named at least twice and more than any other. */
function mostNamedYear(lines: string[]): number | null {
  const counts = new Map<number, number>();
  for (const line of lines) {
    if (!line.includes('年')) continue;
    for (const year of yearsIn(line)) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 2 && (!second || second[1] < first[1]) ? first[0] : null;
}

// What a body's name ends with, for the issuer read off the title or the text.
const BODY_SUFFIX = '(?:人民政府(?:办公厅|办公室)?|办公厅|办公室|委员会|管理委员会|街道办事处|办事处|中心|大学|学院|学校|中学|小学|医院|[厅局委办署院会所站馆队室]|[省市县区州盟旗乡镇]|街道|政府)';
// Words a template-essay site puts where a body's name goes (2021年乡镇政府信息公开…范文): no name.
const GENERIC_NAME = /^(?:[省市县区乡镇]{1,2}|街道|部门|单位|本级|[我本](?:单位|部门|[局委办厅市县区镇乡])|某某?)?(?:人民)?(?:政府)?$/;

// "特编制铁岭市人民政府2019年度…", "现向社会公开上思县南屏瑶族乡2021年…", "公布2022年卯都乡信息公开…",
// "现将茅坪回族镇2022年度…", "本报告由伊宁县人民政府办公室编制": where the text says who compiled or
// publishes the report.
const COMPILED_BY = new RegExp(`(?:编制|公开|公布|发布|现将)(?:了|的)?《?([^，,。《》]{2,30}?${BODY_SUFFIX})(?:19|20)\\d{2}|(?:编制|公开|公布|发布|现将)(?:了|的)?《?(?:19|20)\\d{2}年度?(?!度)([^，,。《》\\d]{2,20}?${BODY_SUFFIX})(?<!(?<!人民)政府)(?:政府)?(?:信息公开|政务公开)|由([^，,。《由]{2,30}?${BODY_SUFFIX})(?:根据[^。]{0,60}?)?(?:负责)?编制`);
// A portal's info grid: 发布机构：来凤县政务服务和大数据管理局 (or the name in the next cell).
const PUBLISHER = new RegExp(`^\\s*(?:发布机构|发布单位|信息来源|来源单位)\\s*[:：]?\\s*([^，,。:：\\s]{2,30}${BODY_SUFFIX})\\s*$`);
// What lengthens the title's name where the text names the issuer in full: (铁岭市)人民政府2019年度…
// (sticky: tried right after each mention of the name).
const FULLER_NAME = /(人民政府(?:办公厅|办公室)?)(?:19|20)\d{2}\s*年/y;
const NAME_BEFORE_YEAR = new RegExp(`^(.{2,30}?)${YEAR_SOURCE}`);
// The report's words in a title, which end the body's name: …外事办公室政府信息公开工作2022年度报告.
const REPORT_WORDS = /政府信息公开|政务公开|信息公开/;

/**
 * The issuer: the name before (or after) the year in the title — 铁岭市2019年度… / 2019年上海市人民政府办公厅… —
 * lengthened where the text names the same body more fully (铁岭市 → 铁岭市人民政府, 第三中学 → 安徽省涡阳第三中学).
 * A title naming no one leaves the text to name it: the name above the title, who compiled or signed the
 * report, a table's 单位, the body its paragraphs open with; else the portal's publisher.
 */
export function reportIssuer(title: string, body: string[], signedBy: string | null = null, publishedBy: () => string | null = () => null): string | null {
  // A note in brackets is no part of the name, nor a year after the title: 海关总署(本级机关)2020年…, …年度报告（2022年）.
  const t = arabicYears(toHalfWidth(title).replace(/\s+/g, '')).replace(/\([^()]{1,10}\)/g, '');
  const before = NAME_BEFORE_YEAR.exec(t)?.[1];
  const after = /^(?:19|20)\d{2}年度?(.{2,30}?)(?:政府信息公开|政务公开|信息公开)/.exec(t)?.[1];
  // A title naming no year: the body's name before its words (驼峰路街道办事处政府信息公开工作年度报告).
  const yearless = (before !== undefined && !REPORT_WORDS.test(before) ? before : undefined) ?? after ?? (namesReport(t) ? UNDATED_TITLE_NAME.exec(t)?.[1] : undefined);
  // A mirror's or portal's words before a separator are not the name (uedbet体育_uedbet官网@:西柳镇人民政府).
  let name = (yearless ?? '').replace(/[《》“”"'【】\[\]]/g, '').replace(/[_|｜:：@>»\s-]+$/, '').replace(/^.*[_|｜:：@>»\s-]/, '');
  // 某县人民政府办公室关于印发某县2021年…的通知: the report's own name follows 关于印发; with none
  // there (关于公布2015年…), the body that publishes it is the issuer.
  const about = /关于(?:印发|公布|发布|公开)?/.exec(name);
  if (about) name = name.slice(about.index + about[0].length) || name.slice(0, about.index);
  // 合水镇人民政府信息公开…: the report's words took the name's 政府.
  if (name.endsWith('人民')) name += '政府';
  if (GENERIC_NAME.test(name)) name = ''; // 2021年政府信息公开… / 2021年乡镇政府信息公开…: no name at all
  if (!name) return headingTitle(body)?.name ?? statedIssuer(body) ?? signedBy ?? namedInText(body) ?? publishedBy();
  const stated = statedIssuer(body, name);
  if (stated && namesInFull(stated, name)) return stated;
  // Only a mention that reads like the report's own title (铁岭市人民政府2019年度…) names the issuer more fully;
  // a 来源 line names the office that posted the page.
  for (const line of body.slice(0, 15)) {
    if (!line.includes('府')) continue; // …人民政府…: the only lines worth normalising
    const text = toHalfWidth(line).replace(/\s+/g, '');
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      FULLER_NAME.lastIndex = at + name.length;
      const m = FULLER_NAME.exec(text);
      if (m) return name + m[1];
    }
  }
  return name;
}

const UNDATED_TITLE_NAME = new RegExp(`^([^，。,;；:：]{2,30}?${BODY_SUFFIX})(?:关于)?(?:政府信息公开|政务公开|信息公开)`);

/** Who the text says compiled or publishes the report (由我局办公室编制 names no one), in a line naming `within` if given. */
function statedIssuer(body: readonly string[], within = ''): string | null {
  for (const line of body.slice(0, 15)) {
    const m = line.includes(within) && /编|公开|公布|发布|现将/.test(line) ? COMPILED_BY.exec(toHalfWidth(line)) : null;
    const named = m && (m[1] ?? m[2] ?? m[3]!);
    if (named && !/^[我本]/.test(named)) return named;
  }
  return null;
}

/**
 * Whether the text's statement names the title's body in full: 现发布《安徽省涡阳第三中学2022年…》 (a place
 * before the name, not a mirror's puroview.com), 由建章路街道办事处编制 (not another body: …街道党工委).
 */
function namesInFull(stated: string, name: string): boolean {
  if (stated.endsWith(name)) return /^\p{Script=Han}+$/u.test(stated.slice(0, -name.length));
  return stated.startsWith(name) && /^(?:人民政府|办事处)$/.test(stated.slice(name.length));
}

// A table's caption: 单位: 东阳市自然资源和规划局 2023年度 (not 单位：万元).
const CAPTION_NAME = new RegExp(`^\\s*(?:填报|报送|填表)?单位\\s*:\\s*([^，,。:\\s]{2,30}?${BODY_SUFFIX})(?=\\s|(?:19|20)\\d{2}|$)`);
// A paragraph that opens with the year and the body: 2022年,春城街道办事处按照…, (一)…。2022年宜城市教育局全面贯彻….
const OPENING = new RegExp(`${OPENS_WITH_YEAR},?\\s*([^，,。；;：:、\\s《》“”()]{2,20})`, 'g');
const ENDS_AS_NAME = new RegExp(`^[^，,。]{2,}${BODY_SUFFIX}$`);
// What opens such a paragraph without naming anyone: 我镇, 全年, 在县委…, 通过区政府网站….
const NOT_A_NAME = /^(?:我|本|全[年市县区镇乡省国]|各|该|在|共|通过|对|从|按照|根据|依|经|由|为|向|以|于|已|主动|累计|受理|收到)/;
const SOURCE_NAME = /(?:来源|发布机构|发布单位)\s*:\s*([^\s:|]{2,30})/;

/**
 * The body a table's caption names, or that the text's paragraphs open with: the longest name that opens
 * two of them, or one and the page's 来源 line. A name read once could be any word before a verb.
 */
function namedInText(body: readonly string[]): string | null {
  const counts = new Map<string, number>();
  const count = (name: string) => { if (ENDS_AS_NAME.test(name)) counts.set(name, (counts.get(name) ?? 0) + 1); };
  for (const raw of body.slice(0, 60)) {
    if (!raw.includes('年') && !raw.includes('单位') && !raw.includes('来源')) continue;
    const line = toHalfWidth(raw);
    const caption = CAPTION_NAME.exec(line);
    if (caption) return caption[1]!;
    const source = SOURCE_NAME.exec(line);
    if (source) count(source[1]!);
    OPENING.lastIndex = 0;
    for (let m = OPENING.exec(line); m; m = OPENING.exec(line)) {
      // Every reading of the words that ends as a name does: 区政府, 区政府国资局, 区政府国资局通过区政府….
      if (!NOT_A_NAME.test(m[2]!)) for (let end = m[2]!.length; end >= 3; end--) count(m[2]!.slice(0, end));
    }
  }
  let best: string | null = null;
  for (const [name, n] of counts) if (n >= 2 && (!best || name.length > best.length)) best = name;
  return best;
}

/** The body a portal's info grid names as publishing the page, where the page names none itself. */
export function publisher(lines: string[]): string | null {
  for (let i = 0; i < Math.min(lines.length, 200); i++) {
    const line = lines[i]!;
    if (!line.includes('发布') && !line.includes('来源')) continue;
    const m = PUBLISHER.exec(toHalfWidth(line)) ?? (/^\s*(?:发布机构|发布单位)\s*[:：]?\s*$/.test(line) ? PUBLISHER.exec(`发布机构${toHalfWidth(lines[i + 1] ?? '')}`) : null);
    if (m) return m[1]!;
  }
  return null;
}

// A line that is a body's name and nothing else (盐边县新九镇人民政府, 五常市民意乡).
const NAME_LINE = new RegExp(`^[^，。,;；:：>/|]{2,30}${BODY_SUFFIX}$`);

// 发布时间：, 【发布日期】, 发布日期 2023-01-30 (no colon, the date right after), 发布：.
const DATE_LINE = /(?:(?:发布|发表|发文|公开|成文|更新|印发|生成)?(?:时间|日期)\s*[:：】\]]|(?:发布|发表|发文|公开|成文|更新|印发|生成)(?:时间|日期)(?=\s*[\d０-９])|发布\s*[:：])\s*/;
// The label alone, its date in the next cell of a 索引号/发布机构/发文日期 grid (or on the next line).
const DATE_LABEL = /^\s*(?:发布|发表|发文|公开|成文|印发|生成)(?:时间|日期)\s*[:：]?\s*$/;
// The date a document was written or filed, not put on the page: the last resort for publishedAt.
const WRITTEN = /发文|成文|印发|生成/;
// A portal's unlabelled date line: 2022-02-10 10:02 来源：…, 2023年1月30日 星期一, [2023-01-30] alone,
// 来源:市国资委2023-01-30 19:39. A date inside a sentence is none.
const BARE_DATE_LINE = new RegExp(`^\\s*(?:${DATE_SOURCE}\\s*(?:\\d{1,2}:\\d{2}|来源|作者|浏览|阅读|点击|星期|周[一二三四五六日])|[\\[【]\\s*${DATE_SOURCE}\\s*(?:\\d{1,2}:\\d{2}(?::\\d{2})?\\s*)?[\\]】]\\s*$|(?:信息|文章)?来源\\s*:[^\\d\\s:]{1,30}?${DATE_SOURCE}\\s*(?:\\d{1,2}:\\d{2}|$))`);

// What such a line starts with, tested before normalising the line.
const BARE_DATE_START = /^\s*[\d０-９\[【［来信文]/;

/** The date a line gives as the page's (its label's, or the next cell's), and whether it is the date the document was written. */
function lineDate(lines: readonly string[], i: number): { iso: string; written: boolean } | null {
  const line = lines[i]!;
  const m = DATE_LINE.exec(line);
  if (m || (line.length < 12 && DATE_LABEL.test(line))) {
    const rest = m ? line.slice(m.index + m[0].length) : '';
    const d = findDate(rest.trim() ? rest : lines[i + 1] ?? '');
    return d && d.index < 3 ? { iso: d.iso, written: WRITTEN.test(m ? m[0] : line) } : null;
  }
  if (line.length >= 80 || !BARE_DATE_START.test(line) || !BARE_DATE_LINE.test(toHalfWidth(line))) return null;
  const d = findDate(line);
  return d && { iso: d.iso, written: false };
}

/**
 * The page's own date line (发布时间: / 发表日期:, or a bare date with its time and 来源), else the
 * portal's PubDate meta; a grid's 成文日期 or 生成日期 only where the page gives no other. The top of
 * the page first: a date line below the article counts only where none stands above it.
 */
export function publishedAt(doc: DocumentText): string | null {
  const top = Math.max(60, Math.ceil(doc.allLines.length / 2));
  let written: string | null = null;
  let below: string | null = null;
  for (let i = 0; i < doc.allLines.length; i++) {
    const d = lineDate(doc.allLines, i);
    if (!d) continue;
    if (d.written) written ??= d.iso;
    else if (i < top) return d.iso;
    else below ??= d.iso;
  }
  for (const name of ['pubdate', 'publishdate', 'firstpublishedtime', 'article:published_time']) {
    const d = doc.meta[name] ? findDate(doc.meta[name]!) : null;
    if (d) return d.iso;
  }
  return below ?? written;
}

const STANDALONE_DATE = new RegExp(`^[^\\d〇○一二三四五六七八九十]{0,30}?${DATE_SOURCE}$`);

/**
 * The closing signature: the date under it, and the body's name above it (or before it on the same
 * line). The last date under a body's name; a date under no name (a related link's) only where no
 * date stands under one.
 */
export function signature(body: string[]): { date: string; name: string | null } | null {
  let unnamed: { date: string; name: null } | null = null;
  for (let i = body.length - 1; i >= Math.floor(body.length / 3); i--) {
    if (!endsLikeDate(body[i]!)) continue;
    const line = toHalfWidth(body[i]!).replace(/[\s?]+/g, '');
    if (line.length > 40 || DATE_LINE.test(line)) continue;
    const m = STANDALONE_DATE.exec(line);
    const date = m ? isoDate(m[1]!, m[2]!, m[3]!) : null;
    if (!m || !date) continue;
    const before = line.slice(0, m.index) || (i > 0 ? toHalfWidth(body[i - 1]!).replace(/[\s?]+/g, '') : '');
    if (SIGNATURE_NAME.test(before)) return { date, name: before };
    unnamed ??= { date, name: null };
  }
  return unnamed;
}

// A body's name as signed under a report: short, ending as a body's name does.
const SIGNATURE_NAME = new RegExp(`^[^，。,;；:：]{2,30}${BODY_SUFFIX}$`);

// What the normalisation in signature() removes (white space, the ? noise, invisible characters), and
// what a date ends with (日, a digit), each as it may stand in the raw line.
const REMOVED = /[\s?？\u200B-\u200F\u2060\u00AD]/y;
const DATE_END = /[\d０-９日〇○OＯ零一二三四五六七八九十]/y;

/** Whether the line, once normalised, ends as STANDALONE_DATE does. Most lines end in 。 and are skipped before normalising them. */
function endsLikeDate(raw: string): boolean {
  for (let i = raw.length - 1; i >= 0; i--) {
    REMOVED.lastIndex = DATE_END.lastIndex = i;
    if (!REMOVED.test(raw)) return DATE_END.test(raw);
  }
  return false;
}

// The end's year may carry a typed-twice digit or two (至202020年12月31日): its first four digits count;
// its 日 may be lost (至12月31止); it may be written in figures (至2022-12-31, 2022.1.1-2022.12.31). A comma
// may stand before 至 (自2023年1月1日起,至…), the dash may be doubled (——).
const PERIOD_WORDS = '(?:统计期限|统计时限|统计时间|统计周期|统计数据|数据统计|所列数据|统计区间)';
const PERIOD_SPAN = '(?:起)?,?\\s*(?:至|到|[—－\\-~～]+)';
const PERIOD = new RegExp(`(?:${PERIOD_WORDS}|涵盖)[^。;；]{0,20}?(?:自|从|为)?:?\\s*${DATE_SOURCE}\\s*${PERIOD_SPAN}\\s*(?:(?:(\\d{4}|[〇○零一二三四五六七八九]{4})\\d{0,4}\\s*年)?\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})|(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2}))`);
// A year that lost its 年 before the month (20231月1日至202312月31日).
const LOST_NIAN = /((?:19|20)\d{2})(?=\d{1,2}月)/g;
// Pages that lost the 月 (and 年) of the dates: "统计数据时限为2018年11日至2018年1231日", "自202111日起至20211230日止".
const COMPACT_PERIOD = new RegExp(`${PERIOD_WORDS}[^。;；]{0,20}?(?:自|从|为)?((?:19|20)\\d{2})年?(\\d{2,4})日${PERIOD_SPAN}(?:((?:19|20)\\d{2})年?)?(\\d{2,4})日`);
const AS_OF = new RegExp(`(?:截止|截至|截止到|截至到)\\s*${DATE_SOURCE}`);

/**
 * The 统计期限: "统计期限自2019年1月1日起至2019年12月31日止" (the end's year may be left out), also where
 * the page broke the sentence over two lines. Where a report states no period but counts
 * "截止2018年11月29日", the period is the year up to that day — unless it counts other figures for the
 * whole year (全年共收到申请5件): then the date only dates its one figure.
 */
export function reportPeriod(body: string[], year: number | null): DocumentMeta['period'] {
  // A period whose dates lost their 月 counts only where no line states one whole.
  let compact: DocumentMeta['period'] = null;
  for (let i = 0; i < body.length; i++) {
    const line = body[i]!;
    if (!line.includes('统计') && !line.includes('数据') && !line.includes('涵盖')) continue;
    const period = periodIn(line) ?? (line.trimEnd().endsWith('。') ? null : periodIn(line + (body[i + 1] ?? '')));
    if (period) return period;
    if (!compact && !line.includes('月')) compact = compactPeriod(COMPACT_PERIOD.exec(toHalfWidth(line).replace(/\s+/g, '')));
  }
  if (compact) return compact;
  if (body.some((line) => line.includes('全年'))) return null;
  for (const line of body) {
    if (!line.includes('截')) continue;
    const m = AS_OF.exec(toHalfWidth(line).replace(/\s+/g, ''));
    if (!m) continue;
    const end = isoDate(m[1]!, m[2]!, m[3]!);
    if (end && (year === null || Number(end.slice(0, 4)) === year)) return { start: `${end.slice(0, 4)}-01-01`, end };
  }
  return null;
}

function periodIn(line: string): DocumentMeta['period'] {
  let text = toHalfWidth(line).replace(/\s+/g, '');
  if (text.includes('月')) text = text.replace(LOST_NIAN, '$1年');
  const m = PERIOD.exec(text);
  if (!m) return null;
  const start = isoDate(m[1]!, m[2]!, m[3]!);
  const startYear = Number(start?.slice(0, 4));
  const endYear = m[7] ? Number(m[7]) : m[4] ? chineseNumber(m[4]) : startYear;
  // A year mistyped into one before the start (至2002年…) is the start's year.
  const end = isoDate(endYear < startYear ? startYear : endYear, m[5] ?? m[8]!, m[6] ?? m[9]!);
  return start && end ? { start, end } : null;
}

function compactPeriod(m: RegExpExecArray | null): DocumentMeta['period'] {
  const start = m && compactDate(m[1]!, m[2]!);
  const end = m && compactDate(m[3] ?? m[1]!, m[4]!);
  return start && end && start < end ? { start, end } : null;
}

/** A date whose month and day ran together (11 → 1月1日, 1231 → 12月31日), where only one reading is a date. */
function compactDate(year: string, monthDay: string): string | null {
  const readings = monthDay.length === 2 ? [[1, 1]] : monthDay.length === 4 ? [[2, 2]] : [[1, 2], [2, 1]];
  const dates = readings.map(([m]) => isoDate(year, monthDay.slice(0, m), monthDay.slice(m))).filter((d) => d !== null);
  return dates.length === 1 ? dates[0]! : null;
}

// The standard part titles, for headings run into the text that follows them (一、总体情况2019年，…).
const PART_TITLES = ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况',
  '政府信息公开工作存在的主要问题及改进情况', '存在的主要问题及改进情况', '其他需要报告的事项', '其它需要报告的事项'];
const HEADING = /^\s*([一二三四五六七八九十]{1,3})?\s*[、.．]\s*(\S.*)$/;
const INLINE_PART = new RegExp(`([一二三四五六七八九十]{1,3})[、.．]\\s*(${PART_TITLES.map((t) => t.replace(/[、]/g, '.?')).join('|')})`, 'g');

const PART_KEYS = new Set(PART_TITLES.map(labelKey)); // each ends in 况 or 项, which labelKey() keeps
const HEADING_START = /^[\s?？]*[一二三四五六七八九十]{0,3}\s*[、.．]/;

// A whole report in one paragraph, its headings set apart by spaces: "…如下: 一、政府信息主动公开情况 2013年度…".
const RUN_ON_HEADING = /(?:^|[\s。：:；;])([一二三四五六七八九十]{1,2})、\s*([^\s。，,；;：:]{2,30}?)(?=\s)/g;

/** Headings run on in one paragraph: three or more, numbered 一、二、三… in turn. */
function runOnHeadings(line: string): DocumentMeta['sections'] {
  const found: DocumentMeta['sections'] = [];
  RUN_ON_HEADING.lastIndex = 0;
  for (let m = RUN_ON_HEADING.exec(line); m; m = RUN_ON_HEADING.exec(line)) {
    if (chineseNumber(m[1]!) !== found.length + 1) break;
    found.push({ number: m[1]!, title: m[2]! });
  }
  return found.length >= 3 ? found : [];
}

// 第一部分 总体情况: a top-level heading by its words.
const PART_HEADING = /^\s*第([一二三四五六七八九十]{1,3})部分\s*[、.．:：]?\s*(\S.{0,30})$/;
// (一)总体情况, 1.总体情况: a sub-heading's numbering, top-level only on a page that numbers its parts no other way.
const SUB_HEADING = /^\s*(?:[(（]\s*([一二三四五六七八九十]{1,3})\s*[)）]|(\d{1,2})\s*[.．、])\s*(\S.{0,30})$/;

/**
 * Top-level headings (一、… 二、…, 第一部分…) as found, in order: lines that are a numbered short title, or
 * standard part titles inside run-on text. Where there are none, the standard part titles numbered as
 * sub-headings are ((一)总体情况, 1.总体情况).
 */
export function reportSections(body: string[]): DocumentMeta['sections'] {
  const sections: DocumentMeta['sections'] = [];
  const subNumbered: DocumentMeta['sections'] = [];
  for (const raw of body) {
    const part = raw.includes('部分') ? PART_HEADING.exec(toHalfWidth(raw)) : null;
    if (part) {
      sections.push({ number: part[1]!, title: part[2]!.trim().replace(/[。:：]$/, '') });
      continue;
    }
    const sub = raw.length < 40 && (raw.includes('况') || raw.includes('项')) ? SUB_HEADING.exec(toHalfWidth(raw)) : null;
    if (sub && PART_KEYS.has(labelKey(sub[3]!))) subNumbered.push({ number: sub[1] ?? sub[2]!, title: sub[3]!.trim() });
    if (HEADING_START.test(raw)) {
      const line = toHalfWidth(raw).replace(/[?]/g, '').trim();
      const h = HEADING.exec(line);
      const title = h?.[2]?.trim() ?? '';
      const key = labelKey(title);
      if (h && key.length > 0 && key.length <= 30 && !/[。；;]/.test(title.slice(0, -1))) {
        sections.push({ number: h[1] ?? '', title: title.replace(/[。:：]$/, '') });
        continue;
      }
    } else if (raw.length < 30 && (raw.includes('况') || raw.includes('项')) && PART_KEYS.has(labelKey(raw))) {
      sections.push({ number: '', title: toHalfWidth(raw).replace(/[?]/g, '').trim() });
      continue;
    }
    // Headings run into the text that follows them (一、总体情况2019年，…) on pages that lost their line breaks.
    if (raw.length > 40 && (raw.includes('情况') || raw.includes('事项'))) {
      const line = toHalfWidth(raw);
      const found: DocumentMeta['sections'] = [];
      // exec, not matchAll: matchAll copies the RegExp on every call.
      INLINE_PART.lastIndex = 0;
      for (let m = INLINE_PART.exec(line); m; m = INLINE_PART.exec(line)) found.push({ number: m[1]!, title: m[2]! });
      const runOn = line.includes('三、') ? runOnHeadings(line) : [];
      sections.push(...(runOn.length > found.length ? runOn : found));
    }
  }
  return sections.length > 0 ? sections : subNumbered;
}
