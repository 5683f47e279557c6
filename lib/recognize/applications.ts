import type { Applications, ApplicantColumn, Warning } from '../schema.ts';
import type { FigureReading } from '../table/figure.ts';
import { pathName } from '../labels.ts';
import { APPLICANT_COLUMNS } from '../schema.ts';
import { labelKey, stripNumbering } from '../text/normalize.ts';
import { LabelPattern } from '../text/similarity.ts';
import { alignRows, type TemplateRow } from './align.ts';
import { joinPath, type FigureSink } from './figure-sink.ts';
import { covers, hasNumber, labelCells, withinTotalColumn, withMergedBlanksAndZerosSpread, withoutRemarks, withoutSubtotals, type RowCell, type TableRow } from './rows.ts';
import { columnLabelNote, columnName, headersAbove, namesColumn } from './column-labels.ts';
import { positionNotes, type PlacedRow } from './position-note.ts';
import { turnedBack } from './turned.ts';
import { columnHalvesJoined } from './column-halves.ts';
import { columnGroupNote, firstColumnGroup } from './column-groups.ts';
import { balancedPlacing, placedFigures, shortRowNotes, shortRowPlacings, type ShortRow, type ShortRowPlacing } from './short-rows.ts';

/** A template row: its group (不予公开…) and its own label, as 国办 prints them. */
const t = (path: string, group: string, own: string): TemplateRow & { own: LabelPattern } =>
  ({ path, label: new LabelPattern(labelKey(group + own)), group: labelKey(group), own: new LabelPattern(labelKey(own)) });

const HEAD = [
  t('newReceived', '', '本年新收政府信息公开申请数量'),
  t('carriedOver', '', '上年结转政府信息公开申请数量'),
  t('granted', '', '予以公开'),
  t('partiallyGranted', '', '部分公开区分处理的只计这一情形不计其他情形'),
  t('withheld.stateSecret', '不予公开', '属于国家秘密'),
  t('withheld.lawForbidden', '不予公开', '其他法律行政法规禁止公开'),
  t('withheld.safetyStability', '不予公开', '危及三安全一稳定'),
  t('withheld.thirdPartyRights', '不予公开', '保护第三方合法权益'),
  t('withheld.internalAffairs', '不予公开', '属于三类内部事务信息'),
  t('withheld.processInformation', '不予公开', '属于四类过程性信息'),
  t('withheld.enforcementFiles', '不予公开', '属于行政执法案卷'),
  t('withheld.administrativeQuery', '不予公开', '属于行政查询事项'),
  t('unavailable.notHeld', '无法提供', '本机关不掌握相关政府信息'),
  t('unavailable.needsCreation', '无法提供', '没有现成信息需要另行制作'),
  t('unavailable.stillUnclear', '无法提供', '补正后申请内容仍不明确'),
  t('notProcessed.complaint', '不予处理', '信访举报投诉类申请'),
  t('notProcessed.repeated', '不予处理', '重复申请'),
  t('notProcessed.publication', '不予处理', '要求提供公开出版物'),
  t('notProcessed.excessive', '不予处理', '无正当理由大量反复申请'),
  t('notProcessed.confirmation', '不予处理', '要求行政机关确认或重新出具已获取信息'),
];
const TAIL = [t('totalProcessed', '', '总计'), t('carriedForward', '', '结转下年度继续办理')];

/** 表三 rows of 国办公开办函〔2021〕30号 and of 〔2019〕60号: they differ only in (六)其他处理. */
const APPLICATION_TEMPLATES = {
  '2021': [...HEAD,
    t('otherHandling.noCorrection', '其他处理', '申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请'),
    t('otherHandling.noFee', '其他处理', '申请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信息公开申请'),
    t('otherHandling.other', '其他处理', '其他'),
    ...TAIL],
  '2019': [...HEAD, t('otherHandling.all', '', '其他处理'), ...TAIL],
} as const;

// Words of 表三's header rows, never of a row of figures.
const HEADER_WORDS = /申请人情况|勾稽关系|法人或其他组织|自然人|商业企业/;
// A label cell spanning this many rows is the outer 三、本年度办理结果 band: it names no row.
const BAND_ROWS = 10;
const COLUMN_COUNT = APPLICANT_COLUMNS.length;

