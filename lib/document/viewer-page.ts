// A page of a document viewer (a flip-book, a PDF viewer's text layer): the portal shows the report, often
// its PDF, one printed page per web page, titled like "Page 9 - 2020年报_审计局" with the page's number over
// its text ("P. 9", "第9页"). The parts and tables printed on the other pages are not on it, and the viewer
// links none of them for reading.
import { toHalfWidth } from '../text/normalize.ts';
import type { Pagination } from './pagination.ts';
import { isProse } from './page-text.ts';
import { OUTLINE_HEADING } from './sections.ts';

// The viewer's title: the page's number before the document's name (Page 9 - …, Page 9/24 | …).
const TITLE_MARK = /^\s*Page\s*(\d{1,3})(?:\s*(?:of|\/)\s*(\d{1,3}))?\s*[-–—:|_]/i;
// A line that is the page's number and nothing else: P. 9, Page 9, Page 9 of 24, 第9页, 第9页 共24页.
const LINE_MARK = /^\s*(?:(?:P\.|Page)\s*(\d{1,3})(?:\s*(?:of|\/)\s*(\d{1,3}))?|第\s*(\d{1,3})\s*页(?:\s*[,/]?\s*共\s*(\d{1,3})\s*页)?)\s*$/i;
// The viewer's lines stand over the page's text: only the first few, before any sentence or heading, are read.
const TOP_LINES = 3;

/**
 * Whether a viewer's title names a year's report as the portal names its document (Page 9 - 2020年报_审计局, 2021年度报告);
 * not a year's 报考指南, 报名表, 报表 or 报送 notice, whose 年 and 报 run together too.
 */
export const namesYearReport = (title: string): boolean => /(?:19|20)\d{2}\s*(?:年度?(?:年报|报告)|年报(?![考名表送]))/.test(title);

// latin: the viewer's own mark (Page 9, P. 9), not a printed page's 第1页 共5页.
interface Mark { page: number; pages: number | null; line: number; latin: boolean }

function markOf(text: string, line: number, mark: RegExp): Mark | null {
  const m = mark.exec(toHalfWidth(text));
  if (!m) return null;
  const latin = m[1] !== undefined;
  const [page, pages] = latin ? [m[1]!, m[2]] : [m[3]!, m[4]];
  return { page: Number(page), pages: pages === undefined ? null : Number(pages), line, latin };
}

/**
 * Whether this page is one page of a document a viewer shows page by page, and which (its number; the count
 * where the viewer gives it); null when it is not. Read from the page's <title> and the body's first lines,
 * which must agree. A report's own page numbers are none: a line 第3页 in its text, a printed page's header
 * or footer that numbers more pages than one further down; nor is a first page with no count (the whole report, maybe).
 */
export function viewerPage(title: string, lines: readonly string[]): Pagination | null {
  const top = [markOf(title, -1, TITLE_MARK)];
  // The body's first line may repeat the viewer's title.
  for (let i = 0; i < Math.min(lines.length, TOP_LINES) && !isProse(lines[i]!) && !OUTLINE_HEADING.test(lines[i]!); i++) {
    top.push(markOf(lines[i]!, i, TITLE_MARK) ?? markOf(lines[i]!, i, LINE_MARK));
  }
  const marks = top.filter((m) => m !== null);
  if (marks.length === 0) return null;
  const { page } = marks[0]!;
  const pages = marks.find((m) => m.pages !== null)?.pages ?? null;
  if (marks.some((m) => m.page !== page || (m.pages !== null && m.pages !== pages))) return null;
  // A document's page numbers printed through its text (第1页 共5页 … 第2页 共5页): the whole document, not one page.
  const below = marks.at(-1)!.line + 1;
  if (lines.slice(below).some((line) => (markOf(line, 0, LINE_MARK)?.page ?? page) !== page)) return null;
  // Page 1 is one of several where the viewer counts them; a printed header's 第1页 共5页 may head the whole report.
  const fits = (page >= 2 || ((pages ?? 0) >= 2 && marks.some((m) => m.latin))) && (pages === null || page <= pages);
  return fits ? { page, pages, viewer: true } : null;
}
