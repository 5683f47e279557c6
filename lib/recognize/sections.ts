import type { Line, PageModel, RawTable } from '../page/model.ts';
import { joinBrokenRow } from '../table/broken-row.ts';
import type { Grid } from '../table/grid.ts';
import { readMarker } from '../legacy/outline.ts';
import { hasDigit, labelKey } from '../text/normalize.ts';
import { LabelPattern } from '../text/similarity.ts';
import { carriedHeader } from './cut-header.ts';
import { captionAbove } from './other-tables.ts';
import { gridRows, hasNumber, rowLabel, tableRows, type TableRow } from './rows.ts';

export type SectionName = 'activeDisclosure' | 'applications' | 'reviewLitigation' | 'legacy';

export interface TableView<N> { index: number; grid: Grid<N>; rows: TableRow<N>[] }

export interface Sections<N> {
  /** Rows of each standard table, in page order; a table split over several <table>s is joined here. */
  rows: Record<Exclude<SectionName, 'legacy'>, TableRow<N>[]>;
  /**
   * Tables that may be a pre-2019 统计表 (introduced as one, or with no other home), each with the
   * tables that carry it on after a page break.
   */
  legacyCandidates: TableView<N>[][];
  /**
   * Tables read into a standard table's section that may be a 统计表 all the same (one right under
   * the older reports' heading 二、主动公开政府信息的情况): worth reading as one only on a page where
   * no standard table is found.
   */
  fallbackCandidates: TableView<N>[][];
  /** Every table read, by index in page.tables (layout tables excluded). */
  tables: TableView<N>[];
  /** Lines of headings that sit in a row of their own inside a table: the document's text, not the table's. */
  headingLines: Set<number>;
  /** Tables left out as copies of one read before (a page that prints its article twice). */
  copies: number;
  /**
   * Tables left out as another of a standard table already read (a body's 本级 and 系统 表三, one for each of its
   * units): by index in page.tables, with the standard table each is another of.
   */
  others: { table: number; section: StandardSection }[];
}
type StandardSection = Exclude<SectionName, 'legacy'>;

// A heading that opens one of the standard tables, matched on the label key (no punctuation).
const HEADINGS: [SectionName, RegExp][] = [
  ['activeDisclosure', /主动公开政府信息(?:的)?情况/],
  ['applications', /收到和处理政府信息公开申请/],
  ['reviewLitigation', /行政复议.{0,3}行政诉讼|复议.{0,2}诉讼情况/],
  ['legacy', /政府信息公开(?:工作)?(?:情况)?统计表|统计表/],
];
// Another outline heading (五、存在的主要问题…) closes the current table.
const OTHER_HEADING = /^[一二三四五六七八九十]+[、.．]/;

// Words inside a table that say which table its rows belong to, tested in this order.
// 表三's first data rows, which name it where its header lost the words that do.
const DATA_SIGNATURE = /本年新收|上年结转/;
// 表三's last row, which names it where a page opens on it (a flip-book's page 9: 四、结转下年度继续办理 0 0 0 0 0 0 0): the
// row's label, not a column's (a summary table of 受理申请 | 已办结 | 结转下年 in 总体情况 is no 表三).
const LAST_ROW_SIGNATURE = /^[四4]?结转下一?年度?继续办理/;
const SIGNATURES: [SectionName, (key: string) => boolean][] = [
  ['activeDisclosure', (key) => /二十条|第二十第|信息内容/.test(key)],
  ['applications', (key) => /申请人情况|勾稽关系|法人或其他组织/.test(key) || DATA_SIGNATURE.test(key) || LAST_ROW_SIGNATURE.test(key)],
  // The template's header names both; a table of a row per group has only the outcome columns.
  ['reviewLitigation', (key) => (/行政复议/.test(key) && /行政诉讼/.test(key)) || (/结果维持/.test(key) && /结果纠正/.test(key))],
  ['legacy', (key) => /统计指标|指标名称|计量单位/.test(key)],
];
// Every table row and every line before a table is tested: one regex tells the few that may match.
const ANY_SIGNATURE = /二十条|第二十第|信息内容|申请人情况|勾稽关系|法人或其他组织|本年新收|上年结转|结转下年|行政复议|结果维持|统计指标|指标名称|计量单位/;
const ANY_HEADING = /主动公开政府信息|收到和处理政府信息公开申请|复议|统计表/;

