import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { pageFromCheerio } from '../page/cheerio-source.ts';
import { httpUrl, pageAddress } from './address.ts';

const addressOf = (html: string) => pageAddress(pageFromCheerio(cheerio.load(html).root()[0]!));
const SAVED = 'http://www.tieling.gov.cn/tieling/zwgk/zfxxgknb/2020/02/28/0001.html';
// As the browsers write it: the address's length in four digits, then the address.
const note = (url: string) => `<!-- saved from url=(${String(url.length).padStart(4, '0')})${url} -->`;
const head = (inside: string) => `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>铁岭市2019年度政府信息公开工作报告</title>${inside}</head><body><p>一、总体情况</p></body></html>`;

describe('pageAddress', () => {
  it("takes the address Chrome and IE note atop a page they save, before what the site declares", () => {
    const page = `<!DOCTYPE html>\n${note(SAVED)}\n`
      + head('<link rel="canonical" href="http://www.tieling-mirror.example/a.html"><meta property="og:url" content="http://other.example/b.html">').slice(16);
    expect(addressOf(page)).toBe(SAVED);
  });

  it('then the canonical link, og:url and <base>, in that order', () => {
    const canonical = '<link rel="canonical" href="https://www.shanghai.gov.cn/nw12344/20200131/0001.html">';
    const og = '<meta property="og:url" content="http://www.nxld.gov.cn/xxgk/zfxxgknb/202201/t20220119_0001.html">';
    const base = '<base href="http://www.kmgd.gov.cn/">';
    expect(addressOf(head(base + og + canonical))).toBe('https://www.shanghai.gov.cn/nw12344/20200131/0001.html');
    expect(addressOf(head(base + og))).toBe('http://www.nxld.gov.cn/xxgk/zfxxgknb/202201/t20220119_0001.html');
    expect(addressOf(head(base))).toBe('http://www.kmgd.gov.cn/');
  });

  it('skips what is no absolute http(s) address: IE\'s note for a local page, a relative canonical link', () => {
    const page = note('about:internet') + '\n'
      + head('<link rel="canonical" href="/xxgk/0001.html"><base href="http://www.shulan.gov.cn/zwgk/">');
    expect(addressOf(page)).toBe('http://www.shulan.gov.cn/zwgk/');
  });

  it('takes nothing from the article: a link or a note in it names another page', () => {
    const page = '<html><head><title>报告</title></head><body><p>一、总体情况</p>'
      + `${note(SAVED)}<link rel="canonical" href="${SAVED}">`
      + '<p>详见<a href="http://www.tieling.gov.cn/other.html">上年报告</a></p></body></html>';
    expect(addressOf(page)).toBeNull();
  });
});

describe('httpUrl', () => {
  it('keeps absolute http(s) addresses, written as URL writes them', () => {
    expect(httpUrl(' HTTP://WWW.Tieling.gov.cn ')).toBe('http://www.tieling.gov.cn/');
    expect(['file:///C:/a.html', 'javascript:void(0)', 'www.tieling.gov.cn/a.html', '', null].map(httpUrl)).toEqual([null, null, null, null, null]);
  });
});
