// A row of a table stacked a cell a <tr> that the page cut short (wuhan-hannan-ybj-2020's 予以公开: five 0s under seven
// columns, read as no figure): each of its figures is lit where it stands, and a click on any one lights the row's finding
// over all five, counted from the one clicked (it lit the first 0 alone, all seven columns bound to it).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, panelPart, servePages, showPanel, type Browser } from './browser.ts';

const FILE = 'test/corpus/mid/wuhan-hannan-ybj-2020.html';
const URL = 'https://www.whkfq.gov.cn/xxgk/zfxxgkndbg/zfxxgkndbg2020/202101/t20210114_1597352.html';

let browser: Browser;
beforeAll(async () => {
  browser = await launchWithExtension();
  await servePages(browser.context, new Map([[URL, readFileSync(FILE, 'utf8')]]));
});
afterAll(async () => { await browser?.close(); });

/** Which of the cut row's <tr>s (0 to 4, after its label's) a highlight's ranges stand in (the last figure holds the columns left over). */
const rowsLitBy = (name: string) => `(() => {
  const rows = [...document.querySelectorAll('tr')];
  const label = rows.findIndex((tr) => tr.textContent === '(一)予以公开');
  const lit = [...(CSS.highlights.get(${JSON.stringify(name)}) ?? [])].map((r) => rows.indexOf(r.startContainer.parentElement.closest('tr')) - label - 1);
  return [...new Set(lit.filter((k) => k >= 0))].sort();
})()`;

it('lights each figure of a row cut short where it stands, and a click on one picks the row\'s finding from there', async () => {
  const page = await browser.context.newPage();
  await page.goto(URL);
  await showPanel(browser, page, URL, '.report-header');
  expect(await page.evaluate(rowsLitBy('grl-prose'))).toEqual([0, 1, 2, 3, 4]);
  for (const k of [2, 4, 0]) {
    const figure = page.locator('tr').filter({ hasText: /^\(一\)予以公开$/ }).locator(`xpath=following-sibling::tr[${k + 1}]/td`);
    await figure.scrollIntoViewIfNeeded();
    const box = (await figure.evaluate((td) => { const range = document.createRange(); range.selectNodeContents(td.firstChild!); const r = range.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; }));
    await page.mouse.click(box.x, box.y);
    await expect.poll(() => panelPart(page).textContent()).toContain(`第 ${k + 1}/5 处`);
    expect(await page.evaluate(rowsLitBy('grl-chosen'))).toEqual([0, 1, 2, 3, 4]);
  }
  await page.close();
});
