import { pathName } from '../labels.ts';
import type { ActiveDisclosure, Warning } from '../schema.ts';
import { readAmount, type FigureReading } from '../table/figure.ts';
import { labelKey, stripNumbering } from '../text/normalize.ts';
import { quote } from '../text/quote.ts';
import { LabelPattern } from '../text/similarity.ts';
import { BLOCKS, blockFormats, ITEM_LABELS, type Block, type Item } from '../template/active-disclosure.ts';
import type { Format } from '../template/formats.ts';
import type { FigureSink } from './figure-sink.ts';
import { positionNote, slidHeaderNote } from './position-note.ts';
import { covers, hasNumber, isEmptyRow, type RowCell, type TableRow } from './rows.ts';

// The columns' names (lib/labels.ts), to tell which format's columns a damaged header is nearer.
const COLUMN_PATTERNS = new Map(BLOCKS.flatMap((b) => [...b.fields['2021'], ...b.fields['2019']])
  .map((field) => [field, new LabelPattern(labelKey(pathName(field)))]));
// A 第二十条第(x)项 row, also with a character lost: nearly this, once the numeral is set aside.
const CLAUSE_ROW = new LabelPattern('第二十条第项');
const CLAUSE_NUMERAL = /条第?([一二三四五六七八九十]+)|([一二三四五六七八九十])项/;
const ITEM_PATTERNS = Object.fromEntries(Object.entries(ITEM_LABELS).map(([item, label]) => [item, new LabelPattern(label)])) as Record<Item, LabelPattern>;

// Column headers → field names. Order matters: the first pattern that matches wins.
const FIELDS: [RegExp, string][] = [
  [/制发/, 'issued'], [/废止/, 'repealed'], [/现行有效/, 'inForce'],
  [/新制作/, 'newlyMade'], [/新公开/, 'newlyPublished'], [/对外公开总|公开总数/, 'totalPublished'],
  [/上一?年项目|上年项目/, 'previousCount'], [/增|减/, 'change'],
  [/处理决定/, 'decisions'], [/采购项目/, 'projects'], [/金额/, 'amount'],
];
// Columns whose header names what the template has no field for: their figures are no template column's, whatever
// their place. 本年数量 (hechuan-erlang-2019: 上一年项目数量 | 本年数量 | 处理决定数量, 6 | 6) is the items this year, not
// 本年增/减.
const FOREIGN_COLUMNS: [RegExp, string][] = [[/^本年(?:项目)?数量$/, '本年的项目数量']];
const FORMAT_2021 = new Set(['issued', 'repealed', 'inForce']);
const FORMAT_2019 = new Set(['newlyMade', 'newlyPublished', 'totalPublished', 'previousCount', 'change', 'projects']);

interface HeaderField {
  field: string | null;
  col: number;
  span: number;
  /** The column's words, as a label key. */
  found: string;
  /** The words were lost: the template's place decided. */
  byPosition: boolean;
  /** The words name a column read before in the header (本年新制作数量 twice): the template's place decided too. */
  repeated?: boolean;
  /** The words name a column the template has not (FOREIGN_COLUMNS): what it holds; the template's column at its place, once known. */
  foreign?: { holds: string; instead: string | null };
}
interface Header { fields: HeaderField[]; unit: string | null }

export interface ActiveDisclosureResult { activeDisclosure: ActiveDisclosure; format: '2019' | '2021' | null; warnings: Warning[] }

/**
 * Reads 表二 block by block: a 第二十条第(x)项 row opens a block, a 信息内容 row names its columns,
 * the rows after it are items. An item label that is lost is decided by its place in the block; a
 * block whose 第二十条 row is missing is the block of its first item.
 */
