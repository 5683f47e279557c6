// The panel beside the page as readers use it: in a small window a finding's jump lands on a cell clear of
// the panel, the page keeps its whole width when the panel is folded away; a reader who asked for less motion
// gets no blinking; the printed page carries no panel.
import { readFileSync } from 'node:fs';
import type { ElementHandle, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { clickIcon, launchWithExtension, servePages, snapshot, type Browser } from './browser.ts';

const REPORT = 'test/fixtures/pages/shanghai-office-2019.html';
const URL = 'https://www.shanghai.gov.cn/nw12344/20200131/0001.html';

let browser: Browser;
beforeAll(async () => {
  browser = await launchWithExtension();
  await servePages(browser.context, new Map([[URL, readFileSync(REPORT, 'utf8')]]));
});
afterAll(async () => { await browser?.close(); });
// A test that failed half-way leaves its tab open, and the icon's click would go to it: each test starts alone.
afterEach(async () => { for (const page of browser.context.pages()) await page.close(); });

/** The report in a window of that size with the panel open, and the page as it was before. */
async function open(width: number, height: number): Promise<{ page: Page; before: Awaited<ReturnType<typeof snapshot>> }> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(URL);
  const before = await snapshot(page);
  await clickIcon(browser.worker, URL);
  await page.locator('grl-panel .panel [data-testid=issuer]').waitFor();
  return { page, before };
}

/** Where `cell` is, and where the panel starts, in the viewport. */
const boxOf = (cell: ElementHandle) => cell.evaluate((c) => {
  const box = (c as Element).getBoundingClientRect();
  const panel = document.querySelector('grl-panel')!.shadowRoot!.querySelector('.panel')!.getBoundingClientRect();
  return { left: box.left, right: box.right, top: box.top, bottom: box.bottom, panelLeft: panel.left };
});

/** Resolves `ended` at the page's next scrollend: listening before the click that scrolls catches a scroll however short or slow. */
const nextScrollEnd = (page: Page) =>
  page.evaluateHandle(() => ({ ended: new Promise<void>((done) => { addEventListener('scrollend', () => done(), { once: true }); }) }));

it('jumps to a finding\'s cell clear of the panel in a small window, and gives the page back its width', async () => {
  const { page, before } = await open(1024, 700);
  // Both findings of this page are about 表三 and 表二, whose figures span the page's width.
  for (const finding of await page.locator('grl-panel button.finding').all()) {
    // The last jump's cells have stopped blinking: the cells lit after this click are this jump's.
    await page.locator('[data-grl-flash]').first().waitFor({ state: 'detached' });
    const scroll = await nextScrollEnd(page);
    await finding.click();
    const lit = await page.locator('[data-grl-flash]').elementHandles();
    expect(lit.length).toBeGreaterThan(0);
    await scroll.evaluate((s) => s.ended); // the smooth scroll, as long as it takes
    const cell = await boxOf(lit[0]!);
    expect(cell.left).toBeGreaterThanOrEqual(0);
    expect(cell.right).toBeLessThanOrEqual(cell.panelLeft + 1);
    expect([cell.top >= 0, cell.bottom <= 700]).toEqual([true, true]);
    // The panel keeps the focus, and its status line says where the jump went.
    expect(await finding.evaluate((b) => (b.getRootNode() as ShadowRoot).activeElement === b)).toBe(true);
    expect(await page.locator('grl-panel [role=status].feedback').textContent()).toBe(`已在页面上标出 ${lit.length} 处`);
  }
  // Folded to its tab, the panel leaves the page its whole width.
  const room = () => page.evaluate(() => getComputedStyle(document.documentElement).paddingRight);
  expect(await room()).toBe('420px');
  await page.locator('grl-panel button[aria-controls=grl-panel-body]').click();
  await expect.poll(room).toBe('0px');
  await page.keyboard.press('Escape');
  await page.locator('grl-panel').waitFor({ state: 'detached' });
  expect(await snapshot(page)).toEqual(before);
});

it('lights the found cell without blinking or gliding for a reader who asked for less motion', async () => {
  const { page } = await open(1280, 800);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.locator('grl-panel button.finding').first().click();
  const lit = await page.evaluate(() => {
    const cell = document.querySelector('[data-grl-flash]')!;
    return { animations: cell.getAnimations().length, background: getComputedStyle(cell).backgroundColor, scrolled: scrollY > 0 };
  });
  expect(lit).toEqual({ animations: 0, background: 'rgb(253, 214, 99)', scrolled: true });
});

it('prints the page without the panel, the cells in conflict still outlined', async () => {
  const { page } = await open(1280, 800);
  // A marked cell the page itself shades keeps its shade on paper.
  await page.evaluate(() => { document.querySelector<HTMLElement>('[data-grl-figure]')!.style.backgroundColor = 'rgb(221, 235, 247)'; });
  await page.emulateMedia({ media: 'print' });
  await expect.poll(() => page.locator('grl-panel .panel').isVisible()).toBe(false);
  const marks = await page.evaluate(() => ({
    figure: getComputedStyle(document.querySelector('[data-grl-figure]')!).boxShadow,
    shade: getComputedStyle(document.querySelector('[data-grl-figure]')!).backgroundColor,
    conflict: getComputedStyle(document.querySelector('[data-grl-conflict]')!).outlineStyle,
    badge: getComputedStyle(document.querySelector('[data-grl-conflict]')!, '::after').content,
    room: getComputedStyle(document.documentElement).paddingRight,
  }));
  expect(marks).toEqual({ figure: 'none', shade: 'rgb(221, 235, 247)', conflict: 'solid', badge: 'none', room: '0px' });
});
