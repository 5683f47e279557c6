import { describe, expect, it } from 'vitest';
import { makeReport } from '../../test/support/report.ts';
import { adjacentYearLinks, checkFetched, type PageLink } from './links.ts';
import { summarize } from './summary.ts';

const PAGE = 'http://www.tieling.gov.cn/tieling/zwgk/zfxxgknb/2020/02/28/0001.html';
const read = (issuer: string, year: number, url: string | null = PAGE) =>
  summarize(makeReport({ document: { issuer, year }, source: { ...makeReport().source, url } }))!;
const TIELING = read('铁岭市人民政府', 2019);
const link = (text: string, href = 'http://www.tieling.gov.cn/tieling/zwgk/zfxxgknb/2019/0001.html', title?: string): PageLink => ({ href, text, title });
const offered = (links: PageLink[], own = TIELING) => adjacentYearLinks(own, links).map((l) => [l.year, l.href]);

describe('adjacentYearLinks', () => {
  it('offers the 上一篇/下一篇 of the issuer\'s reports, named briefly or in full', () => {
    expect(offered([
      link('上一篇：铁岭市2018年政府信息公开工作年度报告', 'http://www.tieling.gov.cn/tieling/zwgk/zfxxgknb/2019/02/01/0007.html'),
      link('下一篇： 铁岭市人民政府2020年度政府信息公开工作年度报告', 'http://tieling.gov.cn/tieling/zwgk/zfxxgknb/2021/01/29/0002.html#top'),
    ])).toEqual([
      [2018, 'http://www.tieling.gov.cn/tieling/zwgk/zfxxgknb/2019/02/01/0007.html'],
      [2020, 'http://tieling.gov.cn/tieling/zwgk/zfxxgknb/2021/01/29/0002.html'],
    ]);
    expect(offered([link('2020年铁岭市人民政府政府信息公开工作年度报告', 'http://www.tieling.gov.cn/a/3.html')])).toEqual([[2020, 'http://www.tieling.gov.cn/a/3.html']]);
  });

  it('offers a town\'s report named with its district before it, as its site\'s column names it another year', () => {
    // 杨柳镇's 2021 report is titled 杨柳镇… (read as 杨柳镇人民政府), its 2025 one 宣州区杨柳镇人民政府… (xuanzhou.gov.cn).
    const yangliu = read('杨柳镇人民政府', 2024, 'https://www.xuanzhou.gov.cn/XxgkAnnualReport/show/4570.html');
    const href = 'https://www.xuanzhou.gov.cn/XxgkAnnualReport/show/6394.html';
    expect(offered([link('宣州区杨柳镇人民政府2025年政府信息公开工作年度报告', href)], yangliu)).toEqual([[2025, href]]);
    expect(offered([link('宣州区人民政府2025年政府信息公开工作年度报告', href)], yangliu)).toEqual([]);
  });

  it('reads the year as titles write it, and a nameless report on the site as the site\'s own', () => {
    expect(offered([link('二〇一八年度政府信息公开工作年度报告', 'http://www.tieling.gov.cn/a/1.shtml')])).toEqual([[2018, 'http://www.tieling.gov.cn/a/1.shtml']]);
    expect(offered([link('2020年政府信息公开年报', 'http://www.tieling.gov.cn/content.jsp?id=9')])).toEqual([[2020, 'http://www.tieling.gov.cn/content.jsp?id=9']]);
    expect(offered([link('上一篇：2018年政府信息公开工作年度报告', 'http://www.tieling.gov.cn/a/2.htm')])).toEqual([[2018, 'http://www.tieling.gov.cn/a/2.htm']]);
    expect(offered([link('· 2018年度政府信息公开工作报告', 'http://www.tieling.gov.cn/xxgk/detail')])).toEqual([[2018, 'http://www.tieling.gov.cn/xxgk/detail']]);
  });

  it('takes the full title from the title attribute where the text is cut short', () => {
    expect(offered([link('铁岭市2018年政府信息公开…', undefined, '铁岭市2018年政府信息公开工作年度报告')])).toEqual([[2018, link('').href]]);
  });

  it('prefers a link naming the issuer to one naming no one, else takes the first', () => {
    const nameless = link('2018年政府信息公开工作年度报告', 'http://www.tieling.gov.cn/a/nameless.html');
    const named = link('铁岭市2018年政府信息公开工作年度报告', 'http://www.tieling.gov.cn/a/named.html');
    expect(offered([nameless, named])).toEqual([[2018, named.href]]);
    expect(offered([nameless, link('2018年政府信息公开工作年度报告', 'http://www.tieling.gov.cn/a/later.html')])).toEqual([[2018, nameless.href]]);
  });

  it('offers no other report, nor another year\'s, nor another body\'s, nor its 解读', () => {
    expect(offered([
      link('铁岭市2018年政府工作报告'),
      link('铁岭市2018年度部门决算'),
      link('2018年国民经济和社会发展统计公报'),
      link('铁岭市2017年政府信息公开工作年度报告'),
      link('铁岭市2019年政府信息公开工作年度报告'),
      link('铁岭市教育局2018年政府信息公开工作年度报告'),
      link('银州区2020年政府信息公开工作年度报告'),
      link('《铁岭市2018年政府信息公开工作年度报告》解读'),
      link('图解：2020年政府信息公开工作年度报告'),
      link('政府信息公开年报'),
    ])).toEqual([]);
  });

  it('offers only pages on the report\'s own site, never an attachment', () => {
    const text = '铁岭市2018年政府信息公开工作年度报告';
    expect(offered([
      link(text, 'http://www.liaoning.gov.cn/zfxxgk/1.html'),
      link(text, 'http://www.tieling.gov.cn/files/2019/tieling-2018.pdf'),
      link(text, 'http://www.tieling.gov.cn/files/2019/tieling-2018.DOC?v=2'),
      link(text, 'http://www.tieling.gov.cn/files/2018年报.wps'),
      link(text, 'javascript:void(0)'),
      link(text, `${PAGE}#`),
      link(text, 'not a url'),
    ])).toEqual([]);
    expect(adjacentYearLinks(read('铁岭市人民政府', 2019, null), [link(text)])).toEqual([]);
  });

  it('offers pages on the page\'s own host, from which alone they are fetched, where its portal has others (gk.ziyang.gov.cn, ziyang.gov.cn)', () => {
    const zhouli = read('周礼镇人民政府', 2021, 'http://gk.ziyang.gov.cn/details.aspx?dept=155&id=64110');
    const text = '周礼镇2022年政府信息公开工作年度报告';
    expect(offered([link(text, 'http://www.ziyang.gov.cn/details.aspx?dept=155&year=2022'),
      link(text, 'http://gk.ziyang.gov.cn/year_details.aspx?dept=155&year=2022')], zhouli))
      .toEqual([[2022, 'http://gk.ziyang.gov.cn/year_details.aspx?dept=155&year=2022']]);
  });
});

