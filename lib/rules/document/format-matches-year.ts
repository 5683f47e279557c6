// Each year's report uses the tables of its time: 国办公开办函〔2019〕60号 for the 2019 and 2020
// reports, 〔2021〕30号 from the 2021 report on.
import type { Rule } from '../types.ts';

const FORMAT_NAME = { '2019': '2019版（国办公开办函〔2019〕60号）', '2021': '2021版（国办公开办函〔2021〕30号）' } as const;

/** The format a report of this year should use; null before the 2019 format (the 统计表 years). */
function formatFor(year: number): '2019' | '2021' | null {
  return year >= 2021 ? '2021' : year >= 2019 ? '2019' : null;
}

export const formatMatchesYear: Rule = {
  id: 'document/format-matches-year',
  severity: 'warning',
  description: '表格格式与报告年度相符 (the tables are the format of the report\'s year)',
  rationale: '2019、2020年度报告用国办公开办函〔2019〕60号的表格，2021年度起用〔2021〕30号的新表格。2021年度以后仍用旧表，多半是沿用旧稿；年度早于格式出台却用了该格式，则年度或表格有误。',
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
    if (due === format) return [];
    const should = due ? `应使用${FORMAT_NAME[due]}表格` : '其时该格式尚未出台，应附政府信息公开情况统计表';
    return [{
      severity: 'warning',
      message: `${year}年度报告使用的是${FORMAT_NAME[format]}表格，${should}`,
      cells: [], expected: null, actual: null,
    }];
  },
};
