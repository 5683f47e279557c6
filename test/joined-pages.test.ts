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
import { type Cut, pagesOf } from './support/paged.ts';

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
