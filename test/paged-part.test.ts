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

describe('a flip-book\'s page that opens on 表三\'s (一)予以公开, laid out as text lines', () => {
  // tieling-2019's 表三 from (一) on, a row a line as a flip-book's text layer prints it (its viewer's "Page 7 - " title).
  const rows = ['（一）予以公开 27 2 0 0 4 0 33', '（二）部分公开（区分处理的，只计这一情形，不计其他情形） 0 0 0 0 0 0 0', '（三）不予公开',
    '1.属于国家秘密 3 0 0 0 0 0 3', '2.其他法律行政法规禁止公开 0 0 0 0 0 0 0', '3.危及“三安全一稳定” 0 0 0 0 0 0 0', '4.保护第三方合法权益 1 0 0 0 0 0 1',
    '5.属于三类内部事务信息 0 0 0 0 0 0 0', '6.属于四类过程性信息 0 0 0 0 0 0 0', '7.属于行政执法案卷 0 0 0 0 0 0 0', '8.属于行政查询事项 0 0 0 0 0 0 0',
    '（四）无法提供', '1.本机关不掌握相关政府信息 2 0 0 0 3 0 5', '2.没有现成信息需要另行制作 0 0 0 0 0 0 0', '3.补正后申请内容仍不明确 0 0 0 0 0 0 0',
    '（五）不予处理', '1.信访举报投诉类申请 0 0 0 0 0 0 0', '2.重复申请 0 0 0 0 0 0 0', '3.要求提供公开出版物 0 0 0 0 0 0 0', '4.无正当理由大量反复申请 0 0 0 0 0 0 0',
    '5.要求行政机关确认或重新出具已获取信息 0 0 0 0 0 0 0', '（六）其他处理 0 0 0 0 0 0 0', '（七）总计 33 2 0 0 7 0 42', '四、结转下年度继续办理 0 0 0 0 0 0 0'];
  const html = `<html><head><title>Page 7 - 2019年报_铁岭市人民政府</title></head><body><div class="page-text"><p>Page 7 - 2019年报_铁岭市人民政府</p><p>P. 7</p>${rows.map((r) => `<p>${r}</p>`).join('')}</div></body></html>`;

  it('reads its rows as 表三\'s, and adds them up', () => {
    const report = extractWithCheerio(html, null).report;
    expect(report.applications?.granted?.total).toBe(33);
    expect(report.applications?.unavailable?.notHeld?.legalService).toBe(3);
    expect(report.applications?.totalProcessed?.total).toBe(42);
    expect(rules(report)).not.toContain('applications/outcome-sum error');
  });
});

describe('a page that opens on 表二\'s 第二十条第（六）项, its first items on the page before', () => {
  it('reads the items it prints and calls none of the others missing', () => {
    const rest = page([{ before: 29, rows: 7 }, { before: 34 }], 2);
    expect(rest.activeDisclosure?.punishment).toEqual({ previousCount: 562, change: 102, decisions: 139194 });
    expect(rest.activeDisclosure?.licensing).toBeUndefined();
    expect(rules(rest)).not.toContain('document/required-tables warning');
    expect(rest.warnings.find((w) => w.rule === 'document/paginated')?.message).toContain('本页的表二只有“行政处罚”至“政府集中采购”各项，其余各项可能在其他页；');
  });
});
