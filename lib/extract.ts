// page → grid → recognised tables → typed report (zod) → rules → warnings. The one entry point that
// both the CLI (over cheerio) and the content script (over the live DOM) call.
import { z } from 'zod/mini';
import { pageAddress } from './document/address.ts';
import { schoolOf } from './document/dates.ts';
import { carriedReport } from './document/carried-report.ts';
import { aboutReports, judgeReport } from './document/is-report.ts';
import { publisher, reportIssuer } from './document/issuer.ts';
import { placeBody } from './document/fuller-name.ts';
import { type DocumentText, headingLine, type Spot } from './document/page-text.ts';
import { articlePagination, wholeReport, type Pagination } from './document/pagination.ts';
import { reportPeriod } from './document/period.ts';
import { secondReportAt, secondReportNote } from './document/second-report.ts';
import { publishedAt } from './document/published.ts';
import { reportSections } from './document/sections.ts';
import { rowFiguresOf, textTables } from './document/text-table.ts';
import { articleEnd, headingDate, signature } from './document/signature.ts';
import { reportTitle } from './document/title.ts';
import { namesYearReport, viewerPage } from './document/viewer-page.ts';
import { reportYear, titleSpan, titleYearAt } from './document/year.ts';
import { joinParts } from './legacy/layout.ts';
import { recognizeLegacyTables, type LegacyCell, type LegacyTable } from './legacy/stats.ts';
import { extractProseFigures } from './prose/figures.ts';
import { runOnLines, unwrappedLines } from './prose/wrapped-lines.ts';
import { inexactCells } from './rules/balance.ts';
import { runRules, type WordSpots } from './rules/run.ts';
import { isOwnSitePage } from './years/site.ts';
import { type Line, nodeRanges, type PageModel } from './page/model.ts';
import { inPinyinAnnotated, withoutPinyin } from './page/pinyin.ts';
import { withoutEscapedTags } from './page/escaped-tags.ts';
import { withoutStrayCommas } from './page/stray-commas.ts';
import { inTraditional, simplifiedPage, variantsUnified } from './page/simplified.ts';
import { blankFormFormat, recognizeActiveDisclosure } from './recognize/active-disclosure.ts';
import { recognizeApplications } from './recognize/applications.ts';
import { FigureSink } from './recognize/figure-sink.ts';
import { layoutTables } from './recognize/layout.ts';
import { recognizeReviewLitigation } from './recognize/review-litigation.ts';
import { otherTablesNotes } from './recognize/other-tables.ts';
import { findSections, firstReportSections } from './recognize/sections.ts';
import { formatFor } from './template/formats.ts';
import { Report, SCHEMA_VERSION, Warning, type CellRef, type DocumentMeta } from './schema.ts';

export interface ExtractOptions {
  /** The page's URL, or null for a saved file with no --url: then the address the browser noted when saving it, if any. */
  url: string | null;
  /** Domains the user trusts as official besides gov.cn (options page). */
  trustedDomains?: string[];
  /** Clock for extractedAt (tests pass a fixed one). */
  now?: Date;
  /** The page is a paginated report's pages joined (joinPages): which were read, in place of the pager on them. */
  pagination?: Pagination;
}

/**
 * Where a figure of the report came from: the table cell (or, for prose, the text node and range); for the
 * report's issuer, dates, period, year and sections (table `document`), the characters of the line(s) it was read from.
 */
export interface FigureBinding<N> {
  ref: CellRef;
  node: N;
  /** For prose figures and the document's values: their characters inside the text node `node`. */
  range?: { start: number; end: number };
}

/** One place of words on the page: their characters, in each text node they run across. */
export type WordPlace<N> = { node: N; start: number; end: number }[];

