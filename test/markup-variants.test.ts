// The tables of real report pages dressed as other portals, editors and office suites dress the same tables
// (test/support/markup-variants.ts), one way at a time: every figure of 表二, 表三, 表四 and the 统计表 reads as
// from the page itself, and no finding comes or goes but the notes a variant says it brings.
import { describe, expect, it } from 'vitest';
import { onCells, reserialised, VARIANTS } from './support/markup-variants.ts';
import { checkVariants, dresses, fixturePage } from './support/variant-check.ts';

// Each page with tables once: the 2019 and 2021 forms, a portal's own markup (shanghai-office-2019), the 统计表
// (xiaobanqiao-2018) and one body's three years.
const PAGES = ['pages/tieling-2019.html', 'pages/longde-chengguan-2021.html', 'pages/shanghai-office-2019.html', 'pages/xiaobanqiao-2018.html',
  'years/pingtan-2021.html', 'years/pingtan-2022.html', 'years/pingtan-2023.html'];

checkVariants('the tables of real pages dressed as other portals and tools dress them', PAGES.map((file) => fixturePage(file)), VARIANTS, reserialised);

// A variant whose selector matched nothing still writes every page out anew (htmlparser2's serialising differs
// from 6 of the 7 fixtures): it must count as dressing none, or it would pass having tested nothing (review 20 no. 8).
describe('a variant that matched nothing', () => {
  it('counts as dressing no page', () => {
    const html = PAGES.map((file) => fixturePage(file).html);
    expect(html.filter((page) => page !== reserialised(page)).length).toBeGreaterThan(0);
    expect(html.filter((page) => dresses(onCells(page, () => {}), page, reserialised))).toEqual([]);
  });
});
