import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { cellPlaces } from '../cells.ts';
import { extract } from '../extract.ts';
import { pageFromCheerio } from '../page/cheerio-source.ts';

// A county's report with no heading on the page: its title and date only in the page's head.
const BODY = '<p>一、总体情况</p><p>2020年，我县认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息120条。</p>'
  + '<p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p><p>本年度共收到政府信息公开申请5件，全部按时办结。</p>';

/** Where the panel is told the report's values came from, for a page with this head and body. */
function fromHead(head: string, body = BODY) {
  const page = pageFromCheerio(cheerio.load(`<html><head>${head}</head><body>${body}</body></html>`).root()[0]!);
  const { report, bindings } = extract(page, { url: 'http://www.example.gov.cn/a.html' });
  const places = cellPlaces(bindings, () => true, report.document, page);
  return { document: report.document, sources: Object.fromEntries(places.fromHead), completedFrom: places.completedFrom };
}

describe('headSources', () => {
  it('names the <title> for the issuer and year only it states, and the date <meta> for the date', () => {
    const read = fromHead('<title>某县2020年度政府信息公开工作年度报告</title><meta name="PubDate" content="2021-01-20 09:30">');
    expect(read.document).toMatchObject({ issuer: '某县人民政府', year: 2020, publishedAt: '2021-01-20' });
    expect(read.sources).toEqual({ 'document:issuer': 'title', 'document:year': 'title', 'document:publishedAt': 'meta' });
  });

  it('names the <meta> a portal gives the title in, not a <title> of the portal\'s name that happens to hold the issuer', () => {
    const read = fromHead('<title>某县人民政府门户网站</title><meta name="ArticleTitle" content="某县2020年度政府信息公开工作年度报告">');
    expect(read.sources).toEqual({ 'document:issuer': 'meta', 'document:year': 'meta' });
  });

  it('says nothing of a year the text names most often where the title names none, nor of what the page\'s lines state', () => {
    const most = BODY.replace('2020年，我县', '本县2020年').replace('本年度共', '本县2020年共');
    const read = fromHead('<title>某县人民政府信息公开工作年度报告</title>', most);
    expect(read.document).toMatchObject({ issuer: '某县人民政府', year: 2020 });
    expect(read.sources).toEqual({ 'document:issuer': 'title' });
    // The heading on the page states them: they have their place there.
    expect(fromHead('<title>某县2020年度政府信息公开工作年度报告</title>', `<h1>某县2020年度政府信息公开工作年度报告</h1>${BODY}`).sources).toEqual({});
  });
});

describe('completedFrom', () => {
  it('names the place an issuer was made from, on the page or in its head, and none where the page names the body', () => {
    // The heading names the place alone (shanghai-2022: 2022年上海市政府信息公开工作年度报告): its government is made from it.
    const placeOnly = fromHead('<title>x</title>', `<h1>2020年某县政府信息公开工作年度报告</h1>${BODY}`);
    expect(placeOnly.document.issuer).toBe('某县人民政府');
    expect(placeOnly.completedFrom).toBe('某县');
    // A 街道 named alone (wenzhou-ouhai-liao-2023: 现公布丽岙街道2023年度…) is its 办事处.
    const street = fromHead('<title>x</title>', `<h1>丽岙街道2020年政府信息公开工作年度报告</h1>${BODY}`);
    expect([street.document.issuer, street.completedFrom]).toEqual(['丽岙街道办事处', '丽岙街道']);
    expect(fromHead('<title>某县2020年度政府信息公开工作年度报告</title>').completedFrom).toBe('某县');
    expect(fromHead('<title>x</title>', `<h1>某县人民政府2020年政府信息公开工作年度报告</h1>${BODY}`).completedFrom).toBeNull();
    expect(fromHead('<title>某县人民政府2020年度政府信息公开工作年度报告</title>').completedFrom).toBeNull();
  });
});
