// Each row of 表三: the six applicant columns add up to 总计.
import type { CellRef } from '../../schema.ts';
import { agrees, balanceFinding, imbalance, showSum, sumText, UNCHECKED } from '../balance.ts';
import { pathName } from '../../labels.ts';
import type { Finding, Rule } from '../types.ts';
import { allRows, APPLICANTS, cell } from './rows.ts';

export const rowSum: Rule = {
  id: 'applications/row-sum',
  severity: 'error',
  description: '表三每一行：自然人+商业企业+科研机构+社会公益组织+法律服务机构+其他 = 总计 (each row: the applicant columns add up to the total)',
  rationale: {
    zh: '总计列是同一行六类申请人的合计。总计格留空而分列有数（或反之），是漏填而非矛盾，只作提醒并合并为一条；多行同样留空时只说一次，列出行名。只列出部分申请人列的表（小单位只列自然人和总计）无从加总，不核对。',
    en: 'The total column is the sum of the row\'s six kinds of applicant. A total left blank where the applicant columns have figures (or the reverse) is a gap in filling in, not a contradiction: only a warning, and one for all such rows, said once with the rows named. A table that prints only some of the applicant columns (a small body\'s individuals and total alone) cannot be summed, and is not checked.',
  },
  example: {
    passes: {
      zh: '予以公开：自然人27、商业企业2、法律服务机构4，总计33。',
      en: 'Disclosed in full: individuals 27, businesses 2, legal service providers 4, total 33.',
    },
    fails: {
      zh: '予以公开：自然人27、商业企业2、法律服务机构4，总计34 — 各列合计33。',
      en: 'Disclosed in full: individuals 27, businesses 2, legal service providers 4, total 34 — the columns add up to 33.',
    },
  },
  check(report, ctx) {
    const apps = report.applications;
    if (!apps) return [];
    const findings: Finding[] = [];
    // Rows that a blank leaves unchecked: named together in one note, with all their cells.
    const blankRows: BlankRow[] = [];
    const blankCells: CellRef[] = [];
    for (const row of allRows(apps)) {
      // A row that lacks some applicant columns (a table of 自然人 and 总计 alone) states no sum to check.
      if (APPLICANTS.some((column) => row.cols[column] === undefined)) continue;
      // Most rows add up: test the bare figures before naming any cell.
      if (agrees(APPLICANTS.map((column) => row.cols[column]), [row.cols.total])) continue;
      const parts = APPLICANTS.map((column) => cell(row, column, pathName(column)));
      const totalTerm = cell(row, 'total');
      const b = imbalance(parts, [totalTerm], ctx.approximate);
      if (!b) continue;
      const label = pathName(row.path);
      if (b.status === 'blank') {
        blankRows.push({
          label, detail: `${label}（各列合计${sumText(parts)}，总计${totalTerm.value ?? '空白'}）`,
          gap: b.rightBlank ? 'total' : b.leftBlank ? 'applicants' : null,
        });
        blankCells.push(...b.cells);
        continue;
      }
      findings.push(balanceFinding(b, `${label}行：${showSum(parts)}，总计(${totalTerm.value})`));
    }
    if (blankRows.length > 0) {
      findings.push({ severity: 'warning', message: blankNote(blankRows), cells: blankCells, expected: null, actual: null });
    }
    return findings;
  },
};

interface BlankRow {
  label: string;
  /** "予以公开（各列合计272，总计空白）" */
  detail: string;
  /** The side left wholly blank; null when blank cells of the (七)总计 row explain the gap. */
  gap: 'total' | 'applicants' | null;
}

/** Up to this many rows are each shown with their figures: a short note says more that way. */
const DETAIL_LIMIT = 5;
const GAPS = [['total', '总计列', '各申请人列'], ['applicants', '各申请人列', '总计列']] as const;

/**
 * The note for the unchecked rows. A report that fills only 总计, or only the applicant columns,
 * leaves 20-odd rows blank alike: beyond a handful, that pattern is said once with the row names.
 */
function blankNote(rows: BlankRow[]): string {
  const head = `以下${rows.length}行的总计与各申请人列有一方留空，${UNCHECKED}`;
  if (rows.length <= DETAIL_LIMIT) return `${head}：${rows.map((r) => r.detail).join('、')}`;
  const groups = GAPS.map(([gap, blank, filled]) => {
    const labels = rows.filter((r) => r.gap === gap).map((r) => r.label);
    return { head: `${blank}有${labels.length}行空白（${filled}有数字）`, labels };
  }).filter((g) => g.labels.length > 0);
  const others = rows.filter((r) => r.gap === null).map((r) => r.detail);
  const whole = groups.length === 1 && others.length === 0 ? groups[0] : undefined;
  if (whole) return `${whole.head}，${UNCHECKED}：${whole.labels.join('、')}`;
  const parts = groups.map((g) => `${g.head}：${g.labels.join('、')}`);
  if (others.length > 0) parts.push(`其余：${others.join('、')}`);
  return `${head}。${parts.join('；')}`;
}
