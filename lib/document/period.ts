// The 统计期限: the span of time the report's figures cover.
import type { DocumentMeta } from '../schema.ts';
import { squeezed, toHalfWidth } from '../text/normalize.ts';
import { chineseNumber, DATE_SOURCE, isoDate } from './dates.ts';
import { isProse, type Located, rawSpan, type Spot, wholeLine } from './page-text.ts';
import { OUTLINE_HEADING } from './sections.ts';
import { isTitleLine } from './title.ts';

// 报告时间, 报告期 as a page may space them (本报告 时间为…): the lines worth reading for them.
const REPORT_SPAN = /报\s*告\s*(?:时\s*间|期)/;
// The words naming the span, 本报告时间为…, 报告期为… among them (报告期内, 报告期间 date what was done in it);
// the data's own (本报告中所统计的数据时限为…, jx-fengxin-ganfang-2020; 本报告采用数据的时间节点为…, jl-dongliao-liaoheyuan-2021;
// 报告采用数据为…, 南关区永吉街道 2024); 统计期 alone (所涉数据的统计期自…至…止, 无锡锡山区安镇街道 2024), not 统计期内;
// the time its information was checked up to, as 应急管理部 says it each year (所涉及信息核定时间为2023年1月1日至…);
// 统计日期 as a school may name its span (统计日期为2025年1月1日—2025年10月31日, nczy-2025); 起止时间 where it opens a
// sentence, follows the report's name or is the data's (…组成。起止时间为…, 海林市 2021; …年度报告,起止时间为2024年1月1日至…,
// 鄠邑区教育局 2024; 各项数据核定的起止时间为…, 乌鲁木齐市 2021; 所列举数据的统计起止时间为…, 霞山区教育局 2022), not an event's (征求意见起止时间为…; 开展专项行动，起止时间为…).
const PERIOD_WORDS = '(?:统计期限|统计期间|统计时限|统计时间|统计日期|统计周期|统计数据|数据统计|所列数据|统计区间|数据时限|数据的?时间节点|采用的?数据|报告时间|报告期(?![内间中末])|统计期(?![内中末])|信息核定时间|(?:^|[。;；]|报告[,，]|核定的?|统计的?)起止时间)';
// A comma may stand before 至 (自2023年1月1日起,至…, 自2024年1月1日始至…), the dash may be doubled (——); the start
// may be named the day the 《条例》 came into force (北京 reports: 自2009年1月1日《条例》实施之日起,至2009年12月31日止).
const PERIOD_SPAN = '(?:《[^》]{1,12}》(?:正式)?(?:实施|施行)之日)?(?:起|始)?,?\\s*(?:至|到|[—－\\-~～]+)';
// The end's year may carry a typed-twice digit or two (至202020年12月31日): its first four digits count; its 年 may be
// mistyped (至2020你那12月31日, pingyang-scjgj-2020: a slip of the input method); it may be left out (至12月31日), and the
// 日 lost (至12月31止).
const END_YEAR = '(?:(\\d{4}|[〇○零一二三四五六七八九]{4})\\d{0,4}\\s*(?:年|[^\\d\\s年月日至止。，,;；]{1,2}(?=\\s*\\d{1,2}\\s*月)))?';
const END_MONTH_DAY = '\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})';
// …or the end is written in figures (至2022-12-31, 2022.1.1-2022.12.31).
const END_IN_FIGURES = '(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})';
const DATES = `${DATE_SOURCE}\\s*${PERIOD_SPAN}\\s*(?:${END_YEAR}${END_MONTH_DAY}|${END_IN_FIGURES})`;
const PERIOD = new RegExp(`(?:${PERIOD_WORDS}|涵盖)[^。;；]{0,20}?(?:自|从|为)?:?\\s*${DATES}`, 'd');
// A school's report may name its span only as the work it accounts for (我校根据2022年9月1日至2023年8月31日信息公开工作的实际
// 情况编写了本年报, school-ecust-2023): the dates right after 根据, the 信息公开工作's 实际情况 closing the clause; not a span of
// something else done (根据2022年6月1日至30日开展的自查…, …至6月30日专项检查的实际情况).
const ACCOUNTED_SPAN = new RegExp(`根据${DATES}(?=[^。;；，,]{0,6}?信息公开工作的?实际情况)`, 'd');
// A paragraph that opens with the dates alone (2020年1月1日至2020年12月31日,我局…; 自2016年1月1日起至…止,我镇…): the
// report's span where they are its year whole, read only where no line names one.
const OPENING_DATES = new RegExp(`^(?:自|从)?${DATES}`, 'd');
// A year that lost its 年 before the month (20231月1日至202312月31日).
const LOST_NIAN = /((?:19|20)\d{2})(?=\d{1,2}月)/g;
// Pages that lost the 月 (and 年) of the dates: "统计数据时限为2018年11日至2018年1231日", "自202111日起至20211230日止",
// the overview's span too ("内容涵盖梅县区人民政府办公室201911日起至1231日期间的…工作情况", gd-meixian-2019); the 至 and
// the end's 日 lost as well where 起 and 止 still close the dates ("统计期限自201011日起20101231止", customs-2010).
const COMPACT_PERIOD = new RegExp(`(?:${PERIOD_WORDS}|涵盖)[^。;；]{0,20}?(?:自|从|为)?((?:19|20)\\d{2})年?(\\d{2,4})日(?:${PERIOD_SPAN}|起(?=(?:19|20)\\d{6}止))(?:((?:19|20)\\d{2})年?)?(\\d{2,4})(?:日|(?=止))`, 'd');
// The words naming the report's own span (not 统计数据 or 所列数据, which may open any sentence).
const SPAN_WORDS = '(?:统计期限|统计期间|统计时限|统计时间|统计周期|统计区间|数据时限)';
// …and pages that lost the 至 as well, the two dates run into one (统计期限为2025111231日, gs-xingguo-2025).
const RUN_PERIOD = new RegExp(`${SPAN_WORDS}[^。;；\\d]{0,12}((?:19|20)\\d{2})年?(\\d{6,12})日`, 'd');
// A period in whole years (统计期限自2003 年至2008 年止, haiyan-hdb-2008): the first's 1 January to the last's 31 December.
// Only as the report's own span: closed by 止, or ending in the report's year where the clause ends there
// (统计时间为2016年至2020年的…数据汇编, or …2016年至2020年，共5年的…汇编, describes something published).
const YEARS_PERIOD = new RegExp(`(?:统计期限|统计期间|统计时限|统计时间|统计区间)[^。;；\\d]{0,8}?(?:自|从|为)((?:19|20)\\d{2})年${PERIOD_SPAN}((?:19|20)\\d{2})年(?=(止)|[。;；,，]|$)`, 'd');
// A period of one whole year named as such (本报告统计期限为2023年度, 统计期限为2024年度。, 统计时间：2023年全年): that
// calendar year. Only where the year closes the clause (统计期限为2023年度政府信息… names no span).
const YEAR_PERIOD = new RegExp(`${SPAN_WORDS}[^。;；\\d]{0,8}?(?:为|是|[:：])?\\s*((?:19|20)\\d{2})\\s*年(?:度(?:全年)?|全年)(?=[。;；,，)）]|$)`, 'd');
// The day figures are counted up to, where the clause opens with it (截至2018年11月29日，共公开…) or the report
// says it (本报告数据截至…), or the data's, said as one (所列数据截止日期为2024年12月31日, 统计数据截至…, 统计时限截至…); not any
// deadline (意见征集截止到2021年5月31日, 统计报表报送截止时间为…).
const AS_OF_WORDS = '(?:(?:数据|统计)(?:数据|时间|期限|时限)?的?(?:截止|截至)到?(?:日期|时间)?(?:为|是)?|(?:^|[，,。;；:：]|本(?:年度)?报告)(?:截止|截至)到?)';
const AS_OF = new RegExp(`${AS_OF_WORDS}\\s*${DATE_SOURCE}`, 'd');
// …and the year's end as a page that lost its 年 and 月 prints it (所列数据截止日期为20251231日, dc-jcz-2025): the report's year whole.
const AS_OF_LOST = new RegExp(`${AS_OF_WORDS}\\s*((?:19|20)\\d{2})年?1231日`, 'd');
// A count the page gives for the whole year (全年共收到政府信息公开申请5件, 全年主动公开信息165条); 全年未发生…,
// 全年统一… count nothing.
const WHOLE_YEAR_COUNT = /全年[^。；;]{0,20}?(?:\d+|[两二三四五六七八九十百千]+)余?(?:件|条|次|个|篇|份|项)/;

