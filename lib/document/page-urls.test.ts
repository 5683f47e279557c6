import { describe, expect, it } from 'vitest';
import { reportPages } from './page-urls.ts';

const DIR = 'http://www.example.gov.cn/zfxxgk/ndbg/202301/';
const PAGE1 = `${DIR}t20230120_4567890.html`;
const link = (text: string, href: string) => ({ text, href: new URL(href, DIR).href });
// TRS's pager on page 1 of 3: this page's number unlinked, the others and 下一页/尾页 linked.
const TRS_PAGER = [link('首页', '/'), link('2', 't20230120_4567890_1.html'), link('3', 't20230120_4567890_2.html'),
  link('下一页', 't20230120_4567890_1.html'), link('尾页', 't20230120_4567890_2.html')];

describe('reportPages', () => {
  it('reads the other pages from the pager\'s page numbers, this page told by the one unlinked', () => {
    expect(reportPages({ page: null, pages: null }, PAGE1, TRS_PAGER)).toEqual({
      own: 1, others: [{ page: 2, url: `${DIR}t20230120_4567890_1.html` }, { page: 3, url: `${DIR}t20230120_4567890_2.html` }],
    });
    // On page 2: 1 and 3 linked, 上一页 to page 1.
    const second = [link('上一页', 't20230120_4567890.html'), link('1', 't20230120_4567890.html'), link('３', 't20230120_4567890_2.html')];
    expect(reportPages({ page: 2, pages: 3 }, `${DIR}t20230120_4567890_1.html#top`, second)).toEqual({
      own: 2, others: [{ page: 1, url: PAGE1 }, { page: 3, url: `${DIR}t20230120_4567890_2.html` }],
    });
  });

  it('reads 下一页 and 尾页 where the pager shows no numbers', () => {
    expect(reportPages({ page: 1, pages: 2 }, `${DIR}show.jsp?id=88`, [link('下一页', 'show.jsp?id=88&page=2')]))
      .toEqual({ own: 1, others: [{ page: 2, url: `${DIR}show.jsp?id=88&page=2` }] });
    // This page's number unknown: 下一页 leads nowhere that can be numbered.
    expect(reportPages({ page: null, pages: null }, `${DIR}show.jsp?id=88`, [link('下一页', 'show.jsp?id=88&page=2')])).toBeNull();
  });

  it('writes the pages a long pager leaves out where the linked ones are numbered alike', () => {
    const trs = (k: number) => `${DIR}t20230120_4567890_${k - 1}.html`;
    // Page 1 of 12: 1 2 3 … 12, this page unlinked.
    const long = [link('2', trs(2)), link('3', trs(3)), link('12', trs(12)), link('下一页', trs(2)), link('尾页', trs(12))];
    expect(reportPages({ page: null, pages: null }, PAGE1, long)).toEqual({
      own: 1, others: [...Array(11).keys()].map((k) => ({ page: k + 2, url: trs(k + 2) })),
    });
    // Page 7: 1 … 6 7 8 … 12 and 共12页; this page's own address is one of those written.
    const middle = [link('1', PAGE1), link('6', trs(6)), link('8', trs(8)), link('12', trs(12))];
    expect(reportPages({ page: null, pages: 12 }, trs(7), middle)!.others.map((p) => p.page)).toEqual([1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12]);
    // ?page=N, up to the pager's count though its last page is not linked.
    const query = (k: number) => `${DIR}show.jsp?id=88&page=${k}`;
    expect(reportPages({ page: 1, pages: 5 }, query(1), [link('2', query(2)), link('3', query(3))])!.others)
      .toEqual([2, 3, 4, 5].map((k) => ({ page: k, url: query(k) })));
    // Linked pages numbered unlike each other (a list's index_2.html among them) write nothing.
    const mixed = [link('2', trs(2)), link('3', `${DIR}t20230120_4567890_7.html`), link('6', trs(6))];
    expect(reportPages({ page: 1, pages: 6 }, PAGE1, mixed)!.others.map((p) => p.page)).toEqual([2, 3, 6]);
    // One page linked tells no numbering.
    expect(reportPages({ page: 1, pages: 4 }, PAGE1, [link('4', trs(4))])!.others.map((p) => p.page)).toEqual([4]);
  });

  it('writes the pages of TRS\'s script where the saved page has no pager links', () => {
    expect(reportPages({ page: 2, pages: 3, file: { name: 't20230120_4567890', ext: 'html' } }, `${DIR}t20230120_4567890_1.html`, [])).toEqual({
      own: 2, others: [{ page: 1, url: PAGE1 }, { page: 3, url: `${DIR}t20230120_4567890_2.html` }],
    });
  });

  it('takes only the same article\'s pages on the same site', () => {
    const elsewhere = [
      link('2', 'http://other.example.gov.cn/zfxxgk/ndbg/202301/t20230120_4567890_1.html'), // another host
      link('2', 'https://www.example.gov.cn/zfxxgk/ndbg/202301/t20230120_4567890_1.html'), // another scheme
      link('2', 't20230120_4567891.html'), // another article
      link('2', '../202302/t20230120_4567890_1.html'), // another folder
      link('2', 'index_1.html'), // a list's pager
      link('下一页', '/'), // the site's home page
    ];
    expect(reportPages({ page: 1, pages: 2 }, PAGE1, elsewhere)).toBeNull();
  });

  it('reads no more than MAX_PAGES pages, nor a page past the pager\'s count', () => {
    expect(reportPages({ page: 1, pages: 25, file: { name: 't20230120_4567890', ext: 'html' } }, PAGE1, [])).toBeNull();
    expect(reportPages({ page: 1, pages: 2 }, PAGE1, TRS_PAGER)!.others.map((p) => p.page)).toEqual([2]);
    expect(reportPages({ page: null, pages: null }, PAGE1, [link('21', 't20230120_4567890_20.html')])).toBeNull();
  });

  it('says nothing without a pager or an address', () => {
    expect(reportPages(null, PAGE1, TRS_PAGER)).toBeNull();
    expect(reportPages({ page: 1, pages: 3 }, null, TRS_PAGER)).toBeNull();
    expect(reportPages({ page: 1, pages: 3 }, 'file:///tmp/report.html', TRS_PAGER)).toBeNull();
  });
});