/**
 * `applications` is null for a 表三 whose columns are neither the template's seven nor some of them named plainly
 * (its figures are not read); `format` is null where the rows read do not tell (the formats differ only in (六)其他处理).
 */
export interface ApplicationsResult { applications: Applications | null; format: '2019' | '2021' | null; warnings: Warning[] }

/**
 * Reads 表三 from its rows: data rows aligned to the template, the seven applicant columns in template order. `whole`:
 * the page holds the whole report (not one page of a report the portal cut into several, wholeReport).
 */
export function recognizeApplications<N>(sectionRows: TableRow<N>[], sink: FigureSink<N>, whole = true): ApplicationsResult | null {
  // A row per applicant is the template turned: at least five of the seven named are no coincidence
  // (the template's own rows name two: 3.其他 and (七)总计), nor a row of twenty figures or more (an
  // outcome per column: the template's rows have seven).
  const turned = turnedBack(columnHalvesJoined(sectionRows, COLUMN_COUNT), Object.values(COLUMN_LABELS), 5, 20).map((r) => withMergedBlanksAndZerosSpread(r, COLUMN_COUNT));
  // A summary report's 表三 of the whole area beside its government's own (全市 | 市本级): the first group is read.
  const grouped = firstColumnGroup(withoutSubtotals(withoutRemarks(turned), COLUMN_COUNT), COLUMN_COUNT);
  const rows = withinTotalColumn(grouped.rows, COLUMN_COUNT, COLUMN_NAMES);
  const headed = headerColumns(rows);
  const narrow = headed ? null : namedColumns(rows);
  // Data rows: figures in (most of) the seven columns (both of a narrow table's two), not header rows
  // of column names. A header row whose merges an editor lost (申请人情况 then blank cells) has no figures either.
  const data = rows.filter((r) => (r.figureRun.length >= (narrow ? 2 : 3) && (hasNumber(r.figureRun) || (labelCells(r, COLUMN_COUNT).length > 0 && !HEADER_WORDS.test(r.key))))
    || raggedTemplateRow(r, rows));
  if (data.length === 0) return null;
  const labels = data.map((r) => rowLabels(r));
  const found = labels.map((l) => l.label);
  // Try the template whose length fits first: a regular table then needs no search at all.
  const formats = (['2021', '2019'] as const).slice().sort((a, b) =>
    Math.abs(APPLICATION_TEMPLATES[a].length - labels.length) - Math.abs(APPLICATION_TEMPLATES[b].length - labels.length));
  let best: { format: '2019' | '2021'; pairs: ReturnType<typeof alignRows>['pairs']; score: number } | null = null;
  for (const f of formats) {
    const a = alignRows(found, APPLICATION_TEMPLATES[f]);
    if (!best || a.score > best.score) best = { format: f, pairs: a.pairs, score: a.score };
    if (a.exact) break;
  }
  const { format, pairs } = best!;
  // A table of a row or two (what a page kept of 表三) is 表三 only if every row names its template row.
  if (data.length < 3 && !(pairs.length === data.length && pairs.every(({ path, row }) =>
    APPLICATION_TEMPLATES[format].find((r) => r.path === path)!.own.similarity(labels[row]!.own) >= 0.75))) return null;

  // The applicant of each of the seven figure columns: the template's order, unless the header names
  // all seven, each plainly, in another order.
  const headers = headersAbove(rows, data[0]);
  const full = data.find((r) => r.figureRun.length >= COLUMN_COUNT);
  const order = (full && headerOrder(headers, full.figureRun.slice(-COLUMN_COUNT).map((c) => c.col))) ?? APPLICANT_COLUMNS;
  // Grid columns of the seven figures in each <table>, from the rows that have all seven: a table
  // continued after a page break may have fewer label columns than the part before it. Kept too per
  // grid column the seven start in (columnsAt), for the rows cut short (shortRowColumns).
  const columnsOf = new Map<number, Map<number, ApplicantColumn>>();
  const columnsAt = new Map<string, Map<number, ApplicantColumn>>();
  for (const row of data) {
    if (row.figureRun.length < COLUMN_COUNT) continue;
    const seven = row.figureRun.slice(-COLUMN_COUNT);
    const at = offsetKey(row.table, seven[0]!.col);
    if (!columnsOf.has(row.table)) columnsOf.set(row.table, new Map());
    if (!columnsAt.has(at)) columnsAt.set(at, new Map());
    for (const columnOf of [columnsOf.get(row.table)!, columnsAt.get(at)!]) {
      seven.forEach((c, i) => { if (!columnOf.has(c.col)) columnOf.set(c.col, order[i]!); });
    }
  }

  // Only (六)其他处理's rows tell the formats apart: a table without them tells neither, read or not.
  const told = pairs.some(({ path }) => path.startsWith('otherHandling.'));
  if (columnsOf.size === 0 && headed) columnsOf.set(headed.table, headed.columns);
  if (columnsOf.size === 0) {
    if (!narrow) return { applications: null, format: told ? format : null, warnings: [nonstandardColumns(rows, data[0]!)] };
    columnsOf.set(narrow.table, narrow.columns);
  }

  const applications: Record<string, unknown> = {};
  const warnings: Warning[] = [];
  const template = APPLICATION_TEMPLATES[format];
  const placings = shortPlacings(pairs.map(({ row }) => data[row]!), rows);
  const columnsFor = (row: TableRow<N>) => shortRowColumns(columnsAt, columnsOf, row);
  balanceCarriedForward(placings, pairs, data, order, columnsFor);
  const short: Record<ShortRowPlacing, ShortRow[]> = { inPlace: [], totalLast: [], unread: [] };
  const placed: PlacedRow[] = [];
  for (const { path, row: i } of pairs) {
    const row = data[i]!;
    const placing = placings.get(row);
    if (placing) short[placing].push({ path, figures: row.figureRun.flatMap((c) => (c.reading.kind === 'blank' ? [] : [c.cell.text.trim()])) });
    const readBy = columnsFor(row);
    const values = row.figureRun.length >= COLUMN_COUNT
      ? row.figureRun.slice(-COLUMN_COUNT).map((c, k) => [order[k]!, c] as const)
      : placedFigures(row.figureRun, placing ?? 'inPlace', (col) => readBy.columns?.get(col));
    const paths = values.map(([column, c]) => sink.put('applications', applications, path, column, c.cell, c.reading));
    // A row cut short leaves the columns it does not fill blank to a reader: null, at the row's last cell; a row whose figures
    // could not be placed (unread) is on the page all the same, each figure unreadable: null too, as the contract has it.
    // The row stands in all seven columns where the columns it is read by, its table's own, are seven, one per applicant:
    // not where its table's rows stand at several offsets and none of its full rows at the row's own.
    const last = row.cells[row.cells.length - 1];
    if (placing && last && readBy.own && readBy.columns?.size === COLUMN_COUNT && new Set(readBy.columns.values()).size === COLUMN_COUNT) {
      for (const column of order) if (!values.some(([c]) => c === column)) sink.put('applications', applications, path, column, last.cell, BLANK);
    }
    // The row's most specific label (its last label cell) must name the row; else the layout decided.
    const expected = template.find((r) => r.path === path)!;
    const { own } = labels[i]!;
    if (!namesRow(expected.own, own)) placed.push({ paths, found: own, expected: expected.own.text });
  }
  warnings.push(...positionNotes('applications', placed));
  // Named under the header: each applicant's first column. A row pushed right by a label's span that runs one row too
  // far (rowspan="21" over 2019's twenty outcome rows) has its last figure under no header, and is read all the same.
  const named = new Map<ApplicantColumn, number>();
  for (const [col, column] of columnsOf.get(data[0]!.table) ?? []) if (!named.has(column)) named.set(column, col);
  warnings.push(...columnLabelNote('applications', rows, data[0], [...named].map(([column, col]) => ({
    col, label: COLUMN_LABELS[column], paths: pairs.map(({ path }) => joinPath(path, column)),
  }))));
  if (narrow && columnsOf.get(narrow.table) === narrow.columns) warnings.push(fewerColumnsNote(narrow));
  if (grouped.groups.length > 0) warnings.push(columnGroupNote('表三', grouped.groups));
  if (order !== APPLICANT_COLUMNS) {
    warnings.push({
      rule: 'recognition/column-order', severity: 'info',
      message: `表三的申请人列次序与标准格式不同（${order.map((c) => COLUMN_LABELS[c].text).join('、')}），已按列名读取`,
      cells: [], expected: null, actual: null,
    });
  }
  warnings.push(...shortRowNotes(short));
  // Template rows the page dropped: no sum can stand in for their figures.
  const missing = missingRows(told ? template : APPLICATION_TEMPLATES['2019'], pairs, whole);
  if (missing) {
    warnings.push({
      rule: 'recognition/missing-rows', severity: 'warning',
      message: `表三缺少${told ? `${format}版` : '标准'}格式中的${missing}行，其数字无从读取`,
      cells: [], expected: null, actual: null,
    });
  }
  return { applications: applications as Applications, format: told ? format : null, warnings };
}

