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

  it('reads the bytes as what they are where a stale <meta> belies them, as a saved copy of a portal\'s page keeps it', () => {
    // 上海市人民政府办公厅's 2019 report's title (the stored page, shanghai-office-2019) under the wrong declaration.
    const title = '2019年上海市人民政府办公厅政府信息公开工作年度报告';
    const gbk = [0x32, 0x30, 0x31, 0x39, 0xc4, 0xea, 0xc9, 0xcf, 0xba, 0xa3, 0xca, 0xd0, 0xc8, 0xcb, 0xc3, 0xf1, 0xd5, 0xfe, 0xb8, 0xae,
      0xb0, 0xec, 0xb9, 0xab, 0xcc, 0xfc, 0xd5, 0xfe, 0xb8, 0xae, 0xd0, 0xc5, 0xcf, 0xa2, 0xb9, 0xab, 0xbf, 0xaa, 0xb9, 0xa4, 0xd7, 0xf7,
      0xc4, 0xea, 0xb6, 0xc8, 0xb1, 0xa8, 0xb8, 0xe6];
    expect(new TextDecoder('gb18030').decode(new Uint8Array(gbk))).toBe(title);
    // UTF-8 served under a template's <meta charset=gb2312>
    expect(decodeHtml(utf8(`<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><h1>${title}</h1>`))).toEqual({
      text: `<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><h1>${title}</h1>`, encoding: 'utf-8',
    });
    // GBK under <meta charset=utf-8>
    expect(decodeHtml(new Uint8Array([...utf8('<meta charset="utf-8"><h1>'), ...gbk, ...utf8('</h1>')]))).toEqual({
      text: `<meta charset="utf-8"><h1>${title}</h1>`, encoding: 'gb18030',
    });
    // A GB page whose few characters happen to make valid UTF-8 keeps its declaration: 年报 is C4EA B1A8, no UTF-8; 屑丕 is D0BC D8A7.
    const pair = new Uint8Array([...utf8('<meta charset="gbk"><p>'), 0xd0, 0xbc, 0xd8, 0xa7, ...utf8('</p>')]);
    expect(decodeHtml(pair).encoding).toBe('gb18030');
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
