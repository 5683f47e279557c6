import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { extractWithCheerio } from '../../test/support/fixtures.ts';
import { issuerKey } from '../../lib/years/issuer-key.ts';
import { summarize, type YearSummary } from '../../lib/years/summary.ts';

// The extension's storage, as a map.
const stored = new Map<string, unknown>();
vi.mock('wxt/browser', () => ({
  browser: {
    storage: {
      local: {
        get: vi.fn(async (keys: string[]) => Object.fromEntries(keys.flatMap((k) => (stored.has(k) ? [[k, stored.get(k)]] : [])))),
        set: vi.fn(async (items: Record<string, unknown>) => { for (const [k, v] of Object.entries(items)) stored.set(k, v); }),
      },
    },
  },
}));
const { adjacentYears, rememberYear } = await import('./year-store.ts');

// 平潭综合实验区's 2011 and 2012 统计表 (test/fixtures/years/README.md), read as the extension reads them.
const read = (year: number, address: string) => summarize(extractWithCheerio(
  readFileSync(`test/fixtures/years/pingtan-${year}.html`, 'utf8'), `https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/${address}.htm`).report)!;
const y2011 = read(2011, '201204/t20120420_80678');
const y2012 = read(2012, '201302/t20130228_80734');
// The same body's report named in full, as its 2014 report is titled (平潭综合实验区管委会2014年度…).
const inFull = (summary: YearSummary): YearSummary => ({ ...summary, issuer: '平潭综合实验区管委会', key: issuerKey('平潭综合实验区管委会') });

describe('adjacentYears', () => {
  beforeEach(() => stored.clear());

  it('finds the year before remembered under the body\'s short name where this year names it in full, and the other way round', async () => {
    await rememberYear(y2011);
    expect((await adjacentYears(inFull(y2012))).map((s) => s.year)).toEqual([2011]);
    stored.clear();
    await rememberYear(inFull(y2011));
    expect((await adjacentYears(y2012)).map((s) => s.year)).toEqual([2011]);
  });

  it('still finds what older versions stored under the name as read, with its site or without', async () => {
    const full = inFull(y2011);
    stored.set(`year:pingtan.gov.cn/${full.key}:2011`, full);
    expect((await adjacentYears(inFull(y2012))).map((s) => s.issuer)).toEqual(['平潭综合实验区管委会']);
    stored.clear();
    stored.set(`year:${full.key}:2011`, full);
    expect((await adjacentYears(inFull(y2012))).map((s) => s.issuer)).toEqual(['平潭综合实验区管委会']);
  });
});
