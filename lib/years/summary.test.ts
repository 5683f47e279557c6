import { describe, expect, it } from 'vitest';
import { fixtureReport } from '../../test/support/fixtures.ts';
import { makeReport } from '../../test/support/report.ts';
import { compareYears } from './compare.ts';
import { notComparable, sameBody, storedSummary, summarize } from './summary.ts';

const keyOf = (issuer: string) => summarize(makeReport({ document: { issuer } }))?.key ?? null;
const read = (issuer: string, url: string | null, year = 2021) =>
  summarize(makeReport({ document: { issuer, year }, source: { ...makeReport().source, url } }))!;

describe('summarize', () => {
  it('keeps what the next year\'s report is checked against, under a key for its issuer', () => {
    const summary = summarize(makeReport())!;
    expect(summary).toMatchObject({ key: '某县农业农村局', year: 2021, format: '2021', applications: { carriedForward: { total: 0 } } });
    expect(['镇江市统计局', '市中区统计局', '乡城县人民政府', '东直门街道办事处'].map(keyOf)).toEqual(['镇江市统计局', '市中区统计局', '乡城县政府', '东直门街道办事处']);
  });

  it('keeps the site a report was read on', () => {
    expect(read('某县农业农村局', 'https://www.mouxian.gov.cn/a/1.html').site).toBe('mouxian.gov.cn');
    expect(read('某县农业农村局', null).site).toBeNull();
    expect(read('某县农业农村局', 'file:///home/u/report.html').site).toBeNull();
  });
});

