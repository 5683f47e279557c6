// A finding about words of the page (a name a mirror put in a notice's title, an injected word, a heading) is bound
// to where the page prints them, as the report's dates are: the characters of each place, in their text nodes.
import type { AnyNode } from 'domhandler';
import { textContent } from 'domutils';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../lib/extract.ts';
import { compareYears } from '../lib/years/compare.ts';
import { summarize } from '../lib/years/summary.ts';
import { extractWithCheerio, extractWithDom, fixtureHtml, fixtureUrl } from './support/fixtures.ts';

/** Each finding about words: "rule: the characters of each place | the start of the text node they are in". */
function wordPlaces<N>({ words }: Extraction<N>, textOf: (node: N) => string): string[] {
  return [...words].map(([warning, places]) => `${warning.rule}: ${places.map((place) => place.map(({ node, start, end }) => {
    const text = textOf(node);
    return `${text.slice(start, end)} | ${text.trim().slice(0, 12)}`;
  }).join(' + ')).join('; ')}`);
}

describe('where the page prints the words a finding is about', () => {
  it('binds tieling-2019\'s 即时比分办公厅 in the notice it cites, and each 即时比分 the page prints, alike over the DOM and cheerio', () => {
    const html = fixtureHtml('tieling-2019.html'), url = fixtureUrl('tieling-2019.html');
    const cheerio = wordPlaces(extractWithCheerio(html, url), (n) => textContent(n as AnyNode));
    expect(cheerio).toEqual([
      'provenance/injected-content: 即时比分办公厅 | 按照《中华人民共和国政府',
      'provenance/injected-content: 即时比分 | 按照《中华人民共和国政府; 即时比分 | 版权所有:即时比分 主办; 即时比分 | 版权所有:即时比分 主办',
      // Its last part's title, which lost its 六、.
      'document/numbering: 其它需要报告的事项? | 其它需要报告的事项?',
    ]);
    expect(wordPlaces(extractWithDom(html, url), (n) => n.textContent ?? '')).toEqual(cheerio);
  });

  it('binds nothing for a finding about the page as a whole (its site) or about figures', () => {
    const { report, words } = extractWithCheerio(fixtureHtml('tieling-2019.html'), fixtureUrl('tieling-2019.html'));
    const worded = new Set(words.keys());
    expect(report.warnings.filter((w) => !worded.has(w)).map((w) => w.rule)).toEqual([
      'figure/noise-removed', 'figure/noise-removed', 'figure/noise-removed', 'provenance/official-domain']);
  });

  it('keeps each finding\'s words with it once other years\' findings are added after the report\'s own (compareYears), in any order shown', () => {
    const { report, words } = extractWithCheerio(fixtureHtml('tieling-2019.html'), fixtureUrl('tieling-2019.html'));
    const own = summarize(report)!;
    // Its own figures as the year before's: the report comes back with the cross-year findings after its own.
    const { report: compared, against } = compareYears(report, [{ ...own, year: own.year - 1 }]);
    expect(against).toHaveLength(1);
    // Shown the other way round, as a list sorted or filtered may show them: each finding still quotes its own words
    // (a pairing by position, as the words once were, would give the first finding's words to the second).
    const shown = [...compared.warnings].reverse().filter((w) => w.rule === 'provenance/injected-content');
    expect(shown.map((w) => [w.message.slice(0, 8), words.get(w)?.map((place) => place.map(({ node, start, end }) => textContent(node as AnyNode).slice(start, end)).join(''))]))
      .toEqual([['页面含有与政府报', ['即时比分', '即时比分', '即时比分']], ['引用的通知《即时', ['即时比分办公厅']]]);
  });
});