/** The standard table (or 统计表) whose header words a row's label key holds, if any. */
export function rowSignature(key: string): SectionName | null {
  if (!ANY_SIGNATURE.test(key)) return null;
  for (const [name, matches] of SIGNATURES) if (matches(key)) return name;
  return null;
}

// A line can name a table only if it holds one of these (公开, 复议, 统计表), which normalising keeps.
const TABLE_HEADING_CHARS = /[开议表]/;

const RESULTS_BAND = new LabelPattern('本年度办理结果');
// Inside 表三, a row numbered 三 can only be the band: the report's parts after 表三 are 四、五、六.
const isResultsBand = (key: string) => key.startsWith('三') || RESULTS_BAND.similarity(key.replace(/^[一二三四五六七八九十]+/, '')) >= 0.75;

function headingSection(text: string): SectionName | 'other' | null {
  if (text.length > 120) return null; // a paragraph, not a heading: don't normalise it
  const names = TABLE_HEADING_CHARS.test(text);
  const outline = OTHER_HEADING.test(text.trim());
  if (!names && !outline) return null; // most prose lines: nothing to normalise
  const key = labelKey(text);
  if (key.length > 40) return null;
  if (names && ANY_HEADING.test(key)) for (const [name, re] of HEADINGS) if (re.test(key)) return name;
  return outline && key.length < 30 ? 'other' : null;
}

/**
 * Whether tables `a` and `b` each have a caption, and not the same one but for spacing and punctuation (（一）本级,
 * （二）全市系统). A copy printed with no caption of its own (the tables printed again one after another) or with the
 * heading spelt apart (三、…情况 and 三、…情况：) is still a copy.
 */
function captionedApart<N>(page: PageModel<N>, a: number, b: number): boolean {
  const [first, second] = [captionAbove(page, a), captionAbove(page, b)];
  return first !== null && second !== null && labelKey(first) !== labelKey(second);
}

/**
 * Decides which standard table each table row belongs to: by the heading before the table (or in a
 * row of its own), by header words inside it, and by continuation — a table right after a recognised
 * one, with no heading between, carries on the same table (reports split tables at page breaks).
 */
