import { describe, expect, it } from 'vitest';
import { findingsOf, makeContext, makeReport, quarterReport, zeroApplications } from '../../../test/support/report.ts';
import { requiredTables } from './required-tables.ts';

describe('document/required-tables', () => {
  it('passes a 2021 report with tables 二, 三 and 四', () => {
    expect(findingsOf(requiredTables, makeReport())).toEqual([]);
  });

  it('fails a 2021 report without 表三, and asks nothing of a legacy one', () => {
    expect(findingsOf(requiredTables, makeReport({ applications: null }))).toMatchObject([{
      severity: 'error', message: '2021版格式要求的表三（收到和处理政府信息公开申请情况）未找到：此表须列出，没有发生的事项填0',
    }]);
    expect(findingsOf(requiredTables, makeReport({ applications: null, document: { format: 'legacy' } }))).toEqual([]);
  });

  // 遂溪县北坡镇 2022 (a mirror, test/corpus/2021) printed 表三's header rows alone under its heading; the panel said 未找到.
  it('says a 2021 report\'s 表三 printed with no figure is there, its figures not (suixi-beipo-2022)', () => {
    const lines = ['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)', '四、政府信息公开行政复议、行政诉讼情况'];
    expect(findingsOf(requiredTables, makeReport({ applications: null }), makeContext({ lines, tables: [1, 2] }))).toMatchObject([{
      severity: 'error', message: '2021版格式要求的表三（收到和处理政府信息公开申请情况）未读到数字：该部分的表格只有表头等文字；此表须填出数字，没有发生的事项填0',
    }]);
  });

  it('warns about a 表二 that lists only some of its items', () => {
    const onlyFees = makeReport({ activeDisclosure: { fees: { amount: 0, unit: '万元' } } });
    expect(findingsOf(requiredTables, onlyFees)).toMatchObject([{
      severity: 'warning', message: '2021版格式的表二应列出的“规章”、“行政规范性文件”、“行政许可”、“行政处罚”、“行政强制”未找到',
    }]);
  });

  it('asks one page of a report cut into pages only for the items between the first and last it prints', () => {
    // Page 2 opening on 表二's 行政处罚 (tieling-2019 cut by TRS): 规章… 行政许可 are on page 1.
    const { regulations: _r, normativeDocuments: _n, licensing: _l, ...rest } = makeReport().activeDisclosure as Record<string, unknown>;
    const page2 = makeReport({ activeDisclosure: rest });
    expect(findingsOf(requiredTables, page2)).toMatchObject([{ severity: 'warning' }]);
    expect(findingsOf(requiredTables, page2, makeContext({ pagination: { page: 2, pages: 3 } }))).toEqual([]);
    // An item missing between two it prints is missing from the page, paged or not.
    const { coercion: _c, ...gap } = rest;
    expect(findingsOf(requiredTables, makeReport({ activeDisclosure: gap }), makeContext({ pagination: { page: 2, pages: 3 } })))
      .toMatchObject([{ message: '2021版格式的表二应列出的“行政强制”未找到' }]);
  });

  it('asks one page of a report cut into pages for 表二\'s last items where 表三 follows it on the page', () => {
    // longde-chengguan-2021's page 1 holding 表二 and 表三, its 第二十条第（八）项 行政事业性收费 rows dropped: no other page holds them.
    const { fees: _f, ...cut } = makeReport().activeDisclosure as Record<string, unknown>;
    const page1 = makeReport({ activeDisclosure: cut });
    const paged = makeContext({ pagination: { page: 1, pages: 3 } });
    expect(findingsOf(requiredTables, page1, paged)).toMatchObject([{ severity: 'warning', message: '2021版格式的表二应列出的“行政事业性收费”未找到' }]);
    // A page that ends inside 表二, 表三 and 表四 on the next: its last items may be there.
    expect(findingsOf(requiredTables, { ...page1, applications: null, reviewLitigation: null }, paged)).toEqual([]);
  });

  it('asks one page of a report cut into pages for 表二\'s first items where its part\'s heading is on the page', () => {
    // tieling-2019's page 1: 二、主动公开政府信息情况 and 表二 below it, its 第二十条第（一）项 rows 规章 and 规范性文件 dropped.
    const { regulations: _r, normativeDocuments: _n, ...rest } = makeReport().activeDisclosure as Record<string, unknown>;
    const page = makeReport({ activeDisclosure: rest, applications: null, reviewLitigation: null });
    const lines = ['一、总体情况', '(一)加强组织领导。由于机构改革,人员变动,调整了铁岭市人民政府政务公开工作领导小组。', '二、主动公开政府信息情况', '第二十条第(五)项'];
    expect(findingsOf(requiredTables, page, makeContext({ lines, pagination: { page: 1, pages: 3 } })))
      .toMatchObject([{ severity: 'warning', message: '2021版格式的表二应列出的“规章”、“行政规范性文件”未找到' }]);
    // A page opening inside 表二, its heading on the page before: the first items may be there.
    expect(findingsOf(requiredTables, page, makeContext({ lines: lines.slice(3), pagination: { page: 2, pages: 3 } }))).toEqual([]);
  });

  it('notes, not warns, a 表二 without only its 规章 row, which a district office cannot make (平潭海坛片区 2023)', () => {
    const { regulations: _, ...rest } = makeReport().activeDisclosure as Record<string, unknown>;
    expect(findingsOf(requiredTables, makeReport({ activeDisclosure: rest }))).toMatchObject([{
      severity: 'info', message: '2021版格式的表二应列出的“规章”未找到（规章只有国务院部门和省、设区的市人民政府能制定，其他机关的报告常略去此行）',
    }]);
  });

  it('asks a 表二 copied whole from the other format for that format\'s items (format-matches-year says it is mixed)', () => {
    const kept = makeReport({ document: { format: '2019', year: 2020 }, applications: zeroApplications('2019') });
    expect(findingsOf(requiredTables, kept)).toEqual([]);
  });

  it('warns, not errs, about a table the page shows in a layout that cannot be read', () => {
    expect(findingsOf(requiredTables, makeReport({ applications: null }), makeContext({ unreadable: ['applications'] }))).toMatchObject([{
      severity: 'warning', message: '2021版格式要求的表三（收到和处理政府信息公开申请情况）在页面上，但其行列不合标准格式，无法读取，其中数字未经核对；请对照页面人工核对',
    }]);
  });

  it('calls no table missing on one page of a paginated article: 表三 and 表四 may be on the next', () => {
    const firstPage = makeReport({ applications: null, reviewLitigation: null });
    expect(findingsOf(requiredTables, firstPage, makeContext({ pagination: { page: 1, pages: 2 } }))).toEqual([]);
  });

  it('warns about a table printed but never filled in', () => {
    const blank = makeReport({ reviewLitigation: {
      review: { upheld: null, corrected: null, other: null, pending: null, total: null },
      litigationDirect: { upheld: null, corrected: null, other: null, pending: null, total: null },
      litigationAfterReview: { upheld: null, corrected: null, other: null, pending: null, total: null },
    } });
    expect(findingsOf(requiredTables, blank)).toMatchObject([{
      severity: 'warning', message: '表四（政府信息公开行政复议、行政诉讼情况）没有填写任何数字：单元格全部空白或填“/”“—”（连0也没有）',
    }]);
  });

  it('warns instead where the part shows an image in place of the table', () => {
    const lines = ['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况'];
    // An image after the 三、 heading (before line 2): 表三 was pasted as a picture.
    expect(findingsOf(requiredTables, makeReport({ applications: null }), makeContext({ lines, images: [2] }))).toMatchObject([{
      severity: 'warning', message: '2021版格式要求的表三（收到和处理政府信息公开申请情况）在页面上是图片，无法读取，其中数字未经核对；请对照图片人工核对',
    }]);
    // An image in another part says nothing of 表三.
    expect(findingsOf(requiredTables, makeReport({ applications: null }), makeContext({ lines, images: [1] }))).toMatchObject([{ severity: 'error' }]);
  });

  describe('a report of 2019 or later with none of the tables on the page (read as prose)', () => {
    const lines = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况'];
    const prose = (year: number) => makeReport({ document: { format: 'prose', year }, activeDisclosure: null, applications: null, reviewLitigation: null });

    it('says each table pasted as a picture is one (a 2021 report: the 2021 format is due)', () => {
      expect(findingsOf(requiredTables, prose(2021), makeContext({ lines, images: [2, 3, 4] }))).toMatchObject([
        { severity: 'warning', message: '2021版格式要求的表二（主动公开政府信息情况）在页面上是图片，无法读取，其中数字未经核对；请对照图片人工核对' },
        { severity: 'warning', message: '2021版格式要求的表三（收到和处理政府信息公开申请情况）在页面上是图片，无法读取，其中数字未经核对；请对照图片人工核对' },
        { severity: 'warning', message: '2021版格式要求的表四（政府信息公开行政复议、行政诉讼情况）在页面上是图片，无法读取，其中数字未经核对；请对照图片人工核对' },
      ]);
    });

    it('warns of a part whose heading stands over neither a table nor a picture (a 2020 report: the 2019 format is due)', () => {
      expect(findingsOf(requiredTables, prose(2020), makeContext({ lines, images: [2] }))).toMatchObject([
        { severity: 'warning', message: '2019版格式要求的表二（主动公开政府信息情况）在页面上是图片，无法读取，其中数字未经核对；请对照图片人工核对' },
        { severity: 'warning', message: '2019版格式要求的表三（收到和处理政府信息公开申请情况）未找到：该部分有标题，页面上却没有表格，也没有图片（报告缺表，或表格以附件等本工具读不到的形式发布）' },
        { severity: 'warning', message: '2019版格式要求的表四（政府信息公开行政复议、行政诉讼情况）未找到：该部分有标题，页面上却没有表格，也没有图片（报告缺表，或表格以附件等本工具读不到的形式发布）' },
      ]);
    });

    it('says a table of no figure is there (chaoyang-jianping-2025: 表二 its header row alone, 信息内容 | 本年制发件数 | 本年)', () => {
      const lines = ['一、总体情况', '五是督察考核与责任追究情况。本年度继续将政务公开工作纳入全县绩效考核体系。', '二、主动公开政府信息情况'];
      expect(findingsOf(requiredTables, prose(2025), makeContext({ lines, tables: [3] }))).toMatchObject([
        { severity: 'warning', message: '2021版格式要求的表二（主动公开政府信息情况）未读到：该部分的表格没有数字（只有表头等文字），也没有图片（报告表中缺数，或数字以附件等本工具读不到的形式发布）' },
      ]);
    });

    it('says a table laid out as lines of text is there, though unreadable (a flip-book\'s text layer)', () => {
      const flipBook = ['四、因政府信息公开工作被申请行政复议提起行政诉讼情况', '行政复议 行政诉讼', '结果 结果 其他 尚未 总', '维持 纠正 结果 审结 计', '0 0 0 0 0 0 0 0 0 0 0 0 0 0 0'];
      expect(findingsOf(requiredTables, prose(2022), makeContext({ lines: flipBook }))).toMatchObject([
        { severity: 'warning', message: '2021版格式要求的表四（政府信息公开行政复议、行政诉讼情况）在页面上以文字排出，没有表格结构，无法读取，其中数字未经核对；请对照页面人工核对' },
      ]);
    });

    it('on one page of a paginated article, calls no table missing, but still says which the page shows unreadably', () => {
      const paged = makeContext({ lines, images: [2], pagination: { page: 1, pages: 3 } });
      expect(findingsOf(requiredTables, prose(2020), paged)).toMatchObject([
        { severity: 'warning', message: '2019版格式要求的表二（主动公开政府信息情况）在页面上是图片，无法读取，其中数字未经核对；请对照图片人工核对' },
      ]);
    });

    it('knows a part whose heading a mirror put spam words into (mirror-cncdsbwlw-xiang-2021: a slot game for 政府信息公开)', () => {
      const spammed = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理飞禽走兽老虎机申请情况', '四、飞禽走兽老虎机行政复议、行政诉讼情况', '五、存在的主要问题及改进情况'];
      expect(findingsOf(requiredTables, prose(2021), makeContext({ lines: spammed })).map((f) => f.message.slice(0, 12))).toEqual([
        '2021版格式要求的表二', '2021版格式要求的表三', '2021版格式要求的表四',
      ]);
    });

    it('asks nothing of a report of the 统计表 years, nor of parts the page does not have', () => {
      expect(findingsOf(requiredTables, prose(2018), makeContext({ lines, images: [2, 3, 4] }))).toEqual([]);
      expect(findingsOf(requiredTables, prose(2021), makeContext({ lines: ['一、总体情况', '二、存在的主要问题及改进情况'] }))).toEqual([]);
    });
  });

  it('asks nothing of a quarter\'s report, whose period is that quarter, as it does of an annual one', () => {
    const { report, ctx, annual } = quarterReport();
    expect(findingsOf(requiredTables, report, ctx)).toEqual([]);
    expect(findingsOf(requiredTables, report, annual)).not.toEqual([]);
  });

  // guangzhou-haizhu-guanzhou-2023 (test/corpus/2021) as stored stops in 表三 at 不予公开·6; its 表四 is no table the report lacks.
  it('warns, not errs, of a table after the one the page stops inside, unless a later part\'s heading shows the page goes on', () => {
    const { carriedForward: _c, totalProcessed: _t, ...cut } = makeReport().applications as Record<string, unknown>;
    const stopped = makeReport({ applications: cut, reviewLitigation: null });
    const lines = ['三、收到和处理政府信息公开申请情况', '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)'];
    expect(findingsOf(requiredTables, stopped, makeContext({ lines }))).toMatchObject([{
      severity: 'warning',
      message: '2021版格式要求的表四（政府信息公开行政复议、行政诉讼情况）未找到：页面在表三（收到和处理政府信息公开申请情况）中途结束（表的最后几行和其后各部分都不在页面上），可能没有载全，无从断定报告缺表；请到原网页核对',
    }]);
    // 表二 stopped at 行政许可 (wenzhou-ouhai-liao-2023): 表三 and 表四 both.
    const { punishment: _p, coercion: _k, fees: _f, ...early } = makeReport().activeDisclosure as Record<string, unknown>;
    const inActive = findingsOf(requiredTables, makeReport({ activeDisclosure: early, applications: null, reviewLitigation: null }));
    expect(inActive.filter((f) => f.message.includes('中途结束')).map((f) => f.severity)).toEqual(['warning', 'warning']);
    // A later part headed as the report heads it, not as the format does: the page goes on, 表四 is missing.
    for (const later of ['五、存在的问题及改进措施', '五、工作中存在的不足及改进措施', '五、问题与改进', '五、主要问题和改进情况']) {
      expect(findingsOf(requiredTables, stopped, makeContext({ lines: [...lines, later] })).map((f) => f.severity), later).toEqual(['error']);
    }
    // The page goes on to 五、: 表三 lacks its last rows, and 表四 is missing from the report.
    const whole = makeContext({ lines: [...lines, '五、存在的主要问题及改进情况'] });
    expect(findingsOf(requiredTables, stopped, whole)).toMatchObject([{ severity: 'error', message: '2021版格式要求的表四（政府信息公开行政复议、行政诉讼情况）未找到：此表须列出，没有发生的事项填0' }]);
  });
});
