// An annual report covers one whole calendar year (a university's, one whole 学年).
import type { Rule } from '../types.ts';
import { addDays, chineseDate, daysBetween, shiftYears, yearOf } from './dates.ts';

export const wholeYearPeriod: Rule = {
  id: 'document/whole-year-period',
  severity: 'warning',
  description: '统计期限是完整的自然年（1月1日至12月31日）(the period is one whole calendar year)',
  rationale: '年度报告统计的是整个年度。提前截止（如赶在年底前发布）会漏掉年末的数据，与其他年度、其他机关的报告不可比。高等学校按学年报告（如2022年9月1日至2023年8月31日），整学年也算完整。',
  example: {
    passes: '本报告统计数据从2021年1月1日至12月31日。',
    fails: '截止2018年11月29日…（2018年11月30日至12月31日未计入）。',
  },
  check(report, ctx) {
    const period = report.document.period;
    if (!period) return [];
    // A 学年 report (高等学校信息公开办法) covers twelve months from the first of one.
    if (ctx.title.includes('学年') && period.start.endsWith('-01') && period.end === addDays(shiftYears(period.start, 1), -1)) return [];
    const year = yearOf(period.start);
    const yearStart = `${year}-01-01`;
    const yearEnd = `${year}-12-31`;
    if (period.start === yearStart && period.end === yearEnd) return [];
    const stated = `统计期限为${chineseDate(period.start)}至${chineseDate(period.end)}`;
    const covered = daysBetween(period.start, period.end) + 1;
    const daysInYear = daysBetween(yearStart, yearEnd) + 1;
    const missing = [
      period.start > yearStart ? gap(yearStart, addDays(period.start, -1)) : null,
      period.end < yearEnd ? gap(addDays(period.end, 1), yearEnd) : null,
    ].filter(Boolean);
    const detail = yearOf(period.end) !== year ? '跨越了两个年度' : `${missing.join('和')}未计入`;
    return [{
      severity: 'warning',
      message: `${stated}，不是完整的${year}年度：${detail}`,
      cells: [{ table: 'document', path: 'period' }], expected: daysInYear, actual: covered,
    }];
  },
};

const gap = (from: string, to: string): string => `${chineseDate(from)}至${chineseDate(to)}（${daysBetween(from, to) + 1}天）`;
