import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { extract } from '../lib/extract.ts';
import { decodeMhtml } from '../lib/mhtml.ts';
import { pageFromCheerio } from '../lib/page/cheerio-source.ts';
import type { Report } from '../lib/schema.ts';
import { reportToCsv, reportToJson, warningsToCsv, type FileReport } from '../lib/serialize.ts';
import { compareYears } from '../lib/years/compare.ts';
import { summarize, type YearSummary } from '../lib/years/summary.ts';
import { decodeHtml, looksLikeHtml } from '../lib/decode.ts';

export const USAGE = `用法 Usage: govreport <page.html|page.mhtml|目录 dir>... [--url URL] [--format json|csv|warnings]

读取已保存的政府信息公开工作年度报告网页，输出报告 JSON（见 report-json 契约）。
Reads saved report pages and prints the report JSON.
多个文件或目录时，每份报告一行 JSON，按文件顺序。目录：读取其下所有 .html .htm .mhtml .mht 文件，按路径排序。
Several files or a directory: one JSON object per line, in the order of the files. A directory: every .html,
.htm, .mhtml and .mht file below it, sorted by path.
未给 --url 时，网址只取浏览器保存文件时记下的地址：MHTML 的 Snapshot-Content-Location，或其网页部分的
Content-Location；否则取网页顶端的 saved from url 注释（只取 http/https 绝对网址）。页面自称的 canonical、og:url、
<base> 不取：镜像站会照抄原站的。
Without --url, the address is only one the browser recorded when saving the file: the MHTML's
Snapshot-Content-Location, else its HTML part's Content-Location; else the "saved from url" note atop the
page (absolute http/https addresses only). What a page declares of itself (canonical, og:url, <base>) is
never taken: a mirror copies the original's.

  --url URL            页面原网址（只用于单个文件）/ the page's URL (one file only)
  --format csv         每个数字一行：file,table,path,label,value / one row per figure
  --format warnings    每条检查结果一行：file,rule,severity,message,table,path（多个数字的路径以
                       空格分隔，跨表时写作 表.路径）/ one row per finding (the paths of several
                       figures space-separated, written table.path across tables)
  --help               显示本帮助 / this help

同一机关相邻两年的报告一并给出时，互相比对跨年度的数字（如上年结转与上年报告的结转下年度）。
Reports of one body for adjacent years, given together, are checked against each other.
多个文件时，最后在 stderr 输出一行汇总；stdout 只有数据。
With several files, a one-line summary ends stderr; stdout holds only the data.
`;

export interface CliResult { stdout: string; stderr: string; code: number }

const CSV = { csv: reportToCsv, warnings: warningsToCsv };
type Format = 'json' | keyof typeof CSV;
const PAGE_FILE = /\.(?:html?|mht(?:ml)?)$/i;

/** The whole CLI as a function of its arguments, so tests run it without spawning a process. */
export function runCli(args: string[], now?: Date): CliResult {
  const paths: string[] = [];
  let url: string | null = null;
  let format: Format = 'json';
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--help' || a === '-h') return { stdout: USAGE, stderr: '', code: 0 };
    if (a === '--url' || a === '--format') {
      const v = args[++i];
      if (v === undefined) return { stdout: '', stderr: `govreport: ${a} 缺少参数 (missing value)\n${USAGE}`, code: 2 };
      if (a === '--url') url = v;
      else if (v === 'json' || Object.hasOwn(CSV, v)) format = v as Format;
      else return { stdout: '', stderr: `govreport: 不支持的格式 unsupported format: ${v}\n`, code: 2 };
    } else if (a.startsWith('--')) {
      return { stdout: '', stderr: `govreport: 未知选项 unknown option: ${a}\n${USAGE}`, code: 2 };
    } else paths.push(a);
  }
  if (paths.length === 0) return { stdout: '', stderr: USAGE, code: 2 };

  let stderr = '';
  const files: string[] = [];
  let directories = 0;
  for (const path of paths) {
    if (!isDirectory(path)) { files.push(path); continue; }
    directories++;
    const found = pagesIn(path);
    for (const [dir, err] of found.unread) stderr += `govreport: ${dir}: ${cannotRead(err)}\n`;
    if (found.files.length > 0) files.push(...found.files);
    else if (found.unread.length === 0) stderr += `govreport: ${path}: 目录中没有 .html/.htm/.mhtml/.mht 文件 (no pages in this directory)\n`;
  }
  if (url !== null && files.length > 1) return { stdout: '', stderr: 'govreport: --url 只能用于单个文件 (--url takes one file)\n', code: 2 };

  const reports: FileReport[] = [];
  for (const file of files) {
    try {
      reports.push({ file, report: readReport(file, url, now) });
    } catch (err) {
      stderr += `govreport: ${file}: ${(err as Error).message}\n`;
    }
  }
  const summaries = reports.map((r) => summarize(r.report)).filter((s): s is YearSummary => s !== null);
  for (const r of reports) r.report = compareYears(r.report, summaries).report;
  const stdout = format !== 'json'
    ? (reports.length ? CSV[format](reports) : '')
    : files.length === 1 && directories === 0
      ? reports.map((r) => reportToJson(r.report)).join('')
      : reports.map((r) => JSON.stringify(r.report) + '\n').join('');
  const failed = stderr !== '';
  if (files.length > 1) stderr += summaryLine(files.length, reports.map((r) => r.report));
  return { stdout, stderr, code: failed ? 1 : 0 };
}

