// Counts are non-negative integers; amounts are non-negative; only 本年增/减 may be negative.
import type { Report, TableName } from '../../schema.ts';
import { figureName } from '../../labels.ts';
import type { Finding, Rule } from '../types.ts';

type FigureTable = Exclude<TableName, 'proseFigures' | 'document'>;
interface Leaf { table: FigureTable; path: string; value: number; kind: 'count' | 'amount' | 'change' }

export const validNumber: Rule = {
  id: 'figures/valid-number',
  severity: 'error',
  description: '表中的件数是非负整数，金额非负，只有"本年增/减"可为负 (counts are non-negative integers, amounts non-negative)',
  rationale: '申请件数、处理决定数量、项目数都是计数，不可能为负或带小数；出现这样的数多半是录入或识别错误。',
  example: {
    passes: '表三·予以公开·自然人 为 27；表二·政府集中采购·金额 为 825.5（万元）。',
    fails: '表三·予以公开·自然人 为 -1，或 表四·行政复议·总计 为 2.5。',
  },
  check(report) {
    return leaves(report).flatMap((leaf): Finding[] => {
      const problem = problemWith(leaf);
      if (!problem) return [];
      return [{
        severity: 'error',
        message: `${figureName(report, leaf.table, leaf.path)}为${leaf.value}：${problem}`,
        cells: [{ table: leaf.table, path: leaf.path }], expected: null, actual: leaf.value,
      }];
    });
  },
};

function problemWith({ value, kind }: Leaf): string | null {
  if (!Number.isFinite(value)) return '不是有效数字';
  if (kind !== 'change' && value < 0) return kind === 'amount' ? '金额不能为负数' : '件数不能为负数';
  if (kind !== 'amount' && !Number.isInteger(value)) return '件数应为整数';
  return null;
}

function leaves(report: Report): Leaf[] {
  const out: Leaf[] = [];
  const walk = (table: FigureTable, node: unknown, path: string, key: string): void => {
    if (typeof node === 'number') {
      out.push({ table, path, value: node, kind: key === 'change' ? 'change' : key === 'amount' ? 'amount' : 'count' });
    } else if (node && typeof node === 'object') {
      for (const child in node) walk(table, (node as Record<string, unknown>)[child], path ? `${path}.${child}` : child, child);
    }
  };
  walk('activeDisclosure', report.activeDisclosure, '', '');
  walk('applications', report.applications, '', '');
  walk('reviewLitigation', report.reviewLitigation, '', '');
  report.legacyStats?.forEach((entry, i) => {
    // A legacy row in 元/万元 or % is an amount, not a count.
    const kind = /元|%|％/.test(entry.unit ?? '') ? 'amount' : 'count';
    for (const [field, path] of [['value', `${i}`], ['cumulative', `${i}.cumulative`]] as const) {
      const value = entry[field];
      if (typeof value === 'number') out.push({ table: 'legacyStats', path, value, kind });
    }
  });
  return out;
}
