// Every fixture page, in Chromium with the built extension: badge, panel, marks, Copy JSON,
// accessibility, and a page left exactly as it was after closing.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellKey } from '../../lib/cells.ts';
import { allTables, listFigures, tableLayouts } from '../../lib/labels.ts';
import { reportToCsv, tablesToTsv, warningsToCsv } from '../../lib/serialize.ts';
import { askState, badgeOf, clickIcon, CLIPBOARD_PAGE, EXTENSION, hear, heardOf, launchWithExtension, openPanel, panelClosed, panelHost, panelPart as panel, panelViolations, readClipboard, servePages, showPanel, snapshot, waitFor, type Browser, type Heard } from './browser.ts';
import { badgeText, conflictRangesInPage, expectedFor, pathsInPage, withoutExtractedAt } from './expected.ts';

const PAGES = 'test/fixtures/pages';
const SHOTS = 'docs/screenshots';
const fixtures: { file: string; url: string }[] = JSON.parse(readFileSync(join(PAGES, 'manifest.json'), 'utf8'));

// Three ways to close, spread over the fixtures: all must restore the page.
const CLOSERS = ['escape', 'icon', 'button'] as const;

// Fixtures changed as reports get them wrong, for findings about the year and the issuer: the 上海市人民政府办公厅's report
// (a department's: due by 1月31日) dated 2020-03-16, 隆德县城关镇's 2021 report with its 统计期限 left at 2020.
const VARIANTS_DIR = mkdtempSync(join(tmpdir(), 'grl-variants-'));
const VARIANTS = [
  { fixture: 'shanghai-office-2019.html', from: '2020-01-31', to: '2020-03-16', rule: 'document/published-on-time', lit: ['2020-03-16', '上海市人民政府办公厅'] },
  { fixture: 'longde-chengguan-2021.html', from: '2021年1月1日至12月31日', to: '2020年1月1日至12月31日', rule: 'document/year-agrees', lit: ['2020年1月1日至12月31日', '2021'] },
].map((v) => {
  const file = join(VARIANTS_DIR, v.fixture);
  writeFileSync(file, readFileSync(join(PAGES, v.fixture), 'utf8').replace(v.from, v.to));
  return { ...v, file, url: fixtures.find((f) => f.file === v.fixture)!.url.replace(/\.s?html$/, '-variant$&') };
});
// tieling-2019 whose text says 43 applications were taken where its 表三 says 42: a sentence's figure in conflict.
const PROSE_CONFLICT = (() => {
  const file = join(VARIANTS_DIR, 'tieling-2019-prose.html');
  writeFileSync(file, readFileSync(join(PAGES, 'tieling-2019.html'), 'utf8').replace('受理公开政府信息申请42件', '受理公开政府信息申请43件'));
  return { file, url: fixtures.find((f) => f.file === 'tieling-2019.html')!.url.replace(/\.s?html$/, '-prose$&') };
})();

let browser: Browser;

