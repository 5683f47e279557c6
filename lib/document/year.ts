// The year the report tells of.
import type { DocumentMeta } from '../schema.ts';
import { toHalfWidth } from '../text/normalize.ts';
import { yearIn, yearsIn } from './dates.ts';
import { NO_LINKS } from './page-text.ts';
import { REPORT_WORDS } from './title.ts';

// A year the text's first lines name before the report's words: 2020年度政府信息公开工作….
const YEAR_OF_REPORT = new RegExp(`((?:19|20)\\d{2})\\s*年度?${REPORT_WORDS}`);

/**
 * The year the title names, else the period's, else the one the text's first lines name for the report or tell
 * of; a link's text (`links`: a menu's, a sidebar's report of another year) is none of the text's.
 */
export function reportYear(title: string, period: DocumentMeta['period'], lines: string[], links: ReadonlySet<number> = NO_LINKS): number | null {
  const named = yearIn(title);
  if (named !== null) return named;
  if (period) return Number(period.start.slice(0, 4));
  const body = lines.filter((_, i) => !links.has(i));
  for (const line of body.slice(0, 10)) {
    const m = YEAR_OF_REPORT.exec(toHalfWidth(line));
    if (m) return Number(m[1]);
  }
  return mostNamedYear(body.slice(0, 60)) ?? openingYear(body.slice(0, 60));
}

/** A paragraph that opens with the year it tells of: 2020年,我街按照… (not a date: 2020年1月…). */
export const OPENS_WITH_YEAR = '(?:^|[。:])\\s*((?:19|20)\\d{2})年度?';
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
