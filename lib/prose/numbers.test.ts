// The counts findNumbers reads in sentences real reports write, each as label=value+unit (~ approximate;
// a label only where the words themselves say what a zero counts).
import { describe, expect, it } from 'vitest';
import { findNumbers } from './numbers.ts';

const counts = (text: string) =>
  findNumbers(text).map((t) => `${t.label ?? ''}=${t.approximate ? '~' : ''}${t.value}${t.unit ?? ''}`);

describe('zeros said in words', () => {
  it('gives each case listed before 均为0 its zero, whatever unit or bracket follows the 0', () => {
    expect(counts('本年度行政复议、行政诉讼均为0次。')).toEqual(['行政复议=0件', '行政诉讼=0件']);
    expect(counts('行政复议、行政诉讼数量均为0（件）。')).toEqual(['行政复议=0件', '行政诉讼=0件']);
    // …but no zero that opens a word, nor a rate or a decimal.
    expect(counts('申请均为零星的个人申请。纠错率为0。收费为0.5元。')).toEqual(['=0.5元']);
  });

  it('reads no zero of fees charged in 没有行政事业性收费项目 (表二\'s items), but one in 没有任何信息公开的收费项目', () => {
    // changtu-wlg-2021, qufu-ju-2012.
    expect(counts('目前,没有行政事业性收费项目,没有制作和公开新的规章和规范性文件,没有关于政府信息公开的行政诉讼和行政复议情况。')).toEqual([]);
    expect(counts('我局没有任何信息公开的收费项目。')).toEqual(['收费=0']);
  });

  it('reads one zero where the words that say none are followed by the count (未收到…申请0件)', () => {
    // jsxishan-dbt-2019.
    expect(counts('2019年,街道本级未收到政府信息公开申请0件。')).toEqual(['=0件']);
  });

  it('leaves the aspect marker 过 out of a zero\'s label (swj-2017-mirror)', () => {
    expect(counts('没有收到过相关申请。')).toEqual(['收到相关申请=0件']);
  });

  it('leaves the 要求 that says an application again out of a zero\'s label (longde-chengguan-2021)', () => {
    expect(counts('20211月1日至202112月31日,我镇未收到群众的政府信息公开申请要求。')).toEqual(['收到群众的政府信息公开申请=0件']);
  });

  it('reads each case a zero names, past 申请 after the first and a cause said again before the next', () => {
    expect(counts('未收到行政复议申请和行政诉讼。')).toEqual(['行政复议申请=0件', '行政诉讼=0件']);
    // ju-2012-trad: 行政申诉 (the 统计表's 行政申诉数) is a case of its own, as 申诉 is.
    expect(counts('2012年,我局未收到政府信息公开投诉及因政府信息公开提起行政诉讼和行政申诉情况')).toEqual(['投诉=0件', '行政诉讼=0件', '行政申诉=0件']);
    expect(counts('2021年我乡未发生由政务公开引起的行政复议、行政诉讼和行政申诉。')).toEqual(['行政复议=0件', '行政诉讼=0件', '行政申诉=0件']);
    // tangcun-2010: the cases said to be about disclosure (有关的).
    expect(counts('我镇2010年度,未发生针对本单位有关政府信息公开事务的行政复议案、行政诉讼案和有关的申诉案。')).toEqual(['行政复议案=0件', '行政诉讼=0件', '申诉=0件']);
  });
  it('reads the cases named right after 没有/无/未有 as zeros, as 未发生 names them, but not a case that opens another word', () => {
    // tj-jinghai-office-2019, beside sh-baoshan-wei-2021's 未发生行政复议、行政诉讼情况.
    expect(counts('今年共处理依申请公开案件5件,没有行政复议和诉讼案件发生,公众满意率100%')).toEqual(['=5件', '行政复议=0件', '诉讼案件=0件']);
    expect(counts('本年度未发生行政复议、行政诉讼情况')).toEqual(['行政复议=0件', '行政诉讼=0件']);
    expect(counts('本年度无行政复议、行政诉讼案件。全年未有行政诉讼。')).toEqual(['行政复议=0件', '行政诉讼案件=0件', '行政诉讼=0件']);
    expect(counts('确保无行政复议风险，无行政复议被纠错情况。')).toEqual([]);
    // Each none said with 无 of its own, a 、 between them (from review).
    expect(counts('实现无信访、无复议、无诉讼。')).toEqual(['复议=0件', '诉讼=0件']);
    // …not where a word after the last holds for them all (from review 19: none lost, none corrected).
    expect(counts('全年无行政复议、无行政诉讼败诉案件。')).toEqual([]);
    expect(counts('我局无行政复议、无行政诉讼纠错情况。')).toEqual([]);
    // The office 被 brought to them, each clause its own none (也没有, 也未, 亦无).
    for (const text of ['我局没有被申请行政复议,也没有被提起行政诉讼。', '我局没有被申请行政复议,也未被提起行政诉讼。', '我局没有被申请行政复议，亦无行政诉讼。'])
      expect(counts(text)).toEqual(['行政复议=0件', '行政诉讼=0件']);
  });
});

