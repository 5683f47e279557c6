import { readdirSync, statSync, type Dirent } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { constants } from 'node:os';
import { join, resolve } from 'node:path';
import * as cheerio from 'cheerio';
import { decodeText, looksLikeHtml } from '../lib/decode.ts';
import { extract } from '../lib/extract.ts';
import { pageFromCheerio } from '../lib/page/cheerio-source.ts';
import type { Report } from '../lib/schema.ts';
import { FIGURES_CSV, FILED_JSON_LINES, reportToJson, WARNINGS_CSV, type ReportsText } from '../lib/serialize.ts';
import { cannotRead, isAddress, MAX_MB, readSource, type PageText } from './read-source.ts';
import { ReportsInOrder, type ComparedPair, type Tally, type Write } from './reports-in-order.ts';

const TIMEOUT_MS = 30_000;
// A few fetches at once: a list of hundreds is read in minutes, and no portal sees more than a browser's worth.
const AT_ONCE = 4;

const USAGE = `用法 Usage: govreport <page.html|page.mhtml|目录 dir|网址 address>... [--list FILE|-] [--url URL] [--format json|json-file|csv|warnings]

读取政府信息公开工作年度报告网页（已保存的文件，或 http/https 网址），输出报告 JSON（见 report-json 契约）。
Reads report pages (saved files, or http/https addresses it fetches) and prints the report JSON.
多个输入（或 --list）时，每份报告一行 JSON，按输入顺序。目录：读取其下所有 .html .htm .mhtml .mht 文件，按路径排序。
Several inputs (or --list): one JSON object per line, in the order of the inputs. A directory: every .html,
.htm, .mhtml and .mht file below it, sorted by path.
同一文件或网址给出多次（如合并的列表）时只读一次，在 stderr 注明。
A file or address given more than once (lists merged, say) is read once, with a note on stderr.
网址：取回该网页（跟随重定向，不带 Cookie，每个限时 ${TIMEOUT_MS / 1000} 秒、上限 ${MAX_MB} MB，同时最多取 ${AT_ONCE} 个），
像文件一样解码；source.url 取重定向后的最终网址。
An address: the page is fetched (redirects followed, no cookies, ${TIMEOUT_MS / 1000} s and ${MAX_MB} MB at most each,
${AT_ONCE} at a time) and decoded as a file is; source.url is the address the redirects ended at.
文件未给 --url 时，网址只取浏览器保存文件时记下的地址：MHTML 的 Snapshot-Content-Location，或其网页部分的
Content-Location；否则取网页顶端的 saved from url 注释（只取 http/https 绝对网址）。页面自称的 canonical、og:url、
<base> 不取：镜像站会照抄原站的。
For a file without --url, the address is only one the browser recorded when saving it: the MHTML's
Snapshot-Content-Location, else its HTML part's Content-Location; else the "saved from url" note atop the
page (absolute http/https addresses only). What a page declares of itself (canonical, og:url, <base>) is
never taken: a mirror copies the original's.

  --list FILE          从 FILE 读取输入，每行一个文件路径或网址（空行和 # 开头的行略过；相对路径从当前
                       目录算起；UTF-8、UTF-16 或 GBK 编码）；FILE 为 - 时读标准输入 / read the inputs from
                       FILE, one file path or address a line (blank lines and lines starting with # skipped;
                       relative paths from the current directory; UTF-8, UTF-16 or GBK); - reads stdin
  --url URL            页面原网址（只用于单个文件，不用于网址）/ the page's URL (one file only, not an address)
  --format json        每份报告一个 JSON 对象（默认；单个文件时缩进排版，多个输入时每行一个）/ one JSON
                       object per report (the default; indented for one file, one a line for several)
  --format json-file   每份报告一行 {"file": 输入, "report": 报告 JSON}：无法读取的输入没有行，这样不必靠顺序
                       对应 / one line a report, {"file": the input, "report": the report JSON}: an input that
                       cannot be read has no line, so the order alone does not tell which is which
  --format csv         每个数字一行：file,table,path,label,value / one row per figure
  --format warnings    每条检查结果一行：file,rule,severity,message,table,path（多个数字的路径以
                       空格分隔，跨表时写作 表.路径）/ one row per finding (the paths of several
                       figures space-separated, written table.path across tables)
  --help               显示本帮助 / this help

同一机关相邻两年的报告一并给出时，互相比对跨年度的数字（如上年结转与上年报告的结转下年度），每对在 stderr 注明一行。
Reports of one body for adjacent years, given together, are checked against each other; stderr names each pair.
无法读取或取回的输入在 stderr 说明原因，其余照常处理，退出码为 1。多个输入时，最后在 stderr 输出一行汇总
（stderr 是终端时，读取中另显示进度）；stdout 只有数据。
An input that cannot be read or fetched is named on stderr with why, the others are still processed, and
the exit code is 1. With several inputs, a one-line summary ends stderr (on a terminal, a count shows the
progress while reading); stdout holds only the data.
按 Ctrl-C 中断时，已读的报告照常比对并输出，未读的输入逐个在 stderr 列出，退出码为 130（SIGTERM 为 143）；再按一次立即退出。
Ctrl-C stops the reading: the reports read are still checked and printed, each input not read is named on
stderr, and the exit code is 130 (143 for SIGTERM); a second Ctrl-C stops at once.
用法错误（未知选项、缺少参数、--url 不是网址等）不读任何输入，退出码为 2。
A usage error (an unknown option, a missing value, a --url that is no address …) reads nothing and exits with 2.
-- 之后的参数都是输入（名为 -v 的文件：govreport -- -v）。/ Every argument after -- is an input (a file named -v: govreport -- -v).
`;

