// A report whose tables are laid out as text (a <pre> of tab-separated rows, as pasted from a spreadsheet): its
// figures are lit where they stand in the text, and those in conflict in their severity's look, and the pointer on one
// shows what was read there, as a <table>'s cells are.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixtureHtml, fixtureUrl } from '../support/fixtures.ts';
import { laidOut, preOfRows } from '../support/laid-out.ts';
import { closePanel, launchWithExtension, panelPart as panel, servePages, showPanel, snapshot, type Browser } from './browser.ts';
import { conflictRangesInPage, expectedFor } from './expected.ts';

// tieling-2019's tables as text, its 自然人 予以公开 27 made 28: neither that row nor that column balances any more.
const FILE = join(mkdtempSync(join(tmpdir(), 'grl-')), 'tieling-2019-as-text.html');
const URL = fixtureUrl('tieling-2019.html').replace(/\.html$/, '-as-text.html');
const asText = laidOut(fixtureHtml('tieling-2019.html'), preOfRows);
writeFileSync(FILE, asText.replace('(一)予以公开\t27\t', '(一)予以公开\t28\t'));

let browser: Browser;
beforeAll(async () => {
  browser = await launchWithExtension();
  await servePages(browser.context, new Map([[URL, readFileSync(FILE, 'utf8')]]));
});
afterAll(async () => { await browser?.close(); });

interface Lit { row: string; figure: string }

/** The figures a highlight lights, each with its line of the text up to it. */
const litBy = (name: string) => `[...(CSS.highlights.get(${JSON.stringify(name)}) ?? [])].map((range) => {
  const text = range.startContainer.textContent;
  return { row: text.slice(text.lastIndexOf('\\n', range.startOffset - 1) + 1, range.startOffset), figure: range.toString() };
})`;

it('lights the figures of a table laid out as text that are in conflict as errors, the others only as read', async () => {
  expect(readFileSync(FILE, 'utf8')).not.toBe(asText);
  const expected = await expectedFor(FILE, URL);
  const page = await browser.context.newPage();
  await page.goto(URL);
  const before = await snapshot(page);
  await showPanel(browser, page, URL, '.report-header');

  expect(await page.evaluate(conflictRangesInPage)).toEqual(expected.conflictRanges);
  const errors: Lit[] = await page.evaluate(litBy('grl-conflict-error'));
  expect(errors).toContainEqual({ row: '三、本年度办理结果\t(一)予以公开\t', figure: '28' });
  // 新收 (33 + 2 + 7 = 42) balances: read, in no conflict.
  const newReceived = (lit: Lit[]) => lit.filter((l) => l.row.startsWith('一、本年新收'));
  expect(newReceived(await page.evaluate(litBy('grl-prose'))).map((l) => l.figure)).toEqual(['33?', '2', '0?', '0?', '7', '0?', '42']);
  expect(newReceived(errors)).toEqual([]);

  // The pointer on a figure (scrolled to the window's middle) shows what was read there, as on a <table>'s cell: its name, its value and the findings on it.
  const centre = (name: string, row: string, figure: string) => page.evaluate(`(() => {
    const lit = [...CSS.highlights.get(${JSON.stringify(name)})].find((range) => {
      const text = range.startContainer.textContent;
      return range.toString() === ${JSON.stringify(figure)} && text.slice(text.lastIndexOf('\\n', range.startOffset - 1) + 1).startsWith(${JSON.stringify(row)});
    });
    scrollBy(0, lit.getBoundingClientRect().top - innerHeight / 2);
    const box = lit.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  })()`) as Promise<{ x: number; y: number }>;
  const tooltip = panel(page, '[data-testid=cell-tooltip]');
  const granted = await centre('grl-conflict-error', '三、本年度办理结果\t(一)予以公开', '28');
  await page.mouse.move(granted.x, granted.y);
  await expect(tooltip.locator('strong').textContent()).resolves.toBe('予以公开·自然人');
  await expect(tooltip.textContent()).resolves.toMatch(/^予以公开·自然人读取值：28错误/);
  const total = await centre('grl-prose', '一、本年新收', '42');
  await page.mouse.move(total.x, total.y);
  await expect.poll(() => tooltip.textContent()).toBe('本年新收·总计读取值：42');
  // Off the figures, along the row's label, it goes.
  await page.mouse.move(total.x, total.y - 200);
  await tooltip.waitFor({ state: 'detached' });

  await closePanel(page);
  expect(await snapshot(page)).toEqual(before);
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
  await page.close();
});