/**
 * The template rows the table does not print, named for a note (“予以公开”、“不予公开”（8行）), else null: a page
 * that dropped rows (all-zero ones, or all but 一) leaves their figures unread, which the JSON cannot tell from rows
 * the format lacks. A group missing whole is named once with its count. Where no 其他处理 row tells the format,
 * the 2019 rows stand for both: 其他处理 is named as one (2019's one row, 2021's three). On one page of several
 * (not `whole`), the rows before the first read and after the last may be on the others: only those between count.
 */
function missingRows(template: readonly TemplateRow[], pairs: readonly { path: string }[], whole: boolean): string | null {
  const read = template.flatMap((r, k) => pairs.some(({ path }) => path === r.path) ? [k] : []);
  const absent = template.filter((_, k) => !read.includes(k) && (whole || (k > read[0]! && k < read[read.length - 1]!)));
  const groupOf = (path: string) => path.includes('.') ? path.slice(0, path.indexOf('.')) : path;
  const names: string[] = [];
  for (const row of absent) {
    const group = groupOf(row.path);
    const size = template.filter((r) => groupOf(r.path) === group).length;
    const all = size > 1 && absent.filter((r) => groupOf(r.path) === group).length === size;
    const name = `“${pathName(all ? group : row.path)}”${all ? `（${size}行）` : ''}`;
    if (!names.includes(name)) names.push(name);
  }
  return names.length > 0 ? names.join('、') : null;
}

