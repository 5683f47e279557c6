// The 2019 and 2021 formats require tables 二, 三 and 四.
import { partOfYearReport } from '../../document/period.ts';
import { wholeReport } from '../../document/pagination.ts';
import { isTextTableRow, rowFiguresOf, TABLE_FIGURES, textRowLabel, textTableNames } from '../../document/text-table.ts';
import { OUTLINE_HEADING } from '../../document/sections.ts';
import { pathName } from '../../labels.ts';
import { blockFormats, itemsIn } from '../../template/active-disclosure.ts';
import { tablesDue, type Format } from '../../template/formats.ts';
import type { Report } from '../../schema.ts';
import { withoutSpam } from '../../text/spam-words.ts';
import { pageFinding, type Finding, type Rule, type RuleContext } from '../types.ts';

// `widths`: how many figures a row of the table holds where no header names its columns (text-table.ts). A heading a mirror
// put spam words into is read without them, 表三's then without the 政府信息公开 they stood for (三、收到和处理飞禽走兽老虎机申请情况).
export const REQUIRED = [
  { key: 'activeDisclosure', name: '表二（主动公开政府信息情况）', heading: /主动公开政府信息的?情况/, widths: [] },
  { key: 'applications', name: '表三（收到和处理政府信息公开申请情况）', heading: /收到和处理(?:政府信息公开)?申请/, widths: [7] },
  { key: 'reviewLitigation', name: '表四（政府信息公开行政复议、行政诉讼情况）', heading: /复议.{0,8}诉讼/, widths: [15, 5] },
] as const;
type Required = (typeof REQUIRED)[number];

// A part's heading: short, numbered 一、二、…, and no row of a table laid out as text (一、本年新收… 33 2 0).
const isHeading = (lines: readonly string[], i: number) => lines[i]!.length <= 40 && OUTLINE_HEADING.test(lines[i]!) && !isTextTableRow(lines, i);

/** Whether any figure in a table's object is a number (not every cell null). */
function holdsNumber(value: unknown): boolean {
  if (typeof value === 'number') return true;
  return typeof value === 'object' && value !== null && Object.values(value).some(holdsNumber);
}

/** The lines of the part that `heading` opens, [heading, next heading); null when the page has no such part. */
function partOf(ctx: RuleContext, heading: RegExp): [number, number] | null {
  const at = ctx.lines.findIndex((line, i) => heading.test(withoutSpam(line)) && isHeading(ctx.lines, i));
  if (at < 0) return null;
  let end = at + 1;
  while (end < ctx.lines.length && !isHeading(ctx.lines, end)) end++;
  return [at, end];
}

/**
 * Whether 表二 starts and ends on this page of a report cut into pages: its part's heading (二、主动公开政府信息情况) is
 * on it, and a table the formats print after it (表三, 表四).
 */
export const activeDisclosureBounds = (report: Report, ctx: RuleContext) => ({
  starts: partOf(ctx, REQUIRED[0].heading) !== null, ends: report.applications !== null || report.reviewLitigation !== null,
});

/**
 * Whether the part that `heading` opens shows one of `shown` (ctx.images: many portals paste the tables as
 * pictures; ctx.frames: some show them in a frame, an embedded page read on its own).
 */
function partShows(ctx: RuleContext, heading: RegExp, shown: readonly number[]): boolean {
  const part = partOf(ctx, heading);
  return part !== null && shown.some((before) => before > part[0] && before <= part[1]);
}

// A pager's label before its page numbers (页码 1 2 3 4 5, 第1页 2 3): no row of a table.
const PAGER_LABEL = /^(?:页码|页次|首页|上一?页|下一?页|尾页|末页|[第共]\s*\d+\s*页)/;

/**
 * Whether the part that `heading` opens sets out its table as lines of text (text-table.ts), read as a table or not:
 * figures enough in rows of text tables that name it (a list of counties' rows of five under a caption is no 表四).
 */
