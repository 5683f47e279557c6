import { readChineseNumber } from '../text/chinese-number.ts';
import { toHalfWidth } from '../text/normalize.ts';
import { SCHOOL_WORDS } from './names.ts';

/** A date part in Arabic digits or a Chinese numeral (二〇二二, 十九) as a number; NaN if neither. */
export function chineseNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '元') return 1; // 元月: the first month
  return readChineseNumber(text) ?? NaN;
}

const NUM = '(\\d{1,4}|[〇○O零一二三四五六七八九十]{1,4})';
const MONTH = '(\\d{1,4}|元(?=月)|[〇○O零一二三四五六七八九十]{1,4})';
/** 2020-02-28, 2020/2/28, 2020.02.28, 2020年2月28日, 二〇二〇年二月二十八日, 二〇二二年元月二十八日 */
export const DATE_SOURCE = `${NUM}\\s*(?:年|-|/|\\.)\\s*${MONTH}\\s*(?:月|-|/|\\.)\\s*${NUM}\\s*日?`;

/** ISO date (YYYY-MM-DD) of the date parts, or null when they are not a real date. */
export function isoDate(y: string | number, m: string | number, d: string | number): string | null {
  const year = typeof y === 'number' ? y : chineseNumber(y);
  const month = typeof m === 'number' ? m : chineseNumber(m);
  const day = typeof d === 'number' ? d : chineseNumber(d);
  if (!(year >= 1990 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month))) return null;
  // Arithmetic, not Date: Date's runtime calls dominate the cost of the few dates a page has.
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

const DATE = new RegExp(DATE_SOURCE, 'g');

/** The first date in a text, as an ISO date. */
export function findDate(text: string): { iso: string; index: number; length: number } | null {
  const half = toHalfWidth(text);
  DATE.lastIndex = 0;
  for (let m = DATE.exec(half); m; m = DATE.exec(half)) {
    const iso = isoDate(m[1]!, m[2]!, m[3]!);
    if (iso) return { iso, index: m.index, length: m[0].length };
    const glued = timeRunOn(m, half);
    if (glued) return glued;
  }
  return null;
}

// A date and its time in two spans with no space between (hebei.gov.cn's 2021-03-2918:26): the day is the first two
// digits of what the date pattern took, the rest the hour.
const RUN_ON_DAY = /^(\d{2})\d{1,2}$/;
const MINUTES = /^[:：]\d{2}/;
function timeRunOn(m: RegExpExecArray, text: string): { iso: string; index: number; length: number } | null {
  const day = RUN_ON_DAY.exec(m[3]!)?.[1];
  const end = m.index + m[0].length;
  if (!day || !m[0].endsWith(m[3]!) || !MINUTES.test(text.slice(end))) return null;
  const iso = isoDate(m[1]!, m[2]!, day);
  return iso ? { iso, index: m.index, length: m[0].length - m[3]!.length + day.length } : null;
}

const SPELLED_YEAR = /[〇○O零一二三四五六七八九]{4}(?=\s*年)/g;
// The four ways of writing 0, then 1 to 9.
const SPELLED_DIGITS = '〇○O零一二三四五六七八九';

/** The second half of a year named by two (2021-2022学年, 2021—2022年度): a university's 学年. */
export const TO_NEXT_YEAR = '\\s*[-—–~至]\\s*(?:19|20)\\d{2}';
const SECOND_YEAR = /[-—–~至]\s*((?:19|20)\d{2})/;

/**
 * A year as titles and headings write it: 2019年, 2019 年度; a university's 学年 by the year it starts in
 * (2022-2023学年 runs from September 2022, as 2022学年 names it), however it is written: 2022-2023学年度,
 * 2022—2023年度. The pattern takes any two years; findYear keeps them as a 学年 only where they are one.
 */
