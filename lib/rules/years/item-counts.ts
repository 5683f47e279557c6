// 2019 format 表二 across years: 上一年项目数量 = 上年报告的上一年项目数量 + 本年增/减.
import { pathName } from '../../labels.ts';
import type { Finding, YearRule } from '../types.ts';
import { ownCells, sides, yearReport } from './pair.ts';

// The rows of 表二 (2019) that count items from year to year (the 2021 format counts none).
const ITEM_ROWS = ['licensing', 'otherServices', 'punishment', 'coercion', 'fees'] as const;

type ItemCounts = { previousCount?: number | null; change?: number | null };

export const itemCounts: YearRule = {
  id: 'years/item-counts',
  severity: 'warning',
  description: '2019版表二：“上一年项目数量”= 上年报告的“上一年项目数量”+“本年增/减” (previous count = last year\'s previous count + its change)',
  rationale: '上年报告的“上一年项目数量”加上它的“本年增/减”，就是上年底的项目数量，也就是本年报告应填的“上一年项目数量”。只作警告：事项清单调整口径时数字可能重新核定。',
  example: {
    passes: '2019年度报告行政许可上一年项目数量120、本年增/减−5；2020年度报告上一年项目数量115。',
    fails: '2019年度报告行政许可上一年项目数量120、本年增/减−5；2020年度报告上一年项目数量120 — 去年减少的5项又回来了。',
  },
  check(pair) {
    const { other } = sides(pair);
    return ITEM_ROWS.flatMap((key): Finding[] => {
      const label = pathName(key);
      const earlier = pair.earlier.activeDisclosure?.[key] as ItemCounts | undefined;
      const later = pair.later.activeDisclosure?.[key] as ItemCounts | undefined;
      const { previousCount: base, change } = earlier ?? {};
      const after = later?.previousCount;
      if (typeof base !== 'number' || typeof change !== 'number' || typeof after !== 'number') return [];
      const expected = base + change;
      if (after === expected) return [];
      const sum = `上一年项目数量${base}+本年增/减${change}=${expected}`;
      return [{
        severity: 'warning',
        message: pair.current === 'later'
          ? `${label}：${yearReport(other)}${sum}，本报告“上一年项目数量”却是${after}，相差${Math.abs(after - expected)}`
          : `${label}：本报告${sum}，${yearReport(other)}“上一年项目数量”却是${after}，相差${Math.abs(after - expected)}`,
        cells: ownCells(pair, 'activeDisclosure', { earlier: [`${key}.previousCount`, `${key}.change`], later: [`${key}.previousCount`] }),
        expected: pair.current === 'later' ? expected : after - base,
        actual: pair.current === 'later' ? after : change,
      }];
    });
  },
};
