// The report on pages that fight a content script or its look: a strict CSP, a prototype.js-era script that replaced
// built-ins, CSS on every element with !important, a zoomed or transformed page, quirks mode, a <base> elsewhere, a
// 20,000-row table after the report, rules of the page's own of more weight than the marks', every element a block. On each the panel is styled and beside the page, the error's first place is lit
// and brought into sight left of it, and closing gives the page back as it was, at the scroll it had.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { clickIcon, closePanel, launchWithExtension, panelPart as panel, servePages, snapshot, type Browser } from './browser.ts';

const REPORT = readFileSync('test/fixtures/pages/shanghai-office-2019.html', 'utf8');
const head = (extra: string) => REPORT.replace('</head>', `${extra}</head>`);
const FIGHTS: Record<string, string> = {
  csp: REPORT.replace('<head>', `<head><meta http-equiv="Content-Security-Policy" content="script-src 'self'; style-src 'self'">`),
  builtins: head(`<script>
Array.prototype.toJSON = function () { return 'A'; }; Array.prototype.map = function () { return []; }; Array.from = () => [];
JSON.stringify = () => '"x"'; JSON.parse = () => null; Object.assign = () => ({});
Element.prototype.getAttribute = () => null; Element.prototype.setAttribute = () => {}; Element.prototype.querySelectorAll = () => [];
Element.prototype.closest = () => null; Element.prototype.attachShadow = () => { throw new Error('no'); };
Object.defineProperty(window, 'customElements', { value: null });
</script>`),
  important: head(`<style>* { font: 20px/1.8 serif !important; color: red !important; background: yellow !important; box-sizing: content-box !important; }
  div, button { border: 5px solid green !important; margin: 0 !important; padding: 4px !important; position: static !important; }</style>`),
  zoom: head('<style>html { zoom: 1.25 }</style>'),
  transform: head('<style>body { transform: translateX(40px) scale(1.1); transform-origin: 0 0 }</style>'),
  quirks: REPORT.replace(/^<!DOCTYPE html>\s*/i, ''),
  base: head('<base href="http://elsewhere.example.com/">'),
  // Rules of the page's own about its table's cells, of more weight than the marks' (an id), !important.
  outranks: head(`<style>#ivs_content td { outline: none !important; background: #fff !important; color: #999 !important; position: static !important; }</style>`),
  // Every element a block of 100 px in large type, none placed: the cells stacked down a page 70,000 px tall, the panel's own element too.
  blocks: head('<style>* { display: block !important; position: static !important; width: 100px !important; font: 20px/1.8 serif !important; }</style>'),
  rows: REPORT.replace('</body>', `<table>${'<tr><td>第</td><td>1</td><td>2</td></tr>'.repeat(20_000)}</table></body>`),
};
const url = (name: string) => `http://www.shanghai.gov.cn/nw12344/20200131/fights-${name}.html`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchWithExtension();
  await servePages(browser.context, new Map(Object.entries(FIGHTS).map(([name, html]) => [url(name), html])));
});
afterAll(async () => { await browser?.close(); });

it.each(Object.keys(FIGHTS))('marks, lights and gives back the page that fights with %s', async (name) => {
  const page = await browser.context.newPage();
  await page.goto(url(name));
  await page.evaluate(() => scrollTo(0, 200));
  const before = await snapshot(page);
  await clickIcon(browser.worker, url(name));
  await panel(page, '[data-testid=issuer]').waitFor({ state: 'attached' });

  // Styled, at the window's right, over whatever the page put there.
  const box = (await panel(page).boundingBox())!;
  expect({ right: box.x + box.width, y: box.y, height: box.height, wide: box.width >= 420 }).toEqual({ right: 1280, y: 0, height: 800, wide: true });
  expect(await panel(page).evaluate((p) => `${getComputedStyle(p).backgroundColor} ${getComputedStyle(p).fontSize}`)).toBe('rgb(255, 255, 255) 14px');
  expect(await page.locator('[data-grl-conflict]').count()).toBeGreaterThan(0);

  // The error's first place (the text's figure, or a cell): lit, and brought into sight left of the panel.
  await panel(page, 'button.finding[data-rule="prose/table-agreement"]').click();
  await expect.poll(() => page.evaluate((edge) => {
    const places: (Element | Range)[] = [];
    for (const cell of document.querySelectorAll('[data-grl-chosen]')) places.push(cell);
    for (const range of CSS.highlights.get('grl-current') ?? CSS.highlights.get('grl-chosen') ?? []) places.push(range as Range);
    let seen = places.length > 0 ? 'out of sight' : 'none lit';
    for (const place of places) {
      const r = place.getBoundingClientRect();
      if (r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= edge + 1) seen = 'in sight';
    }
    return seen;
  }, box.x)).toBe('in sight');

  await closePanel(page);
  expect(await snapshot(page)).toEqual(before);
  expect(await page.evaluate(() => `${scrollY}`)).toBe('200');
  await page.close();
});

it('marks the cells in conflict and lights the chosen ones over rules of the page of any weight', async () => {
  const page = await browser.context.newPage();
  await page.goto(url('outranks'));
  await clickIcon(browser.worker, url('outranks'));
  await panel(page, '[data-testid=issuer]').waitFor({ state: 'attached' });
  const looks = (selector: string) => page.evaluate((s) => [...document.querySelectorAll(s)].map((cell) => {
    const style = getComputedStyle(cell);
    return `${style.outlineStyle} ${style.outlineWidth} ${style.backgroundColor} ${style.color}`;
  }), selector);
  const conflicts = await looks('[data-grl-conflict="error"]');
  expect(conflicts.length).toBeGreaterThan(0);
  for (const look of conflicts) expect(look).toMatch(/^solid 3px /);
  // The badge on the cell needs the cell placed.
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('[data-grl-conflict]')!).position)).toBe('relative');

  await panel(page, 'button.finding[data-rule="prose/table-agreement"]').click();
  await expect.poll(async () => {
    const chosen = await looks('[data-grl-chosen]:not([data-grl-flash])');
    return chosen.length > 0 && chosen.every((look) => look.endsWith(' rgb(253, 214, 99) rgb(31, 31, 31)'));
  }, { timeout: 5000 }).toBe(true);
  await closePanel(page);
  await page.close();
});
