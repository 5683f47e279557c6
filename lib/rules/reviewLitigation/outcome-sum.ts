// 表四: for 行政复议 and both kinds of 行政诉讼, 维持+纠正+其他+尚未审结 = 总计.
import { agrees, balanceFinding, imbalance, showSum, type Term } from '../balance.ts';
import { pathName } from '../../labels.ts';
import type { Finding, Rule } from '../types.ts';

const GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;
const PARTS = ['upheld', 'corrected', 'other', 'pending'] as const;

export const outcomeSum: Rule = {
  id: 'reviewLitigation/outcome-sum',
  severity: 'error',
  description: '表四每一组：结果维持+结果纠正+其他结果+尚未审结 = 总计 (reconsideration and litigation outcomes add up to the total)',
  rationale: {
    zh: '每件复议或诉讼案件在年底只能处于四种状态之一，所以四栏之和就是总计。',
    en: 'At the year\'s end every administrative reconsideration or litigation case is in one of four states only, so the four columns add up to the total.',
  },
  example: {
    passes: {
      zh: '行政复议：结果维持5、结果纠正0、其他结果0、尚未审结2，总计7。',
      en: 'Administrative reconsideration: upheld 5, corrected 0, other outcome 0, pending 2, total 7.',
    },
    fails: {
      zh: '行政复议：结果维持5、结果纠正0、其他结果0、尚未审结2，总计8 — 四栏合计7。',
      en: 'Administrative reconsideration: upheld 5, corrected 0, other outcome 0, pending 2, total 8 — the four columns add up to 7.',
    },
  },
  check(report, ctx) {
    const table = report.reviewLitigation;
    if (!table) return [];
    const findings: Finding[] = [];
    for (const group of GROUPS) {
      const figures = table[group];
      // Most groups add up: test the bare figures before naming any cell.
      if (agrees(PARTS.map((key) => figures?.[key]), [figures?.total])) continue;
      const term = (key: (typeof PARTS)[number] | 'total'): Term => ({
        ref: { table: 'reviewLitigation', path: `${group}.${key}` },
        label: pathName(key), value: figures?.[key], isTotal: key === 'total',
      });
      const parts = PARTS.map(term);
      const totalTerm = term('total');
      const b = imbalance(parts, [totalTerm], ctx.approximate);
      if (!b) continue;
      const head = `${pathName(group)}：${showSum(parts)}，总计(${totalTerm.value ?? '空白'})`;
      findings.push(balanceFinding(b, head));
    }
    return findings;
  },
};
