// Chromium with the built extension, fixtures served at their real URLs, and the toolbar click
// simulated through the service worker (the recipe in ../shared/notes/toolchain.md).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import type { BackgroundMessage, FrameState } from '../../entrypoints/annotator.content/protocol.ts';

export const EXTENSION = resolve('.output/chrome-mv3-e2e');

export interface Browser { context: BrowserContext; worker: Worker; close(): Promise<void> }

// The panel's markup, as the tests find it (and code they give the page to run): its host element, and the panel in the
// host's shadow root.
export const HOST = 'grl-panel';
export const PANEL = '.panel';

/** Where the panel may be: a page, or a frame of it. */
type Holder = Pick<Page | Frame, 'locator'>;

/** The panel's host element, on the page while the panel is open. */
export const panelHost = (where: Holder) => where.locator(HOST);

/** A part of the panel (in its shadow root, which Playwright's locators pierce); the panel itself where no selector is given. */
export const panelPart = (where: Holder, selector = '') => where.locator(`${HOST} ${PANEL} ${selector}`.trim());

/**
 * Clicks the icon in the tab showing `url`, once the panel shows `ready` in `where` (the tab's page, or the frame the
 * panel opens in): the panel itself shows before the page is read.
 */
export async function showPanel(browser: Browser, where: Holder, url: string, ready: string): Promise<void> {
  await clickIcon(browser.worker, url);
  await panelPart(where, ready).waitFor();
}

/** A new tab at `url`, its icon clicked, once the panel shows `ready`. */
export async function openPanel(browser: Browser, url: string, ready: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await showPanel(browser, page, url, ready);
  return page;
}

/** Resolves once the panel has left the page, however it was closed. */
export const panelClosed = (where: Holder) => panelHost(where).waitFor({ state: 'detached' });

/** Closes the panel as a reader does, by Esc, once it has left the page. */
export async function closePanel(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await panelClosed(page);
}

