import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXED_NOW, fixturePath } from '../test/support/fixtures.ts';
import { runCli, type CliOptions } from './run.ts';

const fixture = (path: string) => readFileSync(fileURLToPath(new URL(`../test/fixtures/${path}`, import.meta.url)));
const page = fixturePath;
const TIELING = fixture('pages/tieling-2019.html');
const LONGDE = fixture('pages/longde-chengguan-2021.html');
// The GBK copy without its <meta>: only the Content-Type header names its charset, as many portals serve it.
const META = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">';
const GBK = fixture('encoded/longde-chengguan-2021.gbk.html').toString('latin1');
const GBK_BARE = Buffer.from(GBK.replace(META, ''), 'latin1');

// A portal on this machine. /slow/N answers after N ms, counting how many requests it holds at once;
// /when-told.html once `tell` is called.
let server: Server, base: string, closedBase: string;
let inFlight = 0, mostInFlight = 0;
let tell: () => void, told: Promise<void>;
beforeAll(async () => {
  server = createServer((req, res) => {
    const html = (body: Buffer, type = 'text/html; charset=utf-8') => { res.writeHead(200, { 'content-type': type }); res.end(body); };
    const slow = /^\/slow\/(\d+)\/(\w+)$/.exec(req.url!);
    if (slow) {
      mostInFlight = Math.max(mostInFlight, ++inFlight);
      setTimeout(() => { inFlight--; html(slow[2] === 'tieling' ? TIELING : LONGDE); }, Number(slow[1]));
      return;
    }
    switch (req.url) {
      case '/tieling-2019.html': return html(TIELING);
      case '/when-told.html': return void told.then(() => html(LONGDE));
      case '/longde.html': return html(GBK_BARE, 'text/html; charset=GBK');
      case '/old/0001.html': res.writeHead(301, { location: '/tieling-2019.html' }); res.end(); return;
      case '/loop.html': res.writeHead(302, { location: '/loop.html' }); res.end(); return;
      case '/to-ftp.html': res.writeHead(302, { location: 'ftp://www.example.gov.cn/a.html' }); res.end(); return;
      case '/report.pdf': return html(Buffer.from('%PDF-1.7\n'), 'application/pdf');
      case '/hangs.html': res.writeHead(200, { 'content-type': 'text/html' }); res.write('<html>'); return; // never ends
      case '/dump.html': res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(101 * 2 ** 20) }); res.flushHeaders(); return;
      default: res.writeHead(404); res.end();
    }
  });
  // A port nothing listens on: a server opened and closed again.
  const closed = createServer();
  await Promise.all([server, closed].map((s) => new Promise<void>((done) => s.listen(0, '127.0.0.1', done))));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  closedBase = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
  await new Promise((done) => closed.close(done));
});
afterAll(() => { server.closeAllConnections(); server.close(); });

const run = (args: string[], options: CliOptions = {}) => runCli(args, { now: FIXED_NOW, ...options });
const stdinOf = (text: string) => async () => Buffer.from(text);
const lines = (stdout: string) => stdout.trimEnd().split('\n').map((l) => JSON.parse(l));

describe('govreport on web addresses', () => {
  it('fetches a page, follows its redirect, and takes the address it ended at as the source', async () => {
    const out = await run([`${base}/old/0001.html`]);
    expect(out).toMatchObject({ code: 0, stderr: '' });
    const report = JSON.parse(out.stdout);
    expect(report.applications.newReceived.total).toBe(42);
    expect(report.source.url).toBe(`${base}/tieling-2019.html`);
    // Known for sure, the address is checked: 127.0.0.1 is no government site.
    expect(report.warnings.map((w: { rule: string }) => w.rule)).toContain('provenance/official-domain');
  });

  it('decodes a GBK page by the charset its Content-Type names, as the same report as the UTF-8 original', async () => {
    expect(GBK).toContain(META); // else the page would not be left to its header
    const fetched = JSON.parse((await run([`${base}/longde.html`])).stdout);
    const saved = JSON.parse((await run([page('longde-chengguan-2021.html')])).stdout);
    expect(fetched.document.issuer).toBe('隆德县城关镇人民政府');
    for (const part of ['document', 'applications', 'reviewLitigation']) expect(fetched[part]).toEqual(saved[part]);
  });

  it('names each address that gave no page and why, reads the other inputs, exits 1', async () => {
    const out = await run([`${base}/gone.html`, `${base}/report.pdf`, `${closedBase}/a.html`, `${base}/dump.html`, `${base}/loop.html`, `${base}/to-ftp.html`, page('tieling-2019.html')]);
    expect(out.code).toBe(1);
    expect(out.stderr.split('\n')).toEqual([
      `govreport: ${base}/gone.html: 服务器答复 HTTP 404 (the server answered HTTP 404)`,
      `govreport: ${base}/report.pdf: 不是网页：服务器发来的是 application/pdf (not a web page: the server sent application/pdf)`,
      `govreport: ${closedBase}/a.html: 连接被拒绝 (connection refused: ECONNREFUSED)`,
      `govreport: ${base}/dump.html: 网页过大：超过上限 100 MB (page too large: over the limit of 100 MB)`,
      `govreport: ${base}/loop.html: 重定向过多 (too many redirects)`,
      `govreport: ${base}/to-ftp.html: 重定向到非 http(s) 地址 (redirected to a non-http(s) address)`,
      'govreport: 读了 1 个文件、6 个网址：1 份年报（0 个错误，2 个警告），0 个不是年报，6 个无法读取 / read 1 file and 6 addresses: 1 report (0 errors, 2 warnings), 0 not reports, 6 unreadable',
      '',
    ]);
    expect(lines(out.stdout).map((r) => r.applications.newReceived.total)).toEqual([42]);
  });

  // Alone with its short timeout: the other answers, slowed by a busy machine, must not run into it.
  it('gives up on an address that does not answer in time', async () => {
    const out = await run([`${base}/hangs.html`], { timeoutMs: 300 });
    expect(out).toMatchObject({ code: 1, stdout: '' });
    expect(out.stderr).toBe(`govreport: ${base}/hangs.html: 超时：0.3 秒内未取得网页 (timed out after 0.3 s)\n`);
  });

  it('refuses --url with an address: a fetched page\'s address is known', async () => {
    const out = await run([`${base}/tieling-2019.html`, '--url', 'http://www.tieling.gov.cn/a.html']);
    expect(out).toMatchObject({ code: 2, stdout: '' });
    expect(out.stderr).toContain('--url 不能用于网址');
  });
});