export function findSections<N>(page: PageModel<N>, isLayout: Set<number>): Sections<N> {
  const rows: Sections<N>['rows'] = { activeDisclosure: [], applications: [], reviewLitigation: [] };
  const legacyCandidates: TableView<N>[][] = [];
  const fallbackCandidates: TableView<N>[][] = [];
  const tables: TableView<N>[] = [];
  const headingLines = new Set<number>();

  let current: SectionName | null = null;
  let lastEnd = 0;
  let lastCandidate: TableView<N> | null = null; // the table before this one, if it was a 统计表 candidate
  const read: { table: RawTable<N>; index: number }[] = [];
  let previous: { table: RawTable<N>; index: number } | null = null; // the table read before this one
  let copies = 0;
  const others: Sections<N>['others'] = [];
  // In page order: the tables laid out as text (document/text-table.ts) come after the page's own in page.tables.
  const order = page.tables.map((_, index) => index).sort((a, b) => page.tables[a]!.firstLine - page.tables[b]!.firstLine || a - b);
  for (const index of order) {
    const table = page.tables[index]!;
    if (isLayout.has(index)) continue;
    // Portals that print the article twice (a mobile and a desktop copy, one hidden by a stylesheet)
    // give every table twice: a copy of a table already read is not read again. One captioned apart from it is another
    // body's table whose figures happen to be the same (（一）本级 and （二）全市系统, all applications the 本级's).
    if (read.some((earlier) => sameCells(earlier.table, table) && !captionedApart(page, earlier.index, index))) { copies++; continue; }
    read.push({ table, index });
    // Text between the previous table and this one: a heading there sets the section; enough prose ends it.
    let proseChars = 0;
    let heading = false;
    const readLine = (line: Line<N>) => {
      const h = headingSection(line.text);
      if (h) { current = h === 'other' ? null : h; proseChars = 0; heading = true; } else proseChars += line.text.length;
    };
    for (let i = lastEnd; i < table.firstLine; i++) {
      const line = page.lines[i]!;
      if (line.table < 0 || isLayout.has(line.table)) readLine(line);
    }
    // The table's <caption>, where a page puts its heading: text inside the table but in no cell of
    // it (a cell's line has this table's index, or a nested table's, which is greater).
    for (let i = table.firstLine; i < table.endLine; i++) if (page.lines[i]!.table < index) readLine(page.lines[i]!);
    if (proseChars > 160) current = null;
    lastEnd = table.endLine;

    let view: TableView<N> = { index, ...tableRows(table, index) };
    // Another table of rows a standard table has read already, figures and all (表三's 本年新收…, 上年结转… again): not
    // that table carried on after a page break, which never prints a data row twice, but another of it (本级 and 系统).
    const other = anotherOf(view.rows, rows);
    if (other) { others.push({ table: index, section: other }); continue; }
    const section: TableRow<N>[] | null = current && current !== 'legacy' ? rows[current] : null;
    // Word repeats a table's header rows atop each part after a page break (重复标题行): rows that
    // repeat the header of the section this table carries on name its columns again and are no data.
    const repeated: number = section ? repeatedHeader(view.rows, section) : 0;
    // A header the page break cut through, not repeated: this part holds the rest of the header rows
    // of the table before, which held nothing else. Both parts' header rows are read as one header.
    const carried = section && !heading && repeated === 0 && previous && section.length > 0 && section.every((r) => r.table === previous!.index && !hasNumber(r.figureRun))
      ? carriedHeader(previous.table, table, index) : null;
    if (carried && section) {
      section.forEach((row, k) => { section[k] = carried.rows[row.index]!; });
      view = { index, grid: carried.grid, rows: carried.rows.slice(previous!.table.rows.length) };
    }
    // A row the page break cut through: this part opens on its end, written back on the row (table/broken-row.ts).
    const before = tables.at(-1);
    const broken = section && !heading && repeated === 0 && !carried && before && before.index === previous?.index && section.at(-1) === before.rows.at(-1)
      ? joinBrokenRow(before.grid, view.grid) : null;
    if (broken && before && section) {
      before.grid = broken.before;
      before.rows = gridRows(broken.before, before.index);
      section[section.length - 1] = before.rows.at(-1)!;
      view = { index, grid: broken.after, rows: gridRows(broken.after, index) };
    }
    previous = { table, index };
    tables.push(view);
    // A candidate right after another, nothing between, is the same 统计表 cut by a page break when it
    // is as wide, or when it opens on its data rather than on column heads of its own.
    const continued = !heading && proseChars <= 160 && lastCandidate && (lastCandidate.grid.width === view.grid.width || goesOn(view)) ? lastCandidate : null;
    const addCandidate = () => {
      if (continued) legacyCandidates[legacyCandidates.length - 1]!.push(view);
      else legacyCandidates.push([view]);
    };
    lastCandidate = null;
    let sawRows = false;
    let inStandard = false;
    // Rows of this table since the table or the current section began.
    let sinceSwitch: TableRow<N>[] = [];
    for (const row of view.rows.slice(repeated)) {
      const heading = row.cells.length === 1 ? headingSection(row.cells[0]!.cell.text) : null;
      // 三、本年度办理结果 across 表三 is a band of that table, not the report's next part; nor is
      // 二、回应解读情况 opening the rest of a 统计表 after a page break.
      const only: SectionName | 'other' | null = heading === 'other' && ((current === 'applications' && isResultsBand(row.key)) || continued) ? null : heading;
      if (only) for (const line of linesOf(page, table, index, row.cells[0]!.cell.text)) headingLines.add(line);
      const sig: SectionName | null = only && only !== 'other' ? only : only === 'other' ? null : rowSignature(row.key);
      if (only === 'other') { current = null; sinceSwitch = []; continue; }
      if (sig && sig !== current) {
        // 表三 known only by its first data row (its header lost the words that name it): the
        // header rows right above belong to it, not to the table before.
        if (sig === 'applications' && current !== 'legacy' && DATA_SIGNATURE.test(row.key)) {
          let k = sinceSwitch.length;
          while (k > 0 && !hasDigit(sinceSwitch[k - 1]!.text)) k--;
          const header = sinceSwitch.slice(k);
          if (current) rows[current].length -= header.length;
          rows.applications.push(...header);
        }
        // 表三 known only by its last row (a page that opens on its middle rows, 予以公开… or 三、不予公开…, its header
        // on the page before): the rows of this table above, claimed by no other table, are its own where each row
        // of figures holds as many as that last row.
        if (sig === 'applications' && current === null && LAST_ROW_SIGNATURE.test(row.key)) {
          const width = row.figureRun.length;
          if (sinceSwitch.every((r) => !hasNumber(r.figureRun) || r.figureRun.length === width)) rows.applications.push(...sinceSwitch);
        }
        sinceSwitch = [];
      }
      if (sig) current = sig;
      if (current === 'legacy') { sawRows = true; break; }
      if (current) { rows[current].push(row); inStandard = true; }
      sinceSwitch.push(row);
    }
    // A table laid out as text is a 统计表 candidate only where textTables found one (a figure a row, with units).
    if (table.text && !table.statistics) continue;
    if (current === 'legacy' || (!sawRows && current === null && view.rows.length >= 5)) {
      addCandidate();
      lastCandidate = view;
    } else if (inStandard) fallbackCandidates.push([view]);
  }
  // A part that holds the standard table as a <table> reads it from there: a table laid out as text in the same part
  // (a list of figures by county or by year under 四、, however its labels read) neither replaces nor joins it.
  for (const name of Object.keys(rows) as (keyof typeof rows)[]) {
    if (rows[name].some((r) => !page.tables[r.table]!.text)) rows[name] = rows[name].filter((r) => !page.tables[r.table]!.text);
  }
  return { rows, legacyCandidates, fallbackCandidates, tables, headingLines, copies, others };
}

