// Real reports cut into pages as portals cut them (TRS's t…_1.html), for the readings that join them.
import * as cheerio from 'cheerio';
import { fixtureHtml } from './fixtures.ts';

/** Where a page ends: before the article's child `before`, or inside its table `before`, after `rows` of its rows (the rest opening page 2's table, no header repeated). */
export type Cut = { before: number; rows?: number };

/** The fixture `file` (or `html`, a changed copy of it) cut into the pages a portal publishes, each in the page's frame with its pager. */
export function pagesOf(file: string, cuts: Cut[], html = fixtureHtml(file)): string[] {
  const $ = cheerio.load(html);
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
    const page = cheerio.load(html);
    page('#zoom').html(`${part}<div class="page">${k > 1 ? `<a href="${name(k - 1)}">上一页</a>` : ''} ${numbers} ${k < parts.length ? `<a href="${name(k + 1)}">下一页</a>` : `<a href="${name(1)}">首页</a>`}</div>`)
      .after('<div class="related"><h3>相关链接</h3><ul><li><a href="/a.html">2018年度政府信息公开工作报告</a> 2019-03-01</li></ul></div>');
    return page.html();
  });
}