function laidOutAsText(ctx: RuleContext, { key, heading, widths }: Required): boolean {
  if (ctx.asText.includes(key)) return true;
  const part = partOf(ctx, heading);
  const rowFigures = rowFiguresOf(ctx.lines);
  let figures = 0;
  for (let i = part ? part[0] + 1 : 0; part && i < part[1]; i++) {
    if (!isTextTableRow(ctx.lines, i)) continue;
    const { named, last } = textTableNames(ctx.lines, i, widths);
    // 表二 is named only by a header line of its cells (信息内容 | 本年制发件数 | …), which a table of a cell a line lacks.
    for (; (named || widths.length === 0) && i < Math.min(last, part[1]); i++) {
      if (rowFigures[i]! > 1 && PAGER_LABEL.test(textRowLabel(ctx.lines[i]!) ?? '')) continue;
      figures += rowFigures[i]!;
    }
    i = Math.max(i, last) - 1;
  }
  return figures >= TABLE_FIGURES;
}

/**
 * What to say of a required table not read: on the page but unreadable, a picture, lines of text, or
 * not found. A report of the formats' years that shows none of their tables (read as prose) is only
 * warned of one not found: with no table on the page at all, it may publish them in a form not read
 * here (an attachment, a scan). One page of a paginated article, its other pages not all read, says nothing
 * of a table not found: it may be on another page (document/paginated says so).
 */
function absent(table: Required, format: Format, ctx: RuleContext, prose: boolean, cutIn: string | null = null): Finding | null {
  const { key, name, heading } = table;
  if (ctx.unreadable.includes(key)) return pageFinding('warning', `${format}版格式要求的${name}在页面上，但其行列不合标准格式，无法读取，其中数字未经核对；请对照页面人工核对`);
  if (partShows(ctx, heading, ctx.images)) return pageFinding('warning', `${format}版格式要求的${name}在页面上是图片，无法读取，其中数字未经核对；请对照图片人工核对`);
  if (partShows(ctx, heading, ctx.frames)) return pageFinding('warning', `${format}版格式要求的${name}在页面嵌入的框架（本站另一页面）中，本页不读取，其中数字未经核对；请读取框架中的页面（浏览器扩展会在框架内另行读取）`);
  if (laidOutAsText(ctx, table)) return pageFinding('warning', `${format}版格式要求的${name}在页面上以文字排出，没有表格结构，无法读取，其中数字未经核对；请对照页面人工核对`);
  if (!wholeReport(ctx.pagination)) return null;
  // What would be right, for the official who fixes the report: the table printed, 0 where nothing happened. One printed
  // with no figure in its part (its header rows alone: suixi-beipo-2022-mirror's 表三) is there, its figures are not.
  if (!prose) {
    if (cutIn && !partOf(ctx, heading)) {
      return pageFinding('warning', `${format}版格式要求的${name}未找到：页面在${cutIn}中途结束（表的最后几行和其后各部分都不在页面上），可能没有载全，无从断定报告缺表；请到原网页核对`);
    }
    return partShows(ctx, heading, ctx.tables)
      ? pageFinding('error', `${format}版格式要求的${name}未读到数字：该部分的表格只有表头等文字；此表须填出数字，没有发生的事项填0`)
      : pageFinding('error', `${format}版格式要求的${name}未找到：此表须列出，没有发生的事项填0`);
  }
  // A table in its part with no figure (its header row alone, chaoyang-jianping-2025): say what is there.
  return partShows(ctx, heading, ctx.tables)
    ? pageFinding('warning', `${format}版格式要求的${name}未读到：该部分的表格没有数字（只有表头等文字），也没有图片（报告表中缺数，或数字以附件等本工具读不到的形式发布）`)
    : pageFinding('warning', `${format}版格式要求的${name}未找到：该部分有标题，页面上却没有表格，也没有图片（报告缺表，或表格以附件等本工具读不到的形式发布）`);
}

// The headings of the parts after the tables, as the format heads them (五、存在的主要问题及改进情况, 六、其他需要报告的事项)
// and as reports do (五、存在的问题及改进措施, 五、工作中存在的不足, 五、问题与改进): any shows the page goes on.
const LATER_PART = /存在的?(?:主要)?问题|问题[及和与]改进|存在的?不足|其[他它]需要报告/;

