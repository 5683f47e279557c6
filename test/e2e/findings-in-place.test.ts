// Findings as an auditor uses them: one about words of the page (a name a mirror put in a notice's title, an injected
// word) lights those words in the text, as a date is lit; one of several places goes through them one by one, saying
// which of how many; the list is copied as text for a memo; a finding's rule opens on what it checks and why. The page
// comes back as it was when the panel closes.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { findingsToText } from '../../lib/findings-text.ts';
import { fixtureHtml, fixtureReport, fixtureUrl } from '../support/fixtures.ts';
import { CLIPBOARD_PAGE, closePanel, launchWithExtension, panelPart as panel, readClipboard, servePages, showPanel, snapshot, waitFor, type Browser } from './browser.ts';

const TIELING = fixtureUrl('tieling-2019.html');
const LONGDE = fixtureUrl('longde-chengguan-2021.html');

let browser: Browser;
beforeAll(async () => {
  browser = await launchWithExtension();
  await servePages(browser.context, new Map([
    [TIELING, fixtureHtml('tieling-2019.html')], [LONGDE, fixtureHtml('longde-chengguan-2021.html')], [CLIPBOARD_PAGE, '<!doctype html><title>clipboard</title>'],
  ]));
});
afterAll(async () => { await browser?.close(); });
afterEach(async () => {
  for (const page of browser.context.pages()) await page.close();
  await browser.worker.evaluate(() => chrome.storage.sync.remove('settings'));
});

async function open(url: string): Promise<{ page: Page; before: Awaited<ReturnType<typeof snapshot>> }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  const before = await snapshot(page);
  await showPanel(browser, page, url, '[data-testid=warning-count]');
  return { page, before };
}

/** The characters a highlight lights, each with the start of its paragraph and whether it is in sight beside the panel. */
const lit = (page: Page, name: 'grl-chosen' | 'grl-current') => panel(page).evaluate((p, highlight) => {
  const edge = p.getBoundingClientRect().left;
  return [...(CSS.highlights.get(highlight) ?? [])].map((r) => {
    const range = r as Range, box = range.getBoundingClientRect();
    return {
      text: range.toString(), in: range.startContainer.parentElement!.textContent!.trim().slice(0, 8),
      seen: box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= edge,
    };
  });
}, name);

const status = (page: Page) => panel(page, '[role=status].feedback').textContent();
const placeCount = (page: Page) => panel(page, '.places [data-testid=place-count]').textContent();

it('lights the words tieling-2019\'s findings are about where the page prints them: the notice\'s 即时比分办公厅, then each 即时比分 in turn', async () => {
  const { page, before } = await open(TIELING);
  const findings = panel(page, 'button.finding[data-rule="provenance/injected-content"]');
  expect(await findings.count()).toBe(2);
  // 引用的通知《即时比分办公厅关于…》: the name in the notice's title, in the report's first paragraph, brought into sight.
  await findings.nth(0).click();
  expect(await waitFor(() => lit(page, 'grl-chosen'), (l) => l[0]?.seen === true)).toEqual([{ text: '即时比分办公厅', in: '按照《中华人民共', seen: true }]);
  expect(await status(page)).toBe('已在页面上标出 1 处');
  expect(await panel(page, '.places').count()).toBe(0);
  // 页面含有…赌博/广告词语："即时比分": in the notice, and twice in the footer; the first gone to, then the next.
  await findings.nth(1).click();
  expect((await lit(page, 'grl-chosen')).map((l) => `${l.text}·${l.in}`)).toEqual(['即时比分·按照《中华人民共', '即时比分·版权所有:即时比', '即时比分·版权所有:即时比']);
  expect([await status(page), await placeCount(page)]).toEqual(['已在页面上标出 3 处', '第 1/3 处']);
  await panel(page, '.places [data-action=next-place]').click();
  expect(await waitFor(() => lit(page, 'grl-current'), (l) => l[0]?.seen === true)).toEqual([{ text: '即时比分', in: '版权所有:即时比', seen: true }]);
  expect([await status(page), await placeCount(page)]).toEqual(['已转到第 2 处（共 3 处）', '第 2/3 处']);
  // Closed, the page is as it was, no highlight left.
  await closePanel(page);
  expect(await snapshot(page)).toEqual(before);
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
});

it('goes through longde-chengguan-2021\'s two places of its 落款 finding, the 统计期限 sentence far up the page and the 落款, by choosing it again', async () => {
  const { page, before } = await open(LONGDE);
  const finding = panel(page, 'button.finding[data-rule="document/signed-after-period"]');
  await finding.click();
  // In the page's order: the sentence that states the 统计期限 first.
  expect(await waitFor(() => lit(page, 'grl-current'), (l) => l[0]?.seen === true)).toEqual([{ text: '2021年1月1日至12月31日', in: '根据《中华人民共', seen: true }]);
  expect([await status(page), await placeCount(page)]).toEqual(['已在页面上标出 2 处', '第 1/2 处']);
  await finding.click();
  expect(await waitFor(() => lit(page, 'grl-current'), (l) => l[0]?.seen === true)).toEqual([{ text: '2021年1月19日', in: '2021年1月1', seen: true }]);
  expect([await status(page), await placeCount(page)]).toEqual(['已转到第 2 处（共 2 处）', '第 2/2 处']);
  // Both stay lit as the finding's; from the last, back to the first.
  expect((await lit(page, 'grl-chosen')).map((l) => l.text).sort()).toEqual(['2021年1月19日', '2021年1月1日至12月31日']);
  await finding.click();
  expect(await placeCount(page)).toBe('第 1/2 处');
  await closePanel(page);
  expect(await snapshot(page)).toEqual(before);
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
});

