// Each year's report uses the tables of its time (formatFor: the 2019 format for the 2019 and 2020
// reports, the 2021 format from the 2021 report on).
import { blockFormats } from '../../template/active-disclosure.ts';
import { formatFor, type Format } from '../../template/formats.ts';
import { pageFinding, type Finding, type Rule } from '../types.ts';

const FORMAT_NAME = { '2019': '2019版（国办公开办函〔2019〕60号）', '2021': '2021版（国办公开办函〔2021〕30号）' } as const;

export const formatMatchesYear: Rule = {
  id: 'document/format-matches-year',
  severity: 'warning',
  description: '表格格式与报告年度相符 (the tables are the format of the report\'s year)',
  rationale: {
    zh: '2019、2020年度报告用国办公开办函〔2019〕60号的表格，2021年度起用〔2021〕30号的新表格。2021年度以后仍用旧表，多半是沿用旧稿；年度早于格式出台却用了该格式，则年度或表格有误；表二、表三各用一版，或表二只有某一项（如第（一）项的"本年新制作/本年新公开/对外公开总数"）是另一版的栏目，则是沿用了旧稿。表二未填数字的，其表头的栏目仍看得出用的是哪一版。',
    en: 'Reports for 2019 and 2020 use the tables of the General Office\'s notice 国办公开办函〔2019〕60号, reports from 2021 on the new tables of 国办公开办函〔2021〕30号. A report for 2021 or later still in the old tables most likely reuses an old draft; a report for a year before its format was issued has its year or its tables wrong; a Table 2 and a Table 3 in different formats, or a Table 2 with a single item in the other format\'s columns (such as item (一)\'s made this year, published this year and published in all, 本年新制作/本年新公开/对外公开总数), reuse an old draft. A Table 2 left blank still shows by its column names which format it is.',
  },
  example: {
    passes: {
      zh: '2021年度报告，表三"（六）其他处理"分三项列出（2021版）。',
      en: 'A report for 2021 whose Table 3 lists （六）其他处理 (otherwise handled) in three rows (the 2021 form).',
    },
    fails: {
      zh: '2022年度报告，表二仍是"本年新制作数量/本年新公开数量/对外公开总数量"（2019版）。',
      en: 'A report for 2022 whose Table 2 still has 本年新制作数量/本年新公开数量/对外公开总数量 (made this year, published this year, published in all: the 2019 form).',
    },
  },
  check(report, ctx) {
    const { format, year } = report.document;
    // 表四 is the same in both formats: only 表二 or 表三 tells which one the report used; a 表二 printed blank, read as
    // no table, still does by its header.
    if (!report.activeDisclosure && !report.applications) {
      return ctx.blankForm && year !== null && formatFor(year) !== ctx.blankForm ? [yearFinding(year, ctx.blankForm, '的表二（未填数字）')] : [];
    }
    if (format !== '2019' && format !== '2021') return [];
    const due = year === null ? format : formatFor(year);
    const findings: Finding[] = [];
    // The format is 表三's where there is one, else that of most of 表二's blocks; a 表二 block of the other format was
    // copied from an old report.
    const blocks = blockFormats(report.activeDisclosure);
    const copied = blocks.filter((b) => b.format !== format);
    if (due !== format) {
      // Where 表二 is the other format, only 表三 has the one named (htp-2023: a 2021 表二 over a 2019 表三); where no 表三
      // was read, most of 表二 has it.
      findings.push(yearFinding(year, format, copied.length === 0 ? '' : report.applications ? '的表三' : '的表二'));
    }
    if (copied.length > 0) {
      const otherFormat = FORMAT_NAME[copied[0]!.format];
      const columns = [...new Set(copied.flatMap((b) => b.columns))].join('、');
      findings.push(pageFinding('warning', copied.length === blocks.length
        ? `表二使用的是${otherFormat}表格，而表三是${FORMAT_NAME[format]}表格：同一报告混用了两版格式`
        : `表二${copied.map((b) => `第（${b.clause}）项`).join('、')}${columns ? `的栏目（${columns}）` : ''}是${otherFormat}表格的，表二其余各项${report.applications ? '和表三' : ''}是${FORMAT_NAME[format]}：同一报告混用了两版格式`));
    }
    return findings;
  },
};

/** That the report of `year` (null: none read) shows, in its tables or the one `which` names, `format`, not its year's. */
function yearFinding(year: number | null, format: Format, which: string): Finding {
  const due = year === null ? format : formatFor(year);
  const should = due ? `应使用${FORMAT_NAME[due]}表格` : '其时该格式尚未出台，应附政府信息公开情况统计表';
  return pageFinding('warning', `${year}年度报告${which}使用的是${FORMAT_NAME[format]}表格，${should}`);
}