/**
 * The 统计期限: "统计期限自2019年1月1日起至2019年12月31日止" (the end's year may be left out), also where
 * the page broke the sentence over two lines. Where a report states no period but counts
 * "截止2018年11月29日", the period is the year up to that day — unless it counts other figures for the
 * whole year (全年共收到申请5件): then the date only dates its one figure. Where: from its first date to its last.
 * `title`: the report's (title.ts reportTitle), for a quarter or half-year only it names (partOfYear).
 */
export function reportPeriod(body: readonly string[], year: number | null, title = '', links: ReadonlySet<number> = NO_LINKS): ReadPeriod | null {
  let byKey = READ.get(body);
  if (!byKey) READ.set(body, (byKey = new Map()));
  // The links are the body's own (extract's bodyLinks, the rules' ctx.links): one set a body, no part of the key.
  const key = `${year} ${title}`;
  let read = byKey.get(key);
  if (read === undefined) byKey.set(key, (read = readPeriod(body, year, title, links)));
  return read;
}

const NO_LINKS: ReadonlySet<number> = new Set();

// extract reads the period, and document/period-legible reads it again for where it stands and whether its dates were
// whole: the same lines, year and title, read once.
const READ = new WeakMap<readonly string[], Map<string, ReadPeriod | null>>();