export function recognizeActiveDisclosure<N>(rows: TableRow<N>[], sink: FigureSink<N>): ActiveDisclosureResult | null {
  const result: Record<string, unknown> = {};
  const warnings: Warning[] = [];
  let block: Block | null = null; // the block whose items are read, once known
  let opened: Block | null = null; // the block a 第二十条 row opened, for the header after it
  let header: Header | null = null;
  let next = 0; // place in the current block
  let votes2021 = 0;
  let votes2019 = 0;
  let read = 0;
  // Columns whose names were lost, with the figures read under them: one note each.
  // Columns read by their place, one note for each name found over each field: 本年处理绝对数量 heading 第（五）项's and
  // 第（六）项's blocks alike is one unreadable name (lintong-kfq-2021), not two.
  const byPosition = new Map<string, { column: HeaderField; paths: string[] }>();
  // Headers that do not line up with their rows' figures, with the columns read in their stead and the figures so read: one note each.
  const slidHeaders = new Map<Header, { columns: string[]; paths: string[] }>();
  // Columns not read as their header names no template column, with the figures under them: one note each name.
  const foreign = new Map<string, { holds: string; instead: Set<string>; figures: string[] }>();
  // Items a page splits into sub-rows under one label (其他对外管理服务事项: 行政检查 | 行政确认): their
  // sub-rows' labels and paths. The figures are summed.
  const split = new Map<Item, { names: string[]; paths: Set<string> }>();
  let lastItem: Item | null = null;
  let lastOwnLabel: string | null = null;
  let lastFound = '';
  // The row each item was read from: a row left out after it is told against it.
  const readFrom = new Map<Item, { label: string; figures: string; paths: string[] }>();

  const openClause = (key: string) => {
    const numeral = CLAUSE_NUMERAL.exec(key);
    const clause = numeral?.[1] ?? numeral?.[2];
    // A clause whose numeral was lost opens the block after the current one, as the template orders them.
    block = opened = BLOCKS.find((b) => b.clause === clause) ?? BLOCKS[block ? BLOCKS.indexOf(block) + 1 : 0] ?? null;
    header = null; next = 0; lastItem = null;
  };
  for (const printed of rows) {
    if (isEmptyRow(printed)) continue;
    // Its cells may go on blank (a merged row whose merge an editor lost): no figure, still the clause.
    if (!hasNumber(printed.figureRun) && isClauseRow(printed.key)) { openClause(printed.key); continue; }
    // The clause in a column on the left, spanning its block's rows: it opens the block where it
    // starts, and is neither a column nor a label of the rows beside it.
    const clause = clauseCell(printed);
    if (clause?.own) openClause(labelKey(clause.cell.text));
    const row = clause ? withoutCell(printed, clause) : printed;
    const { key } = row;
    const voted = votes2021 > votes2019 ? '2021' : votes2019 > votes2021 ? '2019' : null;
    // The row after a clause row names the columns, even when its words were lost.
    if (/信息内容/.test(key) || isCutHeader(row) || (!hasNumber(row.figureRun) && row.cells.some((c) => fieldOf(c.cell.text))) || (row.figureRun.length === 0 && !header?.fields.length)) {
      header = readHeader(row.cells);
      for (const f of header.fields) {
        if (f.field && FORMAT_2021.has(f.field)) votes2021++;
        if (f.field && FORMAT_2019.has(f.field)) votes2019++;
      }
      block = opened;
      opened = null;
      if (block) fillLostFields(header, block, voted);
      next = 0; lastItem = null;
      continue;
    }
    // A block whose header row the page left out (第二十条第（六）项, then 行政处罚 | 23): its template's columns.
    if (!header && opened && row.figureRun.length > 0) {
      header = templateHeader(opened, row, voted);
      block = opened;
      opened = null;
    }
    if (!header) continue;
    let values = columnCells(row, header);
    // A row that stops at its label, no cell under the columns (…| 行政事业性收费 |, the rest lost: a page cut short, an
    // editor's deleted cells), is there with no figure: its item's figures are blank, bound to the label. Only where the
    // label names an item: a note in one cell names none.
    const bare = values.length === 0 && row.cells.length > 0 && row.cells.every((c) => c.reading.kind === 'text');
    const labelPart = bare ? row.cells : row.cells.filter((c) => c.col < (values[0]?.cell.col ?? Infinity));
    const found = labelKey(stripNumbering(labelPart.map((c) => c.cell.text).join('')));
    const blankRow = bare && nearest(found, block?.items ?? ALL_ITEMS).score >= 0.8;
    if (blankRow) values = blankColumns(row.cells.at(-1)!, header);
    else if (values.every((v) => v.cell.reading.kind === 'text')) continue; // no figure of its own: a sub-header
    const candidates: Item[] = block?.items ?? itemsUnder(header, result);
    // A label that names an item of another block: its block ran on without the clause row and header
    // between (行政许可 | 653, 行政处罚 | 12). Read there if the header's columns are that block's too.
    const named = namedItem(found);
    if (named && !candidates.includes(named)) {
      const own: Block = BLOCKS.find((b) => b.items.includes(named))!;
      if (!block || named in result || !header.fields.every((f) => !f.field || hasColumn(own, f.field))) continue;
      block = own;
    }
    const { item, similarity } = matchItem(found, block?.items ?? candidates, next);
    if (!item) {
      // A row past the block's items that names none of them (其他 | 7 after 行政强制): its figures are in no field.
      if (found && values.some((v) => v.cell.reading.kind === 'number')) warnings.push(rowLeftOut(null, found, figuresOf(values), null));
      continue;
    }
    if (!block) {
      block = BLOCKS.find((b) => b.items.includes(item))!;
      fillLostFields(header, block, voted);
    }
    const slid = slidColumns(row, header, block, voted);
    // 1.2万 under a 万元 header is 1.2 (万元), under a 元 one 12000 (legacy/value.ts reads it so too), under none 1.2 万元.
    const placed = (slid ?? values).map((v) => (v.column.field === 'amount' ? { ...v, reading: readAmount(v.cell.cell.text, v.reading, header!.unit) } : v));
    next = block.items.indexOf(item) + 1;
    const readBefore = item in result;
    const target = (result[item] ??= {}) as Record<string, unknown>;
    const paths: string[] = [];
    // The same item again, right after itself, under a label cell that spans both rows, or each row naming the item
    // whole and a part of it after (行政规范性文件（市政府） then 行政规范性文件（市政府办公室）): a sub-row.
    // Otherwise it is a row the template does not have (其他主动公开文件 after 规范性文件).
    const subRow = item === lastItem && (labelPart.some((c) => !c.own) || partsOfOne(lastFound, found, item));
    // Nor is an item read from another row before read again (行政强制措施 | 7 run on under 第（五）项, then 行政强制 | 5
    // under its own block; a row whose label was lost, placed on an item already read): the first row's figures
    // stand, and no figure's path is bound to two cells.
    if ((item === lastItem && !subRow) || (item !== lastItem && readBefore)) {
      // A row of blanks (the second line of a wrapped label) leaves out no figure.
      const first = readFrom.get(item);
      if (first && placed.some((v) => v.cell.reading.kind === 'number')) warnings.push(rowLeftOut(item, found, figuresOf(placed), first));
      continue;
    }
    lastItem = item;
    if (subRow) {
      const parts = split.get(item) ?? { names: [lastOwnLabel ?? ''], paths: new Set<string>() };
      parts.names.push(labelKey(labelPart.at(-1)?.cell.text ?? ''));
      split.set(item, parts);
    }
    lastOwnLabel = labelKey(labelPart.at(-1)?.cell.text ?? '');
    lastFound = found;
    placed.forEach(({ cell, column, reading }) => {
      if (column.foreign && reading.kind === 'number') {
        const note = foreign.get(column.found) ?? { holds: column.foreign.holds, instead: new Set<string>(), figures: [] };
        if (column.foreign.instead) note.instead.add(column.foreign.instead);
        note.figures.push(`${ITEM_LABELS[item]}${cell.cell.text.trim()}`);
        foreign.set(column.found, note);
      }
      if (!column.field) return;
      // An amount's own unit is kept (as the table's unit, below), yet the figure was read from a cell with more than
      // its number (152790元): noted, as the contract has it, so that a reader sees which cells gave the unit. Not where
      // the cell repeats its column's printed unit (金额（万元） | 1.5万元): the header already says all the cell adds.
      const own = column.field === 'amount' ? moneyUnit(reading) : null;
      const kept = own && own === header!.unit && reading.kind === 'number' ? { ...reading, unit: null } : reading;
      const path = sink.put('activeDisclosure', result, item, column.field, cell.cell, kept, subRow);
      if (subRow) split.get(item)!.paths.add(path);
      paths.push(path);
      if (column.byPosition) {
        const key = `${column.found}\u0000${column.field}`;
        byPosition.set(key, { column: byPosition.get(key)?.column ?? column, paths: [...(byPosition.get(key)?.paths ?? []), path] });
      }
      if (slid) {
        const note = slidHeaders.get(header!) ?? { columns: slid.map((v) => v.column.field!), paths: [] };
        note.paths.push(path);
        slidHeaders.set(header!, note);
      }
      // The amount's own unit says what it is (258.5亿元 under a 万元 header: a province's total); else the header's.
      if (column.field === 'amount') target.unit = moneyUnit(reading) ?? header!.unit ?? (reading.kind === 'number' ? reading.unit : null) ?? null;
    });
    read += paths.length;
    if (!readFrom.has(item)) readFrom.set(item, { label: found, figures: figuresOf(placed), paths });
    if (similarity < 0.5) warnings.push(positionNote('activeDisclosure', paths, found, ITEM_LABELS[item]));
  }
  if (read === 0) return null;
  for (const { column, paths } of byPosition.values()) {
    warnings.push(positionNote('activeDisclosure', paths, column.found, pathName(column.field!), column.repeated));
  }
  for (const [found, { holds, instead, figures }] of foreign) warnings.push(foreignColumnNote(found, holds, [...instead], figures));
  for (const [{ fields }, { columns, paths }] of slidHeaders) warnings.push(slidHeaderNote('activeDisclosure', fields.map((f) => f.found), columns.map(pathName), paths));
  for (const [item, { names, paths }] of split) {
    warnings.push({
      rule: 'recognition/sub-rows-summed', severity: 'info',
      message: `表二“${ITEM_LABELS[item]}”分为${names.length}行（${names.join('、')}），按各行之和读数`,
      cells: [...paths].map((path) => ({ table: 'activeDisclosure' as const, path })), expected: null, actual: null,
    });
  }
  return { activeDisclosure: result as ActiveDisclosure, format: tableFormat(result as ActiveDisclosure, votes2021, votes2019), warnings };
}

