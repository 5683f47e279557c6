import { describe, expect, it } from 'vitest';
import { judgeReport, SURE } from './is-report.ts';

describe('judgeReport', () => {
  it('knows a report by its title where the text has no opening that names it: 政务信息公开工作开展年度报告 (xz-sjt-2025, cut before its tables)', () => {
    const sjt = ['一、总体情况', '2025年,在自治区党委、政府坚强领导下,审计厅认真贯彻中央及自治区关于政务公开的有关要求和规定,紧紧围绕我区中心工作任务,加强组织领导、落实工作责任,依法依规发布公开信息,主动接受社会监督,不断提升政府信息工作质量和实效。'];
    expect(judgeReport({ title: '西藏自治区审计厅2025年政务信息公开工作开展年度报告', bodyLines: sjt, standardTables: 0, legacyTable: false }))
      .toMatchObject({ isReport: true, confidence: 0.5 });
  });

  it('knows a flip-book\'s page of a 年报 holding one table alone (表三 filling the printed page) for the report\'s', () => {
    // tieling-2019's 表三 as a flip-book's page 7 shows it: its rows and nothing else.
    const page = { title: 'Page 7 - 2019年报_铁岭市人民政府', bodyLines: ['Page 7 - 2019年报_铁岭市人民政府', 'P. 7', '（一）予以公开 27 2 0 0 4 0 33'], standardTables: 1, legacyTable: false };
    expect(judgeReport(page).isReport).toBe(false);
    expect(judgeReport({ ...page, viewerOfReport: true }).isReport).toBe(true);
    // No table: the viewer's title alone makes no report.
    expect(judgeReport({ ...page, standardTables: 0, viewerOfReport: true }).isReport).toBe(false);
  });

  it('knows a report by the wordings of its title, "工作的年度报告" too, and a notice about reports for what it is', () => {
    const evidence = (title: string) => ({ title, bodyLines: ['依据《中华人民共和国政府信息公开条例》'], standardTables: 0, legacyTable: false });
    expect(judgeReport(evidence('某某县人民政府关于2022年度政府信息公开工作的年度报告')).isReport).toBe(true);
    expect(judgeReport(evidence('某某市教育局2022年政府信息公开年报')).isReport).toBe(true);
    expect(judgeReport(evidence('关于做好2022年政府信息公开工作年度报告编制发布工作的通知')).isReport).toBe(false);
    expect(judgeReport(evidence('关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知')).isReport).toBe(false);
    // News that a report came out is not the report; a portal column named 信息发布 in the title is no news.
    expect(judgeReport(evidence('我县发布2021年政府信息公开工作年度报告')).isReport).toBe(false);
    expect(judgeReport(evidence('2021年某市政府信息公开年报出炉')).isReport).toBe(false);
    expect(judgeReport(evidence('某县2021年政府信息公开工作年度报告_信息发布_某县人民政府')).isReport).toBe(true);
    // Its 解读 is not the report; a portal column 政策解读 after the title is no 解读 of it.
    expect(judgeReport(evidence('图解：某县2021年政府信息公开工作年度报告')).isReport).toBe(false);
    expect(judgeReport(evidence('《某县2021年政府信息公开工作年度报告》解读')).isReport).toBe(false);
    expect(judgeReport(evidence('某县2021年政府信息公开工作年度报告_政策解读_某县人民政府')).isReport).toBe(true);
    // A notice that publishes one year's report carries the report.
    expect(judgeReport(evidence('某某县人民政府办公室关于公布2015年政府信息公开工作年度报告的通知')).isReport).toBe(true);
    expect(judgeReport(evidence('某某县人民政府办公室关于印发二〇一五年政府信息公开工作年度报告的通知')).isReport).toBe(true);
    // News put the other way round, an image explainer, a 解读 under its column, a note that no report exists, a check of reports.
    expect(judgeReport(evidence('2020年政府信息公开工作年度报告发布 贵州公开政策文件236件_要闻_贵州省人民政府')).isReport).toBe(false);
    expect(judgeReport(evidence('一图看懂｜泰安市人民政府办公室2021年政府信息公开工作年度报告_泰安市人民政府')).isReport).toBe(false);
    // The picture's other names: 一图读懂丨 (a portal's 丨), 一图了解, 长图, 【图解】.
    for (const title of ['一图读懂丨泰安市人民政府办公室2021年政府信息公开工作年度报告', '一图了解｜某区2023年政府信息公开工作年度报告',
      '长图｜某市2023年政府信息公开工作年度报告', '【图解】某县2023年政府信息公开工作年度报告', '某区2023年政府信息公开工作年度报告一图速览',
      'H5｜某市2023年政府信息公开工作年度报告',
      // What is said of a report, not the report: its correction, its appraisal, what was mended after it, its blank.
      '关于某区2023年政府信息公开工作年度报告的更正说明', '某市2023年政府信息公开工作年度报告质量点评', '2023年度政府信息公开工作年度报告评议结果',
      '关于2023年政府信息公开工作年度报告整改情况的报告', '2023年政府信息公开工作年度报告模板']) {
      expect(judgeReport(evidence(title)).isReport, title).toBe(false);
    }
    expect(judgeReport(evidence('《泰安市人民政府办公室2021年政府信息公开工作年度报告》政策解读_泰安市人民政府')).isReport).toBe(false);
    expect(judgeReport(evidence('政法和应急管理局信息公开年度工作报告说明')).isReport).toBe(false);
    expect(judgeReport(evidence('关于2021年度政府信息公开工作年度报告检查情况的通报_通知公告_某市人民政府')).isReport).toBe(false);
    for (const title of ['贵阳市2023年政府信息公开工作年度报告政策解读', '关于报送2023年度政府信息公开工作年度报告的通知',
      '我区召开2023年政府信息公开工作年度报告编制培训会', '市政府信息公开年报显示：去年主动公开政府信息4.6万条',
      '我市政府信息公开工作年度报告连续三年获评全省优秀', '黄村镇2014年度信息年度公开报告', '黄村镇人民政府外事办公室政府信息公开工作2022年度报告']) {
      expect(judgeReport(evidence(title)).isReport, title).toBe(title.startsWith('黄村镇'));
    }
    // A body's covering letter that sends its report up carries it (spp-2020); one that sends anything else does not.
    for (const title of ['平潭综合实验区苏平片区管理局关于报送2020年度政府信息公开工作年度报告的函_政府信息公开年报_平潭综合实验区苏平片区管理局',
      '某镇人民政府关于上报2022年政府信息公开工作年度报告的报告', '某镇人民政府关于报送2022年度政府信息公开工作年度报告整改情况的报告']) {
      expect(judgeReport(evidence(title)).isReport, title).toBe(!title.includes('整改'));
    }
    // …with a portal's name after " - ", or the report's own long name quoted in it.
    for (const title of ['某区卫生健康局关于报送2020年度政府信息公开工作年度报告的函 - 某区人民政府', '某区卫生健康局关于报送2020年度政府信息公开工作年度报告的函-某区人民政府',
      '关于报送《平潭综合实验区苏平片区管理局2020年度政府信息公开工作年度报告》的函']) {
      expect(judgeReport(evidence(title)).isReport, title).toBe(true);
    }
  });

  it('takes a body\'s rules on writing its reports for no report, though they list what a report holds (cdx-liangjia-zhidu, lahohwa-shanxi-zhidu)', () => {
    const rules = (title: string, bodyLines: string[]) => judgeReport({ title, bodyLines: [title, ...bodyLines], standardTables: 0, legacyTable: false });
    expect(rules('两家满族乡人民政府信息公开工作年度报告制度', ['发布时间:2008年06月11日    来源:两家乡 【字体:  打印', '(试行)',
      '第一条 为切实落实《中华人民共和国政府信息公开条例》(以下简称《条例》),全面掌握全乡政府信息公开年度工作情况,并强化督导检查,根据《条例》规定,特制定本制度。',
      '(三)政府信息公开工作中存在的主要问题和整改建议;', '第七条 本制度自2008年5月1日起开始执行。']).isReport).toBe(false);
    expect(rules('山西省人民政府办公厅政府信息公开年度报告制度(试行)', ['来源:吕梁市 更新时间:2021-11-16',
      '第一条 为不断提高政府信息公开工作的质量和水平,主动接受社会公众对政府信息公开工作的监督,根据《中华人民共和国政府信息公开条例》,结合我省实际,制定本制度。',
      '第三条 政府信息公开年度报告应当包括下列内容:', '(三)主动公开政府信息情况;', '(四)依申请公开政府信息情况;', '(八)存在的主要问题和改进措施;']).isReport).toBe(false);
  });

  it('tells a covering letter that sends a report from one, titled the same, that asks for reports', () => {
    const letter = (bodyLines: string[], standardTables = 0) => judgeReport({ title: '某市人民政府办公室关于报送2022年度政府信息公开工作年度报告的函', bodyLines, standardTables, legacyTable: false }).isReport;
    const asks = '根据《中华人民共和国政府信息公开条例》规定，请各单位于2023年1月20日前将本单位2022年政府信息公开工作年度报告报送市政府办公室，同时在本单位门户网站公布。';
    expect(letter(['各县（市、区）人民政府办公室，市直各单位：', asks])).toBe(false);
    // The letter that sends one says so, or the report follows in it.
    expect(letter(['根据《中华人民共和国政府信息公开条例》要求，现将我局2022年政府信息公开工作年度报告报送给你们，请于1月20日前审核后报送市政府。'])).toBe(true);
    expect(letter([asks, '一、总体情况', '2022年我局主动公开信息141条。', '二、主动公开政府信息情况'])).toBe(true);
    expect(letter([asks], 2)).toBe(true);
  });

  it('knows a report whose page has no title of its own: by its standard tables, or by the way its text names itself', () => {
    const untitled = (bodyLines: string[], standardTables = 0) => judgeReport({ title: '某县人民政府门户网站', bodyLines, standardTables, legacyTable: false });
    expect(untitled(['一、总体情况', '2023年，我局认真贯彻落实《中华人民共和国政府信息公开条例》。'], 1).isReport).toBe(true);
    expect(untitled([], 2).isReport).toBe(true);
    const text = ['一、总体情况', '全年主动公开政府信息120条，收到依申请公开申请3件，未发生行政复议。'];
    expect(untitled(['现将富县人民政府2024年政府信息公开工作年度报告予以公开。本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。', ...text]).isReport).toBe(true);
    expect(untitled(['本年度报告结合我区信息公开工作实际情况编制而成,所列数据的统计期限从2024年1月1日至12月31日止。', ...text]).isReport).toBe(true);
    expect(untitled(text).isReport).toBe(false);
    expect(untitled(['现将《2024年政府信息公开工作年度报告》解读如下。', ...text]).isReport).toBe(false);
    // How reports name themselves: 工作情况报告如下, 现(特)(向社会)公布…年度报告, and the standard opening in its wordings.
    for (const opening of ['现将我局2023年度政府信息公开工作情况报告如下:', '根据《条例》文件要求,现特向社会公布2024年合水镇人民政府信息公开工作年度报告。',
      '根据《中华人民共和国政府信息公开条例》,现公布区政府国资局2022年政府信息公开工作年度报告。',
      // Its 现 a clause before (cq-jiangjin-ciyun-2024).
      '现根据慈云镇工作实际,特向社会公开《慈云镇2024年度政府信息公开年度报告》,以便接受社会各界监督,促进政府工作持续改进和提升。',
      '本报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,由淮北市人民医院编制。全文由总体情况等六部分组成。',
      '依据《中华人民共和国政府信息公开条例》第五十条规定,编制本报告。',
      // 北京's template (bj-dongcheng-2020, bj-dongcheng-cgw-2019, bj-dongcheng-office-2021) and 密云's (bj-miyun-2019); the
      // 条例 cited by its article only; the report 撰写 (jinghu-sw-2022).
      '依据《中华人民共和国政府信息公开条例》第五十条之规定,制作本报告。', '根据《中华人民共和国政府信息公开条例》第五十条之规定,制定本报告。',
      '依据条例第五十条之规定,制作本报告。',
      '本报告依据《中华人民共和国政府信息公开条例》(国务院令第711号,以下简称《条例》)要求,结合政府信息公开工作有关统计数据撰写。',
      '资阳市同城化发展工作局2022年政府信息公开工作年度报告(以下简称年报)是根据《中华人民共和国政府信息公开条例》等文件规定编制。本年报中所列数据的统计期限从2022年1月1日起至2022年12月31日止。',
      // The aside without 简 (hlj-zjj-2012, an encyclopedia copy whose title is 某局2012年工作报告).
      '黑龙江质量技术监督局2012年政府信息公开工作年度报告(以下称报告)是根据《中华人民共和国政府信息公开条例》(以下称《条例》)要求编制的。',
      // Copies whose <title> is the mirror's: the report named as made (ziyang-yanjiang-wjj-2022, ahedu-anhui-univ-2016), its parts laid out (kjzch-erqi-2021).
      '按照《中华人民共和国政府信息公开条例》,区卫生健康局结合工作实际,认真编制了2022年政府信息公开工作年度报告。报告中所列数据的时间期限为2022年1月1日至2022年12月31日。',
      '根据《安徽省教育厅关于做好2015-2016学年度高校信息公开工作年度报告工作的通知》要求,按照《高等学校信息公开事项清单》(以下简称《清单》)规定,现编制2015-2016学年安徽大学信息公开工作年度报告。全文内容包括概述,主动公开情况,依申请公开和不予公开情况。本报告中所列数据的统计时间为2015年9月1日至2016年8月31日。',
      '本报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和 本区政府信息公开有关工作制度。报告全文包括政府信息公开工作基本情况概述,主动公开政府信息情况,依申请公开政府信息情况,申请行政复议、提起行政诉讼情况,政府信息公开工作存在的主要问题及改进情况,其他事项等六部分。',
      // Made and published at once (zigong-swj-2022); made to an end, its name quoted, its parts counted in 项内容 (guangyuan-cangxi-wenchang-2022);
      // its parts listed from the first two, uncounted (hainan-xinghai-2021, changzhou-liyang-zfb-2025).
      '根据《中华人民共和国政府信息公开条例》(国令第711号)的要求,结合自贡市商务局2022年政府信息公开工作实际,编制发布本报告。本年度报告所列数据的统计期限从 2022年1月1日到12月31日止。',
      '根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和有关政府信息公开有关规定。我镇编制完成《苍溪县文昌镇2022年政府信息公开工作年度报告》(以下简称《年报》)。全文由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议及行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项共六项内容组成,所列数据统计时限从2022年1月1日起至2022年12月31日止。',
      '全文由总体情况、主动公开政府信息情况等共六项内容组成,所列数据统计时限从2022年1月1日起至2022年12月31日止。',
      '报告主要包括:总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、因政府信息公开被申请行政复议和提起行政诉讼情况、政府信息公开工作存在主要问题及改进措施和其他需要报告事项。本报告中使用数据统计期限为2021年1月1日至12月31日。',
      '为全面反映政府信息公开工作情况、加强政府信息管理,根据《中华人民共和国政府信息公开条例》和江苏省、常州市有关政府信息公开工作要求编制,全文包括总体情况,主动公开政府信息情况,收到和处理政府信息公开申请情况,其他需要报告的事项组成。',
      // Its parts laid out with a comma after 报告 (mirror-b60o-hefei-univ-2022).
      '2021-2022学年信息公开年度报告,由信息公开概述,主动公开情况,依申请公开和不予公开情况,对信息公开的评议情况,因学校信息公开工作受到举报、复议、诉讼的情况,信息公开工作的经验做法、存在问题和改进措施,其他需要报告的事项,《清单》事项公开情况表等八部分组成。本报告中所列数据的统计期限自 2021年9月1日起至2022年8月31日止。',
      // A report that misnames itself, put forward under the 条例 beside its 统计期限 (xa-xiguan-2024, 公开 dropped).
      '根据《中华人民共和国政府信息公开条例》有关要求,现将莲湖区西关街道办事处2024年度政府信息工作年度报告予以公开。本报告所列数据的统计期限自2024年1月1日至2024年12月31日。']) {
      expect(untitled([opening, ...text]).isReport, opening).toBe(true);
    }
    // Laid out in the format's parts, headed as it heads them, its tables lost (near/conghua-kfq-2022); two of them are not enough
    // (a work summary heads 一、总体情况 and 二、主动公开… too).
    const parts = ['一、总体情况', '2022年,在区委区政府的正确领导下,广东从化经济开发区管理委员会认真贯彻执行《中华人民共和国政府信息公开条例》及相关法规、文件。',
      '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况',
      '2022年,我委政府信息公开工作取得了一定成效,但也存在一些问题和不足。'];
    expect(untitled(parts).isReport).toBe(true);
    expect(untitled(parts.filter((line) => !/^[三四五]、/.test(line))).isReport).toBe(false);
    // Not the parts a notice lists as what to report, nor a 范文's, nor a summary's of the year so far: no overview telling of its year.
    const headings = parts.filter((line) => /^[一二三四五]、/.test(line));
    expect(untitled(headings).isReport).toBe(false);
    // …though the notice is dated, or asks for them by a date.
    expect(untitled([...headings, '某县人民政府办公室', '2022年12月1日']).isReport).toBe(false);
    expect(untitled(['请各单位于2023年1月20日前按以下提纲编写本单位2022年度报告：', ...headings]).isReport).toBe(false);
    expect(untitled(parts.map((line) => line.replace('2022年,', '20XX年,'))).isReport).toBe(false);
    expect(untitled(parts.map((line) => line.replace('2022年,', '今年以来,'))).isReport).toBe(false);
    // Nor a self-inspection's or a work summary's, which follow the same outline.
    const inspection = ['为贯彻落实《中华人民共和国政府信息公开条例》，我局对2022年政务公开工作进行了自查，现将自查情况报告如下：', '一、基本情况', '2022年，我局高度重视政府信息公开工作。',
      '二、主动公开情况', '2022年，我局主动公开政府信息120条。', '三、依申请公开情况', '四、存在的问题和改进措施'];
    expect(untitled(inspection).isReport).toBe(false);
    const summary = ['2022年，我局认真贯彻落实政务公开工作要求，现将全年工作总结如下：', '一、总体情况', '（一）主动公开。2022年主动公开政府信息120条。',
      '（二）依申请公开。全年收到政府信息公开申请5件。', '（三）政府信息管理。严格落实保密审查制度。', '二、存在的不足', '三、2023年工作打算'];
    expect(untitled(summary).isReport).toBe(false);
    // …by its opening, which sums up the year's whole work, though it lays out no plan…
    expect(untitled(summary.slice(0, -1)).isReport).toBe(false);
    expect(untitled(['2022年，我县深入推进政务公开，现将政务公开各项工作开展情况总结如下：', ...summary.slice(1, -1)]).isReport).toBe(false);
    // …where a report sums up its own disclosure work so (tianmen-hushi-2019: 现将本年度政府信息公开工作总结如下), or puts itself forward.
    expect(untitled(['2022年，我局认真贯彻落实《条例》，现将本年度政府信息公开工作总结如下：', ...summary.slice(1, -1)]).isReport).toBe(true);
    // …or opens, titled nowhere, on 有关情况: no work wider than the disclosure.
    expect(untitled(['2022年，我局认真贯彻落实《条例》，现将有关情况总结如下：', ...summary.slice(1, -1)]).isReport).toBe(true);
    expect(untitled(['2022年，我局认真贯彻落实《条例》，现将有关情况报告如下：', ...summary.slice(1, -1)]).isReport).toBe(true);
    expect(untitled(['2022年，我局认真贯彻落实《条例》，现将我局2022年度政府信息公开工作年度报告如下：', ...summary.slice(1, -1)]).isReport).toBe(true);
    // A notice asks for a report to be made, and names no parts of its own.
    expect(untitled(['根据《中华人民共和国政府信息公开条例》要求，请各单位认真编制2022年政府信息公开工作年度报告，于1月20日前报送。', ...text]).isReport).toBe(false);
    // …nor where it outlines theirs as the format does, counted or listed.
    expect(untitled(['根据《中华人民共和国政府信息公开条例》规定，请各单位于1月20日前在政府网站公开本单位2022年度政府信息公开工作年度报告，报告主要包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等内容。', ...text]).isReport).toBe(false);
    expect(untitled(['根据《中华人民共和国政府信息公开条例》规定，各单位要于1月20日前公开本单位年度报告，报告全文包括总体情况、主动公开政府信息情况等六部分。', ...text]).isReport).toBe(false);
    // News tells of one published, outlining it so.
    expect(untitled(['近日，县政府办公室按照《中华人民共和国政府信息公开条例》要求，在县政府门户网站公开了全县2022年政府信息公开工作年度报告，报告主要包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等内容。', ...text]).isReport).toBe(false);
    // Another 年度报告 put forward, with neither the 条例 nor a 统计期限 beside it, is no report of this kind.
    expect(untitled(['现将莲湖区西关街道办事处2024年度法治政府建设年度报告予以公开。', ...text]).isReport).toBe(false);
    // A notice about compiling reports names none of its own.
    expect(untitled(['现将2024年度政府信息公开工作年度报告编制发布工作有关事项通知如下:', ...text]).isReport).toBe(false);
    expect(untitled(['现公布2024年度政府信息公开工作年度报告编制要求。', ...text]).isReport).toBe(false);
    // …nor does one that says who sets the report's format: a 格式 is 制定, not the report.
    expect(untitled(['根据《中华人民共和国政府信息公开条例》第五十条规定,本年度报告的格式由国务院办公厅统一制定,请各单位按时报送。', ...text]).isReport).toBe(false);
  });

  it('knows a report whose page lost its title and its opening by its parts under their standard headings, in order', () => {
    const untitled = (bodyLines: string[]) => judgeReport({ title: '', bodyLines, standardTables: 0, legacyTable: false });
    // izibackup-wwj-2017-spam: a 局's 2017 report on a spam blog, from its part 三.
    expect(untitled(['By -迈娘', '三、政府信息依申请公开情况',
      '本局2017年共受理信息公开申请10件,其中当面申请1宗,占10%;网上申请9宗,占90%;信函申请0宗,占0%,从申请的信息内容来看,大约60%属文物保护方面。',
      '“同意部分公开”1件,占总数的10%,主要涉及文物规划已划定和未划定范围中的信息。', '四、政府信息公开收费情况',
      '本局2017年度依申请公开收取的费用(检索费、邮寄费、复制费等)为0元。', '五、因信息公开引起的行政复议和行政诉讼情况', '2017年度针对我局有关的行政复议案0件。']).isReport).toBe(true);
    // hospital-bengbu-county-2020: 一、总体情况 and its items, cut in the third.
    const overview = ['一、总体情况',
      '(一)主动公开政府信息情况。2020年,我院按照县政府信息公开工作要求,及时对政府信息公开内容和栏目进行完善、更新和规范,共制作和主动发布政府信息207条,其中涉及决策公开4条。',
      '(二)依申请公开办理情况。2020年,县医院未收到通过受理电话、网络平台、来信等方式提出的相关政府信息公开申请。', '(三)政府信息公开管理情况',
      '一是建立健全工作机制,确保信息公开责任落实。针对我院工作实际,及时调整院信息公开领导小组成员,成立领导机构,落实工作责任。'];
    expect(untitled(overview).isReport).toBe(true);
    // A title that names another document says what the parts are of.
    expect(judgeReport({ title: '某县人民医院2020年政务公开工作总结', bodyLines: overview, standardTables: 0, legacyTable: false }).isReport).toBe(false);
    // …its body's place, any level's, the year left out (a 盟's as a 县's).
    expect(judgeReport({ title: '阿拉善盟政务公开工作总结', bodyLines: overview, standardTables: 0, legacyTable: false }).isReport).toBe(false);
    // jtj-nbzd-mirror: a 局's rules list what its units' reports hold, as items under an article, not as the report's parts.
    expect(untitled(['第一条 局部门各科室及局属各单位应对照报告内容并于每年12月底前,将政府信息公开年度报告报市交通运输局政务公开办公室。', '第二条 报告的内容:',
      '局部门各科室及局属各单位的政府信息公开工作年度报告应涵盖本年度自1月1日起至12月31日止的政府信息公开工作情况。', '(一)主动公开政府信息的情况',
      '(二)政府信息依申请公开情况及不予公开政府信息的情况', '2.年度内共受理政府信息公开申请件数;', '(三)依申请政府信息公开收费及费用减免情况',
      '2.年度内依申请公开政府信息工作中,依据《中华人民共和国政府信息公开条例》及省市有关文件规定,相关费用减免情况;', '(四)申请复议、提起行政诉讼情况']).isReport).toBe(false);
  });

  it('takes a report filed under a portal column named for another document for a report (from review 19: 规划计划总结_某某县人民政府)', () => {
    const lines = ['根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，特编制本报告。本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。',
      '一、总体情况', '2021年，我县坚持以公开为常态、不公开为例外，主动公开政府信息1234条。', '二、主动公开政府信息情况', '详见附表。',
      '三、收到和处理政府信息公开申请情况', '全年共收到政府信息公开申请12件，均已按期答复。', '四、政府信息公开行政复议、行政诉讼情况',
      '全年未发生行政复议和行政诉讼。', '五、存在的主要问题及改进情况', '公开内容不够全面。', '六、其他需要报告的事项', '无。'];
    for (const title of ['规划计划总结_某某县人民政府', '计划总结｜某某县人民政府', '工作要点_某某县人民政府']) {
      expect(judgeReport({ title, bodyLines: lines, standardTables: 0, legacyTable: false }).isReport, title).toBe(true);
    }
  });

  it('takes a work summary, a self-inspection report or an analysis for no report, by its title or, without one, by what its 本报告 and the report it made are', () => {
    const judged = (title: string, lines: string[]) => judgeReport({ title, bodyLines: [title, ...lines], standardTables: 0, legacyTable: false });
    const untitled = (lines: string[]) => judged('某县人民政府门户网站', lines);
    // A 2021 work summary that compiled the 2020 report (gongwensou.com/zonghehuibian/55870).
    const summary = ['2021年,市公安局在市政府信息公开办的坚强领导下,严格按照《政府信息公开条例》要求,紧密结合公安工作特点,认真开展政府信息公开工作。现将本年度市公安局政务公开工作总结如下:',
      '一、主动公开政府信息情况', '截止目前,2021年市局依托市政府信息公开专栏全年主动公开市局政务信息600余篇。', '二、政务公开重点工作开展情况',
      '(一)按照《中华人民共和国政府信息公开条例》要求,编制了2020年度政府信息公开工作年度报告,并于1月31日前在市政府信息公开专栏发布。',
      '(二)依申请公开办理情况。全年受理依申请公开3件,均按期答复,未发生行政复议和行政诉讼。'];
    expect(judged('2021年马鞍山市公安局政务公开工作总结', summary).isReport).toBe(false);
    expect(untitled(summary).isReport).toBe(false);
    // The report made is the page's own where its year is the text's (ziyang-yanjiang-wjj-2022, in the test above).
    expect(untitled(summary.map((line) => line.replace('2020年度', '2021年度'))).isReport).toBe(true);
    // …but not where the page's own title says it is a summary.
    expect(judged('某区2022年政务公开工作总结', ['2022年，我区认真贯彻落实《中华人民共和国政府信息公开条例》，按照《条例》要求，编制了2022年度政府信息公开工作年度报告，并于1月31日前在门户网站公开。',
      '一、主动公开政府信息情况', '全年主动公开政府信息1200条。', '二、依申请公开情况', '全年收到依申请公开申请20件，均按时答复，未发生行政复议。', '三、存在的主要问题及下一步打算']).isReport).toBe(false);
    // A self-inspection report 形成 under the 条例.
    const inspection = ['根据市政务公开办通知要求，我局对照《中华人民共和国政府信息公开条例》开展了自查，形成本报告。', '一、主动公开政府信息情况。我局全年主动公开信息120条。',
      '二、依申请公开情况。全年收到申请2件。', '三、存在的主要问题和下一步措施。'];
    expect(judged('某局2022年政务公开工作自查报告', inspection).isReport).toBe(false);
    expect(untitled(inspection).isReport).toBe(false);
    // An analysis 撰写 with 统计数据 and 问题及改进措施, which says nothing of 信息公开.
    const analysis = ['本报告由市统计局撰写，所用统计数据均为初步统计数。', '一、经济运行总体平稳', '二、存在的问题及改进措施', '三、对下一步工作的建议'];
    expect(judged('某市2022年国民经济运行分析', analysis).confidence).toBeLessThan(0.2);
    expect(untitled(analysis).confidence).toBeLessThan(0.2);
    // News of a 模板 made of the report, and a review of one, are not it.
    expect(untitled(['1月28日，市政府办公室依据《中华人民共和国政府信息公开条例》第五十条之规定，制作了本年度报告的模板，并召开会议部署。',
      '会上，与会人员学习了主动公开政府信息、依申请公开、行政复议等内容。']).isReport).toBe(false);
    expect(judged('某县关于2022年度政府信息公开工作年度报告的审查意见', ['根据《中华人民共和国政府信息公开条例》第五十条，本报告由县政务公开办审查，本年度报告形成于2023年1月。']).isReport).toBe(false);
  });

  it('knows a school\'s report by the 高校 format\'s words for the report\'s marks (gosugo-lingnan-2023, kaiyun-henan-univ-2023)', () => {
    const title = '岭南师范学院2022-2023学年信息公开工作年度报告';
    const gosugo = judgeReport({ title, standardTables: 0, legacyTable: false, bodyLines: [title,
      '按照《高等学校信息公开办法》(中华人民共和国教育部令第29号)、《教育部关于公布〈高等学校信息公开事项清单〉的通知》(教办函〔2014〕23号)和《广东省教育厅转发教育部办公厅关于做好2023年高校信息公开年度报告工作的通知》以及广东省信息公开工作要求,围绕岭南师范学院2022-2023学年信息公开工作执行情况,学校编制了《岭南师范学院2022-2023学年信息公开工作年度报告》。报告中所列数据的统计时间为2022年9月1日至2023年8月31日。',
      '一、概述'] });
    expect(gosugo.confidence).toBeGreaterThanOrEqual(SURE);
    // A copy whose <title> is the mirror's own, its school's name swapped for a betting brand's.
    const kaiyun = judgeReport({ title: '开云线上(中国)官方网站-kaiyun', standardTables: 0, legacyTable: false, bodyLines: [
      '为深入贯彻落实《高等学校信息公开办法》(中华人民共和国教育部令第29号)、《教育部关于公布<高等学校信息公开事项清单>的通知》(教办函〔2014〕23号)、《河南省教育厅办公室关于做好2023年高校信息公开年度报告工作的通知》(教办函〔2023〕803号)等文件精神,开云线上(中国)官方网站根据2022-2023学年信息公开工作实际情况编制本报告。全文包括信息公开概述、信息公开情况、依申请公开信息的情况、对信息公开的评议情况、因学校信息公开工作遭到举报的情况、信息公开工作存在的问题及改进措施、其他需要报告的事项和清单事项公开情况八个部分。报告中统计数据的时间为2022年9月1日起至2023年8月31日止。',
      '一、信息公开工作概述'] });
    expect(kaiyun.isReport).toBe(true);
  });

  it('counts a school\'s 信息公开清单 without 事项 for the 高校 format\'s mark (mirror-szkrzm-school-2022: no title, its headings too short to count)', () => {
    const szkrzm = judgeReport({ title: '', standardTables: 0, legacyTable: false, bodyLines: [
      '根据《教育部办公厅关于做好2022年高校信息公开年度报告工作的通知》要求,现将我校2021—2022年度信息公开工作报告如下,本报告所列数据的统计期限自2021年9月1日起,至2022年8月31日止。',
      '一、概述',
      '本年度信息公开工作整体进展顺利,信息公开清单所列50条事项中我校涉及的内容均已落实公开内容,信息公开管理制度完善。',
      '二、主动公开情况'] });
    expect(szkrzm).toMatchObject({ isReport: true, confidence: 0.5 });
  });

  it('counts a report\'s title found among the page\'s lines (a heading, or a link beside another page) for less', () => {
    const related = { title: '汉滨区2024年政府信息公开工作年度报告', titleInBody: true, bodyLines: ['各位代表：现在，我代表区人民政府向大会报告政府工作。'], legacyTable: false };
    expect(judgeReport({ ...related, standardTables: 0 }).isReport).toBe(false);
    expect(judgeReport({ ...related, standardTables: 1 }).isReport).toBe(true);
  });

  it('knows a 年报 column\'s list page, even one whose title names the column\'s year', () => {
    const titles = ['商洛市人民政府', '商洛市发展和改革委员会', '商洛市教育局', '商洛市公安局', '商洛市民政局']
      .flatMap((name) => [`${name}2021年政府信息公开工作年度报告`, '2022-01-28']);
    const list = (title: string) => judgeReport({ title, bodyLines: ['首页', '政务公开', ...titles], standardTables: 0, legacyTable: false });
    expect(list('2021年政府信息公开年报-商洛市人民政府').isReport).toBe(false);
    expect(list('政府信息公开年报-商洛市人民政府').isReport).toBe(false);
    // A footer's sentence is no text of the page's own.
    const withFooter = judgeReport({ title: '2023年度政府信息公开年报', bodyLines: ['首页', ...titles, '本网站建议使用IE10及以上版本浏览器，1366×768以上分辨率浏览。'], standardTables: 0, legacyTable: false });
    expect(withFooter.isReport).toBe(false);
  });

  it('knows a list whose entries show each report\'s opening and address under its title (a site search for 年度报告: neg16/p40)', () => {
    const entries: [title: string, opening: string, address: string][] = [
      ['2022年上海市政府信息公开工作年度报告', '本年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《上海市政府信息公开规定》(以下简称《规定》)的要求编制,全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、因政府信息公开工作被申请行政复议和提起行政诉讼情况...',
        'https://shanghai.gov.cn/nw12344/20230331/4a03b5fa47ae4c73b7ec42801de6be66.html 2023-03-31'],
      ['子长市人民政府2023年度政府信息公开工作报告', '...现公布子长市人民政府2023年度政府信息公开工作报告。本报告所列数据统计时限为2023年1月1日至12月31日, 如对本报告有疑问,请联系子长市政府政务服务中心...',
        'http://www.zichang.gov.cn/zfxxgk/zfxxgknb/szfnb/2023n/1752504210521403394.html 2024-01-30'],
      ['高平市人民政府办公室2023年政府信息公开工作年度报告', '本年度报告根据《中华人民共和国政府信息公开条例》(国务院令第711号,以下简称《条例》)和国务院办公厅政府信息与政务公开办公室《关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》(国办公开办函〔2021〕30号)的要求编制...',
        'http://xxgk.sxgp.gov.cn/gzbm/zfbgs/zfxxgknb/202401/t20240129_1926722.shtml 2024-01-29'],
      ['咸宁市审计局2024年政府信息公开工作年度报告', '...编制本报告。报告全文包括:总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等内容,数据统计期限自2024年1月1日至2024年12月31日...',
        'http://xianning.gov.cn/xxgk/xxgknb/2024/szbm/202501/t20250120_3885410.shtml 2025-01-20'],
    ];
    const results = (title: string) => judgeReport({ title, standardTables: 0, legacyTable: false, bodyLines: ['当前位置：首页 > 搜索', '找到相关结果约 4 条',
      ...entries.flat(),
      '网站标识码：0000000000 备案号：ICP备00000000号'] });
    expect(results('搜索结果 - 年度报告')).toMatchObject({ isReport: false, confidence: 0.3 });
    // The openings under the titles are no text of the page's own: a 年报 column of one year that shows each report's 摘要.
    expect(results('2023年度政府信息公开年报_子长市人民政府')).toMatchObject({ isReport: false, confidence: 0.3 });
    // A short report under a title naming no year, the same entries below it as its 相关文章, is a report: its own text
    // stands under a standard part's heading (acc23/zltq-byzlgx-2022; the list built of the entries above, undated).
    const zltq = ['巴彦扎拉嘎乡政府信息公开工作年度报告', '一、总体情况',
      '本年度报告根据《中华人民共和国政府信息公开条例》(国务院令第711号)《国务院办公厅政府信息与政务公开办公室关于印发 <中华人民共和国政府信息公开工作年度报告格式> 的通知》(国办公开办函〔2021〕30号)要求和自治区、盟、旗各级关于政府信息公开工作的有关规定,结合我乡全年工作实际制作。本报告所列数据统计期限为2021年1月1日至2021年12月31日。',
      '(一)主动公开情况。2022年度我乡共计主动公开信息77条,其中,工作动态69条,通知公告5条,预决算公开信息3条。', '(二)依申请公开情况。2022年度我乡未发生依申请公开情况。',
      '(三)政府信息管理情况。 按照上级政府信息公开的相关要求,我乡根据之前制定的《巴彦扎拉嘎乡人民政府信息公开工作制度》及相关法律法规,继续完善政府信息公开的相关工作,不断规范政府信息公开的各环节,对所公开事项内容进行严格把关,确保公开内容的的公平公正、准确无误、合理合法。', '主办单位：人民政府办公室', '相关文章'];
    const related = (title: string, report: string[]) => judgeReport({ title, standardTables: 0, legacyTable: false,
      bodyLines: [...report, ...entries.flatMap(([title, opening]) => [title, opening])] });
    expect(related('巴彦扎拉嘎乡政府信息公开工作年度报告', zltq)).toMatchObject({ isReport: true, confidence: 0.75 });
    // …as does an older report's 一、概述 (武义县风景旅游管理局's 2010 report, nbxinxi.com/a/wuyixian/20210606/293110.html).
    const wuyi = ['本年报是根据《中华人民共和国政府信息公开条例》要求,由武义县风景旅游管理局编制的2010年度政府信息公开年度报告。本报告由概述,主动公开政府信息的情况,依申请公开政府信息和不予公开政府信息的情况,政府信息公开的收费及减免情况,因政府信息公开申请行政复议、提起行政诉讼的情况,政府信息公开工作存在的主要问题和改进情况等六部分组成。',
      '一、概述', '根据《中华人民共和国政府信息公开条例》(以下简称《条例》规定,认真组织开展政府信息公开工作,截止2010年底,本单位政府信息公开工作运行正常有序。',
      '一是加强政府信息公开组织机构建设,明确了本单位政府信息公开工作机构的分管领导、业务科室和联系人。'];
    expect(related('武义县风景旅游管理局政府信息公开年度报告', wuyi).isReport).toBe(true);
  });

  it('takes no title for a report where the body speaks and says nothing a report says; a body that says nothing leaves it the title', () => {
    const titled = (title: string, bodyLines: string[]) => judgeReport({ title, bodyLines, standardTables: 0, legacyTable: false }).isReport;
    // 30gk-gaoxiao-guide: what a report must contain; reportify-slb-2017: a summary in English.
    expect(titled('高校信息公开年度报告 要有这8类内容_30高考网', ['高校信息公开年度报告 要有这8类内容',
      '今天30高考网小编整理了高校信息公开年度报告 要有这8类内容相关信息,希望在这方面能够更好的帮助到考生及家长。',
      '各高校要将编制和公布年度报告作为落实清单的重要内容和推动信息公开工作的重要抓手,认真开展工作总结和数据统计分析,按时保质做好年度报告的编制和发布工作。年度报告应包括下列内容:',
      '概述', '主要反映本学年度学校信息公开工作开展的总体情况。'])).toBe(false);
    expect(titled('水利部2017年政府信息公开工作年度报告 - Reportify', ['水利部2017年政府信息公开工作年度报告', 'Shui Li Bu Wang Zhan·2025-12-02 16:33',
      'Overview - The report outlines the efforts of the Ministry of Water Resources in China to enhance government transparency and public engagement. A total of 1,798 administrative approval matters were processed in 2017.'])).toBe(false);
    // Short reports in prose with none of the marks: the body's work counted (dalian-undated), in its own voice
    // (sh-hbj-2013), put forward (sdshuichuli-hosp), under a numbered part (shanghai-2009).
    for (const lines of [['大连市共有市、区、街道(乡镇)、社区(村)四级政府信息查阅场所1230个,实现全域覆盖。', '建立健全新闻发言人制度,定期或不定期地发布重要政府信息。'],
      ['为贯彻落实环境保护信息公开工作,我局制定了《市环保局当前政府信息公开工作要点》。', '推出了空气质量预报信息。上海市空气质量实时发布系统可手机版免费下载,实时掌握。'],
      ['依照“严格依法、全面真实、及时便民”的原则,对医院信息进行了及时、规范地公开,现将有关情况报告如下:', '领导小组下设办公室,负责医院信息公开工作的协调联系,并指定专人负责信息发布工作。'],
      ['一、概述', '公开透明是服务政府、责任政府、法治政府和廉洁政府的重要标志。本市各级政府部门坚持“以公开为原则、不公开为例外”,认真贯彻落实《条例》和《规定》,以深化公开内容为核心,进一步拓宽公开渠道,夯实工作基础,政府信息公开各项工作取得了新进展。']]) {
      expect(titled('上海市2009年政府信息公开工作年度报告', lines), lines[0]).toBe(true);
    }
    // The report in a PDF (19-attach-only-2023): the page says nothing of its own.
    expect(titled('某某市统计局2023年政府信息公开工作年度报告_某某市统计局', ['发布时间：2024-01-30 09:30　来源：市统计局　浏览次数：', '附件：',
      '某某市统计局2023年政府信息公开工作年度报告.pdf', '（点击下载）'])).toBe(true);
    // …nor do the words that introduce the file, nor the portal's footer under it, in English or not.
    const title = '某县2021年政府信息公开工作年度报告';
    expect(titled(title, [title, '发布时间：2022-01-20', '现将某县2021年政府信息公开工作年度报告予以公布。', '全文请见附件，如有疑问请与县政府办公室联系。',
      '附件：', '年度报告.pdf'])).toBe(true);
    expect(titled(`${title}_某县人民政府`, ['首页 政务公开 互动交流', title, '发布时间：2022-01-20 来源：某县人民政府办公室', '附件：', `${title}.pdf`,
      'Sponsored by the People\'s Government of Mou County and hosted by the Big Data Service Center of the county, all rights reserved, reproduction without permission is prohibited.'])).toBe(true);
  });

  it('hears a short report in its body\'s own voice (本会, 我所), its counts in words, or its signature', () => {
    const short = (first: string, signed = false) => judgeReport({ title: '某市红十字会2021年政府信息公开工作年度报告', signed, standardTables: 0, legacyTable: false,
      bodyLines: [first, '全年未收到信息公开申请，未发生相关复议、诉讼及投诉。下一步将继续做好信息公开工作。'] }).isReport;
    expect(short('本会认真贯彻落实政务公开工作要求，通过门户网站及时公开机构职能、募捐款物接收使用等信息。')).toBe(true);
    expect(short('我所高度重视信息公开工作，明确专人负责，通过门户网站及时发布震情、科普和机构信息。')).toBe(true);
    expect(short('全年通过门户网站主动公开机构职能、募捐款物接收使用等信息二十三条。')).toBe(true);
    // Signed 某市红十字会 / 2022年1月20日 under it.
    const unvoiced = '认真贯彻落实政务公开工作要求，通过门户网站及时公开机构职能、募捐款物接收使用等信息。';
    expect(short(unvoiced, true)).toBe(true);
    expect(short(unvoiced)).toBe(false);
    // 根本所在 is no 本所, 一条龙 no count; 本校 is what a notice tells 各高校 to see to (30gk-gaoxiao-guide).
    expect(short('各高校要以清单为底线,不断完善本校主动公开目录,进一步拓宽公开范围,细化公开事项,做好动态更新。')).toBe(false);
    expect(short('公开透明是建设法治政府的根本所在，推行一条龙服务，及时公开机构职能等信息。')).toBe(false);
    // Nor do the words of a page about reports: 本办法, 基本局面, 十件实事, the 条例's 本机关.
    expect(short('年度报告的格式由国务院办公厅统一制定。本办法自发布之日起施行。')).toBe(false);
    expect(short('年度报告的格式由国务院办公厅统一制定，保持总体稳定的基本局面。')).toBe(false);
    expect(short('年度报告的格式由国务院办公厅统一制定，今年要办好十件实事。')).toBe(false);
    expect(short('年度报告应当写明本机关公开信息的数量、申请的处理结果和收费情况。')).toBe(false);
  });

  it('hears the own voice in the article only: not in the portal\'s footer, nor past a 附件 line under the heading', () => {
    const title = '2021年政府信息公开工作年度报告';
    const about = ['年度报告应当写明行政机关公开信息的数量、申请的处理结果和收费情况。各级行政机关应当在每年1月31日前向社会公布。',
      '年度报告的格式由国务院办公厅统一制定，各地不得自行增减栏目。请各单位按时报送。'];
    const judged = (bodyLines: string[]) => judgeReport({ title, bodyLines: [title, ...bodyLines], standardTables: 0, legacyTable: false }).isReport;
    expect(judged([...about, '版权所有：某某市人民政府办公室 本站由某某网络科技有限公司维护'])).toBe(false);
    expect(judged([...about, '附件：', '说明.pdf', '我局地址：某某路1号'])).toBe(false);
    expect(judged(['附件：格式说明', ...about])).toBe(false);
  });
});
