// 2021 format 表二: 现行有效 = 上年现行有效 + 本年制发 − 本年废止 (− 到期失效), so it is at least 制发 − 废止.
import type { Finding, Rule } from '../types.ts';
import { documentRows } from './kinds.ts';

export const inForceBalance: Rule = {
  id: 'activeDisclosure/in-force-balance',
  severity: 'warning',
  description: '2021版表二：现行有效件数 ≥ 本年制发件数 − 本年废止件数 (documents in force at least issued minus repealed)',
  rationale: {
    zh: '本年制发而未废止的文件年底仍然有效，所以现行有效件数至少是制发减废止。只作警告：少数文件可能当年到期自然失效，或机关只统计了部分文件。',
    en: 'Documents issued this year and not repealed are still in force at the year\'s end, so those in force are at least those issued less those repealed. Only a warning: a few documents may expire within the year, or the body may have counted only some of its documents.',
  },
  example: {
    passes: {
      zh: '行政规范性文件：本年制发12、本年废止3，现行有效40。',
      en: 'Normative documents: issued this year 12, repealed this year 3, in force 40.',
    },
    fails: {
      zh: '行政规范性文件：本年制发12、本年废止3，现行有效5 — 本年制发而未废止的就有9件。',
      en: 'Normative documents: issued this year 12, repealed this year 3, in force 5 — the 9 issued this year and not repealed are more than that.',
    },
  },
  check(report) {
    return documentRows(report, '2021').flatMap(({ key, label, row }): Finding[] => {
      const { issued, repealed, inForce } = row;
      if (typeof issued !== 'number' || typeof inForce !== 'number') return [];
      const floor = issued - (repealed ?? 0);
      if (inForce >= floor) return [];
      return [{
        severity: 'warning',
        message: `${label}：本年制发(${issued})−本年废止(${repealed ?? '空白'})=${floor}，现行有效件数只有${inForce}，少了${floor - inForce}；除非有文件当年到期失效，数字有误`,
        cells: (['issued', 'repealed', 'inForce'] as const).map((f) => ({ table: 'activeDisclosure' as const, path: `${key}.${f}` })),
        expected: floor, actual: inForce,
      }];
    });
  },
};
