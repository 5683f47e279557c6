// 2019 format 表二: what was newly published this year is part of the total ever published.
import type { Finding, Rule } from '../types.ts';
import { documentRows } from './kinds.ts';

export const publishedWithinTotal: Rule = {
  id: 'activeDisclosure/published-within-total',
  severity: 'error',
  description: '2019版表二：本年新公开数量 ≤ 对外公开总数量 (newly published this year cannot exceed the total published)',
  rationale: {
    zh: '对外公开总数量是截至本年底累计公开的数量，已包含本年新公开的文件，所以不可能比本年新公开的少。',
    en: 'Published, in all (对外公开总数量) is the number published up to the end of the year, the documents published this year among them, so it cannot be less than those published this year.',
  },
  example: {
    passes: {
      zh: '规范性文件：本年新公开300，对外公开总数量1109。',
      en: 'Normative documents: published this year 300, published in all 1109.',
    },
    fails: {
      zh: '规范性文件：本年新公开300，对外公开总数量290。',
      en: 'Normative documents: published this year 300, published in all 290.',
    },
  },
  check(report) {
    return documentRows(report, '2019').flatMap(({ key, label, row }): Finding[] => {
      const { newlyPublished: published, totalPublished: total } = row;
      if (typeof published !== 'number' || typeof total !== 'number' || published <= total) return [];
      return [{
        severity: 'error',
        message: `${label}：本年新公开数量(${published})大于对外公开总数量(${total})，总数应包含本年新公开的，至少差${published - total}`,
        cells: [
          { table: 'activeDisclosure', path: `${key}.newlyPublished` },
          { table: 'activeDisclosure', path: `${key}.totalPublished` },
        ],
        expected: published, actual: total,
      }];
    });
  },
};
