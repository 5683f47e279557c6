// 2019 format 表二 across years: 对外公开总数量 rises by no more than the year's 本年新公开数量.
import type { YearRule } from '../types.ts';
import { carriedCountCheck } from './carried-count.ts';

export const totalPublished: YearRule = {
  id: 'years/total-published',
  form: '2019',
  severity: 'warning',
  description: '2019版表二：后一年报告的对外公开总数量 ≤ 前一年报告的对外公开总数量 + 后一年报告的本年新公开数量 (the total published in a year\'s report is at most the previous year\'s report\'s total + that year\'s newly published)',
  rationale: {
    zh: '对外公开总数量是公开着的文件数，只因本年新公开的文件而增加；文件废止撤下时会减少，所以只查增加的一边。只作警告：机构合并等统计范围的变化也会使总数增加。县级及以下机关、开发区无权制定规章，其“规章”一行填了数字时由表二的规章一条（activeDisclosure/regulations-power）指出，不再跨年度比对。',
    en: 'Published, in all (对外公开总数量) is the number of documents kept published: it grows only by those published in the year, and shrinks as documents are repealed and taken down, so only growth is checked. Only a warning: a change in what is counted, such as bodies merged, can raise the total too. A county\'s, township\'s or zone\'s body makes no administrative rules: where it fills their row, the check of that row says so, and the row is not compared across the years.',
  },
  example: {
    passes: {
      zh: '2019年度报告规范性文件对外公开总数量89件；2020年度报告本年新公开77件、对外公开总数量166件。',
      en: '2019 report, normative documents: published in all 89; 2020 report: published this year 77, published in all 166.',
    },
    fails: {
      zh: '2019年度报告规章对外公开总数量0件；2020年度报告本年新公开0件、对外公开总数量7件 — 多出的7件无从解释。',
      en: '2019 report, administrative rules: published in all 0; 2020 report: published this year 0, published in all 7 — the 7 more have no explanation.',
    },
  },
  check: (pair) => carriedCountCheck(pair, {
    count: { key: 'totalPublished', name: '对外公开总数量' },
    changes: [{ key: 'newlyPublished', name: '本年新公开', sign: 1 }],
    gap: (count, made) => count <= made ? null : `多出${count - made}件`,
    unless: '统计范围有变（如机构合并）',
  }),
};
