// The report on a portal page that fights back: a copy blocker that answers every copy with its own
// line, a grey mourning-day filter on <body>, a floating bar at the highest z-index over the right
// edge, and right-to-left direction. The panel must still be on top, fill the window, read left to
// right, copy the report's JSON, and leave the page as it was.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { clickIcon, CLIPBOARD_PAGE, closePanel, launchWithExtension, panelPart as panel, readClipboard, servePages, snapshot, type Browser } from './browser.ts';
import { expectedFor, withoutExtractedAt } from './expected.ts';

const REPORT = 'test/fixtures/pages/longde-chengguan-2021.html';
const URL = 'http://www.nxld.gov.cn/xxgk/zfxxgknb/202201/t20220119_0003.html';
const HOSTILE = `<script>
document.addEventListener('copy', (e) => { e.clipboardData.setData('text/plain', '本文来源于本网站，转载请注明出处'); e.preventDefault(); });
document.onselectstart = () => false;
</script>
<style>body { filter: grayscale(1); }</style>`;
const OVERLAY = '<div id="float-bar" style="position:fixed;top:0;right:0;width:50%;height:100%;z-index:2147483647">无障碍 长者模式</div>';

let browser: Browser;
beforeAll(async () => {
  browser = await launchWithExtension();
  const page = readFileSync(REPORT, 'utf8').replace('<html lang="zh-CN">', '<html lang="zh-CN" dir="rtl">')
    .replace('</head>', `${HOSTILE}</head>`).replace('</body>', `${OVERLAY}</body>`);
  await servePages(browser.context, new Map([[URL, page], [CLIPBOARD_PAGE, '<!doctype html><title>clipboard</title>']]));
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
