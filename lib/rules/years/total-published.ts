// 2019 format 表二 across years: 对外公开总数量 rises by no more than the year's 本年新公开数量.
import { DOCUMENT_ROWS, type DocumentCounts } from '../activeDisclosure/kinds.ts';
import type { Finding, YearRule } from '../types.ts';
import { ownCells, ownSide, yearReport } from './pair.ts';

export const totalPublished: YearRule = {
  id: 'years/total-published',
  severity: 'warning',
  description: '2019版表二：后一年报告的对外公开总数量 ≤ 前一年报告的对外公开总数量 + 后一年报告的本年新公开数量 (the total published in a year\'s report is at most the previous year\'s report\'s total + that year\'s newly published)',
  rationale: '对外公开总数量是公开着的文件数，只因本年新公开的文件而增加；文件废止撤下时会减少，所以只查增加的一边。只作警告：机构合并等统计范围的变化也会使总数增加。',
  example: {
    passes: '2019年度报告规范性文件对外公开总数量89件；2020年度报告本年新公开77件、对外公开总数量166件。',
    fails: '2019年度报告规章对外公开总数量0件；2020年度报告本年新公开0件、对外公开总数量7件 — 多出的7件无从解释。',
  },
  check(pair) {
    // Only two reports in the 2019 format have these fields: across the change to the 2021 format, whatever
    // the years, there is nothing to compare.
    return DOCUMENT_ROWS.flatMap(({ key, label }): Finding[] => {
      const before = (pair.earlier.activeDisclosure?.[key] as DocumentCounts | undefined)?.totalPublished;
      const { newlyPublished: published, totalPublished: after } = (pair.later.activeDisclosure?.[key] as DocumentCounts | undefined) ?? {};
      // A blank is not 0 (the contract): with any of the three blank there is nothing to check.
      if (typeof before !== 'number' || typeof after !== 'number' || typeof published !== 'number') return [];
      const most = before + published;
      if (after <= most) return [];
      const later = yearReport(pair.later);
      return [{
        severity: 'warning',
        message: `${label}：${yearReport(pair.earlier)}对外公开总数量${before}件+${later}本年新公开${published}件=${most}件，${later}对外公开总数量${after}件，多出${after - most}件；除非统计范围有变（如机构合并），两份报告中有数字有误`,
        cells: ownCells(pair, 'activeDisclosure', { earlier: [`${key}.totalPublished`], later: [`${key}.newlyPublished`, `${key}.totalPublished`] }),
        expected: null, actual: ownSide(pair, { earlier: before, later: after }),
      }];
    });
  },
};