function readPeriod(body: readonly string[], year: number | null, title: string, links: ReadonlySet<number>): ReadPeriod | null {
  // A period whose dates lost their 月, or that names whole years, counts only where no line states one in dates.
  let compact: ReadPeriod | null = null;
  for (let i = 0; i < body.length; i++) {
    const line = body[i]!;
    const accounted = line.includes('实际情况');
    if (!accounted && !line.includes('统计') && !line.includes('数据') && !line.includes('涵盖') && !line.includes('核定') && !line.includes('起止') && !(line.includes('报') && REPORT_SPAN.test(line))) continue;
    // Squeezed once: the line run on into the next squeezes as the two lines squeezed one after the other.
    const text = squeezed(line);
    const own = periodIn(text) ?? (accounted ? periodIn(text, ACCOUNTED_SPAN) : null);
    const joined = own || line.trimEnd().endsWith('。') ? null : periodIn(text + squeezed(body[i + 1]));
    const found = own ?? joined;
    if (found) return { value: found.period, at: spotIn(body, i, found.span), garbled: found.garbled };
    if (!compact) {
      const m = line.includes('月') ? null : COMPACT_PERIOD.exec(text);
      const years = m ? null : YEARS_PERIOD.exec(text);
      const own = years && Number(years[1]) <= Number(years[2]) && (years[3] !== undefined || Number(years[2]) === year);
      const run = m || own || year === null || line.includes('月') ? null : RUN_PERIOD.exec(text);
      const whole = run !== null && Number(run[1]) === year && isWholeYearRun(run[2]!, run[1]!);
      const named = m || own || whole ? null : YEAR_PERIOD.exec(text);
      const lost = m || own || whole || named || year === null || line.includes('月') ? null : AS_OF_LOST.exec(text);
      const yearEnd = lost !== null && Number(lost[1]) === year;
      const period = m ? compactPeriod(m) : own ? { start: `${years[1]}-01-01`, end: `${years[2]}-12-31` }
        : whole || yearEnd ? { start: `${year}-01-01`, end: `${year}-12-31` } : named ? { start: `${named[1]}-01-01`, end: `${named[1]}-12-31` } : null;
      if (period) compact = { value: period, at: spotIn(body, i, datesOf((m ?? (own ? years : whole ? run : yearEnd ? lost : named))!)), garbled: !own && !named && 'lost' };
    }
  }
  if (compact) return compact;
  const part = partOfYear(body, title, links);
  if (part) return part;
  for (let i = 0; i < body.length; i++) {
    const found = /^(?:自|从)?\s*(?:19|20)/.test(body[i]!) ? periodIn(squeezed(body[i]!), OPENING_DATES) : null;
    if (found && isWholeYear(found.period, year)) return { value: found.period, at: spotIn(body, i, found.span), garbled: found.garbled };
  }
  if (body.some((line) => line.includes('全年') && WHOLE_YEAR_COUNT.test(toHalfWidth(line)))) return null;
  for (let i = 0; i < body.length; i++) {
    const line = body[i]!;
    if (!line.includes('截')) continue;
    const m = AS_OF.exec(squeezed(line));
    if (!m) continue;
    const end = isoDate(m[1]!, m[2]!, m[3]!);
    if (end && (year === null || Number(end.slice(0, 4)) === year)) return { value: { start: `${end.slice(0, 4)}-01-01`, end }, at: spotIn(body, i, datesOf(m)), garbled: false };
  }
  return null;
}

type Period = NonNullable<DocumentMeta['period']>;

