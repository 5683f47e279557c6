import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractWithCheerio } from '../../../test/support/fixtures.ts';
import { findingsOf, makeContext, makeReport } from '../../../test/support/report.ts';
import { hiddenTab } from './hidden-tab.ts';

// pingtan-2025-qzb: the 文字版 tab hidden under the 全真版 viewer (test/fixtures/tabs).
const PAGE = readFileSync(new URL('../../../test/fixtures/tabs/pingtan-2025-qzb.html', import.meta.url), 'utf8');
const NOTE = '报告的表格在页面隐藏的标签页中（如“文字版”），已当作显示读取；页面上的标注在该标签页里，切换到它才能看到';

describe('document/hidden-tab', () => {
  it('says nothing of a report shown on the page', () => {
    expect(findingsOf(hiddenTab, makeReport())).toEqual([]);
  });

  it('says the tables were read from a tab the page hides, where the marks are', () => {
    expect(findingsOf(hiddenTab, makeReport(), makeContext({ hiddenTab: true }))).toEqual([{
      rule: 'document/hidden-tab', severity: 'info', cells: [], expected: null, actual: null, message: NOTE,
    }]);
  });

  it('is the one finding of pingtan-2025 read from its hidden 文字版, and none with the tab shown', () => {
    const messages = (html: string) => extractWithCheerio(html, null).report.warnings.map((w) => `${w.rule}: ${w.message}`);
    expect(messages(PAGE)).toEqual([`document/hidden-tab: ${NOTE}`]);
    expect(messages(PAGE.replace(' style="display: none;">', '>'))).toEqual([]);
  });
});