/**
 * The format 表二's column names are of where it holds no figure, and so was read as no table: a blank form still shows
 * which format was copied (yulin-jiaxian-xizhen-2022, a 2022 report whose blank 表二 has 本年新制作数量: 2019's). Each
 * cell is counted on its own, wherever it stands: that page lost the layout, each cell a row of its own. Null where the
 * table holds a figure (read, its format is the recognised table's) or its names are of neither format more.
 */
export function blankFormFormat<N>(rows: readonly TableRow<N>[]): Format | null {
  if (rows.some((row) => hasNumber(row.figureRun))) return null;
  const fields = rows.flatMap((row) => row.cells.filter((c) => c.own).map((c) => fieldOf(c.cell.text)));
  const votes = (format: ReadonlySet<string>) => fields.filter((f) => f !== null && format.has(f)).length;
  const [by2021, by2019] = [votes(FORMAT_2021), votes(FORMAT_2019)];
  return by2021 > by2019 ? '2021' : by2019 > by2021 ? '2019' : null;
}

/**
 * The format most of 表二's blocks are in, its column names' votes deciding a tie. A block is one vote however many
 * columns it names: a 2021 report that kept 第（一）项's three 2019 columns (本年新制作…) over 第（五）、（六）、（八）项's
 * 2021 ones (本年处理决定数量 alone) is a 2021 table (cma-heihe-2021).
 */
