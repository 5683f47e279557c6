// The two figures a finding compares (its expected and actual), each with what it is, as the panel and the copied memo
// show them: «表三 275 · 正文 258», «完整年度 365 天 · 统计期限 333 天». "应为 275，实为 258" took sides: it declared the
// table right and the text wrong where the table's 总计 was blank and 275 the tool's own sum, and an official told 应为
// may "correct" the figure that was right. The JSON keeps expected and actual (the contract); what each is comes from
// the rule that found them.
import { shortTableName, type Language } from './labels.ts';
import type { Warning } from './schema.ts';

/** One figure of the pair: what it is, and its value with its unit. */
export interface Side { label: string; value: string }

type Words = { zh: readonly [string, string]; en: readonly [string, string] };
/** What a rule's expected and actual are, and their unit (a space first where one goes between number and unit). */
interface Pair { labels: Words; unit?: { zh: string; en: string } }

// Each a sum of parts against the total the page states (balance.ts: left the parts, right the total).
const SUM: Pair = { labels: { zh: ['各项之和', '总计'], en: ['parts add up to', 'total'] } };

const PAIRS: Record<string, Pair> = {
  'applications/row-sum': SUM,
  'applications/outcome-sum': SUM,
  'reviewLitigation/outcome-sum': SUM,
  'legacyStats/children-sum': SUM,
  'applications/column-balance': { labels: { zh: ['新收+上年结转', '办结+结转下年'], en: ['received + carried over', 'processed + carried forward'] } },
  'activeDisclosure/published-within-total': { labels: { zh: ['本年新公开', '对外公开总数'], en: ['published this year', 'published in all'] } },
  'activeDisclosure/in-force-balance': { labels: { zh: ['制发减废止', '现行有效'], en: ['issued − repealed', 'in force'] } },
  'legacyStats/subset-within-parent': { labels: { zh: ['总数', '其中一项'], en: ['total', 'one part'] } },
  'legacyStats/cumulative-not-below-year': { labels: { zh: ['本年', '累计'], en: ['this year', 'cumulative'] } },
  'prose/parts-sum': { labels: { zh: ['正文总数', '分项之和'], en: ['total in the text', 'parts add up to'] } },
  'prose/stated-shares': { labels: { zh: ['算得', '正文写'], en: ['computed', 'stated'] }, unit: { zh: '%', en: '%' } },
  'prose/completion-rate': { labels: { zh: ['算得', '正文写'], en: ['computed', 'stated'] }, unit: { zh: '%', en: '%' } },
  'prose/fee-notices': { labels: { zh: ['收费通知', '逾期未缴费'], en: ['fee notices', 'unpaid after notice'] } },
  'document/whole-year-period': { labels: { zh: ['完整年度', '统计期限'], en: ['whole year', 'reporting period'] }, unit: { zh: ' 天', en: ' days' } },
  // Its actual is how many of the parts were found, not how far the report got: 写到 2 read as "up to part 2".
  'document/six-parts': { labels: { zh: ['应有部分', '找到'], en: ['parts required', 'found'] }, unit: { zh: ' 个', en: '' } },
  'document/announced-parts': { labels: { zh: ['开头列出的部分', '找到'], en: ['parts announced', 'found'] }, unit: { zh: ' 个', en: '' } },
  'document/announced-count': { labels: { zh: ['开头所说的部分', '列出'], en: ['parts stated', 'named'] }, unit: { zh: ' 个', en: '' } },
  'document/year-agrees': { labels: { zh: ['一处', '另一处'], en: ['one place', 'another'] }, unit: { zh: ' 年', en: '' } },
  'legacyStats/column-year': { labels: { zh: ['报告年度', '统计表表头'], en: ['report year', 'table head'] }, unit: { zh: ' 年', en: '' } },
};
/** The rules named above: the tests check each is a rule. */
export const PAIRED_RULES: readonly string[] = Object.keys(PAIRS);

/** A rule not named above: the two figures, neither taken for right. */
const EITHER: Pair = { labels: { zh: ['一处', '另一处'], en: ['one figure', 'the other'] } };

// Rules that hold a sentence's figure against a table's: the pair is named by the table and the text.
const PROSE_AGAINST_TABLE = new Set(['prose/table-agreement', 'prose/case-outcomes']);

/**
 * The figures `warning` compares, labelled; null unless it gives both. A prose figure checked against a table's
 * (prose/table-agreement, prose/case-outcomes) is named by the table and the text: 表三 275 · 正文 258.
 */
export function comparisonOf(warning: Pick<Warning, 'rule' | 'cells' | 'expected' | 'actual'>, language: Language): [Side, Side] | null {
  if (warning.expected === null || warning.actual === null) return null;
  const { labels, unit } = PAIRS[warning.rule] ?? EITHER;
  const table = PROSE_AGAINST_TABLE.has(warning.rule) ? warning.cells.find((c) => c.table !== 'proseFigures')?.table : undefined;
  const [first, second] = table ? [shortTableName(table, language), shortTableName('proseFigures', language)] : labels[language];
  const value = (n: number) => `${n}${unit?.[language] ?? ''}`;
  return [{ label: first, value: value(warning.expected) }, { label: second, value: value(warning.actual) }];
}

// Between a figure's label and its value: a colon in English, where a label ending in a numeral ran into its value
// (Table 4 5 · Text 7, read as table 45).
const BETWEEN: Record<Language, string> = { zh: ' ', en: ': ' };

/** The pair as one line: «表三 275 · 正文 258», «Table 3: 275 · Text: 258». */
export const comparisonText = ([a, b]: [Side, Side], language: Language): string =>
  `${a.label}${BETWEEN[language]}${a.value} · ${b.label}${BETWEEN[language]}${b.value}`;
