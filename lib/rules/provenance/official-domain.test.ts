import { describe, expect, it } from 'vitest';
import { findingsOf, makeContext, makeReport } from '../../../test/support/report.ts';
import { officialDomain } from './official-domain.ts';

describe('provenance/official-domain', () => {
  it('passes gov.cn, a trusted domain, and a saved file without URL', () => {
    const report = makeReport();
    expect(findingsOf(officialDomain, report, makeContext({ url: 'https://www.shanghai.gov.cn/nw12344/0001.html' }))).toEqual([]);
    expect(findingsOf(officialDomain, report, makeContext({ url: 'https://xxgk.example.org/a.html', trustedDomains: ['*.example.org'] }))).toEqual([]);
    expect(findingsOf(officialDomain, report, makeContext({ url: null }))).toEqual([]);
  });

  it('warns about the mirror that serves tieling-2019, and a gov.cn look-alike', () => {
    const mirror = makeContext({ url: 'http://www.tieling-mirror.example/tieling/zwgk/zfxxgknb/2020/02/28/0001.html' });
    expect(findingsOf(officialDomain, makeReport(), mirror)).toMatchObject([{ severity: 'warning' }]);
    expect(findingsOf(officialDomain, makeReport(), makeContext({ url: 'http://gov.cn.example.com/a.html' }))).toHaveLength(1);
  });

  it('only notes a page served from an IP address (district-stats-2023): it names no domain, and mirrors take domains', () => {
    expect(findingsOf(officialDomain, makeReport(), makeContext({ url: 'http://61.150.65.235/zfxxgk/zfxxgknb/bmxxgknb/1906985018193408001.html' }))).toMatchObject([{
      severity: 'info',
      message: '本页自称政府信息公开工作年度报告，来自IP地址 61.150.65.235，没有域名，无从确认是政府网站；如有疑问，请到发布机关的官方网站核对原文',
    }]);
    expect(findingsOf(officialDomain, makeReport(), makeContext({ url: 'http://[2001:db8::1]/a.html' }))[0]!.message).toContain('来自IP地址 [2001:db8::1]，没有域名');
    expect(findingsOf(officialDomain, makeReport(), makeContext({ url: 'http://www.tieling-mirror.example/a.html' }))[0]!.message).toContain('来自 www.tieling-mirror.example，不是 gov.cn 政府网站');
    // An IP address that bears a mirror's marks, or proxies a government's page, is a copy all the same.
    const traditional = makeReport({ warnings: [{ rule: 'page/traditional-script', severity: 'info', message: '页面用繁体字书写', cells: [], expected: null, actual: null }] });
    expect(findingsOf(officialDomain, traditional, makeContext({ url: 'http://61.150.65.235/a.html' }))).toMatchObject([{ severity: 'warning' }]);
    expect(findingsOf(officialDomain, makeReport(), makeContext({ url: 'http://61.150.65.235/index.php/http://www.gd.gov.cn/a.html' }))).toMatchObject([{ severity: 'warning' }]);
  });

  it('says a page naming no report (the tables alone, haidian-mirror) is read as one, not that it claims to be one', () => {
    const tables = makeContext({ url: 'https://www.bjbahr.com/zyk/jbdt/auto4555_51851/auto4555_57653/auto4555_57719', title: '海淀区人民政府', lines: ['海淀区人民政府', '您访问的链接即将离开“海淀区人民政府”门户网站', '第二十条第（一）项'] });
    expect(findingsOf(officialDomain, makeReport(), tables)).toMatchObject([{
      severity: 'warning',
      message: '本页的内容读作政府信息公开工作年度报告（页面没有自称年报），但来自 www.bjbahr.com，不是 gov.cn 政府网站，也不在您信任的域名中；请到发布机关的官方网站核对原文',
    }]);
  });

  it('gives the official address a proxy\'s address carries (gd-2024), only an official one, and not a referrer\'s', () => {
    const gd = makeContext({ url: 'https://nhaphangmau.store/index.php/http://www.gd.gov.cn/gkmlpt/content/4/4688/post_4688997.html' });
    expect(findingsOf(officialDomain, makeReport(), gd)).toMatchObject([{
      severity: 'warning',
      message: '本页自称政府信息公开工作年度报告，但来自 nhaphangmau.store，不是 gov.cn 政府网站，也不在您信任的域名中；它的地址转发的是 http://www.gd.gov.cn/gkmlpt/content/4/4688/post_4688997.html，请打开这个原址核对原文',
    }]);
    const encoded = makeContext({ url: 'https://proxy.example/browse.php?url=http%3A%2F%2Fwww.gd.gov.cn%2Fa.html&b=4' });
    expect(findingsOf(officialDomain, makeReport(), encoded)[0]!.message).toContain('它的地址转发的是 http://www.gd.gov.cn/a.html，');
    for (const url of ['https://proxy.example/index.php/http://www.copy.example/a.html', 'https://mirror.example/a.html?from=http://www.gd.gov.cn/']) {
      expect(findingsOf(officialDomain, makeReport(), makeContext({ url }))[0]!.message, url).toContain('请到发布机关的官方网站核对原文');
    }
  });

  it('passes a university\'s or school\'s report on its own edu.cn site (sysu-2022), not a government body\'s there', () => {
    const sysu = makeReport({ document: { issuer: '中山大学', year: 2021, period: { start: '2021-09-01', end: '2022-08-31' } } });
    expect(findingsOf(officialDomain, sysu, makeContext({ url: 'https://xxgk.sysu.edu.cn/article/299', title: '中山大学2021—2022学年信息公开年度报告' }))).toEqual([]);
    // A 学年 report whose name was not read (szkrzm-school-2022-trad) is a school's too.
    const unnamed = makeReport({ document: { issuer: null, year: 2021, period: { start: '2021-09-01', end: '2022-08-31' } } });
    const lines = ['根据《教育部办公厅关于做好2022年高校信息公开年度报告工作的通知》要求,现将我校2021—2022年度信息公开工作报告如下。'];
    expect(findingsOf(officialDomain, unnamed, makeContext({ url: 'https://xxgk.example.edu.cn/info/1201/7921.htm', title: '2021—2022年度信息公开工作报告', lines }))).toEqual([]);
    // A government's 年度 of two years is no 学年: its report on edu.cn is a copy.
    expect(findingsOf(officialDomain, makeReport({ document: { issuer: null } }), makeContext({ url: 'https://www.example.edu.cn/a.html', title: '某某县2019-2020年度政府信息公开工作年度报告' }))).toHaveLength(1);
    expect(findingsOf(officialDomain, makeReport({ document: { issuer: '某县教育局' } }), makeContext({ url: 'https://www.example.edu.cn/a.html' }))).toMatchObject([{ severity: 'warning' }]);
    // A university's report on a mirror is a copy still, and is said to be a school's, not a government's (gosugo-lingnan-2023).
    expect(findingsOf(officialDomain, sysu, makeContext({ url: 'http://xxgk.ustc.tsg211.com/2021/1030/page.htm' }))).toHaveLength(1);
    const lingnan = makeReport({ document: { issuer: '岭南师范学院', year: 2022, period: { start: '2022-09-01', end: '2023-08-31' } } });
    expect(findingsOf(officialDomain, lingnan, makeContext({ url: 'https://gosugo.com/zdlyxxgk/gxxx/gxxxgkndbg/content/post_1915782.html' }))).toMatchObject([{
      severity: 'warning',
      message: '本页是学校的信息公开工作年度报告，但来自 gosugo.com，不是学校的 edu.cn 网站，也不在您信任的域名中；请到学校的官方网站核对原文',
    }]);
  });

  it('passes a university\'s report on its own edu.cn site where its issuer was not read and it names no 学年, as the title or footer names the school (succ-2024)', () => {
    // succ.edu.cn's 2024年度信息公开工作年报: 发布单位:办公室 (no body's name), a 年度 of a calendar year; its footer as such sites print it.
    const url = 'https://www.succ.edu.cn/web_shjf_2/Home/News/view/xwid/04ecf7448df938cc315572b9a992879a';
    const lines = ['2024年度信息公开工作年报', '[2024-10-30] 发布单位:办公室 阅读次数:3752',
      '2023—2024年度,上海城建职业学院深入贯彻落实教育部《高等学校信息公开办法》精神,按照上海市教育委员会印发《2023—2024年度上海高校信息公开评议工作实施方案》的要求,对照《2023—2024年度上海高校信息公开评议指标》,结合我校2023—2024年度信息公开工作实际,现将本年度信息公开工作报告如下:'];
    const footer = '版权所有：上海城建职业学院';
    for (const issuer of [null, '办公室']) {
      const succ = makeReport({ document: { issuer, year: 2024, period: null } });
      expect(findingsOf(officialDomain, succ, makeContext({ url, title: '2024年度信息公开工作年报', lines, pageLines: [...lines, footer] })), String(issuer)).toEqual([]);
      // Without the footer its text still reports under the 高等学校信息公开办法: a school's.
      expect(findingsOf(officialDomain, succ, makeContext({ url, title: '2024年度信息公开工作年报', lines })), String(issuer)).toEqual([]);
      // Without either nothing says whose it is: a government's, as the title claims no school.
      const plain = ['2024年度,我单位认真做好信息公开工作,现将本年度信息公开工作报告如下:'];
      expect(findingsOf(officialDomain, succ, makeContext({ url, title: '2024年度信息公开工作年报', lines: plain })), String(issuer)).toMatchObject([{ severity: 'warning' }]);
    }
    // nczy-2025 (南充职业技术学院, nczy.edu.cn content-37773): a title naming no school, a text citing the ministry's notice on
    // 高校信息公开年度报告, a calendar-year period: a school's report on its own edu.cn site.
    const nczyLines = ['为全面贯彻《高等学院信息公开办法》(教育部令第29号)和《教育部关于公布〈高等学院信息公开事项清单〉的通知》(教办函〔2014〕23号)有关规定,根据教育部办公厅和省教育厅办公室《关于做好2025年高校信息公开年度报告工作的通知》要求,现将学校2025年度信息公开情况报告如下(统计日期为2025年1月1日—2025年10月31日)。'];
    const nczy = makeReport({ document: { issuer: null, year: 2025, period: { start: '2025-01-01', end: '2025-10-31' } } });
    expect(findingsOf(officialDomain, nczy, makeContext({ url: 'https://www.nczy.edu.cn/xxgk/2025_10/31_08/content-37773.html', title: '2025年信息公开工作年度报告', lines: nczyLines }))).toEqual([]);
    // A government's report on edu.cn is a copy still, whatever rules its text cites: its title claims a 政府信息公开 report.
    expect(findingsOf(officialDomain, nczy, makeContext({ url: 'https://www.nczy.edu.cn/a.html', title: '某县2025年政府信息公开工作年度报告', lines: nczyLines }))).toHaveLength(1);
    // The school named in the title (绵阳职业技术学院's heading, its name unread as the issuer), on a mirror said to be a school's.
    const unnamed = makeReport({ document: { issuer: null, year: 2023, period: null } });
    const mypt = makeContext({ url: 'https://xybgs.mypt.edu.cn/info/1025/1923.htm', title: '绵阳职业技术学院2023年度信息公开工作年度报告' });
    expect(findingsOf(officialDomain, unnamed, mypt)).toEqual([]);
    expect(findingsOf(officialDomain, unnamed, { ...mypt, url: 'https://mirror.example/info/1025/1923.htm' })[0]!.message).toContain('本页是学校的信息公开工作年度报告');
    // A street named for a school is none (学院路街道), nor is a government's report on a school's site, its issuer read.
    expect(findingsOf(officialDomain, unnamed, makeContext({ url: 'https://www.example.edu.cn/a.html', title: '北京市海淀区学院路街道2022年政府信息公开工作年度报告' }))).toHaveLength(1);
    // review4: a school named as the title's subject is the report's, whatever law its title cites (a 中学's 政府信息公开 report).
    expect(findingsOf(officialDomain, unnamed, makeContext({ url: 'https://www.example.edu.cn/a.html', title: '石家庄市第一中学2022年政府信息公开工作年度报告' }))).toEqual([]);
    expect(findingsOf(officialDomain, makeReport({ document: { issuer: '某县教育局' } }), makeContext({ url: 'https://www.example.edu.cn/a.html', pageLines: [footer] }))).toMatchObject([{ severity: 'warning' }]);
  });

  // review3: a 湖北 审计局's report copied (ljxbmgzwsy-sjj-2022: 我局, its issuer unread) onto a school's site passed as the school's.
  it('warns of a government\'s report on a school\'s edu.cn site whose footer, title suffix or text names the school', () => {
    const url = 'https://www.wtc.edu.cn/info/1011/1.htm';
    const sjj = makeReport({ document: { issuer: null, year: 2022, period: null } });
    const lines = ['2022年,我局坚持以习近平新时代中国特色社会主义思想为指导,认真贯彻落实《条例》和上级关于政务公开工作的部署要求。',
      '政府信息依申请公开情况。全年共受理政府信息公开申请8件,全部依法依规按时办结。'];
    const footer = ['版权所有：武汉职业技术学院 地址：湖北省武汉市洪山区关山大道463号', '鄂ICP备05003328号'];
    const title = '2022年政府信息公开工作年度报告';
    // The school's site prints its own footer under whatever it holds, and may put its name after the page's title.
    expect(findingsOf(officialDomain, sjj, makeContext({ url, title, lines, pageLines: [...lines, ...footer] }))).toMatchObject([{ severity: 'warning' }]);
    expect(findingsOf(officialDomain, sjj, makeContext({ url, title: `${title}-武汉职业技术学院`, lines }))).toMatchObject([{ severity: 'warning' }]);
    expect(findingsOf(officialDomain, sjj, makeContext({ url, title: '2022年度工作年度报告-武汉职业技术学院', lines }))).toMatchObject([{ severity: 'warning' }]);
    // A sentence of the text naming a school as a 主办单位 is no footer.
    const named = ['本网站主办单位为武汉职业技术学院,由党委宣传部负责维护。', ...lines];
    expect(findingsOf(officialDomain, sjj, makeContext({ url, title: '2022年度工作年度报告', lines: named }))).toMatchObject([{ severity: 'warning' }]);
  });

  it('only notes where a hospital\'s or a company\'s report comes from: such bodies publish on sites of their own (huaibeihosp-2022)', () => {
    const hospital = makeReport({ document: { issuer: '淮北市人民医院' } });
    expect(findingsOf(officialDomain, hospital, makeContext({ url: 'http://huaibeihosp.cn//list/5abe6e6caafd41ec82567fb1ab9cc632/071405bb839542f0b60781b87f7a9e68.html' }))).toMatchObject([{
      severity: 'info',
      message: '本页是淮北市人民医院的信息公开工作年度报告，来自 huaibeihosp.cn：医院、企业、科研院所等公共企事业单位的年报发布在本单位网站上，不在 gov.cn，无从确认这是否其官方网站；如有疑问，请与该单位核对',
    }]);
    // Its page of the year before names no one, but speaks as the hospital (hospital-huaibei-renmin-2021); 我院 alone is no hospital's.
    const url = 'http://www.huaibeihosp.cn//list/5abe6e6caafd41ec82567fb1ab9cc632/024b2a4a9f614996a839fa417771aec9.html';
    const lines = ['一年来,在市政务公开领导小组和市卫健委的正确领导下,我院认真贯彻落实《中华人民共和国政府信息公开条例》', '至今,医院尚未收到市民或法人依申请公开信息要求。'];
    const unnamed = makeReport({ document: { issuer: null } });
    expect(findingsOf(officialDomain, unnamed, makeContext({ url, lines }))).toMatchObject([{
      severity: 'info', message: expect.stringContaining('本页是医院的信息公开工作年度报告，来自 www.huaibeihosp.cn：医院、企业'),
    }]);
    expect(findingsOf(officialDomain, unnamed, makeContext({ url, lines: [lines[0]!] }))).toMatchObject([{ severity: 'warning' }]);
    expect(findingsOf(officialDomain, unnamed, makeContext({ url, lines: [lines[0]!, '某市人民检察院办公室'] }))).toMatchObject([{ severity: 'warning' }]);
    const metro = makeReport({ document: { issuer: '南宁轨道交通集团有限责任公司' } });
    expect(findingsOf(officialDomain, metro, makeContext({ url: 'http://www.nnrail.example/html/4808/12202.html' }))).toMatchObject([{ severity: 'info' }]);
  });

  it('warns where a hospital\'s or a company\'s report bears a mirror\'s marks: ainoer-nanning-metro-2020, in traditional script (本報告通過本公司門戶網站(http://www.ainoer.com/)…)', () => {
    const note = (rule: string) => ({ rule, severity: 'info' as const, message: '页面用繁体字书写，已逐字转为简体字读取', cells: [], expected: null, actual: null });
    const url = 'http://www.ainoer.com/html/4808/12202.html';
    const metro = makeReport({ document: { issuer: '南宁轨道交通集团有限责任公司' }, warnings: [note('page/traditional-script')] });
    expect(findingsOf(officialDomain, metro, makeContext({ url }))).toMatchObject([{
      severity: 'warning',
      message: '本页是南宁轨道交通集团有限责任公司的信息公开工作年度报告，来自 www.ainoer.com，页面用繁体字书写，是转载镜像站的特征，不是该单位自己的网站；请到该单位的官方网站核对原文',
    }]);
    const hospital = makeReport({ document: { issuer: '淮北市人民医院' }, warnings: [note('page/pinyin-removed')] });
    expect(findingsOf(officialDomain, hospital, makeContext({ url }))[0]).toMatchObject({ severity: 'warning', message: expect.stringContaining('页面在汉字后夹注拼音') });
    // A 文库's upload (wnwk-yiyuan-2023-template: a 中医院's report on 汇文网) is no hospital's own site.
    const wenku = findingsOf(officialDomain, makeReport({ document: { issuer: '淮北市人民医院' } }), makeContext({ url: 'https://wnwk.com/doc/634810.html' }));
    expect(wenku).toMatchObject([{ severity: 'warning', message: '本页是淮北市人民医院的信息公开工作年度报告，来自文库网站 wnwk.com，是用户上传的转载，不是该单位自己的网站；请到该单位的官方网站核对原文' }]);
    expect(findingsOf(officialDomain, makeReport({ document: { issuer: '中国科学院高能物理研究所' } }), makeContext({ url: 'https://max.book118.com/html/2022/1011/a.shtm' }))).toMatchObject([{ severity: 'warning' }]);
    // Another note says nothing of where the page came from.
    const other = makeReport({ document: { issuer: '淮北市人民医院' }, warnings: [note('recognition/nonstandard-table')] });
    expect(findingsOf(officialDomain, other, makeContext({ url }))).toMatchObject([{ severity: 'info' }]);
  });

  it('passes a research institution\'s report on cas.cn or ac.cn (cas-2012, 2012年度报告----中国科学院), notes it elsewhere, warns on a mirror (zionarts-ihep-2021)', () => {
    const academy = makeReport({ document: { issuer: null, year: 2012 } });
    expect(findingsOf(officialDomain, academy, makeContext({ url: 'http://www.cas.cn/xxgkml/xxgkgzxx/ndbg/ndbg/201303/t20130315_3793929.shtml', title: '2012年度报告----中国科学院' }))).toEqual([]);
    // …its name read as the issuer: an academy, no 学院 of a school's.
    expect(findingsOf(officialDomain, makeReport({ document: { issuer: '中国科学院', year: 2012 } }), makeContext({ url: 'http://www.cas.cn/xxgkml/xxgkgzxx/ndbg/ndbg/201303/t20130315_3793929.shtml', title: '2012年度报告----中国科学院' }))).toEqual([]);
    const ihep = makeReport({ document: { issuer: '中国科学院高能物理研究所', year: 2021 } });
    expect(findingsOf(officialDomain, ihep, makeContext({ url: 'http://www.ihep.ac.cn/xxgk2022/ndbg/202210/t20221011_6522721.html' }))).toEqual([]);
    expect(findingsOf(officialDomain, ihep, makeContext({ url: 'http://www.ihep.example/a.html' }))).toMatchObject([{ severity: 'info' }]);
    const mirrored = makeReport({ document: { issuer: '中国科学院高能物理研究所', year: 2021 }, warnings: [{ rule: 'page/traditional-script', severity: 'info', message: '页面用繁体字书写', cells: [], expected: null, actual: null }] });
    expect(findingsOf(officialDomain, mirrored, makeContext({ url: 'http://m.zionarts.cn/xxgk2022/ndbg/202210/t20221011_6522721.html' }))).toMatchObject([{
      severity: 'warning',
      message: '本页是中国科学院高能物理研究所的信息公开工作年度报告，来自 m.zionarts.cn，页面用繁体字书写，是转载镜像站的特征，不是该单位自己的网站；请到该单位的官方网站核对原文',
    }]);
    // The Academy's university is on ac.cn.
    const ucas = makeReport({ document: { issuer: '中国科学院大学', year: 2022, period: { start: '2022-09-01', end: '2023-08-31' } } });
    expect(findingsOf(officialDomain, ucas, makeContext({ url: 'https://www.ucas.ac.cn/' }))).toEqual([]);
    // A government's report on ac.cn is a copy as on edu.cn.
    expect(findingsOf(officialDomain, makeReport({ document: { issuer: '某县教育局' } }), makeContext({ url: 'https://www.example.ac.cn/a.html' }))).toMatchObject([{ severity: 'warning' }]);
  });

  it('only notes a report on the site it says it is published on (shgjj-2024, 上海市公积金管理中心 on shgjj.com), and sends a copy there (autobant-shgjj-2020)', () => {
    const lines = ['本年度报告的电子版可从上海住房公积金网(www.shgjj.com)下载。本年度报告中所列数据统计期限自2024年1月1日起至12月31日止。'];
    const shgjj = makeReport({ document: { issuer: '上海市公积金管理中心', year: 2024 } });
    expect(findingsOf(officialDomain, shgjj, makeContext({ url: 'https://shgjj.com/html/newxxgk/xxgknb/226612.html', lines }))).toMatchObject([{
      severity: 'info',
      message: '本页自称政府信息公开工作年度报告，来自 shgjj.com，不是 gov.cn 政府网站，但正是报告写明发布其电子版的网站（www.shgjj.com）：事业单位、群团组织、公用企业等的网站不一定在 gov.cn；如有疑问，请与发布机关核对',
    }]);
    expect(findingsOf(officialDomain, shgjj, makeContext({ url: 'https://autobant.com/hnxxgknb/205332.html', lines }))).toMatchObject([{
      severity: 'warning',
      message: '本页自称政府信息公开工作年度报告，但来自 autobant.com，不是 gov.cn 政府网站，也不在您信任的域名中；报告写明其电子版发布在 www.shgjj.com，请到那里核对原文',
    }]);
    // A government's site given the page's own address is a mirror's rewrite, not where the report was put.
    const lfrdys = ['本年度报告的电子版可在宿州市人民政府信息公开网站(http://www.lfrdys.com/index.html)下载。'];
    expect(findingsOf(officialDomain, makeReport({ document: { issuer: '宿州市人民政府', year: 2016 } }), makeContext({ url: 'https://lfrdys.com/html/26555735905575.html', lines: lfrdys }))).toMatchObject([{
      severity: 'warning',
      message: '本页自称政府信息公开工作年度报告，但来自 lfrdys.com，不是 gov.cn 政府网站，也不在您信任的域名中；请到发布机关的官方网站核对原文',
    }]);
    // A government office's site, however the report names it, is on gov.cn: its address rewritten to the mirror's own
    // (shanghai-office-2019, www.shanghai.gov.cn made www.shmirror.com) excuses nothing.
    const office = makeReport({ document: { issuer: '上海市人民政府办公厅', year: 2019 } });
    expect(findingsOf(officialDomain, office, makeContext({ url: 'https://www.shmirror.com/a/1.html', lines: ['本年度报告电子版可从“中国上海”门户网站（www.shmirror.com）下载。'] }))).toMatchObject([{
      severity: 'warning',
      message: '本页自称政府信息公开工作年度报告，但来自 www.shmirror.com，不是 gov.cn 政府网站，也不在您信任的域名中；请到发布机关的官方网站核对原文',
    }]);
    // An institution's report naming a government's site, given the page's own address, is a mirror's rewrite too.
    const centre = makeReport({ document: { issuer: '宿州市住房公积金管理中心', year: 2016 } });
    expect(findingsOf(officialDomain, centre, makeContext({ url: 'https://lfrdys.com/html/26555735905575.html', lines: lfrdys }))).toMatchObject([{ severity: 'warning' }]);
    // Its site named with its column (上海住房公积金网政府信息公开专栏): the institution's own, no government's.
    const column = ['本年度报告的电子版可从上海住房公积金网政府信息公开专栏(www.shgjj.com)下载。'];
    expect(findingsOf(officialDomain, shgjj, makeContext({ url: 'https://shgjj.com/html/newxxgk/xxgknb/226612.html', lines: column }))).toMatchObject([{ severity: 'info' }]);
    // A 文库 the text names is a 文库 still.
    expect(findingsOf(officialDomain, shgjj, makeContext({ url: 'https://www.doc88.com/p-1.html', lines: ['本报告电子版可在www.doc88.com下载'] }))).toMatchObject([{ severity: 'warning' }]);
  });

  it('notes a body\'s report on its own site where the footer names it its owner and, on a .com, this site\'s address; a 群团 on org.cn by the name alone', () => {
    // 宁波市住房公积金管理中心's site, its footer as the site prints it (no address of its own): on a .com, a whole-page mirror
    // keeps the same footer, so the name alone excuses nothing.
    const nbgjj = ['© 宁波市住房公积金管理中心 版权所有', '住房公积金热线：(86-574)12329 受理时间：周一至周五 8:30~17:00', '备案/许可证号：浙ICP备14024908号技术支持：华信永道（北京）科技有限公司'];
    const centre = makeReport({ document: { issuer: '宁波市住房公积金管理中心', year: 2016 } });
    expect(findingsOf(officialDomain, centre, makeContext({ url: 'http://www.nbgjj.com/zfxxgknb/2016.jhtml', lines: nbgjj }))).toMatchObject([{ severity: 'warning' }]);
    // Its ICP line giving the site's address as 浙江省省直房改公积金信息网's does (浙ICP备13024743号-1 COPYRIGHT ©2005 www.zjgjj.com
    // ALL RIGHTS RESERVED), the address here nbgjj's.
    const own = [...nbgjj, '浙ICP备14024908号 COPYRIGHT ©2005 www.nbgjj.com ALL RIGHTS RESERVED'];
    expect(findingsOf(officialDomain, centre, makeContext({ url: 'http://www.nbgjj.com/zfxxgknb/2016.jhtml', lines: own }))).toMatchObject([{
      severity: 'info',
      message: '本页自称政府信息公开工作年度报告，来自 www.nbgjj.com，不是 gov.cn 政府网站，但页面底部写明网站的主办单位（宁波市住房公积金管理中心）正是发布机关：事业单位、群团组织、公用企业等的网站不一定在 gov.cn；如有疑问，请与发布机关核对',
    }]);
    expect(findingsOf(officialDomain, centre, makeContext({ url: 'https://autobant.com/hnxxgknb/205332.html', lines: own }))).toMatchObject([{ severity: 'warning' }]);
    // review3: the owner names the issuer whole, or in short (its 市 dropped); a vendor's footer naming no place, any 公积金中心's.
    const address = own.at(-1)!;
    expect(findingsOf(officialDomain, centre, makeContext({ url: 'http://www.nbgjj.com/zfxxgknb/2016.jhtml', lines: ['© 宁波住房公积金管理中心 版权所有', address] }))).toMatchObject([{ severity: 'info' }]);
    expect(findingsOf(officialDomain, centre, makeContext({ url: 'http://www.nbgjj.com/zfxxgknb/2016.jhtml', lines: ['住房公积金管理中心 版权所有', address] }))).toMatchObject([{ severity: 'warning' }]);
    // review4: a namesake of another level is another body (吉林省… is not 吉林市住房公积金管理中心).
    const jilin = makeReport({ document: { issuer: '吉林市住房公积金管理中心', year: 2016 } });
    expect(findingsOf(officialDomain, jilin, makeContext({ url: 'http://www.example.com/zfxxgknb/2016.jhtml', lines: ['© 吉林市住房公积金管理中心 版权所有', 'www.example.com'] }))).toMatchObject([{ severity: 'info' }]);
    expect(findingsOf(officialDomain, jilin, makeContext({ url: 'http://www.example.com/zfxxgknb/2016.jhtml', lines: ['© 吉林省住房公积金管理中心 版权所有', 'www.example.com'] }))).toMatchObject([{ severity: 'warning' }]);
    // autobant's copy of shgjj's 2020 report with the original's footer kept under it (its 电子版 sentence gone).
    const shgjj = makeReport({ document: { issuer: '上海市公积金管理中心', year: 2020 } });
    const copied = ['公开市公积金中心制定的住房公积金政策164条,主要涉及住房公积金缴存、使用等的具体办理规定。', '上海市公积金管理中心 版权所有 沪ICP备05006588号'];
    expect(findingsOf(officialDomain, shgjj, makeContext({ url: 'https://autobant.com/hnxxgknb/205332.html', lines: copied }))).toMatchObject([{ severity: 'warning' }]);
    // A mirror's footer names itself or the portal, not the body; a report naming another site for its copy is sent there.
    expect(findingsOf(officialDomain, centre, makeContext({ url: 'https://autobant.com/hnxxgknb/205332.html', lines: ['Copyright © 2020 autobant 版权所有'] }))).toMatchObject([{ severity: 'warning' }]);
    expect(findingsOf(officialDomain, centre, makeContext({ url: 'http://www.nbgjj.com/a.jhtml', lines: ['本年度报告的电子版可从宁波市人民政府网站(www.ningbo.gov.cn)下载。', ...nbgjj] }))).toMatchObject([{ severity: 'warning' }]);
    // A 团省委's footer (共青团湖南省委 版权所有 …): its own site on org.cn, a registry kept to organisations; on .com a copy.
    const youth = makeReport({ document: { issuer: '共青团湖南省委员会', year: 2021 } });
    const footer = ['主办单位：共青团湖南省委、湖南省教育厅、湖南省文化厅、湖南省青年联合会、湖南省学生联合会 组委会办公地址： 湖南省长沙市天心区湘府西路1号', '共青团湖南省委 版权所有 信息网络传播许可证号：19255107 互联网新闻信息服务许可证号：461205036'];
    expect(findingsOf(officialDomain, youth, makeContext({ url: 'http://www.example.org.cn/xxgk/ndbg/1.html', lines: footer }))).toMatchObject([{ severity: 'info', message: expect.stringContaining('网站的主办单位（共青团湖南省委）正是发布机关') }]);
    expect(findingsOf(officialDomain, youth, makeContext({ url: 'http://www.example.com/xxgk/ndbg/1.html', lines: footer }))).toMatchObject([{ severity: 'warning' }]);
    // 团市委 is the Youth League's; a 兵团's 委员会 (新疆生产建设兵团发展和改革委员会) is a government's, on gov.cn.
    const owned = (issuer: string) => findingsOf(officialDomain, makeReport({ document: { issuer, year: 2021 } }), makeContext({ url: 'http://www.example.org.cn/xxgk/ndbg/1.html', lines: [`主办单位：${issuer}`] }));
    expect(owned('宁波市团市委')).toMatchObject([{ severity: 'info' }]);
    expect(owned('新疆生产建设兵团发展和改革委员会')).toMatchObject([{ severity: 'warning' }]);
    expect(owned('新疆生产建设兵团团委')).toMatchObject([{ severity: 'info' }]);
    // A government office's footer on a mirror excuses nothing; nor does a 文库's.
    expect(findingsOf(officialDomain, makeReport({ document: { issuer: '宿州市人民政府' } }), makeContext({ url: 'https://lfrdys.com/a.html', lines: ['主办单位：宿州市人民政府'] }))).toMatchObject([{ severity: 'warning' }]);
    expect(findingsOf(officialDomain, centre, makeContext({ url: 'https://www.doc88.com/p-1.html', lines: nbgjj }))).toMatchObject([{ severity: 'warning' }]);
  });

  it('takes a government\'s service centre for a government body: its report off gov.cn is a copy, whatever site it names (庐山市行政服务中心, 银川市行政审批服务中心, 坪山区机关事务管理中心, 阿城区机关后勤服务中心)', () => {
    const lines = (name: string) => [`本年度报告的电子版可从${name}网站(www.copy.example)下载。`, `${name} 版权所有`];
    for (const issuer of ['庐山市行政服务中心', '银川市行政审批服务中心', '坪山区机关事务管理中心', '阿城区机关后勤服务中心', '某市政务服务管理中心']) {
      const report = makeReport({ document: { issuer, year: 2021 } });
      expect(findingsOf(officialDomain, report, makeContext({ url: 'https://www.copy.example/a.html', lines: lines(issuer) })), issuer).toMatchObject([{ severity: 'warning' }]);
    }
    // A 公积金中心, a 公共资源交易中心 (a 事业单位, no organ) is an institution of its own: the site its report names is its own.
    for (const issuer of ['宁波市住房公积金管理中心', '银川市公共资源交易中心']) {
      const centre = makeReport({ document: { issuer, year: 2016 } });
      expect(findingsOf(officialDomain, centre, makeContext({ url: 'https://www.copy.example/a.html', lines: lines(issuer) })), issuer).toMatchObject([{ severity: 'info' }]);
    }
  });
});
