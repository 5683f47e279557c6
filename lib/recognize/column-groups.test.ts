import { describe, expect, it } from 'vitest';
import { APPLICANT_NAMES, PINGTAN_2023_ROWS, readTable3 } from '../../test/support/pingtan-2023-table3.ts';

// 表三 of a summary report printing the whole area's figures beside its government's own, each group of seven under its
// name: 平潭综合实验区's 2023 figures as 全区, and (standing in for the 本级 group) the same rows' figures of its 2024 report.
const OWN_2024 = [[217, 1, 0, 0, 0, 0, 218], [0, 0, 0, 0, 0, 0, 0], [71, 0, 0, 0, 0, 0, 71]];
function sideBySide(second: string): string {
  const head = `<tr><td rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">全区</td><td colspan="7">${second}</td></tr>
<tr>${'<td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td>'.repeat(2)}</tr>
<tr>${APPLICANT_NAMES.slice(1, 6).map((n) => `<td>${n}</td>`).join('').repeat(2)}</tr>`;
  const rows = PINGTAN_2023_ROWS.map(([label, figures], i) =>
    `<tr><td>${label}</td>${[...figures, ...(OWN_2024[i] ?? [0, 0, 0, 0, 0, 0, 0])].map((v) => `<td>${v}</td>`).join('')}</tr>`);
  return `<table border="1">${head}${rows.join('')}</table>`;
}

describe('表三 of two column groups side by side (全区 | 管委会本级)', () => {
  it('reads the first group, the area\'s, and names both', () => {
    const { applications, warnings } = readTable3(sideBySide('管委会本级'));
    expect(applications?.newReceived).toEqual({ naturalPerson: 80, commercial: 1, research: 0, nonprofit: 0, legalService: 0, otherOrg: 0, total: 81 });
    expect(applications?.granted?.total).toBe(22);
    expect(applications?.totalProcessed?.total).toBe(81);
    expect(warnings.map((w) => w.message)).toEqual(['表三并列了2组申请人列（“全区”、“管委会本级”），只读取第一组“全区”，其余各组未读取']);
  });

  it('names a group by its place where the header gives it no name', () => {
    const { applications, warnings } = readTable3(sideBySide(''));
    expect(applications?.newReceived?.total).toBe(81);
    expect(warnings.map((w) => w.message)).toEqual(['表三并列了2组申请人列（“全区”、“第2组”），只读取第一组“全区”，其余各组未读取']);
  });
});
