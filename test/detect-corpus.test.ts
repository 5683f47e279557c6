// The badge's first look (lib/detect.ts) over every real page the team keeps: on a gov.cn page, where the detector runs,
// it must not pass over a page the engine reads as a report (the engine then never runs by itself there), nor say yes on
// a near/ page that is none (each yes costs the page the engine's load). Pages are read as the CLI reads them; the head
// is read from a live DOM as the content script does. The engine runs only where the look says no, and on near/.
import { Window } from 'happy-dom';
import { expect, it } from 'vitest';
import { readSource } from '../cli/read-source.ts';
import { headTextOf, looksLikeReport } from '../lib/detect.ts';
import { corpusPages } from './support/corpus-pages.ts';
import { extractWithCheerio } from './support/fixtures.ts';

const GOV = /\.gov\.cn$/i;
const pages = corpusPages();

it('says yes on every gov.cn page the engine reads as a report, and on no near/ page on gov.cn that is none', async () => {
  const window = new Window();
  const missed: string[] = [];
  const wrong: string[] = [];
  for (const file of pages) {
    const { html, url } = await readSource(file, null, 1000);
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const says = looksLikeReport(doc.title, headTextOf(doc));
    const near = file.startsWith('test/corpus/near/');
    if (says && !near) continue;
    const { report } = extractWithCheerio(html, url);
    const address = report.source.url;
    if (!address || !GOV.test(new URL(address).hostname)) continue;
    if (report.document.isReport && !says) missed.push(file);
    if (!report.document.isReport && says) wrong.push(file);
  }
  await window.happyDOM.close();
  expect(pages.length).toBeGreaterThan(300);
  expect(missed).toEqual([]);
  expect(wrong).toEqual([]);
}, 20_000);