export const YEAR_SOURCE = `((?:19|20)\\d{2})\\s*(?:年|${TO_NEXT_YEAR}\\s*(?:学年|年度))`;
const YEARS = new RegExp(YEAR_SOURCE, 'dg');
// A year that numbers a document in its year's series is no year told of: a ministry's report published as its
// 公告 (应急管理部公告 2024年第1号 puts forward the 2023 report), a gazette's issue (2024年第3期).
export const SERIAL_NUMBER = /(?:19|20)\d{2}\s*年\s*第\s*[0-9一二三四五六七八九十]+\s*[号期]/g;
const NUMBERS_AFTER = /^\s*第\s*[0-9一二三四五六七八九十]+\s*[号期]/;

// A school's name (某某大学, 某某职业技术学院, 某某中学), and what a university's report cites: its own rules
// (高等学校信息公开办法), the ministry's notice (高校信息公开年度报告).
const SCHOOL_NAME = new RegExp(SCHOOL_WORDS);
const SCHOOL_RULES = /高等学校信息公开办法|高校信息公开/;

/**
 * Whether a report is a school's, read once where the document is read (extract.ts) and handed to all that read its
 * year, its period and its host, so that none reads it otherwise.
 */
export interface School {
  /** Its title names a school, or its text cites a university's rules: two years in a row are one 学年. */
  is: boolean;
  /** Its text cites a university's rules: a period from the first of a month other than January is a 学年. */
  citesRules: boolean;
}

/** What a report's title and text (its lines) say of its being a school's. */
export function schoolOf(title: string, lines: readonly string[]): School {
  const citesRules = lines.some((line) => line.includes('高') && SCHOOL_RULES.test(line));
  return { is: citesRules || SCHOOL_NAME.test(title), citesRules };
}

/** Whether a report is a school's, of a text alone (a title, a heading) or with its lines. */
export const isSchools = (title: string, lines: readonly string[] = []): boolean => schoolOf(title, lines).is;

interface FoundYear { year: number; start: number; end: number; schoolYear: boolean }

/**
 * The years a text names, in order. Two years are one 学年 only where they follow each other and the text
 * writes 学年 or is a school's (`school`): a county's 2019-2020年度, a 2016—2020年度 plan, are of their last year.
 */
function* readYears(text: string, school: boolean): Generator<FoundYear> {
  YEARS.lastIndex = 0;
  for (let m = YEARS.exec(text); m; m = YEARS.exec(text)) {
    const [start, end] = m.indices![1]!;
    if (NUMBERS_AFTER.test(text.slice(m.index + m[0].length))) continue;
    const next = SECOND_YEAR.exec(m[0]);
    const schoolYear = next !== null && Number(next[1]) === Number(m[1]) + 1 && (school || m[0].includes('学年'));
    // Two years that are no 学年: read on from the second.
    if (next && !schoolYear) YEARS.lastIndex = end;
    else yield { year: Number(m[1]), start, end, schoolYear };
  }
}

/** Every year a text names in Arabic or full-width digits, in order. */
export function yearsIn(text: string, school = isSchools(text)): number[] {
  return [...readYears(toHalfWidth(text), school)].map((y) => y.year);
}

/** The year a title or heading names, in Arabic or full-width digits or spelled in Chinese (二〇二一年). */
export const yearIn = (text: string, school = isSchools(text)): number | null => findYear(text, school)?.year ?? null;

/** The same, where its digits stand in the text as toHalfWidth gives it, and whether it is a 学年's. */
export function findYear(text: string, school = isSchools(text)): FoundYear | null {
  return readYears(arabicYears(toHalfWidth(text)), school).next().value ?? null;
}

/** The text with years spelled digit by digit in Chinese (二〇二一年) written in Arabic digits (2021年). */
export function arabicYears(text: string): string {
  return text.replace(SPELLED_YEAR, (year) => [...year].map((d) => Math.max(0, SPELLED_DIGITS.indexOf(d) - 3)).join(''));
}
