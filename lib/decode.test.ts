import { describe, expect, it } from 'vitest';
import { decodeHtml, decodeText, looksLikeHtml } from './decode.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeHtml', () => {
  it('lets a BOM win over a wrong <meta charset>', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<meta charset="gbk"><p>年报</p>')]);
    expect(decodeHtml(bytes)).toEqual({ text: '<meta charset="gbk"><p>年报</p>', encoding: 'utf-8' });
  });

  it('reads GB2312/GBK/GB18030 declared by <meta> as GB18030, their superset', () => {
    const gbk = new Uint8Array([...utf8('<meta charset="GB2312"><p>'), 0xc4, 0xea, 0xb1, 0xa8, ...utf8('</p>')]);
    expect(decodeHtml(gbk)).toEqual({ text: '<meta charset="GB2312"><p>年报</p>', encoding: 'gb18030' });
  });

  it('reads a page that declares no charset as UTF-8 where it is valid UTF-8, else as GB18030 (a GBK page saved without its <meta>)', () => {
    const gbk = new Uint8Array([...utf8('<p>'), 0xc4, 0xea, 0xb1, 0xa8, ...utf8('</p>')]);
    expect(decodeHtml(gbk)).toEqual({ text: '<p>年报</p>', encoding: 'gb18030' });
    expect(decodeHtml(utf8('<p>年报</p>'))).toEqual({ text: '<p>年报</p>', encoding: 'utf-8' });
    // A UTF-8 page with a stray Latin-1 byte (a © in its footer) stays UTF-8: one character lost, not the page.
    const stray = new Uint8Array([...utf8('<p>本年度报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。</p><p>'), 0xa9, ...utf8(' 2024</p>')]);
    expect(decodeHtml(stray)).toEqual({ text: '<p>本年度报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。</p><p>\ufffd 2024</p>', encoding: 'utf-8' });
  });

  it('reads Big5, as mirrors in traditional characters serve it, and any other encoding the page declares', () => {
    const big5 = new Uint8Array([...utf8('<meta charset="big5"><p>'), 0xa6, 0x7e, 0xb3, 0xf8, ...utf8('</p>')]);
    expect(decodeHtml(big5)).toEqual({ text: '<meta charset="big5"><p>年報</p>', encoding: 'big5' });
    // A label no decoder knows reads as UTF-8.
    expect(decodeHtml(utf8('<meta charset="x-unknown"><p>年报</p>'))).toEqual({ text: '<meta charset="x-unknown"><p>年报</p>', encoding: 'utf-8' });
  });

  it('takes a fetched page\'s charset from its Content-Type before its <meta>, as browsers do', () => {
    const gbk = new Uint8Array([...utf8('<p>'), 0xc4, 0xea, 0xb1, 0xa8, ...utf8('</p>')]);
    expect(decodeHtml(gbk, 'text/html; charset=GBK')).toEqual({ text: '<p>年报</p>', encoding: 'gb18030' });
    const declaredUtf8 = new Uint8Array([...utf8('<meta charset="gbk"><p>年报</p>')]);
    expect(decodeHtml(declaredUtf8, 'text/html;charset="utf-8"').text).toBe('<meta charset="gbk"><p>年报</p>');
    // A header without a charset, or with one no decoder knows, leaves it to the page.
    const gbkMeta = new Uint8Array([...utf8('<meta charset="gb2312"><p>'), 0xc4, 0xea, 0xb1, 0xa8, ...utf8('</p>')]);
    expect(decodeHtml(gbkMeta, 'text/html').encoding).toBe('gb18030');
    expect(decodeHtml(gbkMeta, 'text/html; charset=x-unknown').encoding).toBe('gb18030');
  });

  it('defaults to UTF-8', () => {
    expect(decodeHtml(utf8('<p>年报</p>')).text).toBe('<p>年报</p>');
  });

  it('tells HTML from other files', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('%PDF-1.7 \u0000')).toBe(false);
    expect(looksLikeHtml('just text')).toBe(false);
  });
});

describe('decodeText', () => {
  it('reads text saved as Notepad saves it: UTF-8 or UTF-16 by its BOM, UTF-8 without, GBK ("ANSI") where it is no UTF-8', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('年报.html')]))).toEqual({ text: '年报.html', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array(Buffer.from('\uFEFF年报.html', 'utf16le')))).toEqual({ text: '年报.html', encoding: 'utf-16le' });
    expect(decodeText(new Uint8Array(Buffer.from('\uFEFF年报.html', 'utf16le').swap16()))).toEqual({ text: '年报.html', encoding: 'utf-16be' });
    expect(decodeText(utf8('年报.html'))).toEqual({ text: '年报.html', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xc4, 0xea, 0xb1, 0xa8, ...utf8('.html')]))).toEqual({ text: '年报.html', encoding: 'gb18030' });
  });
});