beforeAll(async () => {
  browser = await launchWithExtension();
  await servePages(browser.context, new Map([
    ...fixtures.map((f): [string, string] => [f.url, readFileSync(join(PAGES, f.file), 'utf8')]),
    ...VARIANTS.map((v): [string, string] => [v.url, readFileSync(v.file, 'utf8')]),
    [PROSE_CONFLICT.url, readFileSync(PROSE_CONFLICT.file, 'utf8')],
    [CLIPBOARD_PAGE, '<!doctype html><title>clipboard</title>'],
  ]));
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => { await browser?.close(); });


/** Shows the first finding of `rule` and gives the characters it lights on the page (the report's issuer, dates…), sorted. */
async function lightsOf(page: Page, rule: string): Promise<string[]> {
  await page.evaluate(() => CSS.highlights.delete('grl-chosen'));
  await panel(page, `button.finding[data-rule="${rule}"]`).first().click();
  const lit = await waitFor(() => page.evaluate(() => [...(CSS.highlights.get('grl-chosen') ?? [])].map((r) => (r as Range).toString())), (l) => l.length > 0);
  return lit.sort();
}

describe.each(fixtures.map((f, i) => ({ ...f, closer: CLOSERS[i % CLOSERS.length]! })))('$file', ({ file, url, closer }) => {
  it(`shows the report, marks its cells, copies the CLI's JSON, and closes by ${closer} leaving the page as it was`, async () => {
    const expected = await expectedFor(join(PAGES, file), url);
    const { report } = expected;
    const page = await browser.context.newPage();
    await page.goto(url);

    // Recognition while browsing: on gov.cn a report is checked as it loads, the page untouched.
    const autoChecked = new URL(url).hostname.endsWith('.gov.cn') && report.document.isReport;
    if (autoChecked) {
      const badge = await waitFor(() => badgeOf(browser.worker, url), (b) => b.text === badgeText(report));
      expect(badge.text).toBe(badgeText(report));
      expect(badge.title).toMatch(/^年报透视：/);
      expect([await page.locator('[data-grl-figure]').count(), await panelHost(page).count()]).toEqual([0, 0]);
    }
    const before = await snapshot(page);

    await showPanel(browser, page, url, '.report-header');

    // Header, one figure, the warnings.
    if (report.document.issuer) await expect(panel(page, '[data-testid=issuer]').textContent()).resolves.toBe(report.document.issuer);
    if (report.document.year) await expect(panel(page, '[data-testid=year]').textContent()).resolves.toBe(String(report.document.year));
    const figure = listFigures(report).find((f) => f.table !== 'proseFigures');
    if (figure) {
      const shown = await panel(page, `table[data-table=${figure.table}] td[data-path="${figure.path}"]`).first().textContent();
      expect(shown).toBe(figure.value === null ? '·' : String(figure.value));
    }
    expect(Number(await panel(page, '[data-testid=warning-count]').textContent())).toBe(report.warnings.length);
    // The badge's … (a click's reading past 150 ms) is taken away by the background after the panel shows: on a loaded machine, a moment after.
    if (report.document.isReport) expect((await waitFor(() => badgeOf(browser.worker, url), (b) => b.text !== '…')).text).toBe(badgeText(report));
    // A mirror (tieling-2019, 即时比分 injected) or a 范文 site's essay wears no ✓: its title says why.
    if (badgeText(report) === '镜') expect((await badgeOf(browser.worker, url)).title).toMatch(/^年报透视：可能是镜像、转载或范文，数字请与发布机关网站核对；/);

    // The marked cells are exactly the cells the engine bound in Node, conflicts among them.
    expect(await page.evaluate(pathsInPage('[data-grl-figure]'))).toEqual(expected.figureCells);
    expect(await page.evaluate(pathsInPage('[data-grl-conflict]'))).toEqual(expected.conflictCells);
    expect(await page.evaluate(() => CSS.highlights.get('grl-prose')?.size ?? 0)).toBe(expected.proseRanges);
    expect(await page.evaluate(conflictRangesInPage)).toEqual(expected.conflictRanges);

    // Hovering a cell in conflict, or reaching it by Tab, tells its value and its findings.
    if (expected.conflictCells.length > 0) {
      await page.locator('[data-grl-conflict]').first().hover();
      await panel(page, '[data-testid=cell-tooltip]').filter({ hasText: '读取值' }).waitFor();
      await page.mouse.move(0, 0);
      // Each finding in conflict is one Tab stop, at its first cell: a few stops, not one per figure.
      expect(await page.evaluate(pathsInPage('[tabindex="0"][data-grl-conflict]'))).toEqual(expected.stopCells);
      await page.locator('[tabindex="0"][data-grl-conflict]').last().focus();
      await panel(page, '[data-testid=cell-tooltip]').filter({ hasText: '读取值' }).waitFor();
    }

    // A finding jumps to its cells and makes them blink.
    const finding = report.warnings.findIndex((w) => w.cells.some((c) => c.table !== 'document' && c.table !== 'proseFigures'));
    if (finding >= 0 && expected.figureCells.length > 0) {
      await panel(page, `button.finding[data-rule="${report.warnings[finding]!.rule}"]`).first().click();
      await page.locator('[data-grl-flash]').first().waitFor({ state: 'attached' });
    }

    // A finding about the report's dates (its 落款, 统计期限, date line) lights them where the page states them.
    const dated = report.warnings.find((w) => w.cells.length > 0 && w.cells.every((c) => c.table === 'document') && w.cells.some((c) => expected.located.has(cellKey(c))));
    if (file === 'longde-chengguan-2021.html') expect(dated?.rule).toBe('document/signed-after-period');
    if (dated) {
      const lit = await lightsOf(page, dated.rule);
      expect(lit).toEqual(dated.cells.flatMap((c) => expected.located.get(cellKey(c)) ?? []).sort());
      // 落款日期早于统计期限截止日: the signature's date and the 统计期限 sentence's dates.
      if (file === 'longde-chengguan-2021.html') expect(lit).toEqual(['2021年1月19日', '2021年1月1日至12月31日']);
    }

    // Copy JSON gives the CLI's bytes, apart from the moment of extraction.
    await panel(page, '[data-action=copy-json]').click();
    await panel(page, '.feedback').filter({ hasText: '已复制到剪贴板' }).waitFor();
    expect(withoutExtractedAt(await readClipboard(browser))).toBe(withoutExtractedAt(expected.json));

    // One table copies as a TSV grid under a line naming the report; the CSV downloads hold every figure and
    // every finding, as the CLI writes them for the page's address.
    const [firstTable] = tableLayouts(report);
    if (firstTable) {
      await panel(page, `.figure-table:has(table[data-table=${firstTable.table}]) .table-head button`).click();
      await panel(page, '.feedback').filter({ hasText: '已复制到剪贴板' }).waitFor();
      expect(await readClipboard(browser)).toBe(tablesToTsv([firstTable], { file: url, report }));
      // All of them in one copy from the menu (ux13): one paste a report into a researcher's sheet.
      await panel(page, '[data-action=export-menu]').click();
      await panel(page, '[data-action=copy-tables]').click();
      await panel(page, '.feedback').filter({ hasText: '已复制到剪贴板：全部数字' }).waitFor();
      expect(await readClipboard(browser)).toBe(tablesToTsv(allTables(report), { file: url, report }));
    }
    // The other exports are in the menu beside 复制 JSON, opened by a click or by the keyboard (↑ on its last item).
    await panel(page, '[data-action=export-menu]').click();
    const [download] = await Promise.all([page.waitForEvent('download'), panel(page, '[data-action=download-csv]').click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toBe('\uFEFF' + reportToCsv([{ file: url, report }]));
    // The status line names the file saved: it said 已复制到剪贴板：全部数字 still, the copy before.
    await panel(page, '.feedback').filter({ hasText: `已下载：${download.suggestedFilename()}` }).waitFor({ timeout: 2000 });
    await panel(page, '[data-action=export-menu]').focus();
    await page.keyboard.press('ArrowUp');
    const [findings] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(readFileSync(await findings.path(), 'utf8')).toBe('\uFEFF' + warningsToCsv([{ file: url, report }]));
    // The JSON download is the CLI's JSON too; the three files are named for the issuer and the year.
    await panel(page, '[data-action=export-menu]').click();
    const [saved] = await Promise.all([page.waitForEvent('download'), panel(page, '[data-action=download-json]').click()]);
    expect(withoutExtractedAt(readFileSync(await saved.path(), 'utf8'))).toBe(withoutExtractedAt(expected.json));
    const { issuer, year } = report.document;
    if (issuer && year) {
      expect([download.suggestedFilename(), findings.suggestedFilename(), saved.suggestedFilename()])
        .toEqual([`govreport-${issuer}-${year}.csv`, `govreport-${issuer}-${year}.warnings.csv`, `govreport-${issuer}-${year}.json`]);
    }

    // The panel passes an automated accessibility check (axe-core, WCAG 2 A/AA).
    expect(await panelViolations(page)).toEqual([]);

    await page.screenshot({ path: join(SHOTS, file.replace(/\.html$/, '.png')) });

    if (closer === 'escape') await page.keyboard.press('Escape');
    else if (closer === 'icon') await clickIcon(browser.worker, url);
    else await panel(page, '[data-action=close]').click();
    await panelClosed(page);
    const after = await snapshot(page);
    expect(after.html).toBe(before.html);
    expect(after.text).toBe(before.text);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await page.close();
  });
});

// The report's year and issuer are where the page shows them: in the heading, the issuer's name and year in it.
it.each(VARIANTS)('a finding about the year or the issuer ($rule) lights where the page names them', async ({ file, url, rule, lit }) => {
  const expected = await expectedFor(file, url);
  const finding = expected.report.warnings.find((w) => w.rule === rule)!;
  expect(finding.cells.some((c) => c.table === 'document' && (c.path === 'year' || c.path === 'issuer'))).toBe(true);
  const page = await openPanel(browser, url, '.report-header');
  // Late for a department: the date line and the issuer's name; the 统计期限 a year behind: the title's year, the 统计期限.
  expect(await lightsOf(page, rule)).toEqual(lit.sort());
  await page.close();
});

// The fixtures have no figure of a sentence in conflict: this one has, and it is lit as a warning, the others as read.
it('lights a sentence\'s figure in conflict with its table by its finding\'s severity', async () => {
  const expected = await expectedFor(PROSE_CONFLICT.file, PROSE_CONFLICT.url);
  expect(expected.conflictRanges).toEqual({ warning: 1 });
  const page = await openPanel(browser, PROSE_CONFLICT.url, '.report-header');
  expect(await page.evaluate(conflictRangesInPage)).toEqual(expected.conflictRanges);
  expect(await page.evaluate(() => [...(CSS.highlights.get('grl-conflict-warning') ?? [])].map((r) => (r as Range).toString()))).toEqual(['43']);
  await page.close();
});

// The browser itself binds the shortcut: keys Playwright (or DevTools' Input domain) sends to a page never
// reach it in headless Chromium, so what can be checked is the declaration.
it('declares the icon\'s click (_execute_action) with the shortcut Alt+Shift+G in the built manifest', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION, 'manifest.json'), 'utf8'));
  expect(manifest.commands._execute_action.suggested_key.default).toBe('Alt+Shift+G');
});

