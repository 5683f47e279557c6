// One page of a real report a portal cut into pages, read alone (the CLI, or the extension before the other pages are
// read): what is on the page is read, and what is on the others is neither missing nor wrong.
import { describe, expect, it } from 'vitest';
import { extractWithCheerio } from './support/fixtures.ts';
import { pagesOf } from './support/paged.ts';

// tieling-2019's page k as TRS names it (page 1 t20200228_123.html, page 2 t20200228_123_1.html…).
const pageUrl = (k: number) => `http://www.tieling.gov.cn/zwgk/zfxxgknb/t20200228_123${k === 1 ? '' : `_${k - 1}`}.html`;
const page = (cuts: Parameters<typeof pagesOf>[1], k: number) => extractWithCheerio(pagesOf('tieling-2019.html', cuts)[k - 1]!, pageUrl(k)).report;
const rules = (report: ReturnType<typeof page>) => report.warnings.map((w) => `${w.rule} ${w.severity}`);

describe('a page that opens on 表三\'s middle rows, its header and first rows on the page before', () => {
  // 表三 cut after 上年结转: page 2 opens on 三、本年度办理结果 (一)予以公开 27 2 0 0 4 0 33 and runs to 四、结转下年度继续办理.
  const rest = page([{ before: 31, rows: 5 }, { before: 33 }], 2);

  it('reads the rows above 结转下年度继续办理 as 表三\'s, by the standard layout', () => {
    expect(rest.applications?.granted).toEqual({ naturalPerson: 27, commercial: 2, research: 0, nonprofit: 0, legalService: 4, otherOrg: 0, total: 33 });
    expect(rest.applications?.unavailable?.notHeld).toEqual({ naturalPerson: 2, commercial: 0, research: 0, nonprofit: 0, legalService: 3, otherOrg: 0, total: 5 });
    expect(rest.applications?.totalProcessed?.total).toBe(42);
    expect(rest.applications?.newReceived).toBeUndefined();
  });

  it('checks the outcomes it holds whole: (一)…(六) add up to (七)总计, and nothing is missing', () => {
    expect(rules(rest)).not.toContain('applications/outcome-sum error');
    expect(rules(rest).filter((r) => /missing|required/.test(r))).toEqual([]);
  });
});

describe('a page that opens on 表三\'s (三)不予公开, (一) and (二) on the page before', () => {
  const rest = page([{ before: 31, rows: 7 }, { before: 34 }], 2);

  it('reads its rows, and does not add them up without the rows on the other page', () => {
    expect(rest.applications?.withheld?.stateSecret?.naturalPerson).toBe(3);
    expect(rest.applications?.granted).toBeUndefined();
    // 4 + 5 of 42: (一)予以公开's 33 is on page 1.
    expect(rules(rest)).not.toContain('applications/outcome-sum error');
    expect(rules(rest)).toContain('document/paginated info');
  });
});

describe('a page that ends on 表三\'s first rows, the rest on the page after', () => {
  it('says which rows of 表三 it holds, the others on other pages', () => {
    const first = page([{ before: 31, rows: 5 }, { before: 33 }], 1);
    expect(first.applications?.newReceived?.total).toBe(42);
    expect(first.warnings.find((w) => w.rule === 'document/paginated')?.message).toContain('本页的表三只有“本年新收”至“上年结转”各行，其余各行可能在其他页；');
  });
});
