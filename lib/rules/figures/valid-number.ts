// Counts are non-negative integers; amounts are non-negative; only 本年增/减 may be negative.
import type { TableName } from '../../schema.ts';
import { figureName } from '../../labels.ts';
import { SIGNED_FIELD } from '../../template/active-disclosure.ts';
import type { Finding, Rule } from '../types.ts';

type FigureTable = Exclude<TableName, 'proseFigures' | 'document'>;
type Kind = 'count' | 'amount' | 'change';

export const validNumber: Rule = {
  id: 'figures/valid-number',
  severity: 'error',
  description: '表中的件数是非负整数，金额非负，只有"本年增/减"可为负 (counts are non-negative integers, amounts non-negative)',
  rationale: {
    zh: '申请件数、处理决定数量、项目数都是计数，不可能为负或带小数；出现这样的数多半是录入或识别错误。',
    en: 'Numbers of applications, of decisions and of items are counts: they cannot be negative or have decimals; such a figure is most likely an error in typing it or in reading it.',
  },
  example: {
    passes: {
      zh: '表三·予以公开·自然人 为 27；表二·政府集中采购·金额 为 825.5（万元）。',
      en: 'Table 3 · disclosed in full · individuals is 27; Table 2 · government procurement · amount is 825.5 (10,000 yuan).',
    },
    fails: {
      zh: '表三·予以公开·自然人 为 -1，或 表四·行政复议·总计 为 2.5。',
      en: 'Table 3 · disclosed in full · individuals is -1, or Table 4 · administrative reconsideration · total is 2.5.',
    },
  },
  check(report) {
    const findings: Finding[] = [];
    const flag = (table: FigureTable, path: string, value: number, kind: Kind): void => {
      const problem = problemWith(value, kind);
      if (!problem) return;
      findings.push({
        severity: 'error',
        message: `${figureName(report, table, path)}为${value}：${problem}`,
        cells: [{ table, path }], expected: null, actual: value,
      });
    };
    const walk = (table: FigureTable, node: object, path: string): void => {
      for (const key in node) {
        const child = (node as Record<string, unknown>)[key];
        if (typeof child === 'number') {
          if (!validAsAnyKind(child)) flag(table, path ? `${path}.${key}` : key, child, kindOfKey(key));
        } else if (child && typeof child === 'object') walk(table, child, path ? `${path}.${key}` : key);
      }
    };
    for (const table of ['activeDisclosure', 'applications', 'reviewLitigation'] as const) {
      const root = report[table];
      if (root) walk(table, root, '');
    }
    report.legacyStats?.forEach((entry, i) => {
      for (const field of ['value', 'cumulative'] as const) {
        const value = entry[field];
        if (typeof value !== 'number' || validAsAnyKind(value)) continue;
        const kind = isLegacyAmount(entry) ? 'amount' : 'count';
        flag('legacyStats', field === 'value' ? `${i}` : `${i}.cumulative`, value, kind);
      }
    });
    return findings;
  },
};

// A legacy row in 元/万元 or % is an amount, not a count; so is a row of a table without a unit
// column that names money or a rate (专项经费 0.5, 全文电子化率 98.5).
const AMOUNT_UNIT = /元|%|％/;
const AMOUNT_LABEL = /费|元|金额|率|比例|%|％/;
const isLegacyAmount = (entry: { label: string; unit: string | null }): boolean =>
  entry.unit ? AMOUNT_UNIT.test(entry.unit) : AMOUNT_LABEL.test(entry.label);

/** Nearly every figure is a non-negative integer, valid whatever its kind: the test that spares the rest. */
const validAsAnyKind = (value: number): boolean => Number.isInteger(value) && value >= 0;

const kindOfKey = (key: string): Kind => (key === SIGNED_FIELD ? 'change' : key === 'amount' ? 'amount' : 'count');

function problemWith(value: number, kind: Kind): string | null {
  if (!Number.isFinite(value)) return '不是有效数字';
  if (kind !== 'change' && value < 0) return kind === 'amount' ? '金额不能为负数' : '件数不能为负数';
  if (kind !== 'amount' && !Number.isInteger(value)) return '件数应为整数';
  return null;
}