/**
 * A 表三 of fewer applicant columns than the template's seven, not named as its applicants (公民 / 单位 / 合计数): the
 * report departs from the format, and its figures have no place in the contract's columns.
 */
function nonstandardColumns<N>(rows: TableRow<N>[], first: TableRow<N>): Warning {
  const header = headersAbove(rows, first)[0];
  const names = first.figureRun.map((c) => labelKey(header?.cells.find((h) => covers(h, c.col))?.cell.text ?? '') || '（空白）');
  return {
    rule: 'recognition/nonstandard-table', severity: 'warning',
    message: `表三只有${names.length}个申请人列（${names.join('、')}），不是标准格式的七列（${APPLICANT_COLUMNS.map((c) => COLUMN_LABELS[c].text).join('、')}），未读取其数字`,
    cells: [], expected: null, actual: null,
  };
}

/** The figure columns of a 表三 printed with fewer applicant columns than the template's seven, by the names over them. */
interface NamedColumns { table: number; columns: Map<number, ApplicantColumn>; merged: boolean }

/**
 * The columns of a 表三 of fewer than seven applicant columns, each named plainly by the header, a different applicant
 * each: 自然人 and 总计 alone (small bodies drop the five organisations), the six applicants without 总计, 自然人 and
 * 法人或其他组织 with or without 总计 (the organisations not split into their five kinds). A column of the
 * organisations as one (法人或其他组织, or 其他 with no other organisation beside it) sums them: the contract has no
 * place for it, and it is not read (`merged`). Else null: the figures are not read.
 */
