// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { cellKey } from '../../lib/cells.ts';
import { consistentFigures, type Layout, PLAIN_LAYOUT, random, reportPage } from '../../test/support/standard-tables.ts';
import { summarize } from '../../lib/years/summary.ts';
import { makeReport } from '../../test/support/report.ts';
import type { FetchedPage } from './protocol.ts';
import type { YearsAnswer, YearsAsk } from '../options/year-store.ts';
import { rememberedIn } from '../../test/support/storage-area.ts';

// The background, as the annotator sees it: a page fetched for each address served here, none for the others,
// once `fetching` lets it through; the year store over the extension's storage; the options' remembering switch as saved.
const served = new Map<string, string>();
const stored = new Map<string, unknown>();
const options = vi.hoisted(() => ({ remembering: true, fetching: Promise.resolve() }));
vi.mock('wxt/browser', async () => ({
  browser: {
    runtime: {
      sendMessage: vi.fn(async (message: { url: string } | YearsAsk): Promise<FetchedPage | YearsAnswer> => {
        if ('type' in message && message.type === 'grl:years') return (await import('../options/year-store.ts')).answerYears(message);
        const { url } = message as { url: string };
        await options.fetching;
        const html = served.get(url);
        return html === undefined ? { ok: false, problem: { kind: 'unreachable', cause: 404 } } : { ok: true, url, html };
      }),
    },
    storage: {
      local: (await import('../../test/support/storage-area.ts')).storageArea(stored),
    },
    extension: { inIncognitoContext: false },
  },
}));
vi.mock('../options/settings-store.ts', async () => {
  const { DEFAULT_SETTINGS } = await import('../options/settings.ts');
  return { loadSettings: async () => ({ ...DEFAULT_SETTINGS, rememberReports: options.remembering }) };
});
const { readOtherPages, readPage, readYearLink } = await import('./read-page.ts');
const { rememberYear } = await import('../options/year-store.ts');

const layout: Layout = PLAIN_LAYOUT;
const rand = random(3);
const whole = reportPage(consistentFigures(rand, layout), layout, rand);
const DIR = 'https://www.example.gov.cn/zfxxgk/ndbg/202301/';
const file = (k: number) => `t20230120_4567890${k === 1 ? '' : `_${k - 1}`}.html`;
// Three pages: 一、二 (表二), 三 (表三), 四 to 六 (表四), each with TRS's pager and the portal's tools.
const cuts = [whole.indexOf('<p>一、'), whole.indexOf('<p>三、'), whole.indexOf('<p>四、'), whole.indexOf('</body>')];
const pageHtml = (k: number) => `${whole.slice(0, cuts[0])}${whole.slice(cuts[k - 1], cuts[k])}
<div class="page">${[1, 2, 3].map((n) => (n === k ? `<span>${n}</span>` : `<a href="${file(n)}">${n}</a>`)).join(' ')}</div>
<div>【打印本页】【关闭窗口】</div></body></html>`;

/** Page 1 as the browser shows it: `written` is what the portal's scripts wrote into it. */
async function firstPage(written = '') {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`${DIR}${file(1)}`);
  document.documentElement.innerHTML = new DOMParser().parseFromString(pageHtml(1).replace('</body>', `${written}</body>`), 'text/html').documentElement.innerHTML;
  const reading = await readPage(document, { trustedDomains: [], rememberReports: false });
  if (!reading.ok) throw new Error(reading.message);
  return reading;
}

