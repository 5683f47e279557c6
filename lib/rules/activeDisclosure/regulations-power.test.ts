import { describe, expect, it } from 'vitest';
import { findingsOf, makeContext, makeReport } from '../../../test/support/report.ts';
import { regulationsPower } from './regulations-power.ts';

describe('activeDisclosure/regulations-power', () => {
  // hn-songmutang-2022 (桃江县松木塘镇, 表二 as printed): 规章 2 / 0 / 2 — its text counts "规章制度类2条", its own rules of work.
  const report2021 = (issuer: string, regulations = { issued: 2, repealed: 0, inForce: 2 }) => makeReport({
    document: { format: '2021', year: 2022, issuer },
    activeDisclosure: {
      regulations, normativeDocuments: { issued: 2, repealed: 0, inForce: 2 },
      licensing: { decisions: 0 }, punishment: { decisions: 9 }, coercion: { decisions: 0 }, fees: { amount: null, unit: null },
    },
  });

  it('passes a township whose 规章 row is 0', () => {
    expect(findingsOf(regulationsPower, report2021('桃江县松木塘镇人民政府', { issued: 0, repealed: 0, inForce: 0 }))).toEqual([]);
  });

  it('fails a township that fills the 规章 row, naming the cells filled', () => {
    expect(findingsOf(regulationsPower, report2021('桃江县松木塘镇人民政府'))).toMatchObject([{
      severity: 'warning',
      message: expect.stringContaining('乡镇、街道，无权制定规章，表二"规章"一行却填了数字（本年制发2、现行有效2）'),
      cells: [{ table: 'activeDisclosure', path: 'regulations.issued' }, { table: 'activeDisclosure', path: 'regulations.inForce' }],
    }]);
  });

  it('judges a county\'s department, a zone\'s and a county-level 市 named under its city, in the 2019 form too', () => {
    const report2019 = (issuer: string) => makeReport({
      document: { format: '2019', year: 2019, issuer },
      activeDisclosure: { regulations: { newlyMade: 1, newlyPublished: 4, totalPublished: 11 } },
    });
    // 平潭综合实验区国有资产管理局 2019: 规章 1 / 4 / 11 (the probe acc's page); a 实验区's bureau makes no 规章.
    expect(findingsOf(regulationsPower, report2019('平潭综合实验区国有资产管理局'))[0]?.message).toContain('开发区、新区、园区一类区域的机构，无权制定规章');
    expect(findingsOf(regulationsPower, report2019('某县农业农村局'))[0]?.message).toContain('县级');
    // An 自治县 whose name is longer than most places' (重庆市 and 海南省 have several).
    for (const county of ['重庆市彭水苗族土家族自治县人民政府', '海南省保亭黎族苗族自治县人民政府']) {
      expect(findingsOf(regulationsPower, report2019(county))[0]?.message, county).toContain('县级');
    }
    expect(findingsOf(regulationsPower, report2019('义乌市商务局'), makeContext({ title: '金华市义乌市商务局2019年政府信息公开工作年度报告' }))).toHaveLength(1);
  });

  it('leaves alone those that may make 规章 or whose level the name does not say', () => {
    // tieling-2019: 铁岭市人民政府 made 13 规章; a city's department may count those it drafted; 义乌市 alone may be a city.
    // A 直辖市's departments whose names hold 城市, 市容 or 社区 (a word, no 县级市 or 区 under the city).
    const words = ['北京市城市管理委员会', '上海市绿化和市容管理局', '上海市社区矫正管理局'];
    for (const issuer of ['铁岭市人民政府', '广东省人民政府', '国家国际发展合作署', '某市城乡建设局', '义乌市商务局', ...words]) {
      expect(findingsOf(regulationsPower, report2021(issuer)), issuer).toEqual([]);
    }
    expect(findingsOf(regulationsPower, makeReport({ document: { format: '2021', year: 2022, issuer: null } }))).toEqual([]);
  });

  it('judges a report that names no body but calls it 我镇 a township\'s', () => {
    // xjnlk-zhen-2023 (a 镇 on xjnlk.gov.cn, its name not on the page): 规章 0 / 0 / 6.
    const report = makeReport({ document: { format: '2021', year: 2023, issuer: null }, activeDisclosure: { regulations: { issued: 0, repealed: 0, inForce: 6 } } });
    const lines = ['本报告是根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,现结合我镇实际,主要从总体情况…汇报我镇2023年政府信息公开工作。'];
    expect(findingsOf(regulationsPower, report, makeContext({ lines }))).toMatchObject([{
      message: expect.stringContaining('本报告称“我镇”，其机关是乡镇、街道，无权制定规章，表二"规章"一行却填了数字（现行有效6）'),
      cells: [{ table: 'activeDisclosure', path: 'regulations.inForce' }],
    }]);
    expect(findingsOf(regulationsPower, report, makeContext({ lines: ['现结合我县实际'] }))).toEqual([]);
    expect(findingsOf(regulationsPower, report, makeContext({ lines: ['现将我乡村振兴局2023年政府信息公开工作情况报告如下'] }))).toEqual([]);
    expect(findingsOf(regulationsPower, report, makeContext({ lines: ['组织我乡村两级干部学习《条例》'] }))).toMatchObject([{ message: expect.stringContaining('本报告称“我乡”') }]);
  });
});
