// One input of the CLI as page text and its address: a saved file (.html, .mhtml) or a web address it fetches.
import { readFileSync, statSync } from 'node:fs';
import { decodeHtml, looksLikeHtml } from '../lib/decode.ts';
import { fetchHtml, type FetchProblem } from '../lib/fetch-html.ts';
import { decodeMhtml } from '../lib/mhtml.ts';
import { urlOf } from '../lib/url.ts';
import { NOT_HTML, notHtmlReason } from './file-kind.ts';

export interface PageText { html: string; url: string | null }

// A report page is under 5 MB; reading a file far larger as one string takes seconds, and fails past 512 MB.
export const MAX_MB = 100;
// An address typed without its scheme (www.x.gov.cn/a.html) is taken for a file path: one whose first
// segment is a host name is missing for that reason.
const HOST_LIKE = /^(?:www\.[\w-]+(?:\.[\w-]+)+|(?:[\w-]+\.)+(?:cn|com|net|org))(?::\d+)?(?:[/\\]|$)/i;
const NO_SCHEME = '（网址请以 http:// 或 https:// 开头 / addresses start with http:// or https://）';

/** Whether an input names a web address rather than a file. */
export const isAddress = (input: string): boolean => /^https?:\/\//i.test(input);

/** The page an input holds, or an Error that says why not (in Chinese and English). */
export async function readSource(input: string, url: string | null, timeoutMs: number): Promise<PageText> {
  return isAddress(input) ? fetchSource(input, timeoutMs) : readFile(input, url);
}

/** Why a file or a directory could not be read, from the error Node gave. */
export function cannotRead(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOTFILE') return '不是普通文件，是管道或设备 (not a regular file: a pipe or a device)';
  return code === 'ENOENT' ? '文件不存在 (no such file)' : `无法读取 (cannot read: ${code ?? (err as Error).message})`;
}

function readFile(file: string, url: string | null): PageText {
  const bytes = fileBytes(file);
  // A single-file save (.mhtml, .mht) holds the page and the address it was saved from.
  const archived = decodeMhtml(bytes);
  const { text } = archived ?? decodeHtml(bytes);
  if (!looksLikeHtml(text)) throw new Error(notHtmlReason(bytes));
  return { html: text, url: url ?? archived?.url ?? null };
}

/** The file's bytes, or an Error that says why not: missing, unreadable, too large to be a page. */
function fileBytes(file: string): Buffer {
  let size: number;
  try {
    const stat = statSync(file);
    // A pipe or a device (mkfifo, /dev/zero) is read without end, blocking the signals that would stop it.
    if (!stat.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTFILE' });
    size = stat.size;
    if (size <= MAX_MB * 2 ** 20) return readFileSync(file);
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(cannotRead(err) + (missing && HOST_LIKE.test(file) ? NO_SCHEME : ''));
  }
  const mb = Math.ceil(size / 2 ** 20);
  throw new Error(`文件过大：${mb} MB，上限 ${MAX_MB} MB (file too large: ${mb} MB, the limit is ${MAX_MB} MB)`);
}

/** A fetched page's address is the one the redirects ended at: known for sure, unlike a saved file's. */
async function fetchSource(address: string, timeoutMs: number): Promise<PageText> {
  if (urlOf(address) === null) throw new Error('不是有效的网址 (not a valid address)');
  const fetched = await fetchHtml(address, { timeoutMs, maxBytes: MAX_MB * 2 ** 20 });
  if (!fetched.ok) throw new Error(unfetched(fetched.problem, timeoutMs));
  return { html: fetched.html, url: fetched.url };
}

function unfetched(problem: FetchProblem, timeoutMs: number): string {
  if (problem.kind === 'not-page') return problem.type ? `不是网页：服务器发来的是 ${problem.type} (not a web page: the server sent ${problem.type})` : NOT_HTML;
  switch (problem.cause) {
    case 'timeout': return `超时：${timeoutMs / 1000} 秒内未取得网页 (timed out after ${timeoutMs / 1000} s)`;
    case 'too-large': return `网页过大：超过上限 ${MAX_MB} MB (page too large: over the limit of ${MAX_MB} MB)`;
    case 'network': return unconnected(problem.detail);
    default: return `服务器答复 HTTP ${problem.cause} (the server answered HTTP ${problem.cause})`;
  }
}

/** A network failure in words, from the system's code where Node gives one. */
function unconnected(detail: string | undefined): string {
  // The server answered, with redirects Node's fetch would not follow: no failure to connect.
  if (detail === 'redirect count exceeded') return '重定向过多 (too many redirects)';
  if (detail?.startsWith('URL scheme must be a HTTP(S) scheme')) return '重定向到非 http(s) 地址 (redirected to a non-http(s) address)';
  if (detail === 'ENOTFOUND' || detail === 'EAI_AGAIN') return `找不到该域名 (host not found: ${detail})`;
  if (detail === 'ECONNREFUSED') return `连接被拒绝 (connection refused: ${detail})`;
  return `无法连接 (cannot connect: ${detail ?? 'network error'})`;
}