describe('readOtherPages', () => {
  beforeEach(() => served.clear());

  it('reads the report over its pages, the figures of the others known to have no cell here', async () => {
    served.set(`${DIR}${file(2)}`, pageHtml(2));
    served.set(`${DIR}${file(3)}`, pageHtml(3));
    const reading = await firstPage();
    expect(reading.pages).toEqual({ own: 1, total: 3, others: [{ page: 2, url: `${DIR}${file(2)}` }, { page: 3, url: `${DIR}${file(3)}` }] });
    expect(reading.report.applications).toBeNull();
    const read = await readOtherPages(document, reading, { trustedDomains: [] });
    expect(read.pages!.done).toEqual({ read: [1, 2, 3], failed: [] });
    expect(read.report.applications).not.toBeNull();
    expect(read.report.reviewLitigation).not.toBeNull();
    expect(read.places.elsewhere.has('applications:newReceived.total')).toBe(true);
    // Page 1's own figures (表二) keep their cells.
    expect(reading.bindings.some((b) => read.places.elsewhere.has(cellKey(b.ref)))).toBe(false);
    expect(read.bindings.filter((b) => b.node.ownerDocument === document).length).toBe(reading.bindings.length);
  });

  it('leaves out a page it could not read, and one the server served as another page again', async () => {
    // A server that ignores the page's name serves page 1 for page 2.
    served.set(`${DIR}${file(2)}`, pageHtml(1));
    const reading = await firstPage();
    const read = await readOtherPages(document, reading, { trustedDomains: [] });
    expect(read.pages!.done).toEqual({
      read: [1], failed: [{ page: 2, problem: { kind: 'same-page', as: 1 } }, { page: 3, problem: { kind: 'unreachable', cause: 404 } }],
    });
    // Nothing joined: the page's own reading stands.
    expect(read.report).toBe(reading.report);
  });

  it('knows page 1 served again though the live page has lines its scripts wrote', async () => {
    served.set(`${DIR}${file(1)}`, pageHtml(1));
    served.set(`${DIR}${file(2)}`, pageHtml(1));
    served.set(`${DIR}${file(3)}`, pageHtml(3));
    // A portal's script counts the visit; the fetched pages, parsed with no script run, have no such line.
    const reading = await firstPage('<div>您是本站第 104235 位访问者</div>');
    const read = await readOtherPages(document, reading, { trustedDomains: [] });
    expect(read.pages!.done).toEqual({ read: [1, 3], failed: [{ page: 2, problem: { kind: 'same-page', as: 1 } }] });
  });

  it('knows page 1 served again though the server counted the visit in it', async () => {
    const counted = (visits: number) => pageHtml(1).replace('</body>', `<div>浏览次数：${visits}</div></body>`);
    served.set(`${DIR}${file(1)}`, counted(1234));
    served.set(`${DIR}${file(2)}`, counted(1235));
    served.set(`${DIR}${file(3)}`, pageHtml(3));
    const read = await readOtherPages(document, await firstPage('<div>浏览次数：1233</div>'), { trustedDomains: [] });
    expect(read.pages!.done).toEqual({ read: [1, 3], failed: [{ page: 2, problem: { kind: 'same-page', as: 1 } }] });
  });

  it('says a page fetched as the empty shell a portal loads its article into holds no article, not that it repeats page 1', async () => {
    const shell = `${whole.slice(0, cuts[0])}<div id="article"></div><div>【打印本页】【关闭窗口】</div></body></html>`;
    for (const k of [1, 2, 3]) served.set(`${DIR}${file(k)}`, shell);
    const reading = await firstPage();
    const read = await readOtherPages(document, reading, { trustedDomains: [] });
    expect(read.pages!.done).toEqual({ read: [1], failed: [{ page: 2, problem: { kind: 'no-article' } }, { page: 3, problem: { kind: 'no-article' } }] });
    expect(read.report).toBe(reading.report);
  });
});

describe('readPage', () => {
  it("takes a page saved and opened from disk to be where the browser's note says it was saved from", async () => {
    const saved = `${DIR}${file(1)}`;
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('file:///C:/Users/me/Downloads/report.html');
    document.documentElement.innerHTML = new DOMParser().parseFromString(whole, 'text/html').documentElement.innerHTML;
    const note = document.insertBefore(document.createComment(` saved from url=(00${saved.length})${saved} `), document.documentElement);
    const reading = await readPage(document, { trustedDomains: [], rememberReports: false });
    note.remove();
    expect(reading.ok && reading.report.source.url).toBe(saved);
  });

  it('tells the panel the issuer and year only the page\'s <title> gives are taken from it', async () => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`${DIR}${file(1)}`);
    const headless = whole.replace(/<h1>.*<\/h1>/, '');
    for (const [html, fromHead] of [[whole, []], [headless, [['document:issuer', 'title'], ['document:year', 'title']]]] as const) {
      document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
      const reading = await readPage(document, { trustedDomains: [], rememberReports: false });
      if (!reading.ok) throw new Error(reading.message);
      expect(reading.report.document).toMatchObject({ issuer: '某某市人民政府办公室', year: 2022 });
      expect([...reading.places.fromHead]).toEqual(fromHead);
    }
  });
});