describe('govreport writing as it reads', () => {
  it('writes a report no other year\'s can change as soon as those before it are, one another\'s can once all are read', async () => {
    told = new Promise((resolve) => (tell = resolve));
    // Two pages no other year's report is compared with (2014's and 2018's formats carry nothing over), a 2019
    // one, and an address that answers only once the first two are written: output kept to the end would wait
    // for it until it timed out.
    const inputs = [page('shulan-tiande-2014.html'), page('xiaobanqiao-2018.html'), page('tieling-2019.html'), `${base}/when-told.html`];
    let read = 0;
    const written: { year: number; read: number }[] = [];
    const out = await run(inputs, {
      timeoutMs: 5000,
      progress: (done) => (read = done),
      write: (text) => {
        written.push({ year: JSON.parse(text).document.year, read });
        if (written.length === 2) tell();
      },
    });
    expect(out).toMatchObject({ code: 0, stdout: '' });
    // One write a report, in the inputs' order; 2019's only once the address was read too, as a 2018 or 2020 one could have been.
    expect(written.map((w) => w.year)).toEqual([2014, 2018, 2019, 2021]);
    expect(written.slice(0, 2).every((w) => w.read < inputs.length)).toBe(true);
    expect(written.slice(2).map((w) => w.read)).toEqual([inputs.length, inputs.length]);
  });
});

describe('govreport --list', () => {
  it('reads the files and addresses a list names, a few at a time, and prints them in the list\'s order', async () => {
    const list = join(mkdtempSync(join(tmpdir(), 'govreport-')), 'reports.txt');
    // The first answers last: the order printed is still the list's.
    const slow = [400, 300, 200, 100, 0].map((ms, i) => `${base}/slow/${ms}/${i % 2 ? 'longde' : 'tieling'}`);
    writeFileSync(list, `# 铁岭、隆德\n\n${slow.join('\n')}\r\n  # the saved copy\n${page('longde-chengguan-2021.html')}\n`);
    mostInFlight = 0;
    const out = await run(['--list', list]);
    expect(out.code).toBe(0);
    const reports = lines(out.stdout);
    expect(reports.map((r) => [r.document.year, r.source.url])).toEqual([...slow.map((url, i) => [i % 2 ? 2021 : 2019, url]), [2021, null]]);
    expect(mostInFlight).toBe(4);
    expect(out.stderr).toMatch(/^govreport: 读了 1 个文件、5 个网址：/);
    expect((await run(['--help'])).stdout).toContain('--list FILE');
  });

  it('reads the list from stdin with -, after the inputs given before it', async () => {
    const out = await run([page('tieling-2019.html'), '--list', '-'], { stdin: stdinOf(`# one\n${base}/old/0001.html\n`) });
    expect(out.code).toBe(0);
    expect(lines(out.stdout).map((r) => r.source.url)).toEqual([null, `${base}/tieling-2019.html`]);
    // A list of one still prints a line of JSON, as a directory of one does.
    expect((await run(['--list', '-'], { stdin: stdinOf(`${base}/tieling-2019.html\n`) })).stdout.split('\n')).toHaveLength(2);
    expect(await run(['--list', '-'], { stdin: stdinOf('# nothing yet\n') })).toMatchObject({ code: 2, stdout: '' });
    expect((await run(['--list', join(tmpdir(), 'no-such-list.txt')])).stderr).toContain('文件不存在 (no such file)');
  });
});