/** stdout is what was written, where no `write` was given. */
export interface CliResult { stdout: string; stderr: string; code: number }

export interface CliOptions {
  now?: Date;
  /** How long one address may take to send its page. */
  timeoutMs?: number;
  /** The bytes on stdin, for `--list -` (by default the process's). */
  stdin?: () => Promise<Uint8Array>;
  /** Told each time an input has been read (or has failed), of how many. */
  progress?: (done: number, total: number) => void;
  /** Stops the reading (Ctrl-C): the reports already read are still checked and printed. */
  signal?: AbortSignal;
  /** Where stdout goes, piece by piece as the reports are read (by default, into the result's stdout). */
  write?: Write;
}

// The formats that name each report's input (CSV's file column, json-file's envelope), whatever the inputs.
const FILED_FORMATS = { csv: FIGURES_CSV, warnings: WARNINGS_CSV, 'json-file': FILED_JSON_LINES };
type Format = 'json' | keyof typeof FILED_FORMATS;
const SEE_HELP = '用法见 govreport --help (see govreport --help)\n';
const PAGE_FILE = /\.(?:html?|mht(?:ml)?)$/i;

/** The whole CLI as a function of its arguments, so tests run it without spawning a process. */
export async function runCli(args: string[], { write, ...options }: CliOptions = {}): Promise<CliResult> {
  let stdout = '';
  const { stderr, code } = await run(args, { ...options, write: write ?? ((text) => void (stdout += text)) });
  return { stdout, stderr, code };
}

