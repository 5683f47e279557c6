// Pages whose content changes after load, as portals built on Vue/React, Hanweb's jpage or TRS serve
// them: a report body loaded after the page, and a small SPA that moves between a report and a
// notice by pushState and back by popstate, or re-renders the article in place.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askState, badgeOf, clickIcon, closePanel, extensionScriptsRan, hear, heardOf, launchWithExtension, panelPart as panel, servePages, statesIn, waitFor, type Browser, type Heard } from './browser.ts';
import { badgeText, expectedFor, pathsInPage, type Expected } from './expected.ts';

const SITE = 'http://www.nxld.gov.cn';
// The report's article, without the page around it.
const ARTICLE = readFileSync('test/fixtures/pages/longde-chengguan-2021.html', 'utf8').match(/<body>([\s\S]*)<\/body>/)![1]!;
const NOTICE = '<div class="article"><h1>关于做好春节期间值班工作的通知</h1><p>各村（社区）、各站所：现将春节期间值班安排通知如下。</p></div>';
const asScript = (html: string) => JSON.stringify(html).replace(/</g, '\\u003c');

// A portal shell whose title names no report; its script fills #app (the two pages agree in everything but that).
const shell = (app: string, script: string) => `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>隆德县人民政府</title></head>
<body><div id="app">${app}</div><script>${script}</script></body></html>`;

// Its body arrives as an XHR's answer would, here when the test says (window.arrive()).
const LATE = { url: `${SITE}/xxgk/jpage/0001.html`, script: `window.arrive = () => { document.getElementById('app').innerHTML = ${asScript(ARTICLE)}; };` };
// The SPA renders each route from its data (never from the DOM, which would copy the annotator's marks).
const REPORT = `${SITE}/xxgk/spa/nb-2021.html`;
const NOTICE_URL = `${SITE}/xxgk/spa/tzgg-0001.html`;
const SPA_SCRIPT = `
const routes = { '/xxgk/spa/nb-2021.html': ${asScript(ARTICLE)}, '/xxgk/spa/tzgg-0001.html': ${asScript(NOTICE)} };
let shown = location.pathname;
window.render = () => { shown = location.pathname; document.getElementById('app').innerHTML = routes[shown]; };
window.go = (path) => { history.pushState(null, '', path); window.render(); };
// As many routers do: the address first, the content once its data came.
window.goSlowly = (path) => { history.pushState(null, '', path); setTimeout(window.render, 800); };
// As a history-mode router does: a jump within the page (#zoom) is no route.
addEventListener('popstate', () => { if (location.pathname !== shown) window.render(); });`;

const dir = mkdtempSync(join(tmpdir(), 'grl-dynamic-'));
/** What the engine finds in `html` (the page as it ends up) at `url`. */
async function expectedOf(name: string, html: string, url: string): Promise<Expected> {
  const file = join(dir, name);
  writeFileSync(file, html);
  return expectedFor(file, url);
}

let browser: Browser;
let spa: Expected;

beforeAll(async () => {
  spa = await expectedOf('spa.html', shell(ARTICLE, SPA_SCRIPT), REPORT);
  browser = await launchWithExtension();
  await servePages(browser.context, new Map([
    [LATE.url, shell('', LATE.script)],
    [REPORT, shell(ARTICLE, SPA_SCRIPT)],
  ]));
});
afterAll(async () => { await browser?.close(); });

/** The annotator's traces on the page: marked cells, its style, its highlights. */
const traces = (page: Page) => page.evaluate(() =>
  document.querySelectorAll('[data-grl-figure], [data-grl-conflict], [data-grl-style], [data-grl-focusable]').length + CSS.highlights.size);

/** A new tab on the SPA's report, the panel open. */
async function openReport(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(REPORT);
  await clickIcon(browser.worker, REPORT);
  await panel(page, '[data-testid=issuer]').waitFor({ state: 'attached' }); // in the header, folded below 900 px of height
  expect(await page.evaluate(pathsInPage('[data-grl-figure]'))).toEqual(spa.figureCells);
  return page;
}

/** Closes the panel: nothing of the annotator is left on the page. */
async function close(page: Page) {
  await closePanel(page);
  expect(await traces(page)).toBe(0);
  await page.close();
}

