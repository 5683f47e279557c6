// A report of the 统计表 years that says it carries a table of its figures (附表) should show one.
import type { Spot } from '../../document/page-text.ts';
import { wholeReport } from '../../document/pagination.ts';
import { tablesDue } from '../../template/formats.ts';
import { quote } from '../../text/quote.ts';
import { pageFinding, type Rule, type RuleContext } from '../types.ts';

// The report names its 附表, with the caption's name where it has one (附表:2016年龙归镇政府信息公开年度报告, 详见附表,
// …和附表等部分组成), says it appends a table of its figures (the 上海 template's 并附相关的说明和指标统计表, 报告后附…指标统计图表,
// 并附统计表等), or a 附件 or 附 line names a table (附件：2016年政府信息公开情况统计表; 附：区直部门收到和处理政府信息公开申请情况表):
// under the 落款, the caption the table stands under. The 上海 template's table may be listed as a part of the contents
// with no 附 (主要内容包括:概述,…,存在主要问题和整改措施,相关说明和指标统计表: sanming-2018).
const ANNOUNCED = /附表(?:\s*\d*\s*[:：][^。；;\s]{1,40})?|[并后]附[^。；;，,]{0,16}?统计图?表|(?:^|[。；;\s])附件?\s*\d*\s*[:：][^。；;]{0,40}?表|相关的?说明和指标统计图?表/;
// A file named with it: the table is attached as that file.
const FILE = /\.(?:xlsx?|et|docx?|wps|pdf|ofd)(?![A-Za-z])/i;

/** Where the report first announces the table, from line `from` on: the words on their line. */
function announced(lines: readonly string[], from = 0): Spot | null {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes('附') && !line.includes('指标统计')) continue;
    const m = ANNOUNCED.exec(line);
    if (!m) continue;
    // From its 附 (after the stop a 附件 line's pattern starts at), or its first word where it has none.
    const end = m.index + m[0].length, mark = line.indexOf('附', m.index);
    return { lines: 'body', line: i, start: mark >= 0 && mark < end ? mark : m.index, end };
  }
  return null;
}

/**
 * Whether the report shows what may be the table, at or after line `from` that announces it and above its 落款: a table
 * (read or not), a picture or frame, an attached file linked there. What stands above (the portal's 索引号 grid, a
 * sidebar's 申请表.doc) is not it, nor what stands under the 落款 (the footer's links laid out in a table) or under all the
 * report's lines (the footer's 党政机关 badge), unless a caption under the 落款 announces the table again (…落款,
 * 附表：…统计表, the table): from that caption on the report's appendix runs.
 */
function shows(ctx: RuleContext, from: number): boolean {
  const signed = ctx.signedLine;
  const appendix = signed === null ? null : announced(ctx.lines, Math.max(from, signed + 1))?.line ?? null;
  const within = (before: number) => before >= from && (signed === null || before <= signed || (appendix !== null && before >= appendix));
  return ctx.unreadable.length > 0 || ctx.asText.length > 0 || ctx.tables.some(within) || ctx.frames.some(within)
    || ctx.attachments.some(within) || ctx.images.some((before) => within(before) && before < ctx.lines.length);
}

/** Whether the table is linked, on the line that announces it or on the next that names a table: its own page or picture (附表:<a>…统计表</a>). */
function linked(ctx: RuleContext, at: number): boolean {
  return ctx.links.has(at) || (ctx.links.has(at + 1) && ctx.lines[at + 1]!.includes('表'));
}

/** Where the report announces its table of figures, and whether the page shows what may be it there (a file, a link, a table, picture or frame); null where it announces none. */
export function appendedTable(ctx: RuleContext): { at: Spot; shown: boolean } | null {
  const at = announced(ctx.lines);
  if (!at) return null;
  return { at, shown: FILE.test(ctx.lines[at.line]!) || linked(ctx, at.line) || shows(ctx, at.line) };
}

export const announcedTable: Rule = {
  id: 'document/announced-table',
  severity: 'warning',
  description: '2019年以前的报告称附有统计表（附表）的，页面上有这张表 (a pre-2019 report that announces its statistics table shows it)',
  rationale: {
    zh: '2019年以前的报告没有统一的表格格式，统计数字多列在文末的“附表”里；报告写了“附表：…”“详见附表”“并附相关的说明和指标统计表”，或称由“…和附表”组成、内容包括“…相关说明和指标统计表”，页面上却没有表格，也没有图片、框架或附件，这张表就缺了，其中的数字无从核对。只看报告中称附表之处及其后、落款之前（落款之后另有“附表：…”“附：…统计表”的，自那里起）：页面上方的索引号信息栏、侧栏的申请表下载、落款之后页脚排成表格的版权信息、页脚的标识图片都不是这张表。表格是图片、在嵌入的框架中、以附件（PDF、Word、Excel等）发布，附表本身是指向另一页面或图片的链接，或页面上有表格而本工具读不出的，不算缺表。2019年以后的报告缺表见 document/required-tables。报告分页发布、本页只是其中一页的，不作此检查：表可能在其他页。',
    en: 'Reports before 2019 have no common table form and often list their figures in a table at the end, the appendix (附表). Where the report says so (附表：…, 详见附表 “see the appended table”, 并附相关的说明和指标统计表 “with notes and a table of the figures appended”, or made up of “… and the appendix”, or with contents that include 相关说明和指标统计表 “notes and a table of the figures”) yet the page shows no table, no picture, no frame and no attachment, the table is missing and its figures cannot be checked. Only what stands where the report announces the table and after, above its signature (落款), counts, or after a caption under the signature that announces it again (附表：…, 附：…统计表): the portal\'s box of details (索引号, index number) above the article, a sidebar\'s application form to download, a footer laid out as a table under the signature, the footer\'s badge are not the table. A table published as a picture, in an embedded frame, as an attachment (PDF, Word, Excel…), an appendix that is itself a link to another page or a picture, or a table on the page that this tool cannot read, is not missing. For reports from 2019 on, missing tables are document/required-tables\' concern. Where the portal splits the report over several pages and this page is one of them, this check is not made: the table may be on another page.',
  },
  example: {
    passes: {
      zh: '文末“附表：2016年龙归镇政府信息公开年度报告”，下面是统计表（或其图片、附件）。',
      en: 'The report ends with 附表：2016年龙归镇政府信息公开年度报告 (“Appendix: …”), and the statistics table (or a picture of it, or an attachment) follows.',
    },
    fails: {
      zh: '文末“附表：2016年龙归镇政府信息公开年度报告”，下面只有落款，页面上没有任何表格、图片或附件。',
      en: 'The report ends with 附表：2016年龙归镇政府信息公开年度报告 (“Appendix: …”), followed only by the signature; the page has no table, picture or attachment at all.',
    },
  },
  check(report, ctx) {
    // Tables read, or due in a format (required-tables says what of them is missing), or perhaps on another page.
    if (report.document.format !== 'prose' || tablesDue(report.document) || !wholeReport(ctx.pagination)) return [];
    const table = appendedTable(ctx);
    if (!table || table.shown) return [];
    const { at } = table, line = ctx.lines[at.line]!;
    return [pageFinding('warning', `报告称附有表格（${quote(line, [{ at: at.start, stop: at.end }])}），页面上却没有表格，也没有图片或附件（报告缺表，或表格以本工具读不到的形式发布）`, [at])];
  },
};
