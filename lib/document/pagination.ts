// A report the portal cuts into several web pages (TRS and other CMSs publish a long article as
// t20230120_4567890.html, t20230120_4567890_1.html…): this page is one of them, and the parts and
// tables printed on the others are not on it. Read from the article's pager, or from the TRS script
// that writes it where the saved page holds only the script.
import { toHalfWidth } from '../text/normalize.ts';
import { MAX_PAGES } from './page-urls.ts';
import { OUTLINE_HEADING } from './sections.ts';
import { articleEnd } from './signature.ts';

export interface Pagination {
  /** This page's number, from 1, where the pager says it. */
  page: number | null;
  /** How many pages the article has, where the pager says it. */
  pages: number | null;
  /** TRS's script: page 1's file name and extension (t20230120_4567890, html); page k is the name with _k-1. */
  file?: { name: string; ext: string };
  /** A document viewer's page (viewerPage: a flip-book's), not the portal's article: no other page of it is linked for reading. */
  viewer?: boolean;
  /** The reading joins the pages `read` (this one among them); those `failed` could not be read. */
  joined?: { read: number[]; failed: number[] };
}

/**
 * Whether a reading of `pagination`'s page has the whole report: it is on one page, or all its pages were read,
 * as many as the pager says there are (links found to fewer leave the last unread).
 */
export const wholeReport = (pagination: Pagination | null) => pagination === null
  || (pagination.joined?.failed.length === 0 && pagination.joined.read.length >= (pagination.pages ?? 0));

// One word of a pager, spaces around it allowed: the page words, 第1页, 共3页, 1/3 (页次：1/3), a page
// number, the separators and the jump box's words.
const TOKEN = new RegExp([
  // 大汉 and Hanweb sites write 上页/下页.
  '(?<nav>上一页|下一页|前一页|后一页|上页|下页|前页|后页|尾页|末页|最后一页)',
  '首页',
  '(?:当前)?第\\s*(?<current>\\d{1,3})\\s*页',
  '共\\s*(?<total>\\d{1,3})\\s*页',
  '(?:页次\\s*[:：]?\\s*)?(?<at>\\d{1,3})\\s*/\\s*(?<of>\\d{1,3})\\s*页?',
  '(?<number>\\d+(?:\\.\\d+)?)',
  '[|<>«»‹›\\[\\]【】.…·:：,，、]+',
  '跳转至?|转到|到第|第|页|go|确定',
].map((t) => `\\s*(?:${t})\\s*`).join('|'), 'giy');

// A count of items beside the pager, on a line of its own: a list page's pager (共236条 1/20页, 每页20条),
// not an article's. No sentence: the article's last sentence before its pager may well count 条.
const ITEM_COUNT = /共\s*\d+\s*(?:条|篇|项|个)|\d+\s*条记录|每页/;
const SENTENCE = /[。，；、,;]/;
const countsItems = (line: string | undefined) => line !== undefined && !SENTENCE.test(line) && ITEM_COUNT.test(line);

/** What a line says as a pager, or null when it holds anything else. */
interface PagerLine { nav: boolean; current: number[]; totals: number[]; numbers: number[] }

function readPagerLine(line: string): PagerLine | null {
  const text = toHalfWidth(line).replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const read: PagerLine = { nav: false, current: [], totals: [], numbers: [] };
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const match = TOKEN.exec(text);
    if (!match || match[0] === '') return null;
    const { nav, current, total, at, of, number } = match.groups!;
    if (nav) read.nav = true;
    if (current) read.current.push(Number(current));
    if (total) read.totals.push(Number(total));
    if (at) { read.current.push(Number(at)); read.totals.push(Number(of)); }
    // Four digits are a year (2022 2023 above a list of reports), not a page; a decimal (1.2) is one figure, not pages 1 and 2.
    if (number && number.length > 3) return null;
    if (number) read.numbers.push(Number(number));
  }
  return read;
}

/**
 * Whether a line is an article's pager, or a line of it (上一页 1 2 3 下一页, 第2页 共3页, 1 2 3): pager words
 * only, moving between pages or showing more than one page's number. A cell's lone figure is none.
 */
export function isPagerLine(line: string): boolean {
  const read = line.includes('页') || /\d\s+\d/.test(line) ? readPagerLine(line) : null;
  return read !== null && (read.nav || read.current.length + read.totals.length > 0 || read.numbers.length >= 2);
}

/**
 * The pager at the article's end: a run of lines of pager words only, between its first heading and the
 * portal's tools or related links (below them a side column's list has its own pager), moving between
 * pages (上一页, 下一页, 尾页) and showing more than one (共3页, 2/3, the page numbers 1 2 3). A printed
 * page's footer (第1页 共5页, pasted from Word) moves nowhere; the site's 上一篇/下一篇 are articles, not
 * pages; a list's pager counts its items (共25条). Pagers that disagree (two lists' pagers) are none.
 */
