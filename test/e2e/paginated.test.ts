// A report the portal splits over three pages (TRS's t…html, t…_1.html, t…_2.html): page 1 shows 表二
// only; on request the panel reads pages 2 and 3, finds 表三 on page 2 and 表四 on page 3, and checks
// the whole report, its marks staying on page 1's own cells. A page that cannot be read is said in a line.
// Read together with the year before's report the page links to, the panel ends with both.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consistentFigures, type Layout, PLAIN_LAYOUT, random, reportPage } from '../support/standard-tables.ts';
import { extractWithCheerio } from '../support/fixtures.ts';
import { launchWithExtension, openPanel, panelHost, panelPart as panel, servePages, showPanel, type Browser } from './browser.ts';

const layout: Layout = PLAIN_LAYOUT;
const rand = random(5);
const whole = reportPage(consistentFigures(rand, layout), layout, rand);
const DIR = 'https://www.example.gov.cn/zfxxgk/ndbg/202301/';

/** The report's pages as the portal serves them: each in its frame (with `related` above its footer), with TRS's pager (this page's number unlinked). */
function pagesOf(name: string, related = ''): string[] {
  const cuts = [whole.indexOf('<p>一、'), whole.indexOf('<p>三、'), whole.indexOf('<p>四、'), whole.indexOf('</body>')];
  const head = whole.slice(0, cuts[0]).replace('<body>', '<body><div class="nav">首页 &gt; 政府信息公开 &gt; 年度报告</div>');
  const file = (k: number) => `${name}${k === 1 ? '' : `_${k - 1}`}.html`;
  return [1, 2, 3].map((k) => {
    const numbers = [1, 2, 3].map((n) => (n === k ? `<span>${n}</span>` : `<a href="${file(n)}">${n}</a>`)).join(' ');
    const pager = `<a href="${file(1)}">首页</a> ${k > 1 ? `<a href="${file(k - 1)}">上一页</a>` : '上一页'} ${numbers} ${k < 3 ? `<a href="${file(k + 1)}">下一页</a>` : '下一页'} <a href="${file(3)}">尾页</a>`;
    return `${head}${whole.slice(cuts[k - 1], cuts[k])}
<div class="page" id="page_div">${pager}</div>
<div class="tools">【打印本页】【关闭窗口】</div>${related}<div class="footer">版权所有：某某市人民政府办公室</div></body></html>`;
  });
}

const SERVED = 't20230120_4567890';
const BROKEN = 't20230120_4567891'; // its page 3 is not served
const [first, second, third] = pagesOf(SERVED);
const [brokenFirst, brokenSecond] = pagesOf(BROKEN);
const alone = extractWithCheerio(whole, null).report;
// A third copy whose frame links the office's report of the year before, answered when the test says.
const LINKED = 't20230120_4567892';
const Y2021 = 'https://www.example.gov.cn/zfxxgk/ndbg/202201/t20220120_1234567.html';
const linked = pagesOf(LINKED, '<div class="related"><p>相关链接</p><p><a href="/zfxxgk/ndbg/202201/t20220120_1234567.html">某某市人民政府办公室2021年政府信息公开工作年度报告</a></p></div>');
// A fourth copy whose page 2 is served slowly.
const SLOW = 't20230120_4567893';
const slow = pagesOf(SLOW);
const year2021 = whole.replaceAll('2022', '2021').replaceAll('2023', '2022');

let browser: Browser;
let answerYear = () => {};
const yearAnswered = new Promise<void>((go) => { answerYear = go; });

beforeAll(async () => {
  browser = await launchWithExtension();
  await servePages(browser.context, new Map([
    [`${DIR}${SERVED}.html`, first!], [`${DIR}${SERVED}_1.html`, second!], [`${DIR}${SERVED}_2.html`, third!],
    [`${DIR}${BROKEN}.html`, brokenFirst!], [`${DIR}${BROKEN}_1.html`, brokenSecond!],
    ...linked.map((html, k) => [`${DIR}${LINKED}${k === 0 ? '' : `_${k}`}.html`, html] as const),
    [`${DIR}${SLOW}.html`, slow[0]!], [`${DIR}${SLOW}_2.html`, slow[2]!],
  ]));
  await browser.context.route(`${DIR}${SLOW}_1.html`, async (route) => {
    await new Promise((done) => { setTimeout(done, 1500); });
    await route.fulfill({ body: slow[1]!, contentType: 'text/html; charset=utf-8' });
  });
  // Routes registered later are tried first: this one holds the year's page until answerYear().
  await browser.context.route(Y2021, async (route) => {
    await yearAnswered;
    await route.fulfill({ body: year2021, contentType: 'text/html; charset=utf-8' });
  });
});
afterAll(async () => { await browser?.close(); });

