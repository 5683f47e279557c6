// Each year's report uses the tables of its time: 国办公开办函〔2019〕60号 for the 2019 and 2020
// reports, 〔2021〕30号 from the 2021 report on.
import type { Report } from '../../schema.ts';
import type { Finding, Rule } from '../types.ts';

const FORMAT_NAME = { '2019': '2019版（国办公开办函〔2019〕60号）', '2021': '2021版（国办公开办函〔2021〕30号）' } as const;

/** The format a report of this year should use; null before the 2019 format (the 统计表 years). */
function formatFor(year: number): '2019' | '2021' | null {
  return year >= 2021 ? '2021' : year >= 2019 ? '2019' : null;
}

export const formatMatchesYear: Rule = {
  id: 'document/format-matches-year',
  severity: 'warning',
  description: '表格格式与报告年度相符 (the tables are the format of the report\'s year)',
  rationale: '2019、2020年度报告用国办公开办函〔2019〕60号的表格，2021年度起用〔2021〕30号的新表格。2021年度以后仍用旧表，多半是沿用旧稿；年度早于格式出台却用了该格式，则年度或表格有误；表二、表三各用一版，则是其中一表沿用了旧稿。',
  example: {
    passes: '2021年度报告，表三"（六）其他处理"分三项列出（2021版）。',
    fails: '2022年度报告，表二仍是"本年新制作数量/本年新公开数量/对外公开总数量"（2019版）。',
  },
  check(report) {
    const { format, year } = report.document;
    if ((format !== '2019' && format !== '2021') || year === null) return [];
    // 表四 is the same in both formats: only 表二 or 表三 tells which one the report used.
    if (!report.activeDisclosure && !report.applications) return [];
    const due = formatFor(year);
    const findings: Finding[] = [];
    if (due !== format) {
      const should = due ? `应使用${FORMAT_NAME[due]}表格` : '其时该格式尚未出台，应附政府信息公开情况统计表';
      findings.push({ severity: 'warning', message: `${year}年度报告使用的是${FORMAT_NAME[format]}表格，${should}`, cells: [], expected: null, actual: null });
    }
    // The format is 表三's where there is one; a 表二 of the other format was copied from an old report.
    const active = activeFormat(report);
    if (report.applications && active && active !== format) {
      findings.push({
        severity: 'warning', message: `表二使用的是${FORMAT_NAME[active]}表格，而表三是${FORMAT_NAME[format]}表格：同一报告混用了两版格式`,
        cells: [], expected: null, actual: null,
      });
    }
    return findings;
  },
};

/** The format 表二's columns are of: 本年新制作数量/上一年项目数量… (2019) or 本年制发件数/处理决定数量 alone (2021). */
function activeFormat(report: Report): '2019' | '2021' | null {
  const a = report.activeDisclosure;
  if (!a) return null;
  const columns = Object.values(a).flatMap((row) => (row && typeof row === 'object' ? Object.keys(row) : []));
  if (columns.some((c) => c === 'newlyMade' || c === 'newlyPublished' || c === 'totalPublished' || c === 'previousCount' || c === 'change' || c === 'projects')) return '2019';
  if (columns.some((c) => c === 'issued' || c === 'repealed' || c === 'inForce')) return '2021';
  return null;
}
