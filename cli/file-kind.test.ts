import { describe, expect, it } from 'vitest';
import { notHtmlReason } from './file-kind.ts';

describe('notHtmlReason', () => {
  it('says a file is empty, or what kind of file it is by its first bytes', () => {
    expect(notHtmlReason(new Uint8Array())).toBe('空文件 (an empty file)');
    expect(notHtmlReason(Buffer.from('%PDF-1.4\n%\xe2\xe3', 'latin1'))).toBe('不是 HTML 网页，是PDF 文件 (not an HTML page: a PDF file)');
    expect(notHtmlReason(Buffer.from('PK\x03\x04\x14\x00\x06\x00', 'latin1'))).toContain('Word .docx');
    expect(notHtmlReason(Buffer.from('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1', 'latin1'))).toContain('Word .doc');
    expect(notHtmlReason(Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'))).toContain('PNG 图片');
  });

  it('says no more than not HTML of a file it does not know', () => {
    expect(notHtmlReason(Buffer.from('plain text, no markup'))).toBe('不是 HTML 网页 (not an HTML page)');
  });
});
