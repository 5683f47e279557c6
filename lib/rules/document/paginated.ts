// A report the portal splits over several web pages: what this page lacks may be on the others.
import { Applications, type Report } from '../../schema.ts';
import { pathName } from '../../labels.ts';
import { itemsIn } from '../../template/active-disclosure.ts';
import { tablesDue } from '../../template/formats.ts';
import { pageFinding, type Rule, type RuleContext } from '../types.ts';
import { activeDisclosureBounds, REQUIRED } from './required-tables.ts';

/** The format's tables this page does not show, for a report of the formats' years. */
function tablesNotHere(report: Report): string[] {
  return tablesDue(report.document) ? REQUIRED.filter(({ key }) => report[key] === null).map(({ name }) => name.slice(0, 2)) : [];
}

// 表三's rows top to bottom, as the formats print them and the schema lists them.
const APPLICATION_ROWS = Object.keys(Applications.shape) as (keyof Applications)[];

/**
 * What this page shows of a table a page break cut, its rows (or items) `order` top to bottom, where rows above the first
 * it shows or below the last are not on it (unless it `starts` or `ends` on this page): 本页的表三只有“予以公开”至“结转下年度”各行…;
 * null for a table shown whole or not at all.
 */
function partShown(name: string, order: readonly string[], has: (key: string) => boolean, unit: '行' | '项', { starts = false, ends = false } = {}): string | null {
  const read = order.filter(has);
  const [first, last] = [read[0], read.at(-1)];
  if (!first || !last || ((starts || first === order[0]) && (ends || last === order.at(-1)))) return null;
  const which = first === last ? `“${pathName(first)}”一${unit}` : `“${pathName(first)}”至“${pathName(last)}”各${unit}`;
  return `本页的${name}只有${which}，其余各${unit}可能在其他页；`;
}

/** The parts of 表二 and 表三 this page shows, where a page break cut them. */
function tablesInPart(report: Report, ctx: RuleContext): string {
  const { activeDisclosure: active, applications: apps, document } = report;
  // 规章's row is often left out (a county makes none): its lack says nothing of another page.
  const items = active && (document.format === '2019' || document.format === '2021') ? itemsIn(document.format).filter((item) => item !== 'regulations') : [];
  return (partShown('表二', items, (key) => active !== null && key in active, '项', activeDisclosureBounds(report, ctx)) ?? '')
    + (partShown('表三', apps ? APPLICATION_ROWS : [], (key) => apps?.[key as keyof Applications] != null, '行') ?? '');
}

export const paginated: Rule = {
  id: 'document/paginated',
  severity: 'info',
  description: '报告分页发布，本页只是其中一页 (the portal splits the report over several pages; this is one of them)',
  rationale: {
    zh: '不少门户网站（TRS、大汉等）把长文章分成几页发布（"第1页 共3页""上一页 1 2 3 下一页"），统计表常在第2、3页。浏览器扩展可应请求读取其余各页（同一网站、同一文章的页面，至多20页），合并为一份报告核对，此时按全文检查缺表、缺部分；只读了当前页（命令行工具，或未读、未能读取其余页）时，其他页上的部分和表格读不到：本页未见的表格和部分不报缺失，表二、表三只印了一部分的，说明本页有哪几项、哪几行，各行之和也不核对（document/required-tables、document/six-parts、document/announced-parts 不报；后面各页开头的编号接着前一页，document/numbering 不算跳号），只在此提醒，请翻页核对。只认文章末尾的翻页条（有上一页、下一页或尾页，并显出不止一页）或 TRS 写翻页条的脚本；门户用文档阅读器（翻页书、PDF 阅读器的文字层）一页一页显示报告的，页面标题如"Page 9 - 2020年报"、正文上方标着"P. 9""第9页"，也是其中一页（第1页须有阅读器标出的总页数，如"Page 1 of 12"）；列表页的翻页条（"共25条"）、上一篇/下一篇、印出来的页脚"第1页 共5页"都不算。',
    en: 'Many portals (TRS, Dahan and others) publish a long article over several pages (第1页 共3页, “page 1 of 3”; 上一页 1 2 3 下一页, “previous 1 2 3 next”), the statistics tables often on pages 2 and 3. The browser extension can read the other pages on request (pages of the same article on the same site, 20 at most) and check them joined as one report, looking for missing tables and parts in the whole text. Where the current page alone was read (by the command-line tool, or with the other pages not read or unreadable), the parts and tables on the other pages cannot be read: the tables and parts this page does not show are not reported missing, and of a Table 2 or 3 printed in part this note says which items or rows the page holds, their sums not checked (document/required-tables, document/six-parts and document/announced-parts report nothing; the numbering at the start of a later page goes on from the page before, and document/numbering counts no gap), and this note alone says so: turn the pages and check. Only a pager at the end of the article (with previous, next or last, and showing more than one page) or the TRS script that writes one counts; a portal that shows the report page by page in a document viewer (a flipbook, a PDF viewer\'s text layer), with a page title such as “Page 9 - 2020年报” and “P. 9” or 第9页 above the text, shows one of its pages too (the first page needs the viewer\'s count of pages, such as “Page 1 of 12”); a list page\'s pager (共25条, “25 items”), links to the previous and next article, and a printed footer 第1页 共5页 do not count.',
  },
  example: {
    passes: {
      zh: '报告全文在一个页面上，没有翻页条。',
      en: 'The whole report is on one page, with no pager.',
    },
    fails: {
      zh: '正文末尾是"第1页 共3页 首页 上一页 下一页 尾页"，本页只有一、二部分。',
      en: 'The text ends in 第1页 共3页 首页 上一页 下一页 尾页 (“page 1 of 3, first, previous, next, last”), and this page has parts 一 and 二 (1 and 2) only.',
    },
  },
  check(report, ctx) {
    const { pagination } = ctx;
    if (!pagination) return [];
    const { page, pages, joined } = pagination;
    const finding = (message: string) => [pageFinding('info', message)];
    const tables = tablesNotHere(report);
    if (joined) {
      const read = `报告分页发布（共${pages ?? joined.read.length + joined.failed.length}页），已读取第${joined.read.join('、')}页合并核对`;
      if (joined.failed.length === 0) return finding(read);
      const notRead = `第${joined.failed.join('、')}页`;
      const notHere = tables.length > 0 ? `已读各页未见${tables.join('、')}，可能在${notRead}；` : '';
      return finding(`${read}，${notRead}未能读取：${notHere}未读到的表格和部分不作缺失报告，请翻页核对`);
    }
    const where = page !== null && pages !== null ? `（本页为第${page}页，共${pages}页）`
      : page !== null ? `（本页为第${page}页）` : pages !== null ? `（共${pages}页）` : '';
    const notHere = (tables.length > 0 ? `本页未见${tables.join('、')}，可能在其他页；` : '') + tablesInPart(report, ctx);
    const how = pagination.viewer ? '报告在文档阅读器中逐页显示' : '报告分页发布';
    return finding(`${how}${where}，本工具只读了本页：${notHere}本页未见的表格和部分不作缺失报告，请翻页核对`);
  },
};
