import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXED_NOW } from '../test/support/fixtures.ts';
import { runCli } from './run.ts';

const page = (name: string) => fileURLToPath(new URL(`../test/fixtures/pages/${name}`, import.meta.url));
const gbkPage = fileURLToPath(new URL('../test/fixtures/encoded/longde-chengguan-2021.gbk.html', import.meta.url));
const run = (...args: string[]) => runCli(args, FIXED_NOW);

describe('govreport CLI', () => {
  it('prints the report JSON of one page, with its URL', () => {
    const out = run(page('tieling-2019.html'), '--url', 'http://example.gov.cn/a.html');
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    const report = JSON.parse(out.stdout);
    expect(report.source.url).toBe('http://example.gov.cn/a.html');
    expect(report.applications.newReceived.total).toBe(42);
    expect(out.stdout.endsWith('}\n')).toBe(true);
  });

  it('prints one JSON object per line for several files', () => {
    const out = run(page('tieling-2019.html'), page('longde-chengguan-2021.html'));
    const lines = out.stdout.trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).document.year)).toEqual([2019, 2021]);
  });

  it('decodes a GBK page as the same report as its UTF-8 original', () => {
    const gbk = JSON.parse(run(gbkPage).stdout);
    const utf8 = JSON.parse(run(page('longde-chengguan-2021.html')).stdout);
    expect(gbk.document.issuer).toBe('隆德县城关镇');
    // The GBK copy has plain spaces for the page's en spaces (GBK has none), so prose may differ by them.
    for (const part of ['document', 'activeDisclosure', 'applications', 'reviewLitigation', 'legacyStats']) expect(gbk[part]).toEqual(utf8[part]);
  });

  it('checks reports of one body for adjacent years, given together, against each other', () => {
    // The next year's report as the office would publish it if it copied last year's table unchanged:
    // its 上年结转 (18) is then not the 72 applications the 2019 report carried forward.
    const next = join(mkdtempSync(join(tmpdir(), 'govreport-')), 'shanghai-office-2020.html');
    writeFileSync(next, readFileSync(page('shanghai-office-2019.html'), 'utf8').replaceAll('2019', '2020').replaceAll('2018', '2019'));
    const [y2019, y2020] = run(page('shanghai-office-2019.html'), next).stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    const crossYear = (report: { warnings: { rule: string; cells: unknown[] }[] }) =>
      report.warnings.filter((w) => w.rule === 'years/carried-over').map((w) => w.cells);
    expect(y2020.document.year).toBe(2020);
    expect(crossYear(y2020)).toEqual(['naturalPerson', 'total'].map((c) => [{ table: 'applications', path: `carriedOver.${c}` }]));
    expect(crossYear(y2019)).toEqual(['naturalPerson', 'total'].map((c) => [{ table: 'applications', path: `carriedForward.${c}` }]));
    // Another body's report of the next year is no comparison.
    const other = JSON.parse(run(page('tieling-2019.html'), next).stdout.trimEnd().split('\n')[0]!);
    expect(crossYear(other)).toEqual([]);
  });

  it('writes CSV, one row per figure, RFC 4180', () => {
    const out = run(page('tieling-2019.html'), '--format', 'csv');
    const lines = out.stdout.split('\r\n');
    expect(lines[0]).toBe('file,table,path,label,value');
    expect(lines.some((l) => /,applications,newReceived\.total,[^,]*,42$/.test(l))).toBe(true);
    expect(lines.some((l) => /,activeDisclosure,procurement\.amount,[^,]*,82577588$/.test(l))).toBe(true);
  });

  it('names a missing, unreadable or non-HTML file on stderr, goes on with the others, exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'govreport-'));
    const pdf = join(dir, 'report.pdf');
    writeFileSync(pdf, Buffer.from('%PDF-1.7\n\u0000\u0001binary'));
    const out = run(join(dir, 'missing.html'), pdf, dir, page('tieling-2019.html'));
    expect(out.code).toBe(1);
    expect(out.stderr).toContain(`${join(dir, 'missing.html')}: 文件不存在`);
    expect(out.stderr).toContain(`${pdf}: 不是 HTML 网页`);
    expect(out.stderr).toContain(`${dir}: 是目录`);
    expect(JSON.parse(out.stdout.trim()).document.year).toBe(2019);
  });

  it('explains itself with --help and refuses unknown options', () => {
    expect(run('--help')).toMatchObject({ code: 0, stderr: '' });
    expect(run('--help').stdout).toContain('--format csv');
    expect(run('--bogus').code).toBe(2);
    expect(run().code).toBe(2);
  });
});