// Data rows a table must print again to be another of a standard table, not one that happens to share a label.
const ROWS_AGAIN = 2;

/**
 * The standard table whose data rows `rows` print again (the same label, as many figures; another body's figures may
 * differ, 表二's 行政许可 4529 under the area's 2629), at least ROWS_AGAIN of them; else null. A table's other half cut
 * by its columns (column-halves.ts) has its labels too, but fewer figures a row.
 */
function anotherOf<N>(rows: TableRow<N>[], read: Sections<N>['rows']): StandardSection | null {
  const dataRow = (r: TableRow<N>) => (hasNumber(r.figureRun) ? rowLabel(r) : '');
  const keys = rows.map((r) => `${dataRow(r)}|${r.figureRun.length}`).filter((k) => !k.startsWith('|'));
  if (keys.length < ROWS_AGAIN) return null;
  for (const name of Object.keys(read) as StandardSection[]) {
    const seen = new Set(read[name].map((r) => `${dataRow(r)}|${r.figureRun.length}`));
    if (keys.filter((k) => seen.has(k)).length >= ROWS_AGAIN) return name;
  }
  return null;
}

/**
 * The sections of the first of two reports on a page, the second's from page line `start` (second-report.ts):
 * another report's tables are not the first's; the same report printed again (a 范文 site's copy, with or
 * without its tables) gives each table the first printing lacks, and each is read once.
 */