function pagerOf(body: readonly string[], end: number): Pagination | null {
  const start = articleStart(body);
  const lines = body.slice(0, end);
  let found: Pagination | null = null;
  for (let i = start; i < lines.length; i++) {
    // A pager moves by its 页 words: only a line that has one is read, and the run grown from it.
    const read = lines[i]!.includes('页') ? readPagerLine(lines[i]!) : null;
    if (!read) continue;
    const run = [read];
    let first = i;
    for (let more; first > start && (more = readPagerLine(lines[first - 1]!)); first--) run.unshift(more);
    let end = i + 1;
    for (let more; end < lines.length && (more = readPagerLine(lines[end]!)); end++) run.push(more);
    const pager = multiPage(run);
    if (pager && !countsItems(lines[first - 1]) && !countsItems(lines[end])) {
      if (found && (found.page !== pager.page || found.pages !== pager.pages)) return null;
      found = pager;
    }
    i = end;
  }
  return found;
}

const articleStart = (body: readonly string[]) => Math.max(0, body.findIndex((line) => OUTLINE_HEADING.test(line)));

/**
 * A pager of bare page numbers with no 页 word (1 2 3, this page's number unlinked among them): only the
 * run of them that closes the article, right above the portal's tools (打印本页, 关闭窗口) or related links,
 * counting from 1. A list's pager stands under its list, past the tools; a year list is no page numbers.
 */
function numbersPager(body: readonly string[], end: number): Pagination | null {
  if (end >= body.length) return null;
  const numbers: number[] = [];
  const start = articleStart(body);
  let first = end;
  for (let read; first > start && (read = pageNumbers(body[first - 1]!)); first--) numbers.unshift(...read);
  const fromOne = numbers.length >= 2 && numbers.length <= MAX_PAGES && numbers.every((n, k) => n === k + 1);
  return fromOne && !countsItems(body[first - 1]) ? { page: null, pages: null } : null;
}

/** The page numbers a line of them alone shows; each in a link of its own with nothing between, they read 123. */
function pageNumbers(line: string): number[] | null {
  const glued = toHalfWidth(line).trim();
  if (glued.length >= 2 && '123456789'.startsWith(glued)) return [...glued].map(Number);
  const read = readPagerLine(line);
  return read && !read.nav && read.current.length + read.totals.length === 0 ? read.numbers : null;
}

/** The pages a run of pager lines shows, or null when it moves nowhere or shows one page. */
function multiPage(run: PagerLine[]): Pagination | null {
  if (!run.some((l) => l.nav)) return null;
  const current = [...new Set(run.flatMap((l) => l.current))];
  const totals = [...new Set(run.flatMap((l) => l.totals))];
  const numbers = run.flatMap((l) => l.numbers);
  if (current.length > 1 || totals.length > 1) return null;
  const page = current[0] ?? null;
  const pages = totals[0] ?? null;
  // Page numbers in a row (1 2 3, a window 4 5 6 7, 1 2 3 … 10): more than one page.
  const numbered = numbers.some((n, k) => k > 0 && n === numbers[k - 1]! + 1);
  return (pages ?? 0) >= 2 || (page ?? 0) >= 2 || numbered ? { page, pages } : null;
}

// TRS's pager script, run in the browser: createPageHTML(3, 0, "t20230120_4567890", "html"), or the
// countPage/currentPage variables beside document.write of "t20230120_4567890"+"_". The current page
// counts from 0. The same script pages a list ("index"): only an article's own name (t + date + id) counts.
const ARTICLE_NAME = `["'](t\\d{8}_\\d+)["']`;
const CREATE_PAGE = new RegExp(`createPageHTML\\s*\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*${ARTICLE_NAME}(?:\\s*,\\s*["'](\\w+)["'])?`);
const COUNT_PAGE = /\bcountPage\s*=\s*(\d+)/;
const CURRENT_PAGE = /\bcurrentPage\s*=\s*(\d+)/;
const NAMES_ARTICLE = new RegExp(ARTICLE_NAME);
// The extension the countPage script writes after the page's number: "."+"html".
const EXTENSION = /["']\.["']\s*\+\s*["'](\w+)["']/;

function scriptPager(scripts: readonly string[]): Pagination | null {
  for (const code of scripts) {
    const call = CREATE_PAGE.exec(code);
    const count = call ? null : COUNT_PAGE.exec(code);
    const current = call ? null : CURRENT_PAGE.exec(code);
    const named = call ? null : NAMES_ARTICLE.exec(code);
    const [pages, index, name, ext] = call ? [call[1], call[2], call[3], call[4]] : count && current && named ? [count[1], current[1], named[1], EXTENSION.exec(code)?.[1]] : [];
    if (pages === undefined || Number(pages) < 2 || Number(index) >= Number(pages)) continue;
    return { page: Number(index) + 1, pages: Number(pages), file: { name: name!, ext: ext ?? 'html' } };
  }
  return null;
}

/**
 * Whether this page is one page of an article the portal paginates, and which; null when it is not.
 * `end`: where the article ends in `lines` (articleEnd).
 */
export function articlePagination(lines: readonly string[], pagerScripts: readonly string[], end = articleEnd(lines)): Pagination | null {
  return scriptPager(pagerScripts) ?? pagerOf(lines, end) ?? numbersPager(lines, end);
}
