import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { extractWithCheerio } from '../../test/support/fixtures.ts';
import { issuerKey } from '../../lib/years/issuer-key.ts';
import { summarize, type YearSummary } from '../../lib/years/summary.ts';
import { siteOf } from '../../lib/years/site.ts';

// The extension's storage, as a map.
const stored = new Map<string, unknown>();
vi.mock('wxt/browser', async () => {
  const { storageArea } = await import('../../test/support/storage-area.ts');
  return { browser: { storage: { local: storageArea(stored) } } };
});
const { adjacentYears, forgetAll, listRemembered, rememberYear } = await import('./year-store.ts');
const { browser } = await import('wxt/browser');

// 平潭综合实验区's 2011 and 2012 统计表 (test/fixtures/years/README.md), read as the extension reads them.
const read = (year: number, address: string) => summarize(extractWithCheerio(
  readFileSync(`test/fixtures/years/pingtan-${year}.html`, 'utf8'), `https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/${address}.htm`).report)!;
const y2011 = read(2011, '201204/t20120420_80678');
const y2012 = read(2012, '201302/t20130228_80734');
// The same body's report named in full, as its 2014 report is titled (平潭综合实验区管委会2014年度…).
const inFull = (summary: YearSummary): YearSummary => ({ ...summary, issuer: '平潭综合实验区管委会', key: issuerKey('平潭综合实验区管委会') });

// The same figures as another body's report, read at another address: the issuer spellings of real reports
// (lib/years/summary.test.ts sameBody, the pages they were read on).
const as = (summary: YearSummary, issuer: string, url: string): YearSummary => ({ ...summary, issuer, key: issuerKey(issuer), url, site: siteOf(url) });
const xuanzhou = 'https://www.xuanzhou.gov.cn/XxgkAnnualReport/show/';
const sqsc = 'http://www.sqsc.gov.cn/scqzyz/gknb/202301/dfc21262312e404c9fd6e53aadd69871.shtml';
const harbin = 'https://www.harbin.gov.cn/a/';
const issuers = (found: YearSummary[]) => found.map((s) => `${s.issuer} ${s.year}`);

