// A "其中" row counts a part of the row above it, so it cannot exceed it.
import { quote } from '../../text/quote.ts';
import type { Finding, Rule } from '../types.ts';
import { FIELDS, isSubsetRow, parentOf, term } from './outline.ts';

// A rate under a count (其中：全文电子化率 100 under 主动公开政府信息数) is no part of it, unit column or not.
const RATE = /率|比例|比重/;

export const subsetWithinParent: Rule = {
  id: 'legacyStats/subset-within-parent',
  severity: 'error',
  description: '2019年以前的统计表："其中"行不大于它所属的行 (a "of which" row never exceeds its parent)',
  rationale: {
    zh: '"其中"只列出上一行的一部分，部分不可能多于整体。单位不同的行（如"条"下的"件"）、比率（"其中：全文电子化率"）不是同一口径，不比较。',
    en: 'An of-which (其中) row lists a part of the row above, and a part cannot exceed the whole. Rows in another unit (件 under 条, say) and ratios (其中：全文电子化率, of which the share in full electronic text) do not measure the same thing, and are not compared.',
  },
  example: {
    passes: {
      zh: '(一)主动公开政府信息数1706条，其中：主动公开规范性文件数68条。',
      en: '(一)主动公开政府信息数 (government information proactively disclosed) 1706 items, of which 主动公开规范性文件数 (normative documents proactively disclosed) 68.',
    },
    fails: {
      zh: '(一)主动公开政府信息数60条，其中：主动公开规范性文件数68条。',
      en: '(一)主动公开政府信息数 (government information proactively disclosed) 60 items, of which 主动公开规范性文件数 (normative documents proactively disclosed) 68.',
    },
  },
  check(report) {
    const stats = report.legacyStats ?? [];
    const findings: Finding[] = [];
    stats.forEach((entry, index) => {
      if (!isSubsetRow(entry)) return;
      const parent = parentOf(stats, entry);
      if (!parent || (entry.unit && parent.entry.unit && entry.unit !== parent.entry.unit) || RATE.test(entry.label)) return;
      for (const field of FIELDS) {
        const partValue = entry[field];
        const wholeValue = parent.entry[field];
        if (typeof partValue !== 'number' || typeof wholeValue !== 'number' || partValue <= wholeValue) continue;
        const part = term({ index, entry }, field);
        const whole = term(parent, field);
        const which = field === 'cumulative' ? '（历年累计）' : '';
        findings.push({
          severity: 'error',
          message: `统计表${quote(`其中：${part.label}`)}${which}为${partValue}，大于所属的${quote(whole.label)}(${wholeValue})，多出${partValue - wholeValue}`,
          cells: [whole.ref, part.ref], expected: wholeValue, actual: partValue,
        });
      }
    });
    return findings;
  },
};
