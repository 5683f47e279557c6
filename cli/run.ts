import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { extract } from '../lib/extract.ts';
import { pageFromCheerio } from '../lib/page/cheerio-source.ts';
import type { Report } from '../lib/schema.ts';
import { reportToCsv, reportToJson } from '../lib/serialize.ts';
import { compareYears } from '../lib/years/compare.ts';
import { summarize, type YearSummary } from '../lib/years/summary.ts';
import { decodeHtml, looksLikeHtml } from '../lib/decode.ts';

export const USAGE = `用法 Usage: govreport <page.html>... [--url URL] [--format json|csv]

读取已保存的政府信息公开工作年度报告网页，输出报告 JSON（见 report-json 契约）。
Reads saved report pages and prints the report JSON (one object per line for several files).

  --url URL        页面原网址（只用于单个文件）/ the page's URL (one file only)
  --format csv     每个数字一行：file,table,path,label,value / one row per figure
  --help           显示本帮助 / this help

同一机关相邻两年的报告一并给出时，互相比对跨年度的数字（如上年结转与上年报告的结转下年度）。
Reports of one body for adjacent years, given together, are checked against each other.
`;

export interface CliResult { stdout: string; stderr: string; code: number }

/** The whole CLI as a function of its arguments, so tests run it without spawning a process. */
export function runCli(args: string[], now?: Date): CliResult {
  const files: string[] = [];
  let url: string | null = null;
  let format: 'json' | 'csv' = 'json';
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--help' || a === '-h') return { stdout: USAGE, stderr: '', code: 0 };
    if (a === '--url' || a === '--format') {
      const v = args[++i];
      if (v === undefined) return { stdout: '', stderr: `govreport: ${a} 缺少参数 (missing value)\n${USAGE}`, code: 2 };
      if (a === '--url') url = v;
      else if (v === 'json' || v === 'csv') format = v;
      else return { stdout: '', stderr: `govreport: 不支持的格式 unsupported format: ${v}\n`, code: 2 };
    } else if (a.startsWith('--')) {
      return { stdout: '', stderr: `govreport: 未知选项 unknown option: ${a}\n${USAGE}`, code: 2 };
    } else files.push(a);
  }
  if (files.length === 0) return { stdout: '', stderr: USAGE, code: 2 };
  if (url !== null && files.length > 1) return { stdout: '', stderr: 'govreport: --url 只能用于单个文件 (--url takes one file)\n', code: 2 };

  const reports: { file: string; report: Report }[] = [];
  let stderr = '';
  for (const file of files) {
    try {
      reports.push({ file, report: readReport(file, url, now) });
    } catch (err) {
      stderr += `govreport: ${file}: ${(err as Error).message}\n`;
    }
  }
  const summaries = reports.map((r) => summarize(r.report)).filter((s): s is YearSummary => s !== null);
  for (const r of reports) r.report = compareYears(r.report, summaries).report;
  const stdout = format === 'csv'
    ? (reports.length ? reportToCsv(reports) : '')
    : files.length === 1
      ? reports.map((r) => reportToJson(r.report)).join('')
      : reports.map((r) => JSON.stringify(r.report) + '\n').join('');
  return { stdout, stderr, code: stderr ? 1 : 0 };
}

function readReport(file: string, url: string | null, now?: Date): Report {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? '文件不存在 (no such file)' : code === 'EISDIR' ? '是目录，不是文件 (is a directory)' : `无法读取 (cannot read: ${code ?? (err as Error).message})`);
  }
  const { text } = decodeHtml(bytes);
  if (!looksLikeHtml(text)) throw new Error('不是 HTML 网页 (not an HTML page)');
  const $ = cheerio.load(text);
  return extract(pageFromCheerio($.root()[0]!), { url, now }).report;
}
