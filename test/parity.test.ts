import type { AnyNode } from 'domhandler';
import { textContent } from 'domutils';
import { describe, expect, it } from 'vitest';

const textOf = (node: AnyNode) => textContent(node);
import { extractWithCheerio, extractWithDom, FIXTURES, fixtureHtml } from './support/fixtures.ts';

// One engine, two adapters: the live DOM and cheerio must give the same report, byte for byte,
// and bind the same figures (by path) to cells with the same text.
describe('DOM path and cheerio path give identical JSON', () => {
  for (const { file, url } of FIXTURES) {
    it(file, () => {
      const html = fixtureHtml(file);
      const viaCheerio = extractWithCheerio(html, url);
      const viaDom = extractWithDom(html, url);
      expect(JSON.stringify(viaDom.report)).toBe(JSON.stringify(viaCheerio.report));
      const refs = (x: { bindings: { ref: { table: string; path: string } }[] }) => x.bindings.map((b) => `${b.ref.table}:${b.ref.path}`);
      expect(refs(viaDom)).toEqual(refs(viaCheerio));
      const domText = viaDom.bindings.map((b) => b.node.textContent);
      const cheerioText = viaCheerio.bindings.map((b) => textOf(b.node));
      expect(domText).toEqual(cheerioText);
    });
  }
});
