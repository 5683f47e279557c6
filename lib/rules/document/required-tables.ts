// The 2019 and 2021 formats require tables 二, 三 and 四.
import { pathName } from '../../labels.ts';
import { itemsIn } from '../../template/active-disclosure.ts';
import type { Finding, Rule, RuleContext } from '../types.ts';

const REQUIRED = [
  { key: 'activeDisclosure', name: '表二（主动公开政府信息情况）', heading: /主动公开政府信息的?情况/ },
  { key: 'applications', name: '表三（收到和处理政府信息公开申请情况）', heading: /收到和处理政府信息公开申请/ },
  { key: 'reviewLitigation', name: '表四（政府信息公开行政复议、行政诉讼情况）', heading: /复议.{0,8}诉讼/ },
] as const;

// A part's heading: short, and numbered 一、二、….
const OUTLINE = /^\s*[一二三四五六七八九十]+\s*[、.．]/;
const isHeading = (line: string) => line.length <= 40 && OUTLINE.test(line);

/** Whether any figure in a table's object is a number (not every cell null). */
function holdsNumber(value: unknown): boolean {
  if (typeof value === 'number') return true;
  return typeof value === 'object' && value !== null && Object.values(value).some(holdsNumber);
}

/** Whether the part that `heading` opens shows an image (many portals paste the tables as pictures). */
function shownAsImage(ctx: RuleContext, heading: RegExp): boolean {
  const at = ctx.lines.findIndex((line) => isHeading(line) && heading.test(line));
  if (at < 0) return false;
  let end = at + 1;
  while (end < ctx.lines.length && !isHeading(ctx.lines[end]!)) end++;
  return ctx.images.some((before) => before > at && before <= end);
}

export const requiredTables: Rule = {
  id: 'document/required-tables',
  severity: 'error',
  description: '2019/2021版报告包含格式要求的表二、表三、表四 (the tables the format requires are present)',
  rationale: '按国办规定的格式，这三张统计表是年报的必备内容，即使全部为0也要列出；缺表就无法核对该部分数字。表格以图片发布的，只作提醒：表在，但机器读不出，须对照图片人工核对。表印了却一格未填（连0也没有），或表二缺了格式要求的项目，也只作提醒。',
  example: {
    passes: '2021版报告列出了表二、表三、表四（哪怕全为0）。',
    fails: '2021版报告只写"未收到政府信息公开申请"，没有表三。',
  },
  check(report, ctx) {
    const { format } = report.document;
    if (format !== '2019' && format !== '2021') return [];
    // A 表三 of its own columns is there, and recognition/nonstandard-table already says how it departs.
    const nonstandard = report.warnings.some((w) => w.rule === 'recognition/nonstandard-table');
    const missing = REQUIRED.filter(({ key }) => report[key] === null && !(key === 'applications' && nonstandard));
    const findings: Finding[] = [];
    // 表二 read, but without some of its items (a page that prints only 第二十条第（九）项).
    const active = report.activeDisclosure;
    const lacking = active ? itemsIn(format).filter((item) => !(item in active)) : [];
    if (lacking.length > 0) {
      findings.push({
        severity: 'warning',
        message: `${format}版格式的表二应列出的${lacking.map((item) => `“${pathName(item)}”`).join('、')}未找到`,
        cells: [], expected: null, actual: null,
      });
    }
    // A table printed but never filled in: the template, not the report's figures.
    for (const { key, name } of REQUIRED) {
      const table = report[key];
      if (table && !holdsNumber(table)) {
        findings.push({ severity: 'warning', message: `${name}没有填写任何数字：单元格全部空白或填“/”“—”（连0也没有）`, cells: [], expected: null, actual: null });
      }
    }
    return [...findings, ...missing.map(({ key, name, heading }): Finding => (ctx.unreadable.includes(key) ? {
      severity: 'warning' as const,
      message: `${format}版格式要求的${name}在页面上，但其行列不合标准格式，无法读取，其中数字未经核对；请对照页面人工核对`,
      cells: [], expected: null, actual: null,
    } : shownAsImage(ctx, heading) ? {
      severity: 'warning' as const,
      message: `${format}版格式要求的${name}在页面上是图片，无法读取，其中数字未经核对；请对照图片人工核对`,
      cells: [], expected: null, actual: null,
    } : {
      severity: 'error' as const,
      message: `${format}版格式要求的${name}未找到`,
      cells: [], expected: null, actual: null,
    }))];
  },
};
