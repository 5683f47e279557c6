import { describe, expect, it } from 'vitest';
import { APPLICANT_NAMES as NAMES, PINGTAN_2023_ROWS as ROWS, readTable3 as read } from '../../test/support/pingtan-2023-table3.ts';

// The columns `from`…`to` of the table, each row labelled (`labelled`) or its figures alone.
function part(from: number, to: number, labelled: boolean): string {
  const cells = (values: (string | number)[]) => values.slice(from, to).map((v) => `<td>${v}</td>`).join('');
  return `<table border="1"><tr>${labelled ? '<td>申请人情况</td>' : ''}${cells(NAMES)}</tr>${ROWS.map(([label, figures]) =>
    `<tr>${labelled ? `<td>${label}</td>` : ''}${cells(figures)}</tr>`).join('')}</table>`;
}

describe('表三 cut by its columns into two tables, one after the other', () => {
  it.each([
    ['each row labelled again', part(0, 4, true) + '<p>（续表）</p>' + part(4, 7, true)],
    ['the second part figures alone', part(0, 5, true) + part(5, 7, false)],
  ])('reads all seven columns, %s', (_, html) => {
    const { applications, warnings } = read(html);
    expect(applications?.newReceived).toEqual({ naturalPerson: 80, commercial: 1, research: 0, nonprofit: 0, legalService: 0, otherOrg: 0, total: 81 });
    expect(applications?.withheld?.administrativeQuery).toEqual({ naturalPerson: 2, commercial: 0, research: 0, nonprofit: 0, legalService: 0, otherOrg: 0, total: 2 });
    expect(applications?.carriedForward?.total).toBe(0);
    expect(warnings).toEqual([]);
  });

  it('keeps two tables apart whose rows are not the same rows', () => {
    const other = part(4, 7, true).replace('一、本年新收政府信息公开申请数量', '一、本年新收申请（本级）');
    const { applications, warnings } = read(part(0, 4, true) + other);
    expect(applications?.newReceived).toEqual({ naturalPerson: 80, commercial: 1, research: 0, nonprofit: 0 });
    expect(warnings.map((w) => w.rule)).toContain('recognition/columns-missing');
  });
});