describe('what is no count, or a count of its own', () => {
  it('reads no count in a statutory deadline, 工作日 mistyped 工作曰 too (tj-jinghai-office-2019)', () => {
    expect(counts('确保自该政府信息形成或者变更之日起20个工作曰内及时公开')).toEqual([]);
    expect(counts('确保自该政府信息形成或者变更之日起20个工作日内及时公开')).toEqual([]);
  });

  it('reads no count in how a report counts an item published more than once, but counts one said so otherwise', () => {
    // tj-dongjiang-2020, qiannan-jt-2022.
    expect(counts('2020年,主动公开政府信息209条(不同渠道同一信息计1条),,官网发布解读信息40条')).toEqual(['=209条', '=40条']);
    expect(counts('主动公开政府信息983条(不同渠道和方式公开相同信息按1条计)。')).toEqual(['=983条']);
    expect(counts('全年按时答复申请1件，废止规范性文件计1件。')).toEqual(['=1件', '=1件']);
  });

  it('reads no count in a slogan (三个“突出”, yongchuan-sj-2022), but counts things named with a quoted word', () => {
    expect(counts('局门户网站的信息公开坚持做到三个“突出”。一是突出社会热点信息公开')).toEqual([]);
    expect(counts('设立三个“一站式”窗口。')).toEqual(['=3个']);
    // Times an activity so named was held are counts (from review).
    expect(counts('组织开展两次“回头看”，整改问题15个。')).toEqual(['=2次', '=15个']);
    expect(counts('开展了三次“开放日”。')).toEqual(['=3次']);
  });

  it('reads no count in a number in words inside a quoted slogan that closes right after it (“奋力开创八个新局面”)', () => {
    // gsgz.gov.cn 甘州区交通运输局 2024 (t20250123_1349600).
    expect(counts('以区委“奋力开创八个新局面”为抓手,团结奋进、求实创新')).toEqual([]);
    // A quote that goes on past the clause of what the number counts is no slogan of it.
    expect(counts('通报称“开展三次培训,覆盖全体干部”。')).toEqual(['=3次']);
  });

  it('reads no count in a number in words deep in a quoted title (“残疾人两项补贴提标政策解读”)', () => {
    // dlhitech.gov.cn 大连高新区 2024 (view_75355): the interviews are counted, 8期, not the 两项 of the policy's name.
    expect(counts('制定下发在线访谈计划,完成“残疾人两项补贴提标政策解读”等8期在线访谈公开')).toEqual(['=8期']);
  });

  it('reads no count in figures a short quotation opens with: a campaign named by its number (yxes-county-wsjkj-2021)', () => {
    expect(counts('公开重点领域信息12条,涉及疫情防控、爱国卫生“7个专项行动”、医健集团建设等工作')).toEqual(['=12条']);
    // What a quotation so opened names published is counted (gz-jyt-2021).
    expect(counts('全面梳理公开权责清单等“10张服务清单”。')).toEqual(['=10张']);
  });

  it('reads no count in a slogan a page quotes with ASCII quotes ("四个中心", a repost of beijing-2019), as in “”', () => {
    expect(counts('立足加强"四个中心"功能建设和提高"四个服务"水平,在政府网站主动公开各类信息92.5万余条。')).toEqual(['=~925000条']);
    // A quote that closes before the number opens nothing: 建成"一网通办"平台3个 still counts.
    expect(counts('建成"一网通办"三个平台。')).toEqual(['=3个']);
  });

  it('reads rounds (轮, 轮次) as counts, but not a round named by its place (第三轮, 新一轮, 二轮延包) nor a 三轮车', () => {
    // From review 18 (三轮“双随机”); 在新一轮机构改革中 is hb-2019's (湖北省).
    expect(counts('全年开展三轮“双随机”，检查企业20家。')).toEqual(['=3轮', '=20家']);
    expect(counts('开展三轮检查，督查3轮次。')).toEqual(['=3轮', '=3轮次']);
    // Vehicles and machines are no rounds (from review 20).
    for (const text of ['查处违规两轮电动车120辆。', '配备三轮摩托车2辆。', '坚持创新驱动和改革开放两轮驱动，推动高质量发展。']) expect(counts(text).filter((c) => c.endsWith('轮')), text).toEqual([]);
    expect(counts('配合中央第三轮生态环境保护督察，在新一轮机构改革中组建了湖北省政务管理办公室。')).toEqual([]);
    expect(counts('开展第二轮土地承包到期后再延长30年试点，即二轮延包试点。')).toEqual([]);
    expect(counts('购置电动三轮车。')).toEqual([]);
  });

  it('reads no count in a second home (二套住房), but counts 套 otherwise', () => {
    // mirror/shgjj-2024 (上海市公积金管理中心): the policies are on the second home, not two of them.
    expect(counts('公开上海市住房公积金管理委员会制定的住房公积金政策7条，主要涉及二套改善型住房认定及首付款比例调整。')).toEqual(['=7条']);
    expect(counts('调整二套房贷款首付比例，二套住房认定标准。')).toEqual([]);
    expect(counts('分配公租房二套，购置设备二套。')).toEqual(['=2套', '=2套']);
  });

  it('reads no count inside a title (《…七条措施》), but counts what the title is on', () => {
    // zhz-2021 (平潭综合执法与应急管理局), and the 200 册 of a leaflet.
    expect(counts('进一步细化落实《福建省促进政务新媒体健康有序发展七条措施》等文件要求，发放《2021年政务公开工作要点》宣传册200份。')).toEqual(['=200份']);
    // A title is a 《 to the first 》 after it: one a sentence's end cuts off first, or with another 《 inside, holds no count.
    expect(counts('印发《关于做好政务公开工作的通知。开展培训3次。')).toEqual(['=3次']);
    expect(counts('根据《关于《条例》实施3项措施的意见》，受理申请5件。')).toEqual(['=3项', '=5件']);
  });

  it('reads every count of a long line (a list of thousands set apart by <br>, joined; its time: npm run bench)', () => {
    const line = Array.from({ length: 20000 }, (_, i) => `第${i}项工作${i % 300}件`).join('；');
    expect(findNumbers(line).map((n) => n.value).slice(-2)).toEqual([198, 199]);
    expect(findNumbers(line)).toHaveLength(20000);
  });

  it('reads no count in a service line\'s desk named by its number (12315台), but counts machines', () => {
    // gsj-2012 (平潭县工商局).
    expect(counts('成立了以局长为组长，各科（室）、工商所、检查大队及12315台负责人为成员的领导小组，采购电脑12台。')).toEqual(['=12台']);
  });

  it('counts 两家村卫生室 and 三家市政府部门, but no place named with a numeral, whatever follows the name', () => {
    expect(counts('走访两家村卫生室，协调三家市政府部门，深入走访三家县医院。')).toEqual(['=2家', '=3家', '=3家']);
    // A 旗's as a 县's: 旗 after the unit may name a place (as 市, 县), and opens the counted noun as they do.
    expect(counts('走访三家旗属医院，协调两家旗直单位。')).toEqual(['=3家', '=2家']);
    // qitai-qihu-2020; a 三台县 or 九台区 department names its place first.
    expect(counts('七户乡积极与奇台县电子政务办对接联系。七户乡认真落实条例。三台县财政局、九台区教育局、三元区人民政府。')).toEqual([]);
  });

  it('leaves out a count of those a ranking is among', () => {
    // wulong-2011.
    expect(counts('县长信箱收件758件,均已按规定办结回复,取得全市40个区县同类栏目办理前10位的成绩。')).toEqual(['=758件']);
    expect(counts('在全市30个单位考核中排名第2。')).toEqual([]);
    // qingdao-2018: how many times it came first.
    expect(counts('青岛政务网在330多个地级(含副省级)城市中第10次位列第一')).toEqual([]);
    // …but the count that is ranked stays.
    expect(counts('全年主动公开政府信息1200条位居全市前5位。')).toEqual(['=1200条']);
  });

  it('reads 位 as a unit of those counted, but not in a rank (前20名, 前10位), a number of digits or 三位一体', () => {
    // xianning-qx-2022, jzzz-jd-2019, a 西平县 table header, a 2022 report.
    expect(counts('2022年,咸宁市气象部门依申请公开政府信息,向7家企业、15位自然人分别提供气象证明或气象资料查询各1次。')).toEqual(['=7家', '=15位']);
    expect(counts('2019年度街道共有专职信息人员2名,负责信息报送、网站公开及维护,均接受街道年终考核,考核结果位列街道前20名。')).toEqual(['=2名']);
    expect(counts('采购总金额(单位:万元,保留4位小数)')).toEqual([]);
    expect(counts('二是做好政府信息公开专区建设,继续完善政务公开专区,夯实“县镇村”三位一体的公开格局。')).toEqual([]);
  });

  it('leaves out a list of sessions whose later ones are named by their 次 alone (十届十次、十一次、十二次全会)', () => {
    // xj.cma.gov.cn 新疆维吾尔自治区气象局 2024 (t20250121_6812248).
    expect(counts('以及全国气象工作会议精神和自治区党委十届十次、十一次、十二次全会精神,落实中国气象局、自治区党委政府关于政务公开工作的部署')).toEqual([]);
    expect(counts('召开党组会议十次、专题会议两次')).toEqual(['=10次', '=2次']);
  });

  it('leaves out work to be done said as essays to write (做好…三篇文章)', () => {
    // zt-2023, zt-2024.
    expect(counts('2024年,昭通市坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻党的二十大和二十届二中、三中全会精神,认真落实党中央、国务院关于做好新时代政务公开工作的决策部署和习近平总书记关于政务公开的重要指示精神,围绕“3815”战略发展目标,扎实做好“产、城、人”三篇文章,聚焦经济社会高质量发展,主动作为、务实创新,全力推动政务公开各项工作提质增效。')).toEqual([]);
  });

  it('counts a website\'s 板块, not a report\'s', () => {
    // gz-jyt-2021.
    expect(counts('对我厅机构信息公开内容进行规范,包含基本信息、领导简介、机构职能、机构设定、下属单位5个板块,涉及近25个信息项')).toEqual(['=5个', '=~25个']);
    // A report's own parts, as probe pages word them with 部分 (板块 in place of it).
    expect(counts('报告全文由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六个板块组成,所列数据统计期限为2024年1月1日起至2024年12月31日。')).toEqual([]);
  });

  it('leaves out what each of several had (各1条): no count of anything', () => {
    // gd-bgt-2023.
    expect(counts('其他文件102条;省政府工作报告2条(中英文各1条)、人大代表建议及政协提案办理信息1条')).toEqual(['=102条', '=2条', '=1条']);
  });

  it('reads no count in an address: a street named with a numeral, a house number after it or 地址 before it', () => {
    // dongsi-2018 (北京东四街道).
    expect(counts('请与东四街道办事处联系(地址:北京市东城区东四六条17号;邮编:100007)。')).toEqual([]);
    expect(counts('居民也可以通过位于东四六条17号北楼一层的政务服务大厅办理。地址:西城区西四北六条3号。')).toEqual([]);
    expect(counts('地址:北京市东城区东四十条。')).toEqual([]);
    // A building after the house number (fuzhou-tjj-2019).
    expect(counts('(地址:福州市仓山区南江滨西大道193号东部办公区1座5层,邮编:350007)。')).toEqual([]);
    // An office's 办公地址 listed among kinds of information is no address (spam-mirror-park-2024).
    expect(counts('其中领导分工2条,办公地址及时间0条。')).toEqual(['=2条', '=0条']);
    // …but a count of streets, or one with 号 further on, stays.
    expect(counts('整治背街小巷六条，印发2号文件。')).toEqual(['=6条']);
  });

  it('reads no count in the set of rules work follows (按照八项制度), a number restating the items listed before it, or 四套班子', () => {
    // jifanwen-huibian, fenglin-2010, yanchi-2017.
    expect(counts('督促按照八项制度做好主动公开、依申请公开政府信息的范围和程序。')).toEqual([]);
    expect(counts('主动公开的政府信息中,政务动态和村务公开两项群众最关心的内容所占比例最大。')).toEqual([]);
    expect(counts('成立了以县长为组长、四套班子分管领导为副组长的领导小组。')).toEqual([]);
    // Nor in figures inside the requirement a clause followed (swu-2015); what was done to it after is counted.
    expect(counts('8月起,根据教育部清单10大类50条的要求,结合学校实际,制定了《西南大学信息公开事项清单》。')).toEqual([]);
    expect(counts('根据要求公开信息50条,在教育部清单的基础上丰富了5大类16条。')).toEqual(['=50条', '=16条']);
    // 行政执法三项制度 is the set of three named rules (tester, su-jinfeng-2024).
    expect(counts('健全行政执法三项制度。')).toEqual([]);
    // A list of another length, or the count ending its clause, is a count.
    expect(counts('制定了政务动态和村务公开三项制度，收到行政复议和行政诉讼两件。')).toEqual(['=3项', '=2件']);
    // So are events at the times listed (tangcun-2010), and a count among the items (lucheng-fgj-2008: 408室、404室
    // restate the 两个办公室, not the 两台电脑).
    expect(counts('年初、年中两次举办政府信息公开工作培训。')).toEqual(['=2次']);
    expect(counts('同时配备408室、404室两个办公室及其中的两台电脑作为公开工作办公设施。')).toEqual(['=2个', '=2台']);
    // A count of the things just listed says how many there are (jsp-2022); only a kind of content or the lines of work a
    // clause ends with are restated (jining-hbj-2013), and 两个大局 is a set phrase (spp-2021).
    expect(counts('微信公众号新增了政民互动、便民服务两个栏目。在政务服务大厅、图书馆设立两个查阅点。')).toEqual(['=2个', '=2个']);
    expect(counts('紧紧围绕改善环境质量、确保环境安全、服务科学发展三条工作主线,统筹抓好疫情防控和经济发展两个大局。')).toEqual([]);
    // Kinds listed, restated by how many they are, whatever they are called; an item may join two (业务及服务) or hold
    // a 与 of its own (tester, huangshi-ga-2021).
    expect(counts('市公安局政府信息公开内容涵盖机构职能、法律法规政策解读、发展规划、业务及服务、与公众切身利益有关的动态性信息等六类基本信息。')).toEqual([]);
    expect(counts('共公开五类信息300条。')).toEqual(['=5类', '=300条']);
    // The levels, fields and aims the work is cut into, listed and restated (yongchun-chengxiang-2020).
    expect(counts('完善政府信息公开平台、队伍、制度三个层次建设,加快决策、执行、管理、服务四个领域提升,全面推进公开、落实、规范、服务、效能五个目标实现。')).toEqual([]);
    expect(counts('在教育、医疗两个领域公开信息120条。')).toEqual(['=120条']);
  });

  it('reads the counts a rule of work names in Arabic digits (依据3件…决定书), but none of what each had (每个处室…1名)', () => {
    expect(counts('依据3件行政复议决定书，重新答复申请人。')).toEqual(['=3件']);
    // spp-2021, gaj-2019, pingtan-2018; 每年 is the year's too.
    expect(counts('每个处室指定1名工作人员为信息公开员。于每月5日和20日分2次更新。安排专人每天至少1次登陆网站信息报送系统。')).toEqual([]);
    expect(counts('每年编制年度报告1份。')).toEqual(['=1份']);
    // A total's word after 每, or 每 naming the means, counts the whole (review 15 #5); 公共 holds no 共.
    expect(counts('坚持每日更新共发布信息365条。通过每周例会研究部署12项重点工作。每个公共服务点设置1个查阅点。')).toEqual(['=365条', '=12项']);
    // 每周 naming a periodical counts its items (linhe-gzmz-2025); one updated each week does not.
    expect(counts('其中,发布每周工作动态信息29条、组织开展活动信息10条。每周更新工作动态2次。')).toEqual(['=29条', '=10条']);
    // …but one issue of it is how often it comes out (the project notes' wording; no page or corpus report says it): its year's
    // issues are counted (每月简报12期).
    expect(counts('编发每周工作简报1期，全年共编发52期。全年编发每月简报12期。')).toEqual(['=52期', '=12期']);
    // Something done each month is one month's however long what is done is named (bj-tongzhou-zhongcang-2025); a
    // name that starts with 每日 is no doing (gs-lintao-xintian-2022).
    expect(counts('民生保障办公室(民政科)每月公示低保、特困户数及发放情况信息一条,每季度公示临时救助申请及发放情况信息一条。')).toEqual([]);
    expect(counts('新华社、新甘肃、今日定西、每日头条等媒体上发布信息80条')).toEqual(['=80条']);
  });

  it('reads no count in 100万+ or 10万+, which name posts by how often they were read (gdzs-2024)', () => {
    expect(counts('总阅读量突破2937万。其中100万+推文4篇,10万+推文57篇。')).toEqual(['=~29370000', '=4篇', '=57篇']);
  });

  it('reads 只 as a unit of pieces, as a 绍兴 report writes it (shangyu-xietang-2013), and 只 before a count as no unit', () => {
    expect(counts('2013年度我镇在主动公开政府信息件数为123件,处理市政府网网上投诉件36只。')).toEqual(['=123件', '=36只']);
    expect(counts('全年只收到申请2件。')).toEqual(['=2件']);
  });

  it('reads 篇次, 件次, 场次 and 批次 as units, and 超 before a number as approximate', () => {
    // cq-yb-2022, cq-scjg-2023.
    expect(counts('发布原创报道2966篇次，信访办件907件次，开展培训3场次，抽检食品120批次，网站访问量超364万次。')).toEqual([
      '=2966篇次', '=907件次', '=3场次', '=120批次', '=~3640000次',
    ]);
  });
});

