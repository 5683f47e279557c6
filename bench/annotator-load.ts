// Part of npm run bench:panel (after npm run build:e2e): what a report page pays for the extension's own script, with no
// click. On a gov.cn report the detector speaks as the page loads, the background injects annotator.js and asks it for the
// page's state: the script is parsed and compiled, its top level runs, then it reads the page cold (the badge shows the
// verdict). Traced in chromium (CDP Tracing, V8's own events): the CPU time of the script's compile (`v8.compile`), of its
// top-level run (`v8.run`, with the functions compiled lazily as it calls them), and of the main thread's tasks that run
// script after it until the badge shows (the first reading: engine, rules, the year store). Median and range of RUNS fresh
// pages each, the pages interleaved. BENCH_BUILDS=dirA,dirB (built extensions' folders) times builds against each other,
// a browser each, their runs interleaved too: the machine's load then weighs on both alike.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { badgeOf, EXTENSION, launchWithExtension, servePages, type Browser } from '../test/e2e/browser.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const BUILDS = process.env.BENCH_BUILDS?.split(',').map((dir) => resolve(dir)) ?? [EXTENSION];
const fixture = (name: string) => readFileSync(new URL(`../test/fixtures/pages/${name}`, import.meta.url), 'utf8');
// The fixtures at their own gov.cn addresses, where the detector runs; tieling's is a mirror's, so it is served on a gov.cn host.
const PAGES: [string, string][] = [
  ['tieling-2019', 'http://www.tieling.gov.cn/tieling/zwgk/zfxxgknb/2020/02/28/0001.html'],
  ['shanghai-office-2019', 'https://www.shanghai.gov.cn/nw12344/20200131/0001.html'],
  ['longde-chengguan-2021', 'http://www.nxld.gov.cn/xxgk/zfxxgknb/202201/t20220119_0001.html'],
  ['xiaobanqiao-2018', 'http://www.kmgd.gov.cn/c/2018-12-03/0001.shtml'],
  ['shulan-tiande-2014', 'http://www.shulan.gov.cn/zwgk/xxgknb/201503/t20150331_0001.html'],
];
// Badges that give no verdict yet: none, the detector's •, a click's ….
const PENDING = new Set(['', '•', '…']);

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tdur?: number; tid: number; pid: number; args?: { fileName?: string } }

const browsers: Browser[] = [];
for (const extension of BUILDS) {
  const browser = await launchWithExtension({ extension });
  await servePages(browser.context, new Map(PAGES.map(([name, url]) => [url, fixture(`${name}.html`)])));
  browsers.push(browser);
}
const times = browsers.map(() => new Map(PAGES.map(([name]) => [name, [] as number[][]])));
for (let r = 0; r < RUNS; r++) {
  for (const [name, url] of PAGES) {
    for (const [b, browser] of browsers.entries()) times[b]!.get(name)!.push(await measure(browser, url));
  }
}
for (const browser of browsers) await browser.close();

for (const [b, build] of BUILDS.entries()) {
  console.log(`annotator.js on a report page (${build}), CPU ms: median, range of ${RUNS}`);
  console.log('page                     compile        top level      first reading');
  for (const [name, runs] of times[b]!) {
    const cell = (c: number) => {
      const v = runs.map((t) => t[c]!).sort((x, y) => x - y);
      return `${v[v.length >> 1]!.toFixed(1).padStart(5)} ${`${v[0]!.toFixed(0)}–${v.at(-1)!.toFixed(0)}`.padEnd(8)}`;
    };
    console.log(`${name.padEnd(24)} ${[0, 1, 2].map(cell).join(' ')}`);
  }
}

async function measure(browser: Browser, url: string): Promise<number[]> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  // No disabled-by-default-v8.compile: its thousands of events would weigh on what they time.
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['v8', 'v8.execute', 'disabled-by-default-devtools.timeline'] } });
  await page.goto(url);
  const start = Date.now();
  while (PENDING.has((await badgeOf(browser.worker, url)).text)) {
    if (Date.now() - start > 30_000) throw new Error(`no verdict on ${url}`);
    await page.waitForTimeout(20);
  }
  await cdp.send('Tracing.end');
  await complete;
  await page.close();

  const ours = (e: TraceEvent) => e.args?.fileName?.endsWith('/content-scripts/annotator.js') === true;
  const compile = events.find((e) => e.name === 'v8.compile' && ours(e));
  const run = events.find((e) => e.name === 'v8.run' && ours(e));
  if (!compile || !run) throw new Error(`annotator.js not traced on ${url}`);
  const cpu = (e: TraceEvent) => (e.tdur ?? 0) / 1000;
  const thread = events.filter((e) => e.ph === 'X' && e.pid === run.pid && e.tid === run.tid);
  const within = (outer: TraceEvent, inner: TraceEvent) => inner.ts >= outer.ts && inner.ts < outer.ts + outer.dur!;
  const scripted = thread.filter((e) => e.name === 'v8.callFunction' || e.name === 'RunMicrotasks');
  const reading = thread
    .filter((t) => t.name === 'RunTask' && t.ts > run.ts + run.dur! && scripted.some((s) => within(t, s)))
    .reduce((sum, t) => sum + cpu(t), 0);
  return [cpu(compile), cpu(run), reading];
}
