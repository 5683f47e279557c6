// The year the report tells of.
import { toHalfWidth } from '../text/normalize.ts';
import { arabicYears, findYear, isSchools, TO_NEXT_YEAR, yearIn, yearsIn } from './dates.ts';
import { type Located, NO_LINKS, rawSpan, type Spot, type SpotLines, spotText } from './page-text.ts';
import { PRESENTS, PUBLISHES_NOW, REPORT_WORDS } from './title.ts';

// A year the text's first lines name before the report's words: 2020年度政府信息公开工作…; not the next year's the report
// plans for, which a page cut from its top may bring among them (sinan-tingziba-2014: 为此,2015年政府信息公开工作我们将采取以下措施).
const YEAR_OF_REPORT = new RegExp(`((?:19|20)\\d{2})\\s*年度?${REPORT_WORDS}(?![^。，,；;\\n]{0,8}?(?:将|计划|打算|思路|要点))`, 'd');
// …and the year the report gives itself where it puts itself forward: 现将2022年度政府信息公开工作报告如下.
const STATED_YEAR = new RegExp(`(?:${PRESENTS}|${PUBLISHES_NOW})[^。\\n\\d]{0,30}?${YEAR_OF_REPORT.source}[^。\\n]{0,12}?(?:报告|年报)`, 'd');

/** The first of the text's first lines (links aside) that a pattern whose first group is a year matches: that year, where it stands. */
function firstYear(re: RegExp, lines: readonly string[], links: ReadonlySet<number>): Located<number> | null {
  for (let i = 0, seen = 0; i < lines.length && seen < 10; i++) {
    if (links.has(i)) continue;
    seen++;
    const m = re.exec(toHalfWidth(lines[i]!));
    if (m) return { value: Number(m[1]), at: yearAt(lines, i, m) };
  }
  return null;
}

/**
 * The year the report gives itself in the sentence that puts it forward (现将2022年度…报告如下), where it stands; none
 * for a school's, whose 学年 the ministry names by the year it ends in (现将我校2022年信息公开年度报告…).
 */
export const statedYear = (lines: readonly string[], school: boolean, links: ReadonlySet<number> = NO_LINKS): Located<number> | null =>
  (school ? null : firstYear(STATED_YEAR, lines, links));

/**
 * The year the title names, else the one the report gives itself, else the period's, else the one the text's
 * first lines name for the report or tell of; a link's text (`links`: a menu's, a sidebar's report of another year)
 * is none of the text's. The report's own word comes before the period: a 统计期限 copied from last year's report
 * is the slip (qiannan-jt-2022: 现将2022年度…报告如下, 统计期限自2021年1月1日起), which year-agrees then tells. Where:
 * the title's on the page (`titleAt`, where it names the year), the period's, or the year's in the line that names it.
 * `school`: the report is a school's (dates.ts schoolOf), its title's two years one 学年.
 */
export function reportYear(title: string, period: Located<{ start: string }> | null, lines: string[], links: ReadonlySet<number> = NO_LINKS, titleAt: Spot | null = null, school = isSchools(title, lines)): Located<number> | null {
  const named = yearIn(title, school);
  if (named !== null) return { value: named, at: titleAt };
  const stated = statedYear(lines, school, links);
  if (stated) return stated;
  if (period) return { value: Number(period.value.start.slice(0, 4)), at: period.at };
  const ofReport = firstYear(YEAR_OF_REPORT, lines, links);
  if (ofReport) return ofReport;
  const body = lines.flatMap((line, i) => (links.has(i) ? [] : [{ line, i }]));
  const most = mostNamedYear(body.slice(0, 60).map((b) => b.line));
  if (most !== null) return { value: most, at: null };
  return openingYear(lines, body.slice(0, 60));
}

// Two years a title names as one span: 2020-2021学年, 2022—2023学年度, 2019-2020年度.
const SPAN = new RegExp(`(?:19|20)\\d{2}${TO_NEXT_YEAR}\\s*(?:学年度?|年度?)`);

/**
 * The span of two years the title's year is read from, as the title writes it, and whether it was read as a 学年 (by the
 * year it starts in) or as the years up to the last (a county's 2019-2020年度): the reader is told which year that gave.
 */
export function titleSpan(title: string, school: boolean): { span: string; year: number; schoolYear: boolean } | null {
  const text = arabicYears(toHalfWidth(title));
  const found = findYear(text, school);
  const span = found ? SPAN.exec(text) : null;
  if (!found || !span || found.start < span.index || found.end > span.index + span[0].length) return null;
  return { span: span[0].replace(/\s+/g, ''), year: found.year, schoolYear: found.schoolYear };
}

/** Where the year a match's first group read stands in body line i. */
function yearAt(lines: readonly string[], i: number, m: RegExpExecArray): Spot {
  return { lines: 'body', line: i, ...rawSpan(lines[i]!, m.indices![1]![0], m.indices![1]![1]) };
}

/** Where the title's place on the page (reportTitle's `at`) names the title's year, if it does (`school`: a school's report, as reportYear reads it). */
export function titleYearAt(title: string, at: readonly Spot[], doc: SpotLines, school = isSchools(title)): Spot | null {
  for (const spot of at) {
    const line = spotText(doc, spot);
    const found = findYear(line.slice(spot.start, spot.end), school);
    if (!found) continue;
    const span = rawSpan(line.slice(spot.start), found.start, found.end);
    return found.year === yearIn(title, school) ? { ...spot, start: spot.start + span.start, end: spot.start + span.end } : null;
  }
  return null;
}

/** A paragraph that opens with the year it tells of: 2020年,我街按照… (not a date: 2020年1月…). */
export const OPENS_WITH_YEAR = '(?:^|[。:])\\s*((?:19|20)\\d{2})年度?';
// …or with no comma, 年 straight before the body's own voice (2019年我局政府信息公开工作运行良好: yueyang-nanhu-ju-2019), a
// hospital's or school's its name for itself (…取得了显著成效。2021年医院在…发布信息总计22条: hospital-huaibei-renmin-2021).
const OPENING_YEAR = new RegExp(`${OPENS_WITH_YEAR}(?:,|(?<=年)(?=[我本]|医院|学校))`, 'd');

/** The year the text's first paragraph that opens with one tells of. */
function openingYear(lines: readonly string[], body: { line: string; i: number }[]): Located<number> | null {
  for (const { line, i } of body) {
    const m = line.includes('年') ? OPENING_YEAR.exec(toHalfWidth(line)) : null;
    if (m) return { value: Number(m[1]), at: yearAt(lines, i, m) };
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