describe('a page whose content changes after load', () => {
  it('badges a report whose body arrives after the page', async () => {
    const expected = await expectedOf('late.html', shell(ARTICLE, LATE.script), LATE.url);
    expect(expected.report.document).toMatchObject({ isReport: true, issuer: '隆德县城关镇人民政府', year: 2021 });
    const page = await browser.context.newPage();
    await page.goto(LATE.url);
    // The detector has looked at the empty shell and is watching it: no badge until the body arrives.
    await extensionScriptsRan(browser.context, page);
    expect((await badgeOf(browser.worker, LATE.url)).text).toBe('');
    await page.evaluate(() => (window as unknown as { arrive(): void }).arrive());
    const badge = await waitFor(() => badgeOf(browser.worker, LATE.url), (b) => b.text === badgeText(expected.report));
    expect(badge.text).toBe(badgeText(expected.report));
    expect(await traces(page)).toBe(0);
    await page.close();
  });

  it('follows an SPA from the report to a notice and back: the badge resets, the open panel offers to read the new page', async () => {
    const page = await openReport();
    expect((await waitFor(() => badgeOf(browser.worker, REPORT), (b) => b.text === badgeText(spa.report))).text).toBe(badgeText(spa.report));

    // A jump within the page is no navigation: the badge, the panel and the marks stay. The extension's scripts
    // hear of the jump as it is made (the Navigation API's navigate) and weigh it in a timer task of their own:
    // once the page's hashchange and a timer queued after it have run, so has theirs.
    await page.evaluate(async () => {
      const heard = new Promise((done) => { addEventListener('hashchange', done, { once: true }); });
      location.hash = 'zoom';
      await heard;
      await new Promise((done) => { setTimeout(done, 0); });
    });
    expect((await badgeOf(browser.worker, REPORT)).text).toBe(badgeText(spa.report));
    expect(await panel(page, '.notice.changed').count()).toBe(0);
    expect(await page.evaluate(pathsInPage('[data-grl-figure]'))).toEqual(spa.figureCells);

    await page.evaluate(() => (window as unknown as { go(path: string): void }).go('/xxgk/spa/tzgg-0001.html'));
    const reset = await waitFor(() => badgeOf(browser.worker, NOTICE_URL), (b) => b.text === '');
    expect(reset).toEqual({ text: '', title: '' });
    await panel(page, '.notice.changed').filter({ hasText: '页面已变化' }).waitFor();
    expect(await traces(page)).toBe(0);
    const notice = await page.locator('#app').innerHTML();
    expect(notice).toBe(NOTICE);

    await panel(page, '[data-action=reread]').click();
    await panel(page, '.notice').filter({ hasText: '本页不是政府信息公开年报' }).waitFor();
    expect(await panel(page, '.notice.changed').count()).toBe(0);
    expect(await waitFor(() => badgeOf(browser.worker, NOTICE_URL), (b) => b.title !== '')).toEqual({ text: '', title: '年报透视：本页不是政府信息公开年报' });

    // Back to the report: detected and checked again, the panel told the page changed once more.
    await page.goBack();
    expect((await waitFor(() => badgeOf(browser.worker, REPORT), (b) => b.text === badgeText(spa.report))).text).toBe(badgeText(spa.report));
    await panel(page, '.notice.changed').waitFor();
    await panel(page, '[data-action=reread]').click();
    // Read once the button has said so on screen: the notice goes with the reading done.
    await panel(page, '.notice.changed').waitFor({ state: 'detached' });
    expect(await panel(page, '[data-testid=issuer]').textContent()).toBe('隆德县城关镇人民政府');
    expect(await page.evaluate(pathsInPage('[data-grl-figure]'))).toEqual(spa.figureCells);

    await close(page);
  });

  it('does not take the article still shown after an SPA changed the address for the new page', async () => {
    const page = await browser.context.newPage();
    await page.goto(REPORT);
    expect((await waitFor(() => badgeOf(browser.worker, REPORT), (b) => b.text === badgeText(spa.report))).text).toBe(badgeText(spa.report));
    const tab = await hear(browser.worker, REPORT);
    // The head changes after the detector stopped looking (a widget filled in): still the page left.
    await page.evaluate(() => { document.querySelector('#app')!.prepend('分享到：'); });
    await page.evaluate(() => (window as unknown as { goSlowly(path: string): void }).goSlowly('/xxgk/spa/tzgg-0001.html'));
    // Each script weighs the new address in a task of its own, the detector's first (it listened first), and looks at
    // the page in it: by the time the annotator announces it forgot the report, the detector has seen the article
    // still shown and said only that the report was left.
    const heard = await heardOf(browser.worker, tab, (h) => statesIn(h).some((s) => !s?.checked));
    expect(heard.filter((m) => m.type === 'grl:detected')).toMatchObject([{ type: 'grl:detected', report: false }]);
    expect(await waitFor(() => badgeOf(browser.worker, NOTICE_URL), (b) => b.text === '')).toEqual({ text: '', title: '' });
    await page.close();
  });

  it('tells the background once that the open panel\'s page was left', async () => {
    const page = await openReport();
    const tab = await hear(browser.worker, REPORT);
    await page.evaluate(() => (window as unknown as { go(path: string): void }).go('/xxgk/spa/tzgg-0001.html'));
    await panel(page, '.notice.changed').waitFor();
    // Asked now, the annotator reads the notice: what it announced before is all it said of the page left.
    const { state, heard } = await askState(browser.worker, tab);
    expect(state).toMatchObject({ checked: true, isReport: false, open: true });
    expect(heard.filter((s) => !s?.checked)).toEqual([{ checked: false, isReport: false, confidence: 0, errors: 0, others: 0, copy: false, unchecked: null, failed: false, open: true }]);
    await close(page);
  });

  it('keeps the open panel\'s reading, marks and badge when the portal only adds a parameter to the address', async () => {
    const page = await openReport();
    const tab = await hear(browser.worker, REPORT);
    await page.evaluate(() => { history.replaceState(null, '', `${location.pathname}?from=list`); });
    // The detector says the page it saw was left (it looks again 15 s later); the badge painted then still counts the reading kept.
    const left = (h: Heard[]) => h.findIndex((m) => m.type === 'grl:detected' && !m.report);
    const painted = (h: Heard[]) => (left(h) < 0 ? [] : h.slice(left(h)).filter((m) => m.type === 'badge'));
    expect(painted(await heardOf(browser.worker, tab, (h) => painted(h).length > 0))[0]).toEqual({ type: 'badge', text: badgeText(spa.report) });
    // The annotator weighs the address again before it answers: the reading it answers from is the one it kept.
    const { state, heard } = await askState(browser.worker, tab);
    const errors = spa.report.warnings.filter((w) => w.severity === 'error').length;
    expect(state).toMatchObject({ checked: true, isReport: true, errors, others: spa.report.warnings.length - errors, open: true });
    expect(heard.filter((s) => !s?.checked)).toEqual([]);
    expect(await panel(page, '.notice.changed').count()).toBe(0);
    expect(await page.evaluate(pathsInPage('[data-grl-figure]'))).toEqual(spa.figureCells);
    await close(page);
  });

  it('says the page changed when the article is re-rendered under the open panel, and marks it again on request', async () => {
    const page = await openReport();
    expect(await panel(page, '.notice.changed').count()).toBe(0);

    expect((await waitFor(() => badgeOf(browser.worker, REPORT), (b) => b.text === badgeText(spa.report))).text).toBe(badgeText(spa.report));
    await page.evaluate(() => (window as unknown as { render(): void }).render());
    await panel(page, '.notice.changed').waitFor();
    expect(await traces(page)).toBe(0);
    // What was read is of the page as it was: the badge no longer counts its findings.
    expect(await waitFor(() => badgeOf(browser.worker, REPORT), (b) => b.text === '•')).toEqual({ text: '•', title: '年报透视：本页像是政府信息公开年报，点击检查' });
    await panel(page, '[data-action=reread]').click();
    await panel(page, '.notice.changed').waitFor({ state: 'detached' });
    // The button went with the notice: the focus is back in the panel, where Esc (close, below) reaches it.
    await page.waitForFunction((p) => (p.getRootNode() as ShadowRoot).activeElement === p, await panel(page).elementHandle());
    expect((await waitFor(() => badgeOf(browser.worker, REPORT), (b) => b.text === badgeText(spa.report))).text).toBe(badgeText(spa.report));
    expect(await page.evaluate(pathsInPage('[data-grl-figure]'))).toEqual(spa.figureCells);
    expect(await page.evaluate(() => CSS.highlights.get('grl-prose')?.size ?? 0)).toBe(spa.proseRanges);
    // Read with the panel open, nothing of the panel was read as the page's.
    expect(await panel(page, '[data-testid=warning-count]').textContent()).toBe(String(spa.report.warnings.length));

    await close(page);
  });
});
