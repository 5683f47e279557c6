import { describe, expect, it } from 'vitest';
import { findingsOf, makeContext, makeReport } from '../../../test/support/report.ts';
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
      { severity: 'warning', message: expect.stringContaining('这里却是"即时比分办公厅"') },
      { severity: 'warning', message: '页面含有与政府报告无关的赌博/广告词语："即时比分"，疑为被注入内容的镜像页' },
    ]);
  });

  it('warns about a title whose name ends in a brand\'s Latin letters (vip-ustc-mirror-2023: 图书馆VIP for 中国科学技术大学), not about a bracketed CBD nor a document viewer\'s Page', () => {
    const titled = (title: string) => findingsOf(injectedContent, makeReport(), makeContext({ title, lines: [] })).map((f) => f.message);
    expect(titled('图书馆VIP2022-2023学年信息公开工作年度报告')).toEqual([
      '标题中机关名的位置写的是"图书馆VIP"：机关名不带拉丁字母的品牌词，疑为镜像站把机关名替换成了自己的名字，页面内容可能被篡改']);
    expect(titled('北京商务中心区(CBD)管理委员会2022年政府信息公开工作年度报告')).toEqual([]);
    expect(titled('Page 9 - 2020年政府信息公开工作年度报告')).toEqual([]);
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
      '页面含有与政府报告无关的赌博/广告词语："365体育官网"，疑为被注入内容的镜像页']);
    expect(words(['沙巴体育_沙巴体育app$官网平台:第三中学2022年政府信息公开工作年度报告', '您的位置:pa凯发国际登录首页 > 政务公开', '欧洲杯决赛竞猜_2024欧洲杯买球平台-线上app官网 版权所有'])).toEqual([
      '页面含有与政府报告无关的赌博/广告词语："体育app"、"国际登录"、"买球"，疑为被注入内容的镜像页']);
    // A brand's "(中国)官方…" name in place of a word of the report (hlj-2011: 新闻 → 开云网页版-开云(中国)官方在线登录), or of the issuer.
    expect(words(['(三)开云网页版-开云(中国)官方在线登录发布和政务访谈情况。', '365bet(中国)官方网站 2024年政府信息公开工作年度报告'])).toEqual([
      '页面含有与政府报告无关的赌博/广告词语："开云(中国)官方"、"365bet(中国)官方"，疑为被注入内容的镜像页']);
    // A betting site or a football site put for the name (fqjz1-shuiwu-2017: 澳门金沙城中心 before them is a venue's name
    // too), a casino as a site, a betting brand for the portal (yanchi-2017).
    expect(words(['澳门金沙城中心_欧洲杯足球网-【投注官网平台】水务局2017年政府信息公开工作年度报告'])).toEqual([
      '页面含有与政府报告无关的赌博/广告词语："欧洲杯足球网"、"投注官网"，疑为被注入内容的镜像页']);
    expect(words(['通过澳门银河官网、澳门新葡京发布政府信息', '开展线上投注业务'])).toEqual([
      '页面含有与政府报告无关的赌博/广告词语："澳门银河官网"、"澳门新葡京"、"线上投注"，疑为被注入内容的镜像页']);
    expect(words(['本报告电子版可在bet365手机端(www.cgfzzy.com)查询下载,如有疑问或意见建议,请直接与盐池县人民政府办公室联系。'])).toEqual([
      '页面含有与政府报告无关的赌博/广告词语："bet365"，疑为被注入内容的镜像页']);
  });
});

