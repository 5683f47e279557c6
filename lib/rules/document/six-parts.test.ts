import { describe, expect, it } from 'vitest';
import { findingsOf, makeContext, makeReport, quarterReport } from '../../../test/support/report.ts';
import { FORMAT_PARTS } from '../../document/report-parts.ts';
import { sixParts, templatePart } from './six-parts.ts';

describe('document/six-parts', () => {
  it('passes six parts in order, even with lost characters or a lost number', () => {
    // longde-chengguan-2021 has "一、总体情"; tieling-2019 has "其它需要报告的事项" without its 六.
    const report = makeReport({
      document: {
        sections: [
          { number: '一', title: '总体情' }, { number: '二', title: '主动公开政府信息情况' },
          { number: '三', title: '收到和处理政府信息公开申请情况' }, { number: '四', title: '政府信息公开行政复议、行政诉讼情况' },
          { number: '五', title: '存在的主要问题及改进情况' }, { number: '', title: '其它需要报告的事项' },
        ],
      },
    });
    expect(findingsOf(sixParts, report)).toEqual([]);
  });

  it('takes the overview under the names reports give it (基本情况, 概述)', () => {
    const named = (title: string) => makeReport({ document: { sections: [{ number: '一', title }, ...makeReport().document.sections.slice(1)] } });
    for (const title of ['基本情况', '概述', '工作概况', '基本工作情况']) expect(findingsOf(sixParts, named(title))).toEqual([]);
  });
  it('notes a part retitled under its own number where it belongs, but a number taken by another part stays missing', () => {
    // jsp-2025 (平潭君山片区) retitles 一 and splits 五 into 五/六, so its 其他 part is 七.
    const standard = makeReport().document.sections;
    const jsp = makeReport({
      document: {
        sections: [
          { number: '一', title: '年度工作核心成效' }, ...standard.slice(1, 4),
          { number: '五', title: '当前存在的突出问题' }, { number: '六', title: '下一步改进举措' }, { number: '七', title: '其他需说明事项' },
        ],
      },
    });
    expect(findingsOf(sixParts, jsp)).toMatchObject([
      { severity: 'info', message: '第一部分标题为“年度工作核心成效”，标准格式为“总体情况”', cells: [{ table: 'document', path: 'sections.0' }], expected: null, actual: null },
    ]);
    // zuogong-2021 ends at "三、收": the part is there, cut, so no note about its title.
    const cut = makeReport({ document: { sections: [...standard.slice(0, 2), { number: '三', title: '收' }] } });
    expect(findingsOf(sixParts, cut)).toMatchObject([{ severity: 'warning', message: '2021版格式要求的六个部分中未找到：四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项' }]);
    // spp-2024 (平潭苏平片区): its 五 is 信息处理费 and its 六 the 问题 part, so there is no 其他需要报告 part.
    const spp = makeReport({
      document: { sections: [...standard.slice(0, 4), { number: '五', title: '信息处理费收取情况' }, { number: '六', title: '存在的主要问题和改进情况' }] },
    });
    expect(findingsOf(sixParts, spp)).toMatchObject([{ severity: 'warning', message: '2021版格式要求的六个部分中未找到：六、其他需要报告的事项' }]);
    // jjp-2025 (平潭金井片区) has the same six parts and lists them so in its opening: no 其他需要报告 part, on purpose.
    const jjp = makeContext({ lines: ['本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议与行政诉讼情况、信息处理费收取情况和存在的主要问题及改进措施等六个部分组成。'] });
    expect(findingsOf(sixParts, spp, jjp)).toMatchObject([{ severity: 'info', message: '2021版格式要求的六个部分中未找到：六、其他需要报告的事项（报告开头所列的六个部分也不含此部分）' }]);
    // A list that names the part leaves its absence a warning.
    const listingIt = makeContext({ lines: ['报告全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、因政府信息公开工作被申请行政复议和提起行政诉讼情况、政府信息公开工作存在的主要问题及改进情况,以及其他需要报告的事项六个部分。'] });
    expect(findingsOf(sixParts, spp, listingIt)).toMatchObject([{ severity: 'warning', message: '2021版格式要求的六个部分中未找到：六、其他需要报告的事项' }]);
  });

  it('warns about a missing part and a part out of order', () => {
    const report = makeReport({
      document: {
        sections: [
          { number: '一', title: '总体情况' }, { number: '二', title: '收到和处理政府信息公开申请情况' },
          { number: '三', title: '主动公开政府信息情况' }, { number: '四', title: '政府信息公开行政复议、行政诉讼情况' },
          { number: '五', title: '存在的主要问题及改进情况' },
        ],
      },
    });
    expect(findingsOf(sixParts, report)).toMatchObject([
      { severity: 'warning', message: '2021版格式要求的六个部分中未找到：六、其他需要报告的事项', expected: 6, actual: 5 },
      { severity: 'warning', cells: [{ path: 'sections.1' }] },
    ]);
  });

  it('calls no part missing on one page of a paginated article, but still says which are out of order', () => {
    // Page 1 of 2: 一 and 二 here, the rest on page 2.
    const firstPage = makeReport({ document: { sections: [{ number: '一', title: '总体情况' }, { number: '二', title: '主动公开政府信息情况' }] } });
    const paged = makeContext({ pagination: { page: 1, pages: 2 } });
    expect(findingsOf(sixParts, firstPage)).toMatchObject([{ message: '2021版格式要求的六个部分中未找到：三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项' }]);
    expect(findingsOf(sixParts, firstPage, paged)).toEqual([]);
    const swapped = makeReport({ document: { sections: [{ number: '一', title: '主动公开政府信息情况' }, { number: '二', title: '总体情况' }] } });
    expect(findingsOf(sixParts, swapped, paged)).toMatchObject([{ message: '第二部分“主动公开政府信息情况”出现在前一部分之前，顺序与格式规定不符' }]);
  });
  it('holds a report read as prose to the six parts where its headings name the parts of the tables, as document/required-tables holds it to the tables', () => {
    // gd-eea-2022: its tables lost, its headings 一–五 as the format's, no 六.
    const sections = [
      { number: '一', title: '总体情况' }, { number: '二', title: '主动公开政府信息情况' }, { number: '三', title: '收到和处理政府信息公开申请情况' },
      { number: '四', title: '政府信息公开行政复议、行政诉讼情况' }, { number: '五', title: '存在问题和改进情况' },
    ];
    const eea = makeReport({ document: { format: 'prose', year: 2022, sections }, activeDisclosure: null, applications: null, reviewLitigation: null });
    expect(findingsOf(sixParts, eea)).toMatchObject([{ severity: 'warning', message: '2021版格式要求的六个部分中未找到：六、其他需要报告的事项' }]);
    // A report in its own words, or a page cut before the tables' parts, is no report of the six parts to hold to them.
    const own = makeReport({ document: { format: 'prose', year: 2022, sections: sections.slice(0, 2) }, activeDisclosure: null, applications: null, reviewLitigation: null });
    expect(findingsOf(sixParts, own)).toEqual([]);
  });

  it('reads each part\'s title, in every wording report-parts.ts gives it, as that part and no other', () => {
    FORMAT_PARTS.forEach((part, k) => {
      for (const title of [part.title, ...part.variants]) expect(templatePart(title), title).toBe(k);
    });
  });

  it('asks nothing of a quarter\'s report, whose period is that quarter, as it does of an annual one', () => {
    const { report, ctx, annual } = quarterReport();
    expect(findingsOf(sixParts, report, ctx)).toEqual([]);
    expect(findingsOf(sixParts, report, annual)).not.toEqual([]);
  });
});