describe('readYearLink', () => {
  // shanghai-office-2019 and its next year's report, which links to it as its portal's 上一篇 does.
  const Y2019 = 'https://www.shanghai.gov.cn/nw12344/20200131/0001.html';
  const Y2020 = 'https://www.shanghai.gov.cn/nw12344/20210131/0001.html';
  const y2019 = readFileSync('test/fixtures/pages/shanghai-office-2019.html', 'utf8');
  const y2020 = y2019.replaceAll('2019', '2020').replaceAll('2018', '2019')
    .replace('</body>', '<p><a href="/nw12344/20200131/0001.html">上一篇：2019年上海市人民政府办公厅政府信息公开工作年度报告</a></p></body>');
  /** Stores what remembering keeps once the report of 2019 is read from the link, `switched` the switch while it is fetched. */
  async function rememberedWhile(switched: boolean): Promise<number[]> {
    stored.clear();
    served.set(Y2019, y2019);
    options.remembering = true;
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(Y2020);
    document.documentElement.innerHTML = new DOMParser().parseFromString(y2020, 'text/html').documentElement.innerHTML;
    const reading = await readPage(document, { trustedDomains: [], rememberReports: true });
    if (!reading.ok || !reading.years) throw new Error('not compared');
    let fetched = () => {};
    options.fetching = new Promise((done) => { fetched = done; });
    const link = reading.years.offers.find((l) => l.year === 2019)!;
    const read = readYearLink(reading, link, { trustedDomains: [] });
    options.remembering = !switched;
    fetched();
    expect((await read).ok).toBe(true);
    await vi.waitFor(() => expect(rememberedIn(stored).length).toBeGreaterThan(0));
    await new Promise((done) => setTimeout(done, 20));
    return rememberedIn(stored).map((s) => (s as { year: number }).year).sort();
  }

  it('offers no link to a year read in a 统计表, and says it was not compared (a 2019 统计表 before the 2020 report in the 2019 form)', async () => {
    stored.clear();
    options.remembering = true;
    const legacy2019 = summarize(makeReport({
      document: { year: 2019, issuer: '上海市人民政府办公厅', format: 'legacy' }, source: { ...makeReport().source, url: Y2019 },
      activeDisclosure: null, applications: null, reviewLitigation: null,
      legacyStats: [{ code: '另1', label: '主动公开文件数', unit: '条', value: 2069, cumulative: 12106 }],
    }))!;
    await rememberYear(legacy2019);
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(Y2020);
    document.documentElement.innerHTML = new DOMParser().parseFromString(y2020, 'text/html').documentElement.innerHTML;
    const reading = await readPage(document, { trustedDomains: [], rememberReports: true });
    if (!reading.ok) throw new Error(reading.message);
    expect(reading.years).toEqual({ compared: [], offers: [], unlike: [legacy2019] });
  });

  it('remembers a 统计表 read from the link, said to be of the other kind, and offers its link no more (2019\'s figures in 平潭综合实验区 2011\'s 统计表)', async () => {
    stored.clear();
    options.remembering = true;
    served.set(Y2019, readFileSync('test/fixtures/years/pingtan-2011.html', 'utf8').replaceAll('2011', '2019').replaceAll('平潭综合实验区', '上海市人民政府办公厅'));
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(Y2020);
    document.documentElement.innerHTML = new DOMParser().parseFromString(y2020, 'text/html').documentElement.innerHTML;
    const reading = await readPage(document, { trustedDomains: [], rememberReports: true });
    if (!reading.ok || !reading.years) throw new Error('not compared');
    const link = reading.years.offers.find((l) => l.year === 2019)!;
    expect(await readYearLink(reading, link, { trustedDomains: [] })).toEqual({ ok: false, problem: { kind: 'other-kind', format: 'legacy' } });
    await vi.waitFor(() => expect(rememberedIn(stored).length).toBe(2)); // the page's report and the 统计表
    const again = await readPage(document, { trustedDomains: [], rememberReports: true });
    if (!again.ok || !again.years) throw new Error('not compared');
    expect([again.years.offers, again.years.unlike?.map((y) => [y.year, y.format])]).toEqual([[], [[2019, 'legacy']]]);
  });

  it('remembers the report read from the link, unless remembering was turned off while it was read', async () => {
    expect(await rememberedWhile(false)).toEqual([2019, 2020]);
    // The page's own report was stored before the switch: only the one read after it is not.
    expect(await rememberedWhile(true)).toEqual([2020]);
  });
});
