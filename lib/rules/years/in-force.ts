// 2021 format 表二 across years: 现行有效 = 上年报告的现行有效 + 本年制发 − 本年废止 (the 2019 format counts none in force).
import type { YearRule } from '../types.ts';
import { carriedCountCheck } from './carried-count.ts';

export const inForce: YearRule = {
  id: 'years/in-force',
  form: '2021',
  severity: 'warning',
  description: '2021版表二：后一年报告的现行有效件数 = 前一年报告的现行有效件数 + 后一年报告的本年制发 − 本年废止 (documents in force in a year\'s report = in force in the previous year\'s report + that year\'s issued − repealed)',
  rationale: {
    zh: '年底现行有效的规章、规范性文件，是上年底现行有效的，加上本年制发的，减去本年废止的。只作警告：文件也会到期自然失效，或被修订后按新文件统计。县级及以下机关、开发区无权制定规章，其“规章”一行填了数字时由表二的规章一条（activeDisclosure/regulations-power）指出，不再跨年度比对。',
    en: 'The administrative rules (规章) and normative documents in force at a year\'s end are those in force at the end of the year before, plus those issued in the year, less those repealed in it. Only a warning: documents also expire, or are counted as new ones once amended. A county\'s, township\'s or zone\'s body makes no administrative rules: where it fills their row, the check of that row says so, and the row is not compared across the years.',
  },
  example: {
    passes: {
      zh: '2022年度报告规范性文件现行有效40件；2023年度报告本年制发5件、废止2件、现行有效43件。',
      en: '2022 report, normative documents: in force 40; 2023 report: issued this year 5, repealed 2, in force 43.',
    },
    fails: {
      zh: '2022年度报告规范性文件现行有效40件；2023年度报告本年制发5件、废止2件、现行有效30件 — 少了13件而无从解释。',
      en: '2022 report, normative documents: in force 40; 2023 report: issued this year 5, repealed 2, in force 30 — 13 fewer, unexplained.',
    },
  },
  check: (pair) => carriedCountCheck(pair, {
    count: { key: 'inForce', name: '现行有效' },
    changes: [{ key: 'issued', name: '本年制发', sign: 1 }, { key: 'repealed', name: '本年废止', sign: -1 }],
    gap: (count, made) => count === made ? null : `相差${Math.abs(count - made)}`,
    unless: '有文件到期失效或修订',
  }),
};
