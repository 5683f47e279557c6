// A report whose text the portal's script hid in a tab: the 文字版 beside a 全真版 PDF viewer that shows first
// (test/fixtures/tabs). The text is the issuer's own, one click away: its tables are read as though shown.
import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { extractWithCheerio } from './support/fixtures.ts';

const PAGE = readFileSync(new URL('fixtures/tabs/pingtan-2025-qzb.html', import.meta.url), 'utf8');
const HIDDEN = '<div class="word_con" ms-controller="QzbView" ms-visible="show==1||qzbFile==\'\'" style="display: none;">';
const read = (html: string) => extractWithCheerio(html, null).report;

describe('a report in a hidden tab', () => {
  it('reads the 文字版\'s tables under the 全真版 viewer: 表二, 表三 and 表四 as the tab prints them', () => {
    expect(PAGE).toContain(HIDDEN);
    const report = read(PAGE);
    expect(report.document).toMatchObject({ isReport: true, year: 2025, format: '2021', issuer: '平潭综合实验区' });
    expect(report.activeDisclosure?.normativeDocuments).toEqual({ issued: 58, repealed: 45, inForce: 546 });
    expect(report.applications?.newReceived).toMatchObject({ naturalPerson: 151, commercial: 3, total: 154 });
    expect(report.applications?.carriedForward).toMatchObject({ naturalPerson: 4, commercial: 2, total: 6 });
    expect(report.reviewLitigation?.review).toEqual({ upheld: 25, corrected: 3, other: 8, pending: 0, total: 36 });
  });

  it('gives the hidden tab it read the report from, for the extension to show a reader the cells in it: the 文字版\'s box alone', () => {
    const { hiddenTab } = extractWithCheerio(PAGE, null);
    expect(hiddenTab.map((node) => cheerio.load(node).html()).map((html) => html.slice(0, html.indexOf('>') + 1))).toEqual([HIDDEN]);
    expect(extractWithCheerio(PAGE.replace(HIDDEN, HIDDEN.replace(' style="display: none;"', '')), null).hiddenTab).toEqual([]);
  });

  it('reads it as the page with the tab shown reads it, findings and all, but the note that the tab was hidden', () => {
    const shown = read(PAGE.replace(HIDDEN, HIDDEN.replace(' style="display: none;"', '')));
    const hidden = read(PAGE);
    expect(shown.applications).not.toBeNull();
    expect(hidden.warnings.map((w) => w.rule)).toEqual([...shown.warnings.map((w) => w.rule), 'document/hidden-tab']);
    expect({ ...hidden, source: null, warnings: shown.warnings }).toEqual({ ...shown, source: null });
  });

  it('leaves a hidden copy out where the shown text has the tables', () => {
    // The tab shown, and after it a hidden copy whose 表三 gives another first figure: the shown one is read.
    const start = PAGE.indexOf('<div class=TRS_Editor>');
    const article = PAGE.slice(start, PAGE.indexOf('</div>', PAGE.indexOf('<p style="text-indent: 2em;">2025年，无收取信息处理费情况。</p>')) + 6);
    const copy = `<div style="display:none">${article.replace('<p style="text-indent: 0em;">151</p>', '<p style="text-indent: 0em;">152</p>')}</div>`;
    const page = PAGE.replace(HIDDEN, HIDDEN.replace(' style="display: none;"', '')).replace('</body>', `${copy}</body>`);
    expect(read(page).applications?.newReceived?.naturalPerson).toBe(151);
  });
});