export interface Extraction<N> {
  report: Report;
  bindings: FigureBinding<N>[];
  /**
   * For each of the report's warnings about words of the page (an injected word, a notice's title, a heading): where the
   * page prints them, in its order. Keyed by the report's own warning objects, which go on to the panel as they are.
   */
  words: Map<Warning, WordPlace<N>[]>;
  /** Where the report is one page of several (null when it is all on this page, or not a report). */
  pagination: Pagination | null;
  /** The elements the page hides that hold a table, read as though shown (document/hidden-tab); none for most pages. */
  hiddenTab: N[];
  /**
   * Whether the report's own text shows a picture or a frame (lib/verdict notChecked: its tables may be one):
   * the portal's banners and logos around it are no part of it.
   */
  pictures: boolean;
}

// The report but its warnings, which are parsed one by one as they are made.
const ReportBesideWarnings = z.omit(Report, { warnings: true });

const TRADITIONAL_NOTE: Warning = {
  rule: 'page/traditional-script', severity: 'info',
  message: '页面用繁体字书写，已逐字转为简体字读取：标签和摘录以简体给出，数字与原文相同',
  cells: [], expected: null, actual: null,
};
const CARRIED_NOTE: Warning = {
  rule: 'page/news-carries-report', severity: 'info',
  message: '页面是关于年度报告的新闻，所载为报告全文（“全文如下”之后为报告本身的标题）：按所载报告读取，标题取报告本身的标题',
  cells: [], expected: null, actual: null,
};
const PINYIN_NOTE: Warning = {
  rule: 'page/pinyin-removed', severity: 'info',
  message: '页面在汉字后夹注拼音（如“统(tǒng)计”），多见于转载镜像站：已去除拼音后读取',
  cells: [], expected: null, actual: null,
};

/**
 * Which year a title's span of two years was read as (XX大学2020-2021学年…: 2020), and why: a 学年 is the year it starts in,
 * other years up to one (某县2019-2020年度) the last; null where the title names one year, or the year came from elsewhere.
 */
function yearSpanNote(title: string, school: boolean, year: number | null): Warning | null {
  const read = titleSpan(title, school);
  if (!read || read.year !== year) return null;
  const why = read.schoolYear ? '按学年开始的年份' : '不是学年，按后一年';
  return {
    rule: 'document/year-span', severity: 'info',
    message: `标题中的“${read.span}”跨两个年份，${why}读作${read.year}年度报告`,
    cells: [{ table: 'document', path: 'year' }], expected: null, actual: null,
  };
}

/**
 * Reads the report out of a page model. Pure: the page is only read. A page whose shown text holds none of the
 * report's tables, whose hidden tab does (the 文字版 a 全真版 PDF viewer hides), is read with that tab shown.
 */
export function extract<N>(source: PageModel<N>, options: ExtractOptions): Extraction<N> {
  const shown = extractShown(source, options, false);
  if (!source.hidden || hasTables(shown.report)) return shown;
  const tab = source.hidden();
  const revealed = extractShown(tab, options, true);
  return hasTables(revealed.report) ? { ...revealed, hiddenTab: tab.shownHidden ?? [] } : shown;
}

const hasTables = (r: Report) => r.activeDisclosure !== null || r.applications !== null || r.reviewLitigation !== null || r.legacyStats !== null;

