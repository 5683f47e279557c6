// Opening and closing the panel the way an impatient or a busy reader does: clicking again while a long page is still
// read, pressing Esc for the page's own search box or dialog, going back to where they read once a jump took them
// elsewhere, and a page that is no report, where there is nothing to copy or download.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { badgeOf, clickIcon, closePanel, HOST, launchWithExtension, nextScrollEnd, openPanel, PANEL, panelClosed, panelHost, panelPart as panel, servePages, showPanel, waitFor, type Browser } from './browser.ts';

const SHANGHAI = 'https://www.shanghai.gov.cn/nw12344/20200131/0001.html';
// 上海's report with what a portal puts around it: its site search box and an image preview in a <dialog>.
const WITH_SEARCH = 'https://www.shanghai.gov.cn/nw12344/20200131/0001-search.html';
// 国务院办公厅政府信息公开指南(试行) on 新浪广西: no report.
const SINA = 'http://gx.sina.com.cn/news/gx/2014-06-04/153116084.html';

let browser: Browser;
beforeAll(async () => {
  browser = await launchWithExtension();
  const shanghai = readFileSync('test/fixtures/pages/shanghai-office-2019.html', 'utf8');
  await servePages(browser.context, new Map([
    [SHANGHAI, shanghai],
    [WITH_SEARCH, shanghai.replace('<div class="header">', '<div class="header"><input id="site-search" placeholder="站内搜索"> <dialog id="preview"><p>图片预览</p></dialog>')],
    [SINA, readFileSync('test/e2e/pages/sina-guowuyuan-zhinan.html', 'utf8')],
  ]));
});
afterAll(async () => { await browser?.close(); });
afterEach(async () => { for (const page of browser.context.pages()) await page.close(); });

const open = (url: string): Promise<Page> => openPanel(browser, url, '.report-header');

// In the page's own world: what the panel's body said each time it changed, from the moment the panel came. (A string:
// the test's compiler would name the functions with a helper the page does not have.)
const RECORD_PANEL = `{
  const said = (window.panelSaid = []);
  new MutationObserver(() => {
    const host = document.querySelector(${JSON.stringify(HOST)});
    if (!host || host.recorded) return;
    host.recorded = true;
    const note = () => {
      const text = host.isConnected ? host.shadowRoot.querySelector(${JSON.stringify(`${PANEL} .body`)})?.textContent ?? '' : 'gone';
      if (said.at(-1) !== text) said.push(text);
    };
    note();
    new MutationObserver(note).observe(host.shadowRoot, { subtree: true, childList: true, characterData: true });
    new MutationObserver(note).observe(document.body, { childList: true });
  }).observe(document, { subtree: true, childList: true });
}`;

// long-portal-shanghai: nothing showed for seconds after the click, only the badge's …; clicked again at 1.5 s, the panel
// appeared at 6.8 s and was gone 385 ms later, the second click taken for a close.
it('opens the panel at once saying it reads the page, fills it when read, and takes a click meanwhile for nothing', async () => {
  const page = await browser.context.newPage();
  await page.addInitScript(RECORD_PANEL);
  await page.goto(SHANGHAI);
  // On gov.cn the page was checked as it loaded: the click reads it again as the panel opens. The page's CPU slowed 6×,
  // as on an old laptop, that reading takes long.
  await waitFor(() => badgeOf(browser.worker, SHANGHAI), (b) => b.text !== '' && b.text !== '•');
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await clickIcon(browser.worker, SHANGHAI);
  expect((await waitFor(() => badgeOf(browser.worker, SHANGHAI), (b) => b.text === '…')).title).toBe('年报透视：正在读取本页…');
  await clickIcon(browser.worker, SHANGHAI);
  await waitFor(() => badgeOf(browser.worker, SHANGHAI), (b) => b.text !== '…');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await panel(page, '[data-testid=issuer]').waitFor({ state: 'attached' }); // in the header, folded below 900 px of height
  // The second click closed nothing, then or later.
  await page.waitForTimeout(500);
  expect(await panelHost(page).count()).toBe(1);
  const said = await page.evaluate(() => (window as unknown as { panelSaid: string[] }).panelSaid);
  expect(said[0]).toBe('正在读取本页…');
  expect(said.length).toBeGreaterThan(1);
  // The status line saying what was found (to a screen reader: ux6; to the eye, the badge's mark and words: ux11), then the
  // header folded to its line below 900 px of height.
  expect(said.slice(1).every((text) => text.startsWith('已读取本页：1发现 1 个错误、8 条提醒或信息报告概况：2019 版表格，是年报的把握 100%发布机关上海市人民政府办公厅'))).toBe(true);
});

