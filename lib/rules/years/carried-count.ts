// 表二's count of a kind of document carried from one year's report to the next: the earlier report's count, changed
// by the later report's figures for the year, against the later report's count (in-force.ts, total-published.ts).
import { DOCUMENT_ROWS, type DocumentCounts } from '../activeDisclosure/kinds.ts';
import { withoutRulemaking } from '../issuer.ts';
import type { Finding, YearCheck, YearPair } from '../types.ts';
import { ownCells, ownSide, yearReport } from './pair.ts';

/** A field of 表二's document rows and its name on the page. */
interface Field { key: string; name: string }

interface CarriedCount {
  /** The count carried (现行有效, 对外公开总数量). */
  count: Field;
  /** The later report's changes to it in the year, the first added, each after it added (+1) or taken away (−1). */
  changes: (Field & { sign: 1 | -1 })[];
  /** How the later report's count is off what the earlier's and the changes make it, or null where it is not. */
  gap: (count: number, made: number) => string | null;
  /** What besides a wrong figure may explain a gap. */
  unless: string;
}

/**
 * The check of each document row (规章, 规范性文件), with a finding on each whose later count is off; with any figure blank
 * (not 0) there is nothing to check.
 */
export function carriedCountCheck(pair: YearPair, { count, changes, gap, unless }: CarriedCount): YearCheck {
  const rows = DOCUMENT_ROWS.flatMap(({ key, label }) => {
    if (key === 'regulations' && filledWithoutPower(pair)) return [];
    const before = (pair.earlier.activeDisclosure?.[key] as DocumentCounts | undefined)?.[count.key];
    const row = (pair.later.activeDisclosure?.[key] as DocumentCounts | undefined) ?? {};
    const after = row[count.key];
    const changed = changes.map((c) => row[c.key]);
    if (typeof before !== 'number' || typeof after !== 'number' || !changed.every((v): v is number => typeof v === 'number')) return [];
    const made = changed.reduce((sum, v, i) => sum + changes[i]!.sign * v, before);
    return [{ key, label, before, after, changed, made, off: gap(after, made) }];
  });
  const findings = rows.flatMap(({ key, label, before, after, changed, made, off }): Finding[] => {
    if (off === null) return [];
    const later = yearReport(pair.later);
    const year = changed.map((v, i) => `${i === 0 ? '' : changes[i]!.sign > 0 ? '+' : '−'}${changes[i]!.name}${v}件`).join('');
    return [{
      severity: 'warning',
      message: `${label}：${yearReport(pair.earlier)}${count.name}${before}件+${later}${year}=${made}件，${later}${count.name}${after}件，${off}；除非${unless}，两份报告中有数字有误`,
      cells: ownCells(pair, 'activeDisclosure', { earlier: [`${key}.${count.key}`], later: [...changes.map((c) => `${key}.${c.key}`), `${key}.${count.key}`] }),
      expected: null, actual: ownSide(pair, { earlier: before, later: after }),
    }];
  });
  return { compared: rows.length, findings };
}

/**
 * Whether a body that makes no 规章 filled its 规章 row in either report: the figures there are wrong in themselves, which
 * activeDisclosure/regulations-power says of the report that fills it (桃江县松木塘镇 2022: 规章 现行有效2, 0 in 2023), and
 * a finding across the years would only say it again, on the year that has it right too.
 */
function filledWithoutPower({ earlier, later }: YearPair): boolean {
  return [earlier, later].some((s) => withoutRulemaking(s.issuer, [s.title]) !== null
    && Object.values((s.activeDisclosure?.regulations as DocumentCounts | undefined) ?? {}).some((v) => typeof v === 'number' && v > 0));
}
