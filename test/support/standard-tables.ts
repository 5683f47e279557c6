// Report pages written from figures, with the standard tables laid out the ways real portals publish
// them: the 国办 template's own layout, flattened labels, group rows of their own, Word's markup
// around every value, headings before, inside or missing, 表三 cut at a page break, all three tables
// in one. The round-trip test reads them back and expects exactly the figures they were written from.
import { APPLICANT_COLUMNS, OUTCOME_COLUMNS, type ActiveDisclosure, type Applications, type ReviewLitigation } from '../../lib/schema.ts';

export type Format = '2019' | '2021';

export interface Layout {
  format: Format;
  /** Where the 二、三、四 headings are: in a <p> before each table, in the table's first row, or nowhere. */
  headings: 'before' | 'inside' | 'none';
  /**
   * 表三's labels: the template's 三、本年度办理结果 band and group cells; groups without the band; the
   * band as a row across the table, then groups; or one flat label per row with its group in a row
   * of blank cells.
   */
  labels: 'template' | 'no-band' | 'band-row' | 'group-rows';
  /** Each value in Word's <p><span>…<o:p></o:p></span></p>, and no-break spaces around some values. */
  word: boolean;
  /** Labels in <th> cells, as hand-written tables have them. */
  th: boolean;
  /** Labels broken by <br> and full-width digits in some values. */
  noise: boolean;
  /** What lossy copying does: labels that lost a character, "?" beside values, blank and — cells. */
  damage: boolean;
  /** 表三 cut into two <table>s before this data row (0: not cut). */
  splitAt: number;
  /** 表三 cut into two <table>s inside its header, after this many of its three header rows (0: not cut there). */
  headerSplitAt: number;
  /** The part after the cut given an empty first column, as Word's split tables may have (both parts, where 表三's header is cut). */
  splitLead: boolean;
  /** 表二 cut into two <table>s after this many rows past its header (0: not cut). */
  activeSplitAt: number;
  /** Each part after a cut opens on its table's header rows again, as Word repeats them (重复标题行). */
  repeatHeader: boolean;
  /** The three tables as one <table>. */
  oneTable: boolean;
  /** 表二's 第二十条第(x)项 rows, which some portals leave out. */
  clauseRows: boolean;
  /** Columns portals add: a 备注 column after 表三's 总计, a label column before 表四's figures. */
  extraColumns: boolean;
  /** 表四 as one row of fifteen (the template) or a row per group. */
  reviewRows: 'one' | 'per-group';
  /** Heads the template spans over two rows (自然人, 总计, 表四's 结果维持…) written as a cell over a blank one. */
  stackedHeads: boolean;
}

/** The template's layout, nothing cut, moved or damaged: tests change what they need of it. */
export const PLAIN_LAYOUT: Layout = {
  format: '2021', headings: 'before', labels: 'template', word: false, th: false, noise: false, damage: false,
  splitAt: 0, headerSplitAt: 0, splitLead: false, activeSplitAt: 0, repeatHeader: false, oneTable: false, clauseRows: true, extraColumns: false, reviewRows: 'one', stackedHeads: false,
};

export interface StandardFigures {
  activeDisclosure: ActiveDisclosure;
  applications: Applications;
  reviewLitigation: ReviewLitigation;
}

/** A deterministic pseudo-random source (mulberry32), so that a failing seed can be replayed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

/** A count as reports have them: mostly small, often 0, now and then large (up to `large`). */
function count(rand: () => number, large = 100000): number {
  const r = rand();
  return r < 0.3 ? 0 : r < 0.8 ? Math.floor(rand() * 40) : Math.floor(rand() * large);
}
// No body receives a million applications a year: 表三's cells stay small enough that its totals keep under one.
const APPLICATIONS_LARGE = 5000;

