// Situations around the report rather than in it: a report in a same-origin iframe or in an iframe's
// srcdoc, one generated from a form (its figures in controls), a report that is only an attached PDF,
// an ordinary gov.cn page, a mirror in traditional characters, a page saved in GBK, and the English UI.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeOf, clickIcon, closePanel, launchWithExtension, openPanel, panelClosed, panelHost, panelPart as panel, servePages, showPanel, snapshot, waitFor, type Browser } from './browser.ts';
import { badgeText, expectedFor, pathsInPage } from './expected.ts';
import { formPage } from '../support/form-page.ts';

const FIXTURES = 'test/fixtures/pages';
const PAGES = 'test/e2e/pages';
const REPORT = { file: join(FIXTURES, 'longde-chengguan-2021.html'), url: 'http://www.nxld.gov.cn/xxgk/zfxxgknb/202201/t20220119_0001.html' };
const FRAME_HOST = 'http://www.nxld.gov.cn/xxgk/frame.html';
const ATTACHMENT_ONLY = 'http://www.mmx.gov.cn/xxgk/2022/01/t20220128_0001.html';
const NOT_A_REPORT = 'http://www.mmx.gov.cn/xxgk/2022/01/t20220110_0002.html';
// The report as a mirror that converts pages to traditional characters serves it.
const TRADITIONAL = { file: join(mkdtempSync(join(tmpdir(), 'grl-')), 'longde-traditional.html'), url: 'http://www.fanti-mirror.example/nb/0001.html' };
writeFileSync(TRADITIONAL.file, OpenCC.Converter({ from: 'cn', to: 't' })(readFileSync(REPORT.file, 'utf8')));

