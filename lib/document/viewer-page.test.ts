import { describe, expect, it } from 'vitest';
import { namesYearReport, viewerPage } from './viewer-page.ts';

// A flip-book's text page as the viewer writes it (test/fixtures/viewer/shenji-2020-p9.html): its title over the
// page's number, then the page's text.
const SHENJI = ['Page 9 - 2020年报_审计局', 'P. 9', '四、结转下年度继续办理 0 0 0 0 0 0 0', '四、政府信息公开行政复议、行政诉讼情况', '2020 年,我单位对形成的政府信息实现了依法、有序公开,', '未出现申请行政复议、提起行政诉讼的情况。'];
// An ordinary report's text.
const REPORT = ['某县2022年政府信息公开工作年度报告', '一、总体情况', '2022年，全县主动公开政府信息1234条，详见本报告第3页所附表格。', '二、主动公开政府信息情况', '全年通过政府网站发布信息356条。'];

describe('viewerPage', () => {
  it('reads the viewer\'s page number from its title and the line over the page\'s text', () => {
    expect(viewerPage('Page 9 - 2020年报_审计局', SHENJI)).toEqual({ page: 9, pages: null, viewer: true });
    // Either alone, full-width figures and 第N页 too; the count where the viewer gives it.
    expect(viewerPage('某县2022年政府信息公开工作年度报告', SHENJI.slice(1))).toEqual({ page: 9, pages: null, viewer: true });
    expect(viewerPage('Page 9 - 2020年报_审计局', SHENJI.slice(2))).toEqual({ page: 9, pages: null, viewer: true });
    expect(viewerPage('2020年报', ['第 ３ 页', ...SHENJI.slice(2)])).toEqual({ page: 3, pages: null, viewer: true });
    expect(viewerPage('Page 1 of 12 - 2020年报_审计局', REPORT)).toEqual({ page: 1, pages: 12, viewer: true });
  });

  it('takes no page number of the report\'s own for a viewer\'s', () => {
    // 第3页 in a sentence; a page number line inside the text.
    expect(viewerPage('某县2022年政府信息公开工作年度报告', REPORT)).toBeNull();
    expect(viewerPage('某县2022年政府信息公开工作年度报告', [...REPORT.slice(0, 3), '第3页', ...REPORT.slice(3)])).toBeNull();
    expect(viewerPage('某县2022年政府信息公开工作年度报告', [...REPORT.slice(0, 3), 'P. 3', ...REPORT.slice(3)])).toBeNull();
    // A printed header heading each page of the whole report; page 1's alone, which may head it all.
    expect(viewerPage('2022年报', ['第2页 共5页', ...REPORT, '第3页 共5页', '三、收到和处理政府信息公开申请情况'])).toBeNull();
    expect(viewerPage('2022年报', ['第1页 共5页', ...REPORT])).toBeNull();
    // Page 1 of no count may be the whole report; title and line that disagree are no viewer's.
    expect(viewerPage('Page 1 - 2020年报_审计局', ['P. 1', ...REPORT])).toBeNull();
    expect(viewerPage('Page 9 - 2020年报_审计局', ['P. 8', ...REPORT])).toBeNull();
  });
});

describe('namesYearReport', () => {
  it('reads a viewer\'s name of its document as a year\'s report, or not', () => {
    expect(namesYearReport('Page 9 - 2020年报_审计局')).toBe(true);
    expect(namesYearReport('Page 3 - 2021年度报告_综合行政执法局')).toBe(true);
    expect(namesYearReport('Page 2 - 2022年第三季度依申请公开统计')).toBe(false);
    expect(namesYearReport('Page 1 of 4 - 2020年年报_教育局')).toBe(true);
    // 年 and 报 of other words: a year's 报表, 报考指南, the 报送 of reports.
    expect(namesYearReport('Page 3 - 2021年报表_统计局')).toBe(false);
    expect(namesYearReport('Page 2 - 2023年报考指南')).toBe(false);
    expect(namesYearReport('Page 2 - 2022年报送政府信息公开工作年度报告情况的通报')).toBe(false);
  });
});