describe('the print run of a covering document', () => {
  it('reads no count in 共印5份 of the 版记, but still copies handed out (fuquan-2011, a 镇\'s report sent up with its 报告)', () => {
    expect(counts('校对:谢 薇 共印5份')).toEqual([]);
    expect(counts('印数：20份。编印宣传资料5000份。')).toEqual(['=5000份']);
  });
});

describe('figures of table cells run together', () => {
  it('reads no count in a row of 表三 whose cells lost their boundaries, but the same words as a sentence', () => {
    // 表三's first rows as a page that lost the cell boundaries gives them: 33 2 0 0 7 0 42, then seven zeros.
    const row = '一、本年新收政府信息公开申请数量332007042二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开2210003';
    expect(counts(row)).toEqual([]);
    expect(counts('本年新收政府信息公开申请数量为42件，上年结转政府信息公开申请数量0。')).toEqual(['=42件', '=0']);
  });

  it('reads no million applications or cases as one count, but a million other things, or one written with separators', () => {
    expect(counts('全年共收到政府信息公开申请1234567件，行政复议1000000件。')).toEqual([]);
    expect(counts('全年受理政务服务事项1234567件，网站访问量1234567次，收到政府信息公开申请1,234,567件。'))
      .toEqual(['=1234567件', '=1234567次', '=1234567件']);
    // Visits and amounts in a clause that names applications or cases are figures all the same.
    expect(counts('全年依申请公开栏目累计访问量2345678次。本年度行政复议案件涉案金额共计1500000元。')).toEqual(['=2345678次', '=1500000元']);
  });

  it('reads a long run of digits at once: each number is tried from its first digit alone, not from each (once seconds for 2,000 digits)', () => {
    // 表三's cells run together, row after row (as a converter's text of a long table gives them), and a portal's
    // list of links, each ending in its date (long-portal-shanghai).
    expect(counts(`${'332007042'.repeat(250)}。`)).toEqual([]);
    expect(counts(Array.from({ length: 2000 }, (_, i) => `导航栏目${i}：关于印发第${i}号通知的解读2023-0${1 + (i % 9)}-1${i % 10}`).join(''))).toEqual([]);
    // A number may still be read from a digit after a comma (1,2345件: 2345件).
    expect(counts('收到申请1,2345件。')).toEqual(['=2345件']);
  });

  it('reads a count written with a leading zero, but not a long run of zeros', () => {
    expect(counts('全年收到政府信息公开申请035件。')).toEqual(['=35件']);
    expect(counts('上年结转政府信息公开申请数量00000，本年新收申请数量为42件。')).toEqual(['=42件']);
  });
});

