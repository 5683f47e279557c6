// The year the report tells of.
import { toHalfWidth } from '../text/normalize.ts';
import { findYear, isSchools, yearIn, yearsIn } from './dates.ts';
import { type Located, NO_LINKS, rawSpan, type Spot, type SpotLines, spotText } from './page-text.ts';
import { REPORT_WORDS } from './title.ts';

// A year the text's first lines name before the report's words: 2020年度政府信息公开工作….
const YEAR_OF_REPORT = new RegExp(`((?:19|20)\\d{2})\\s*年度?${REPORT_WORDS}`, 'd');

/**
 * The year the title names, else the period's, else the one the text's first lines name for the report or tell
 * of; a link's text (`links`: a menu's, a sidebar's report of another year) is none of the text's. Where: the
 * title's on the page (`titleAt`, where it names the year), the period's, or the year's in the line that names it.
 * `school`: the report is a school's (dates.ts schoolOf), its title's two years one 学年.
 */
export function reportYear(title: string, period: Located<{ start: string }> | null, lines: string[], links: ReadonlySet<number> = NO_LINKS, titleAt: Spot | null = null, school = isSchools(title, lines)): Located<number> | null {
  const named = yearIn(title, school);
  if (named !== null) return { value: named, at: titleAt };
  if (period) return { value: Number(period.value.start.slice(0, 4)), at: period.at };
  const body = lines.flatMap((line, i) => (links.has(i) ? [] : [{ line, i }]));
  for (const { line, i } of body.slice(0, 10)) {
    const m = YEAR_OF_REPORT.exec(toHalfWidth(line));
    if (m) return { value: Number(m[1]), at: yearAt(lines, i, m) };
  }
  const most = mostNamedYear(body.slice(0, 60).map((b) => b.line));
  if (most !== null) return { value: most, at: null };
  return openingYear(lines, body.slice(0, 60));
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
const OPENING_YEAR = new RegExp(`${OPENS_WITH_YEAR},`, 'd');

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