// When the page was read differs between the browser and the expectation, read in Node.
const readAtLeftOut = (text: string) => text.replace(/（读取于 [^）]+）|\(read [^)]+\)/, '');

it('copies tieling-2019\'s findings as a numbered list under its title, issuer, year and address, in Chinese or, asked for, in English', async () => {
  const report = fixtureReport('tieling-2019.html');
  const { page } = await open(TIELING);
  await panel(page, '[data-action=export-menu]').click();
  await panel(page, '[data-action=copy-findings]').click();
  // The status line names what was copied: the 7 findings.
  await panel(page, '[role=status].feedback').filter({ hasText: '已复制到剪贴板：检查结果 7 条' }).waitFor();
  const copied = await readClipboard(browser);
  expect(copied.split('\n').slice(0, 3)).toEqual(['铁岭市2019年度政府信息公开工作报告', '发布机关：铁岭市人民政府；年度：2019', `网址：${TIELING}`]);
  expect(readAtLeftOut(copied)).toBe(readAtLeftOut(findingsToText(report, { language: 'zh', url: TIELING })));
  // In English, the information findings hidden: left out, and said to be.
  await page.close();
  await browser.worker.evaluate(() => chrome.storage.sync.set({ settings: { autoCheck: true, autoOpen: false, language: 'en', trustedDomains: [], rememberReports: true } }));
  const english = (await open(TIELING)).page;
  await panel(english, '[data-severity=info]').click();
  await panel(english, '[data-action=export-menu]').click();
  await panel(english, '[data-action=copy-findings]').click();
  await panel(english, '[role=status].feedback').filter({ hasText: 'Copied to the clipboard: 3 findings' }).waitFor();
  const en = await readClipboard(browser);
  expect(en.split('\n')[3]).toMatch(/^Findings of GovReport Lens \(read .+\): 3 warnings \(left out: 4 info\)$/);
  expect(readAtLeftOut(en)).toBe(readAtLeftOut(findingsToText(report, { language: 'en', url: TIELING, hidden: ['info'] })));
});

it('opens a finding\'s rule on what it checks, why, and a report it passes and one it fails, from the rule itself, and closes it again', async () => {
  const { page } = await open(TIELING);
  const about = panel(page, 'li:has(.finding[data-rule="provenance/injected-content"]) details.rule-info').first();
  expect(await about.locator('p').first().isVisible()).toBe(false);
  await about.locator('summary').click();
  expect(await about.locator('p').allTextContents()).toEqual([
    '检查：页面没有被替换的机关名、网址，被遮去的文字或注入的赌博、垃圾广告内容',
    expect.stringMatching(/^理由：镜像站常把"国务院"等机关名批量替换成自己的站名（如"即时比分办公厅"/),
    expect.stringMatching(/^通过的例子：按照《国务院办公厅关于/),
    expect.stringMatching(/^不通过的例子：按照《即时比分办公厅关于.+版权所有:即时比分$/),
    '检查编号：provenance/injected-content',
  ]);
  // By the keyboard too: Enter on its summary closes it.
  await about.locator('summary').press('Enter');
  expect(await about.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
  // Esc closes it too, the focus left on its summary, the panel open; the next Esc would close the panel.
  await about.locator('summary').press('Enter');
  await about.locator('summary').press('Escape');
  expect(await about.evaluate((d) => [(d as HTMLDetailsElement).open, (d.getRootNode() as ShadowRoot).activeElement === d.querySelector('summary')])).toEqual([false, true]);
  expect(await panel(page).count()).toBe(1);
  // In English, all of it in English, the page's words it quotes explained (it gave the Chinese rationale under an English label).
  await browser.worker.evaluate(() => chrome.storage.sync.set({ settings: { autoCheck: true, autoOpen: false, language: 'en', trustedDomains: [], rememberReports: true } }));
  await about.locator('summary').filter({ hasText: 'About this check' }).click();
  // What it checks is the finding's gist just above it, not said again.
  expect(await about.locator('p').allTextContents()).toEqual([
    expect.stringMatching(/^Why: Mirror sites often replace the names of bodies such as 国务院 \(the State Council\) wholesale with their own site's name/),
    expect.stringMatching(/^Example that passes: 按照《国务院办公厅关于.+ \(“as the General Office of the State Council's notice/),
    expect.stringMatching(/^Example that fails: .+: the State Council replaced by 即时比分 \(“live scores”\), a gambling site's name/),
    'Check code: provenance/injected-content',
  ]);
});