function extractShown<N>(source: PageModel<N>, options: ExtractOptions, hiddenTab: boolean): Extraction<N> {
  const url = options.url ?? pageAddress(source);
  const traditional = inTraditional(source);
  const simplified = traditional ? simplifiedPage(source) : variantsUnified(source);
  const annotated = inPinyinAnnotated(simplified);
  const shown = withoutStrayCommas(withoutEscapedTags(annotated ? withoutPinyin(simplified) : simplified));
  // Tables laid out as text are read as tables: their lines are a table's, no longer the body's.
  const { page, unfit, layout } = textTables(shown, layoutTables(shown));
  const found = findSections(page, layout);
  // The body: text outside the statistics tables, and the headings that sit in rows of their own inside them.
  const body: number[] = [];
  // A page that prints its article twice prints every line twice: the copy's are left out.
  const seen = found.copies > 0 ? new Set<string>() : null;
  page.lines.forEach((l, i) => {
    if (!(l.table < 0 || layout.has(l.table) || found.headingLines.has(i))) return;
    if (seen) {
      if (seen.has(l.text)) return;
      seen.add(l.text);
    }
    body.push(i);
  });
  // The body's lines as the readers read them: a sentence of running text a soft break cut (…特编制铁岭市人民<br>政府2019
  // 年度…) as one line, and so in what follows `body` (indices into the page's lines) is where each of them starts.
  const rawTexts = body.map((i) => page.lines[i]!.text);
  const rows = rowFiguresOf(rawTexts);
  const runOn = runOnLines(page.lines, body, (k) => rows[k]! >= 2);
  const joinedBody = runOn.lines;
  const starts = runOn.starts.map((k) => body[k]!);
  // Where the page's images and embedded pages of its own site stand among the body lines (the page model counts all lines before each).
  const images = page.images.map((before) => bodyBefore(starts, before));
  const frames = page.embeds.filter((e) => e.src === null || isOwnSitePage(e.src, url)).map((e) => bodyBefore(starts, e.before));
  const dataTables = page.tables.flatMap((t, i) => (layout.has(i) ? [] : [bodyBefore(starts, t.firstLine)]));
  const attachments = page.attachments.map((a) => bodyBefore(starts, a.before));
  // Where no sentence was joined (most pages), the texts whose rows of figures were counted: the rules count them no more.
  const text = documentText(page, joinedBody, joinedBody.length === body.length ? rawTexts : undefined);

  // A page that carries two reports (a 范文 site's two bodies' reports, or one twice): all is read from the
  // first, its lines and its tables; the second, another body's or year's, is only named (secondReportNote),
  // and the same report again gives the tables the first printing lacks.
  const second = secondReportAt(text.bodyLines, text.bodyLinks);
  const first: Required<DocumentText> = second < 0 ? text
    : { ...text, bodyLines: text.bodyLines.slice(0, second), bodyLinks: new Set([...text.bodyLinks].filter((i) => i < second)) };

  // A news item about the report that carries it whole (全文如下 and the report's own title line) is read as that report.
  const named = reportTitle(first);
  const carried = aboutReports(named.title) ? carriedReport(first) : null;
  const { title, inBody: titleInBody, nameAbove, at: titleAt } = carried ? { ...carried, inBody: false, nameAbove: undefined } : named;
  // Whether the report is a school's, read once: its year, and the rules on its year, period and host, read it so.
  const school = schoolOf(title, first.bodyLines);
  const provisionalYear = reportYear(title, null, first.bodyLines, first.bodyLinks, null, school.is)?.value ?? null;
  const period = reportPeriod(first.bodyLines, provisionalYear, title, first.bodyLinks);
  // Where the article ends among the body lines: the signature stands above it, the article's pager too.
  const end = articleEnd(text.bodyLines, text.bodyLinks);
  // The first report's 落款, year and issuer (the page's only where it is a report): a second report of the
  // same body and year is this one again. A body's name and date under the heading are its 落款 where none
  // closes the report; a date alone there is the page's date, which publishedAt reads where the page labels none.
  // The report's heading among them, found once: its date line, its issuer and what its text says start under it.
  const heading = headingLine(first.bodyLines, title, undefined, first.bodyLinks);
  const dated = headingDate(first.bodyLines, heading, title, first.bodyLinks);
  // Only under the heading: a date above it is the portal's (a cut page's 公开日期 / 2022-01-21 box), not the report's.
  const closing = signature(first.bodyLines, Math.min(end, first.bodyLines.length), first.bodyLinks, dated?.end ?? heading + 1);
  const signed = closing ?? (dated?.name ? dated : null);
  const year = reportYear(title, period, first.bodyLines, first.bodyLinks, titleYearAt(title, titleAt, text, school.is), school.is);
  const issuerNamed = reportIssuer(title, first.bodyLines, { nameAbove, signedBy: signed?.name, signerAt: signed?.nameAt, publishedBy: () => publisher(text.allLines), titleAt, allLines: text.allLines, heading });
  // A place the page names for its body and no more (上海市2022年…: shanghai-2022, 丽岙街道: wenzhou-ouhai-liao-2023) issues
  // nothing: its government or 办事处 does.
  const issuer = issuerNamed && { value: placeBody(issuerNamed.value) ?? issuerNamed.value, at: issuerNamed.at };
  const secondNote = second < 0 ? null : secondReportNote(text.bodyLines[second]!, year?.value ?? null, issuer?.value ?? null);
  const sections = second < 0 ? found : firstReportSections(found, page, starts[second]!, secondNote === null);

  // Where the report is one page of several, its tables may go on on the others.
  const paged = options.pagination ?? articlePagination(text.bodyLines, page.pagerScripts, end) ?? viewerPage(page.title, text.bodyLines);
  const sink = new FigureSink<N>();
  const active = recognizeActiveDisclosure(sections.rows.activeDisclosure, sink);
  const applications = recognizeApplications(sections.rows.applications, sink, wholeReport(paged));
  const review = recognizeReviewLitigation(sections.rows.reviewLitigation, sink);
  // How many of the standard tables (表二, 表三, 表四) were read: they alone decide the format, and with none the 统计表
  // is looked for wider too (whether a report has any table, the 统计表 too, is hasTables in labels.ts).
  const standardTables = [active, applications, review].filter(Boolean).length;

  const candidates = standardTables > 0 ? sections.legacyCandidates
    : [...sections.legacyCandidates, ...sections.fallbackCandidates].sort((x, y) => x[0]!.index - y[0]!.index);
  const legacy: LegacyTable<N> | null = recognizeLegacyTables(candidates.map((views) => joinParts(views.map((v) => v.grid))));

  // Standard tables without a single figure are a blank form (the format notice prints one), not a report's data; so
  // is a blank 统计表 (a notice asking for reports attaches one), which a report read as one keeps with its blanks.
  const legacyFigures = legacy !== null && legacy.stats.some((s) => s.value !== null || (s.cumulative ?? null) !== null);
  const judged = judgeReport({ title, titleInBody, bodyLines: text.bodyLines, heading, standardTables: sink.numbers > 0 ? standardTables : 0, legacyTable: legacyFigures, signed: Boolean(signed?.name),
    viewerOfReport: Boolean(paged?.viewer) && namesYearReport(page.title) });
  // A page that is not a report gives its metadata and nothing else: no tables, no findings.
  const keep = judged.isReport;

  // Tables that do not tell their format (表四 alone, the same in both) are the format the report cites, else its year's.
  const format: DocumentMeta['format'] = !keep ? 'unknown'
    : standardTables > 0 ? applications?.format ?? active?.format ?? (judged.year2021 || formatFor(year?.value ?? 0) === '2021' ? '2021' : '2019')
      : legacy ? 'legacy' : 'prose';
  // Another report's lines run from its title to the article's end (page lines, as publishedAt reads them); the
  // same report's date line copied with it again is its own.
  const otherReport = secondNote === null ? null : { start: starts[second]!, end: starts[end] ?? page.lines.length };
  // A body's name and date under the heading that sign the report (赣州市卫生局 / (2013年1月30日), ganzhou-wsj-2012-mirror)
  // date its writing, not the page: a bracketed date there is no portal's date line.
  const allHeading = headingLine(text.allLines, title, undefined, text.allLinks);
  const signedUnder = !closing && dated?.name ? headingDate(text.allLines, allHeading, title, text.allLinks) : null;
  const published = publishedAt(text, allHeading, otherReport, signedUnder ? signedUnder.end - 1 : -1) ?? (dated && !dated.name ? { value: dated.date, at: dated.at } : null);
  const sectionsRead = keep ? reportSections(first.bodyLines) : [];
  const document: DocumentMeta = {
    isReport: keep,
    confidence: judged.confidence,
    format,
    year: keep ? year?.value ?? null : null,
    issuer: keep ? issuer?.value ?? null : null,
    publishedAt: published?.value ?? null,
    signedAt: keep ? signed?.date ?? null : null,
    period: keep ? period?.value ?? null : null,
    sections: sectionsRead.map((s) => s.value),
  };
  // Where the page states each of them, for the panel to show it: the line the reader read it from.
  const located: [string, { at: Spot | null } | null | undefined][] = [
    ['issuer', issuer], ['publishedAt', published], ['signedAt', signed], ['period', period], ['year', year],
    ...sectionsRead.map((s, i): [string, { at: Spot | null }] => [`sections.${i}`, s]),
  ];
  const lineOf = (at: Spot) => (at.lines === 'all' ? page.lines : joinedBody)[at.line]!;

  // The prose reader reads a sentence wrapped across lines as one line, as it joins them; a table's row laid out as text is none.
  const sentences = body.slice(0, runOn.starts[first.bodyLines.length] ?? body.length).filter((_, k) => rows[k]! < 2);
  const prose = keep ? extractProseFigures(unwrappedLines(page.lines, sentences), document.year) : { figures: [], bindings: [], counts: [] };
  const bindings: FigureBinding<N>[] = keep ? [
    ...sink.bindings,
    ...(legacy?.cells.map((cell, i) => legacyBinding(cell, String(i))) ?? []),
    ...(legacy?.cumulativeCells.flatMap((cell, i) => cell === null ? [] : [legacyBinding(cell, `${i}.cumulative`)]) ?? []),
    ...prose.bindings.map((b) => ({
      ref: { table: 'proseFigures' as const, path: b.part === undefined ? String(b.index) : `${b.index}.parts.${b.part}` },
      node: b.node, range: { start: b.start, end: b.end },
    })),
    ...located.flatMap(([path, read]) => (read?.at ? nodeRanges(lineOf(read.at).pieces, read.at.start, read.at.end) : [])
      .map(({ node, start, end }) => ({ ref: { table: 'document' as const, path }, node, range: { start, end } }))),
  ] : [];
  // Each warning is parsed as it joins the list (the rules' as they are made, runChecked): the report holds these very
  // objects, so what is noted of one (the words it is about) stays with it wherever the report's warnings go.
  const unread = unfitFigures(sink.bindings, unfit);
  const warnings: Warning[] = keep
    ? [...(traditional ? [TRADITIONAL_NOTE] : []), ...(annotated ? [PINYIN_NOTE] : []), ...(secondNote ? [secondNote] : []), ...(carried ? [CARRIED_NOTE] : []), ...[yearSpanNote(title, school.is, document.year)].filter((n) => n !== null), ...unfitNote(unread, unfit), ...otherTablesNotes([...sections.others, ...(review?.others ?? [])], page), ...sink.notes.warnings(unread.map((b) => b.ref)), ...(active?.warnings ?? []), ...(applications?.warnings ?? []), ...(review?.warnings ?? []), ...(legacy?.warnings ?? [])]
      .map((w) => Warning.parse(w))
    : [];
  const draft: Report = {
    schemaVersion: SCHEMA_VERSION,
    source: { url, title: page.title || title, extractedAt: (options.now ?? new Date()).toISOString() },
    document,
    activeDisclosure: keep ? (active?.activeDisclosure ?? null) : null,
    applications: keep ? (applications?.applications ?? null) : null,
    reviewLitigation: keep ? (review?.reviewLitigation ?? null) : null,
    legacyStats: keep ? (legacy?.stats ?? null) : null,
    proseFigures: prose.figures,
    warnings,
  };
  // The rules read the report as parsed, plus the page's text lines for what the tables can't say
  // (provenance, announced parts, numbering); they never see the page itself.
  const pagination = keep ? paged : null;
  const spots: WordSpots = new Map();
  if (keep) {
    // Standard tables whose rows are on the page but could not be read: those laid out as text are said to be so.
    const unread = (['activeDisclosure', 'applications', 'reviewLitigation'] as const).filter((t) => draft[t] === null && sections.rows[t].some((r) => r.figureRun.length > 0));
    const fromText = (row: { table: number }) => page.tables[row.table]!.text === true;
    const asText = unread.filter((t) => sections.rows[t].some(fromText));
    warnings.push(...runRules(draft, {
      url, trustedDomains: options.trustedDomains ?? [], title, school, signer: signed?.name ?? null, headingLine: heading, signedLine: closing?.at.line ?? null, publisher: publisher(text.allLines)?.value ?? null, lines: first.bodyLines, pageLines: text.bodyLines, images, frames, tables: dataTables, attachments, links: first.bodyLinks,
      unreadable: unread.filter((t) => !asText.includes(t)), asText, blankForm: active ? null : blankFormFormat(sections.rows.activeDisclosure),
      legacyHeads: legacy?.heads ?? [],
      pagination, hiddenTab, proseCounts: prose.counts, approximate: inexactCells(warnings),
    }, undefined, spots));
  }
  const report: Report = { ...ReportBesideWarnings.parse(draft), warnings };
  const words = new Map([...spots].map(([w, at]) => [w, at.map((spot) => nodeRanges(lineOf(spot).pieces, spot.start, spot.end))]));
  // Any frame, not only its site's pages (frames): a PDF's viewer or another host's file may hold the tables too.
  const pictures = [...images, ...page.embeds.map((e) => bodyBefore(starts, e.before))].some((before) => showsInArticle(before, heading, Math.min(end, first.bodyLines.length)));
  return { report, bindings, words, pagination, hiddenTab: [], pictures };
}

