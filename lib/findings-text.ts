// The findings as readable text, for an audit memo or an article: the report's own title, issuer, year and address, then a
// numbered list, most severe first, each finding's severity, message and where the report says what it is about (a
// table's row and column, a sentence quoted, a date), and its rule. In Chinese, or in English around the engine's
// Chinese messages and the report's own names of its figures.
import { comparisonOf, comparisonText } from './comparison.ts';
import { ownTitle } from './document/title.ts';
import { filterFindings } from './finding-filter.ts';
import { figureName, type Language } from './labels.ts';
import { quote } from './text/quote.ts';
import { englishSummary } from './rules/summary.ts';
import { SEVERITIES, type CellRef, type Report, type Severity, type Warning } from './schema.ts';

export interface FindingsTextOptions {
  language: Language;
  /** The page's address (a saved page's file:// one), given where the report's own (source.url) is unknown. */
  url: string | null;
  /** Severities the reader hid: their findings are left out (those doubting the page's provenance kept: filterFindings), and the text says how many. */
  hidden?: readonly Severity[];
}

/** Where a finding lists more places than this, the rest are counted, not named (a blank-cell note names 126). */
const PLACES_NAMED = 5;

const WORDS = {
  zh: {
    severity: { error: '错误', warning: '提醒', info: '信息' } satisfies Record<Severity, string>,
    issuer: '发布机关', year: '年度', address: '网址', unknown: '未知', separator: '；', colon: '：', and: '、',
    heading: (read: string, counts: string) => `年报透视检查结果（读取于 ${read}）：${counts}`,
    count: (n: number, severity: string) => `${severity} ${n} 条`,
    none: '没有发现问题',
    left: (counts: string) => `（未列出：${counts}）`,
    item: (n: number, severity: string, message: string) => `${n}. 【${severity}】${message}`,
    comparison: (pair: string) => `（${pair}）`,
    where: '位置：', rule: '检查编号：', more: (n: number) => `等，共 ${n} 处`, text: '正文',
    document: { issuer: '发布机关', year: '年度', publishedAt: '发布日期', signedAt: '落款日期', period: '统计期限', section: '标题' },
    periodText: (start: string, end: string) => `${start} 至 ${end}`,
  },
  en: {
    severity: { error: 'Error', warning: 'Warning', info: 'Info' } satisfies Record<Severity, string>,
    issuer: 'Issuer', year: 'Year', address: 'Address', unknown: 'unknown', separator: '; ', colon: ': ', and: ', ',
    heading: (read: string, counts: string) => `Findings of GovReport Lens (read ${read}): ${counts}`,
    count: (n: number, severity: string) => `${n} ${severity.toLowerCase()}${n === 1 || severity === 'Info' ? '' : 's'}`,
    none: 'no problems found',
    left: (counts: string) => ` (left out: ${counts})`,
    item: (n: number, severity: string, message: string) => `${n}. [${severity}] ${message}`,
    comparison: (pair: string) => ` (${pair})`,
    where: 'Where: ', rule: 'Check code: ', more: (n: number) => ` and more, ${n} in all`, text: 'Text (正文) ',
    document: { issuer: 'issuer', year: 'year', publishedAt: 'date published', signedAt: 'date signed', period: 'reporting period', section: 'heading' },
    periodText: (start: string, end: string) => `${start} to ${end}`,
  },
};
/** "2026-11-23 05:48 UTC": when the page was read, to the minute. */
const readAt = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** The findings of `report` as a numbered list under the report's title, issuer, year and address; lines end in LF. */
export function findingsToText(report: Report, { language, url, hidden = [] }: FindingsTextOptions): string {
  const w = WORDS[language];
  // The report's title, not the portal's column and site its <title> adds (source.title keeps the page's whole, as the panel shows it).
  const title = ownTitle(report.source.title);
  const { issuer, year } = report.document;
  const { shown, left } = filterFindings(report.warnings, hidden);
  const listed = SEVERITIES.flatMap((s) => shown.filter((f) => f.severity === s));
  const shownCounts = SEVERITIES.map((s) => [s, listed.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0).map(([s, n]) => w.count(n, w.severity[s])).join(w.and);
  const leftCounts = left.map(({ severity, count }) => w.count(count, w.severity[severity])).join(w.and);
  const address = report.source.url ?? url;
  const lines = [
    ...(title ? [title] : []),
    `${w.issuer}${w.colon}${issuer ?? w.unknown}${w.separator}${w.year}${w.colon}${year ?? w.unknown}`,
    ...(address ? [`${w.address}${w.colon}${address}`] : []),
    w.heading(readAt(report.source.extractedAt), shownCounts || w.none) + (leftCounts ? w.left(leftCounts) : ''),
    '',
    ...listed.flatMap((finding, i) => findingLines(report, finding, i + 1, language)),
  ];
  return lines.join('\n') + '\n';
}

/** One finding: its number, severity and message (an English gist first in English), where, and its rule. */
function findingLines(report: Report, finding: Warning, n: number, language: Language): string[] {
  const w = WORDS[language];
  const gist = language === 'en' ? englishSummary(finding.rule, finding.message) : null;
  const pair = comparisonOf(finding, language);
  const comparison = pair ? w.comparison(comparisonText(pair, language)) : '';
  const places = [...new Set(finding.cells.map((cell) => placeName(report, cell, language)).filter((p): p is string => p !== null))];
  const where = places.length > PLACES_NAMED ? `${places.slice(0, PLACES_NAMED).join(w.separator)}${w.more(places.length)}` : places.join(w.separator);
  return [
    w.item(n, w.severity[finding.severity], `${gist ? `${gist} — ` : ''}${finding.message}${comparison}`),
    ...(where ? [`   ${w.where}${where}`] : []),
    `   ${w.rule}${finding.rule}`,
  ];
}

/** Where the report says what a cell holds: 表三·予以公开·自然人, the sentence of a figure in the text, 落款日期 2021-01-19. */
export function placeName(report: Report, { table, path }: CellRef, language: Language): string | null {
  const w = WORDS[language];
  if (table === 'proseFigures') {
    const figure = report.proseFigures[Number(path.split('.')[0])];
    return figure ? `${w.text}${quote(figure.text)}` : null;
  }
  if (table !== 'document') return figureName(report, table, path, language);
  const { document } = report;
  if (path.startsWith('sections.')) {
    const section = document.sections[Number(path.slice('sections.'.length))];
    return section ? `${w.document.section}${quote(`${section.number}、${section.title}`)}` : null;
  }
  switch (path) {
    case 'issuer': return `${w.document.issuer} ${document.issuer ?? w.unknown}`;
    case 'year': return `${w.document.year} ${document.year ?? w.unknown}`;
    case 'publishedAt': return `${w.document.publishedAt} ${document.publishedAt ?? w.unknown}`;
    case 'signedAt': return `${w.document.signedAt} ${document.signedAt ?? w.unknown}`;
    case 'period': return `${w.document.period} ${document.period ? w.periodText(document.period.start, document.period.end) : w.unknown}`;
    default: return null;
  }
}