// The report pasted into a frame's srcdoc on the portal's page; and as a report generated from a form prints it, each figure in a control.
const SRCDOC_HOST = 'http://www.nxld.gov.cn/xxgk/srcdoc.html';
const srcdocHost = readFileSync(join(PAGES, 'iframe-host.html'), 'utf8')
  .replace(/<iframe src="[^"]*"/, `<iframe srcdoc="${readFileSync(REPORT.file, 'utf8').replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
const FORM = { file: join(dirname(TRADITIONAL.file), 'longde-form.html'), url: 'http://www.nxld.gov.cn/xxgk/zfxxgknb/202201/t20220119_0003.html' };
writeFileSync(FORM.file, formPage(readFileSync(REPORT.file, 'utf8')));

// The report in the 文字版 tab the portal's script hid under its 全真版 PDF viewer (福建's TRS template).
const HIDDEN_TAB = { file: 'test/fixtures/tabs/pingtan-2025-qzb.html', url: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202603/t20260313_105587.htm' };
// The panel's row of the hidden-tab note, and its toggle that shows or hides the tab on the page.
const HIDDEN_TAB_NOTE = '.finding-row:has([data-rule="document/hidden-tab"])';
const TAB_TOGGLE = '[data-action=hidden-tab]';

// The report as a county portal serves it: GBK, its charset named only in a <meta>.
const GBK = { file: 'test/fixtures/encoded/longde-chengguan-2021.gbk.html', url: 'http://www.nxld.gov.cn/xxgk/zfxxgknb/202201/t20220119_0002.html' };

let browser: Browser;

beforeAll(async () => {
  browser = await launchWithExtension();
  await servePages(browser.context, new Map<string, string | Buffer>([
    [REPORT.url, readFileSync(REPORT.file, 'utf8')],
    [FRAME_HOST, readFileSync(join(PAGES, 'iframe-host.html'), 'utf8')],
    [ATTACHMENT_ONLY, readFileSync(join(PAGES, 'attachment-only.html'), 'utf8')],
    [NOT_A_REPORT, readFileSync(join(PAGES, 'not-a-report.html'), 'utf8')],
    [TRADITIONAL.url, readFileSync(TRADITIONAL.file, 'utf8')],
    [GBK.url, readFileSync(GBK.file)],
    [SRCDOC_HOST, srcdocHost],
    [FORM.url, readFileSync(FORM.file, 'utf8')],
    [HIDDEN_TAB.url, readFileSync(HIDDEN_TAB.file, 'utf8')],
  ]));
});
afterAll(async () => { await browser?.close(); });

describe('the annotator around the report', () => {
  it('finds a report in a same-origin iframe, marks its cells there and closes cleanly', async () => {
    const expected = await expectedFor(REPORT.file, REPORT.url);
    const page = await browser.context.newPage();
    await page.goto(FRAME_HOST);
    const frame = page.frame({ url: REPORT.url })!;
    await frame.waitForLoadState();
    const badge = await waitFor(() => badgeOf(browser.worker, FRAME_HOST), (b) => b.text === badgeText(expected.report));
    expect(badge.text).toBe(badgeText(expected.report));
    const before = await snapshot(page);
    const frameBefore = await frame.evaluate(() => document.documentElement.outerHTML);

    await clickIcon(browser.worker, FRAME_HOST);
    await panel(frame, '[data-testid=issuer]').waitFor({ state: 'attached' }); // in the header, folded below 900 px of height
    expect(await frame.evaluate(pathsInPage('[data-grl-figure]'))).toEqual(expected.figureCells);
    expect(await panelHost(page).count()).toBe(0);

    await clickIcon(browser.worker, FRAME_HOST);
    await panelClosed(frame);
    expect(await frame.evaluate(() => document.documentElement.outerHTML)).toBe(frameBefore);
    expect(await snapshot(page)).toEqual(before);
    await page.close();
  });

  it('holds the panel of a report in a frame as tall as itself (height 3000 px) in the window as the outer page scrolls, and jumps scroll the outer page', async () => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(FRAME_HOST);
    const frame = page.frame({ url: REPORT.url })!;
    await frame.waitForLoadState();
    const before = await snapshot(page);
    const frameBefore = await frame.evaluate(() => document.documentElement.outerHTML);
    await showPanel(browser, frame, FRAME_HOST, '[data-testid=warning-count]');
    /** Where the panel and the place a jump went to stand in the outer window (the frame's top added). */
    const inWindow = () => panel(frame).evaluate((p) => {
      const top = window.frameElement!.getBoundingClientRect().top;
      const panel = p.getBoundingClientRect();
      const range = CSS.highlights.get('grl-current')?.values().next().value as Range | undefined;
      // The finding's first cell, marked until the next is chosen (its blinking ends 1.8 s after the click, before a loaded machine's polls may).
      const place = (range ?? document.querySelector('[data-grl-chosen]'))?.getBoundingClientRect();
      return { frame: Math.round(top), panel: [Math.round(top + panel.top), Math.round(top + panel.bottom)], place: place && { top: top + place.top, bottom: top + place.bottom, clear: place.right <= panel.left + 1 } };
    });
    // Over the part of the frame in view: below the portal's header (46 px), down to the window's foot.
    expect((await inWindow()).panel).toEqual([46, 800]);
    // The outer page scrolled half-way down the frame: the panel still fills the window.
    await page.evaluate(() => scrollTo(0, 1500));
    await expect.poll(async () => (await inWindow()).panel).toEqual([0, 800]);
    // Each finding's place in the window, clear of the panel, the outer page scrolled to it; the panel over the frame's part in view.
    const findings = await panel(frame, 'button.finding').all();
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      await finding.click();
      // The panel follows at the outer page's next scroll event, a frame after the jump.
      await expect.poll(async () => { const { panel, frame: frameTop } = await inWindow(); return panel[0] === Math.max(0, frameTop) && panel[1] === 800; }).toBe(true);
      const { place } = await inWindow();
      expect([place!.top >= 0, place!.bottom <= 800, place!.clear]).toEqual([true, true, true]);
    }
    await clickIcon(browser.worker, FRAME_HOST);
    await panelClosed(frame);
    expect(await frame.evaluate(() => document.documentElement.outerHTML)).toBe(frameBefore);
    expect(await snapshot(page)).toEqual(before);
    await page.close();
  });

  it('clears the badge when the frame with the report is taken off the page', async () => {
    const page = await browser.context.newPage();
    await page.goto(FRAME_HOST);
    await waitFor(() => badgeOf(browser.worker, FRAME_HOST), (b) => b.text !== '' && b.text !== '•');
    await page.evaluate(() => document.querySelector('iframe')!.remove());
    expect(await waitFor(() => badgeOf(browser.worker, FRAME_HOST), (b) => b.text === '')).toEqual({ text: '', title: '' });
    await page.close();
  });

  it('finds a report pasted into an <iframe srcdoc>: the badge, and its cells marked in the frame', async () => {
    const expected = await expectedFor(REPORT.file, REPORT.url);
    const page = await browser.context.newPage();
    await page.goto(SRCDOC_HOST);
    const frame = page.frames().find((f) => f.url() === 'about:srcdoc')!;
    const badge = await waitFor(() => badgeOf(browser.worker, SRCDOC_HOST), (b) => b.text === badgeText(expected.report));
    expect(badge.text).toBe(badgeText(expected.report));
    await clickIcon(browser.worker, SRCDOC_HOST);
    await panel(frame, '[data-testid=issuer]').filter({ hasText: '隆德县城关镇人民政府' }).waitFor({ state: 'attached' }); // in the header, folded below 900 px of height
    expect(await frame.evaluate(pathsInPage('[data-grl-figure]'))).toEqual(expected.figureCells);
    expect(await panelHost(page).count()).toBe(0);
    await page.close();
  });

  it('reads a report generated from a form by what its controls show now, marking their cells', async () => {
    const expected = await expectedFor(FORM.file, FORM.url);
    expect(expected.figureCells.length).toBeGreaterThan(150);
    const page = await browser.context.newPage();
    await page.goto(FORM.url);
    // The reader (or the form's script) puts 999 in 表三's 本年新收 总计: the cell no longer adds up.
    const changed = await page.evaluate(() => {
      const row = [...document.querySelectorAll('tr')].find((r) => r.textContent!.includes('本年新收'))!;
      const control = row.lastElementChild!.firstElementChild as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
      if (control instanceof HTMLSelectElement) control.add(new Option('999', '999', true, true));
      else control.value = '999';
      return row.lastElementChild!.localName;
    });
    expect(changed).toBe('td');
    await clickIcon(browser.worker, FORM.url);
    await panel(page, '[data-testid=issuer]').filter({ hasText: '隆德县城关镇人民政府' }).waitFor({ state: 'attached' }); // in the header, folded below 900 px of height
    expect(await page.evaluate(pathsInPage('[data-grl-figure]'))).toEqual(expected.figureCells);
    expect(await page.evaluate(() => [...document.querySelectorAll('tr')].find((r) => r.textContent!.includes('本年新收'))!.lastElementChild!.getAttribute('data-grl-conflict'))).toBe('error');
    await closePanel(page);
    await page.close();
  });

  it('says when the report is only an attachment, and links it, as not checked: no ✓, no doubt it is a report, nothing to export', async () => {
    const page = await browser.context.newPage();
    await page.goto(ATTACHMENT_ONLY);
    await clickIcon(browser.worker, ATTACHMENT_ONLY);
    const link = panel(page, '.attachments a');
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('http://www.mmx.gov.cn/xxgk/2022/01/P020220128.pdf');
    // UX review 2: a green 没有发现问题 under 这可能不是政府信息公开年报, five exports on, and a ✓ — where nothing was checked.
    // ux12: said once, first, as the badge says it (the first line said 没有读到年报的统计表, the notice under it 年报在附件中).
    expect(await panel(page, '[data-testid=reading-status] :not([aria-hidden=true])').allTextContents()).toEqual(['已读取本页：', '未核对：年报在附件中，本页没有可核对的数字']);
    expect(await panel(page, '[data-testid=not-checked]').count()).toBe(0);
    expect(await panel(page, '.ok').count()).toBe(0);
    expect(await panel(page, '.body > .notice').count()).toBe(0);
    expect(await panel(page, '.actions button').evaluateAll((bs) => bs.map((b) => (b as HTMLButtonElement).disabled))).toEqual([true, true]); // 复制 JSON and the menu of the rest
    // ux7: why said under them, not only in their titles (no keyboard reaches a disabled button); no doubt that it is a report in the years' line either.
    expect(await panel(page, '[data-testid=exports-note]').textContent()).toBe('本页没有读到年报的数字或检查结果，没有可复制或下载的内容');
    expect(await panel(page, '[data-testid=not-compared]').count()).toBe(0);
    expect(await badgeOf(browser.worker, ATTACHMENT_ONLY)).toEqual({ text: '—', title: '年报透视：未核对：年报在附件中，本页没有可核对的数字' });
    await closePanel(page);
    await page.close();
  });

  it('leaves an ordinary gov.cn page alone: no badge, no engine, no change', async () => {
    const page = await browser.context.newPage();
    await page.goto(NOT_A_REPORT);
    const before = await snapshot(page);
    await page.waitForTimeout(300);
    expect((await badgeOf(browser.worker, NOT_A_REPORT)).text).toBe('');
    // The annotator bundle marks the frames it runs in; the detector alone must not have brought it.
    const injected = await browser.worker.evaluate(async (u) => {
      const [tab] = await chrome.tabs.query({ url: u });
      const [probe] = await chrome.scripting.executeScript({
        target: { tabId: tab!.id! }, func: () => (globalThis as { grlAnnotatorLoaded?: boolean }).grlAnnotatorLoaded === true,
      });
      return probe!.result;
    }, NOT_A_REPORT);
    expect(injected).toBe(false);
    expect(await snapshot(page)).toEqual(before);
    await page.close();
  });

  it('opens the panel by itself on a report when the options say so, and not otherwise', async () => {
    const expected = await expectedFor(REPORT.file, REPORT.url);
    const page = await browser.context.newPage();
    await page.goto(REPORT.url);
    await waitFor(() => badgeOf(browser.worker, REPORT.url), (b) => b.text === badgeText(expected.report));
    await page.waitForTimeout(500); // as long as auto-open takes (below): still no panel
    expect(await panelHost(page).count()).toBe(0);
    await page.close();

    await browser.worker.evaluate(() => chrome.storage.sync.set({ settings: { autoOpen: true } }));
    const opened = await browser.context.newPage();
    await opened.goto(REPORT.url);
    await panel(opened, '[data-action=copy-json]').waitFor();
    expect(await opened.evaluate(pathsInPage('[data-grl-figure]'))).toEqual(expected.figureCells);
    await browser.worker.evaluate(() => chrome.storage.sync.clear());
    await opened.close();
  });

  it('reads a page in traditional characters, marking its cells and the figures in its text in place', async () => {
    const expected = await expectedFor(TRADITIONAL.file, TRADITIONAL.url);
    expect(expected.report.document.issuer).toBe('隆德县城关镇人民政府');
    const page = await browser.context.newPage();
    await page.goto(TRADITIONAL.url);
    await clickIcon(browser.worker, TRADITIONAL.url);
    await panel(page, '[data-testid=issuer]').filter({ hasText: '隆德县城关镇人民政府' }).waitFor({ state: 'attached' }); // in the header, folded below 900 px of height
    expect(await page.evaluate(pathsInPage('[data-grl-figure]'))).toEqual(expected.figureCells);
    // Prose figures are bound to characters of the page's own (traditional) text nodes.
    expect(expected.proseRanges).toBeGreaterThan(0);
    expect(await page.evaluate(() => CSS.highlights.get('grl-prose')?.size ?? 0)).toBe(expected.proseRanges);
    await closePanel(page);
    await page.close();
  });

  it('reads a report in the tab the portal hid as the CLI reads it, marking its cells there, and shows the tab only while the panel takes the reader to them', async () => {
    const expected = await expectedFor(HIDDEN_TAB.file, HIDDEN_TAB.url);
    expect(expected.report.applications?.newReceived?.total).toBe(154);
    const page = await browser.context.newPage();
    await page.goto(HIDDEN_TAB.url);
    const before = await snapshot(page);
    await clickIcon(browser.worker, HIDDEN_TAB.url);
    await panel(page, '[data-testid=issuer]').filter({ hasText: '平潭综合实验区' }).waitFor({ state: 'attached' });
    expect(await panel(page, '.finding[data-rule="document/hidden-tab"]').count()).toBe(1);
    expect(await page.evaluate(pathsInPage('[data-grl-figure]'))).toEqual(expected.figureCells);
    expect(await page.locator('.word_con').isHidden()).toBe(true);
    const toggle = panel(page, `${HIDDEN_TAB_NOTE} ${TAB_TOGGLE}`);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    // 本年新收 总计 in the panel: its cell is in the 文字版, which the page hides under the 全真版 viewer.
    await panel(page, 'table[data-table=applications] td[data-path="newReceived.total"] button').click();
    const cell = page.locator('[data-grl-chosen]');
    expect(await cell.textContent()).toBe('154');
    const inView = () => cell.evaluate((el) => { const r = el.getBoundingClientRect(); return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight; });
    expect(await waitFor(inView, (v) => v)).toBe(true);
    expect(await panel(page, '.feedback').textContent()).toBe('已在页面上标出 1 处；它在页面隐藏的标签页中，已临时显示该标签页，关闭面板时恢复');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    // The reader hides it again from the note, as the page had it, and shows it there.
    await toggle.click();
    expect(await page.locator('.word_con').isHidden()).toBe(true);
    expect(await page.locator('.word_con').getAttribute('style')).toBe('display: none;');
    await toggle.click();
    expect(await page.locator('.word_con').isVisible()).toBe(true);
    await closePanel(page);
    expect(await snapshot(page)).toEqual(before);
    await page.close();
  });

  it('says the tab is shown where the portal\'s own switch showed it, offering no toggle that could not hide it, and offers it again once the page hid it', async () => {
    const page = await openPanel(browser, HIDDEN_TAB.url, HIDDEN_TAB_NOTE);
    const row = panel(page, HIDDEN_TAB_NOTE);
    const toggle = row.locator(TAB_TOGGLE);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    // The reader clicks 文字版: avalon's ms-visible sets the inline display anew.
    const pageSwitch = (display: string) => page.locator('.word_con').evaluate((el: HTMLElement, d) => { el.style.display = d; }, display);
    await pageSwitch('block');
    await row.locator('[data-testid=hidden-tab-shown]').filter({ hasText: '页面已显示该标签页' }).waitFor();
    expect(await toggle.count()).toBe(0);
    // 全真版 again: hidden by the page, the panel offers to show it, and does.
    await pageSwitch('none');
    await toggle.waitFor();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await page.locator('.word_con').isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await closePanel(page);
    expect(await page.locator('.word_con').getAttribute('style')).toBe('display: none;');
    await page.close();
  });

  it('leaves the hidden tab shown on close where the portal\'s own switch showed it meanwhile', async () => {
    const page = await openPanel(browser, HIDDEN_TAB.url, TAB_TOGGLE);
    await panel(page, TAB_TOGGLE).click();
    // As avalon's ms-visible does when the reader clicks 文字版: the inline display set anew.
    await page.locator('.word_con').evaluate((el: HTMLElement) => { el.style.display = 'block'; });
    await closePanel(page);
    expect(await page.locator('.word_con').getAttribute('style')).toBe('display: block;');
    await page.close();
  });

  it('shows only the hidden tab the report\'s cells are in, not a menu the page hides that holds a table too', async () => {
    const page = await browser.context.newPage();
    await page.goto(HIDDEN_TAB.url);
    // An old portal's drop-down menu: a layout table in a box its script shows on hover.
    await page.evaluate(() => document.querySelector('.tabs_content')!.insertAdjacentHTML('beforebegin',
      '<div class="submenu" style="display: none;"><table><tr><td><a href="#">机构概况</a></td><td><a href="#">政策文件</a></td></tr></table></div>'));
    await clickIcon(browser.worker, HIDDEN_TAB.url);
    await panel(page, TAB_TOGGLE).click();
    expect(await page.locator('.word_con').isVisible()).toBe(true);
    expect(await page.locator('.submenu').isHidden()).toBe(true);
    await closePanel(page);
    await page.close();
  });

  it('gives back a tab hidden by its hidden attribute exactly on close: the attribute where the page put it', async () => {
    const page = await browser.context.newPage();
    await page.goto(HIDDEN_TAB.url);
    // The 文字版 hidden as other portals hide it: <div hidden class="word_con" …>, the attribute first.
    const markup = await page.locator('.word_con').evaluate((el) => {
      const attributes = [...el.attributes].filter((a) => a.name !== 'style').map((a) => [a.name, a.value] as const);
      for (const [name] of attributes) el.removeAttribute(name);
      el.removeAttribute('style');
      el.setAttribute('hidden', '');
      for (const [name, value] of attributes) el.setAttribute(name, value);
      return (el.cloneNode(false) as Element).outerHTML;
    });
    expect(markup).toMatch(/^<div hidden="" class="word_con"/);
    await clickIcon(browser.worker, HIDDEN_TAB.url);
    await panel(page, TAB_TOGGLE).click();
    expect(await page.locator('.word_con').isVisible()).toBe(true);
    await closePanel(page);
    expect(await page.locator('.word_con').evaluate((el) => (el.cloneNode(false) as Element).outerHTML)).toBe(markup);
    await page.close();
  });

  it('leaves the hidden tab shown on close where the reader clicked 文字版 meanwhile, though the switch wrote only to the 全真版 box', async () => {
    const page = await openPanel(browser, HIDDEN_TAB.url, TAB_TOGGLE);
    await panel(page, TAB_TOGGLE).click();
    // avalon 2's ms-visible on 文字版: the 文字版 box already shows, so it writes nothing there; the 全真版 box it hides.
    await page.locator('.pic_con').evaluate((el: HTMLElement) => { el.style.display = 'none'; });
    await closePanel(page);
    // Hidden again, the page would show neither version.
    expect(await page.locator('.word_con').isVisible()).toBe(true);
    expect(await page.locator('.pic_con').getAttribute('style')).toBe('display: none;');
    await page.close();
  });

  it('gives back a tab whose box sits in another hidden box exactly on close: both boxes as the page had them', async () => {
    const page = await browser.context.newPage();
    await page.goto(HIDDEN_TAB.url);
    // As TRS templates nest them: the box holding the 全真版 and 文字版 boxes hidden too.
    const boxes = page.locator('.tabs_content');
    const served = await boxes.evaluate((el: HTMLElement) => { el.style.display = 'none'; return el.outerHTML; });
    await clickIcon(browser.worker, HIDDEN_TAB.url);
    await panel(page, TAB_TOGGLE).click();
    expect(await page.locator('.word_con').isVisible()).toBe(true);
    await closePanel(page);
    expect(await boxes.evaluate((el) => el.outerHTML)).toBe(served);
    await page.close();
  });

  it('reads a page served in GBK as the CLI reads the saved file: the same report, the same cells marked', async () => {
    const expected = await expectedFor(GBK.file, GBK.url);
    expect(expected.report.document).toMatchObject({ isReport: true, issuer: '隆德县城关镇人民政府', year: 2021 });
    const page = await browser.context.newPage();
    await page.goto(GBK.url);
    await clickIcon(browser.worker, GBK.url);
    await panel(page, '[data-testid=issuer]').filter({ hasText: '隆德县城关镇人民政府' }).waitFor({ state: 'attached' }); // in the header, folded below 900 px of height
    expect(await panel(page, '[data-testid=warning-count]').textContent()).toBe(String(expected.report.warnings.length));
    expect(await page.evaluate(pathsInPage('[data-grl-figure]'))).toEqual(expected.figureCells);
    await closePanel(page);
    await page.close();
  });

  it('speaks English when the options say so', async () => {
    await browser.worker.evaluate(() => chrome.storage.sync.set({ settings: { language: 'en' } }));
    const page = await browser.context.newPage();
    await page.goto(REPORT.url);
    await clickIcon(browser.worker, REPORT.url);
    await panel(page, '[data-action=copy-json]').filter({ hasText: 'Copy JSON' }).waitFor();
    expect(await panel(page, '[data-action=close]').getAttribute('aria-label')).toBe('Close');
    // The standard tables' names too (longde-chengguan-2021's 表三, 2021 form).
    expect(await panel(page, '#grl-table-applications').textContent()).toBe('Applications for government information received and handled');
    expect(await panel(page, 'table[data-table=applications] thead th').allTextContents()).toEqual([
      'Individuals', 'Businesses', 'Research institutions', 'Public-interest organisations', 'Legal service providers', 'Other organisations', 'Total']);
    await browser.worker.evaluate(() => chrome.storage.sync.clear());
    await page.close();
  });

  it('switches an open panel to the language the options page sets, at once', async () => {
    const page = await browser.context.newPage();
    await page.goto(REPORT.url);
    await clickIcon(browser.worker, REPORT.url);
    const copyJson = panel(page, '[data-action=copy-json]');
    await copyJson.filter({ hasText: '复制 JSON' }).waitFor();
    expect((await waitFor(() => badgeOf(browser.worker, REPORT.url), (b) => b.title !== '')).title).toMatch(/^年报透视：/);
    // As the options page saves it: the whole settings, the language changed.
    await browser.worker.evaluate(() => chrome.storage.sync.set({ settings: { autoCheck: true, autoOpen: false, language: 'en', trustedDomains: [], rememberReports: true } }));
    await copyJson.filter({ hasText: 'Copy JSON' }).waitFor();
    expect(await panel(page).getAttribute('lang')).toBe('en');
    // The icon's tooltip too, which said what it found in Chinese.
    expect((await waitFor(() => badgeOf(browser.worker, REPORT.url), (b) => b.title.startsWith('GovReport Lens'))).title).toMatch(/^GovReport Lens: /);
    await browser.worker.evaluate(() => chrome.storage.sync.clear());
    await copyJson.filter({ hasText: '复制 JSON' }).waitFor();
    expect((await waitFor(() => badgeOf(browser.worker, REPORT.url), (b) => b.title.startsWith('年报透视'))).title).toMatch(/^年报透视：/);
    await page.close();
  });
});
