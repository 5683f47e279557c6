// The 2019 and 2021 formats require tables 二, 三 and 四.
import type { Rule } from '../types.ts';

const REQUIRED = [
  { key: 'activeDisclosure', name: '表二（主动公开政府信息情况）' },
  { key: 'applications', name: '表三（收到和处理政府信息公开申请情况）' },
  { key: 'reviewLitigation', name: '表四（政府信息公开行政复议、行政诉讼情况）' },
] as const;

export const requiredTables: Rule = {
  id: 'document/required-tables',
  severity: 'error',
  description: '2019/2021版报告包含格式要求的表二、表三、表四 (the tables the format requires are present)',
  rationale: '按国办规定的格式，这三张统计表是年报的必备内容，即使全部为0也要列出；缺表就无法核对该部分数字。',
  example: {
    passes: '2021版报告列出了表二、表三、表四（哪怕全为0）。',
    fails: '2021版报告只写"未收到政府信息公开申请"，没有表三。',
  },
  check(report) {
    const { format } = report.document;
    if (format !== '2019' && format !== '2021') return [];
    return REQUIRED.filter(({ key }) => report[key] === null).map(({ name }) => ({
      severity: 'error' as const,
      message: `${format}版格式要求的${name}未找到`,
      cells: [], expected: null, actual: null,
    }));
  },
};