function tableFormat(read: ActiveDisclosure, votes2021: number, votes2019: number): Format | null {
  const blocks = blockFormats(read);
  const count = (format: Format) => blocks.filter((b) => b.format === format).length;
  const [by2021, by2019] = [count('2021'), count('2019')];
  if (by2021 !== by2019) return by2021 > by2019 ? '2021' : '2019';
  return votes2021 > votes2019 ? '2021' : votes2019 > votes2021 ? '2019' : null;
}

/**
 * Whether two rows' labels name the item alike, each then the part of it the row counts (行政规范性文件（市政府）,
 * 行政规范性文件（市政府办公室）); not a row of the item whole and one of a part (其中…), nor another item (其他规范性文件).
 */
function partsOfOne(first: string, second: string, item: Item): boolean {
  const name = ITEM_LABELS[item];
  const [a, b] = [first.indexOf(name), second.indexOf(name)];
  const [restA, restB] = [first.slice(a + name.length), second.slice(b + name.length)];
  return a >= 0 && b >= 0 && first.slice(0, a) === second.slice(0, b) && restA !== '' && restB !== '' && restA !== restB;
}

/** A row's figures as printed, for a note. */
const figuresOf = (values: { cell: { cell: { text: string } } }[]) => values.map((v) => v.cell.cell.text.trim() || '空白').join('、');

