// Each row of 表三: the six applicant columns add up to 总计.
import type { CellRef } from '../../schema.ts';
import { balance, balanceFinding, showTerms } from '../balance.ts';
import { pathName } from '../../labels.ts';
import type { Finding, Rule } from '../types.ts';
import { allRows, APPLICANTS, cell } from './rows.ts';

export const rowSum: Rule = {
  id: 'applications/row-sum',
  severity: 'error',
  description: '表三每一行：自然人+商业企业+科研机构+社会公益组织+法律服务机构+其他 = 总计 (each row: the applicant columns add up to the total)',
  rationale: '总计列是同一行六类申请人的合计。总计格留空而分列有数，是漏填而非矛盾，只作提醒并合并为一条。',
  example: {
    passes: '予以公开：自然人27、商业企业2、法律服务机构4，总计33。',
    fails: '予以公开：自然人27、商业企业2、法律服务机构4，总计34 — 各列合计33。',
  },
  check(report) {
    const apps = report.applications;
    if (!apps) return [];
    const findings: Finding[] = [];
    const blanks: { text: string; cells: CellRef[] }[] = [];
    for (const row of allRows(apps)) {
      const parts = APPLICANTS.map((column) => cell(row, column, pathName(column)));
      const totalTerm = cell(row, 'total');
      const b = balance(parts, [totalTerm]);
      if (!b || b.status === 'ok') continue;
      const label = pathName(row.path);
      if (b.status === 'blank') {
        const partsText = parts.every((t) => t.value == null) ? '空白' : b.left;
        blanks.push({ text: `${label}（各列合计${partsText}，总计${totalTerm.value ?? '空白'}）`, cells: b.cells });
        continue;
      }
      findings.push(balanceFinding(b, `${label}行：${showTerms(parts)}=${b.left}，总计(${totalTerm.value})`));
    }
    // One note for a whole column left blank, not one per row.
    if (blanks.length > 0) {
      const list = blanks.map((x) => x.text).join('、');
      findings.push({
        severity: 'warning',
        message: `以下${blanks.length}行的总计与各申请人列有一方留空，无法核对（多半是漏填）：${list}`,
        cells: blanks.flatMap((x) => x.cells), expected: null, actual: null,
      });
    }
    return findings;
  },
};