/** A 统计表 entry's figure bound to its cell, or to its characters where the table was laid out as text (lit as a sentence's are). */
function legacyBinding<N>({ node, range }: LegacyCell<N>, path: string): FigureBinding<N> {
  return { ref: { table: 'legacyStats', path }, node, ...(range ? { range } : {}) };
}

/** The figures of rows of text tables that hold more or fewer figures than the table has columns, read as null (textTables). */
function unfitFigures<N>(bindings: readonly FigureBinding<N>[], unfit: ReadonlyMap<object, object>): FigureBinding<N>[] {
  return unfit.size === 0 ? [] : bindings.filter((b) => b.range && unfit.has(b.range));
}

/** What the rows of unfitFigures come to: one note. */
function unfitNote<N>(read: readonly FigureBinding<N>[], unfit: ReadonlyMap<object, object>): Warning[] {
  const rows = new Set(read.map((b) => unfit.get(b.range!))).size;
  return read.length === 0 ? [] : [{
    rule: 'recognition/text-row-unfit', severity: 'info',
    message: `以文字排出的表格中有${rows}行的数字个数与表格列数不合，无从确定各数所在的列，这些行未读取，按没有数字处理`,
    cells: read.map((b) => b.ref), expected: null, actual: null,
  }];
}

/**
 * Whether a picture or frame with `before` body lines above it stands in the article: under the heading line, above
 * where the article ends (its pager, its related links). Below the 落款 too: a 附表 pasted as a picture under the date.
 */
const showsInArticle = (before: number, heading: number, end: number): boolean => before > heading && before <= end;

/** How many of the body's lines (indices into the page's lines, ascending) come before the page's line `before`. */
function bodyBefore(body: readonly number[], before: number): number {
  let lo = 0, hi = body.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (body[mid]! < before) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The page's lines and its body's as the document readers read them (`body`: as runOnLines joined them; `texts`, their
 * texts where already at hand), and which are links' (a portal's lists hold thousands: one loop, no array a line).
 */
function documentText<N>(page: PageModel<N>, body: readonly Line<N>[], texts?: string[]): Required<DocumentText> {
  const allLines: string[] = [], bodyLines: string[] = texts ?? [];
  const allLinks = new Set<number>(), bodyLinks = new Set<number>();
  for (let i = 0; i < page.lines.length; i++) {
    const line = page.lines[i]!;
    allLines.push(line.text);
    if (line.link) allLinks.add(i);
  }
  for (let k = 0; k < body.length; k++) {
    const line = body[k]!;
    if (!texts) bodyLines.push(line.text);
    if (line.link) bodyLinks.add(k);
  }
  return { title: page.title, meta: page.meta, allLines, bodyLines, allLinks, bodyLinks };
}