it('announces a close by the icon once', async () => {
  const { url } = fixtures.find((f) => f.file === 'longde-chengguan-2021.html')!;
  const page = await openPanel(browser, url, '.report-header');
  const tab = await hear(browser.worker, url);
  await clickIcon(browser.worker, url);
  await panelClosed(page);
  // Asked afterwards, the annotator answers after all it announced of the close: that once, then the answer.
  const { state, heard } = await askState(browser.worker, tab);
  expect(state.open).toBe(false);
  expect(heard.filter((s) => !s?.open)).toEqual([state, state]);
  await page.close();
});

it('says on the icon that it is reading while a click\'s first reading of a page takes long, then what it found', async () => {
  // Off gov.cn nothing was read before the click: the engine is injected and reads the page first. The page's CPU slowed
  // 4×, as on an old laptop, that takes well past the moment the icon speaks.
  const { file, url } = fixtures.find((f) => f.file === 'tieling-2019.html')!;
  const page = await browser.context.newPage();
  await page.goto(url);
  const tab = await hear(browser.worker, url);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await showPanel(browser, page, url, '.report-header');
  const found = badgeText((await expectedFor(join(PAGES, file), url)).report);
  const badges = (heard: Heard[]) => heard.flatMap((h) => (h.type === 'badge' ? [h.text] : [])).filter((text, i, all) => text !== all[i - 1]);
  expect(badges(await heardOf(browser.worker, tab, (heard) => badges(heard).at(-1) === found))).toEqual(['…', found]);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.close();
});