async function run(args: string[], { now, timeoutMs = TIMEOUT_MS, stdin = readStdin, progress, signal, write }: CliOptions & { write: Write }): Promise<Omit<CliResult, 'stdout'>> {
  const given: (string | { list: string })[] = [];
  let url: string | null = null;
  let format: Format = 'json';
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    // After --, as in other tools, every argument is an input: a file named -v is given as -- -v.
    if (a === '--') { given.push(...args.slice(i + 1)); break; }
    if (a === '--help' || a === '-h') {
      await write(USAGE);
      return { stderr: '', code: 0 };
    }
    // --format csv or --format=csv, as other tools take them.
    const [name, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (name === '--url' || name === '--format' || name === '--list') {
      const v = inline ?? args[++i];
      if (v === undefined || v === '') return { stderr: `govreport: ${name} 缺少参数 (missing value)\n${SEE_HELP}`, code: 2 };
      if (name === '--url') {
        // Only an absolute http(s) address says where a page lives: the provenance checks read its host.
        if (!isAddress(v) || !URL.canParse(v)) return { stderr: `govreport: --url 须为 http:// 或 https:// 开头的完整网址 (--url takes an absolute http or https address): ${v}\n`, code: 2 };
        url = v;
      } else if (name === '--list') given.push({ list: v });
      else if (v === 'json' || Object.hasOwn(FILED_FORMATS, v)) format = v as Format;
      else return { stderr: `govreport: 不支持的格式 unsupported format: ${v}\n`, code: 2 };
    } else if (a === '-') {
      return { stderr: `govreport: ${STDIN_NOT_PAGE}\n${SEE_HELP}`, code: 2 };
    } else if (a.startsWith('-')) {
      // -v, -o out.json: another tool's habit, not a file named so (that one follows --, or is ./-v).
      return { stderr: `govreport: 未知选项 unknown option: ${a}\n${SEE_HELP}`, code: 2 };
    } else given.push(a);
  }
  if (given.length === 0) return { stderr: USAGE, code: 2 };

  const inputs: string[] = [];
  for (const g of given) {
    if (typeof g === 'string') { inputs.push(g); continue; }
    let list: string;
    try {
      const bytes = await Promise.race([g.list === '-' ? stdin() : listFile(g.list), stopped(signal)]);
      if (bytes === undefined) return { stderr: 'govreport: 已中断：列表未读完，未读任何输入 (interrupted while reading the list: nothing read)\n', code: stoppedCode(signal!) };
      list = decodeText(bytes).text;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const why = code === 'EISDIR' ? FOLDER_NOT_LIST : code === 'ENOTFILE' ? DEVICE_NOT_LIST : cannotRead(err);
      return { stderr: `govreport: --list ${g.list}: ${why}\n`, code: 2 };
    }
    if (looksLikeHtml(list)) return { stderr: `govreport: --list ${g.list}: ${PAGE_NOT_LIST}\n`, code: 2 };
    inputs.push(...inputsOf(list));
  }
  if (inputs.length === 0) return { stderr: 'govreport: 列表中没有文件或网址 (the list names no file or address)\n', code: 2 };
  if (url !== null && inputs.some(isAddress)) {
    return { stderr: 'govreport: --url 不能用于网址：取回的网页的网址就是所取的网址 (--url does not go with an address: a fetched page\'s address is the one fetched)\n', code: 2 };
  }

  let stderr = '';
  const named: string[] = [];
  let directories = 0;
  for (const input of inputs) {
    if (isAddress(input) || !isDirectory(input)) { named.push(input); continue; }
    directories++;
    const found = pagesIn(input);
    for (const [dir, err] of found.unread) stderr += `govreport: ${dir}: ${cannotRead(err)}\n`;
    if (found.files.length > 0) named.push(...found.files);
    else if (found.unread.length === 0) stderr += `govreport: ${input}: 目录中没有 .html/.htm/.mhtml/.mht 文件 (no pages in this directory)\n`;
  }
  const { unique: sources, repeats } = once(named);
  if (url !== null && sources.length > 1) return { stderr: 'govreport: --url 只能用于单个文件 (--url takes one file)\n', code: 2 };

  const text: ReportsText = format !== 'json' ? FILED_FORMATS[format]
    : given.length === 1 && typeof given[0] === 'string' && directories === 0
      ? { header: '', of: (r) => reportToJson(r.report) }
      : { header: '', of: (r) => JSON.stringify(r.report) + '\n' };
  const reports = new ReportsInOrder(sources, text, write);
  // Whether each input was read (or failed to be), and why not where it failed.
  const ended: boolean[] = [];
  const why: (string | undefined)[] = [];
  let done = 0;
  await eachSettled(sources, AT_ONCE, async (source) => reportOf(await readSource(source, url, timeoutMs), now), {
    signal,
    settled: (i, outcome) => {
      ended[i] = true;
      progress?.(++done, sources.length);
      if (outcome.status === 'rejected') why[i] = (outcome.reason as Error).message;
      return reports.add(i, outcome.status === 'fulfilled' ? outcome.value : null);
    },
  });
  await reports.finish();
  const unreached = sources.filter((_, i) => !ended[i]);
  sources.forEach((source, i) => { if (why[i] !== undefined) stderr += `govreport: ${source}: ${why[i]}\n`; });
  const failed = stderr !== '';
  // Each named, so a long list can be taken up again where it stopped.
  for (const source of unreached) stderr += `govreport: ${source}: 未读（已中断） (not read: interrupted)\n`;
  if (unreached.length > 0) {
    stderr += `govreport: 已中断，${unreached.length} 个输入未读；已读的照常输出 (interrupted: ${counted(unreached.length, 'input', 'inputs')} not read; those read are printed)\n`;
  }
  stderr += reports.compared.map(comparedLine).join('');
  if (sources.length > 1) stderr += summaryLine(sources.filter((_, i) => ended[i]), reports.tally);
  return { stderr: repeats + stderr, code: signal?.aborted && unreached.length > 0 ? stoppedCode(signal) : failed ? 1 : 0 };
}

/**
 * The sources with each file or address once, in the order first given, and a note naming each repeat:
 * lists merged from several are read once, and their totals count each report once.
 */
function once(sources: string[]): { unique: string[]; repeats: string } {
  const seen = new Set<string>();
  let repeats = '';
  const unique = sources.filter((source) => {
    const key = isAddress(source) ? source : resolve(source);
    if (!seen.has(key)) return seen.add(key);
    repeats += `govreport: ${source}: 重复，只读一次 (given more than once: read once)\n`;
    return false;
  });
  return { unique, repeats };
}

// A page piped in has no name or saved address to report it by; the list is what stdin gives.
const STDIN_NOT_PAGE = '- 不从标准输入读网页：请给出文件或网址，或用 --list - 从标准输入读输入的列表 (a page is not read from stdin: give its file or address, or --list - to read a list of inputs from stdin)';
const PAGE_NOT_LIST = '这是网页，不是列表：请不带 --list 直接给出 (this is a page, not a list: give it without --list)';
const DEVICE_NOT_LIST = '这是设备，不是列表 (this is a device, not a list)';
const FOLDER_NOT_LIST = '这是文件夹，不是列表：文件夹可不带 --list 直接给出 (this is a folder, not a list: give it without --list)';

