// (七)总计 of 表三 is the sum of the outcome rows (一)…(六) in every column.
import { wholeReport } from '../../document/pagination.ts';
import { APPLICANT_COLUMNS, type Applications } from '../../schema.ts';
import { agrees, balanceFinding, imbalance, sumText } from '../balance.ts';
import { pathName } from '../../labels.ts';
import type { Finding, Rule } from '../types.ts';
import { cell, outcomeGroups, outcomeRows, rowAt, type OutcomeGroup } from './rows.ts';

// Whether outcome group `k` lies where a page break cut 表三: no row of it read above the group, or none below.
function cutAt(apps: Applications, groups: OutcomeGroup[], k: number): boolean {
  const above = apps.newReceived != null || apps.carriedOver != null || groups.slice(0, k).some((g) => g.rows.length > 0);
  const below = groups.slice(k + 1).some((g) => g.rows.length > 0) || apps.totalProcessed != null || apps.carriedForward != null;
  return !above || !below;
}

export const outcomeSum: Rule = {
  id: 'applications/outcome-sum',
  severity: 'error',
  description: '表三每一列：(一)至(六)各项办理结果之和 = (七)总计 (each column: the outcome rows add up to the total)',
  rationale: {
    zh: '(七)总计就是本年度办理结果的合计；部分公开按表注"只计这一情形"，所以各项之间不重复，相加必须等于总计。报告分页发布、本页只印了表三的一部分（其余各行在其他页）的，不作此核对（见 document/paginated）。',
    en: '(七)总计 (processed, in all) is the sum of the year\'s outcomes; disclosed in part is counted, as the table\'s note says, “in this case only” (只计这一情形), so the outcomes do not overlap, and they must add up to the total. Where the portal splits the report over several pages and this page prints only part of Table 3 (its other rows on another page), this check is not made (see document/paginated).',
  },
  example: {
    passes: {
      zh: '自然人列：予以公开27、不予公开小计4、无法提供小计2，(七)总计33。',
      en: 'Individuals column: disclosed in full 27, withheld 4 in all, cannot be provided 2 in all, (七) total 33.',
    },
    fails: {
      zh: '自然人列：予以公开27、不予公开小计4、无法提供小计2，(七)总计34 — 各项合计33，相差1。',
      en: 'Individuals column: disclosed in full 27, withheld 4 in all, cannot be provided 2 in all, (七) total 34 — the outcomes add up to 33, a difference of 1.',
    },
  },
  check(report, ctx) {
    const apps = report.applications;
    if (!apps) return [];
    const groups = outcomeGroups(apps);
    // One page of a report cut into several, 表三's rows split over them: a group above the first row this page shows
    // or below its last is on another. A group missing between two rows it shows is the table's own gap, still added.
    if (!wholeReport(ctx.pagination) && groups.some((g, k) => g.rows.length === 0 && cutAt(apps, groups, k))) return [];
    const rows = outcomeRows(groups);
    const totalRow = rowAt(apps, 'totalProcessed');
    const findings: Finding[] = [];
    for (const column of APPLICANT_COLUMNS) {
      const figures = rows.map((row) => row.cols[column]);
      // A blank 总计 column adds nothing: its cells are the row sums, and row-sum reports them blank.
      if (column === 'total' && figures.every((f) => f == null)) continue;
      // Most columns add up: test the bare figures before naming any cell.
      if (agrees(figures, [totalRow.cols[column]])) continue;
      const parts = rows.map((row) => cell(row, column));
      const totalTerm = cell(totalRow, column, '(七)总计');
      const b = imbalance(parts, [totalTerm], ctx.approximate);
      if (!b) continue;
      // The message names subtotals by group; the cells still list every figure.
      const subtotals = groups
        .filter((g) => g.rows.some((row) => row.cols[column] !== undefined))
        .map((g) => `${g.label}(${sumText(g.rows.map((row) => cell(row, column)))})`).join('+');
      const head = `${pathName(column)}列：${subtotals}=${sumText(parts)}，(七)总计(${totalTerm.value ?? '空白'})`;
      findings.push(balanceFinding(b, head));
    }
    return findings;
  },
};
