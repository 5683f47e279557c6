// Real reports cut into pages as portals cut them, each page in the portal's frame (its header, the
// article's title and date line, the pager, tools, related links and footer): read joined, a report
// gives the JSON it gives on one page, but for the note that its pages were read.
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { isPagerLine } from '../lib/document/pagination.ts';
import { extract } from '../lib/extract.ts';
import { pageFromCheerio } from '../lib/page/cheerio-source.ts';
import { joinPages } from '../lib/page/model.ts';
import type { Report } from '../lib/schema.ts';
import { extractWithCheerio, FIXED_NOW, fixtureHtml, fixtureUrl } from './support/fixtures.ts';

/** Where a page ends: before the article's child `before`, or inside its table `before`, after `rows` of its rows (the rest opening page 2's table, no header repeated). */
type Cut = { before: number; rows?: number };

function pagesOf(file: string, cuts: Cut[]): string[] {
  const $ = cheerio.load(fixtureHtml(file));
  const children = $('#zoom').children().toArray();
  const parts: string[] = [''];
  children.forEach((child, i) => {
    const cut = cuts.find((c) => c.before === i);
    if (cut?.rows === undefined) {
      if (cut) parts.push('');
      parts[parts.length - 1] += $.html(child);
      return;
    }
    const rows = $(child).find('tr').toArray().map((row) => $.html(row));
    parts[parts.length - 1] += `<table border="1"><tbody>${rows.slice(0, cut.rows).join('')}</tbody></table>`;
    parts.push(`<table border="1"><tbody>${rows.slice(cut.rows).join('')}</tbody></table>`);
  });
  const name = (k: number) => `t20200228_123${k === 1 ? '' : `_${k - 1}`}.html`;
  return parts.map((part, i) => {
    const k = i + 1;
    const numbers = parts.map((_, j) => (j === i ? `<span>${j + 1}</span>` : `<a href="${name(j + 1)}">${j + 1}</a>`)).join(' ');
    const page = cheerio.load(fixtureHtml(file));
    page('#zoom').html(`${part}<div class="page">${k > 1 ? `<a href="${name(k - 1)}">上一页</a>` : ''} ${numbers} ${k < parts.length ? `<a href="${name(k + 1)}">下一页</a>` : `<a href="${name(1)}">首页</a>`}</div>`)
      .after('<div class="related"><h3>相关链接</h3><ul><li><a href="/a.html">2018年度政府信息公开工作报告</a> 2019-03-01</li></ul></div>');
    return page.html();
  });
}

function joinedReport(file: string, cuts: Cut[]): Report {
  const pages = pagesOf(file, cuts).map((html) => pageFromCheerio(cheerio.load(html).root()[0]!));
  const read = pages.map((_, i) => i + 1);
  return extract(joinPages(pages, isPagerLine), {
    url: fixtureUrl(file), now: FIXED_NOW, pagination: { page: 1, pages: pages.length, joined: { read, failed: [] } },
  }).report;
}

const withoutNote = (report: Report) => ({ ...report, warnings: report.warnings.filter((w) => w.rule !== 'document/paginated') });

describe('a real report read over the pages a portal cuts it into', () => {
  it('表二 cut after its tenth row, its rest opening page 2 without its header', () => {
    const joined = joinedReport('tieling-2019.html', [{ before: 29, rows: 10 }, { before: 34 }]);
    expect(withoutNote(joined)).toEqual(extractWithCheerio(fixtureHtml('tieling-2019.html'), fixtureUrl('tieling-2019.html')).report);
    expect(joined.activeDisclosure!.procurement).toEqual({ projects: 85, amount: 82577588, unit: null });
  });

  it('四\'s heading closing page 1, its table opening page 2; the signature\'s date on page 3', () => {
    const joined = joinedReport('longde-chengguan-2021.html', [{ before: 20 }, { before: 36 }]);
    const alone = extractWithCheerio(fixtureHtml('longde-chengguan-2021.html'), fixtureUrl('longde-chengguan-2021.html')).report;
    expect(withoutNote(joined)).toEqual(alone);
    expect(joined.reviewLitigation).not.toBeNull();
    expect(joined.document.signedAt).toBe('2021-01-19');
  });
});