it('leaves Esc to the page\'s search box and dialog, and closes on Esc from a marked cell', async () => {
  const page = await open(WITH_SEARCH);
  const marked = await page.locator('[data-grl-figure]').count();
  // Typing in the portal's search box, the reader clears it with Esc.
  await page.locator('#site-search').click();
  await page.keyboard.type('年报');
  await page.keyboard.press('Escape');
  expect([await panelHost(page).count(), await page.locator('[data-grl-figure]').count()]).toEqual([1, marked]);
  // The page's image preview closes on Esc, the panel stays.
  await page.evaluate(() => (document.getElementById('preview') as HTMLDialogElement).showModal());
  await page.keyboard.press('Escape');
  expect(await page.evaluate(() => (document.getElementById('preview') as HTMLDialogElement).open)).toBe(false);
  expect([await panelHost(page).count(), await page.locator('[data-grl-figure]').count()]).toEqual([1, marked]);
  // A key the page's own script handled is the page's.
  await page.evaluate(() => document.addEventListener('keydown', (e) => e.preventDefault(), { once: true }));
  await page.evaluate(() => (document.activeElement as HTMLElement).blur());
  await page.keyboard.press('Escape');
  expect(await panelHost(page).count()).toBe(1);
  // On a cell in conflict, reached by Tab, Esc is the panel's.
  await page.locator('[tabindex="0"][data-grl-conflict]').first().focus();
  await closePanel(page);
  expect(await page.locator('[data-grl-figure]').count()).toBe(0);
});

// shanghai-office-2019: read at 600 px down, a finding's jump took the page to 3,469, where closing left it.
it('takes the page back on close to where the reader was when the panel opened, unless they scrolled since the last jump', async () => {
  const page = await browser.context.newPage();
  await page.goto(SHANGHAI);
  const scrolled = () => page.evaluate(() => Math.round(window.scrollY));
  // Each scroll waited for to its end: the jump's smooth scroll (a wheel turned during it is lost to it), the wheel's.
  const scrolling = async (scroll: () => Promise<unknown>) => {
    const end = await nextScrollEnd(page);
    await scroll();
    await end.evaluate((e) => e.ended);
    return scrolled();
  };
  const openAt = async (y: number) => {
    await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
    await showPanel(browser, page, SHANGHAI, '.report-header');
    // 表三's rows, far down the page.
    return scrolling(() => panel(page, 'button.finding[data-rule="applications/row-sum"]').click());
  };
  const close = async () => {
    await panel(page, '[data-action=close]').click();
    await panelClosed(page);
  };
  expect(await openAt(600)).toBeGreaterThan(1600);
  await close();
  expect(await scrolled()).toBe(600);
  // The reader scrolls on from where the jump took them: the page stays where they went, the text they had before them
  // still in view (the page given back its width rewraps it, keeping it where it stood: the offset differs).
  const jumped = await openAt(600);
  await page.mouse.move(200, 400);
  expect(await scrolling(() => page.mouse.wheel(0, 300))).toBeGreaterThanOrEqual(jumped + 300);
  const read = await page.evaluateHandle(() => document.elementFromPoint(200, 400)!);
  await close();
  expect(await read.evaluate((e) => { const r = e.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; })).toBe(true);
  expect(await scrolled()).toBeGreaterThan(1600);
});

// sina-guowuyuan-zhinan: 复制 JSON, 下载 JSON, 数字 CSV and 检查结果 CSV were offered, each giving an empty govreport.json.
it('offers nothing to copy or download on a page that is not a report, saying why', async () => {
  const page = await open(SINA);
  await panel(page, '.notice').filter({ hasText: '本页不是政府信息公开年报' }).waitFor();
  const buttons = panel(page, '.actions button');
  expect(await buttons.evaluateAll((all) => all.map((b) => [(b as HTMLButtonElement).disabled, (b as HTMLButtonElement).title]))).toEqual(
    Array(2).fill([true, '本页不是政府信息公开年报，没有可复制或下载的数字和检查结果']), // 复制 JSON and the menu of the rest
  );
});