// 表三's rows: [path, group label, own label]. The group is printed once for its rows.
const APPLICATION_ROWS: Record<Format, [string, string, string][]> = (() => {
  const withheld: [string, string][] = [['stateSecret', '1.属于国家秘密'], ['lawForbidden', '2.其他法律行政法规禁止公开'],
    ['safetyStability', '3.危及“三安全一稳定”'], ['thirdPartyRights', '4.保护第三方合法权益'], ['internalAffairs', '5.属于三类内部事务信息'],
    ['processInformation', '6.属于四类过程性信息'], ['enforcementFiles', '7.属于行政执法案卷'], ['administrativeQuery', '8.属于行政查询事项']];
  const unavailable: [string, string][] = [['notHeld', '1.本机关不掌握相关政府信息'], ['needsCreation', '2.没有现成信息需要另行制作'],
    ['stillUnclear', '3.补正后申请内容仍不明确']];
  const notProcessed: [string, string][] = [['complaint', '1.信访举报投诉类申请'], ['repeated', '2.重复申请'],
    ['publication', '3.要求提供公开出版物'], ['excessive', '4.无正当理由大量反复申请'], ['confirmation', '5.要求行政机关确认或重新出具已获取信息']];
  const head: [string, string, string][] = [
    ['granted', '', '（一）予以公开'],
    ['partiallyGranted', '', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
    ...withheld.map(([k, l]): [string, string, string] => [`withheld.${k}`, '（三）不予公开', l]),
    ...unavailable.map(([k, l]): [string, string, string] => [`unavailable.${k}`, '（四）无法提供', l]),
    ...notProcessed.map(([k, l]): [string, string, string] => [`notProcessed.${k}`, '（五）不予处理', l]),
  ];
  return {
    '2021': [...head,
      ['otherHandling.noCorrection', '（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
      ['otherHandling.noFee', '（六）其他处理', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
      ['otherHandling.other', '（六）其他处理', '3.其他']],
    '2019': [...head, ['otherHandling.all', '', '（六）其他处理']],
  };
})();

/** Random figures in the contract's shape for one layout; with damage, a few are blank (null). */
export function randomFigures(rand: () => number, layout: Layout): StandardFigures {
  const { format } = layout;
  const figure = (large?: number) => (layout.damage && rand() < 0.04 ? null : count(rand, large));
  const cols = () => Object.fromEntries(APPLICANT_COLUMNS.map((c) => [c, figure(APPLICATIONS_LARGE)]));
  const applications: Record<string, unknown> = {};
  const set = (path: string) => {
    const [a, b] = path.split('.') as [string, string | undefined];
    if (b) ((applications[a] ??= {}) as Record<string, unknown>)[b] = cols();
    else applications[a] = cols();
  };
  for (const path of ['newReceived', 'carriedOver', ...APPLICATION_ROWS[format].map(([p]) => p), 'totalProcessed', 'carriedForward']) set(path);
  const change = () => (rand() < 0.2 ? -1 - Math.floor(rand() * 20) : count(rand));
  const activeDisclosure: Record<string, unknown> = format === '2021'
    ? {
      regulations: { issued: count(rand), repealed: count(rand), inForce: count(rand) },
      normativeDocuments: { issued: count(rand), repealed: count(rand), inForce: count(rand) },
      licensing: { decisions: count(rand) }, punishment: { decisions: count(rand) }, coercion: { decisions: count(rand) },
      fees: { amount: Math.round(rand() * 100000) / 100, unit: '万元' },
    }
    : {
      regulations: { newlyMade: count(rand), newlyPublished: count(rand), totalPublished: count(rand) },
      normativeDocuments: { newlyMade: count(rand), newlyPublished: count(rand), totalPublished: count(rand) },
      licensing: { previousCount: count(rand), change: change(), decisions: count(rand) },
      otherServices: { previousCount: count(rand), change: change(), decisions: count(rand) },
      punishment: { previousCount: count(rand), change: change(), decisions: count(rand) },
      coercion: { previousCount: count(rand), change: change(), decisions: count(rand) },
      fees: { previousCount: count(rand), change: change() },
      procurement: { projects: count(rand), amount: count(rand), unit: null },
    };
  const outcome = () => Object.fromEntries(OUTCOME_COLUMNS.map((c) => [c, figure()]));
  return {
    activeDisclosure: activeDisclosure as ActiveDisclosure,
    applications: applications as Applications,
    reviewLitigation: { review: outcome(), litigationDirect: outcome(), litigationAfterReview: outcome() },
  };
}

/**
 * Figures that agree with each other as the templates require: 表三's rows add up to (七)总计, 一+二
 * equals 总计+结转, each row's 总计 is the sum of its applicants; 表四's 总计 is the sum of its outcomes;
 * 表二's 现行有效 covers this year's new documents.
 */
export function consistentFigures(rand: () => number, layout: Layout): StandardFigures {
  const figures = randomFigures(rand, { ...layout, damage: false });
  const apps = figures.applications as Record<string, unknown>;
  const row = (path: string) => {
    const [a, b] = path.split('.') as [string, string | undefined];
    return (b ? (apps[a] as Record<string, unknown>)[b] : apps[a]) as Record<string, number>;
  };
  const outcomes = APPLICATION_ROWS[layout.format].map(([path]) => row(path));
  const [handled, received, carriedOver, carriedForward] = ['totalProcessed', 'newReceived', 'carriedOver', 'carriedForward'].map(row) as Record<string, number>[];
  for (const c of APPLICANT_COLUMNS) {
    if (c === 'total') continue;
    handled![c] = outcomes.reduce((sum, r) => sum + r[c]!, 0);
    // 一 + 二 = 总计 + 结转: last year's carried-over applications are part of what was handled or carried.
    carriedOver![c] = Math.min(carriedOver![c]!, handled![c]! + carriedForward![c]!);
    received![c] = handled![c]! + carriedForward![c]! - carriedOver![c]!;
  }
  for (const r of [...outcomes, handled!, received!, carriedOver!, carriedForward!]) {
    r.total = APPLICANT_COLUMNS.reduce((sum, c) => (c === 'total' ? sum : sum + r[c]!), 0);
  }
  for (const group of Object.values(figures.reviewLitigation) as Record<string, number>[]) {
    group.total = group.upheld! + group.corrected! + group.other! + group.pending!;
  }
  for (const key of ['regulations', 'normativeDocuments'] as const) {
    const made = figures.activeDisclosure[key] as Record<string, number>;
    if ('inForce' in made) made.inForce! += made.issued!;
    else made.totalPublished! += made.newlyPublished!;
  }
  return figures;
}

/** A whole report page: title, prose, the three tables (laid out as `layout` says) and the closing parts. */
export function reportPage(figures: StandardFigures, layout: Layout, rand: () => number): string {
  const year = layout.format === '2021' ? 2022 : 2019;
  const w = writer(layout, rand);
  const tables = [
    { heading: '二、主动公开政府信息情况', rows: activeRows(figures.activeDisclosure, layout, w).filter(Boolean) },
    { heading: '三、收到和处理政府信息公开申请情况', rows: applicationRows(figures.applications, layout, w) },
    { heading: '四、政府信息公开行政复议、行政诉讼情况', rows: reviewRows(figures.reviewLitigation, layout, w) },
  ];
  const width = (rows: string[]) => Math.max(...rows.map((r) => [...r.matchAll(/<t[dh](?: colspan="(\d+)")?/g)].reduce((n, m) => n + Number(m[1] ?? 1), 0)));
  const headingRow = (text: string, rows: string[]) => `<tr><td colspan="${width(rows)}">${text}</td></tr>`;
  const tableOf = (rows: string[]) => `<table border="1" cellspacing="0">\n${rows.join('\n')}\n</table>`;
  let body: string;
  if (layout.oneTable) {
    body = tableOf(tables.flatMap((t) => (layout.headings === 'none' ? t.rows : [headingRow(t.heading, t.rows), ...t.rows])));
  } else {
    const lead = (rows: string[]) => (layout.splitLead ? rows.map((row) => row.replace(/^<tr>/, '<tr><td></td>')) : rows);
    body = tables.map((t, i) => {
      // 表三 cut through its header: its empty column first is the whole table's (Word's extra first column,
      // a blank cell first in every row of both parts; a heading row inside spans it too).
      const inHeader = i === 1 && layout.headerSplitAt > 0;
      const own = inHeader ? lead(t.rows) : t.rows;
      const rows = layout.headings === 'inside' ? [headingRow(t.heading, own), ...own] : own;
      const before = layout.headings === 'before' ? `<p>${t.heading}</p>\n` : '';
      // 表二 or 表三 cut at a page break: the rows after the cut go to a table of their own.
      const header = (layout.headings === 'inside' ? 1 : 0) + (i === 1 ? 3 : layout.clauseRows ? 2 : 1);
      const cut = i === 1 && layout.splitAt > 0 ? rows.length - applicationDataRows(layout.format) + layout.splitAt
        : inHeader ? header - 3 + layout.headerSplitAt
        : i === 0 && layout.activeSplitAt > 0 ? header + Math.min(layout.activeSplitAt, rows.length - header - 1) : 0;
      // A header cut through is not repeated.
      const repeated = layout.repeatHeader && !inHeader ? rows.slice(0, header) : [];
      const rest = [...repeated, ...rows.slice(cut)];
      return before + (cut > 0 ? `${tableOf(closeSpans(rows.slice(0, cut)))}\n<p>\u00a0</p>\n${tableOf(inHeader ? rest : lead(rest))}` : tableOf(rows));
    }).join('\n');
  }
  // A city's office: a city may make 规章, which the figures count at random.
  return `<!doctype html><html><head><meta charset="utf-8"><title>某某市人民政府办公室${year}年政府信息公开工作年度报告</title></head><body>
<h1>某某市人民政府办公室${year}年政府信息公开工作年度报告</h1>
<p>本报告依据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。</p>
<p>一、总体情况</p>
<p>${year}年，我办认真贯彻落实政府信息公开工作部署，全年主动公开政府信息一批。${restated(figures)}</p>
${body}
<p>五、存在的主要问题及改进情况</p>
<p>公开内容还不够全面，下一步将加强培训。</p>
<p>六、其他需要报告的事项</p>
<p>本年度未收取信息处理费。</p>
<p>某某市人民政府办公室</p>
<p>${year + 1}年1月20日</p>
</body></html>`;
}

/** Rows of the part before a cut: as converters write it, no cell spans past the part's last row. */
const closeSpans = (rows: string[]) =>
  rows.map((row, i) => row.replace(/rowspan="(\d+)"/g, (_, n: string) => `rowspan="${Math.min(Number(n), rows.length - i)}"`));

/** What the overview says of the tables' figures, as reports restate them in words (when the tables have them). */
function restated({ applications: a, reviewLitigation: r }: StandardFigures): string {
  const received = a.newReceived?.total;
  const carried = a.carriedOver?.total;
  const reviews = r.review?.total;
  const suits = [r.litigationDirect?.total, r.litigationAfterReview?.total];
  const applications = received != null && carried != null ? `全年共收到政府信息公开申请${received}件，上年结转${carried}件。` : '';
  const cases = reviews != null && suits.every((n) => n != null)
    ? `全年发生政府信息公开行政复议${reviews}件、行政诉讼${suits.reduce((sum, n) => sum! + n!, 0)}件。` : '';
  return applications + cases;
}

interface Writer {
  /** A label cell. */
  label(text: string, span?: { rows?: number; cols?: number }): string;
  /** A value cell. */
  value(value: number | null | undefined, cols?: number): string;
}

function writer(layout: Layout, rand: () => number): Writer {
  const spans = (span: { rows?: number; cols?: number } = {}) =>
    `${span.cols && span.cols > 1 ? ` colspan="${span.cols}"` : ''}${span.rows && span.rows > 1 ? ` rowspan="${span.rows}"` : ''}`;
  const wrap = (text: string) => (layout.word ? `<p class="MsoNormal" align="center"><span lang="EN-US" style="font-size:10.5pt">${text}<o:p></o:p></span></p>` : text);
  const fullWidth = (digits: string) => digits.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  return {
    label(text, span) {
      // Characters lost as pages copied through bad encodings show: one after the marker (行政许 for
      // 行政许可), sometimes two (（三不予 for （三）不予公开), or the first of a label with no marker
      // (人或其他组织 for 法人或其他组织).
      const marked = /^[（(一二三四五六七八九十\d]/.test(text);
      const at = !marked && rand() < 0.2 ? 0 : 3 + Math.floor(rand() * (text.length - 3));
      const lost = text.length > 8 && rand() < 0.3 ? 2 : 1;
      // Not a unit: a header that lost the 万 of （单位：万元） says 元, and is read so.
      const lossy = layout.damage && text.length > 4 && !text.includes('单位') && rand() < 0.3 ? text.slice(0, at) + text.slice(at + lost) : text;
      // A <br> where the editor's column was too narrow, but never inside a "（一）" or "1." marker.
      const broken = layout.noise && lossy.length > 8 && rand() < 0.5 ? `${lossy.slice(0, 6)}<br>${lossy.slice(6)}` : lossy;
      const tag = layout.th ? 'th' : 'td';
      return `<${tag}${spans(span)}>${wrap(broken)}</${tag}>`;
    },
    value(value, cols) {
      let text = value == null ? (layout.damage ? pick(rand, ['', '&nbsp;', '<br>', '—', '/']) : '') : String(value);
      if (layout.damage && value != null && rand() < 0.1) text = rand() < 0.5 ? `?${text}` : `${text}？`;
      if (layout.noise && rand() < 0.15) text = fullWidth(text);
      if (layout.noise && value != null && value >= 1000 && rand() < 0.5) text = value.toLocaleString('en-US');
      if (layout.word && rand() < 0.3) text = `\u00a0${text}\u00a0`;
      return `<td${spans({ cols })}>${wrap(text)}</td>`;
    },
  };
}

function activeRows(active: ActiveDisclosure, layout: Layout, w: Writer): string[] {
  const { format } = layout;
  const block = (clause: string) => (layout.clauseRows ? `<tr>${w.label(`第二十条第（${clause}）项`, { cols: 4 })}</tr>` : '');
  const header = (...columns: string[]) => `<tr>${w.label('信息内容')}${columns.map((c, i) => w.label(c, { cols: i === columns.length - 1 ? 4 - columns.length : 1 })).join('')}</tr>`;
  // Without its 第二十条 rows a page runs 第(五)项 on into 第(六)项 under one header: the two have the same columns.
  const punishmentHeader = (...columns: string[]) => (layout.clauseRows ? header(...columns) : '');
  const row = (label: string, values: (number | null | undefined)[]) =>
    `<tr>${w.label(label)}${values.map((v, i) => w.value(v, i === values.length - 1 ? 4 - values.length : 1)).join('')}</tr>`;
  if (format === '2021') {
    const made = ['本年制发件数', '本年废止件数', '现行有效件数'];
    const r = active.regulations as { issued: number; repealed: number; inForce: number };
    const n = active.normativeDocuments as typeof r;
    return [
      block('一'), header(...made), row('规章', [r.issued, r.repealed, r.inForce]), row('行政规范性文件', [n.issued, n.repealed, n.inForce]),
      block('五'), header('本年处理决定数量'), row('行政许可', [active.licensing?.decisions]),
      block('六'), punishmentHeader('本年处理决定数量'), row('行政处罚', [active.punishment?.decisions]), row('行政强制', [active.coercion?.decisions]),
      block('八'), header('本年收费金额（单位：万元）'), row('行政事业性收费', [active.fees?.amount]),
    ];
  }
  const made = ['本年新制作数量', '本年新公开数量', '对外公开总数量'];
  const items = ['上一年项目数量', '本年增/减', '处理决定数量'];
  type Items = { previousCount: number; change: number; decisions: number };
  const three = (x: unknown) => { const i = x as Items; return [i.previousCount, i.change, i.decisions]; };
  const r = active.regulations as { newlyMade: number; newlyPublished: number; totalPublished: number };
  const n = active.normativeDocuments as typeof r;
  return [
    block('一'), header(...made), row('规章', [r.newlyMade, r.newlyPublished, r.totalPublished]), row('规范性文件', [n.newlyMade, n.newlyPublished, n.totalPublished]),
    block('五'), header(...items), row('行政许可', three(active.licensing)), row('其他对外管理服务事项', three(active.otherServices)),
    block('六'), punishmentHeader(...items), row('行政处罚', three(active.punishment)), row('行政强制', three(active.coercion)),
    block('八'), header('上一年项目数量', '本年增/减'), row('行政事业性收费', [active.fees?.previousCount, active.fees?.change]),
    block('九'), header('采购项目数量', '采购总金额'), row('政府集中采购', [active.procurement?.projects, active.procurement?.amount]),
  ];
}

/** Rows of 表三 that hold figures and come after the 三、本年度办理结果 band starts (where a cut may fall). */
const applicationDataRows = (format: Format) => APPLICATION_ROWS[format].length + 2;

function applicationRows(apps: Applications, layout: Layout, w: Writer): string[] {
  const figuresOf = (path: string) => {
    const [a, b] = path.split('.') as [keyof Applications, string | undefined];
    const cols = (b ? (apps[a] as Record<string, Record<string, number>>)[b] : apps[a]) as Record<string, number>;
    return APPLICANT_COLUMNS.map((c) => w.value(cols[c])).join('');
  };
  const rows = APPLICATION_ROWS[layout.format];
  const tall = layout.stackedHeads ? {} : { rows: 2 };
  const blank = layout.stackedHeads ? w.label('') : '';
  const out = [
    `<tr>${w.label('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', { cols: 3, rows: 3 })}${w.label('申请人情况', { cols: 7 })}</tr>`,
    `<tr>${w.label('自然人', tall)}${w.label('法人或其他组织', { cols: 5 })}${w.label('总计', tall)}</tr>`,
    `<tr>${blank}${['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((l) => w.label(l)).join('')}${blank}</tr>`,
    `<tr>${w.label('一、本年新收政府信息公开申请数量', { cols: 3 })}${figuresOf('newReceived')}</tr>`,
    `<tr>${w.label('二、上年结转政府信息公开申请数量', { cols: 3 })}${figuresOf('carriedOver')}</tr>`,
  ];
  const groupSize = (group: string) => rows.filter(([, g]) => g === group).length;
  if (layout.labels === 'band-row') out.push(`<tr>${w.label('三、本年度办理结果', { cols: 10 })}</tr>`);
  rows.forEach(([path, group, own], i) => {
    const first = i === 0;
    const opensGroup = group !== '' && rows[i - 1]?.[1] !== group;
    let labels: string;
    if (layout.labels === 'group-rows') {
      if (opensGroup) out.push(`<tr>${w.label(group, { cols: 3 })}${APPLICANT_COLUMNS.map(() => w.value(null)).join('')}</tr>`);
      labels = w.label(own, { cols: 3 });
    } else {
      const band = layout.labels === 'template' && first ? w.label('三、本年度办理结果', { rows: rows.length + 1 }) : '';
      const cols = layout.labels === 'template' ? 2 : 3;
      labels = band + (group === '' ? w.label(own, { cols }) : (opensGroup ? w.label(group, { rows: groupSize(group) }) : '') + w.label(own, { cols: cols - 1 }));
    }
    out.push(`<tr>${labels}${figuresOf(path)}</tr>`);
  });
  out.push(`<tr>${w.label('（七）总计', { cols: layout.labels === 'template' ? 2 : 3 })}${figuresOf('totalProcessed')}</tr>`);
  out.push(`<tr>${w.label('四、结转下年度继续办理', { cols: 3 })}${figuresOf('carriedForward')}</tr>`);
  if (!layout.extraColumns) return out;
  // A 备注 column: its head beside the three header rows, an empty cell on every row below.
  return out.map((row, i) => (i === 0 ? row.replace(/<\/tr>$/, `${w.label('备注', { rows: 3 })}</tr>`) : i < 3 ? row : row.replace(/<\/tr>$/, '<td></td></tr>')));
}

function reviewRows(review: ReviewLitigation, layout: Layout, w: Writer): string[] {
  const outcomes = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const groups = [['review', '行政复议'], ['litigationDirect', '未经复议直接起诉'], ['litigationAfterReview', '复议后起诉']] as const;
  const values = (key: (typeof groups)[number][0]) => OUTCOME_COLUMNS.map((c) => w.value(review[key]?.[c])).join('');
  if (layout.reviewRows === 'per-group') {
    return [
      `<tr>${w.label('类别')}${outcomes.map((o) => w.label(o)).join('')}</tr>`,
      ...groups.map(([key, label]) => `<tr>${w.label(key === 'review' ? label : `行政诉讼（${label}）`)}${values(key)}</tr>`),
    ];
  }
  // A label column before the figures: 项目 over the header rows, 数量 before the fifteen figures.
  const lead = (text: string, rows?: number) => (layout.extraColumns ? w.label(text, { rows }) : '');
  return [
    `<tr>${lead('项目', 3)}${w.label('行政复议', { cols: 5 })}${w.label('行政诉讼', { cols: 10 })}</tr>`,
    `<tr>${outcomes.map((o) => w.label(o, layout.stackedHeads ? {} : { rows: 2 })).join('')}${w.label('未经复议直接起诉', { cols: 5 })}${w.label('复议后起诉', { cols: 5 })}</tr>`,
    `<tr>${layout.stackedHeads ? outcomes.map(() => w.label('')).join('') : ''}${[...outcomes, ...outcomes].map((o) => w.label(o)).join('')}</tr>`,
    `<tr>${lead('数量')}${groups.map(([key]) => values(key)).join('')}</tr>`,
  ];
}

/** A random layout for one of the formats. */
export function randomLayout(rand: () => number): Layout {
  const format = pick(rand, ['2019', '2021'] as const);
  const oneTable = rand() < 0.2;
  const layout: Layout = {
    format,
    headings: pick(rand, ['before', 'before', 'inside', 'none'] as const),
    labels: pick(rand, ['template', 'template', 'no-band', 'band-row', 'group-rows'] as const),
    word: rand() < 0.5,
    th: rand() < 0.2,
    noise: rand() < 0.5,
    damage: rand() < 0.4,
    splitAt: !oneTable && rand() < 0.25 ? 1 + Math.floor(rand() * (applicationDataRows(format) - 2)) : 0,
    oneTable,
    clauseRows: rand() < 0.85,
    extraColumns: rand() < 0.25,
    reviewRows: rand() < 0.25 ? 'per-group' : 'one',
    stackedHeads: rand() < 0.25,
    splitLead: rand() < 0.5,
    activeSplitAt: !oneTable && rand() < 0.2 ? 1 + Math.floor(rand() * 15) : 0,
    repeatHeader: rand() < 0.5,
    headerSplitAt: 0,
  };
  // 表三 cut inside its header, where it is not cut among its data rows.
  if (!oneTable && layout.splitAt === 0 && rand() < 0.25) layout.headerSplitAt = 1 + Math.floor(rand() * 2);
  return layout;
}