/** The note for a column whose header names no template column: its figures (行政许可0、其他对外管理服务事项6) are in no field. */
function foreignColumnNote(found: string, holds: string, instead: string[], figures: string[]): Warning {
  const place = instead.length ? `不是标准格式此处的${instead.map((f) => `“${pathName(f)}”`).join('、')}，` : '';
  return {
    rule: 'recognition/column-left-out', severity: 'info',
    message: `表二${quote(found)}一列是${holds}，${place}未读取（${figures.join('、')}）`,
    cells: [], expected: null, actual: null,
  };
}

/**
 * The note for a row left out: the same item printed again (with the same figures or others), or a row the
 * template does not have after the item it resembles (其他主动公开文件 after 规范性文件). Its figures are in no
 * field, so the reader is told where they went.
 */
function rowLeftOut(item: Item | null, found: string, figures: string, first: { label: string; figures: string; paths: string[] } | null): Warning {
  const name = item ? ITEM_LABELS[item] : '';
  const why = !first ? `标准格式中没有此行（${figures}）`
    : found !== first.label && !labelKey(name).includes(found) ? `标准格式中没有此行（与“${name}”相近）`
    : figures === first.figures ? `与前面“${name}”一行重复（${figures}），只读取一次`
    : `“${name}”已从前面一行读取（${first.figures}），此行（${figures}）未读取`;
  return {
    rule: 'recognition/row-left-out', severity: 'info',
    message: `表二${quote(found || name)}一行未读取：${why}`,
    cells: (first?.paths ?? []).map((path) => ({ table: 'activeDisclosure' as const, path })), expected: null, actual: null,
  };
}

/**
 * The items a header's columns may belong to where no clause row named the block: the items of the
 * blocks whose template has every column the header names (上一年项目数量 | 本年增/减 | 处理决定数量:
 * 第(五)项 or 第(六)项), less those read already.
 */
function itemsUnder(header: Header, read: Record<string, unknown>): Item[] {
  const named = header.fields.flatMap((f) => (f.field ? [f.field] : []));
  return BLOCKS.filter((b) => named.every((f) => hasColumn(b, f)))
    .flatMap((b) => b.items).filter((item) => !(item in read));
}

/** Whether a block has the column in either format. */
const hasColumn = (block: Block, field: string) => block.fields['2019'].includes(field) || block.fields['2021'].includes(field);

/** A row's first cell when it is a 第二十条第(x)项 beside other cells. */
function clauseCell<N>(row: TableRow<N>): RowCell<N> | undefined {
  const first = row.cells[0];
  return first && row.cells.length > 1 && first.cell.text.length <= 20 && isClauseRow(labelKey(first.cell.text)) ? first : undefined;
}

function withoutCell<N>(row: TableRow<N>, cell: RowCell<N>): TableRow<N> {
  const cells = row.cells.filter((c) => c !== cell);
  return { ...row, cells, key: labelKey(cells.filter((c) => c.own).map((c) => c.cell.text).join('')) };
}

function isClauseRow(key: string): boolean {
  return key.length <= 12 && CLAUSE_ROW.similarity(key.replace(/[一二三四五六七八九十]+(?=项|$)/, '')) >= 0.8;
}

/**
 * Names the header's columns whose words were lost by the block's template: the format whose columns
 * agree with the words that were read; where both do, the one whose column names the damaged words
 * are nearer, then the one the page's other headers name. A header whose words name another block's
 * columns (上一年项目数量 | 本年增/减 copied over 政府集中采购) is read as if its words were lost;
 * blank columns past the template's are no columns of the block.
 */
function fillLostFields(header: Header, block: Block, voted: Format | null): void {
  const { fields } = header;
  if (fields.some((f) => f.field && !hasColumn(block, f.field))) for (const f of fields) f.field = null;
  if (fields.every((f) => f.field)) return;
  const fits = (['2021', '2019'] as const).filter((format) => {
    const template = block.fields[format];
    return template.length > 0 && template.length <= fields.length
      && fields.every((f, i) => (i < template.length ? f.field === null || f.field === template[i] : f.field === null && f.found === ''));
  });
  const nearness = (format: Format) => block.fields[format].reduce((sum, field, i) => sum + COLUMN_PATTERNS.get(field)!.similarity(fields[i]!.found), 0);
  const [a, b] = fits.map((format) => ({ format, near: nearness(format) })).sort((x, y) => y.near - x.near);
  const format = !a ? null : !b || a.near > b.near ? a.format : voted;
  if (!format) return;
  const template = block.fields[format];
  fields.forEach((f, i) => {
    if (f.field || i >= template.length) return;
    if (f.foreign) { f.foreign.instead = template[i]!; return; }
    f.field = template[i]!;
    f.byPosition = true;
  });
}

