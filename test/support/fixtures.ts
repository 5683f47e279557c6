// Loads the real report pages of test/fixtures/pages (copied from ../shared/fixtures) the way the CLI does.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';
import { Window } from 'happy-dom';
import { extract, type Extraction } from '../../lib/extract.ts';
import { pageFromCheerio } from '../../lib/page/cheerio-source.ts';
import { pageFromDom } from '../../lib/page/dom-source.ts';

export interface FixtureEntry { file: string; url: string; format: string; year: number | null; title: string }

const dir = new URL('../fixtures/pages/', import.meta.url);
export const FIXTURES: FixtureEntry[] = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8'));
export const FIXED_NOW = new Date('2026-11-21T12:00:00.000Z');

/** The fixture page's path on disk, for what reads files (the CLI). */
export const fixturePath = (file: string): string => fileURLToPath(new URL(file, dir));

export function fixtureHtml(file: string): string {
  return readFileSync(new URL(file, dir), 'utf8');
}

export function fixtureUrl(file: string): string {
  return FIXTURES.find((f) => f.file === file)!.url;
}

/** The CLI's path: cheerio over the saved page. */
export function extractWithCheerio(html: string, url: string | null) {
  return extract(pageFromCheerio(cheerio.load(html).root()[0]!), { url, now: FIXED_NOW });
}

/** The content script's path: a live DOM (happy-dom here, Chromium in the end-to-end tests). */
export function extractWithDom(html: string, url: string | null): Extraction<Node> {
  const window = new Window({ url: url ?? 'about:blank' });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return extract(pageFromDom(doc), { url, now: FIXED_NOW });
}

export function fixtureReport(file: string) {
  return extractWithCheerio(fixtureHtml(file), fixtureUrl(file)).report;
}
