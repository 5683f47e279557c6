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
  it('takes the address Chrome and IE note atop a page they save', () => {
    const page = `<!DOCTYPE html>\n${note(SAVED)}\n`
      + head('<link rel="canonical" href="http://www.tieling-mirror.example/a.html"><meta property="og:url" content="http://other.example/b.html">').slice(16);
    expect(addressOf(page)).toBe(SAVED);
  });

  it("never takes what the page declares of itself: a mirror keeps the original's canonical link, og:url and <base>", () => {
    const copied = '<link rel="canonical" href="http://www.tieling.gov.cn/tieling/zwgk/zfxxgknb/2020/02/28/0001.html">'
      + '<meta property="og:url" content="http://www.tieling.gov.cn/tieling/zwgk/zfxxgknb/2020/02/28/0001.html"><base href="http://www.tieling.gov.cn/">';
    expect(addressOf(head(copied))).toBeNull();
  });

  it("skips a note that is no absolute http(s) address: IE's for a local page", () => {
    expect(addressOf(note('about:internet') + '\n' + head('<base href="http://www.shulan.gov.cn/zwgk/">'))).toBeNull();
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
