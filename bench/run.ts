// npm run bench: for each fixture page, the median time of a bare cheerio.load, of load + a bare read
// of the tree, and of load + extract (recognition, metadata, prose, legacy table, every rule, zod),
// with their ratios to the bare load. Target: ≤ 1.3×. Then the pages that grow: extract's time on built pages
// of n and 2n items, which must not grow faster than the page. Then each page's first extraction in a fresh process
// (what the extension pays for every page it opens, and the CLI for every file) and how much of it is compiling regexes.
//
// The read is the floor under any extractor: the text of every text node and, for every element, its
// tag and the attributes that say whether a reader sees it (hidden, style). On a fresh tree that is
// not free: parse5 builds text and attribute values a character at a time, and the first read of a
// string joins its pieces.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import type { AnyNode } from 'domhandler';
import { extract } from '../lib/extract.ts';
import { pageFromCheerio } from '../lib/page/cheerio-source.ts';

const dir = new URL('../test/fixtures/pages/', import.meta.url);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 5);

/** Times each function in turn, round after round, so that whatever else the machine does weighs on all alike. */
function medians(fns: (() => void)[]): number[] {
  for (let i = 0; i < 20; i++) for (const f of fns) f(); // warm up the JIT
  const times = fns.map((): number[] => []);
  for (let i = 0; i < ROUNDS; i++) {
    fns.forEach((f, k) => {
      const t0 = performance.now();
      f();
      times[k]!.push(performance.now() - t0);
    });
  }
  return times.map((t) => t.sort((x, y) => x - y)[Math.floor(t.length / 2)]!);
}

let seen = 0; // what the read saw, kept so that the JIT cannot drop the read
function readTree(node: AnyNode): void {
  if (node.type === 'text') { seen += node.data.charCodeAt(0); return; }
  if ('attribs' in node) {
    seen += node.name.length;
    if (node.attribs.hidden !== undefined) seen++;
    if (node.attribs.style?.includes('none')) seen++;
  }
  if ('children' in node) for (const child of node.children) readTree(child);
}

const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
const rows: string[][] = [['page', 'KB', 'load ms', 'load+read ms', 'load+extract ms', 'read', 'extract']];
let worst = 0;
for (const file of pages) {
  const html = readFileSync(new URL(file, dir), 'utf8');
  const [load, read, full] = medians([
    () => { cheerio.load(html); },
    () => { readTree(cheerio.load(html).root()[0]!); },
    () => { extract(pageFromCheerio(cheerio.load(html).root()[0]!), { url: null }); },
  ]) as [number, number, number];
  worst = Math.max(worst, full / load);
  rows.push([file, (Buffer.byteLength(html) / 1024).toFixed(1), load.toFixed(2), read.toFixed(2), full.toFixed(2),
    `${(read / load).toFixed(2)}×`, `${(full / load).toFixed(2)}×`]);
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
console.log(`\nworst extract ratio ${worst.toFixed(2)}× (target ≤ 1.30×), median of ${ROUNDS} runs each`);

// Shapes whose cost once grew with the square of the page: a list of counts set apart by <br> after a report (joined
// into one sentence by the wrapped-lines reader), text without ；/。 after a report (paragraphs, <br> lines, a <pre>: one
// wrapped sentence too, robust2's 30 MB page), and a report's tables and prose repeated (a long report, a joined pager).
const tieling = readFileSync(new URL('tieling-2019.html', dir), 'utf8');
const body = tieling.slice(tieling.indexOf('<body'), tieling.lastIndexOf('</body>'));
const FILLER = '政府信息公开 填充文字 ';
const GROWING: [string, (n: number) => string, number][] = [
  ['<br> list of counts, items', (n) => `<html>${body}<div>${Array.from({ length: n }, (_, i) => `第${i}项工作 ${i % 300} 件 ${i % 7} 件`).join('<br>')}</div></html>`, 2000],
  // A title closed before the list (依据《条例》汇总如下) is no reason to read the list again at each join.
  ['<br> list after 《条例》, items', (n) => `<html>${body}<div>依据《条例》汇总如下<br>${Array.from({ length: n }, (_, i) => `第${i}项工作 ${i % 300} 件 ${i % 7} 件`).join('<br>')}</div></html>`, 2000],
  ['<p> without ；/。, blocks', (n) => `<html>${body}${`<p>${FILLER.repeat(50)}</p>`.repeat(n)}</html>`, 1000],
  ['<br> without ；/。, lines', (n) => `<html>${body}<p>${`${FILLER}<br>`.repeat(n)}</p></html>`, 10000],
  ['<pre> without ；/。, lines', (n) => `<html>${body}<pre>${`${FILLER.repeat(10)}\n`.repeat(n)}</pre></html>`, 2000],
  ['tieling body repeated, times', (n) => `<html>${body.repeat(n)}</html>`, 10],
];
console.log('\nshape                          n   extract ms      2n   extract ms   growth (2.0 = linear)');
for (const [name, build, n] of GROWING) {
  const [small, large] = [build(n), build(2 * n)].map((html) => {
    const root = () => cheerio.load(html).root()[0]!;
    const times = Array.from({ length: 5 }, () => { const tree = root(); const t0 = performance.now(); extract(pageFromCheerio(tree), { url: null }); return performance.now() - t0; });
    return times.sort((x, y) => x - y)[2]!;
  }) as [number, number];
  console.log(`${name.padEnd(28)} ${String(n).padStart(5)} ${small.toFixed(1).padStart(12)} ${String(2 * n).padStart(7)} ${large.toFixed(1).padStart(12)}   ${(large / small).toFixed(2)}`);
}

// A fresh node (with this process's loader, tsx) per run: the first extraction's CPU, median of COLD_RUNS, plain and with
// the regexes that extraction runs compiled beforehand (the child lists them first); the difference is their compiling.
const script = new URL('first-extraction.ts', import.meta.url).pathname;
const child = (...args: string[]): string => execFileSync(process.execPath, [...process.execArgv, script, ...args], { encoding: 'utf8' });
const median = (runs: () => number): number => Array.from({ length: COLD_RUNS }, runs).sort((x, y) => x - y)[Math.floor(COLD_RUNS / 2)]!;
console.log(`\nfirst extraction in a fresh process, CPU ms (median of ${COLD_RUNS})`);
console.log('page                            first   regexes compiled before   compiling   regexes run');
const list = join(tmpdir(), `govreport-bench-regexes-${process.pid}.json`);
for (const file of pages) {
  const regexes = child(file, '--regexes');
  writeFileSync(list, regexes);
  const first = median(() => Number(child(file)));
  const compiled = median(() => Number(child(file, list)));
  console.log(`${file.padEnd(30)} ${first.toFixed(1).padStart(7)} ${compiled.toFixed(1).padStart(25)} ${(first - compiled).toFixed(1).padStart(11)} ${String(JSON.parse(regexes).length).padStart(13)}`);
}
rmSync(list);
