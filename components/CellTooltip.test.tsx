// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Warning } from '../lib/schema.ts';
import { CellTooltip, cellDescription, type HoveredCell } from './CellTooltip.tsx';
import { I18n, messagesFor, type Language } from './i18n.ts';

// A cell of pingtan-2020's 表三 in conflict, as its report's finding words it.
const finding: Warning = {
  rule: 'applications/outcome-sum', severity: 'error', cells: [{ table: 'applications', path: 'outcomes.disclosed.naturalPerson' }],
  message: '自然人列：予以公开(6)+部分公开(6)+不予公开小计(0)+无法提供小计(7)+不予处理小计(3)+其他处理小计(4)=26，(七)总计(20)，相差6',
  expected: 26, actual: 20,
};
const cell: HoveredCell = { label: '予以公开·自然人', value: 6, warnings: [finding], rect: { top: 10, bottom: 30, left: 10, right: 60 } };

const shown = (language: Language) => {
  render(<I18n.Provider value={messagesFor(language)}><CellTooltip cell={cell} edge={600} /></I18n.Provider>, document.body);
  return document.body.querySelector('[data-testid=cell-tooltip]')!;
};
afterEach(() => render(null, document.body));

describe('CellTooltip', () => {
  it('gives English readers the gist of each finding before its Chinese message, as the panel\'s list does', () => {
    const tip = shown('en').querySelector('.tip-warning')!;
    expect([...tip.children].map((e) => [e.className, e.textContent])).toEqual([
      ['severity', 'Error'], ['visually-hidden', ': '],
      ['gist', 'Check: each column: the outcome rows add up to the total'], ['message', finding.message],
    ]);
    expect(shown('zh').querySelector('.tip-warning')!.textContent).toBe(`错误：${finding.message}`);
  });
});

describe('cellDescription', () => {
  it('says what the tooltip shows, in the chosen language: the figure\'s name, the value read, each finding with its severity', () => {
    expect(cellDescription(messagesFor('zh'), cell, null)).toBe(`予以公开·自然人。读取值：6。错误：${finding.message}`);
    expect(cellDescription(messagesFor('en'), { ...cell, value: null }, null)).toBe(
      `予以公开·自然人. Read as: blank. Error: Check: each column: the outcome rows add up to the total. ${finding.message}`);
  });
});
