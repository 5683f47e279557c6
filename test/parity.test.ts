import * as cheerio from 'cheerio';
import type { AnyNode } from 'domhandler';
import { textContent } from 'domutils';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { pageFromCheerio } from '../lib/page/cheerio-source.ts';
import { pageFromDom } from '../lib/page/dom-source.ts';
import type { PageModel } from '../lib/page/model.ts';
import { extractWithCheerio, extractWithDom, FIXTURES, fixtureHtml, fixtureUrl } from './support/fixtures.ts';
import { formPage } from './support/form-page.ts';
import { legacyPage, randomLegacyLayout } from './support/legacy-table.ts';
import { random, randomFigures, randomLayout, reportPage } from './support/standard-tables.ts';

// One engine, two adapters: the live DOM and cheerio must give the same report, byte for byte,
// and bind the same figures (by path) to cells with the same text, the same characters of it.
function expectSameReadings(html: string, url: string | null) {
  const viaCheerio = extractWithCheerio(html, url);
  const viaDom = extractWithDom(html, url);
  expect(JSON.stringify(viaDom.report)).toBe(JSON.stringify(viaCheerio.report));
  const refs = (x: { bindings: { ref: { table: string; path: string } }[] }) => x.bindings.map((b) => `${b.ref.table}:${b.ref.path}`);
  expect(refs(viaDom)).toEqual(refs(viaCheerio));
  expect(viaDom.bindings.map((b) => b.node.textContent)).toEqual(viaCheerio.bindings.map((b) => textContent(b.node as AnyNode)));
  expect(viaDom.bindings.map((b) => b.range)).toEqual(viaCheerio.bindings.map((b) => b.range));
}

describe('DOM path and cheerio path give identical JSON', () => {
  for (const { file, url } of FIXTURES) it(file, () => expectSameReadings(fixtureHtml(file), url));

  // A saved page says where it was: the browser's note stands before <html>, outside the DOM's documentElement.
  it('a saved page, its address taken from the note Chrome writes atop it', () => {
    const url = fixtureUrl('tieling-2019.html');
    const html = fixtureHtml('tieling-2019.html').replace('<!DOCTYPE html>\n', `<!DOCTYPE html>\n<!-- saved from url=(00${url.length})${url} -->\n`);
    expectSameReadings(html, null);
    const { report } = extractWithDom(html, null);
    expect(report.source.url).toBe(url);
    expect(report.warnings.map((w) => w.rule)).toContain('provenance/official-domain');
  });

  it('a report generated from a form: the figures in controls, bound to their cells', () => {
    const html = formPage(fixtureHtml('tieling-2019.html'));
    expectSameReadings(html, null);
    const { report, bindings } = extractWithDom(html, null);
    expect(report.applications?.newReceived?.total).toBe(42);
    expect(new Set(bindings.filter((b) => !b.range).map((b) => (b.node as Element).localName))).toEqual(new Set(['td']));
  });

  // The option a <select> shows with none marked selected: a list box (size > 1) shows none chosen, a drop-down
  // its first option not disabled (nor in a disabled group).
  it('form controls: the option shown where none is marked selected', () => {
    const row = '<td><select size="3"><option>1</option><option>2</option></select></td><td><select><option disabled>0</option><option>5</option></select></td>'
      + '<td><select><optgroup disabled><option>0</option></optgroup><option>7</option></select></td><td><select size="1"><option>9</option></select></td>'
      + '<td><select multiple><option>4</option></select></td>';
    const html = `<table><tr>${row}</tr></table>`;
    const cells = (page: PageModel<unknown>) => page.tables[0]!.rows[0]!.cells.map((c) => c.text);
    const doc = new Window().document;
    doc.body.innerHTML = html;
    const viaDom = cells(pageFromDom(doc as unknown as Document));
    expect(viaDom).toEqual(['', '5', '7', '9', '']);
    expect(cells(pageFromCheerio(cheerio.load(html).root()[0]!))).toEqual(viaDom);
  });

  // Pages written in the layouts portals use (test/support): <th>, Word's <o:p>, no-break spaces, page breaks.
  it.each(Array.from({ length: 12 }, (_, i) => i + 1))('written page, seed %i', (seed) => {
    const rand = random(seed);
    const layout = randomLayout(rand);
    expectSameReadings(reportPage(randomFigures(rand, layout), layout, rand), null);
    const legacy = random(seed);
    expectSameReadings(legacyPage(randomLegacyLayout(legacy), legacy).html, null);
  });
});
