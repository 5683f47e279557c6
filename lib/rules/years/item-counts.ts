// 2019 format 表二 across years: 上一年项目数量 = 上年报告的上一年项目数量 + 本年增/减.
import { pathName } from '../../labels.ts';
import type { Finding, YearRule } from '../types.ts';
import { ownCells, ownSide, yearReport } from './pair.ts';

// The rows of 表二 (2019) that count items from year to year (the 2021 format counts none).
const ITEM_ROWS = ['licensing', 'otherServices', 'punishment', 'coercion', 'fees'] as const;

type ItemCounts = { previousCount?: number | null; change?: number | null };

export const itemCounts: YearRule = {
  id: 'years/item-counts',
  form: '2019',
  severity: 'warning',
  description: '2019版表二：后一年报告的“上一年项目数量”= 前一年报告的“上一年项目数量”+“本年增/减” (a year\'s report\'s previous count = the previous year\'s report\'s previous count + that report\'s change)',
  rationale: {
    zh: '上年报告的“上一年项目数量”加上它的“本年增/减”，就是上年底的项目数量，也就是本年报告应填的“上一年项目数量”。只作警告：事项清单调整口径时数字可能重新核定。',
    en: 'The earlier report\'s items last year (上一年项目数量) plus its change this year (本年增/减) are the items at that year\'s end, which the later report should give as its items last year. Only a warning: the numbers may be set anew when the list of matters is redefined.',
  },
  example: {
    passes: {
      zh: '2019年度报告行政许可上一年项目数量120、本年增/减−5；2020年度报告上一年项目数量115。',
      en: '2019 report, administrative licensing: items last year 120, change this year −5; 2020 report: items last year 115.',
    },
    fails: {
      zh: '2019年度报告行政许可上一年项目数量120、本年增/减−5；2020年度报告上一年项目数量120 — 去年减少的5项又回来了。',
      en: '2019 report, administrative licensing: items last year 120, change this year −5; 2020 report: items last year 120 — the 5 items dropped the year before are back.',
    },
  },
  check(pair) {
    const rows = ITEM_ROWS.flatMap((key) => {
      const { previousCount: base, change } = (pair.earlier.activeDisclosure?.[key] as ItemCounts | undefined) ?? {};
      const after = (pair.later.activeDisclosure?.[key] as ItemCounts | undefined)?.previousCount;
      return typeof base === 'number' && typeof change === 'number' && typeof after === 'number' ? [{ key, base, change, after }] : [];
    });
    const findings = rows.filter(({ base, change, after }) => after !== base + change).map(({ key, base, change, after }): Finding => {
      const sum = base + change;
      return {
        severity: 'warning',
        message: `${pathName(key)}：${yearReport(pair.earlier)}上一年项目数量${base}+本年增/减${change}=${sum}，${yearReport(pair.later)}“上一年项目数量”${after}，相差${Math.abs(after - sum)}`,
        cells: ownCells(pair, 'activeDisclosure', { earlier: [`${key}.previousCount`, `${key}.change`], later: [`${key}.previousCount`] }),
        // The earlier report's side is the count its figures give for its year's end, which the later starts from.
        expected: null, actual: ownSide(pair, { earlier: sum, later: after }),
      };
    });
    return { compared: rows.length, findings };
  },
};