describe('numbers as some reports print them', () => {
  it('reads a number in brackets after what it counts, but not one numbering a list', () => {
    // hi-haikou-gxq-2022.
    expect(counts('通过门户网站发布政务信息(1386)条,其中:概况类信息(22)条、政务动态信息(1335)条,信息公开目录(350)条。')).toEqual(['=1386条', '=22条', '=1335条', '=350条']);
    expect(counts('公开的范围包括:(1)个人信息')).toEqual([]);
  });

  it('reads 余 and 多 before 万, and 百余 as about a hundred (not 数百)', () => {
    // hlj-fuyuan-fgj-2023, a 2022 report.
    expect(counts('发放宣传资料100余万份,解答咨询10余万条。发放100多万份。')).toEqual(['=~1000000份', '=~100000条', '=~1000000份']);
    expect(counts('协助公开财政预决算等信息百余条。数百条。')).toEqual(['=~100条']);
  });

  it('reads decimals of 万 as the whole numbers they are, without binary fractions\' error', () => {
    // vplvclh-yiwu-2022 (a mirror of 义乌's 2022 report).
    expect(counts('网站访问量338.8647万人，点击1.005万次。')).toEqual(['=3388647人', '=10050次']);
  });

  it('reads no number in 数十件, 几十条 or 一批 (some, not a count), but counts 十余条 and 分两批', () => {
    expect(counts('全年收到群众来信数十件，发布信息几十条，集中清理了一批。')).toEqual([]);
    expect(counts('公开信息十余条，分两批公开。')).toEqual(['=~10条', '=2批']);
  });

  it('reads no count in the phase of a project named with 期', () => {
    // jining-hbj-2013.
    expect(counts('国家规划的南水北调治污目标任务全面完成,有效保障了南水北调东线一期')).toEqual([]);
    expect(counts('全年编发简报一期。')).toEqual(['=1期']);
  });

  it('reads calls counted in 通, but no 通 that opens a word', () => {
    // 03-pt-2019 (平潭 2019), hzs-2019.
    expect(counts('通过热线电话、家园985后台以及网络直播间的方式解答群众问题，其中热线电话11通，网络诉求3件')).toEqual(['=11通', '=3件']);
    expect(counts('累计接听电话84472通，来自11条热线短号')).toEqual(['=84472通', '=11条']);
    expect(counts('实现三通一平，会议以3通过。')).toEqual([]);
    // The brief's wording (no page here says 通次; a common unit of hotline calls).
    expect(counts('接听咨询电话120通次，接待来访群众35人次')).toEqual(['=120通次', '=35人次']);
  });

  it('reads pieces counted in 只 (shangyu-xietang-2013)', () => {
    expect(counts('2013年度我镇在主动公开政府信息件数为123件,处理市政府网网上投诉件36只。')).toEqual(['=123件', '=36只']);
  });

  it('reads files taken out of an archive counted in 卷', () => {
    // dali-2020-mirror (大荔县 2020).
    expect(counts('县档案馆接受查档案3700人次,调阅档案5100卷。')).toEqual(['=3700人次', '=5100卷']);
    // …and in 卷次, not 卷 with a 次 left over for the label (xialuqu-daj-2022's 利用档案2061卷(件)次 without its bracket).
    expect(counts('利用档案2061卷次。')).toEqual(['=2061卷次']);
    // 卷宗 is a word of its own (built wording).
    expect(counts('查阅档案资料2卷宗。')).toEqual([]);
  });
});