export function firstReportSections<N>(sections: Sections<N>, page: PageModel<N>, start: number, again: boolean): Sections<N> {
  const inFirst = (table: number) => page.tables[table]!.firstLine < start;
  const inSecond = (table: number) => !inFirst(table);
  // The first printing's, else (the same report again) the second's.
  const once = <T>(read: (keep: (table: number) => boolean) => T[]): T[] => {
    const first = read(inFirst);
    return first.length > 0 || !again ? first : read(inSecond);
  };
  const views = (groups: TableView<N>[][]) => once((keep) => groups.map((parts) => parts.filter((v) => keep(v.index))).filter((parts) => parts.length > 0));
  const rows = Object.fromEntries(Object.entries(sections.rows).map(([name, read]) => [name, once((keep) => read.filter((r) => keep(r.table)))])) as Sections<N>['rows'];
  const legacyCandidates = views(sections.legacyCandidates);
  const fallbackCandidates = views(sections.fallbackCandidates);
  const kept = new Set([...Object.values(rows).flat().map((r) => r.table), ...[...legacyCandidates, ...fallbackCandidates].flat().map((v) => v.index)]);
  return { ...sections, rows, legacyCandidates, fallbackCandidates, tables: sections.tables.filter((v) => inFirst(v.index) || kept.has(v.index)) };
}

/**
 * How many of a table's first rows repeat the header of the section it carries on (the section's first
 * rows, up to its first row of figures), or the header's first rows: compared by their words joined, so
 * that the repeat's merges, blank cells or line breaks may differ from the first part's.
 */
function repeatedHeader<N>(top: TableRow<N>[], section: TableRow<N>[]): number {
  let header = '';
  const prefixes = new Set<string>();
  for (const row of section) {
    if (hasNumber(row.figureRun)) break;
    header += row.key;
    if (row.key) prefixes.add(header);
  }
  let words = '';
  let repeated = 0;
  for (let r = 0; r < top.length && !hasNumber(top[r]!.figureRun); r++) {
    words += top[r]!.key;
    if (!header.startsWith(words)) break;
    if (prefixes.has(words)) repeated = r + 1;
  }
  return repeated;
}

/**
 * Whether a table opens on data (a figure, or a numbered row that is not 一、) rather than on column
 * heads: the rest of a table cut at a page break, even in a table of another width.
 */
function goesOn<N>(view: TableView<N>): boolean {
  const first = view.rows[0];
  if (!first) return false;
  // Its first cell with text: Word may give the part after a break an empty column first.
  const label = first.cells.find((c) => c.cell.text.trim() !== '');
  const marker = label ? readMarker(label.cell.text) : null;
  if (marker?.style) return !(marker.style === 'cn' && marker.token === '一');
  return marker?.part === true || first.cells.some((c) => c.reading.kind === 'number');
}

/** Whether two tables hold the same cells, text for text. */
function sameCells<N>(a: RawTable<N>, b: RawTable<N>): boolean {
  if (a.rows.length !== b.rows.length) return false;
  return a.rows.every((row, r) => {
    const other = b.rows[r]!.cells;
    return row.cells.length === other.length && row.cells.every((cell, c) => cell.text === other[c]!.text);
  });
}

/** The page lines of the table that hold `text` (a cell's text, whose lines are joined by "\n"). */
function linesOf<N>(page: PageModel<N>, table: RawTable<N>, index: number, text: string): number[] {
  const wanted = new Set(text.split('\n').map((t) => t.trim()).filter(Boolean));
  const found: number[] = [];
  for (let i = table.firstLine; i < table.endLine; i++) {
    const line = page.lines[i]!;
    if (line.table === index && wanted.has(line.text.trim())) found.push(i);
  }
  return found;
}
