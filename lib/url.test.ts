import { describe, expect, it } from 'vitest';
import { pageUrlOf, urlOf } from './url.ts';

describe('urlOf', () => {
  it('parses an http(s) address, resolved against a base, and nothing else unless told', () => {
    expect(urlOf(' http://www.xx.gov.cn/a.html#top ')?.href).toBe('http://www.xx.gov.cn/a.html#top');
    expect(urlOf('t1_1.html', 'https://www.xx.gov.cn/art/t1.html')?.href).toBe('https://www.xx.gov.cn/art/t1_1.html');
    expect([urlOf('javascript:void(0)'), urlOf('file:///C:/r.html'), urlOf('/a.html'), urlOf(null)]).toEqual([null, null, null, null]);
    expect(urlOf('file:///C:/r.html', undefined, /^(?:https?|file):$/)?.protocol).toBe('file:');
  });
});

describe('pageUrlOf', () => {
  it('is the page an http(s) address shows: without its place in the page', () => {
    expect(pageUrlOf(' http://www.xx.gov.cn/a.html?p=2#top ')?.href).toBe('http://www.xx.gov.cn/a.html?p=2');
    expect([pageUrlOf('javascript:void(0)'), pageUrlOf(null)]).toEqual([null, null]);
  });
});