const rules = (page: Page) => panel(page, '.finding').evaluateAll((findings) => findings.map((f) => f.getAttribute('data-rule')));

const open = (url: string): Promise<Page> => openPanel(browser, url, '[data-testid=pages] button');

describe('a report split over pages', () => {
  it('reads the other pages on request and checks the whole report, 表三 from page 2, marks only on this page', async () => {
    const page = await open(`${DIR}${SERVED}.html`);
    const pages = panel(page, '[data-testid=pages]');
    await expect(pages.locator('button').textContent()).resolves.toBe('读取其余 2 页并合并核对');
    // Page 1 alone: 表二 only, and nothing called missing.
    await expect(panel(page, 'table[data-table=applications]').count()).resolves.toBe(0);
    await expect(rules(page)).resolves.not.toContain('document/required-tables');
    const marked = await page.locator('[data-grl-figure]').count();
    expect(marked).toBeGreaterThan(0);

    await pages.locator('button').focus();
    await page.keyboard.press('Enter');
    await pages.getByText('已读取第 1、2、3 页，合并核对').waitFor();
    // The status line says what joining them changed: the figures agree, and the note on the pages is reworded only.
    await expect(panel(page, '[role=status].feedback').textContent()).resolves.toBe('已合并第 2–3 页：无新增问题');
    await expect(pages.locator('button').count()).resolves.toBe(0);
    // Pressed from the keyboard, the button gone leaves the focus in the panel, not at the page's top (UX review 5).
    await expect(panelHost(page).evaluate((host) => document.activeElement === host)).resolves.toBe(true);
    // 表三 and 表四 read from pages 2 and 3, their figures as the report on one page gives them, with no cell here to show.
    const received = panel(page, 'table[data-table=applications] td[data-path="newReceived.total"] button');
    await expect(received.textContent()).resolves.toBe(String(alone.applications!.newReceived!.total));
    await expect(received.getAttribute('aria-disabled')).resolves.toBe('true');
    await expect(panel(page, 'table[data-table=reviewLitigation]').count()).resolves.toBe(1);
    await expect(panel(page, '.finding[data-rule="document/paginated"] .message').textContent())
      .resolves.toBe('报告分页发布（共3页），已读取第1、2、3页合并核对');
    await expect(rules(page)).resolves.not.toContain('document/required-tables');
    // The marks stay on page 1's own cells.
    await expect(page.locator('[data-grl-figure]').count()).resolves.toBe(marked);

    // The portal renders the table again and the page is read again, alone: the status line's word on the join
    // goes with the join as the new reading shows, not seconds later, for the reading's own (the same findings: the
    // note on the pages reworded).
    await page.evaluate(() => { const table = document.querySelector('table')!; table.replaceWith(table.cloneNode(true)); });
    await panel(page, '[data-action=reread]').click();
    await panel(page, '.notice.changed').waitFor({ state: 'detached' });
    await expect(panel(page, '[role=status].feedback').textContent()).resolves.toBe('已重新读取：检查结果没有变化');
    await expect(pages.locator('button').textContent()).resolves.toBe('读取其余 2 页并合并核对');
    await page.close();
  });

  // A figure read on another page is muted (panel.css .cell[aria-disabled]): cut at its box's edge in a 400 px window, it
  // still showed in part, that rule's colour winning over the cut figure's transparent one (this report's 表三, from page 2).
  it('hides a figure read on another page where its box\'s edge cuts it, as any other', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 400, height: 800 });
    await page.goto(`${DIR}${SERVED}.html`);
    await showPanel(browser, page, `${DIR}${SERVED}.html`, '[data-testid=pages] button');
    await panel(page, '[data-testid=pages] button').click();
    await panel(page, '[data-testid=pages]').getByText('已读取第 1、2、3 页，合并核对').waitFor();
    const box = panel(page, 'table[data-table=applications]').locator('xpath=..');
    const shownCut = () => box.evaluate((b) => [...b.querySelectorAll<HTMLElement>('button.cell[aria-disabled=true][data-cut]')]
      .map((cell) => getComputedStyle(cell).color !== 'rgba(0, 0, 0, 0)'));
    let cut = 0;
    const end = await box.evaluate((b) => b.scrollWidth - b.clientWidth);
    for (let x = 0; x <= end; x += 7) {
      await box.evaluate(async (b, left) => { b.scrollLeft = left; await new Promise(requestAnimationFrame); }, x);
      const shown = await shownCut();
      cut += shown.length;
      expect({ x, shown: shown.filter(Boolean).length }).toEqual({ x, shown: 0 });
    }
    expect(cut).toBeGreaterThan(0);
    await page.close();
  });

  it('says in one line which page could not be read, and reads the rest', async () => {
    const page = await open(`${DIR}${BROKEN}.html`);
    const pages = panel(page, '[data-testid=pages]');
    await pages.locator('button').click();
    await pages.getByText('已读取第 1、2 页，合并核对').waitFor();
    await expect(pages.locator('[role=alert]').allTextContents()).resolves.toEqual([expect.stringMatching(/^未能读取第 3 页（.+）$/)]);
    await expect(panel(page, '[role=status].feedback').textContent()).resolves.toBe('已合并第 2 页：无新增问题');
    await expect(panel(page, 'table[data-table=applications]').count()).resolves.toBe(1);
    await expect(panel(page, '.finding[data-rule="document/paginated"] .message').textContent()).resolves.toContain('第3页未能读取');
    await page.close();
  });

  it('reads the other pages and the year before\'s report asked for together, and shows both', async () => {
    const page = await open(`${DIR}${LINKED}.html`);
    const years = panel(page, '[data-testid=other-years]');
    const pages = panel(page, '[data-testid=pages]');
    // Both asked for before either is read: the year's page is held until the other pages were asked for too.
    await years.locator('button', { hasText: '读取 2021 年度报告并比对' }).click();
    await pages.locator('button').click();
    // While the year's page is held, each says it is under way (to a screen reader too), neither to be asked again.
    for (const [row, text] of [[years, '正在读取 2021 年度报告…'], [pages, '正在读取其余 2 页…']] as const) {
      await expect(row.locator('button[aria-busy=true]').evaluate((b: HTMLButtonElement) => [b.textContent, b.disabled])).resolves.toEqual([text, true]);
    }
    answerYear();
    await years.locator('a', { hasText: '2021年度报告' }).waitFor();
    await pages.getByText('已读取第 1、2、3 页，合并核对').waitFor();
    // The whole report, compared with 2021's: 表三 from page 2, and no button left to read either again.
    const received = panel(page, 'table[data-table=applications] td[data-path="newReceived.total"] button');
    await expect(received.textContent()).resolves.toBe(String(alone.applications!.newReceived!.total));
    await expect(years.locator('button').count()).resolves.toBe(0);
    await expect(pages.locator('button').count()).resolves.toBe(0);
    await page.close();
  });

  it('drops the other pages read for a page that changed meanwhile, once the page is read again', async () => {
    const page = await open(`${DIR}${SLOW}.html`);
    const pages = panel(page, '[data-testid=pages]');
    await pages.locator('button').click();
    // The portal renders the table again while page 2 is on its way; the panel is asked to read the page again.
    await page.evaluate(() => { const table = document.querySelector('table')!; table.replaceWith(table.cloneNode(true)); });
    await panel(page, '[data-action=reread]').click();
    // 重新读取 waits its turn behind the pages' reading: once the notice goes, page 2 has come and gone.
    await panel(page, '.notice.changed').waitFor({ state: 'detached' });
    // The page as read again, alone: the pages read for the page as it was are not shown over it.
    await expect(pages.getByText('已读取').count()).resolves.toBe(0);
    await expect(pages.locator('button').textContent()).resolves.toBe('读取其余 2 页并合并核对');
    await page.close();
  });
});
