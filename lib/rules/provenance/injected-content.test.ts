import { describe, expect, it } from 'vitest';
import { findingsOf, makeContext, makeReport, wordsOf } from '../../../test/support/report.ts';
import { injectedContent } from './injected-content.ts';

const check = (lines: string[]) => findingsOf(injectedContent, makeReport(), makeContext({ lines }));

describe('provenance/injected-content', () => {
  it('passes a genuine notice title, a provincial one, and 彩票公益金', () => {
    expect(check([
      '按照《国务院办公厅关于做好2019年度政府信息公开工作报告编制发布等工作的通知》要求',
      '根据《辽宁省人民政府办公厅关于做好2019年度政府信息公开工作年度报告编制发布工作的通知》',
      '公开福利彩票公益金使用情况',
    ])).toEqual([]);
  });

  it('warns about tieling-2019: the notice names 即时比分办公厅 and the footer is 即时比分\'s', () => {
    const findings = check([
      '按照《中华人民共和国政府信息公开条例》和《即时比分办公厅关于做好2019年度政府信息公开工作报告编制发布等工作的通知》要求,特编制…',
      '版权所有:即时比分 主办单位:即时比分办公厅',
    ]);
    expect(findings).toMatchObject([
      { severity: 'warning', message: expect.stringContaining('这里却是“即时比分办公厅”') },
      { severity: 'warning', message: '页面含有与政府报告无关的赌博/广告词语：“即时比分”，疑为被注入内容的镜像页' },
    ]);
  });

  it('reads the notice\'s year typed full-width (tieling-2019\'s 即时比分办公厅关于做好２０１９年度…)', () => {
    expect(check(['按照《中华人民共和国政府信息公开条例》和《即时比分办公厅关于做好２０１９年度政府信息公开工作报告编制发布等工作的通知》要求,特编制…']))
      .toMatchObject([{ severity: 'warning', message: expect.stringContaining('这里却是“即时比分办公厅”') }, { message: expect.stringContaining('“即时比分”') }]);
  });

  it('warns about a title whose name ends in a brand\'s Latin letters (vip-ustc-mirror-2023: 图书馆VIP for 中国科学技术大学), not about a bracketed CBD nor a document viewer\'s Page', () => {
    const titled = (title: string) => findingsOf(injectedContent, makeReport(), makeContext({ title, lines: [] })).map((f) => f.message);
    expect(titled('图书馆VIP2022-2023学年信息公开工作年度报告')).toEqual([
      '标题中机关名的位置写的是“图书馆VIP”：机关名不带拉丁字母的品牌词，疑为镜像站把机关名替换成了自己的名字，页面内容可能被篡改']);
    expect(titled('北京商务中心区(CBD)管理委员会2022年政府信息公开工作年度报告')).toEqual([]);
    expect(titled('Page 9 - 2020年政府信息公开工作年度报告')).toEqual([]);
    // The name on a heading's line of its own, above the year's report, the <title> without it (mirror-tsg211-ustc-2021).
    const headed = (lines: string[]) => findingsOf(injectedContent, makeReport(), makeContext({ title: '2020-2021学年信息公开工作年度报告', lines })).map((f) => f.message);
    expect(headed(['图书馆VIP', '2020-2021学年信息公开工作年度报告', '2021年10月30日'])).toEqual([
      '标题中机关名的位置写的是“图书馆VIP”：机关名不带拉丁字母的品牌词，疑为镜像站把机关名替换成了自己的名字，页面内容可能被篡改']);
    expect(headed(['中国科学技术大学', '2020-2021学年信息公开工作年度报告', '通过“科大”APP', '2021年共发布信息120条'])).toEqual([]);
  });

  it('reads a line of ten million Han characters without overflowing the stack (a 50 MB page: engine/rule-failed)', () => {
    expect(check(['字'.repeat(10_000_000)])).toEqual([]);
  });

  it('warns where the text gives a government\'s site the page\'s own address (loyalmeds-changzhou-2023, bjxrth-jilin-wjw-2022), or any but gov.cn since the 2017 指引', () => {
    const messages = (lines: string[], url: string | null, year = 2023) =>
      findingsOf(injectedContent, makeReport({ document: { year } }), makeContext({ url, lines })).map((f) => f.message);
    const changzhou = '本年度报告的电子版可从常州市人民政府门户网站(www.loyalmeds.com)下载以及在“我的常州”APP查询。';
    expect(messages([changzhou], 'http://www.loyalmeds.com/downxxgk.php?fid=632170988140353')).toEqual([
      '正文把“常州市人民政府门户网站”的网址写成了本页所在的 www.loyalmeds.com，不是 gov.cn：镜像站把原文的网址改成了自己的，页面内容可能被篡改']);
    expect(messages(['本年报通过吉林市人民政府网站——政府信息公开专栏向社会公开(网址:http://xxgk.bjxrth.com/gzbm/jhsywyh_1/xbgkml/)。'], 'https://bjxrth.com/xxgk/gzbm/jhsywyh_1/ndbg/', 2022))
      .toEqual(['正文把“吉林市人民政府网站——政府信息公开专栏”的网址写成了本页所在的 xxgk.bjxrth.com，不是 gov.cn：镜像站把原文的网址改成了自己的，页面内容可能被篡改']);
    // …or right after the site's name, no bracket (北京市文化局's 2009 report on xiexiebang.com, a 文库 that wrote itself in).
    expect(messages(['本局政府网站http://www.xiexiebang.com/上可下载本报告的电子版。如对本报告有任何疑问，请联系：北京市文化局办公室，联系电话：82210774。'], 'https://xiexiebang.com/a11/2019051410/5b2b5225297985cb.html', 2009))
      .toEqual(['正文把“本局政府网站”的网址写成了本页所在的 www.xiexiebang.com，不是 gov.cn：镜像站把原文的网址改成了自己的，页面内容可能被篡改']);
    // A ministry's or a 总局's site (chinatax-2017-mirror, on zgqmrb.com without its www.); not a company's head office's.
    expect(messages(['报告电子版可在税务总局门户网站(www.zgqmrb.com)查阅。'], 'https://zgqmrb.com/chinatax/n810214/n810641/n810702/c3367385/content', 2017))
      .toEqual(['正文把“税务总局门户网站”的网址写成了本页所在的 www.zgqmrb.com，不是 gov.cn：镜像站把原文的网址改成了自己的，页面内容可能被篡改']);
    expect(messages(['本报告在集团总部网站(www.sgcc.com.cn)公开。'], 'http://www.sgcc.com.cn/html/1.html', 2023)).toEqual([]);
    // The original's own address, on gov.cn, is none.
    expect(messages(['本局政府网站http://www.bjwh.gov.cn/上可下载本报告的电子版。'], 'http://www.bjwh.gov.cn/zwgk/ndbg/1.html', 2009)).toEqual([]);
    // The name quoted in the text (fj-kengyuan-2023, a mirror of 连江县坑园镇's report, its traditional script read as simplified).
    expect(messages(['本报告在“福州市连江县政府”网站(http://www.colinfoley.com/)的“政府信息公开年报”专栏公布,并报送连江县档案馆、图书馆供查阅。'], 'http://www.colinfoley.com/news/123.html'))
      .toEqual(['正文把“福州市连江县政府”网站的网址写成了本页所在的 www.colinfoley.com，不是 gov.cn：镜像站把原文的网址改成了自己的，页面内容可能被篡改']);
    // Saved with no address: a 2023 report names no government site off gov.cn; a 2017 one may (zwinkt-taizhou-2017).
    expect(messages([changzhou], null)).toEqual([
      '正文写“常州市人民政府门户网站”的网址是 www.loyalmeds.com，不是 gov.cn（按《政府网站发展指引》，政府网站一律用 gov.cn 域名）：疑为转载的网站把原文的网址改成了自己的，页面内容可能被篡改']);
    expect(messages(['报告电子版可在泰州市政府门户网站(http://www.zwinkt.com)下载。'], null, 2017)).toEqual([]);
    // The words of a spam brand before the site are no place's name (cc-mishu-2014-mirror: 在线av不断更新 for the 长春市人防办).
    expect(messages(['本报告的电子版可在在线av不断更新政府网站(www.tkyhn.com)下载。'], 'http://www.tkyhn.com/a/1.html', 2014)).toContain(
      '正文把“政府网站”的网址写成了本页所在的 www.tkyhn.com，不是 gov.cn：镜像站把原文的网址改成了自己的，页面内容可能被篡改');
    // The government's own address; a company's site, of any domain (ainoer-nanning-metro-2020); an intranet's address.
    expect(messages(['本年度报告的电子版可从常州市人民政府门户网站(www.changzhou.gov.cn)下载。', '本报告通过本公司门户网站(http://www.ainoer.com/)等渠道全文公开。',
      '通过区政务服务平台(http://172.16.8.2/)办理'], 'http://www.ainoer.com/html/4808/12202.html')).toEqual([]);
  });

  it('tells no copier\'s rewrite where the site is a 政务 platform off gov.cn, the page is on gov.cn, or the address is mistyped (review: a 2022 report on www.mouxian.gov.cn)', () => {
    const messages = (lines: string[], url: string | null) =>
      findingsOf(injectedContent, makeReport({ document: { year: 2022 } }), makeContext({ url, lines })).map((f) => f.message);
    expect(messages(['通过政务微博平台(weibo.com/mouxian)、政务新媒体平台(mp.weixin.qq.com)发布信息。', '依托政府采购云平台(www.zcygov.cn)公开采购信息。'], null)).toEqual([]);
    expect(messages(['报告电子版可从区政府门户网站（网址：www.xxq.gov,cn）下载。'], null)).toEqual([]);
    expect(messages(['报告电子版可从区政府门户网站（www.gzzwgk.com）下载。'], 'https://www.mouxian.gov.cn/xxgk/ndbg/1.html')).toEqual([]);
    expect(check(['组织干部深入学习新时代中国特色社会主义思想。'])).toEqual([]);
    // An institution's own site named with its 政府信息公开专栏 (shgjj-2024, on www.shgjj.com) is no government's.
    expect(messages(['本年度报告的电子版可从上海住房公积金网政府信息公开专栏(www.shgjj.com)下载。'], 'https://www.shgjj.com/html/newxxgk/xxgknb/226612.html')).toEqual([]);
  });

  it('warns about the report\'s set words masked, the leader\'s name cut, an address emptied (iaiso-gjj-2020, ztkycw-guangdong-2023); not about a name or a number kept private', () => {
    expect(check(['(一)主动***息的数量:2020年,中心网站发布各类信息635条,及时向上级报送信息。', '三是***息载体有待完善。']).map((f) => f.message)).toEqual([
      '正文的固定用语或网址有被遮去、删去的痕迹：“主动***息”，疑为转载的网站过滤改动了原文，页面内容可能被篡改']);
    expect(check(['本报告的电子版可在广东省人民政府门户网站()下载。', '2023年,广东省人民政府办公厅坚持以习新时代中国特色社会主义思想为指导,深刻领悟“两个确立”的决定性意义。']).map((f) => f.message)).toEqual([
      '正文的固定用语或网址有被遮去、删去的痕迹：“政府门户网站()”、“习新时代中国特色社会主义思想”，疑为转载的网站过滤改动了原文，页面内容可能被篡改']);
    expect(check(['依法答复申请人王**的政府信息公开申请,咨询电话138****1234。', '坚持以习近平新时代中国特色社会主义思想为指导。'])).toEqual([]);
    // A template's blank left unfilled is no address a filter emptied (from review).
    expect(check(['本报告电子版可在区政府门户网站（ ）下载。'])).toEqual([]);
  });

  it('passes what a 兵团, a 财政局, a 公安局 and a sports bureau report in their own words', () => {
    expect(check([
      '按照《兵团办公厅关于做好2021年度政府信息公开工作年度报告编制发布工作的通知》要求',
      '及时公开政府预决算、彩票资金使用情况、政府采购等信息86条',
      '公开打击地下六合彩、查处赌场等专项行动情况及行政处罚结果',
      '通过长春市体育局官网、“长春体育”微信公众号发布全民健身信息',
      '全年销售体育彩票3.2亿元，市体彩中心通过中国体育彩票APP开展宣传',
      '办理商标国际注册指导12件，检查娱乐场所45家',
      '为全县中小学购买球类器材',
      '群众可登录市政府官方网站查询，中国(福建)自由贸易试验区官方网站同步发布',
      '金沙县2022年政府信息公开工作年度报告', '为澳门居民办理居住证，开展澳门银行卡跨境支付便利化宣传',
      '全县共有体育彩票投注站36个，更新投注终端12台', '组织收看世界杯足球赛事转播', 'Tibet Autonomous Region, Beta version 2',
      // The state lottery's outlets, the Macau fair's venue, the games' broadcast rights, the police's crackdown.
      '全市共有体育彩票投注网点120个', '组织企业参加在澳门威尼斯人金光会展中心举办的第26届澳门国际贸易投资展览会',
      '加强世界杯网络视听节目版权保护', '依法打击网上投注、跨境赌博等违法犯罪活动',
    ])).toEqual([]);
  });

  it('warns about betting sites by their names, not by a list of brands', () => {
    const words = (lines: string[]) => check(lines).map((f) => f.message);
    expect(words(['根据《中华人民共和国政府信息公开条例》和《365体育官网政府信息公开工作年度报告有关事项的通知》要求'])).toEqual([
      '页面含有与政府报告无关的赌博/广告词语：“365体育官网”，疑为被注入内容的镜像页']);
    expect(words(['沙巴体育_沙巴体育app$官网平台:第三中学2022年政府信息公开工作年度报告', '您的位置:pa凯发国际登录首页 > 政务公开', '欧洲杯决赛竞猜_2024欧洲杯买球平台-线上app官网 版权所有'])).toEqual([
      '页面含有与政府报告无关的赌博/广告词语：“体育app”、“国际登录”、“买球”，疑为被注入内容的镜像页']);
    // A brand's "(中国)官方…" name in place of a word of the report (hlj-2011: 新闻 → 开云网页版-开云(中国)官方在线登录), or of the issuer.
    expect(words(['(三)开云网页版-开云(中国)官方在线登录发布和政务访谈情况。', '365bet(中国)官方网站 2024年政府信息公开工作年度报告'])).toEqual([
      '页面含有与政府报告无关的赌博/广告词语：“开云(中国)官方”、“365bet(中国)官方”，疑为被注入内容的镜像页']);
    // A betting site or a football site put for the name (fqjz1-shuiwu-2017: 澳门金沙城中心 before them is a venue's name
    // too), a casino as a site, a betting brand for the portal (yanchi-2017).
    expect(words(['澳门金沙城中心_欧洲杯足球网-【投注官网平台】水务局2017年政府信息公开工作年度报告'])).toEqual([
      '页面含有与政府报告无关的赌博/广告词语：“欧洲杯足球网”、“投注官网”，疑为被注入内容的镜像页']);
    expect(words(['通过澳门银河官网、澳门新葡京发布政府信息', '开展线上投注业务'])).toEqual([
      '页面含有与政府报告无关的赌博/广告词语：“澳门银河官网”、“澳门新葡京”、“线上投注”，疑为被注入内容的镜像页']);
    expect(words(['本报告电子版可在bet365手机端(www.cgfzzy.com)查询下载,如有疑问或意见建议,请直接与盐池县人民政府办公室联系。'])).toEqual([
      '页面含有与政府报告无关的赌博/广告词语：“bet365”，疑为被注入内容的镜像页']);
    // The brand in capitals, put for the body's name (linzi-linye-2008's 发布机构 and a heading of it).
    expect(words(['发文日期: | 2009-02-27 15:19:45 | 发布机构: | BET3365手机下载_365体育亚洲官方入口app下载_beat365app下载官网林业服务中心'])).toEqual([
      '页面含有与政府报告无关的赌博/广告词语：“BET3365”、“beat365”，疑为被注入内容的镜像页']);
    // Its misspelling put for the city (shuozhou-2020-mirror), not a company named BAT before its count.
    expect(words(['如有疑问,请与在哪个应用商店能下载365_英国365下载_bat365软件下载人民政府办公室政府信息公开科联系。', '与BAT3家企业签订合作协议'])).toEqual([
      '页面含有与政府报告无关的赌博/广告词语：“bat365”，疑为被注入内容的镜像页']);
    // An adult site's words put for the body (cc-mishu-2014-mirror), not a report's AV equipment.
    expect(words(['本报告的电子版可在在线av不断更新政府网站(www.tkyhn.com)下载。如对本报告有任何疑问,请与在线av不断更新秘书处联系'])).toEqual([
      '页面含有与政府报告无关的赌博/广告词语：“在线av”，疑为被注入内容的镜像页']);
    expect(words(['采购会议室AV系统1套，更新音视频设备'])).toEqual([]);
    // A football fans' site put for 关于 (xatcxxkj-xaz-2021-mirror, 海林市新安朝鲜族镇), not the fans a sports bureau serves.
    expect(words(['依据新修订的《中华人民共和国政府信息公开条例》(以下简称《条例》)有关规定和国务院办公厅政府信息与政务公开办公室球迷网印发《中华人民共和国政府信息公开工作年度报告格式》的通知'])).toEqual([
      '页面含有与政府报告无关的赌博/广告词语：“球迷网”，疑为被注入内容的镜像页']);
    expect(words(['组织球迷观赛活动3场，规范球迷网络行为'])).toEqual([]);
    // A slot game, a casino and a football pool, and the leagues, put for the report's words (mirror-cncdsbwlw-xiang-2021,
    // mirror-dblyj-yuhang-wjj-2024, mirror-yxjlzs-shangrao-2022); not the venues a bureau inspects nor a slot machine seized.
    expect(words([
      '三、收到和处理飞禽走兽老虎机申请情况',
      '根据《中华人民共和国政府信息公开条例》《沙巴体育娱乐场,中国足彩在线印发中华人民共和国政府信息公开工作年度报告格式的通知》(国办公开办函〔202130号)等文件精神',
      '深入贯彻落实习近平总书记视察欧洲五大联赛重要讲话精神',
    ])).toEqual(['页面含有与政府报告无关的赌博/广告词语：“飞禽走兽老虎机”、“娱乐场”、“足彩在线”、“欧洲五大联赛”，疑为被注入内容的镜像页']);
    expect(words(['检查歌舞娱乐场所45家，新建文体娱乐场地3处', '收缴赌博机（老虎机）12台'])).toEqual([]);
    // Nor the scenes of leisure a 文旅 bureau builds (the policies' wording: 消费娱乐场景), nor the shows it counts (娱乐场次).
    expect(words(['公开打造沉浸式文旅消费娱乐场景等政策解读3篇', '审批营业性演出娱乐场次126场'])).toEqual([]);
  });

  it('says where the page prints the words it is about: tieling-2019\'s renamed notice and every 即时比分, a rewritten address, the words masked', () => {
    const words = (lines: string[], url: string | null = null) => wordsOf(injectedContent, makeReport(), makeContext({ url, lines }));
    expect(words([
      '按照《中华人民共和国政府信息公开条例》和《即时比分办公厅关于做好2019年度政府信息公开工作报告编制发布等工作的通知》要求,特编制…',
      '版权所有:即时比分 主办单位:即时比分办公厅',
    ])).toEqual([['即时比分办公厅'], ['即时比分', '即时比分', '即时比分']]);
    expect(words(['本年度报告的电子版可从常州市人民政府门户网站(www.loyalmeds.com)下载。'], 'http://www.loyalmeds.com/downxxgk.php?fid=632170988140353'))
      .toEqual([['常州市人民政府门户网站(www.loyalmeds.com)']]);
    expect(words(['(一)主动***息的数量:2020年,中心网站发布各类信息635条。', '三是主动***息载体有待完善。'])).toEqual([['主动***息', '主动***息']]);
  });
});