const moneyUnit = (reading: FigureReading) => (reading.kind === 'number' && reading.unit?.endsWith('元') ? reading.unit : null);

/**
 * A 信息内容 header row a page cut short (第二十条第(八)项, then 信息内, the page ends: tianmen-zfb-2025): its label
 * the start of 信息内容, no figure. It names the columns, no item: placed by position it would be a row the page has not.
 */
function isCutHeader<N>(row: TableRow<N>): boolean {
  return row.key.length >= 2 && '信息内容'.startsWith(row.key) && !hasNumber(row.figureRun);
}

function readHeader<N>(cells: RowCell<N>[]): Header {
  // The columns right of 信息内容 (a 序号 column may stand left of it); the first cell is the item-name
  // column even when its 信息内容 label is lost.
  const content = cells.findIndex((c) => /信息内容/.test(labelKey(c.cell.text)));
  const fields = cells.slice(content + 1 || 1)
    .map((c): HeaderField => ({ field: fieldOf(c.cell.text), col: c.col, span: c.span, found: labelKey(c.cell.text), byPosition: false,
      ...foreignColumn(c.cell.text) }));
  // A column named again (本年新制作数量 | 本年新制作数量 | 对外公开总数量: the second copied over 本年新公开)
  // is read by the template's place, as if its words were lost.
  fields.forEach((f, i) => {
    if (f.field && fields.findIndex((g) => g.field === f.field) < i) [f.field, f.repeated] = [null, true];
  });
  // On the label key: a narrow column breaks 万元 over two lines (万<br>元), an editor spaces it out.
  const unit = /(万元|亿元|元)/.exec(labelKey(cells.map((c) => c.cell.text).join('')))?.[1] ?? null;
  return { fields, unit };
}

function foreignColumn(text: string): Pick<HeaderField, 'foreign'> {
  const holds = FOREIGN_COLUMNS.find(([re]) => re.test(labelKey(text)))?.[1];
  return holds ? { foreign: { holds, instead: null } } : {};
}

function fieldOf(text: string): string | null {
  const key = labelKey(text);
  for (const [re, field] of FIELDS) if (re.test(key)) return field;
  return null;
}

/**
 * The columns a block's template gives a row's trailing figures where the page printed no header: the
 * format whose columns are as many as the figures, else the one the page's other headers name.
 */
function templateHeader<N>(block: Block, row: TableRow<N>, voted: Format | null): Header | null {
  const fits = (['2021', '2019'] as const).filter((f) => block.fields[f].length === row.figureRun.length);
  const format = fits.length === 1 ? fits[0]! : voted;
  if (!format || block.fields[format].length > row.figureRun.length) return null;
  const cells = row.figureRun.slice(-block.fields[format].length);
  return {
    fields: block.fields[format].map((field, i) => ({ field, col: cells[i]!.col, span: cells[i]!.span, found: '', byPosition: true })),
    unit: null,
  };
}

/**
 * A row's figures in the block's template order where the header does not line up with them: it has more columns
 * than the row has figures, and a number stands under none it names (帽儿山镇 2020: 本年新制作数量 | 空白 |
 * 对外公开总数量 | 本年新公开数量 over three figures, its 本年新公开数量 past them). The template is the format's
 * whose columns for the block are as many as the figures and hold all the header names (where both do, the one
 * the page's headers name); null where none does, or the header lines up.
 */
function slidColumns<N>(row: TableRow<N>, header: Header, block: Block, voted: Format | null): ColumnCell<N>[] | null {
  const run = row.figureRun;
  const { fields } = header;
  const named = fields.flatMap((f) => (f.field ? [f] : []));
  if (fields.length <= run.length || !run.some((c) => c.reading.kind === 'number' && !named.some((f) => covers(c, f.col)))) return null;
  const fits = (['2021', '2019'] as const).filter((f) => block.fields[f].length === run.length && named.every((n) => block.fields[f].includes(n.field!)));
  const format = fits.length === 1 ? fits[0]! : fits.find((f) => f === voted);
  if (!format) return null;
  return run.map((cell, i) => ({ cell, column: { field: block.fields[format][i]!, col: cell.col, span: cell.span, found: '', byPosition: false }, reading: cell.reading }));
}

