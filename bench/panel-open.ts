// npm run bench:panel (after npm run build:e2e): the main thread's work from a click on the toolbar icon to the panel
// showing its report, on built pages a reader meets (a long report, a portal with thousands of links) and a fixture,
// in chromium with the built extension. CPU time of the page's main thread (Performance.getMetrics: TaskDuration, of
// which ScriptDuration, LayoutDuration, RecalcStyleDuration), median of RUNS openings each; BENCH_PROFILE=1 also prints
// the functions that took the most of it (CDP Profiler, self time).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { clickIcon, launchWithExtension, panelPart, servePages } from '../test/e2e/browser.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PROFILE = process.env.BENCH_PROFILE === '1';
const fixture = (name: string) => readFileSync(new URL(`../test/fixtures/pages/${name}`, import.meta.url), 'utf8');
const tieling = fixture('tieling-2019.html');
const head = tieling.slice(0, tieling.indexOf('<body'));
const body = tieling.slice(tieling.indexOf('<body'), tieling.lastIndexOf('</body>'));
const inner = body.slice(body.indexOf('>') + 1);
const links = Array.from({ length: 10_000 }, (_, i) => `<li><a href="/zwgk/${i}.html">关于第${i}批政务公开事项的通知</a><span>2020-0${1 + (i % 9)}-1${i % 9}</span></li>`).join('');

const PAGES: [string, string][] = [
  ['tieling-2019 (27 KB)', tieling],
  ['tieling body ×40', `${head}<body>${inner.repeat(40)}</body></html>`],
  ['report in a portal, 10,000 links', `${head}<body><ul>${links}</ul>${inner}</body></html>`],
];
const base = 'http://www.tieling-mirror.example/tieling/zwgk/zfxxgknb/2020/02/28/';
const url = (k: number) => `${base}${k}.html`;

const browser = await launchWithExtension();
await servePages(browser.context, new Map(PAGES.map(([, html], k) => [url(k), html])));
console.log('page                                size    task ms  script  layout  style   (median of ' + RUNS + ')');
for (const [k, [name, html]] of PAGES.entries()) {
  const runs: number[][] = [];
  const self = new Map<string, number>();
  for (let r = 0; r < RUNS; r++) {
    const page = await browser.context.newPage();
    await page.goto(url(k));
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    if (PROFILE) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start'); }
    const before = await metrics(cdp);
    await clickIcon(browser.worker, url(k));
    await panelPart(page, '.report-header').waitFor({ timeout: 60_000 });
    await settle(page);
    const after = await metrics(cdp);
    runs.push(['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'].map((m) => (after[m]! - before[m]!) * 1000));
    if (PROFILE) addSelf(self, (await cdp.send('Profiler.stop')).profile);
    await page.close();
  }
  const med = (c: number) => runs.map((r) => r[c]!).sort((a, b) => a - b)[runs.length >> 1]!;
  console.log(`${name.padEnd(34)} ${(html.length / 1e6).toFixed(2).padStart(5)} MB ${[0, 1, 2, 3].map((c) => med(c).toFixed(0).padStart(c ? 7 : 8)).join('')}`);
  if (PROFILE) for (const [fn, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`    ${(ms / RUNS).toFixed(1).padStart(8)} ms  ${fn}`);
}
await browser.close();

type Cdp = Awaited<ReturnType<typeof browser.context.newCDPSession>>;
async function metrics(cdp: Cdp): Promise<Record<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** Waits for two frames and a quiet moment: the panel's rendering and the page's layout beside it are done. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 300)))));
}

interface Profile { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples?: number[]; timeDeltas?: number[] }
function addSelf(into: Map<string, number>, profile: Profile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  (profile.samples ?? []).forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)') return;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    into.set(key, (into.get(key) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
}
