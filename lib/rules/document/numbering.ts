// Heading and list numbers run 1, 2, 3 … under each parent heading, without gaps or repeats.
import type { Finding, Rule } from '../types.ts';
import { markerOf, markerText } from './outline.ts';
import { toChineseNumber } from './numerals.ts';

const show = (level: 1 | 2 | 3, n: number): string =>
  level === 1 ? `${toChineseNumber(n)}、` : level === 2 ? `（${toChineseNumber(n)}）` : `${n}.`;
const excerpt = (text: string): string => `"${text.length > 24 ? `${text.slice(0, 24)}…` : text}"`;

export const numbering: Rule = {
  id: 'document/numbering',
  severity: 'warning',
  description: '标题和列表编号连续，不跳号、不重号 (heading and list numbers have no gaps or repeats)',
  rationale: '重号、跳号往往说明复制粘贴时多贴或漏贴了一段（如一段内容重复出现），值得核对原文。标题丢了编号只是排版问题，作提示。',
  example: {
    passes: '三、存在问题 1.… 2.… 3.… 四、下步工作打算 1.…',
    fails: '三、存在问题 1.… 2.… 3.… 3.… 4.… — "3."出现两次。',
  },
  check(_report, ctx) {
    const findings: Finding[] = [];
    const last: (number | undefined)[] = [];
    const note = (severity: Finding['severity'], message: string) =>
      findings.push({ severity, message, cells: [], expected: null, actual: null });
    for (const line of ctx.lines) {
      const marker = markerOf(line);
      if (!marker) continue;
      const { level } = marker;
      const prev = last[level];
      last.length = level; // a heading starts its sub-lists afresh
      const expected = (prev ?? 0) + 1;
      if (marker.number === null) {
        note('info', `标题${excerpt(markerText(line))}缺少编号，按顺序应为"${show(1, expected)}"`);
        last[level] = expected;
        continue;
      }
      const n = marker.number;
      last[level] = n;
      if (n === expected || (n === 1 && prev !== undefined)) continue; // next item, or a new list
      if (prev !== undefined && n <= prev) {
        note('warning', `编号"${show(level, n)}"重复出现（前一项已是"${show(level, prev)}"）：${excerpt(markerText(line))}，可能多贴了一段`);
      } else {
        const skipped = Array.from({ length: n - expected }, (_, i) => show(level, expected + i)).join('');
        note('warning', `编号从"${prev === undefined ? '（开头）' : show(level, prev)}"跳到"${show(level, n)}"，缺少${skipped}：${excerpt(markerText(line))}`);
      }
    }
    return findings;
  },
};
