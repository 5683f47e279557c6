// Why a file that is no page is none, in words: a reader who saved an attachment (a PDF, a .docx) as .html, or a picture
// of the tables, learns what to open it with, not only that it is not HTML.
export const NOT_HTML = '不是 HTML 网页 (not an HTML page)';
const KINDS: [magic: string, zh: string, en: string][] = [
  ['%PDF-', 'PDF 文件', 'a PDF file'],
  ['PK\x03\x04', 'ZIP 压缩包，如 Word .docx、Excel .xlsx', 'a ZIP archive, such as a Word .docx or an Excel .xlsx'],
  ['\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1', 'Office 97–2003 文档，如 Word .doc、Excel .xls', 'an Office 97–2003 document, such as a .doc or an .xls'],
  ['{\\rtf', 'RTF 文档', 'an RTF document'],
  ['\x89PNG', 'PNG 图片', 'a PNG picture'],
  ['\xff\xd8\xff', 'JPEG 图片', 'a JPEG picture'],
  ['GIF8', 'GIF 图片', 'a GIF picture'],
];

/** Why the bytes are not an HTML page: empty, a kind of file known by its first bytes, or no more said. */
export function notHtmlReason(bytes: Uint8Array): string {
  if (bytes.length === 0) return '空文件 (an empty file)';
  const start = Buffer.from(bytes.subarray(0, 8)).toString('latin1');
  const kind = KINDS.find(([magic]) => start.startsWith(magic));
  return kind ? `不是 HTML 网页，是${kind[1]} (not an HTML page: ${kind[2]})` : NOT_HTML;
}