function namedColumns<N>(rows: TableRow<N>[]): NamedColumns | null {
  if (rows.some((r) => r.figureRun.length >= COLUMN_COUNT)) return null;
  const first = rows.find((r) => r.figureRun.length >= 2 && hasNumber(r.figureRun));
  if (!first) return null;
  const headers = headersAbove(rows, first);
  const widest = rows.filter((r) => r.table === first.table && hasNumber(r.figureRun))
    .reduce((a, r) => (r.figureRun.length > a.figureRun.length ? r : a), first);
  const named = widest.figureRun.map((c) => {
    const name = columnName(headers, c.col);
    const applicants = APPLICANT_COLUMNS.filter((column) => namesColumn(COLUMN_LABELS[column], name));
    return { col: c.col, name, applicant: applicants.length === 1 ? applicants[0]! : null };
  });
  const applicants = named.flatMap((n) => (n.applicant ? [n.applicant] : []));
  // 其他 with no other organisation named beside it heads the organisations as one.
  const otherAlone = applicants.includes('otherOrg') && !applicants.some((c) => c !== 'otherOrg' && ORGANISATIONS.some((o) => o === c));
  const columns = new Map<number, ApplicantColumn>();
  let merged = false;
  for (const { col, name, applicant } of named) {
    if ((applicant === 'otherOrg' && otherAlone) || (!applicant && namesColumn(ORGANISATIONS_AS_ONE, name))) merged = true;
    else if (applicant && ![...columns.values()].includes(applicant)) columns.set(col, applicant);
    else return null;
  }
  return [...columns.values()].includes('naturalPerson') && columns.size + Number(merged) >= 2 ? { table: first.table, columns, merged } : null;
}
const ORGANISATIONS_AS_ONE = new LabelPattern('法人或其他组织');

/**
 * The seven applicant columns a header names, each plainly and once, side by side, over a table none of whose rows
 * prints seven figures: its rows carry only their filled cells (3 | 3 under 自然人 … 总计, yueyang-nanhu-ju-2019), and
 * a reader takes the header's columns, not the few its figures reach, for the table's. Else null.
 */
function headerColumns<N>(rows: TableRow<N>[]): { table: number; columns: Map<number, ApplicantColumn> } | null {
  if (rows.some((r) => r.figureRun.length >= COLUMN_COUNT)) return null;
  const first = rows.find((r) => hasNumber(r.figureRun));
  const headers = headersAbove(rows, first);
  const end = Math.max(0, ...headers.flatMap((h) => h.cells.map((c) => c.col + c.span)));
  const columns = new Map<number, ApplicantColumn>();
  for (let col = 0; col < end; col++) {
    const applicants = APPLICANT_COLUMNS.filter((column) => namesColumn(COLUMN_LABELS[column], columnName(headers, col)));
    // Before the first applicant: the corner over the labels. After it, a column of no applicant, or of one named before, is no such header.
    if (applicants.length === 0 && columns.size === 0) continue;
    if (applicants.length !== 1 || [...columns.values()].includes(applicants[0]!)) return null;
    columns.set(col, applicants[0]!);
  }
  return first && columns.size === COLUMN_COUNT ? { table: first.table, columns } : null;
}

/** The note on a 表三 of fewer applicant columns: which the page lacks or prints as one, and that the rows' sums go unchecked. */
function fewerColumnsNote(named: NamedColumns): Warning {
  const present = new Set(named.columns.values());
  const organisations = ORGANISATIONS.every((c) => !present.has(c));
  const lacking = organisations
    ? `${named.merged ? '法人或其他组织只列一列（未分商业企业、科研机构等五类），该列不读取' : '没有法人或其他组织的五列'}${present.has('total') ? '' : '，也没有总计列'}`
    : `没有${APPLICANT_COLUMNS.filter((c) => !present.has(c)).map((c) => `“${COLUMN_LABELS[c].text}”`).join('、')}列`;
  const read = [...present].map((c) => COLUMN_LABELS[c].text).join('、');
  return {
    rule: organisations ? 'recognition/organisations-dropped' : 'recognition/columns-missing', severity: 'info',
    message: `表三${lacking}；只读取${read}${present.size}列，其余各列为空，各行也无从核对各列之和是否等于总计`,
    cells: [], expected: null, actual: null,
  };
}
const ORGANISATIONS = APPLICANT_COLUMNS.filter((c) => c !== 'naturalPerson' && c !== 'total');

/**
 * The applicants of the figure columns `cols` in the order the header names them, where it names all
 * seven plainly and each once, in an order other than the template's, the five organisations side by side
 * under 法人或其他组织; else null. A header whose merges were lost, its cells moved left, names seven too, but
 * its 总计 spanning two rows lands among the organisations: no order, but a header off its columns.
 */
