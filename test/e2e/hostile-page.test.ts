// The report on a portal page that fights back: a copy blocker that answers every copy with its own
// line, a grey mourning-day filter on <body>, a floating bar at the highest z-index over the right
// edge, and right-to-left direction. The panel must still be on top, fill the window, read left to
// right, copy the report's JSON, and leave the page as it was. In a 无障碍 high-contrast scheme its lit figures stay readable.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { clickIcon, CLIPBOARD_PAGE, closePanel, hear, panelClosed, heardOf, launchWithExtension, panelPart as panel, readClipboard, servePages, snapshot, statesIn, type Browser, type Heard } from './browser.ts';
import { expectedFor, withoutExtractedAt } from './expected.ts';

const REPORT = 'test/fixtures/pages/longde-chengguan-2021.html';
const URL = 'http://www.nxld.gov.cn/xxgk/zfxxgknb/202201/t20220119_0003.html';
const HOSTILE = `<script>
document.addEventListener('copy', (e) => { e.clipboardData.setData('text/plain', '本文来源于本网站，转载请注明出处'); e.preventDefault(); });
document.onselectstart = () => false;
</script>
<style>body { filter: grayscale(1); }</style>`;
const OVERLAY = '<div id="float-bar" style="position:fixed;top:0;right:0;width:50%;height:100%;z-index:2147483647">无障碍 长者模式</div>';
// The same report on a page whose script takes off every element of a kind it does not know as soon as it is added.
// The same report in the black-and-yellow scheme a portal's 无障碍 toolbar offers (高对比度): every element's own colours forced.
const CONTRAST_URL = 'http://www.nxld.gov.cn/xxgk/zfxxgknb/202201/t20220119_0003-contrast.html';
const CONTRAST = '<style>* { background-color: #000 !important; color: #ff0 !important; }</style>';
const CLEARING_URL = 'http://www.nxld.gov.cn/xxgk/zfxxgknb/202201/t20220119_0003-clearing.html';
const CLEARING = `<script>
new MutationObserver((changes) => { for (const c of changes) for (const n of c.addedNodes) if (n.nodeType === 1 && n.tagName.includes('-')) { n.remove(); window.cleared = (window.cleared ?? 0) + 1; } })
  .observe(document.documentElement, { childList: true, subtree: true });
</script>`;

// The same report on a page whose script rewrites its body from its own markup (a 简繁 switch, a font-size tool: body.innerHTML = …).
const REWRITING_URL = 'http://www.nxld.gov.cn/xxgk/zfxxgknb/202201/t20220119_0003-rewriting.html';

let browser: Browser;
beforeAll(async () => {
  browser = await launchWithExtension();
  const page = readFileSync(REPORT, 'utf8').replace('<html lang="zh-CN">', '<html lang="zh-CN" dir="rtl">')
    .replace('</head>', `${HOSTILE}</head>`).replace('</body>', `${OVERLAY}</body>`);
  await servePages(browser.context, new Map([[URL, page], [CLIPBOARD_PAGE, '<!doctype html><title>clipboard</title>'],
    [CLEARING_URL, readFileSync(REPORT, 'utf8').replace('</head>', `${CLEARING}</head>`)],
    [CONTRAST_URL, readFileSync(REPORT, 'utf8').replace('</head>', `${CONTRAST}</head>`)], [REWRITING_URL, readFileSync(REPORT, 'utf8')]]));
});
afterAll(async () => { await browser?.close(); });