// A heading naming a quarter's or a half-year's report or figures (某县人民政府2023年第一季度政府信息公开工作报告, 2022年上半年政府
// 信息公开数据统计: shanghai-putuo-2022h1): its span is that part of the year, not the year a title's year would make it. Only
// a heading's (no sentence's: 2022年上半年,全区…受理申请267件 counts within whatever span the report covers), and one
// above the text: below its first part or sentence, a line is a part's heading (（一）2019年上半年政务公开工作情况) or a
// link to another page (上一篇：胡市镇2020年上半年政府信息公开工作情况), not the report's; nor, above it, a line that links
// to another page (a column's list of its articles above an annual report's title: 某镇2022年上半年政府信息公开工作情况).
// A page's <title> may go on with its site's name after the heading's words (…政府信息公开工作报告_某县人民政府, as title.ts
// TITLE_PARTS splits it; or after a dash, …工作报告 - 某县人民政府门户网站, which the report's title keeps).
const PART_OF_YEAR = /^[^。，,；;]{0,30}?((?:19|20)\d{2})\s*年度?\s*(?:第([一二三四1-4])季度|([上下])半年)[^。，,；;]{0,30}?(?:政府信息公开|政务公开)[^。，,；;]{0,20}?(?:报告|情况|统计)(?=\s*[_|｜\-—–]|$)/d;
const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'];

/** The part of a year a heading names its report's span (PART_OF_YEAR): the span, and where in the line its words stand; null where it names none. */
function partOfYearIn(line: string): { period: Period; start: number; end: number } | null {
  if (!line.includes('季度') && !line.includes('半年')) return null;
  const m = PART_OF_YEAR.exec(squeezed(line));
  if (!m) return null;
  const year = m[1]!, quarter = m[2] ? '一二三四1234'.indexOf(m[2]) % 4 : null;
  const [start, end] = quarter !== null ? [`${String(quarter * 3 + 1).padStart(2, '0')}-01`, QUARTER_ENDS[quarter]!]
    : m[3] === '上' ? ['01-01', '06-30'] : ['07-01', '12-31'];
  return { period: { start: `${year}-${start}`, end: `${year}-${end}` }, start: m.indices![1]![0], end: (m.indices![2] ?? m.indices![3])![1] + 2 };
}

// A heading naming the year's report (保康县2020年度政府信息公开工作年度报告, …年报): no part of the year. A title's, its year
// in it: a breadcrumb's column (首页 > 政务公开 > 政府信息公开年度报告) holds half-year reports too.
const YEARS_REPORT = /年度|年报/;

/**
 * The part of a year a heading names its report's span (PART_OF_YEAR), and where; else the part the page's title names
 * (a portal's <title>: the article's title, then its site's name), where the page prints no such heading above the text
 * (at: null, no line gives it), nor one naming the year's report: a <title> saying 上半年 over the heading 保康县2020年度…
 * 年度报告 is the portal's slip, the page's own heading the report's; null where neither does.
 */
function partOfYear(body: readonly string[], title: string, links: ReadonlySet<number>): ReadPeriod | null {
  let annual = false;
  for (let i = 0; i < body.length && !OUTLINE_HEADING.test(body[i]!) && !isProse(body[i]!); i++) {
    if (links.has(i)) continue; // a link names another page's span, not this report's
    const part = partOfYearIn(body[i]!);
    if (part) return { value: part.period, at: spotIn(body, i, part), garbled: false };
    annual ||= YEARS_REPORT.test(body[i]!) && isTitleLine(body[i]!);
  }
  const titled = annual ? null : partOfYearIn(title);
  return titled && { value: titled.period, at: null, garbled: false };
}

/**
 * The words (2023年第一季度, 2022年上半年) where the report's title names a quarter's or a half-year's report and its
 * period is that span: a report of the office's work for part of the year, not the annual report whose tables, parts
 * and whole year the format demands. Null for any other report.
 */
export function partOfYearReport(title: string, period: Period | null): string | null {
  const part = period ? partOfYearIn(title) : null;
  return part && part.period.start === period!.start && part.period.end === period!.end ? squeezed(title).slice(part.start, part.end) : null;
}

/**
 * A period read, and how its dates were garbled, if they were: their 年 or 月 lost (20231月1日至202312月31日,
 * 自202411日起至20241231日止), read where one reading alone is a date; or the end's 年 mistyped (至2020你那12月31日).
 */
interface ReadPeriod extends Located<Period> { garbled: Garbling }
/** How the dates of a period read were garbled on the page; false where they were whole. */
type Garbling = false | 'lost' | 'mistyped';

/**
 * Whether the digits after a year that lost its 年, 月 and 至 (the 111231 of 2025111231日) read as that year whole and
 * only so: 1月1日 (11, 0101), the year again or not, 12月31日 (1231). No other split of them is a span of dates;
 * any other run of digits is left unread (20251231 reads as 1月2日 to 3月1日 as well as one date).
 */
