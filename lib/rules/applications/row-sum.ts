// Each row of 表三: the six applicant columns add up to 总计.
import type { CellRef } from '../../schema.ts';
import { agrees, balanceFinding, imbalance, showSum, sumText } from '../balance.ts';
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
    // Rows that a blank leaves unchecked: named together in one note, with all their cells.
    const blankRows: string[] = [];
    const blankCells: CellRef[] = [];
    for (const row of allRows(apps)) {
      // Most rows add up: test the bare figures before naming any cell.
      if (agrees(APPLICANTS.map((column) => row.cols[column]), [row.cols.total])) continue;
      const parts = APPLICANTS.map((column) => cell(row, column, pathName(column)));
      const totalTerm = cell(row, 'total');
      const b = imbalance(parts, [totalTerm]);
      if (!b) continue;
      const label = pathName(row.path);
      if (b.status === 'blank') {
        blankRows.push(`${label}（各列合计${sumText(parts)}，总计${totalTerm.value ?? '空白'}）`);
        blankCells.push(...b.cells);
        continue;
      }
      findings.push(balanceFinding(b, `${label}行：${showSum(parts)}，总计(${totalTerm.value})`));
    }
    // One note for a whole column left blank, not one per row.
    if (blankRows.length > 0) {
      findings.push({
        severity: 'warning',
        message: `以下${blankRows.length}行的总计与各申请人列有一方留空，无法核对（多半是漏填）：${blankRows.join('、')}`,
        cells: blankCells, expected: null, actual: null,
      });
    }
    return findings;
  },
};