describe('sameBody', () => {
  it('pairs the reports of one name read on one site, a body named by its level alone too', () => {
    expect(sameBody(read('区统计局', 'https://qu.gov.cn/1'), read('区统计局', 'https://www.qu.gov.cn/2', 2022))).toBe(true);
  });

  it('does not pair one name read on two sites: many counties have a 开发区管委会', () => {
    expect(sameBody(read('开发区管委会', 'https://lintong.gov.cn/1'), read('开发区管委会', 'https://other.gov.cn/2', 2022))).toBe(false);
  });

  it('pairs one body\'s reports under two hosts of its portal (test/corpus/years: 松木塘镇 2022 on jw.taojiang.gov.cn, 2023 on taojiang.gov.cn), no other body, and not two places\' sub-sites of a city\'s', () => {
    const jw = 'http://jw.taojiang.gov.cn/25074/25162/37354/39633/index.htm', bare = 'http://taojiang.gov.cn/25074/25162/37354/41155/index.htm';
    expect(sameBody(read('桃江县松木塘镇人民政府', jw, 2022), read('桃江县松木塘镇人民政府', bare, 2023))).toBe(true);
    // Another body on the host under it.
    expect(sameBody(read('桃江县鲊埠回族乡人民政府', 'http://jw.taojiang.gov.cn/25074/25157/37334/37726/index.htm', 2021), read('桃江县松木塘镇人民政府', bare, 2022))).toBe(false);
    // 五常市's and 尚志市's sub-sites on harbin.gov.cn (the addresses their towns' reports give), 道里区's: a town's name on
    // each is its own, as on the city's platform and its portal.
    expect(sameBody(read('城关镇人民政府', 'http://wcsxxgk.harbin.gov.cn/col/col12596/index.html'),
      read('城关镇人民政府', 'http://szsxxgk.harbin.gov.cn/col/col12696/index.html', 2022))).toBe(false);
    expect(sameBody(read('城关镇人民政府', 'http://wcsxxgk.harbin.gov.cn/col/col12596/index.html'),
      read('城关镇人民政府', 'http://xxgk.harbin.gov.cn/1.html', 2022))).toBe(false);
    expect(sameBody(read('太平镇人民政府', 'https://daoli.harbin.gov.cn/1.html'), read('太平镇人民政府', 'https://www.harbin.gov.cn/2.html', 2022))).toBe(false);
    // A host that only begins with the portal's name is another's.
    expect(sameBody(read('桃江县松木塘镇人民政府', 'http://taojiang.gov.cn.example.com/1.htm'), read('桃江县松木塘镇人民政府', bare, 2022))).toBe(false);
  });

  it('pairs a place\'s government named by the place alone one year and in full another, on one site with its county or district before it too', () => {
    // Real spellings of one body on its site: 中扬镇's 2022 title and its text's 宿城区中扬镇人民政府 (sqsc.gov.cn);
    // 杨柳镇's 2021 report (read as 杨柳镇人民政府) and its 2025 title 宣州区杨柳镇人民政府 (xuanzhou.gov.cn);
    // 平潭综合实验区 and its 2014 title's 平潭综合实验区管委会 (pingtan.gov.cn).
    const sqsc = 'http://www.sqsc.gov.cn/scqzyz/gknb/202301/dfc21262312e404c9fd6e53aadd69871.shtml';
    const xuanzhou = 'https://www.xuanzhou.gov.cn/XxgkAnnualReport/show/';
    const pingtan = 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/';
    expect(sameBody(read('中扬镇', sqsc, 2022), read('宿城区中扬镇人民政府', sqsc, 2023))).toBe(true);
    expect(sameBody(read('杨柳镇人民政府', `${xuanzhou}4570.html`), read('宣州区杨柳镇人民政府', `${xuanzhou}6394.html`, 2022))).toBe(true);
    expect(sameBody(read('平潭综合实验区', `${pingtan}1.htm`), read('平潭综合实验区管委会', `${pingtan}2.htm`, 2022))).toBe(true);
    expect(sameBody(read('中扬镇', null, 2022), read('中扬镇人民政府', null, 2023))).toBe(true);
    expect(sameBody(read('东直门街道', null), read('东直门街道办事处', null, 2022))).toBe(true);
  });

  it('keeps apart the bodies a place\'s name is part of: its district, a department, a town of another county', () => {
    const xuanzhou = 'https://www.xuanzhou.gov.cn/XxgkAnnualReport/show/';
    const pingtan = 'https://www.pingtan.gov.cn/zwgk/zfxxgk/';
    expect(sameBody(read('宣州区杨柳镇人民政府', `${xuanzhou}1.html`), read('宣州区人民政府', `${xuanzhou}2.html`, 2022))).toBe(false);
    expect(sameBody(read('杨柳镇人民政府', `${xuanzhou}1.html`), read('杨柳镇人民政府办公室', `${xuanzhou}2.html`, 2022))).toBe(false);
    expect(sameBody(read('平潭综合实验区财政金融局', `${pingtan}1.htm`), read('财政金融局', `${pingtan}2.htm`, 2022))).toBe(false);
    // The 管委会's office reports for itself beside the area's report, on one site every year.
    expect(sameBody(read('平潭综合实验区管委会办公室', `${pingtan}1.htm`), read('平潭综合实验区', `${pingtan}2.htm`, 2022))).toBe(false);
    // A city-wide platform holds every district's towns: 哈尔滨's 道里区 and 道外区 each have a 太平镇, and harbin.gov.cn
    // names neither district; a district's own site names its district (xuanzhou, sqsc: 宿迁 and 宿城).
    const harbin = 'https://www.harbin.gov.cn/a/';
    expect(sameBody(read('太平镇人民政府', `${harbin}1.html`), read('道里区太平镇人民政府', `${harbin}2.html`, 2022))).toBe(false);
    expect(sameBody(read('太平镇人民政府', `${harbin}1.html`), read('道外区太平镇人民政府', `${harbin}3.html`, 2022))).toBe(false);
    // Without one site the county before a town's name is all that tells two 太平镇 apart.
    expect(sameBody(read('杨柳镇人民政府', null), read('宣州区杨柳镇人民政府', null, 2022))).toBe(false);
    expect(sameBody(read('太平镇人民政府', 'https://www.yaoan.gov.cn/pages_182_51779.aspx'), read('太平镇', 'https://www.tjbh.gov.cn/jz/contents/13699/269244.html', 2022))).toBe(false);
  });

  it('pairs files read without their address only by a name that says where the body is', () => {
    const named = ['镇江市统计局', '市中区统计局', '乡城县人民政府', '东直门街道办事处', '镇宁布依族苗族自治县人民政府'];
    expect(named.filter((n) => !sameBody(read(n, null), read(n, null, 2022)))).toEqual([]);
    const nameless = ['区统计局', '市人民政府办公室', '县住房和城乡建设局', '街道办事处', '区市场监督管理局', '县乡村振兴局',
      '区城乡建设局', '县城乡规划局', '区城市管理局', '区市容绿化局'];
    expect(nameless.filter((n) => sameBody(read(n, null), read(n, null, 2022)))).toEqual([]);
  });

  it('keeps nothing of a page the engine doubts is a report, nor of a report in an older format', () => {
    expect(summarize(makeReport({ document: { confidence: 0.4 } }))).toBeNull();
    expect(summarize(makeReport({ document: { format: 'legacy' }, activeDisclosure: null, applications: null }))).toBeNull();
  });
});