function headerOrder<N>(headers: TableRow<N>[], cols: number[]): readonly ApplicantColumn[] | null {
  if (headers.length === 0) return null;
  const named = cols.map((col) => {
    const found = columnName(headers, col);
    const best = APPLICANT_COLUMNS.filter((c) => namesColumn(COLUMN_LABELS[c], found));
    return best.length === 1 ? best[0]! : null;
  });
  if (named.some((c) => c === null) || new Set(named).size !== COLUMN_COUNT) return null;
  const organisations = named.flatMap((c, i) => (ORGANISATIONS.some((o) => o === c) ? [i] : []));
  if (organisations.at(-1)! - organisations[0]! !== ORGANISATIONS.length - 1) return null;
  return named.every((c, i) => c === APPLICANT_COLUMNS[i]) ? null : (named as ApplicantColumn[]);
}

const COLUMN_LABELS: Record<ApplicantColumn, LabelPattern> = {
  naturalPerson: new LabelPattern('自然人'), commercial: new LabelPattern('商业企业'), research: new LabelPattern('科研机构'),
  nonprofit: new LabelPattern('社会公益组织'), legalService: new LabelPattern('法律服务机构'), otherOrg: new LabelPattern('其他'),
  total: new LabelPattern('总计'),
};
// The header's names, the organisations' group among them: a table that prints it over one column ends there. 合计
// heads the total column where it is the table's only sum (withoutSubtotals keeps it).
const COLUMN_NAMES: ReadonlySet<string> = new Set([...Object.values(COLUMN_LABELS).map((l) => l.text), ORGANISATIONS_AS_ONE.text, '合计']);

/**
 * A row's label, all its label cells but the outer band joined, and its own label, its last label
 * cell (the most specific), both as label keys.
 */
function rowLabels<N>(row: TableRow<N>): { label: string; own: string } {
  let label = '';
  let own = '';
  for (const c of labelCells(row, COLUMN_COUNT)) {
    // A blank cell right of the label (a merge the editor lost) names nothing.
    if (own && isBlank(c.cell.text)) continue;
    const text = stripNumbering(c.cell.text);
    own = labelKey(itemOf(text));
    if (c.rowSpan < BAND_ROWS) label += labelKey(text);
  }
  return { label, own };
}

const isBlank = (text: string) => labelKey(text) === '';
const BLANK: FigureReading = { kind: 'blank' };

/** How each row cut short (shortRowPlacings) places its figures, by table. */
function shortPlacings<N>(data: TableRow<N>[], rows: readonly TableRow<N>[]): Map<TableRow<N>, ShortRowPlacing> {
  const short = data.filter((row) => row.figureRun.length < COLUMN_COUNT && endsShort(row, rows));
  const placings = new Map<TableRow<N>, ShortRowPlacing>();
  for (const table of new Set(short.map((row) => row.table))) {
    const own = short.filter((row) => row.table === table);
    shortRowPlacings(own.map((row) => row.figureRun)).forEach((placing, k) => placings.set(own[k]!, placing));
  }
  return placings;
}

/**
 * The grid columns of the seven figures in `table`: its own, from its rows that have all seven; else the first known. A
 * <table> of short rows only (a page break leaving 四、结转下年度继续办理 alone in a <table> of its own) has none of its own,
 * and its figures are read as continuing the columns of the part above; the balance (balanceCarriedForward) decides by the
 * same columns as the figures are then placed in.
 */
const columnMapOf = (columnsOf: ReadonlyMap<number, ReadonlyMap<number, ApplicantColumn>>, table: number): ReadonlyMap<number, ApplicantColumn> | undefined =>
  columnsOf.get(table) ?? columnsOf.values().next().value;

const offsetKey = (table: number, col: number) => `${table}:${col}`;

/** The grid columns a row cut short is read by, and whether they are its own <table>'s. */
interface ShortRowColumns { columns: ReadonlyMap<number, ApplicantColumn> | undefined; own: boolean }

/**
 * The grid columns a row cut short is read by: those of its <table>'s full rows whose figures start in the grid column its
 * own do, where there are such rows (lost label spans set the rows that open a group one column right of the rest:
 * 官洲街道 2023's (三)不予公开 | 1.属于国家秘密, whose first figure is 自然人's as on every row); else its table's (columnMapOf).
 */
