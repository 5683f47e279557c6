import type { ReviewLitigation, Warning } from '../schema.ts';
import { OUTCOME_COLUMNS } from '../schema.ts';
import { labelKey } from '../text/normalize.ts';
import { LabelPattern } from '../text/similarity.ts';
import { columnLabelNote, type ExpectedColumn } from './column-labels.ts';
import type { FigureSink } from './figure-sink.ts';
import type { OtherTable } from './other-tables.ts';
import { hasNumber, spreadMergedBlanksAndZeros, withinTotalColumn, type RowCell, type TableRow } from './rows.ts';
import { turnedBack } from './turned.ts';

const GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;
type Group = (typeof GROUPS)[number];
const PER_GROUP = OUTCOME_COLUMNS.length;
const OUTCOME_LABELS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((l) => new LabelPattern(l));

/**
 * Reads 表四: fifteen figures, 行政复议 then 未经复议直接起诉 then 复议后起诉, each 维持/纠正/其他/尚未审结/总计.
 * The figures may sit in one row (the template) or in several (a row per group); the header decides
 * the group order where it is readable, the template order where it is not.
 */
export function recognizeReviewLitigation<N>(sectionRows: TableRow<N>[], sink: FigureSink<N>): { reviewLitigation: ReviewLitigation; warnings: Warning[]; others: OtherTable[] } | null {
  // A row per outcome (结果维持 … 总计, a column per group, or all fifteen down the page) is the template turned.
  const rows = withinTotalColumn(turnedBack(sectionRows, OUTCOME_LABELS, PER_GROUP - 1), PER_GROUP * 3);
  // Rows of figures; a row of fifteen blank cells only where no row has one: 表四 left blank, not an empty row an
  // editor left above or below its figures.
  const runs = rows.filter((r) => r.figureRun.length >= PER_GROUP);
  const figured = runs.filter((r) => hasNumber(r.figureRun));
  const data = figured.length > 0 ? figured : runs.filter((r) => r.figureRun.length >= PER_GROUP * 3);
  // Each row's trailing groups of five, fifteen at most: one row of fifteen (the template), a row per
  // group, or 行政复议's five in one table and 行政诉讼's ten in the next (a page too narrow for fifteen).
  const placed: { figure: RowCell<N>; table: number }[] = data.flatMap((r) => {
    const run = spreadMergedBlanksAndZeros(withoutFiller(r.figureRun), PER_GROUP * 3);
    return run.slice(-Math.min(PER_GROUP * 3, run.length - (run.length % PER_GROUP))).map((figure) => ({ figure, table: r.table }));
  });
  const figures = placed.map((p) => p.figure);
  if (figures.length < PER_GROUP * 3) return null;
  const order = groupOrder(rows, data);
  const result: Record<string, unknown> = {};
  const columns: ExpectedColumn[] = [];
  figures.slice(0, PER_GROUP * 3).forEach((c, i) => {
    const path = sink.put('reviewLitigation', result, order[Math.floor(i / PER_GROUP)]!, OUTCOME_COLUMNS[i % PER_GROUP]!, c.cell, c.reading);
    // With the figures in one row, each column has its own 结果维持/…/总计 header to check.
    if (data.length === 1) columns.push({ col: c.col, label: OUTCOME_LABELS[i % PER_GROUP]!, paths: [path] });
  });
  const warnings = columnLabelNote('reviewLitigation', rows, data[0], columns);
  // Fifteen more and more: another body's 表四 after the first (a summary report's 本级 or departments'), whose one row
  // of figures has no label for sections.ts to know it by. Each further group by the table it is in, null where that is
  // the first group's table (a row per body in one table): recognize/other-tables.ts notes them with sections.ts's.
  const others: OtherTable[] = [];
  for (let i = PER_GROUP * 3; i + PER_GROUP * 3 <= placed.length; i += PER_GROUP * 3) {
    const table = placed[i]!.table;
    others.push({ section: 'reviewLitigation', table: table === placed[0]!.table ? null : table });
  }
  return { reviewLitigation: result as ReviewLitigation, warnings, others };
}

/**
 * A row's figures without the blank cells merged across several columns after them, where those leave the row short
 * of whole groups of five: what fills out a shorter row (复议后起诉's five below the ten of 行政复议 and 未经复议直接起诉,
 * then a blank over five columns) holds no figure. Else the row's cells read from the right would take it for a 总计.
 */
function withoutFiller<N>(run: RowCell<N>[]): RowCell<N>[] {
  let end = run.length;
  while (end % PER_GROUP !== 0 && end > 0 && run[end - 1]!.span > 1 && run[end - 1]!.reading.kind === 'blank') end--;
  return end % PER_GROUP === 0 ? run.slice(0, end) : run;
}

/** Group order from row labels (a row per group) or from the header's 未经复议/复议后 cells; else the template's. */
function groupOrder<N>(rows: TableRow<N>[], data: TableRow<N>[]): Group[] {
  if (data.length === 3) {
    const found = data.map((r) => groupOf(labelKey(r.cells.slice(0, r.cells.length - r.figureRun.length).map((c) => c.cell.text).join(''))));
    if (new Set(found).size === 3 && !found.includes(null)) return found as Group[];
  }
  for (const row of rows) {
    if (data.includes(row)) continue;
    const direct = row.cells.find((c) => /未经复议|直接起诉/.test(labelKey(c.cell.text)));
    const after = row.cells.find((c) => /复议后/.test(labelKey(c.cell.text)));
    if (direct && after && after.col < direct.col) return ['review', 'litigationAfterReview', 'litigationDirect'];
  }
  return [...GROUPS];
}

function groupOf(label: string): Group | null {
  if (/复议后/.test(label)) return 'litigationAfterReview';
  if (/直接起诉|未经复议/.test(label)) return 'litigationDirect';
  if (/复议/.test(label)) return 'review';
  return null;
}