it('stays on top, fills the window, reads left to right and copies the JSON on a hostile page', async () => {
  const page = await browser.context.newPage();
  await page.goto(URL);
  const before = await snapshot(page);
  await clickIcon(browser.worker, URL);
  await panel(page, '[data-testid=issuer]').waitFor({ state: 'attached' }); // in the header, folded below 900 px of height

  const layout = await panel(page).evaluate((p) => {
    const host = (p.getRootNode() as ShadowRoot).host;
    const box = p.getBoundingClientRect();
    return {
      onTop: document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === host,
      top: box.top, height: box.height, direction: getComputedStyle(p).direction,
    };
  });
  expect(layout).toEqual({ onTop: true, top: 0, height: 800, direction: 'ltr' });

  await panel(page, '[data-action=copy-json]').click();
  await panel(page, '.feedback').filter({ hasText: '已复制到剪贴板' }).waitFor();
  expect(withoutExtractedAt(await readClipboard(browser))).toBe(withoutExtractedAt((await expectedFor(REPORT, URL)).json));

  await closePanel(page);
  expect(await snapshot(page)).toEqual(before);
  await page.close();
});

// A page that took the panel off kept the figures marked, with no panel to close them: each click of the icon then
// closed an unseen panel or opened one the page took off again.
it('gives the page back as it was when the page takes the panel off, and opens it again at the next click', async () => {
  const page = await browser.context.newPage();
  await page.goto(CLEARING_URL);
  const before = await snapshot(page);
  const tabId = await hear(browser.worker, CLEARING_URL);
  /** How often the annotator said the panel opened, then closed. */
  const closings = (heard: Heard[]) => statesIn(heard).filter((s, i, all) => i > 0 && all[i - 1]!.open && !s.open).length;
  for (const click of [1, 2]) {
    await clickIcon(browser.worker, CLEARING_URL);
    expect(closings(await heardOf(browser.worker, tabId, (heard) => closings(heard) === click))).toBe(click);
    expect(await page.evaluate(() => (window as unknown as { cleared: number }).cleared)).toBe(click);
    expect(await snapshot(page)).toEqual(before);
  }
  await page.close();
});

// The lit figures were the page's yellow on the panel's yellow: 表二's three 0s of the row with no name, unreadable.
it('lights the chosen finding\'s figures dark on yellow on a page in a high-contrast scheme, its cells and its text', async () => {
  const page = await browser.context.newPage();
  await page.goto(CONTRAST_URL);
  await clickIcon(browser.worker, CONTRAST_URL);
  await panel(page, 'button.finding').first().waitFor();
  const looks = () => page.evaluate(() => {
    const lit = [...document.querySelectorAll('[data-grl-chosen]')].map((c) => {
      const style = getComputedStyle(c);
      return `${style.color} on ${style.backgroundColor}`;
    });
    // The text's chosen characters: the highlight's colours, as the first range's element shows them.
    const range = [...(CSS.highlights.get('grl-chosen') ?? [])][0] as Range | undefined;
    const holder = range?.startContainer.parentElement;
    const text = holder ? getComputedStyle(holder, '::highlight(grl-chosen)').color : null;
    return { lit, text };
  });
  // 表二's row whose name is blank: its three figures, once the blink is over.
  await panel(page, 'button.finding').filter({ hasText: '表二' }).click();
  await expect.poll(async () => (await looks()).lit, { timeout: 5000 }).toEqual(Array(3).fill('rgb(31, 31, 31) on rgb(253, 214, 99)'));
  // The 落款 date against the period: characters of the text.
  await panel(page, 'button.finding').filter({ hasText: '落款日期' }).click();
  expect((await looks()).text).toBe('rgb(31, 31, 31)');
  await closePanel(page);
  await page.close();
});

// Rewriting the body from its markup copied the marks (data-grl-figure on 200 cells, the tabindex of a cell in conflict,
// its description) and an empty panel element into the new body, where closing, which knew only the cells it marked, left them.
it('leaves no mark behind when the page rewrites its body from its own markup while the panel is open', async () => {
  const page = await browser.context.newPage();
  await page.goto(REWRITING_URL);
  const before = await snapshot(page);
  await clickIcon(browser.worker, REWRITING_URL);
  await panel(page, '[data-testid=issuer]').waitFor({ state: 'attached' });
  expect(await page.locator('[data-grl-figure]').count()).toBeGreaterThan(0);
  await page.evaluate(() => { document.body.innerHTML = document.body.innerHTML; });
  await panelClosed(page);
  expect(await snapshot(page)).toEqual(before);
  await page.close();
});