const isDirectory = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/**
 * The page files below a directory, sorted by path, and the directories below it that could not be read
 * (with why): one bad entry never stops the others being read.
 */
function pagesIn(root: string): { files: string[]; unread: [string, unknown][] } {
  const files: string[] = [];
  const unread: [string, unknown][] = [];
  const walk = (dir: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true, encoding: 'utf8' });
    } catch (err) {
      unread.push([dir, err]);
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      // A link is followed to a page file, not to a directory; one that leads nowhere is listed, and reading it says so.
      else if (PAGE_FILE.test(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && !isDirectory(path)))) files.push(path);
    }
  };
  walk(root);
  return { files: files.sort(), unread };
}

/** What a run over several files found, in one line: 读了 5 个文件：3 份年报（7 个错误，2 个警告），1 个不是年报，1 个无法读取 / … */
function summaryLine(files: number, reports: Report[]): string {
  const count = (severity: string) => reports.reduce((n, r) => n + r.warnings.filter((w) => w.severity === severity).length, 0);
  const isReport = reports.filter((r) => r.document.isReport).length;
  const [errors, warnings] = [count('error'), count('warning')];
  const others = reports.length - isReport;
  const unread = files - reports.length;
  return `govreport: 读了 ${files} 个文件：${isReport} 份年报（${errors} 个错误，${warnings} 个警告），${others} 个不是年报，${unread} 个无法读取`
    + ` / read ${files} files: ${counted(isReport, 'report', 'reports')} (${counted(errors, 'error', 'errors')}, ${counted(warnings, 'warning', 'warnings')}),`
    + ` ${counted(others, 'not a report', 'not reports')}, ${unread} unreadable\n`;
}

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Why a file or a directory could not be read, from the error Node gave. */
function cannotRead(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? '文件不存在 (no such file)' : `无法读取 (cannot read: ${code ?? (err as Error).message})`;
}

// A report page is under 5 MB; reading a file far larger as one string takes seconds, and fails past 512 MB.
const MAX_MB = 100;

/** The file's bytes, or an Error that says why not: missing, unreadable, too large to be a page. */
function fileBytes(file: string): Buffer {
  let size: number;
  try {
    size = statSync(file).size;
    if (size <= MAX_MB * 2 ** 20) return readFileSync(file);
  } catch (err) {
    throw new Error(cannotRead(err));
  }
  const mb = Math.ceil(size / 2 ** 20);
  throw new Error(`文件过大：${mb} MB，上限 ${MAX_MB} MB (file too large: ${mb} MB, the limit is ${MAX_MB} MB)`);
}

function readReport(file: string, url: string | null, now?: Date): Report {
  const bytes = fileBytes(file);
  // A single-file save (.mhtml, .mht) holds the page and the address it was saved from.
  const archived = decodeMhtml(bytes);
  const { text } = archived ?? decodeHtml(bytes);
  if (!looksLikeHtml(text)) throw new Error('不是 HTML 网页 (not an HTML page)');
  const $ = cheerio.load(text);
  return extract(pageFromCheerio($.root()[0]!), { url: url ?? archived?.url ?? null, now }).report;
}
