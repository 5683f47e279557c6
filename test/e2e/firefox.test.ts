// The Firefox build (.output/firefox-mv3-e2e) in Debian's Firefox ESR, on one report: the auto-check,
// the panel, the marks, Copy JSON and a page left as it was. The full journey on every page is annotator.test.ts.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST, waitFor } from './browser.ts';
import { badgeText, expectedFor, pathsInPage, withoutExtractedAt } from './expected.ts';
import { launchFirefoxWithExtension, type Firefox } from './firefox.ts';

const FILE = 'test/fixtures/pages/tieling-2019.html';
// The fixture's own URL is a mirror's; at its portal's address the page is auto-checked as it loads.
const PAGE_URL = 'http://www.tieling.gov.cn/zwgk/zfxxgknb/2020/02/28/0001.html';
const HTML = readFileSync(FILE, 'utf8');
const REPORT = { file: 'test/fixtures/pages/longde-chengguan-2021.html', url: 'http://www.nxld.gov.cn/xxgk/zfxxgknb/202201/t20220119_0001.html' };
// Pages a tab goes to from the report. gov.cn is a public suffix: each portal is a site of its own.
const LEFT_FOR = { 'another site': 'http://www.mmx.gov.cn/xxgk/2022/01/t20220110_0002.html', 'the same site': 'http://www.nxld.gov.cn/xxgk/2022/01/t20220110_0003.html' };
const NOT_A_REPORT = readFileSync('test/e2e/pages/not-a-report.html', 'utf8');
// The report in the 文字版 tab the portal hid under its 全真版 viewer (served over http, as every page here).
const HIDDEN_TAB = { file: 'test/fixtures/tabs/pingtan-2025-qzb.html', url: 'http://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202603/t20260313_105587.htm' };
// A report with cells in conflict (the text's 258 against 表三's 275), served over http.
const CONFLICTS = { file: 'test/fixtures/pages/shanghai-office-2019.html', url: 'http://www.shanghai.gov.cn/nw12344/20200131/0001.html' };
// The 2019 report at another address of its site (a tab of its own), and the office's next report as it would read had
// it copied last year's (other-years.test.ts).
const YEARS = {
  y2019: { url: 'http://www.shanghai.gov.cn/nw12344/20200131/0002.html', html: readFileSync(CONFLICTS.file, 'utf8') },
  y2020: { url: 'http://www.shanghai.gov.cn/nw12344/20210131/0001.html', html: readFileSync(CONFLICTS.file, 'utf8').replaceAll('2019', '2020').replaceAll('2018', '2019') },
};

let firefox: Firefox;

beforeAll(async () => { firefox = await launchFirefoxWithExtension(new Map([
  [PAGE_URL, HTML], [REPORT.url, readFileSync(REPORT.file, 'utf8')], [HIDDEN_TAB.url, readFileSync(HIDDEN_TAB.file, 'utf8')], [CONFLICTS.url, readFileSync(CONFLICTS.file, 'utf8')], ...Object.values(YEARS).map((p) => [p.url, p.html] as const), ...Object.values(LEFT_FOR).map((url) => [url, NOT_A_REPORT] as const),
])); });
afterAll(async () => { await firefox?.close(); });

// In the page: the whole document as markup and as a reader sees it.
const snapshot = () => ({ html: document.documentElement.outerHTML, text: document.body.innerText });

