import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { decodeHtml } from './decode.ts';
import { decodeMhtml } from './mhtml.ts';

const fixture = (path: string) => readFileSync(new URL(`../test/fixtures/${path}`, import.meta.url));
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('decodeMhtml', () => {
  it("unpacks Chrome's single-file page: the quoted-printable UTF-8 HTML part and the address it was saved from", () => {
    const page = decodeMhtml(fixture('mhtml/tieling-2019.mhtml'))!;
    expect(page.url).toBe('http://www.tieling-mirror.example/tieling/zwgk/zfxxgknb/2020/02/28/0001.html');
    expect(page.encoding).toBe('utf-8');
    // Soft line breaks (=\r\n) joined, =XX bytes read as UTF-8; the CSS part after it left out.
    expect(page.text).toContain('<title>铁岭市2019年度政府信息公开工作报告</title>');
    expect(page.text).toContain('本年新收政府信息公开申请数量');
    expect(page.text).not.toContain('=\r\n');
    expect(page.text).not.toContain('MultipartBoundary');
    expect(page.text.trimEnd().endsWith('</html>')).toBe(true);
  });

  it("reads a base64 HTML part in the charset its Content-Type names, as IE's .mht has it, the address from the part", () => {
    const gbk = fixture('encoded/longde-chengguan-2021.gbk.html');
    // The page without its <meta>: only the part's header says GB2312.
    const html = latin1(gbk).replace(/<meta http-equiv="Content-Type"[^>]*>/, '');
    const base64 = Buffer.from(html, 'latin1').toString('base64').replace(/.{76}/g, '$&\r\n');
    const mht = [
      'From: <Saved by Windows Internet Explorer 8>', 'Subject: =?gb2312?B?wqG1wsPF?=', 'MIME-Version: 1.0',
      'Content-Type: multipart/related;', '\ttype="text/html";', '\tboundary="----=_NextPart_000_0000_01D5E5F1.2A3B4C50"', '',
      'This is a multi-part message in MIME format.', '',
      '------=_NextPart_000_0000_01D5E5F1.2A3B4C50', 'Content-Type: text/html;', '\tcharset="gb2312"',
      'Content-Transfer-Encoding: base64', 'Content-Location: http://www.nxld.gov.cn/xxgk/zfxxgknb/202201/t20220119_0001.html', '',
      base64, '', '------=_NextPart_000_0000_01D5E5F1.2A3B4C50--', '',
    ].join('\r\n');
    const page = decodeMhtml(Buffer.from(mht, 'latin1'))!;
    expect(page.url).toBe('http://www.nxld.gov.cn/xxgk/zfxxgknb/202201/t20220119_0001.html');
    expect(page.encoding).toBe('gb18030');
    expect(page.text).toBe(decodeHtml(gbk).text.replace(/<meta http-equiv="Content-Type"[^>]*>/, ''));
    expect(page.text).toContain('隆德县城关镇');
  });

  it('is no archive for an HTML page, nor for MIME other than multipart/related', () => {
    expect(decodeMhtml(fixture('pages/tieling-2019.html'))).toBeNull();
    const mail = 'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n<p>hi</p>\r\n--b--\r\n';
    expect(decodeMhtml(Buffer.from(mail))).toBeNull();
  });

  it('says so of an archive that holds no page', () => {
    const saved = 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nPNG\r\n--b--\r\n';
    expect(() => decodeMhtml(Buffer.from(saved))).toThrow('MHTML 中没有网页部分 (no HTML part in the archive)');
  });

  it('looks only at the head of a page that is no archive, whatever its size', () => {
    const page = Buffer.alloc(4 * 1024 * 1024, '<p>一、总体情况</p>\n');
    const read = vi.spyOn(page, 'subarray');
    expect(decodeMhtml(page)).toBeNull();
    // Nothing past the head was taken from the page (turning a big page whole into a string took seconds).
    expect(Math.max(...read.mock.calls.map(([start]) => start ?? 0))).toBeLessThan(64 * 1024);
  });
});
