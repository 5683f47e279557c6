// A 统计表 whose figure column is headed with another year than the report's: a head copied from last year's table.
import { quote } from '../../text/quote.ts';
import type { Finding, Rule } from '../types.ts';

const YEAR = /((?:19|20)\d{2})\s*年/g;
// Every year a head names (2007年-2008年 names two: a range ending in the report's year is its own).
const yearsOf = (text: string) => Array.from(text.matchAll(YEAR), (m) => Number(m[1]));

export const columnYear: Rule = {
  id: 'legacyStats/column-year',
  severity: 'warning',
  description: '2019年以前的统计表：本年数字列表头写的年份就是报告年度 (a pre-2019 statistics table heads its figure column with the report\'s year)',
  rationale: {
    zh: '统计表的本年数字列常以年份为表头（“2016年度”“2016年”）。表头写的是另一年（2018年的报告表头为“2017年度”），多半是沿用了上年的表格、只改了数字，也可能数字本身就是上年的，需对照核实。表中另有一列以报告年度为表头的（上年与本年对比的表），不提醒；跨年的表头（“2007年-2008年”）含报告年度的，也不提醒；不写年份的表头（“年末统计”“本年”“统计数”）不比较。表头年份晚于报告年度的，表头或报告年度必有一处写错，同样提醒。',
    en: 'A statistics table often heads its figure column with the year (2016年度, 2016年). A head naming another year (2017年度 in the report for 2018) most likely means last year\'s table was reused with only its figures changed, or the figures are themselves last year\'s: worth checking. Tables with another column headed with the report\'s year (last year set beside this year) are not flagged; nor are heads of a range that takes in the report\'s year (2007年-2008年); heads naming no year (年末统计, 本年, 统计数) are not compared. A head naming a later year than the report\'s means the head or the report\'s year is wrong: flagged too.',
  },
  example: {
    passes: {
      zh: '2016年的报告，统计表表头“指标名称 | 单位 | 2016年 | 历年累计”。',
      en: 'The report for 2016, its table headed 指标名称 | 单位 | 2016年 | 历年累计.',
    },
    fails: {
      zh: '2018年的报告，统计表表头“指标名称 | 单位 | 2017年度 | 历年累计”（平潭综合实验区公安局 2018）。',
      en: 'The report for 2018, its table headed 指标名称 | 单位 | 2017年度 | 历年累计 (平潭综合实验区公安局 2018).',
    },
  },
  check(report, ctx) {
    const year = report.document.year;
    if (year === null || !report.legacyStats?.length) return [];
    const findings: Finding[] = [];
    for (const head of ctx.legacyHeads) {
      const named = yearsOf(head.value);
      if (named.length === 0 || named.includes(year) || head.all.some((cell) => yearsOf(cell).includes(year))) continue;
      const earlier = named[0]! < year;
      findings.push({
        severity: 'warning',
        message: earlier
          ? `统计表本年数字列的表头为${quote(head.value)}，而报告年度为${year}年：表头可能沿用了上一年的统计表，表中数字是否为${year}年的请核对`
          : `统计表本年数字列的表头为${quote(head.value)}，晚于报告年度${year}年：表头或报告年度可能写错，表中数字是哪一年的请核对`,
        cells: [{ table: 'document', path: 'year' }], expected: year, actual: named[0]!,
      });
    }
    return findings;
  },
};
