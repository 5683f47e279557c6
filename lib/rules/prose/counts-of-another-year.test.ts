import { describe, expect, it } from 'vitest';
import { extractProseFigures } from '../../prose/figures.ts';
import { findingsOf, makeContext, makeReport, withProseCounts } from '../../../test/support/report.ts';
import { countsOfAnotherYear } from './counts-of-another-year.ts';

/** A report of `year` with no table, whose text is `lines`: its figures as the prose reader reads them. */
function findings(year: number, lines: string[], tables = false) {
  const figures = extractProseFigures(lines.map((text) => ({ text, table: -1, cellTextLength: 0, pieces: [{ node: {}, nodeStart: 0, lineStart: 0, length: text.length }] })), year).figures;
  const none = tables ? {} : { activeDisclosure: null, applications: null, reviewLitigation: null };
  const report = makeReport({ document: { year, format: 'prose' }, proseFigures: figures, ...none });
  return findingsOf(countsOfAnotherYear, report, withProseCounts(report, makeContext({ lines })));
}

// putian-hanjiang-wsj-2011-mirror (涵江区卫生局 2011): the only count of what it published is 2010's.
const putian = '我局向社会主动公开政府信息主要通过四条途径,一是涵江区政府、涵江区卫生局网站公布政府信息;二是我局政府信息查阅室,接待市民查阅信息。 2010年度主动公开政府信息54条。全文电子化达100%。';

describe('prose/counts-of-another-year', () => {
  it('passes counts of the report year, dated or not, and comparisons with the year before (real pages’ wording)', () => {
    // miyun-wjw-2025: the year's count, compared with the year before.
    expect(findings(2025, ['2025年,我委主动公开政府信息共计487条,较2024年稳步增长。'])).toEqual([]);
    // jkh-xiang-2016: up to the report year's end.
    expect(findings(2016, ['截至2016年12月31日,我乡主动公开政府信息93条。'])).toEqual([]);
    // 平潭 (test/fixtures): 今年以来, this year.
    expect(findings(2012, ['今年以来，通过“中国平潭网”门户网站公开政府信息3636条。'])).toEqual([]);
    // The putian sentence with the year's own count beside it (built): a comparison, not a copy.
    expect(findings(2011, ['2011年度主动公开政府信息60条。2010年度主动公开政府信息54条。'])).toEqual([]);
    // The same count read in a report of 2010: its own year.
    expect(findings(2010, [putian])).toEqual([]);
    // A report with the tables has the year's counts in them.
    expect(findings(2011, [putian], true)).toEqual([]);
  });

  it('passes a count over the years up to the report’s (built on jkh-xiang-2016’s wording)', () => {
    expect(findings(2017, ['截至2016年12月31日,我乡主动公开政府信息93条。'])).toEqual([]);
    expect(findings(2011, ['2008年以来,我局主动公开政府信息154条。'])).toEqual([]);
  });

  it('passes counts dated 去年 or 上年: written after the year it reports, a report\'s 去年 is as often that year', () => {
    expect(findings(2016, ['去年，我局主动公开政府信息35条，全部在县政府门户网站公开。'])).toEqual([]);
    expect(findings(2016, ['上年度，我局主动公开政府信息35条。'])).toEqual([]);
  });

  it('fails a report whose only count of its work is dated to the year before', () => {
    expect(findings(2011, [putian])).toEqual([{
      rule: 'prose/counts-of-another-year', severity: 'warning', expected: 2011, actual: 2010,
      cells: [{ table: 'proseFigures', path: '0' }],
      message: '正文写的工作数量都是2010年的（“2010年度主动公开政府信息54条”），没有2011年本年度的；报告可能照搬了上年报告，请核对本年度的数量',
    }]);
  });
});
