import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { extractWithCheerio, FIXED_NOW, fixtureUrl } from '../test/support/fixtures.ts';
import { pagesOf } from '../test/support/paged.ts';
import { isPagerLine } from './document/pagination.ts';
import { extract } from './extract.ts';
import { pageFromCheerio } from './page/cheerio-source.ts';
import { joinPages } from './page/model.ts';
import { countChange, findingChange } from './finding-change.ts';
import type { Warning } from './schema.ts';
import { compareYears } from './years/compare.ts';
import { summarize } from './years/summary.ts';

// The Shanghai office's 2019 report, and its 2020 one as it would read with 2019's 表三 copied unchanged.
const html2019 = readFileSync('test/fixtures/pages/shanghai-office-2019.html', 'utf8');
const y2019 = extractWithCheerio(html2019, 'https://www.shanghai.gov.cn/nw12344/20200131/0001.html').report;
const y2020 = extractWithCheerio(html2019.replaceAll('2019', '2020').replaceAll('2018', '2019'), 'https://www.shanghai.gov.cn/nw12344/20210131/0001.html').report;

const pageNote = (message: string): Warning => ({ rule: 'document/paginated', severity: 'info', message, cells: [], expected: null, actual: null });

describe('findingChange', () => {
  it('counts the findings comparing with the year before added, and the errors among them', () => {
    const { report } = compareYears(y2020, [summarize(y2019)!]);
    expect(findingChange(y2020.warnings, report.warnings)).toEqual({ added: 2, errors: 2, gone: 0 });
    expect(findingChange(report.warnings, report.warnings)).toEqual({ added: 0, errors: 0, gone: 0 });
  });

  it('takes a finding about a sentence as the same one whose figure the pages before renumber (page 2 of tieling-2019 read, then joined)', () => {
    const html = readFileSync('test/fixtures/pages/tieling-2019.html', 'utf8').replace('受理公开政府信息申请42件', '受理公开政府信息申请43件');
    const $ = cheerio.load(html);
    const cut = $('#zoom').children().toArray().findIndex((child) => $(child).text().includes('受理公开政府信息申请43件'));
    const pages = pagesOf('tieling-2019.html', [{ before: cut }], html).map((page) => pageFromCheerio(cheerio.load(page).root()[0]!));
    const url = fixtureUrl('tieling-2019.html');
    const alone = extract(pages[1]!, { url, now: FIXED_NOW, pagination: { page: 2, pages: 2 } }).report;
    const joined = extract(joinPages(pages, isPagerLine), { url, now: FIXED_NOW, pagination: { page: 2, pages: 2, joined: { read: [1, 2], failed: [] } } }).report;
    // The sentence's 43件 against 表三's 42 on both readings, its figure the first of page 2 and the eleventh of the report.
    const disagree = (r: typeof alone) => r.warnings.filter((w) => w.rule === 'prose/table-agreement').map((w) => w.cells.find((c) => c.table === 'proseFigures')?.path);
    expect([disagree(alone), disagree(joined)]).toEqual([['0'], ['10']]);
    expect(findingChange(alone.warnings, joined.warnings).gone).toBe(0);
  });

  it('takes a finding reworded for the pages read as the same one, and counts those that no longer hold', () => {
    const before = [
      pageNote('报告分页发布（本页为第1页，共3页），本工具只读了本页：本页未见表三、表四，可能在其他页；本页未见的表格和部分不作缺失报告，请翻页核对'),
      { ...pageNote('第二部分标题残缺'), rule: 'document/six-parts', severity: 'warning' as const },
    ];
    const after = [pageNote('报告分页发布（共3页），已读取第1、2、3页合并核对')];
    expect(findingChange(before, after)).toEqual({ added: 0, errors: 0, gone: 1 });
  });
});

describe('countChange', () => {
  it('gives the severities whose count a correction changed (shanghai-office-2019\'s 予以公开及部分公开258件 made 275件, as 表三 has it)', () => {
    const mended = extractWithCheerio(html2019.replace('予以公开及部分公开258件', '予以公开及部分公开275件'), 'https://www.shanghai.gov.cn/nw12344/20200131/0001.html').report;
    // Its warnings: row-sum, parts-sum, stated-shares (mended: its share now fits) and the two of case-outcomes (均获维持).
    expect(countChange(y2019.warnings, mended.warnings)).toEqual([{ severity: 'error', before: 1, after: 0 }, { severity: 'warning', before: 5, after: 4 }]);
    expect(countChange(y2019.warnings, y2019.warnings)).toEqual([]);
  });
});
