import { describe, expect, it } from 'vitest';
import { findingsOf, makeContext, makeReport } from '../../../test/support/report.ts';
import { formatMatchesYear } from './format-matches-year.ts';

describe('document/format-matches-year', () => {
  it('passes a 2021 report in the 2021 format and a 2020 report in the 2019 format', () => {
    expect(findingsOf(formatMatchesYear, makeReport())).toEqual([]);
    expect(findingsOf(formatMatchesYear, makeReport({ document: { format: '2019', year: 2020 }, activeDisclosure: null }))).toEqual([]);
  });

  it('warns about a 2022 report still in the 2019 format, and a 2018 report in a format not yet issued', () => {
    expect(findingsOf(formatMatchesYear, makeReport({ document: { format: '2019', year: 2022 }, activeDisclosure: null }))).toMatchObject([{
      severity: 'warning', message: '2022年度报告使用的是2019版（国办公开办函〔2019〕60号）表格，应使用2021版（国办公开办函〔2021〕30号）表格',
    }]);
    expect(findingsOf(formatMatchesYear, makeReport({ document: { format: '2019', year: 2018 }, activeDisclosure: null }))).toMatchObject([{
      severity: 'warning', message: '2018年度报告使用的是2019版（国办公开办函〔2019〕60号）表格，其时该格式尚未出台，应附政府信息公开情况统计表',
    }]);
  });

  it('warns about a 表二 of the 2019 format beside a 表三 of the 2021 format', () => {
    const table2In2019 = {
      regulations: { newlyMade: 0, newlyPublished: 0, totalPublished: 0 }, normativeDocuments: { newlyMade: 1, newlyPublished: 1, totalPublished: 3 },
      licensing: { previousCount: 0, change: 0, decisions: 4 },
    };
    expect(findingsOf(formatMatchesYear, makeReport({ activeDisclosure: table2In2019 }))).toMatchObject([{
      severity: 'warning', message: '表二使用的是2019版（国办公开办函〔2019〕60号）表格，而表三是2021版（国办公开办函〔2021〕30号）表格：同一报告混用了两版格式',
    }]);
  });

  it('names the one block of 表二 in the 2019 columns when the others are 2021\'s (heihe-qxj-2021), year or no year', () => {
    const hybrid = {
      regulations: { newlyMade: 0, newlyPublished: 0, totalPublished: 0 }, normativeDocuments: { newlyMade: 0, newlyPublished: 0, totalPublished: 0 },
      licensing: { decisions: 2 }, punishment: { decisions: 0 }, coercion: { decisions: 0 }, fees: { amount: 0, unit: '万元' },
    };
    const message = '表二第（一）项的栏目（本年新制作、本年新公开、对外公开总数）是2019版（国办公开办函〔2019〕60号）表格的，表二其余各项和表三是2021版（国办公开办函〔2021〕30号）：同一报告混用了两版格式';
    expect(findingsOf(formatMatchesYear, makeReport({ activeDisclosure: hybrid }))).toMatchObject([{ severity: 'warning', message }]);
    expect(findingsOf(formatMatchesYear, makeReport({ activeDisclosure: hybrid, document: { year: null } }))).toMatchObject([{ message }]);
  });

  it('names that block where no 表三 was read, the format being that of most of 表二\'s blocks (cma-heihe-2021, its 表三 cut off)', () => {
    const hybrid = {
      regulations: { newlyMade: 0, newlyPublished: 0, totalPublished: 0 }, normativeDocuments: { newlyMade: 0, newlyPublished: 0, totalPublished: 0 },
      licensing: { decisions: 2 }, punishment: { decisions: 0 }, coercion: { decisions: 0 }, fees: { amount: 0, unit: '万元' },
    };
    expect(findingsOf(formatMatchesYear, makeReport({ activeDisclosure: hybrid, applications: null }))).toMatchObject([{
      severity: 'warning',
      message: '表二第（一）项的栏目（本年新制作、本年新公开、对外公开总数）是2019版（国办公开办函〔2019〕60号）表格的，表二其余各项是2021版（国办公开办函〔2021〕30号）：同一报告混用了两版格式',
    }]);
    // The same 表二 in a report of a year before 2021: the format it names is most of 表二's, there being no 表三 to hold it.
    expect(findingsOf(formatMatchesYear, makeReport({ activeDisclosure: hybrid, applications: null, document: { year: 2020 } }))[0]).toMatchObject({
      message: '2020年度报告的表二使用的是2021版（国办公开办函〔2021〕30号）表格，应使用2019版（国办公开办函〔2019〕60号）表格',
    });
  });

  it('says the year\'s format is 表三\'s where a 2023 report has a 2021 表二 over a 2019 表三 (平潭海坛片区 2023)', () => {
    expect(findingsOf(formatMatchesYear, makeReport({ document: { format: '2019', year: 2023 } })).map((f) => f.message)).toEqual([
      '2023年度报告的表三使用的是2019版（国办公开办函〔2019〕60号）表格，应使用2021版（国办公开办函〔2021〕30号）表格',
      '表二使用的是2021版（国办公开办函〔2021〕30号）表格，而表三是2019版（国办公开办函〔2019〕60号）表格：同一报告混用了两版格式',
    ]);
  });

  it('tells by its header the form of a 表二 printed blank, read as no table (yulin-jiaxian-xizhen-2022: 本年新制作数量 in 2022)', () => {
    const blank = makeReport({ document: { format: 'prose', year: 2022 }, activeDisclosure: null, applications: null, reviewLitigation: null });
    expect(findingsOf(formatMatchesYear, blank, makeContext({ blankForm: '2021' }))).toEqual([]);
    expect(findingsOf(formatMatchesYear, blank, makeContext({ blankForm: '2019' }))).toMatchObject([{
      severity: 'warning', message: '2022年度报告的表二（未填数字）使用的是2019版（国办公开办函〔2019〕60号）表格，应使用2021版（国办公开办函〔2021〕30号）表格',
    }]);
  });

  it('says nothing when only 表四, the same in both formats, was read', () => {
    expect(findingsOf(formatMatchesYear, makeReport({ document: { format: '2019', year: 2022 }, activeDisclosure: null, applications: null }))).toEqual([]);
  });
});
