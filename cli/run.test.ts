import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { FIXED_NOW, fixturePath } from '../test/support/fixtures.ts';
import { runCli } from './run.ts';

// The tests run as root, who may read any directory: one named `locked` stands for a directory the user may not.
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readdirSync = ((path: string, options: never) => {
    if (String(path).endsWith('/locked')) throw Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' });
    return fs.readdirSync(path, options);
  }) as typeof fs.readdirSync;
  return { ...fs, readdirSync, default: { ...fs, readdirSync } };
});

const page = fixturePath;
const gbkPage = fileURLToPath(new URL('../test/fixtures/encoded/longde-chengguan-2021.gbk.html', import.meta.url));
const mhtml = fileURLToPath(new URL('../test/fixtures/mhtml/tieling-2019.mhtml', import.meta.url));
const TIELING = 'http://www.tieling-mirror.example/tieling/zwgk/zfxxgknb/2020/02/28/0001.html';
const run = (...args: string[]) => runCli(args, { now: FIXED_NOW });
const tmp = () => mkdtempSync(join(tmpdir(), 'govreport-'));

describe('govreport CLI', () => {
  it('prints the report JSON of one page, with its URL', async () => {
    const out = await run(page('tieling-2019.html'), '--url', 'http://example.gov.cn/a.html');
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    const report = JSON.parse(out.stdout);
    expect(report.source.url).toBe('http://example.gov.cn/a.html');
    expect(report.applications.newReceived.total).toBe(42);
    expect(out.stdout.endsWith('}\n')).toBe(true);
  });

  it('prints one JSON object per line for several files, and for a directory even of one page', async () => {
    const out = await run(page('tieling-2019.html'), page('longde-chengguan-2021.html'));
    const lines = out.stdout.trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).document.year)).toEqual([2019, 2021]);
    const dir = tmp();
    copyFileSync(page('tieling-2019.html'), join(dir, 'a.html'));
    const one = (await run(dir)).stdout;
    expect(one.split('\n')).toHaveLength(2);
    expect(JSON.parse(one).document.year).toBe(2019);
  });

  it('decodes a GBK page as the same report as its UTF-8 original', async () => {
    const gbk = JSON.parse((await run(gbkPage)).stdout);
    const utf8 = JSON.parse((await run(page('longde-chengguan-2021.html'))).stdout);
    expect(gbk.document.issuer).toBe('隆德县城关镇人民政府');
    // The GBK copy has plain spaces for the page's en spaces (GBK has none), so prose may differ by them.
    for (const part of ['document', 'activeDisclosure', 'applications', 'reviewLitigation', 'legacyStats']) expect(gbk[part]).toEqual(utf8[part]);
  });

  it('checks reports of one body for adjacent years, given together, against each other', async () => {
    // The next year's report as the office would publish it if it copied last year's table unchanged:
    // its 上年结转 (18) is then not the 72 applications the 2019 report carried forward.
    const next = join(mkdtempSync(join(tmpdir(), 'govreport-')), 'shanghai-office-2020.html');
    writeFileSync(next, readFileSync(page('shanghai-office-2019.html'), 'utf8').replaceAll('2019', '2020').replaceAll('2018', '2019'));
    const out = await run(page('shanghai-office-2019.html'), next);
    const [y2019, y2020] = out.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    // The pair is named on stderr, found by both reports and told once; stdout holds the reports alone.
    const issuer = y2019.document.issuer;
    expect(out.stderr.split('\n').filter((l) => l.includes('跨年度比对'))).toEqual([
      `govreport: 跨年度比对：${issuer} 2019（${page('shanghai-office-2019.html')}）↔ 2020（${next}） / compared across years: ${issuer} 2019 (${page('shanghai-office-2019.html')}) ↔ 2020 (${next})`,
    ]);
    const crossYear = (report: { warnings: { rule: string }[] }) => report.warnings.filter((w) => w.rule === 'years/carried-over');
    // Either report may be the wrong one: each says the same of both, by year, at its own cells and figure.
    const finding = (column: string, name: string, path: string, actual: number) => ({
      rule: 'years/carried-over', severity: 'error', expected: null, actual, cells: [{ table: 'applications', path: `${path}.${column}` }],
      message: `${name}列：2019年度报告“结转下年度继续办理”72件，2020年度报告“上年结转”18件，两者应相等，相差54`,
    });
    expect(y2020.document.year).toBe(2020);
    expect(crossYear(y2020)).toEqual([finding('naturalPerson', '自然人', 'carriedOver', 18), finding('total', '总计', 'carriedOver', 18)]);
    expect(crossYear(y2019)).toEqual([finding('naturalPerson', '自然人', 'carriedForward', 72), finding('total', '总计', 'carriedForward', 72)]);
    // Another body's report of the next year is no comparison.
    const apart = await run(page('tieling-2019.html'), next);
    expect(crossYear(JSON.parse(apart.stdout.trimEnd().split('\n')[0]!))).toEqual([]);
    expect(apart.stderr).not.toContain('跨年度比对');
  });

  it('checks two years\' 统计表 given together by their 历年累计 (平潭综合实验区 2011 and 2012: 1516 + 739 ≠ 4359)', async () => {
    const years = fileURLToPath(new URL('../test/fixtures/years/', import.meta.url));
    const [y2011, y2012] = (await run(`${years}pingtan-2011.html`, `${years}pingtan-2012.html`)).stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    const cumulative = (report: { warnings: { rule: string; actual: number | null; message: string }[] }) =>
      report.warnings.filter((w) => w.rule === 'years/cumulative').map((w) => [w.actual, w.message.split('：')[0]]);
    // Each report says it at its own 历年累计: 主动公开信息数 and its 网站公开 2104 and 2111 over, 政府公报公开's 7 fallen to 0.
    expect(cumulative(y2012)).toEqual([[4359, '统计表“主动公开信息数”'], [4359, '统计表“网站公开”'], [0, '统计表“政府公报公开”']]);
    expect(cumulative(y2011)).toEqual([[1516, '统计表“主动公开信息数”'], [1509, '统计表“网站公开”'], [7, '统计表“政府公报公开”']]);
    expect(y2012.warnings.find((w: { rule: string }) => w.rule === 'years/cumulative').message)
      .toBe('统计表“主动公开信息数”：2011年度报告历年累计1516条+2012年度报告本年739条=2255条，2012年度报告历年累计4359条，多出2104条；除非统计口径有变，两份报告中有数字有误');
  });

  it('writes CSV, one row per figure, RFC 4180', async () => {
    const out = await run(page('tieling-2019.html'), '--format', 'csv');
    const lines = out.stdout.split('\r\n');
    expect(lines[0]).toBe('file,table,path,label,value');
    expect(lines.some((l) => /,applications,newReceived\.total,[^,]*,42$/.test(l))).toBe(true);
    expect(lines.some((l) => /,activeDisclosure,procurement\.amount,[^,]*,82577588$/.test(l))).toBe(true);
  });

  it('names a missing, unreadable or non-HTML file on stderr, goes on with the others, exits 1', async () => {
    const dir = tmp();
    const pdf = join(dir, 'report.pdf');
    writeFileSync(pdf, Buffer.from('%PDF-1.7\n\u0000\u0001binary'));
    const out = await run(join(dir, 'missing.html'), pdf, dir, page('tieling-2019.html'));
    expect(out.code).toBe(1);
    expect(out.stderr).toContain(`${join(dir, 'missing.html')}: 文件不存在`);
    expect(out.stderr).toContain(`${pdf}: 不是 HTML 网页，是PDF 文件`);
    expect(out.stderr).toContain(`${dir}: 目录中没有 .html/.htm/.mhtml/.mht 文件`);
    expect(JSON.parse(out.stdout.trim()).document.year).toBe(2019);
  });

  it('says an address typed without http:// is one, rather than only that no such file exists', async () => {
    const hint = '文件不存在 (no such file)（网址请以 http:// 或 https:// 开头 / addresses start with http:// or https://）';
    for (const address of ['www.example.gov.cn/xxgk/2021.html', 'example.gov.cn/a.html', 'www.example.com:8080']) {
      expect((await run(address)).stderr).toBe(`govreport: ${address}: ${hint}\n`);
    }
    // A file name is no host name, nor is a path that only has dots further on.
    for (const file of ['report-2021.html', 'www.html', join(tmp(), 'www.example.gov.cn.html'), 'reports/www.example.gov.cn']) {
      expect((await run(file)).stderr).toBe(`govreport: ${file}: 文件不存在 (no such file)\n`);
    }
  });

  it('names what cannot be read below a directory, a link to nowhere or a directory it may not read, and reads the rest', async () => {
    const dir = tmp();
    copyFileSync(page('tieling-2019.html'), join(dir, 'a.html'));
    symlinkSync(join(dir, 'moved.html'), join(dir, 'b.html'));
    mkdirSync(join(dir, 'locked'));
    copyFileSync(page('longde-chengguan-2021.html'), join(dir, 'locked', 'c.html'));
    const out = await run(dir);
    expect(out.code).toBe(1);
    expect(out.stderr.split('\n')).toEqual([
      `govreport: ${join(dir, 'locked')}: 无法读取 (cannot read: EACCES)`,
      `govreport: ${join(dir, 'b.html')}: 文件不存在 (no such file)`,
      'govreport: 读了 2 个文件：1 份年报（0 个错误，2 个警告），0 个不是年报，1 个无法读取 / read 2 files: 1 report (0 errors, 2 warnings), 0 not reports, 1 unreadable',
      '',
    ]);
    expect(out.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).document.year)).toEqual([2019]);
    // A directory given that cannot be read at all is named so too.
    expect(await run(join(dir, 'locked'))).toMatchObject({ code: 1, stdout: '', stderr: `govreport: ${join(dir, 'locked')}: 无法读取 (cannot read: EACCES)\n` });
  });

  it('refuses a file far larger than a report page before reading it', async () => {
    const big = join(tmp(), 'dump.html');
    writeFileSync(big, '');
    truncateSync(big, 101 * 2 ** 20);
    const out = await run(big, page('tieling-2019.html'));
    expect(out.code).toBe(1);
    expect(out.stderr).toContain(`govreport: ${big}: 文件过大：101 MB，上限 100 MB (file too large: 101 MB, the limit is 100 MB)\n`);
    expect(JSON.parse(out.stdout).document.year).toBe(2019);
  });

  it('says an archive holds no page rather than that it is no HTML page', async () => {
    const mht = join(tmp(), 'photo.mht');
    writeFileSync(mht, 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/jpeg\r\n\r\nJFIF\r\n--b--\r\n');
    expect(await run(mht)).toMatchObject({ code: 1, stderr: `govreport: ${mht}: MHTML 中没有网页部分 (no HTML part in the archive)\n` });
  });

  it("takes a saved page's address from the page when no --url is given, so provenance is checked", async () => {
    const saved = join(tmp(), 'tieling.html');
    writeFileSync(saved, readFileSync(page('tieling-2019.html'), 'utf8').replace('<!DOCTYPE html>\n', `<!DOCTYPE html>\n<!-- saved from url=(0074)${TIELING} -->\n`));
    const report = JSON.parse((await run(saved)).stdout);
    expect(report.source.url).toBe(TIELING);
    expect(report.warnings.map((w: { rule: string }) => w.rule)).toContain('provenance/official-domain');
    // --url wins.
    expect(JSON.parse((await run(saved, '--url', 'http://www.tieling.gov.cn/a.html')).stdout).source.url).toBe('http://www.tieling.gov.cn/a.html');
    // What a page declares of itself a mirror copies from the original: no address, rather than the original's.
    const mirror = join(tmp(), 'tieling.html');
    writeFileSync(mirror, readFileSync(page('tieling-2019.html'), 'utf8').replace('<head>', '<head><link rel="canonical" href="http://www.tieling.gov.cn/a.html"><meta property="og:url" content="http://www.tieling.gov.cn/a.html"><base href="http://www.tieling.gov.cn/">'));
    expect(JSON.parse((await run(mirror)).stdout).source.url).toBeNull();
  });

  it("reads Chrome's single-file page (.mhtml) as the page it saved, from the address it saved it from", async () => {
    const strip = (json: string) => json.replace(/"extractedAt": "[^"]*"/, '');
    const out = await run(mhtml);
    expect(out).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(out.stdout).source.url).toBe(TIELING);
    expect(strip(out.stdout)).toBe(strip((await run(page('tieling-2019.html'), '--url', TIELING)).stdout));
  });

  it('reads every page file below a directory, sorted by path', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'b'));
    copyFileSync(mhtml, join(dir, 'b', 'tieling-2019.mhtml'));
    copyFileSync(page('longde-chengguan-2021.html'), join(dir, 'a.HTM'));
    copyFileSync(page('shanghai-office-2019.html'), join(dir, 'c.html'));
    writeFileSync(join(dir, 'notes.txt'), '<p>not a page file</p>');
    const out = await run(dir);
    expect(out.code).toBe(0);
    const reports = out.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    // a.HTM, b/tieling-2019.mhtml, c.html: a directory's files stand where its name sorts, not after the files beside it.
    expect(reports.map((r) => r.document.issuer)).toEqual(['隆德县城关镇人民政府', '铁岭市人民政府', '上海市人民政府办公厅']);
  });

  it('writes the findings as CSV, one RFC 4180 row per finding', async () => {
    const longde = page('longde-chengguan-2021.html');
    const lines = (await run(longde, mhtml, '--format', 'warnings')).stdout.split('\r\n');
    expect(lines[0]).toBe('file,rule,severity,message,table,path');
    expect(lines).toContain(`${longde},document/signed-after-period,error,落款日期为2021年1月19日，早于统计期限截止日2021年12月31日：报告不可能在年度结束前写成，可能是2022年1月19日之误,document,signedAt period`);
    expect(lines).toContain(`${mhtml},provenance/official-domain,warning,本页自称政府信息公开工作年度报告，但来自 www.tieling-mirror.example，不是 gov.cn 政府网站，也不在您信任的域名中；请到发布机关的官方网站核对原文,,`);
    // The page's words quoted in “…”, which a CSV field need not quote (serialize.test.ts: one holding " or , is quoted, its quotes doubled).
    expect(lines).toContain(`${mhtml},provenance/injected-content,warning,页面含有与政府报告无关的赌博/广告词语：“即时比分”，疑为被注入内容的镜像页,,`);
    expect(lines.filter((l) => l.startsWith(`${mhtml},`))).toHaveLength(JSON.parse((await run(mhtml)).stdout).warnings.length);
  });

  it('names each report\'s input with --format json-file, where one that could not be read leaves no line', async () => {
    const dir = tmp();
    const longde = page('longde-chengguan-2021.html');
    const out = await run(join(dir, 'missing.html'), longde, mhtml, '--format', 'json-file');
    expect(out.code).toBe(1);
    const lines = out.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.file, l.report.document.issuer, l.report.source.url])).toEqual([[longde, '隆德县城关镇人民政府', null], [mhtml, '铁岭市人民政府', TIELING]]);
    // The report inside is the contract's JSON, as --format json prints it.
    const plain = (json: string) => json.replace(/"extractedAt":"[^"]*"/, '');
    expect(plain(JSON.stringify(lines[0].report))).toBe(plain(JSON.stringify(JSON.parse((await run(longde)).stdout))));
  });

  it('ends stderr with a one-line summary when it read several files, leaving stdout to the data', async () => {
    const dir = tmp();
    const notice = join(dir, 'notice.html');
    writeFileSync(notice, '<html><head><title>关于开展政务公开培训的通知</title></head><body><p>各乡镇人民政府：定于3月5日举办培训。</p></body></html>');
    const out = await run(mhtml, page('longde-chengguan-2021.html'), notice, join(dir, 'missing.html'));
    expect(out.code).toBe(1);
    expect(out.stdout.trimEnd().split('\n')).toHaveLength(3);
    expect(out.stderr.split('\n').slice(-2)).toEqual([
      'govreport: 读了 4 个文件：2 份年报（1 个错误，3 个警告），1 个不是年报，1 个无法读取 / read 4 files: 2 reports (1 error, 3 warnings), 1 not a report, 1 unreadable',
      '',
    ]);
    expect((await run(page('tieling-2019.html'))).stderr).toBe('');
  });

  it('reads a list saved in GBK (Notepad\'s "ANSI") or UTF-16, whose file names are Chinese', async () => {
    const dir = tmp();
    copyFileSync(page('tieling-2019.html'), join(dir, '年报.html'));
    const gbk = join(dir, 'gbk.txt');
    // 年报 in GBK: no UTF-8, so read as GB18030.
    writeFileSync(gbk, Buffer.concat([Buffer.from(`${dir}/`), Buffer.from([0xc4, 0xea, 0xb1, 0xa8]), Buffer.from('.html\r\n')]));
    const utf16 = join(dir, 'utf16.txt');
    writeFileSync(utf16, Buffer.from(`\uFEFF${join(dir, '年报.html')}\r\n`, 'utf16le'));
    for (const list of [gbk, utf16]) {
      const out = await run('--list', list);
      expect(out).toMatchObject({ code: 0 });
      expect(JSON.parse(out.stdout).document.year).toBe(2019);
    }
  });

  it('refuses a page or a folder given as the list, saying to give it without --list', async () => {
    const dir = tmp();
    expect(await run('--list', page('tieling-2019.html'))).toEqual({ code: 2, stdout: '',
      stderr: `govreport: --list ${page('tieling-2019.html')}: 这是网页，不是列表：请不带 --list 直接给出 (this is a page, not a list: give it without --list)\n` });
    expect(await run('--list', dir)).toEqual({ code: 2, stdout: '',
      stderr: `govreport: --list ${dir}: 这是文件夹，不是列表：文件夹可不带 --list 直接给出 (this is a folder, not a list: give it without --list)\n` });
  });

  it('reads a file given more than once, by a list, a directory or another path to it, once, and says so', async () => {
    const dir = tmp();
    copyFileSync(page('tieling-2019.html'), join(dir, 'a.html'));
    const list = join(dir, 'list.txt');
    writeFileSync(list, `${join(dir, 'a.html')}\n${page('longde-chengguan-2021.html')}\n${join(dir, 'a.html')}\n`);
    const out = await run(`${dir}/./a.html`, '--list', list, dir);
    // Not a failure: every report was read.
    expect(out.code).toBe(0);
    expect(out.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).document.year)).toEqual([2019, 2021]);
    expect(out.stderr.split('\n')).toEqual([
      `govreport: ${join(dir, 'a.html')}: 重复，只读一次 (given more than once: read once)`,
      `govreport: ${join(dir, 'a.html')}: 重复，只读一次 (given more than once: read once)`,
      `govreport: ${join(dir, 'a.html')}: 重复，只读一次 (given more than once: read once)`,
      'govreport: 读了 2 个文件：2 份年报（1 个错误，2 个警告），0 个不是年报，0 个无法读取 / read 2 files: 2 reports (1 error, 2 warnings), 0 not reports, 0 unreadable',
      '',
    ]);
    // The same page twice is still several inputs: a line of JSON.
    expect((await run(page('tieling-2019.html'), page('tieling-2019.html'))).stdout.split('\n')).toHaveLength(2);
  });

  it('tells how many inputs it has read, of how many, as it reads them', async () => {
    const counts: [number, number][] = [];
    await runCli([page('tieling-2019.html'), join(tmp(), 'missing.html'), page('longde-chengguan-2021.html')], { now: FIXED_NOW, progress: (done, total) => counts.push([done, total]) });
    expect(counts).toEqual([[1, 3], [2, 3], [3, 3]]);
  });

  it('stopped while reading (Ctrl-C), prints the reports already read, says how many were not, and exits 130', async () => {
    const pages = ['tieling-2019.html', 'longde-chengguan-2021.html', 'shanghai-office-2019.html', 'tieling-2019.html'].map((name, i) => {
      const copy = join(tmp(), `${i}-${name}`);
      copyFileSync(page(name), copy);
      return copy;
    });
    pages.push(...pages.map((p) => p.replace(/(\d)-/, '$1b-')).map((copy, i) => (copyFileSync(pages[i]!, copy), copy)));
    const stop = new AbortController();
    const out = await runCli(pages, { now: FIXED_NOW, progress: (done) => done === 1 && stop.abort(), signal: stop.signal });
    expect(out.code).toBe(130);
    const printed = out.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    // The first page was read before the stop, and those begun with it may have been; none after them.
    expect(printed[0].applications.newReceived.total).toBe(42);
    expect(printed.length).toBeLessThan(pages.length);
    const unread = pages.length - printed.length;
    for (const p of pages.slice(printed.length)) expect(out.stderr).toContain(`govreport: ${p}: 未读（已中断） (not read: interrupted)\n`);
    expect(out.stderr).toContain(`govreport: 已中断，${unread} 个输入未读；已读的照常输出 (interrupted: ${unread} inputs not read; those read are printed)\n`);
    expect(out.stderr).toContain(`govreport: 读了 ${printed.length} 个文件：`);
    expect(out.stderr).toContain(', 0 unreadable\n');
  });

  it('reads a list from a pipe, gives way to Ctrl-C while it has no writer, and refuses a device (/dev/zero)', async () => {
    const fifo = join(tmp(), 'list.txt');
    execFileSync('mkfifo', [fifo]);
    const stop = new AbortController();
    setTimeout(() => stop.abort('SIGINT'), 50);
    const out = await runCli(['--list', fifo], { signal: stop.signal });
    expect(out).toEqual({ stdout: '', stderr: 'govreport: 已中断：列表未读完，未读任何输入 (interrupted while reading the list: nothing read)\n', code: 130 });
    writeFileSync(fifo, ''); // the open still waiting in the background is let go
    expect(await run('--list', '/dev/zero')).toEqual({ code: 2, stdout: '', stderr: 'govreport: --list /dev/zero: 这是设备，不是列表 (this is a device, not a list)\n' });
    const piped = join(tmp(), 'piped.txt');
    execFileSync('mkfifo', [piped]);
    const reading = run('--list', piped, '--format', 'csv');
    writeFileSync(piped, `${page('tieling-2019.html')}\n`);
    expect((await reading).stdout).toContain('tieling-2019.html,activeDisclosure,');
  });

  it('stopped while still waiting for a list on stdin, says nothing was read and exits 130', async () => {
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 10);
    const out = await runCli(['--list', '-'], { stdin: () => new Promise(() => {}), signal: stop.signal });
    expect(out).toEqual({ stdout: '', stderr: 'govreport: 已中断：列表未读完，未读任何输入 (interrupted while reading the list: nothing read)\n', code: 130 });
  });

  it.each([['SIGINT', 130], ['SIGTERM', 143]] as const)('stops on a real %s while it reads saved pages one after another, printing those read, exit %i (the process, as run)', async (signal, exit) => {
    // An address that never answers, asked first: the server hears it once the reading has begun.
    const server = createServer();
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    const heard = new Promise<void>((hear) => server.once('connection', () => hear()));
    const { port } = server.address() as AddressInfo;
    const dir = tmp();
    const files = Array.from({ length: 200 }, (_, i) => join(dir, `${i}.html`));
    for (const file of files) copyFileSync(page('shulan-tiande-2014.html'), file);
    const child = spawn(process.execPath, [fileURLToPath(new URL('../bin/govreport.mjs', import.meta.url)), `http://127.0.0.1:${port}/report.html`, ...files], {
      env: { ...process.env, NO_PROXY: '127.0.0.1', no_proxy: '127.0.0.1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    await heard;
    child.kill(signal);
    const code = await new Promise((resolve) => child.on('exit', resolve));
    server.close();
    expect(code).toBe(exit);
    const printed = stdout.trimEnd().split('\n').filter(Boolean).length;
    // Stopped among the pages, not after them all; each one not read is named.
    expect(printed).toBeLessThan(files.length);
    expect(stderr.match(/未读（已中断）/g)).toHaveLength(files.length + 1 - printed);
  }, 30_000);

  it('stops quietly, exit 141, when the reader of its output goes away (govreport … | head -1)', async () => {
    const dir = tmp();
    const files = Array.from({ length: 40 }, (_, i) => join(dir, `${i}.html`));
    for (const file of files) copyFileSync(page('shulan-tiande-2014.html'), file);
    const child = spawn(process.execPath, [fileURLToPath(new URL('../bin/govreport.mjs', import.meta.url)), ...files]);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    // The first report read, the pipe is closed, as head does once it has its line.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(141);
  }, 30_000);

  it('explains itself with --help and refuses unknown options', async () => {
    expect(await run('--help')).toMatchObject({ code: 0, stderr: '' });
    expect((await run('--help')).stdout).toContain('--format csv');
    expect((await run('--help')).stdout).toContain('--format warnings');
    expect((await run('--bogus')).code).toBe(2);
    expect((await run()).code).toBe(2);
  });

  it('takes --format=csv and --url=… as --format csv and --url …, and refuses a --url that is no http(s) address', async () => {
    const spaced = await run(page('tieling-2019.html'), '--format', 'csv', '--url', 'http://example.gov.cn/a.html');
    expect(await run(page('tieling-2019.html'), '--format=csv', '--url=http://example.gov.cn/a.html')).toEqual(spaced);
    for (const url of ['www.mirror.example/a.html', 'notaurl', 'javascript:alert(1)', 'http://']) {
      const out = await run(page('tieling-2019.html'), '--url', url);
      expect(out).toMatchObject({ code: 2, stdout: '' });
      expect(out.stderr).toContain('--url 须为 http:// 或 https:// 开头的完整网址');
    }
    // A usage error names itself and points to the help, rather than burying itself under it.
    expect((await run('--bogus')).stderr).toBe('govreport: 未知选项 unknown option: --bogus\n用法见 govreport --help (see govreport --help)\n');    // - is no page from stdin (only --list - reads it), and -v no file: each said so, not 文件不存在.
    expect(await run('-')).toMatchObject({ code: 2, stdout: '' });
    expect((await run('-')).stderr).toContain('- 不从标准输入读网页');
    expect((await run(page('tieling-2019.html'), '-v')).stderr).toBe('govreport: 未知选项 unknown option: -v\n用法见 govreport --help (see govreport --help)\n');
  });

  it('reads every argument after -- as an input, so a file really named -v can be given', async () => {
    const dir = tmp();
    copyFileSync(page('tieling-2019.html'), join(dir, '-v'));
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const out = await run('--format', 'csv', '--', '-v');
      expect(out.code).toBe(0);
      expect(out.stdout.split('\n')[1]).toMatch(/^-v,activeDisclosure,/);
      expect((await run('--', '--format')).stderr).toContain('--format: 文件不存在');
    } finally { process.chdir(cwd); }
  });

  it('refuses a pipe or a device rather than reading it without end (mkfifo, /dev/zero)', async () => {
    const fifo = join(tmp(), 'page.html');
    execFileSync('mkfifo', [fifo]);
    const out = await run(fifo, '/dev/zero', page('tieling-2019.html'));
    expect(out.code).toBe(1);
    expect(out.stderr).toContain(`${fifo}: 不是普通文件，是管道或设备`);
    expect(out.stderr).toContain('/dev/zero: 不是普通文件');
  });

  it('writes the CSV\'s header even when no input could be read, so that what loads it finds the columns', async () => {
    const out = await run(join(tmp(), 'missing.html'), '--format', 'csv');
    expect(out).toMatchObject({ code: 1, stdout: 'file,table,path,label,value\r\n' });
  });

  it('reads a GBK page that lost its <meta charset> as GBK, not as garbled UTF-8', async () => {
    const file = join(tmp(), 'no-meta.html');
    const bytes = readFileSync(gbkPage, 'latin1').replace(/<meta[^>]*charset[^>]*>/gi, '');
    writeFileSync(file, Buffer.from(bytes, 'latin1'));
    const report = JSON.parse((await run(file)).stdout);
    expect(report.document).toMatchObject({ isReport: true, year: 2021 });
    expect(report.activeDisclosure.normativeDocuments.issued).toBe(0);
  });
});
