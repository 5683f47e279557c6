import { describe, expect, it } from 'vitest';
import { APPLICANT_NAMES, PINGTAN_2023_ROWS, readTable3 } from '../../test/support/pingtan-2023-table3.ts';

// 表三 of 平潭综合实验区's 2023 summary report; a department's after it (the same rows, the 2024 report's 本年新收 row
// standing in for its figures), as summary reports print one per department after the area's.
const table = (rows: [string, number[]][]) => `<table border="1"><tr><td>申请人情况</td>${APPLICANT_NAMES.map((n) => `<td>${n}</td>`).join('')}</tr>${
  rows.map(([label, figures]) => `<tr><td>${label}</td>${figures.map((v) => `<td>${v}</td>`).join('')}</tr>`).join('')}</table>`;
const department = PINGTAN_2023_ROWS.map(([label, figures], i): [string, number[]] => [label, i === 0 ? [217, 1, 0, 0, 0, 0, 218] : figures]);

describe('表三 followed by more tables of its own kind', () => {
  it('reads the first and says the others were not read', () => {
    const { applications, warnings } = readTable3(`${table(PINGTAN_2023_ROWS)}<p>平潭综合实验区行政审批局</p>${table(department)}`);
    expect(applications?.newReceived?.total).toBe(81);
    expect(warnings.map((w) => w.message)).toEqual(['表三之后另有1个同样的表（如下属单位或本级的表三），其数字未读取，只读取了第一个']);
  });

  it('says nothing of a table cut at a page break, both parts read', () => {
    const { applications, warnings } = readTable3(`${table(PINGTAN_2023_ROWS.slice(0, 12))}${table(PINGTAN_2023_ROWS.slice(12))}`);
    expect(applications?.carriedForward?.total).toBe(0);
    expect(warnings).toEqual([]);
  });
});