describe('adjacentYears', () => {
  // A store as a new install starts it, and this page's module afresh (it remembers having moved older entries).
  beforeEach(async () => { stored.clear(); await forgetAll(); });

  it('finds the year before remembered under the body\'s short name where this year names it in full, and the other way round', async () => {
    await rememberYear(y2011);
    expect((await adjacentYears(inFull(y2012))).map((s) => s.year)).toEqual([2011]);
    await forgetAll();
    await rememberYear(inFull(y2011));
    expect((await adjacentYears(y2012)).map((s) => s.year)).toEqual([2011]);
  });

  it('still finds what older versions stored under the name as read, with its site or without', async () => {
    const full = inFull(y2011);
    stored.set(`year:pingtan.gov.cn/${full.key}:2011`, full);
    expect((await adjacentYears(inFull(y2012))).map((s) => s.issuer)).toEqual(['平潭综合实验区管委会']);
    await forgetAll();
    stored.set(`year:${full.key}:2011`, full);
    expect((await adjacentYears(inFull(y2012))).map((s) => s.issuer)).toEqual(['平潭综合实验区管委会']);
  });

  it('finds the year before named with its district or without, as the CLI pairs them: 杨柳镇 and 宣州区杨柳镇 on xuanzhou.gov.cn, 中扬镇 and 宿城区中扬镇 on sqsc.gov.cn', async () => {
    await rememberYear(as(y2011, '杨柳镇人民政府', `${xuanzhou}4570.html`));
    expect(issuers(await adjacentYears(as(y2012, '宣州区杨柳镇人民政府', `${xuanzhou}6394.html`)))).toEqual(['杨柳镇人民政府 2011']);
    await rememberYear(as(y2011, '宿城区中扬镇人民政府', sqsc));
    expect(issuers(await adjacentYears(as(y2012, '中扬镇', sqsc)))).toEqual(['宿城区中扬镇人民政府 2011']);
    // And the year after.
    expect(issuers(await adjacentYears({ ...as(y2011, '中扬镇', sqsc), year: 2010 }))).toEqual(['宿城区中扬镇人民政府 2011']);
  });

  it('does not pair a town with another county\'s of its name, on a city-wide platform or on another site', async () => {
    await rememberYear(as(y2011, '道里区太平镇人民政府', `${harbin}2.html`));
    await rememberYear(as(y2011, '道外区太平镇人民政府', `${harbin}3.html`));
    expect(await adjacentYears(as(y2012, '太平镇人民政府', `${harbin}1.html`))).toEqual([]);
    // Both kept, each found by its own name.
    expect(issuers(await adjacentYears(as(y2012, '道外区太平镇', `${harbin}4.html`)))).toEqual(['道外区太平镇人民政府 2011']);
    await rememberYear(as(y2011, '宣州区杨柳镇人民政府', `${xuanzhou}6394.html`));
    expect(await adjacentYears(as(y2012, '杨柳镇人民政府', 'https://www.other.gov.cn/1.html'))).toEqual([]);
  });

  it('reads two years\' lists of names on the site and the entries they name, not the whole store', async () => {
    await rememberYear(as(y2011, '杨柳镇人民政府', `${xuanzhou}4570.html`));
    const get = vi.mocked(browser.storage.local.get);
    get.mockClear();
    await adjacentYears(as(y2012, '宣州区杨柳镇人民政府', `${xuanzhou}6394.html`));
    expect(get.mock.calls).toEqual([
      ['yearstore:indexed:portal'], // the older entries moved already
      [['yearnames:xuanzhou.gov.cn/2011', 'yearnames:xuanzhou.gov.cn/2013']],
      [['year:xuanzhou.gov.cn/宣州区杨柳镇:2011', 'year:xuanzhou.gov.cn/杨柳镇:2011', 'year:xuanzhou.gov.cn/宣州区杨柳镇:2013']],
    ]);
  });

  it('keeps one body\'s report of a year once, the later reading, whichever of its names each page gave', async () => {
    await rememberYear(as(y2011, '杨柳镇人民政府', `${xuanzhou}4570.html`));
    await rememberYear(as(y2011, '宣州区杨柳镇人民政府', `${xuanzhou}6394.html`));
    expect((await listRemembered()).length).toBe(1);
    expect(issuers(await adjacentYears(as(y2012, '杨柳镇', `${xuanzhou}1.html`)))).toEqual(['宣州区杨柳镇人民政府 2011']);
    // Another body of the site stays: the district's own report.
    await rememberYear(as(y2011, '宣州区人民政府', `${xuanzhou}2.html`));
    expect((await listRemembered()).length).toBe(2);
  });

  it('removes at the next reading of the report the entry under its other name that a removal cut short left', async () => {
    await rememberYear(as(y2011, '杨柳镇人民政府', `${xuanzhou}4570.html`));
    vi.mocked(browser.storage.local.remove).mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(rememberYear(as(y2011, '宣州区杨柳镇人民政府', `${xuanzhou}6394.html`))).rejects.toThrow('QUOTA');
    await rememberYear(as(y2011, '宣州区杨柳镇人民政府', `${xuanzhou}6394.html`));
    expect((await listRemembered()).length).toBe(1);
    expect(stored.get('yearnames:xuanzhou.gov.cn/2011')).toEqual(['宣州区杨柳镇']);
  });

  it('still finds a report under its own name where its site\'s list lost it (two pages writing the list at once)', async () => {
    await rememberYear(y2011);
    stored.delete('yearnames:pingtan.gov.cn/2011');
    expect(issuers(await adjacentYears(y2012))).toEqual([`${y2011.issuer} 2011`]);
  });
});