describe('approximate counts', () => {
  it('reads 约为 before a number as approximate', () => {
    // hi-sthjt-2022.
    expect(counts('浏览量约为980862次。')).toEqual(['=~980862次']);
  });
});

describe('digits past a double', () => {
  it('reads no count of a run too long for a number (309 digits is Infinity, which no JSON holds), and the counts around it still', () => {
    const run = '1'.repeat(320);
    expect(counts(`全年主动公开政府信息${run}条，受理申请12件。`)).toEqual(['=12件']);
  });
});

describe('a list run together, one item\'s unit lost', () => {
  it('reads a bare number between two names, after a count and before another in one unit, as an item in that unit (zlq-2021)', () => {
    expect(counts('年内共发布各类信息2968条,其中概况类信息348条政务要闻415条通知公告307不动产公告84条工作动态404条信息公开目录信息1062条、公示行政许可事项177项'))
      .toEqual(['=2968条', '=348条', '=415条', '=307条', '=84条', '=404条', '=1062条', '=177项']);
  });

  it('reads no year there (hainan-yjj-2014)', () => {
    expect(counts('信息发布量由2013年的1128 条增加到2014年的1887条,在省政府网站政府信息公开专栏发布信息514条')).toEqual(['=1128条', '=1887条', '=514条']);
  });

  it('reads no ordinal, floor or points there: they name or measure, they count nothing (第2季度, 8楼, 15百分点)', () => {
    // zlq-2021's run with such a number between two of its names, as reports word them elsewhere (贵阳市中华北路242号省政府7号楼,
    // 市民服务中心8楼: guizhou-jgsw-2020, jx-lianxi-2024).
    expect(counts('其中概况类信息348条政务要闻第2季度更新84条')).toEqual(['=348条', '=84条']);
    expect(counts('其中概况类信息348条市民服务中心8楼公告84条')).toEqual(['=348条', '=84条']);
    expect(counts('受理申请20件同比增长15百分点答复20件')).toEqual(['=20件', '=20件']);
    // After a 其中 too: the quarters' counts are its items, their ordinals none.
    expect(counts('共发布信息100条，其中第1季度30、第2季度70、')).toEqual(['=100条', '=30条', '=70条']);
  });

  it('reads the bare numbers between names after a 其中 as its items in the total\'s unit, only where they add up to it (zlq-2021\'s Mongolian site)', () => {
    const site = (total: number) => counts(`年内发布各类信息${total}条,其中新闻类信息520旗内文件55政策解读60牧民之友元上都文化资源等具有蒙元文化特色栏目更新类信息219、微信平台同步发布信息812条`);
    expect(site(854)).toEqual(['=854条', '=520条', '=55条', '=60条', '=219条', '=812条']);
    expect(site(855)).toEqual(['=855条', '=812条']);
  });

  it('reads a 其中\'s last item that lost its unit at its clause\'s end as a count in the total\'s unit, only where it and the items before add up to it (anyue-zhouli-2021)', () => {
    const zhouli = (total: number) => counts(`主动公开各类政府信息累计共${total}条,其中通过安岳县政府信息公开平台公开信息88条,安岳县人民政府办公业务资源网公开信息37。`);
    expect(zhouli(125)).toEqual(['=125条', '=88条', '=37条']);
    expect(zhouli(126)).toEqual(['=126条', '=88条']);
    // A number that names something ends no list: a date, though it makes the total up (63 + 31 = 94).
    expect(counts('共发布信息94条,其中动态63条,公告于12月31。')).toEqual(['=94条', '=63条']);
  });
});