describe('Firefox', () => {
  it('auto-checks tieling-2019, marks the cells the engine read, copies the CLI\'s JSON, and a second click leaves the page as it was', async () => {
    const expected = await expectedFor(FILE, PAGE_URL);
    const { report } = expected;
    const badge = badgeText(report);
    expect(report.document).toMatchObject({ isReport: true, issuer: '铁岭市人民政府', year: 2019 });
    expect(expected.figureCells.length).toBeGreaterThan(50);

    const tab = await firefox.open(PAGE_URL);
    // Checked as it loaded: the badge tells the result, the document is still the served HTML.
    const auto = await waitFor(() => firefox.badgeOf(PAGE_URL), (b) => b.text === badge);
    expect(auto.text).toBe(badge);
    expect(auto.title).toMatch(/^年报透视：/);
    const before = await firefox.evaluate(tab, snapshot);
    expect(before.html).toBe(await firefox.evaluate(tab, (html: string) => new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML, HTML));

    // The panel opens saying it is reading the page: the report is in once its header is.
    await firefox.showPanel(tab, PAGE_URL, '.report-header');
    expect(await firefox.panelText(tab, '[data-testid=issuer]')).toBe('铁岭市人民政府');
    expect(await firefox.panelText(tab, '[data-testid=year]')).toBe('2019');
    expect(await firefox.panelText(tab, '[data-testid=warning-count]')).toBe(String(report.warnings.length));
    expect(await firefox.evaluate(tab, `() => ${pathsInPage('[data-grl-figure]')}`)).toEqual(expected.figureCells);
    expect(await firefox.evaluate(tab, `() => ${pathsInPage('[data-grl-conflict]')}`)).toEqual(expected.conflictCells);
    expect(await firefox.evaluate(tab, () => CSS.highlights.get('grl-prose')?.size ?? 0)).toBe(expected.proseRanges);
    expect((await firefox.badgeOf(PAGE_URL)).text).toBe(badge);

    // An http page: the panel copies by execCommand, and the parent process reads the clipboard.
    await firefox.clickInPanel(tab, '[data-action=copy-json]');
    expect(await waitFor(() => firefox.panelText(tab, '.feedback'), (text) => text !== '')).toBe('已复制到剪贴板：报告 JSON');
    expect(withoutExtractedAt(await firefox.readClipboard())).toBe(withoutExtractedAt(expected.json));

    await firefox.closePanel(tab, PAGE_URL);
    expect(await firefox.evaluate(tab, snapshot)).toEqual(before);
    expect(await firefox.evaluate(tab, () => CSS.highlights.size)).toBe(0);
  });

  it('shows the tab the portal hid from the note while the panel is open, and gives the page back as it was on close', async () => {
    const tab = await firefox.open(HIDDEN_TAB.url);
    const before = await firefox.evaluate(tab, snapshot);
    await firefox.showPanel(tab, HIDDEN_TAB.url, '.report-header');
    const shows = () => firefox.evaluate(tab, () => document.querySelector('.word_con')!.getClientRects().length > 0);
    expect(await shows()).toBe(false);
    const toggle = () => firefox.clickInPanel(tab, '[data-action=hidden-tab]');
    await toggle();
    expect(await waitFor(shows, (shown) => shown)).toBe(true);
    await toggle();
    expect(await waitFor(shows, (shown) => !shown)).toBe(false);
    expect(await firefox.evaluate(tab, () => document.querySelector('.word_con')!.getAttribute('style'))).toBe('display: none;');
    await toggle();
    expect(await waitFor(shows, (shown) => shown)).toBe(true);

    await firefox.closePanel(tab, HIDDEN_TAB.url);
    expect(await firefox.evaluate(tab, snapshot)).toEqual(before);
  });

  it('goes from 表三\'s 258 clicked on the page to its finding in the panel, the focus left on the page, n on to its next place (not as typed in a field of a closed shadow root)', async () => {
    const tab = await firefox.open(CONFLICTS.url);
    await firefox.showPanel(tab, CONFLICTS.url, '.report-header');
    const chosen = () => firefox.evaluate(tab, (host: string) => [...document.querySelector(host)!.shadowRoot!.querySelectorAll('.finding[aria-current=true]')]
      .map((f) => f.getAttribute('data-rule')), HOST);
    expect(await chosen()).toEqual([]);
    await firefox.clickInPage(tab, 'td[data-grl-conflict=error]');
    expect(await waitFor(chosen, (rules) => rules.length > 0)).toEqual(['prose/table-agreement']);
    expect(await firefox.evaluate(tab, () => document.activeElement!.textContent!.trim())).toBe('258');
    // n from the page goes to its next place; typed in a field the page keeps in a closed shadow root, it stays the field's
    // (Firefox's openOrClosedShadowRoot looks in). What the session did with each: whether it took the key from the page.
    const taken = () => firefox.evaluate(tab, () => {
      const press = (target: Element) => {
        const key = new KeyboardEvent('keydown', { key: 'n', bubbles: true, cancelable: true, composed: true });
        target.dispatchEvent(key);
        return key.defaultPrevented;
      };
      const root = document.body.appendChild(document.createElement('div')).attachShadow({ mode: 'closed' });
      root.innerHTML = '<input aria-label="站内搜索">';
      root.querySelector('input')!.focus();
      return [press(document.body), press(root.querySelector('input')!)];
    });
    expect(await taken()).toEqual([true, false]);
    await firefox.closePanel(tab, CONFLICTS.url);
  });

  it.for(Object.entries(LEFT_FOR))('clears the badge when the tab leaves a report for %s', async ([, url]) => {
    const badge = badgeText((await expectedFor(REPORT.file, REPORT.url)).report);
    const tab = await firefox.open(REPORT.url);
    expect((await waitFor(() => firefox.badgeOf(REPORT.url), (b) => b.text === badge)).text).toBe(badge);
    const before = (await firefox.badgesSetIn(REPORT.url)).length;

    await firefox.navigate(tab, url);
    // The report's detector and annotator each say as it goes that it shows no more, and the next page's detector that it
    // shows no report there; Firefox may deliver the report's going after the next page spoke, from another process.
    // Whichever comes first takes the report away, and the badge is painted for it (Firefox cleared the tab's on the way);
    // the others change nothing, and paint nothing: none counts the report.
    const set = (await waitFor(() => firefox.badgesSetIn(url), (texts) => texts.length > before)).slice(before);
    expect(set.length).toBeGreaterThan(0);
    expect(set.filter((t) => t !== '')).toEqual([]);
    expect((await firefox.badgeOf(url)).text).toBe('');
  });

  // The year store is Firefox's event page's to run, asked by message: a read it did not answer compares nothing, silently.
  it('compares a report with its office\'s report of the year before, both read in this browser', async () => {
    const before = await firefox.open(YEARS.y2019.url);
    await firefox.showPanel(before, YEARS.y2019.url, '.report-header');
    expect(await firefox.panelText(before, '[data-testid=other-years]')).toMatch(/^尚未读过本机关相邻年度的年报/);
    await firefox.closePanel(before, YEARS.y2019.url);
    const tab = await firefox.open(YEARS.y2020.url);
    await firefox.showPanel(tab, YEARS.y2020.url, '.report-header');
    expect(await firefox.panelText(tab, '.years-side-by-side h2')).toBe('与 2019年度报告 对照');
    await firefox.closePanel(tab, YEARS.y2020.url);
  });
});