function isWholeYearRun(digits: string, year: string): boolean {
  if (!digits.endsWith('1231')) return false;
  const start = digits.slice(0, -4);
  const first = start.endsWith(year) ? start.slice(0, -4) : start;
  return first === '11' || first === '0101';
}

// The words that name the report's own span, then dates for it (a year, later a 日), whether or not they read as one:
// 统计期限自2017年1月日起至2017年12月31日止 (yj-qiaoxia-2017, a day lost); or none, the template's blanks left
// unfilled, bare or with their 年月日 (本报告所列数据的统计期限自至。: 平潭县人民政府's 2013 report; 统计期限自年月日起至年月日止,
// 统计期限为   年   月   日至   年   月   日, its spaces squeezed out).
const EMPTY_DATE = '年月?日?';
const PERIOD_STATEMENT = new RegExp(`${SPAN_WORDS}(?:[^。;；\\d]{0,12}(?:19|20)\\d{2}[^。;；]{0,30}日|[为是]?(?:[自从](?:${EMPTY_DATE})?|${EMPTY_DATE})起?[至到](?:${EMPTY_DATE})?止?(?=[。;；，,]|$))`);

/** The words where a line states the period in dates, as squeezed (统计期限为2025111231日): for a note where no period was read. */
export function periodStatement(lines: readonly string[]): string | null {
  for (const line of lines) {
    if (!line.includes('统计') && !line.includes('时限')) continue;
    const m = PERIOD_STATEMENT.exec(squeezed(line));
    if (m) return m[0];
  }
  return null;
}

/** A match's dates in the text it matched: from its first group (the first date's year) to its end. */
const datesOf = (m: RegExpExecArray): { start: number; end: number } => ({ start: m.indices![1]![0], end: m.index + m[0].length });

/**
 * Where the squeezed characters `span` of body line i stand, or of it run on into the next line (the part on
 * whichever line holds the span's start); the whole line where the span is not known.
 */
function spotIn(body: readonly string[], i: number, span: { start: number; end: number } | null): Spot {
  if (!span) return wholeLine('body', body, i);
  const line = body[i]!;
  const raw = rawSpan(line + (body[i + 1] ?? ''), span.start, span.end, /\s/);
  return raw.start < line.length ? { lines: 'body', line: i, start: raw.start, end: Math.min(raw.end, line.length) }
    : { lines: 'body', line: i + 1, start: raw.start - line.length, end: raw.end - line.length };
}

/** The period a squeezed text states, where in it, and whether its dates had lost a 年 put back to read them or mistyped one. */
function periodIn(squeezedText: string, pattern = PERIOD): { period: Period; span: { start: number; end: number }; garbled: Garbling } | null {
  // Where the 年s put back stand in the text read, to take the span back to the page's characters.
  const added: number[] = [];
  const text = squeezedText.includes('月')
    ? squeezedText.replace(LOST_NIAN, (year: string, _: string, at: number) => { added.push(at + year.length + added.length); return `${year}年`; })
    : squeezedText;
  const m = pattern.exec(text);
  if (!m) return null;
  const start = isoDate(m[1]!, m[2]!, m[3]!);
  const startYear = Number(start?.slice(0, 4));
  const endYear = m[7] ? Number(m[7]) : m[4] ? chineseNumber(m[4]) : startYear;
  // A year mistyped into one before the start (至2002年…) is the start's year.
  const end = isoDate(endYear < startYear ? startYear : endYear, m[5] ?? m[8]!, m[6] ?? m[9]!);
  // The end's 日, which the pattern leaves out (a page may lose it), is the date's where it stands.
  const span = datesOf(m);
  if (text[span.end] === '日') span.end++;
  const before = (at: number) => added.filter((a) => a < at).length;
  // The end year's 年 mistyped: between its digits and the month stands no 年.
  const slipped = m[4] !== undefined && !text.slice(m.indices![4]![1], m.indices![5]![0]).includes('年');
  const garbled: Garbling = before(span.end) > before(span.start) ? 'lost' : slipped && 'mistyped';
  return start && end ? { period: { start, end }, span: { start: span.start - before(span.start), end: span.end - before(span.end) }, garbled } : null;
}

/** Whether a period is one calendar year whole, the report's where its year is known. */
const isWholeYear = ({ start, end }: Period, year: number | null): boolean =>
  start.endsWith('-01-01') && end === `${start.slice(0, 4)}-12-31` && (year === null || Number(start.slice(0, 4)) === year);

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