/**
 * The table the page stops inside, where it does: the last one read lacks the last row its format prints (表三 its
 * 四、结转下年度继续办理, 表二 its last item), and no part after the tables has its heading on the page. A table after it
 * not found is then the page's end (a portal's article cut short, loaded in part), no table the report lacks:
 * guangzhou-haizhu-guanzhou-2023 as stored stops at 表三's 不予公开·6, and says nothing of its 表四.
 */
function endsInside(report: Report, ctx: RuleContext, items: readonly string[]): string | null {
  if (partOf(ctx, LATER_PART)) return null;
  if (report.reviewLitigation) return null;
  if (report.applications) return 'carriedForward' in report.applications ? null : REQUIRED[1].name;
  const active = report.activeDisclosure;
  return active && !(items.at(-1)! in active) ? REQUIRED[0].name : null;
}

export const requiredTables: Rule = {
  id: 'document/required-tables',
  severity: 'error',
  description: '2019/2021版报告包含格式要求的表二、表三、表四 (the tables the format requires are present)',
  rationale: {
    zh: '按国办规定的格式，这三张统计表是年报的必备内容，即使全部为0也要列出；缺表就无法核对该部分数字。表格以图片发布或以文字排出（没有表格结构）而读不出的（以文字排出的表，各行数字个数合乎标准格式的照表格读取），只作提醒：表在，但机器读不出，须对照页面人工核对；表格在页面嵌入的本站另一页面（iframe、object、embed 框架）中的，也只作提醒：本页不读框架，浏览器扩展在框架内另行读取。2019年度以后的报告页面上一张表也没有的（读作文字报告），凡有该部分标题的，也逐表提醒：是图片的说明是图片；既无表格也无图片的，可能是缺表，也可能表格在附件等本工具读不到的地方，所以只作警告。该部分有表格而表中没有数字（只有表头）的，说明是没有数字的表格。表印了却一格未填（连0也没有），或表二缺了格式要求的项目，也只作提醒；只缺"规章"一行的只作提示（规章只有国务院部门和省、设区的市人民政府能制定，其他机关常略去此行）。报告分页发布、本页只是其中一页的，本页未见的表不报缺失，可能在其他页；表二只印了后几项而本页没有“二、主动公开政府信息情况”标题的，或只印了前几项而本页没有表三、表四的，其余各项也可能在其他页，不报缺失（见 document/paginated）。页面在一张表中途结束的（表三没有最后的“结转下年度继续办理”、表二没有最后一项，其后也没有“存在的主要问题”“存在的不足”“其他需要报告的事项”等部分的标题），其后的表未见，可能是页面没有载全（网页截断、未加载完），不能断定报告缺表，只作警告。',
    en: 'In the format the General Office of the State Council prescribes, these three statistics tables are a required part of the report, to be printed even where every figure is 0; without a table its part\'s figures cannot be checked. A table published as an image, or laid out as lines of text (with no table structure), that cannot be read is only a warning (a table laid out as text whose rows have as many figures as the standard format\'s is read as a table): the table is there, but no machine can read it, and it must be checked against the page by hand. A table inside another page of the site that the page embeds (an iframe, object or embed frame) is only a warning too: the reading of this page does not read frames, and the browser extension reads the frame on its own. A report for 2019 or later whose page shows no table at all (read as a report of text alone) gets a warning for each table whose part has its heading: saying it is an image where an image is shown; with neither a table nor an image, the table may be missing, or it may be where this tool cannot read it, such as an attachment, so this is only a warning. Where the part has a table with no figure in it (its header row alone), the warning says that is what is there. A table printed without one figure filled in (not even 0), or a Table 2 lacking items the format requires, is only a warning too; one lacking only its 规章 (administrative rules) row is only info (only State Council departments and the governments of provinces and of cities divided into districts can make 规章, and other bodies often leave the row out). Where the portal splits the report over several pages and this page is one of them, a table it does not show is not reported missing: it may be on another page; nor are the items of a Table 2 this page prints only the last items of with no heading of its part (二、主动公开政府信息情况) on the page, or only the first items of with no Table 3 or 4 below it on the page (see document/paginated). Where the page stops inside a table (a Table 3 without its last row, 结转下年度继续办理, carried forward to next year; a Table 2 without its last item) with no heading of a later part after it (存在的主要问题, 存在的不足, 问题与改进, 其他需要报告的事项), a table after it not found may be the page loaded or saved in part, no table the report lacks: only a warning.',
  },
  example: {
    passes: {
      zh: '2021版报告列出了表二、表三、表四（哪怕全为0）。',
      en: 'A report in the 2021 form prints Tables 2, 3 and 4 (even with every figure 0).',
    },
    fails: {
      zh: '2021版报告只写"未收到政府信息公开申请"，没有表三。',
      en: 'A report in the 2021 form says only 未收到政府信息公开申请 (“no application for government information was received”), and has no Table 3.',
    },
  },
  check(report, ctx) {
    const format = tablesDue(report.document);
    // A quarter's or half-year's report owes no annual report's tables (document/whole-year-period says what it is).
    if (!format || partOfYearReport(ctx.title, report.document.period)) return [];
    // A report of 2019 or later with none of the tables read: each table whose part the report has.
    if (report.document.format === 'prose') {
      return REQUIRED.filter((t) => ctx.unreadable.includes(t.key) || ctx.asText.includes(t.key) || partOf(ctx, t.heading)).flatMap((t) => absent(t, format, ctx, true) ?? []);
    }
    // A 表三 of its own columns is there, and recognition/nonstandard-table already says how it departs.
    const nonstandard = report.warnings.some((w) => w.rule === 'recognition/nonstandard-table');
    const missing = REQUIRED.filter(({ key }) => report[key] === null && !(key === 'applications' && nonstandard));
    const findings: Finding[] = [];
    // 表二 read, but without some of its items (a page that prints only 第二十条第（九）项).
    // A 表二 wholly of the other format (copied from an old report, as format-matches-year says) lists that format's items.
    const active = report.activeDisclosure;
    const blocks = blockFormats(active);
    const listed = blocks.length > 0 && blocks.every((b) => b.format === blocks[0]!.format) ? blocks[0]!.format : format;
    // One page of a report cut into pages: the items before the first it shows and after the last may be on the others,
    // where 表二 does not start or end on this page.
    const items = itemsIn(listed);
    const shown = items.flatMap((item, k) => (active && item in active ? [k] : []));
    const { starts, ends } = activeDisclosureBounds(report, ctx);
    const onPage = (k: number) => wholeReport(ctx.pagination) || ((k > shown[0]! || starts) && (k < shown.at(-1)! || ends));
    const lacking = active ? items.filter((item, k) => !(item in active) && onPage(k)) : [];
    if (lacking.length > 0) {
      const message = `${listed}版格式的表二应列出的${lacking.map((item) => `“${pathName(item)}”`).join('、')}未找到`;
      // Only the State Council's departments and the governments of provinces and 设区的市 make 规章: a county's or a
      // district office's report often leaves its row out (平潭's 片区 2023–2025), a slip of form, no figure lost.
      findings.push(lacking.length === 1 && lacking[0] === 'regulations'
        ? pageFinding('info', `${message}（规章只有国务院部门和省、设区的市人民政府能制定，其他机关的报告常略去此行）`)
        : pageFinding('warning', message));
    }
    // A table printed but never filled in: the template, not the report's figures.
    for (const { key, name } of REQUIRED) {
      const table = report[key];
      if (table && !holdsNumber(table)) {
        findings.push(pageFinding('warning', `${name}没有填写任何数字：单元格全部空白或填“/”“—”（连0也没有）`));
      }
    }
    const cutIn = endsInside(report, ctx, items);
    return [...findings, ...missing.flatMap((t) => absent(t, format, ctx, false, cutIn) ?? [])];
  },
};