interface ColumnCell<N> { cell: RowCell<N>; column: HeaderField; reading: FigureReading }

const UNREADABLE: FigureReading = { kind: 'text' };

/**
 * Each header column's cell in a row, with its reading: the row's trailing figures where they line up
 * one to one with the columns; else the cell under each column by grid position, so that a column whose
 * cell is no figure (+(0) -(0)) is read as unreadable rather than lost. A cell spanning several columns
 * stands in each: a zero or a blank is that of each, another figure is none's.
 */
function columnCells<N>(row: TableRow<N>, header: Header): ColumnCell<N>[] {
  const { fields } = header;
  const run = withoutSplitBlanks(row.figureRun, fields).slice(-fields.length);
  if (run.length === fields.length) return run.map((cell, i) => ({ cell, column: fields[i]!, reading: cell.reading }));
  const first = Math.min(fields[0]?.col ?? 0, run[0]?.col ?? Infinity);
  return fields.flatMap((column) => {
    const cell = row.cells.find((c) => c.col >= first && covers(c, column.col));
    if (!cell) return [];
    const reading = !cell.own ? UNREADABLE
      : cell.span > column.span && cell.reading.kind === 'number' && cell.reading.value !== 0 ? UNREADABLE
        : cell.reading;
    return [{ cell, column, reading }];
  });
}

/**
 * A row's figures without the blank cells an editor split off a figure's cell under the same header column (行政许可 |
 * 0 over two of 本年处理决定数量's three columns | an empty cell under its third; or 7 | empty | empty): the figure is the
 * column's, not the blanks, wherever they stand beside it. A column with no figure, or two, keeps its cells.
 */
function withoutSplitBlanks<N>(run: RowCell<N>[], fields: HeaderField[]): RowCell<N>[] {
  if (run.length <= fields.length) return run;
  const under = (c: RowCell<N>) => fields.find((f) => f.col <= c.col && c.col + c.span <= f.col + f.span);
  const figures = (field: HeaderField) => run.filter((c) => c.reading.kind === 'number' && under(c) === field).length;
  const kept = run.filter((c) => {
    const field = c.reading.kind === 'blank' ? under(c) : undefined;
    return field === undefined || figures(field) !== 1;
  });
  return kept.length >= fields.length ? kept : run;
}

// The page has no cell there: said as missing, not as a blank cell it shows.
const MISSING: FigureReading = { kind: 'blank', missing: true };

/** The header's columns, each without its cell (read as blank), at the cell a row's label stops with. */
function blankColumns<N>(label: RowCell<N>, header: Header): ColumnCell<N>[] {
  return header.fields.filter((column) => column.field !== null).map((column) => ({ cell: label, column, reading: MISSING }));
}

/** The item a row label names, among the block's items; an unreadable label takes the next place in the block. */
function matchItem(found: string, block: Item[], next: number): { item: Item | null; similarity: number } {
  const { best, score } = nearest(found, block);
  if (best && score >= 0.5) return { item: best, similarity: score };
  return { item: block[next] ?? null, similarity: score };
}

const ALL_ITEMS = BLOCKS.flatMap((b) => b.items);

/** The item a row label names among all of 表二's, whatever its block: null where none is nearest alone (行政 is as near 行政许可 as 行政处罚). */
function namedItem(found: string): Item | null {
  const { best, score, tied } = nearest(found, ALL_ITEMS);
  return score >= 0.5 && !tied ? best : null;
}

function nearest(found: string, items: Item[]): { best: Item | null; score: number; tied: boolean } {
  let best: Item | null = null;
  let score = 0;
  let tied = false;
  for (const item of items) {
    // 规范性文件 is contained in 行政规范性文件: containment beats partial overlap. Of two labels contained,
    // the one the row opens with names it; the other is its gloss (其他对外管理服务事项(指行政许可以外的…)).
    const at = found.indexOf(ITEM_LABELS[item]);
    const s = at >= 0 ? 2 - at / found.length : ITEM_PATTERNS[item].similarity(found);
    if (s > score) { best = item; score = s; tied = false; } else if (s === score) tied = true;
  }
  return { best, score, tied };
}