/** The inputs a list names: one a line, blank lines and # comments skipped. */
const inputsOf = (list: string): string[] =>
  list.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));

/**
 * A list named by its path, read without blocking, as stdin's is: a list may be a pipe (--list <(find …)), and one with no
 * writer yet must still give way to Ctrl-C. A device (/dev/zero, read without end) is no list.
 */
async function listFile(path: string): Promise<Uint8Array> {
  const stat = statSync(path);
  if (stat.isCharacterDevice() || stat.isBlockDevice()) throw Object.assign(new Error('a device'), { code: 'ENOTFILE' });
  return readFile(path);
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The exit code of a run stopped by a signal, as a shell gives it: 130 for Ctrl-C (SIGINT, also where none is named), 143 for SIGTERM. */
const stoppedCode = (signal: AbortSignal): number => 128 + (constants.signals[signal.reason as NodeJS.Signals] ?? constants.signals.SIGINT);

/** Settles (with nothing) once `signal` aborts; never without one. */
const stopped = (signal: AbortSignal | undefined) => new Promise<undefined>((stop) => signal?.addEventListener('abort', () => stop(undefined), { once: true }));

/**
 * work(item) for every item, at most `limit` at a time; `settled` is told each outcome with the item's index
 * as it ends, and waited for before that worker begins another (so a slow reader of the output slows the
 * reading, rather than what is read piling up). Once `signal` aborts, no item is begun, none under way is
 * waited for (a fetch may take its whole timeout), and no more ends are told.
 */
async function eachSettled<T, R>(
  items: T[], limit: number, work: (item: T) => Promise<R>,
  { signal, settled }: { signal?: AbortSignal; settled: (i: number, outcome: PromiseSettledResult<R>) => void | Promise<void> },
): Promise<void> {
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length && !signal?.aborted; i = next++) {
      const outcome: PromiseSettledResult<R> = await work(items[i]!).then((value) => ({ status: 'fulfilled', value }), (reason: unknown) => ({ status: 'rejected', reason }));
      if (!signal?.aborted) await settled(i, outcome);
      // A file is read and checked without a pause: between two, let a signal (Ctrl-C) and a fetch's answer in.
      await new Promise(setImmediate);
    }
  };
  await Promise.race([Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker)), stopped(signal)]);
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

/**
 * What a run over several inputs found, in one line: 读了 5 个文件：3 份年报（7 个错误，2 个警告），1 个不是年报，1 个无法读取 / …
 * (读了 2 个文件、3 个网址 / read 2 files and 3 addresses, where addresses were given).
 */
function summaryLine(sources: string[], { reports, isReport, errors, warnings }: Tally): string {
  const others = reports - isReport;
  const unread = sources.length - reports;
  const addresses = sources.filter(isAddress).length;
  const files = sources.length - addresses;
  const zh = [files && `${files} 个文件`, addresses && `${addresses} 个网址`].filter(Boolean).join('、');
  const en = [files && counted(files, 'file', 'files'), addresses && counted(addresses, 'address', 'addresses')].filter(Boolean).join(' and ');
  return `govreport: 读了 ${zh}：${isReport} 份年报（${errors} 个错误，${warnings} 个警告），${others} 个不是年报，${unread} 个无法读取`
    + ` / read ${en}: ${counted(isReport, 'report', 'reports')} (${counted(errors, 'error', 'errors')}, ${counted(warnings, 'warning', 'warnings')}),`
    + ` ${counted(others, 'not a report', 'not reports')}, ${unread} unreadable\n`;
}

/**
 * A pair of years checked against each other: 跨年度比对：松木塘镇人民政府 2022（a.html）↔ 2023（b.html） / compared across years: …
 * The later report's issuer is named too where it is written otherwise (县政府办 one year, 县人民政府办公室 the next).
 */
function comparedLine({ earlier, earlierFile, later, laterFile }: ComparedPair): string {
  const laterName = later.issuer === earlier.issuer ? '' : `${later.issuer} `;
  return `govreport: 跨年度比对：${earlier.issuer} ${earlier.year}（${earlierFile}）↔ ${laterName}${later.year}（${laterFile}）`
    + ` / compared across years: ${earlier.issuer} ${earlier.year} (${earlierFile}) ↔ ${laterName}${later.year} (${laterFile})\n`;
}

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function reportOf({ html, url }: PageText, now: Date | undefined): Report {
  const $ = cheerio.load(html);
  return extract(pageFromCheerio($.root()[0]!), { url, now }).report;
}
