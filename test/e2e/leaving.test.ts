// A tab that leaves a report for a page of another site, and comes back to it from the bfcache. Chrome delivers what the
// report's scripts say as it goes (pagehide) after the next page took the tab, from another frameId.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { badgeOf, hear, heardOf, launchWithExtension, servePages, statesIn, waitFor, type Browser, type Heard } from './browser.ts';
import { badgeText, expectedFor } from './expected.ts';

const REPORT = { file: 'test/fixtures/pages/longde-chengguan-2021.html', url: 'http://www.nxld.gov.cn/xxgk/zfxxgknb/202201/t20220119_0001.html' };
// gov.cn is a public suffix: each portal is a site of its own.
const OTHER_SITE = 'http://www.mmx.gov.cn/xxgk/2022/01/t20220110_0002.html';
const PAGES = new Map([[REPORT.url, readFileSync(REPORT.file, 'utf8')], [OTHER_SITE, readFileSync('test/e2e/pages/not-a-report.html', 'utf8')]]);

let badge: string;
beforeAll(async () => { badge = badgeText((await expectedFor(REPORT.file, REPORT.url)).report); });

/** The badge texts painted since the first state an annotator announced (one saying again what it said paints nothing). */
function paintedSinceState(heard: Heard[]): string[] {
  const first = heard.findIndex((m) => m.type === 'grl:state');
  return first < 0 ? [] : heard.slice(first).flatMap((m) => (m.type === 'badge' ? [m.text] : []));
}

/** Opens the report in a new tab and waits for its badge; the worker hears of the tab from then on. */
async function openReport(browser: Browser): Promise<{ page: Page; tab: number }> {
  const page = await browser.context.newPage();
  await page.goto(REPORT.url);
  expect((await waitFor(() => badgeOf(browser.worker, REPORT.url), (b) => b.text === badge)).text).toBe(badge);
  return { page, tab: await hear(browser.worker, REPORT.url) };
}

/**
 * Goes from the report to OTHER_SITE: once both the report's scripts said it goes, the next page's detector said it shows
 * no report there, and the badge was painted for the one of the three that took the report away (the others change
 * nothing the badge shows: no paint), the badge there.
 */
async function leaveForOtherSite(browser: Browser, page: Page, tab: number): Promise<{ text: string; title: string }> {
  await page.goto(OTHER_SITE);
  const said = (heard: Heard[]) => heard.filter((m) => m.type !== 'badge').map(({ type }) => type).sort();
  const painted = (heard: Heard[]) => heard.flatMap((m) => (m.type === 'badge' ? [m.text] : []));
  const heard = await heardOf(browser.worker, tab, (h) => said(h).length >= 3 && painted(h).length > 0);
  expect(said(heard)).toEqual(['grl:detected', 'grl:gone', 'grl:gone']);
  // Nothing of the report counted once the tab left it, whatever came first.
  expect(painted(heard)).toEqual(['']);
  return badgeOf(browser.worker, OTHER_SITE);
}

/** The manifest's tooltip: what the tab shows with no title of its own (the browser drops the tab's as it navigates). */
const defaultTitle = (browser: Browser) => browser.worker.evaluate(() => chrome.action.getTitle({}));

it('clears the badge when the tab leaves a report for another site', async () => {
  const browser = await launchWithExtension();
  try {
    await servePages(browser.context, PAGES);
    const { page, tab } = await openReport(browser);
    const there = await leaveForOtherSite(browser, page, tab);
    expect(there.text).toBe('');
    expect(['', await defaultTitle(browser)]).toContain(there.title);
  } finally {
    await browser.close();
  }
});

it('clears the badge as the report goes into the bfcache, and shows it again when the tab goes back to it', async () => {
  const browser = await launchWithExtension({ backForwardCache: true });
  try {
    await servePages(browser.context, PAGES);
    const { page, tab } = await openReport(browser);
    await page.evaluate(() => { addEventListener('pageshow', (e) => { (window as { restored?: boolean }).restored = e.persisted; }); });
    expect((await leaveForOtherSite(browser, page, tab)).text).toBe('');

    const left = (await heardOf(browser.worker, tab, () => true)).length;
    const back = page.goBack({ waitUntil: 'commit' });
    // The report's scripts say again what it showed; the badge painted once its annotator's state is heard counts its reading.
    const heard = (await heardOf(browser.worker, tab, (h) => statesIn(h.slice(left)).length > 0 && paintedSinceState(h.slice(left)).length > 0)).slice(left);
    await back;
    expect(statesIn(heard).at(-1)).toMatchObject({ checked: true, isReport: true });
    expect(paintedSinceState(heard).at(-1)).toBe(badge);
    expect((await badgeOf(browser.worker, REPORT.url)).text).toBe(badge);
    expect(await page.evaluate(() => (window as { restored?: boolean }).restored)).toBe(true);
  } finally {
    await browser.close();
  }
});