/** `backForwardCache`: keep pages left in the bfcache, as Chrome does (Playwright turns it off); `extension`: another build's folder. */
export async function launchWithExtension({ backForwardCache = false, extension = EXTENSION } = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'grl-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    ignoreDefaultArgs: ['--disable-extensions', ...(backForwardCache ? ['--disable-back-forward-cache'] : [])],
    args: [
      `--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
  return {
    context, worker,
    async close() { await context.close(); rmSync(profile, { recursive: true, force: true }); },
  };
}

/**
 * Serves `pages` (URL → HTML) and the extension's own files, nothing else: every other request fails, as there is no network.
 * A page given as bytes is served as saved, its <meta charset> deciding (a GBK portal's page).
 */
export async function servePages(context: BrowserContext, pages: Map<string, string | Buffer>): Promise<void> {
  await context.route('**/*', (route) => {
    const url = route.request().url().replace(/#.*$/, '');
    if (url.startsWith('chrome-extension://')) return route.continue(); // the extension's own pages
    const body = pages.get(url);
    if (body === undefined) return route.abort();
    return route.fulfill({ body, contentType: typeof body === 'string' ? 'text/html; charset=utf-8' : 'text/html' });
  });
}

/** What a click on the toolbar icon does in the tab showing `url`. */
export async function clickIcon(worker: Worker, url: string): Promise<void> {
  await worker.evaluate(async (u) => {
    const [tab] = await chrome.tabs.query({ url: u });
    if (!tab) throw new Error(`no tab at ${u}`);
    // dispatch() is Chromium's way to fire an extension event; it is not in the typings.
    (chrome.action.onClicked as unknown as { dispatch(t: chrome.tabs.Tab): void }).dispatch(tab);
  }, url);
}

/**
 * Resolves once the extension's content scripts have run in `page`: their isolated world exists (DevTools
 * lists it as they are injected) and has answered an evaluation queued behind their first run.
 */
export async function extensionScriptsRan(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const world = new Promise<number>((found) => {
    cdp.on('Runtime.executionContextCreated', ({ context: c }) => { if (c.origin.startsWith('chrome-extension://')) found(c.id); });
  });
  await cdp.send('Runtime.enable'); // lists the worlds that exist already, then each one created
  await cdp.send('Runtime.evaluate', { expression: '0', contextId: await world });
  await cdp.detach();
}

export async function badgeOf(worker: Worker, url: string): Promise<{ text: string; title: string }> {
  return worker.evaluate(async (u) => {
    const [tab] = await chrome.tabs.query({ url: u });
    return { text: await chrome.action.getBadgeText({ tabId: tab!.id! }), title: await chrome.action.getTitle({ tabId: tab!.id! }) };
  }, url);
}

/** What the worker heard of a tab: each message its frames sent the background, and each badge text painted for it, in order. */
export type Heard = BackgroundMessage | { type: 'badge'; text: string };
type Hearing = { heard?: Record<number, Heard[]> };

/**
 * From now on the worker keeps what it hears of the tab at `url` (heardOf gives it); gives the tab's id. The background's
 * listener was added first: when a message is heard, the background has taken it in, and a paint it asked for comes after.
 */
export async function hear(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (u) => {
    const [tab] = await chrome.tabs.query({ url: u });
    if (tab?.id === undefined) throw new Error(`no tab at ${u}`);
    const id = tab.id, heard: Heard[] = [];
    ((globalThis as Hearing).heard ??= {})[id] = heard;
    chrome.runtime.onMessage.addListener((m: BackgroundMessage, sender) => { if (sender.tab?.id === id) heard.push(m); });
    const paint = chrome.action.setBadgeText.bind(chrome.action);
    chrome.action.setBadgeText = ((details: chrome.action.BadgeTextDetails) => {
      if (details.tabId === id) heard.push({ type: 'badge', text: details.text ?? '' });
      return paint(details);
    }) as typeof chrome.action.setBadgeText;
    return id;
  }, url);
}

/** Polls what the worker heard of the tab (since hear) until `done` accepts it; returns the last seen either way. */
export function heardOf(worker: Worker, tabId: number, done: (heard: Heard[]) => boolean): Promise<Heard[]> {
  return waitFor(() => worker.evaluate((id) => (globalThis as Hearing).heard![id]!, tabId), done);
}

/** The states announced in what was heard. */
export const statesIn = (heard: Heard[]) => heard.flatMap((m) => (m.type === 'grl:state' ? [m.state] : []));

/**
 * Asks the annotator in the tab's top frame for its state as the background does (it reads the page where it has no
 * reading), and waits for the state it announces as it answers: gives the answer and every state heard since
 * hear, that one last. A frame's messages come in the order it sent them: nothing it announced before is missing.
 */
export async function askState(worker: Worker, tabId: number): Promise<{ state: FrameState; heard: FrameState[] }> {
  const state = await worker.evaluate((id) => chrome.tabs.sendMessage<unknown, FrameState>(id, { type: 'grl:state' }, { frameId: 0 }), tabId);
  const heard = statesIn(await heardOf(worker, tabId, (h) => JSON.stringify(statesIn(h).at(-1)) === JSON.stringify(state)));
  return { state, heard };
}

/** Polls until `read` gives a value `done` accepts; returns the last value either way. */
export async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  let value = await read();
  while (!done(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

/**
 * Resolves `ended` at the page's next scrollend: listening before the click that scrolls catches a scroll however short or slow.
 * Only for a click that must move the page: one that needs no move fires no scrollend (Chromium 150, a smooth
 * scrollIntoView to where the page already is), and the wait ends at the test's timeout.
 */
export const nextScrollEnd = (page: Page) =>
  page.evaluateHandle(() => ({ ended: new Promise<void>((done) => { addEventListener('scrollend', () => done(), { once: true }); }) }));

/** The whole document as markup, and what a reader sees as text: the two things closing must restore. */
export function snapshot(page: Page): Promise<{ html: string; text: string }> {
  return page.evaluate(() => ({ html: document.documentElement.outerHTML, text: document.body.innerText }));
}

/** A blank secure page to read the clipboard from: http pages (most portals) have no navigator.clipboard. */
export const CLIPBOARD_PAGE = 'https://clipboard.e2e.test/';

/** The clipboard's text, read on CLIPBOARD_PAGE (which the test must serve). */
export async function readClipboard(browser: Browser): Promise<string> {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(CLIPBOARD_PAGE).origin });
  const page = await browser.context.newPage();
  try {
    await page.goto(CLIPBOARD_PAGE);
    return await page.evaluate(() => navigator.clipboard.readText());
  } finally {
    await page.close();
  }
}

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** What axe-core (WCAG 2 A/AA) finds wrong in the panel, each rule with the number of its nodes. */
export async function panelViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (panel) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run({ include: [panel] }, { runOnly: ['wcag2a', 'wcag2aa'] });
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  }, [HOST, PANEL]);
}
