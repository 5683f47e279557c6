// npm run bench: for each fixture page, the median time of a bare cheerio.load and of load + extract
// (recognition, metadata, prose, legacy table and every rule), and their ratio. Target: ≤ 1.3×.
import { readdirSync, readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { extract } from '../lib/extract.ts';
import { pageFromCheerio } from '../lib/page/cheerio-source.ts';

const dir = new URL('../test/fixtures/pages/', import.meta.url);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);

/** Times `a` and `b` alternately, round after round, so that whatever else the machine does weighs on both alike. */
function medians(a: () => void, b: () => void): [number, number] {
  for (let i = 0; i < 20; i++) { a(); b(); } // warm up the JIT
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    let t0 = performance.now();
    a();
    ta.push(performance.now() - t0);
    t0 = performance.now();
    b();
    tb.push(performance.now() - t0);
  }
  const median = (t: number[]) => t.sort((x, y) => x - y)[Math.floor(t.length / 2)]!;
  return [median(ta), median(tb)];
}

const rows: string[][] = [['page', 'KB', 'load ms', 'load+extract ms', 'ratio']];
let worst = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
  const html = readFileSync(new URL(file, dir), 'utf8');
  const [load, full] = medians(
    () => { cheerio.load(html); },
    () => { extract(pageFromCheerio(cheerio.load(html).root()[0]!), { url: null }); },
  );
  worst = Math.max(worst, full / load);
  rows.push([file, (Buffer.byteLength(html) / 1024).toFixed(1), load.toFixed(2), full.toFixed(2), `${(full / load).toFixed(2)}×`]);
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
console.log(`\nworst ratio ${worst.toFixed(2)}× (target ≤ 1.30×), median of ${ROUNDS} runs each`);