describe('checkFetched', () => {
  const [offer] = adjacentYearLinks(TIELING, [link('铁岭市2018年政府信息公开工作年度报告')]);

  it('accepts the issuer\'s report of the year the link named, read on the site', () => {
    expect(checkFetched(TIELING, offer!, read('铁岭市人民政府', 2018, offer!.href))).toBeNull();
  });

  it('says what else the page was', () => {
    expect(checkFetched(TIELING, offer!, null)).toEqual({ kind: 'not-report' });
    expect(checkFetched(TIELING, offer!, read('铁岭市人民政府', 2017, offer!.href))).toEqual({ kind: 'other-year', year: 2017 });
    expect(checkFetched(TIELING, offer!, read('铁岭市教育局', 2018, offer!.href))).toEqual({ kind: 'other-body', issuer: '铁岭市教育局' });
    expect(checkFetched(TIELING, offer!, read('铁岭市人民政府', 2018, 'http://www.portal.example/1.html'))).toEqual({ kind: 'other-site', site: 'portal.example' });
  });

  it('says a 统计表 with 历年累计 is a report of the other kind for a report in a standard form, and the other way round', () => {
    // 铁岭市's 2018 report as a 统计表 whose row carries 历年累计 (the figures of 平潭综合实验区 2015's 主动公开文件数).
    const legacy = summarize(makeReport({
      document: { issuer: '铁岭市人民政府', year: 2018, format: 'legacy' }, source: { ...makeReport().source, url: offer!.href },
      activeDisclosure: null, applications: null, reviewLitigation: null,
      legacyStats: [{ code: '1', label: '主动公开文件数', unit: '条', value: 2949, cumulative: 81916 }],
    }))!;
    expect(checkFetched(TIELING, offer!, legacy)).toEqual({ kind: 'other-kind', format: 'legacy' });
    // The 统计表's own link to its year after leads to a report in a standard form (2021's): no more to compare with.
    expect(checkFetched(legacy, { ...offer!, year: 2019 }, read('铁岭市人民政府', 2019, offer!.href))).toEqual({ kind: 'other-kind', format: '2021' });
    expect(checkFetched({ ...legacy, year: 2019 }, { ...offer!, year: 2018 }, legacy)).toBeNull();
  });
});