describe('remembered reports stored by older versions', () => {
  beforeEach(async () => { stored.clear(); await forgetAll(); });

  it('counts a report stored under its full name and again under its body\'s once, keeping the later reading', async () => {
    const full = inFull(y2011);
    stored.set(`year:pingtan.gov.cn/${full.key}:2011`, full);
    const later = { ...y2011, extractedAt: '2030-01-01T00:00:00.000Z' };
    stored.set('year:pingtan.gov.cn/平潭综合实验区:2011', later);
    stored.set(`year:${inFull(y2012).key}:2012`, inFull(y2012));
    expect((await listRemembered()).length).toBe(2);
    expect([...stored.keys()].filter((k) => k.startsWith('year:')).sort()).toEqual(['year:pingtan.gov.cn/平潭综合实验区:2011', 'year:pingtan.gov.cn/平潭综合实验区:2012']);
    expect(stored.get('year:pingtan.gov.cn/平潭综合实验区:2011')).toEqual(later);
    // Listed, so a name with the district before it would find them.
    expect(stored.get('yearnames:pingtan.gov.cn/2012')).toEqual(['平潭综合实验区']);
  });

  it('moves again at the next reading a move cut short before the old keys were removed, and counts the report once', async () => {
    const full = inFull(y2011);
    stored.set(`year:pingtan.gov.cn/${full.key}:2011`, full);
    vi.mocked(browser.storage.local.remove).mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(listRemembered()).rejects.toThrow('QUOTA');
    expect((await listRemembered()).length).toBe(1);
    expect([...stored.keys()].filter((k) => k.startsWith('year:'))).toEqual(['year:pingtan.gov.cn/平潭综合实验区:2011']);
  });

  it('keeps what another tab remembered while this one was moving the older entries: its reading and its list\'s names', async () => {
    stored.set(`year:pingtan.gov.cn/${inFull(y2011).key}:2011`, inFull(y2011));
    stored.set('year:pingtan.gov.cn/平潭综合实验区:2012', y2012);
    const later = { ...y2012, extractedAt: '2030-01-01T00:00:00.000Z' };
    const later2011 = { ...y2011, extractedAt: '2030-01-01T00:00:00.000Z' };
    // The marker read as ever; then the whole store, after which the other tab writes, before this one does.
    vi.mocked(browser.storage.local.get).mockImplementationOnce(async () => ({})).mockImplementationOnce(async () => {
      const all = Object.fromEntries(stored);
      // The other tab, between this one's reading of the store and its writing.
      stored.set('year:pingtan.gov.cn/平潭综合实验区:2012', later);
      stored.set('year:pingtan.gov.cn/平潭综合实验区:2011', later2011);
      stored.set('yearnames:pingtan.gov.cn/2011', ['宣州区杨柳镇']);
      stored.set('yearnames:pingtan.gov.cn/2012', ['平潭综合实验区']);
      return all;
    });
    expect((await listRemembered()).length).toBe(2);
    expect(stored.get('year:pingtan.gov.cn/平潭综合实验区:2012')).toEqual(later);
    expect(stored.get('year:pingtan.gov.cn/平潭综合实验区:2011')).toEqual(later2011);
    expect(stored.get('yearnames:pingtan.gov.cn/2011')).toEqual(['宣州区杨柳镇', '平潭综合实验区']);
  });

  it('finds a report the version before stored under its host, on another host of its portal (松木塘镇 2022 on jw.taojiang.gov.cn, 2023 on taojiang.gov.cn), and forgets all', async () => {
    const jw = 'http://jw.taojiang.gov.cn/25074/25162/37354/39633/index.htm';
    // As the version before stored them: under the host, listed under it, its body's names moved already.
    const songmutang = { ...as(y2011, '桃江县松木塘镇人民政府', jw), year: 2022, site: 'jw.taojiang.gov.cn' };
    const zhabu = { ...as(y2011, '桃江县鲊埠回族乡人民政府', 'http://jw.taojiang.gov.cn/25074/25157/37334/37726/index.htm'), site: 'jw.taojiang.gov.cn' };
    stored.set('year:jw.taojiang.gov.cn/桃江县松木塘镇:2022', songmutang);
    stored.set('yearnames:jw.taojiang.gov.cn/2022', ['桃江县松木塘镇']);
    stored.set('year:jw.taojiang.gov.cn/桃江县鲊埠回族乡:2011', zhabu);
    stored.set('yearnames:jw.taojiang.gov.cn/2011', ['桃江县鲊埠回族乡']);
    stored.set('yearstore:indexed', true);
    const y2023 = { ...as(y2012, '桃江县松木塘镇人民政府', 'http://taojiang.gov.cn/25074/25162/37354/41155/index.htm'), year: 2023 };
    expect(issuers(await adjacentYears(y2023))).toEqual(['桃江县松木塘镇人民政府 2022']);
    expect([...stored.keys()].sort()).toEqual(['year:taojiang.gov.cn/桃江县松木塘镇:2022', 'year:taojiang.gov.cn/桃江县鲊埠回族乡:2011',
      'yearnames:taojiang.gov.cn/2011', 'yearnames:taojiang.gov.cn/2022', 'yearstore:indexed:portal']);
    expect((await listRemembered()).length).toBe(2);
    await forgetAll();
    expect([...stored.keys()]).toEqual([]);
  });

  it('forgets the flag and lists of the version before too', async () => {
    stored.set('yearnames:jw.taojiang.gov.cn/2022', ['桃江县松木塘镇']);
    stored.set('yearstore:indexed', true);
    await forgetAll();
    expect([...stored.keys()]).toEqual([]);
  });

  it('keeps an entry that no longer validates where it is', async () => {
    stored.set('year:pingtan.gov.cn/平潭综合实验区:2011', { key: '平潭综合实验区' });
    // Listed by its key's name and year, so the reader sees it among what forgetting removes.
    expect(await listRemembered()).toEqual([{ issuer: '平潭综合实验区', year: 2011, url: null }]);
    expect(stored.get('year:pingtan.gov.cn/平潭综合实验区:2011')).toEqual({ key: '平潭综合实验区' });
  });
});

