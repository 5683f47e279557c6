import type { ActiveDisclosure, Warning } from '../schema.ts';
import { labelKey, stripNumbering } from '../text/normalize.ts';
import { LabelPattern } from '../text/similarity.ts';
import type { FigureSink } from './figure-sink.ts';
import { positionNote } from './position-note.ts';
import type { RowCell, TableRow } from './rows.ts';

type Item = keyof ActiveDisclosure;

// 第二十条第(x)项 blocks of the template and the items each lists, in order.
const BLOCKS: { clause: string; items: Item[] }[] = [
  { clause: '一', items: ['regulations', 'normativeDocuments'] },
  { clause: '五', items: ['licensing', 'otherServices'] },
  { clause: '六', items: ['punishment', 'coercion'] },
  { clause: '八', items: ['fees'] },
  { clause: '九', items: ['procurement'] },
];
const ITEM_LABELS: Record<Item, string> = {
  regulations: '规章', normativeDocuments: '规范性文件', licensing: '行政许可', otherServices: '其他对外管理服务事项',
  punishment: '行政处罚', coercion: '行政强制', fees: '行政事业性收费', procurement: '政府集中采购',
};
const ITEM_PATTERNS = Object.fromEntries(Object.entries(ITEM_LABELS).map(([item, label]) => [item, new LabelPattern(label)])) as Record<Item, LabelPattern>;

// Column headers → field names. Order matters: the first pattern that matches wins.
const FIELDS: [RegExp, string][] = [
  [/制发/, 'issued'], [/废止/, 'repealed'], [/现行有效/, 'inForce'],
  [/新制作/, 'newlyMade'], [/新公开/, 'newlyPublished'], [/对外公开总|公开总数/, 'totalPublished'],
  [/上一?年项目|上年项目/, 'previousCount'], [/增|减/, 'change'],
  [/处理决定/, 'decisions'], [/采购项目/, 'projects'], [/金额/, 'amount'],
];
const FORMAT_2021 = new Set(['issued', 'repealed', 'inForce']);
const FORMAT_2019 = new Set(['newlyMade', 'newlyPublished', 'totalPublished', 'previousCount', 'change', 'projects']);

interface Header { fields: { field: string | null; col: number; span: number }[]; unit: string | null }

export interface ActiveDisclosureResult { activeDisclosure: ActiveDisclosure; format: '2019' | '2021' | null; warnings: Warning[] }

/**
 * Reads 表二 block by block: a 第二十条第(x)项 row opens a block, a 信息内容 row names its columns,
 * the rows after it are items. An item label that is lost is decided by its place in the block.
 */
export function recognizeActiveDisclosure<N>(rows: TableRow<N>[], sink: FigureSink<N>): ActiveDisclosureResult | null {
  const result: Record<string, unknown> = {};
  const warnings: Warning[] = [];
  let block: Item[] = BLOCKS.flatMap((b) => b.items);
  let header: Header | null = null;
  let next = 0; // place in the current block
  let votes2021 = 0;
  let votes2019 = 0;
  let read = 0;

  for (const row of rows) {
    const { key } = row;
    const clause = key.includes('第二十条') ? /第二十条第?([一二三四五六七八九十]+)/.exec(key) : null;
    if (clause) {
      block = BLOCKS.find((b) => b.clause === clause?.[1])?.items ?? BLOCKS.flatMap((b) => b.items);
      header = null; next = 0;
      continue;
    }
    if (/信息内容/.test(key) || (row.figureRun.length === 0 && row.cells.some((c) => fieldOf(c.cell.text)))) {
      header = readHeader(row.cells);
      for (const f of header.fields) {
        if (f.field && FORMAT_2021.has(f.field)) votes2021++;
        if (f.field && FORMAT_2019.has(f.field)) votes2019++;
      }
      next = 0;
      continue;
    }
    if (!header || row.figureRun.length === 0) continue;
    const count = header.fields.length;
    const labelPart = row.cells.slice(0, Math.max(0, row.cells.length - Math.min(count, row.figureRun.length)));
    const found = labelKey(stripNumbering(labelPart.map((c) => c.cell.text).join('')));
    const { item, similarity } = matchItem(found, block, next);
    if (!item) continue;
    next = block.indexOf(item) + 1;
    const values = row.figureRun.slice(-count);
    const target = (result[item] ??= {}) as Record<string, unknown>;
    const paths: string[] = [];
    values.forEach((cell, i) => {
      const field = values.length === count ? header!.fields[i]!.field : fieldAt(header!, cell);
      if (!field) return;
      paths.push(sink.put('activeDisclosure', result, item, field, cell.cell, cell.reading));
      if (field === 'amount') target.unit = header!.unit ?? (cell.reading.kind === 'number' ? cell.reading.unit : null) ?? null;
    });
    read += paths.length;
    if (similarity < 0.5) warnings.push(positionNote('activeDisclosure', paths, found, ITEM_LABELS[item]));
  }
  if (read === 0) return null;
  const format = votes2021 > votes2019 ? '2021' : votes2019 > votes2021 ? '2019' : null;
  return { activeDisclosure: result as ActiveDisclosure, format, warnings };
}

function readHeader<N>(cells: RowCell<N>[]): Header {
  const valueCells = cells.filter((c) => !/信息内容/.test(labelKey(c.cell.text)));
  // The first cell is the item-name column even when its 信息内容 label is lost.
  const fields = (valueCells.length === cells.length ? valueCells.slice(1) : valueCells)
    .map((c) => ({ field: fieldOf(c.cell.text), col: c.col, span: c.span }));
  const unit = /(万元|亿元|元)/.exec(cells.map((c) => c.cell.text).join(''))?.[1] ?? null;
  return { fields, unit };
}

function fieldOf(text: string): string | null {
  const key = labelKey(text);
  for (const [re, field] of FIELDS) if (re.test(key)) return field;
  return null;
}

/** The header field over a value cell, by grid column, where the row's cells don't line up one to one. */
function fieldAt<N>(header: Header, cell: RowCell<N>): string | null {
  return header.fields.find((f) => cell.col >= f.col && cell.col < f.col + f.span)?.field ?? null;
}

/** The item a row label names, among the block's items; an unreadable label takes the next place in the block. */
function matchItem(found: string, block: Item[], next: number): { item: Item | null; similarity: number } {
  let best: Item | null = null;
  let bestSim = 0;
  for (const item of block) {
    // 规范性文件 is contained in 行政规范性文件; prefer exact containment over partial overlap.
    const score = found.includes(ITEM_LABELS[item]) ? 1 : ITEM_PATTERNS[item].similarity(found);
    if (score > bestSim) { best = item; bestSim = score; }
  }
  if (best && bestSim >= 0.5) return { item: best, similarity: bestSim };
  return { item: block[next] ?? null, similarity: bestSim };
}

