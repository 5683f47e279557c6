// 2021 format 表二 across years: 现行有效 = 上年报告的现行有效 + 本年制发 − 本年废止 (the 2019 format counts none in force).
import { DOCUMENT_ROWS, type DocumentCounts } from '../activeDisclosure/kinds.ts';
import type { Finding, YearRule } from '../types.ts';
import { ownCells, ownSide, yearReport } from './pair.ts';

export const inForce: YearRule = {
  id: 'years/in-force',
  severity: 'warning',
  description: '2021版表二：后一年报告的现行有效件数 = 前一年报告的现行有效件数 + 后一年报告的本年制发 − 本年废止 (documents in force in a year\'s report = in force in the previous year\'s report + that year\'s issued − repealed)',
  rationale: '年底现行有效的规章、规范性文件，是上年底现行有效的，加上本年制发的，减去本年废止的。只作警告：文件也会到期自然失效，或被修订后按新文件统计。',
  example: {
    passes: '2022年度报告规范性文件现行有效40件；2023年度报告本年制发5件、废止2件、现行有效43件。',
    fails: '2022年度报告规范性文件现行有效40件；2023年度报告本年制发5件、废止2件、现行有效30件 — 少了13件而无从解释。',
  },
  check(pair) {
    return DOCUMENT_ROWS.flatMap(({ key, label }): Finding[] => {
      const before = (pair.earlier.activeDisclosure?.[key] as DocumentCounts | undefined)?.inForce;
      const { issued, repealed, inForce: after } = (pair.later.activeDisclosure?.[key] as DocumentCounts | undefined) ?? {};
      // A blank is not 0 (the contract): with any of the four blank there is nothing to check.
      if (typeof before !== 'number' || typeof after !== 'number' || typeof issued !== 'number' || typeof repealed !== 'number') return [];
      const sum = before + issued - repealed;
      if (after === sum) return [];
      const later = yearReport(pair.later);
      return [{
        severity: 'warning',
        message: `${label}：${yearReport(pair.earlier)}现行有效${before}件+${later}本年制发${issued}件−本年废止${repealed}件=${sum}件，${later}现行有效${after}件，相差${Math.abs(after - sum)}；除非有文件到期失效或修订，两份报告中有数字有误`,
        cells: ownCells(pair, 'activeDisclosure', { earlier: [`${key}.inForce`], later: [`${key}.issued`, `${key}.repealed`, `${key}.inForce`] }),
        expected: null, actual: ownSide(pair, { earlier: before, later: after }),
      }];
    });
  },
};