describe('listRemembered', () => {
  beforeEach(async () => { stored.clear(); await forgetAll(); });

  it('lists each report remembered by issuer and year, with the address it was read at', async () => {
    await rememberYear(y2012);
    await rememberYear(as(y2011, '宣州区杨柳镇人民政府', `${xuanzhou}6394.html`));
    await rememberYear(y2011);
    expect(await listRemembered()).toEqual([
      { issuer: y2011.issuer, year: 2011, url: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/201204/t20120420_80678.htm' },
      { issuer: y2012.issuer, year: 2012, url: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/201302/t20130228_80734.htm' },
      { issuer: '宣州区杨柳镇人民政府', year: 2011, url: `${xuanzhou}6394.html` },
    ]);
  });
});

describe('two pages at once', () => {
  beforeEach(async () => { stored.clear(); await forgetAll(); });

  it('lists both bodies two pages of a site remember for one year at the same moment', async () => {
    await Promise.all([
      rememberYear(as(y2011, '杨柳镇人民政府', `${xuanzhou}4570.html`)),
      rememberYear(as(y2011, '宣州区人民政府', `${xuanzhou}2.html`)),
    ]);
    expect(stored.get('yearnames:xuanzhou.gov.cn/2011')).toEqual(['杨柳镇', '宣州区']);
    // So the town is found under its name with its district.
    expect(issuers(await adjacentYears(as(y2012, '宣州区杨柳镇人民政府', `${xuanzhou}6394.html`)))).toEqual(['杨柳镇人民政府 2011']);
  });

  it('forgets all, the older entries being moved meanwhile included', async () => {
    stored.set(`year:pingtan.gov.cn/${inFull(y2011).key}:2011`, inFull(y2011));
    await Promise.all([listRemembered(), forgetAll()]);
    expect([...stored.keys()]).toEqual([]);
  });
});