function shortRowColumns<N>(columnsAt: ReadonlyMap<string, ReadonlyMap<number, ApplicantColumn>>,
  columnsOf: ReadonlyMap<number, ReadonlyMap<number, ApplicantColumn>>, row: TableRow<N>): ShortRowColumns {
  const first = row.figureRun[0];
  const atOffset = first && columnsAt.get(offsetKey(row.table, first.col));
  return atOffset ? { columns: atOffset, own: true } : { columns: columnMapOf(columnsOf, row.table), own: columnsOf.has(row.table) };
}

// The rows whose figures give 四、结转下年度继续办理 in each column: 一、本年新收 + 二、上年结转 − 三、本年度办理结果's 总计.
const BALANCE_ROWS = ['newReceived', 'carriedOver', 'totalProcessed'] as const;

/**
 * 四、结转下年度继续办理 cut short, its figures placed by the table's balance where the rows above it are read whole and
 * decide between its two readings (balancedPlacing); its placing otherwise as the short rows tell.
 */
function balanceCarriedForward<N>(placings: Map<TableRow<N>, ShortRowPlacing>, pairs: readonly { path: string; row: number }[],
  data: readonly TableRow<N>[], order: readonly ApplicantColumn[], columnsFor: (row: TableRow<N>) => ShortRowColumns): void {
  const rowOf = (path: string) => {
    const pair = pairs.find((p) => p.path === path);
    return pair ? data[pair.row] : undefined;
  };
  const last = rowOf('carriedForward');
  const placing = last && placings.get(last);
  if (!last || !placing || placing === 'inPlace') return;
  const whole = BALANCE_ROWS.map((path) => rowOf(path)?.figureRun.slice(-COLUMN_COUNT));
  if (!whole.every((run) => run?.length === COLUMN_COUNT && run.every((c) => c.reading.kind === 'number'))) return;
  const value = (run: readonly RowCell<N>[] | undefined, k: number) => { const r = run![k]!.reading; return r.kind === 'number' ? r.value : 0; };
  const expected = new Map(order.map((column, k) => [column, value(whole[0], k) + value(whole[1], k) - value(whole[2], k)] as const));
  const { columns } = columnsFor(last);
  const decided = balancedPlacing(last.figureRun, expected, (col) => columns?.get(col));
  if (decided) placings.set(last, decided);
}

/** Whether a row ends before the last column of its table's other rows (a ragged row). */
function endsShort<N>(row: TableRow<N>, rows: readonly TableRow<N>[]): boolean {
  const end = (r: TableRow<N>) => r.cells.reduce((e, c) => Math.max(e, c.col + c.span), 0);
  return end(row) < Math.max(...rows.filter((r) => r.table === row.table).map(end));
}

/**
 * A row the page cut short, its blank cells at the end left out (（二）部分公开 | 3, or the label alone, where the
 * rows above run on to 总计): fewer than three figures, yet a data row where it ends before the table's last column
 * and its own label plainly names a template row. Its figures stand in the columns they reach, as a reader reads them.
 */
function raggedTemplateRow<N>(row: TableRow<N>, rows: readonly TableRow<N>[]): boolean {
  if (row.figureRun.length >= 3 || !row.cells.some((c) => c.own) || HEADER_WORDS.test(row.key) || !endsShort(row, rows)) return false;
  const { own } = rowLabels(row);
  return own !== '' && Object.values(APPLICATION_TEMPLATES).some((template) => template.some((r) => r.own.similarity(own) >= 0.75));
}

/**
 * Whether a row's own label names its template row: most of it, or its head without what follows
 * (部分公开 without its gloss （区分处理的，只计这一情形，不计其他情形）, as many pages print it).
 */
function namesRow(expected: LabelPattern, own: string): boolean {
  return expected.similarity(own) >= 0.5 || (own.length >= 4 && expected.text.startsWith(own));
}

// A group and its numbered item in one cell (（三）不予公开 1.属于国家秘密, as pages that fold the group
// column into each row print it): what follows the item's number.
const ITEM_AFTER_GROUP = /^.*[^\d\s]\s*\d{1,2}\s*[.、．]\s*(?=\S)/s;

function itemOf(text: string): string {
  const group = ITEM_AFTER_GROUP.exec(text);
  return group ? text.slice(group[0].length) : text;
}
