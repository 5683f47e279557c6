// Pages of a document viewer (a flip-book's text layer, one page of the report's PDF per web page): each is one
// page of a longer report, and what the other pages print is not missing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractWithCheerio } from './support/fixtures.ts';

const read = (file: string) => extractWithCheerio(readFileSync(new URL(`fixtures/viewer/${file}`, import.meta.url), 'utf8'), null).report;
const findings = (report: ReturnType<typeof read>) => report.warnings.map((w) => `${w.rule} ${w.severity}: ${w.message}`);

describe('a flip-book page', () => {
  it('is one page of the report: what the other pages print is not missing, and the user is told', () => {
    const report = read('shenji-2020-p9.html');
    expect(report.document).toMatchObject({ isReport: true, year: 2020, format: '2019' });
    // 表四's row of fifteen 0s, laid out as text.
    expect(report.reviewLitigation?.review?.total).toBe(0);
    // The page opens on 表三's last row, its header and other rows on page 8: that row is 表三's, and read.
    expect(report.applications).toEqual({ carriedForward: { naturalPerson: 0, commercial: 0, research: 0, nonprofit: 0, legalService: 0, otherOrg: 0, total: 0 } });
    expect(findings(report)).toEqual([
      'document/paginated info: 报告在文档阅读器中逐页显示（本页为第9页），本工具只读了本页：本页未见表二，可能在其他页；本页的表三只有“结转下年度”一行，其余各行可能在其他页；本页未见的表格和部分不作缺失报告，请翻页核对',
    ]);
  });

  it('takes no issuer from the viewer\'s "Page 9 - " before a title that names no one', () => {
    // 2020年报_审计局: the part after the separator is no title's name (which 审计局?).
    expect(read('shenji-2020-p9.html').document.issuer).toBeNull();
    expect(read('xinfang-wendeng-2022-p8.html').document.issuer).toBe('威海市文登区信访局');
  });

  it('calls a 2022 report whose tables do not tell their format (表四 alone) the 2021 format', () => {
    const report = read('xinfang-wendeng-2022-p8.html');
    expect(report.document).toMatchObject({ isReport: true, year: 2022, format: '2021' });
    expect(findings(report)).toEqual([
      'document/paginated info: 报告在文档阅读器中逐页显示（本页为第8页），本工具只读了本页：本页未见表二、表三，可能在其他页；本页未见的表格和部分不作缺失报告，请翻页核对',
    ]);
  });
});
