// The CPU time of two checkouts' engines, interleaved batch by batch so that whatever else the machine does weighs on
// both alike: load + extract over the fixture pages, 60 extractions a batch. Ratios taken on a loaded machine say
// little; this comparison holds under load.
//   npm run bench:interleaved -- ROOT_BEFORE [ROOT_AFTER (default: this checkout)] [BATCHES (15)]
// (an earlier commit: git worktree add /tmp/before COMMIT --detach && ln -s "$PWD/node_modules" /tmp/before/)
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as cheerio from 'cheerio';

const [before, after = '.', batches = '15'] = process.argv.slice(2);
if (!before) {
  process.stderr.write('用法 Usage: npm run bench:interleaved -- ROOT_BEFORE [ROOT_AFTER] [BATCHES]\n');
  process.exit(2);
}
const roots = [before, after].map((root) => resolve(root));
const engines = await Promise.all(roots.map(async (root) => ({
  extract: (await import(join(root, 'lib/extract.ts'))).extract,
  pageFromCheerio: (await import(join(root, 'lib/page/cheerio-source.ts'))).pageFromCheerio,
})));
const dir = new URL('../test/fixtures/pages/', import.meta.url);
const htmls = readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => readFileSync(new URL(f, dir), 'utf8'));
const ROUNDS = Math.ceil(60 / htmls.length);

/** CPU ms of one batch of one engine. */
function batch(engine: (typeof engines)[number]): number {
  const start = process.cpuUsage();
  for (let r = 0; r < ROUNDS; r++) for (const html of htmls) engine.extract(engine.pageFromCheerio(cheerio.load(html).root()[0]), { url: null });
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

for (const engine of engines) for (let i = 0; i < 3; i++) batch(engine); // warm up the JIT
const times: number[][] = engines.map(() => []);
for (let i = 0; i < Number(batches); i++) engines.forEach((engine, k) => times[k]!.push(batch(engine)));
times.forEach((t, k) => {
  t.sort((x, y) => x - y);
  console.log(`${roots[k]}: min ${t[0]!.toFixed(0)}, median ${t[t.length >> 1]!.toFixed(0)}, max ${t.at(-1)!.toFixed(0)} ms CPU per ${ROUNDS * htmls.length} extractions`);
});