describe('notComparable', () => {
  it('says why a report is not compared with other years: an older format, a page it doubts is a report, an unknown issuer', () => {
    expect(['xiaobanqiao-2018.html', 'shulan-tiande-2014.html', 'template-essay-site.html', 'tieling-2019.html'].map((f) => notComparable(fixtureReport(f))))
      .toEqual(['format', 'format', 'unsure', null]);
    expect(notComparable(makeReport({ document: { issuer: null } }))).toBe('issuer');
    expect(notComparable(makeReport({ document: { year: null } }))).toBe('year');
    expect(notComparable(makeReport({ document: { isReport: false } }))).toBe('not-report');
  });

  it('compares a pre-2019 统计表 with 历年累计 figures, which the next year\'s adds to (years/cumulative), and keeps it', () => {
    // 平潭综合实验区 2013: 主动公开信息数 72804 this year, 76424 in all years.
    const legacy = (cumulative?: number) => makeReport({
      document: { format: 'legacy' }, activeDisclosure: null, applications: null, reviewLitigation: null,
      legacyStats: [{ code: '另1', label: '主动公开信息数', unit: '条', value: 72804, ...(cumulative === undefined ? {} : { cumulative }) }],
    });
    expect(notComparable(legacy(76424))).toBeNull();
    expect(summarize(legacy(76424))).toMatchObject({ format: 'legacy', legacyStats: [{ label: '主动公开信息数', cumulative: 76424 }] });
    expect(notComparable(legacy())).toBe('format');
    expect(summarize(makeReport())!.legacyStats).toBeNull();
  });
});

describe('storedSummary', () => {
  it('reads back what was stored, and a summary stored before sites were kept with its site from its address', () => {
    const summary = read('某县农业农村局', 'https://www.mouxian.gov.cn/a/1.html');
    expect(storedSummary(JSON.parse(JSON.stringify(summary)))).toEqual(summary);
    const { site: _, ...older } = summary;
    expect(storedSummary(older)).toEqual(summary);
  });

  it('reads the site of one stored with its host as its site as this version does: its portal (jw.taojiang.gov.cn → taojiang.gov.cn)', () => {
    const summary = read('桃江县松木塘镇人民政府', 'http://jw.taojiang.gov.cn/25074/25162/37354/39633/index.htm', 2022);
    expect(storedSummary({ ...summary, site: 'jw.taojiang.gov.cn' })?.site).toBe('taojiang.gov.cn');
  });

  it('reads back one stored before 表四 was kept, with none', () => {
    const { reviewLitigation: _, ...older } = read('某县农业农村局', 'https://www.mouxian.gov.cn/a/1.html');
    expect(storedSummary(older)).toEqual({ ...older, reviewLitigation: null });
  });

  it('reads back one stored before a 统计表\'s rows were kept, which a report is still compared with', () => {
    const { legacyStats: _, ...older } = read('某县农业农村局', 'https://www.mouxian.gov.cn/a/1.html', 2020);
    expect(storedSummary(older)).toEqual(older);
    const later = makeReport({ document: { issuer: '某县农业农村局', year: 2021 }, source: { ...makeReport().source, url: 'https://www.mouxian.gov.cn/a/2.html' } });
    expect(compareYears(later, [storedSummary(older)!]).against).toEqual([older]);
  });

  it('gives null for what no longer validates', () => {
    expect(storedSummary({ key: '某县农业农村局', year: '2021' })).toBeNull();
    expect(storedSummary(undefined)).toBeNull();
  });
});
