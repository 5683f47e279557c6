// Labels of the counts in sentences real reports write, read as figures.ts reads them: the words after the
// unit where a noun follows, else the clause before the number (from the count before it, or the start).
import { describe, expect, it } from 'vitest';
import { countLabel } from './label.ts';
import { findNumbers } from './numbers.ts';

function labels(text: string): string[] {
  let from = 0;
  return findNumbers(text).map((token) => {
    const label = token.label ?? countLabel(text, from, token);
    from = token.stop;
    return label;
  });
}

describe('the label after the unit', () => {
  it('ends at a verb the lost stop runs into, and reads past a 基础上 or a name\'s bracketed alternative before 的', () => {
    // qingdao-szf-2024: 加大 after the count, its stop lost, goes on with what was done; the count is the documents'.
    expect(labels('今年以来,青岛政务网发布信息3.3万余条,其中政府规章2件,规范性文件47件加大政策解读力度,建立青岛市政策解读专家库')).toEqual([
      '政务网发布信息', '政府规章', '规范性文件',
    ]);
    // qingdao-szf-2021: what a thing was built on (…目录的基础上) is what is counted.
    expect(labels('各区(市)全面推进基层政务公开标准化规范化建设,在完成25个领域基层政务公开标准化规范化目录的基础上,积极探索标准化目录中具体事项的落实、公开。'))
      .toEqual(['领域基层政务公开标准化规范化目录']);
    // xiamen-xiangan-2021: a name with its alternative in brackets (镇(街)) before 的 is the bodies counted.
    expect(labels('21个区政府组成部门、9个镇(街)的机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名等信息均已挂网公布。'))
      .toEqual(['区政府组成部门', '镇(街)']);
  });

  it('reads what the counts were, said after them (N件为X), verbs and all', () => {
    // xm-yb-2022.
    expect(labels('全年共接受依申请公开9次，其中处理结果4件为不予公开，1件为不予处理，4件为无法提供。')).toEqual([
      '接受依申请公开', '不予公开', '不予处理', '无法提供',
    ]);
    expect(labels('不予公开的4件中2件为属于行政查询事项。')).toEqual(['不予公开', '行政查询事项']);
    // hangzhou-binjiang-zfb-2024: where they came from, said after them (N件来自…), as what they were.
    expect(labels('2024年,本办共受理政府信息公开申请件114件,其中2件来自上一年度结转,受理的116件申请件已按规定在法定期限内予以答复。'))
      .toEqual(['受理政府信息公开申请', '上一年度结转', '申请件']);
    // 均为 goes on the sentence: the count is of what was received.
    expect(labels('本年度共收到政府信息公开申请5件均为自然人申请。')).toEqual(['收到政府信息公开申请']);
    // jingshan-wjj-2022: 本年度内 is the year, its 内 no word of the label.
    expect(labels('本年度内单位行政处罚处理决定数量39件,不存在其他情况。')).toEqual(['单位行政处罚处理决定数量']);
    // hunan-sthjt-2023: 送达 is what was done, no 达 leading to the number (the label starts at its verb, as 受理… does).
    expect(labels('省厅窗口共受理政务服务事项2190件,不予受理484件,许可办结送达1628件。')).toEqual(['受理政务服务事项', '不予受理', '办结送达']);
    // xizang-gzw-2023: the 一是 of the list after it, its stop lost, is no word of the noun counted (信息 alone: the clause names it).
    expect(labels('微信公众号共发布126条信息一是做好国资监管信息公开。')).toEqual(['微信公众号发布信息']);
    // Nor does a ranking name what was counted.
    expect(labels('全年主动公开政府信息1200条位居全市前5位。')).toEqual(['主动公开政府信息']);
  });

  it('names the items a list head alone stands before by the clause before it (qingdao-2019-zjtcn)', () => {
    expect(labels('印发市政府信息主动公开基本目录,内容涵盖11大类140余项。')).toEqual(['印发市政府信息主动公开基本目录']);
  });

  it('counts the applications, said whole, where what was applied for stands before their 的 (benxi-wsjkw-2021)', () => {
    expect(labels('2021年,市卫生健康委收到1件要求公开政府信息的申请。')).toEqual(['要求公开政府信息的申请']);
  });

  it('says a measure said twice once: 信息数总数 is the number of the information (benxi-wsjkw-2021)', () => {
    expect(labels('通过本部门信息公开平台公开信息数总数163条')).toEqual(['本部门信息公开平台公开信息数']);
    expect(labels('主动公开信息总数175条')).toEqual(['主动公开信息总数']);
  });

  it('reads what they still were, said after them (还在…限期内: zhongshan-gangkou-2024), not 还 alone', () => {
    expect(labels('其中26件已在限期内答复申请人,1件还在答复限期内,办理和答复率96%。')).toEqual(['已在限期内答复', '在答复限期内']);
  });

  it('drops the 了 that closes a verb done before its count (zibo-zhongbu-2020)', () => {
    expect(labels('中埠镇2020年度累计主动公开政府信息21条,依申请公开0件,网上公开了21件,配发解读材料3件。'))
      .toEqual(['主动公开政府信息', '依申请公开', '网上公开', '配发解读材料']);
  });

  it('keeps 答复信息 whole, the replies published, where 信息 opens no 信息公开 (jl-szfbgt-2025)', () => {
    expect(labels('省政府工作报告及解读2条,人大代表建议及政协委员提案答复信息845条,财政预决算信息52条。'))
      .toEqual(['省政府工作报告及解读', '人大代表建议及政协委员提案答复信息', '财政预决算信息']);
    expect(labels('全年共答复信息公开申请12件。')).toEqual(['答复信息公开申请']);
  });

  it('reads 内容 after a list closed by 等 as it reads 信息: the list says what was counted (jl-zsj-2024)', () => {
    expect(labels('严格执行信息公开发布的时限要求、格式标准,依托吉林省政务服务和数字化建设管理局门户网站和省政府信息公开专栏,主动公开政策文件、公告类信息、综合政务、财政预决算信息等内容139条。'))
      .toEqual(['主动公开政策文件、公告类信息、综合政务、财政预决算信息等内容']);
  });

  it('counts the bodies, not what stands on their platforms (N个部门…上的X: huangshigang-2025)', () => {
    expect(labels('区政府和26个地方部门平台链接上的政策栏、政府信息公开指南、领导之窗、政府信息公开年报等信息全部更新完毕。')).toEqual(['地方部门']);
  });

  it('counts the bodies in 家, not their information said after them (shenyang-szf-2021)', () => {
    expect(labels('三是全面公开预决算信息,首次实现市本级68个部门及221家所属单位预决算信息全部公开')).toEqual(['部门', '所属单位']);
  });

  it('keeps 及时 and 不及时 inside what they describe: 及 there joins nothing (pt-gwh-2022)', () => {
    expect(labels('其中，注销5家维护更新不及时的政务新媒体，新增区行政审批局、区经济发展局、区交通建设局3家政务新媒体')).toEqual(['政务新媒体', '政务新媒体']);
    // 及时 is timely however said: 更新及时的 describes the accounts as 更新不及时的 does.
    expect(labels('其中，注销5家维护更新及时的政务新媒体')).toEqual(['政务新媒体']);
  });

  it('counts what a list of what it is describes, not a body of the list (平潭 2024: 5个…的政务新媒体)', () => {
    expect(labels('加强政务新媒体管理，开展“指尖上的形式主义”整治工作，对5个发挥作用不明显、基层无力维护的政务新媒体予以关停注销。')).toEqual(['政务新媒体']);
    // Bodies listed are what is counted, all of them, the 的 closing them naming what is theirs.
    expect(labels('推动5个乡镇、街道的政务公开专栏建设')).toEqual(['乡镇、街道']);
    expect(labels('推动5个镇、街道的政务公开专栏建设')).toEqual(['镇、街道']);
    expect(labels('整合3个住建、交通等部门的网站')).toEqual(['住建、交通等部门']);
  });

  it('keeps a word or two in brackets right before the count: it says which of the kind the part is (scanju-zhj-2021)', () => {
    // 遂宁市安居区综合行政执法局 2021: two parts of 重大民生信息, told apart only by their brackets.
    expect(labels('网站全年主动公开235条信息,比去年同期增长了10%,其中政策文件34条、工作动态161条、财政预决算2条、重点领域信息(执法监督)30条、重大民生信息(城乡建管)4条、重大民生信息(市政建设)4条。')).toEqual([
      '网站主动公开信息', '政策文件', '工作动态', '财政预决算', '重点领域信息(执法监督)', '重大民生信息(城乡建管)', '重大民生信息(市政建设)',
    ]);
    // A list in the brackets is an aside: the label stands before it.
    expect(labels('收取的费用（检索费、邮寄费等）为0元。')).toEqual(['收取的费用']);
    // The count's measure in brackets, as a table's head pasted into the text gives it (音乐教师培训（人次）, 培训费用（万元）),
    // is no kind of the thing: the label stands before it.
    expect(labels('开展音乐教师培训（人次）120人次，培训费用（万元）3.5万元，发布信息(条数)30条。')).toEqual(['开展音乐教师培训', '培训费用', '发布信息']);
  });

  it('reads no verb inside a title the clause cites: 答复 of 《…答复模板》 is the title\'s, not the count\'s (ncha-2022)', () => {
    // 国家文物局 2022: the label had been cut at the title's 答复 to "答复模板》回复并办结".
    expect(labels('全年收到政府信息公开申请76件,回复办结75件。其中,根据《国家文物局政府信息依申请公开答复模板》回复并办结75件;结转下年办理1件。')).toEqual([
      '收到政府信息公开申请', '回复办结', '根据《国家文物局政府信息依申请公开答复模板》回复并办结', '结转下年办理',
    ]);
  });

  it('keeps 存在 whole in what the bodies counted did: its 在 says no place (北京市民政局 2019)', () => {
    expect(labels('抽取全市219家社会组织开展了检查，163家未当场发现问题，56家存在违法行为，检查情况均在官方网站进行公开。')).toEqual([
      '社会组织', '未当场发现问题', '存在违法行为',
    ]);
  });

  it('leaves a group joined after the noun, said by 各, out of what was counted (xingxian-2015)', () => {
    expect(labels('对全县17个乡镇和县直各有关单位政府信息公开分管领导和业务骨干进行了信息公开和《保密法》等专业知识培训')).toEqual(['乡镇']);
  });

  it('reads what became of a count that opens its clause at the clause\'s end, past why (tester, sx-wuxie-2022)', () => {
    expect(labels('剩余14件为同一申请人,已全部办结,其中2件予以公开,4件部分公开,8件在本单位未查询到相关信息无法提供。').slice(1)).toEqual([
      '予以公开', '部分公开', '无法提供',
    ]);
    // Not a count whose clause says what it counts before it.
    expect(labels('共收到申请10件均予以公开。')).toEqual(['收到申请']);
  });

  it('names applications counted with what was done to them by that, not as all the year\'s (tester, suqian-2025, shanghai-office-2019)', () => {
    expect(labels('2025 年有 1 件政府信息公开申请案件收取信息处理费 380 元。')).toEqual(['收取信息处理费的政府信息公开申请案件', '收取信息处理费']);
    expect(labels('另有72件申请按照《条例》顺延到下年度答复')).toEqual(['顺延到下年度答复的申请']);
    expect(labels('另有23件申请结转到下年度继续办理。')).toEqual(['申请结转到下年度']);
  });

  it('reads the staff said 专、兼职 whole, and what staff who only do one thing do (tester, pinggu-fanwen, mhk-xinghua-2010)', () => {
    expect(labels('专门配备了132名专、兼职工作人员。')).toEqual(['专、兼职工作人员']);
    expect(labels('由1人专门负责此项工作。')).toEqual(['专门负责此项工作']);
    expect(labels('确定1名工作人员负责。')).toEqual(['工作人员']);
  });

  it('stops at 同步/同时 and at a verb of entering (进入, 纳入 …) that go on the sentence', () => {
    // zt-2024, fj-jyt-2021.
    expect(labels('推动11个县市区政务服务大厅同步设立政策咨询综合服务窗口。')).toEqual(['县市区政务服务大厅']);
    expect(labels('共25个主项、37个子项进入“互联网+监管”系统。')).toEqual(['主项', '子项']);
  });

  it('names what was put up where by what it is, not by where nor 设置了, nor the 同时 joining its clause (guangyuan-cangxi-wenchang-2022)', () => {
    expect(labels('在场镇中心路段设置了政府信息公开栏4处,规范公开为民服务信息,发布相关办事程序步骤。同时在各村(社区)设置信息公开栏26处,为群众了解政府信息、监督政府工作提供了极大方便。'))
      .toEqual(['政府信息公开栏', '信息公开栏']);
  });

  it('ends at the close of a quotation the count opens, not of one the label opens', () => {
    // gz-jyt-2021.
    expect(labels('全面梳理公开权责清单等“10张服务清单”。')).toEqual(['服务清单']);
    expect(labels('建成3个“一站式”服务窗口。')).toEqual(['“一站式”服务窗口']);
  });

  it('reads a quoted name after the unit in ASCII or single quotes as in “”, a dash inside it the name\'s', () => {
    expect(labels('开展1次"政务公开——走进社区"主题活动。')).toEqual(['"政务公开——走进社区"主题活动']);
    expect(labels('举办2期‘政务开放日’活动。')).toEqual(['‘政务开放日’活动']);
  });

  it('runs across a 、 between words alike (标准化、规范化), not between two things counted', () => {
    // sayibak-2023; fj-jyt-2021.
    expect(labels('动态调整31个基层政务公开标准化、规范化目录。')).toEqual(['基层政务公开标准化、规范化目录']);
    expect(labels('组织梳理全省教育系统监管事项清单,共25个主项、37个子项进入“互联网')).toEqual(['主项', '子项']);
  });

  it('names the noun counted after kinds listed with 、 before it (…、药品价格类公众号文章)', () => {
    // scj-2024 (平潭市场监督管理局).
    expect(labels('发布256条酒店住宿业、民生主要商品、药品价格类公众号文章')).toEqual(['公众号文章']);
    // Not where the noun came first and the 、 opens the next clause, with a verb of its own.
    expect(labels('通过门户网站发布120条信息、微信公众号推送文章35篇。')).toEqual(['门户网站发布信息', '推送文章']);
    expect(labels('发布120条通知、微信公众号推送文章35篇。')).toEqual(['通知', '推送文章']);
    // Not after a count of bodies (whkfq-wjj-2020).
    expect(labels('辖区内16家局属基层医疗卫生机构通过宣传展板、宣传册、电子屏、微信公众号等渠道公开各类信息8000余条')).toEqual(['局属基层医疗卫生机构', '公开各类信息']);
  });

  it('takes the clause before for a noun anything may be counted in (信息)', () => {
    // puning-gaj-2023, shanwei-gaj-2021.
    expect(labels('通过市政府门户网站共公开了44项政务信息,答复留言中心34条信息。')).toEqual(['政务信息', '答复留言中心信息']);
    expect(labels('在主动发布方面,汕尾市公安局门户网站、政务新媒体及中央、省、市传统主流媒体共公开44087条政府信息。')).toEqual(['公开政府信息']);
  });

  it('reads what was done to them said with more words (已按照…书面回复), not as what the count before counted', () => {
    // binjiang-gaj-2022.
    expect(labels('申请人为自然人的2件,法人或者其他组织的2件。其中3件已按照相关要求进行书面回复,1件结转2023年度继续办理。')).toEqual([
      '申请人为自然人', '法人或者其他组织', '已按照相关要求进行书面回复', '结转2023年度',
    ]);
    // funing-bgs-2025: the words before the verb run longer; the clause before says how the applications came, not what the 19 are.
    expect(labels('2025年，区政府共收到依申请公开20件，大部分通过信函或在线申请，19件已按照规定时限和程序依法依规进行了答复，1件结转下年。')).toEqual([
      '收到依申请公开', '已按照规定时限和程序依法依规进行了答复', '结转下年',
    ]);
  });

  it('keeps the year a count was carried to after the unit (tester, hn-yjglt-2021)', () => {
    expect(labels('全年收到依申请公开申请15起,除1项结转至2022年办理,其余全部按时进行答复反馈。')).toEqual(['收到依申请公开申请', '结转至2022年办理']);
  });

  it('keeps the year a count was put off to before it, as the year it was carried to (pds-2021)', () => {
    expect(labels('市政府办公室代表市政府共受理政府信息公开申请44件,顺延到2022年度申请2件,申请内容主要集中在征地拆迁')).toEqual(['受理政府信息公开申请', '顺延到2022年度申请']);
  });

  it('leaves out the set a count is taken from, said before it with no 在 (shanghai-kewei-2024)', () => {
    expect(labels('所有办结的信息公开申请中同意公开答复 9 件，部分公开答复 0 件，不予公开答复 2 件。')).toEqual(['同意公开答复', '部分公开答复', '不予公开答复']);
  });

  it('keeps the verb of the kind that holds the rest (其他应主动公开政府信息, pingtan-2019)', () => {
    expect(labels('科教文体卫生类信息48条，安全生产、应急管理类信息124条，其他应主动公开政府信息856条。')).toEqual([
      '科教文体卫生类信息', '安全生产、应急管理类信息', '其他应主动公开政府信息',
    ]);
  });
  it('keeps 法定 before 主动公开: the kind the law owes, no subject before a verb (万源市人民政府2025年…年度报告)', () => {
    expect(labels('2025年，市政府门户网站主动公开各类政府信息6259条，其中新闻动态类信息3077条，法定主动公开类信息1194条，公示公告类信息840条。')).toEqual([
      '政府门户网站主动公开各类政府信息', '新闻动态类信息', '法定主动公开类信息', '公示公告类信息',
    ]);
  });

  it('starts at 发生, not at the body that had the applications or cases (meihekou-heping-2020)', () => {
    expect(labels('2020年度和平街道发生依申请公开1次。')).toEqual(['发生依申请公开']);
    expect(labels('收到感谢信2封;发生行政复议4件,其中3件维持。')).toEqual(['收到感谢信', '发生行政复议', '维持']);
  });

  it('counts only the noun a classifier opens where its words run into another count (两条微信阅读量即达180万次)', () => {
    // shanghai-office-2019: two WeChat posts, read 1.8 million times; 41 short videos, played over 23 million times
    // (2300万 in no unit).
    expect(labels('“上海发布”第一时间发布《习近平在上海考察调研》图文及视频，两条微信阅读量即达180万次，运用抖音号报道进博会，41条短视频播放量超2300万。')).toEqual([
      '微信', '微信阅读量', '短视频', '短视频播放量',
    ]);
    // shanghai-office-2025: past the blank an editor set before the next count too.
    expect(labels('“上海发布”在海内外 15 个平台粉丝数累积超 3170 万，其中，微信公众号粉丝达 1360 万，海外平台粉丝突破 300 万。')).toEqual([
      '平台', '平台粉丝数', '微信公众号粉丝', '海外平台粉丝',
    ]);
    // The pattern as the user who found it put it: what they came to (共) ends the noun too, a 发布会 is no verb.
    expect(labels('两场发布会共吸引500人次。')).toEqual(['发布会', '吸引']);
    expect(labels('全区5个部门发布信息100条。')).toEqual(['部门', '发布信息']);
    // tj-teda-2022: no measure nor verb after the noun, which stays whole.
    expect(labels('36个部门50余人参加了政务公开和政府信息公开工作专题培训。')[0]).toBe('部门');
  });

  it('reads words saying what a count is about (针对…的) up to the noun after their 的, not to the 对 in them', () => {
    // 平潭交通与建设局 2018: one lawsuit, which 表 counts as 行政诉讼数.
    expect(labels('2018年度发生1件针对本部门有关政府信息公开事务的行政诉讼案。')).toEqual(['行政诉讼案']);
    // A body before the 的 is what the words are about, not what is counted; with no 的 they go on the sentence.
    expect(labels('收到1件针对本部门的申请。')).toEqual(['申请']);
    expect(labels('受理申请5件针对申请内容进行了答复。')).toEqual(['受理申请']);
  });

  it('reads words that open with a measure (涉及金额) and run into the next count as that count\'s alone', () => {
    // 平潭管委会办公室 2020: 197 batches of procurement notices, 3601627.4 元 in all.
    expect(labels('全年共发布采购信息197批次涉及金额3601627.4元。')).toEqual(['发布采购信息', '涉及金额']);
    expect(labels('全年共发布采购信息197批次，涉及金额3601627.4元。')).toEqual(['发布采购信息', '涉及金额']);
  });

  it('takes what follows 的 after a word that only describes it, and reads past 具体 that opens the label', () => {
    // zhanlanlu-2016, bjdch-sjj-2009; cq-scjg-2023.
    expect(labels('设立了1个专门的信息申请受理点。')).toEqual(['信息申请受理点']);
    expect(labels('从强化政务公开工作监督保障6个方面提出25项具体工作措施。')).toEqual(['具体工作措施']);
  });

  it('reads the things counted, not 发布 done through them at the clause end (13个子栏目发布)', () => {
    // hainan-amr-2014.
    expect(labels('政务和政府信息通过《政务公开》版块的“机构概况”、“人事信息”、“公示公告”等13个子栏目发布,实现…')).toEqual(['子栏目']);
    expect(labels('召开3次新闻发布会')).toEqual(['新闻发布会']);
  });

  it('reads the people counted after their noun, not 具体 of what they do (专人1名具体负责…)', () => {
    // yn-gengma-sfj-2021.
    expect(labels('明确专人1名具体负责日常政府信息公开工作,保证了政府信息公开工作的全面开展')).toEqual(['专人']);
    expect(labels('确定工作人员2名具体承办政府信息公开申请')).toEqual(['工作人员']);
  });

  it('names the thing people made where they are counted in its unit (tax-xiangzhou-2023), and leaves out how what was counted was done (customs-zj-2023)', () => {
    expect(labels('香洲区税务局收到2条公众通过“广东税务互动依申请公开栏目”提交的申请')).toEqual(['公众提交的申请']);
    expect(labels('收到5件群众向我局反映的问题')).toEqual(['群众反映的问题']);
    // People counted in their own unit are what is counted.
    expect(labels('1名工作人员通过网站发布信息')).toEqual(['工作人员']);
    expect(labels('组织到8个隶属海关实地开展交叉评审')).toEqual(['隶属海关']);
  });

  it('names 同志 counted by the work they are counted for (1名同志具体负责…)', () => {
    // tljq-xiang-2017.
    expect(labels('确定1名分管领导具体负责,1名同志具体负责信息公开业务工作,按照政务公开的工作要求')).toEqual(['分管领导', '负责信息公开业务工作的同志']);
  });

  it('names people described by a list of what they are by who they are, and items by their name before their 的 (shaoyang-office-2020, beijing-2019)', () => {
    expect(labels('同时,确定2名政治素质高、责任心强的同志专门负责网站的信息更新和管理工作。')).toEqual(['同志']);
    expect(labels('建立面向7类企业、10类个人包括57个主题事项的快速便捷查询政策。').at(-1)).toBe('主题事项');
  });

  it('names the bodies counted, not what of theirs the sentence is about, nor how the people counted work (兼职)', () => {
    // yanchi-2017, lucheng-2018.
    expect(labels('本报告由县政府办公室汇总县22个县直部门、8个乡镇、1个街道办事处政府信息公开工作情况编制而成。')).toEqual(['县直部门', '乡镇', '街道办事处']);
    expect(labels('汇总1个街道办事处的情况。')).toEqual(['街道办事处']);
    expect(labels('安排了3名工作人员兼职负责政务公开的日常工作。')).toEqual(['工作人员']);
    expect(labels('配备了2名兼职人员。')).toEqual(['兼职人员']);
    // Before the people, 专职/兼职 says what kind they are; a thing of the bodies' is what is counted.
    expect(labels('配备1名信息公开专职工作人员和2名政务公开兼职人员。')).toEqual(['信息公开专职工作人员', '政务公开兼职人员']);
    expect(labels('建成8个乡镇街道政务公开专栏。')).toEqual(['乡镇街道政务公开专栏']);
    // Tester, 广东/山东 2020–21: 26 fields and 31 departments, whose publishing and answers the sentence is about (not
    // 持续推动 or 汇集, as where the words after them ran past a label's length), the last body before them (市政府部门).
    expect(labels('持续推动26个重点领域信息公开，汇集31个部门政策问答。')).toEqual(['重点领域', '部门']);
    expect(labels('持续推动26个重点领域信息公开专栏建设和内容更新工作，汇集12个市政府部门政策问答。')).toEqual(['重点领域', '市政府部门']);
    // The 政策问答 themselves, counted in their unit after them, keep their name.
    expect(labels('汇集31个部门政策问答1200余条。')).toEqual(['部门', '部门政策问答']);
    // A 行业协会 is a body whole, not the 行业 it serves (from review).
    expect(labels('推动5个行业协会信息公开。')).toEqual(['行业协会']);
    // dalian-gxq-2024: the keeping up of their information is no part of the fields counted.
    expect(labels('做好26个重点领域日常信息更新维护,全年在园区门户网站')).toEqual(['重点领域']);
  });

  it('names what the count stands after, where the words after it run into the next count or say what was left out', () => {
    // fj-quangang-houlong-2022, he-qinglong-czj-2022.
    expect(labels('依托“滨海后龙”政务新媒体发布政府信息1026条解读政策信息2篇')).toEqual(['政务新媒体发布政府信息', '解读政策信息']);
    // Issues too (期), the next count in 余万条 (bazhong-qxj-2022, its comma lost).
    expect(labels('累计发布灾害性天气预警信息400余期预警短信900余万条')).toEqual(['发布灾害性天气预警信息', '预警短信']);
    expect(labels('编发简报12期信息专报报送20期')).toEqual(['编发简报', '信息专报报送']);
    // …or into what they did to a count of their own (jiangjin-dushi-2019, its comma lost): the site is 86's, not 40's.
    expect(labels('政府微信公众号更新信息40余条政府官方网站主动公开政府信息86条')).toEqual(['政府微信公众号更新信息', '政府官方网站主动公开政府信息']);
    // Too many words after a count of bodies: the bodies they open with (tester, bj-dongcheng-2020).
    expect(labels('指导全区50余家单位动态更新政府信息主动公开全清单目录')).toEqual(['单位']);
    // What they published (公布) after the bodies counted is none of them (dali-2020-mirror).
    expect(labels('76家预算单位公布部门预算公开情况。')).toEqual(['预算单位']);
    // People said only to be there, what they did said after them (pingtan-dishui-2013).
    expect(labels('2013年有约4900人次通过各种方式向我局各部门、基层所咨询涉税信息有关事务，其中现场咨询1600人次')).toEqual(['咨询涉税信息有关事务', '现场咨询']);
    // …where that count is of pieces too: 道路 counted in 条, then the spaces along them (tester, bj-dongcheng-cgw-2019).
    expect(labels('实现全区85条道路6000余个停车位电子收费全覆盖')[0]).toBe('道路');
    expect(labels('上半年我县除1家涉密单位外的79个预算部门(含乡镇)全部完成了部门预算公开。')).toEqual(['涉密单位', '预算部门(含乡镇)']);
    // …between the count and 以外, the year it was carried to kept (js-qingjiangpu-2021, 转结 as the page writes it, read 结转).
    expect(labels('除4件结转2022年办理以外,均依法依规完成答复。')).toEqual(['结转2022年办理']);
    // zt-2022: what the bodies did ends the label.
    expect(labels('15家政府网站加强涉及市场主体的信息、民生保障、重大决策、“放管服”改革、财政资金信息等公开。')).toEqual(['政府网站']);
  });

  it('reads the kind that holds the rest after the unit (panyu-bgs-2024), and what became of applications (中止, 中途)', () => {
    expect(labels('其中2宗维持原答复,1宗结果纠正,1宗其他结果,1宗尚未审结。')).toEqual(['维持原答复', '结果纠正', '其他结果', '尚未审结']);
    expect(labels('共发布信息100条,其中60条政务动态,40条其他信息。')).toEqual(['发布信息', '政务动态', '其他信息']);
    expect(labels('本年度有3件申请中止办理，2件申请中途撤回。')).toEqual(['申请中止办理', '申请中途撤回']);
  });

  it('keeps what a measure after the verb measures (hn-hetang-mingzhao-2021), not what the answers were to (pingtan-county-2012)', () => {
    expect(labels('2021年度,明照街道共计公开政务动态信息更新37条、规范性文件发布数量0条。')).toEqual(['公开政务动态信息更新', '规范性文件发布数量']);
    expect(labels('对依申请公开的答复总数21条。')).toEqual(['答复总数']);
  });

  it('names the set counted, not what the sentence says of some of it (…50条事项中我校涉及的内容)', () => {
    // szkrzm-school-2022.
    expect(labels('信息公开清单所列50条事项中我校涉及的内容均已落实公开内容。')).toEqual(['事项']);
    expect(labels('建成3个政务信息中心。')).toEqual(['政务信息中心']);
  });

  it('names what was counted, not the work done on it after its 的 (gwh-2020, wxjkq-spj-2021)', () => {
    expect(labels('完成区直单位26个试点领域政务公开事项标准目录的编制工作。')).toEqual(['试点领域政务公开事项标准目录']);
    expect(labels('按照市政府要求做好15项行政权力事项的取消、11项行政权力事项的承接工作。')).toEqual(['行政权力事项', '行政权力事项']);
    // gaocheng-2022: how their handling went (办理工作情况) is no part of what is counted; nor, the words after too long
    // without it, are the words before, which only describe them (政策允许的).
    expect(labels('全年充分利用区政府门户网站等平台,及时将政策允许的194件人大代表建议和政协提案办理工作情况向社会公示。')).toEqual(['人大代表建议和政协提案']);
    // Work a count itself names stays (重点工作), as does 编制 that is a noun.
    expect(labels('完成3项涉及民生的重点工作。')).toEqual(['重点工作']);
    expect(labels('配备2名行政编制人员。')).toEqual(['行政编制人员']);
    expect(labels('对区管委会全部规范性文件先后进行4次专项清理。')).toEqual(['专项清理']);
    // Rounds or times of the work count the work (xyear2/gaj-2024: 3 rounds of clearing, not 3 rounds of documents).
    expect(labels('根据实验区工作部署，先后开展3轮次政策文件清理工作，对我局发布、清理的规范性文件进行再梳理、再核对。')).toEqual(['政策文件清理工作']);
  });

  it('names what was answered, not the topics it was answered around (围绕…解答…: cq-yjj-2025)', () => {
    expect(labels('全年举办新闻发布会6场,围绕城市安全、韧性城市建设、“十四五”时期应急管理成效、冬季安全防范现场解答群众关切问题27个;通过对外公开电话、公开信箱、网民留言等互动渠道,回复社会关切问题27316个。'))
      .toEqual(['举办新闻发布会', '解答群众关切问题', '回复社会关切问题']);
  });

  it('leaves out 特别是 that singles the thing counted out, no part of its name (xj-urumqi-2024)', () => {
    expect(labels('加大我市各类惠民政策的宣传力度,特别是国庆期间推出的“九项”便民服务新措施的全网阅读量达30.9万次。')).toEqual(['国庆期间推出的九项便民服务新措施的全网阅读量']);
  });

  it('names the information counted, not what is set for each of them after its 的 (cq-gxq-2023)', () => {
    expect(labels('编制《重庆高新区政务公开标准目录》，对2045项应主动公开政府信息的责任主体、公开时限、公开形式等进行逐一明确。')).toEqual(['应主动公开政府信息']);
  });

  it('names times counted before a verb by the verb and what it was done to (jtj-2021)', () => {
    expect(labels('我局共4次参加区党工委、管委会政府主办的《问政平潭》《问政平潭之有事您说》等相关栏目，并配合接受区融媒体记者采访')).toEqual(['参加相关栏目']);
    // People counted before 参加 are those who took part, whoever brought them (tianjin-teda-2022, guangyuan-zhaohua-weizi-2022).
    expect(labels('36个部门50余人参加了政务公开和政府信息公开工作专题培训。')).toEqual(['部门', '参加政务公开和政府信息公开工作专题培训']);
    expect(labels('组织30余人参加“政务开放日”活动,开展专题业务培训2次。')).toEqual(['参加政务开放日活动', '开展专题业务培训']);
    expect(labels('全区共50人参加培训。')).toEqual(['参加培训']);
    // Not where the clause before the times says what was done, nor where the doing after holds another count (built
    // wordings: no page here writes them).
    expect(labels('局党组召开专题会议3次进行研究部署。')).toEqual(['召开专题会议']);
    expect(labels('举办政务公开业务培训2场参加人员达120人次。')).toEqual(['举办政务公开业务培训', '参加人员']);
  });

  it('ends the noun counted where what they were led to do (做好) or hold (包括) begins (hainan-czt-2023, a repost of beijing-2019)', () => {
    expect(labels('指导18个市县做好预算公开工作。')).toEqual(['市县']);
    expect(labels('建立面向7类企业、10类个人包括57个主题事项。')).toEqual(['企业', '个人', '主题事项']);
  });
});

describe('the label before the number', () => {
  it('takes no label from a word in angle brackets right after a count, an aside on it as (天) is (gz-sandu-2022)', () => {
    expect(labels('政务微博公开370条,政务微信公开269次<天>1189条')).toEqual(['政务微博公开', '政务微信公开', '']);
  });

  it('drops a 街道 calling itself 我街, and the zeal said before what it did (还积极组织…)', () => {
    // The wording the session-22 notes give (its page not found again in the corpora).
    expect(labels('我街还积极组织开展政策宣传活动5次。')).toEqual(['组织开展政策宣传活动']);
    expect(labels('我街道认真开展政策宣讲12场，调动群众积极性')).toEqual(['开展政策宣讲']);
  });

  it('drops 在此基础上 and 在此前提下: what it was done after is no channel nor part of what was counted', () => {
    expect(labels('在此基础上公开信息20条。')).toEqual(['公开信息']);
    expect(labels('在此基础之上公开信息20条。')).toEqual(['公开信息']);
    expect(labels('在此前提下公开信息20条。')).toEqual(['公开信息']);
  });

  it('names a total said alone after a list of kinds by what the clause before the list counted (共计287条)', () => {
    expect(labels('我街道通过政府网站主动公开政府信息，主要包括机构职能、工作动态、财政预决算等内容，共计287条。')).toEqual(['政府网站主动公开政府信息']);
    expect(labels('全年主动公开各类信息，包括工作动态、通知公告、政策文件等，共计287条。')).toEqual(['主动公开各类信息']);
    // A clause of no list between: the clause before is the total's, as it was.
    expect(labels('全年主动公开政府信息，共计287条。')).toEqual(['主动公开政府信息']);
    // A verb leads the list: that clause is what was counted, not the one before (坚持以公开为常态…); its two items are
    // what the information is.
    expect(labels('坚持以公开为常态、不公开为例外，在门户网站公开财政预算、决算等信息，共计12条。')).toEqual(['门户网站公开财政预算、决算等信息']);
    expect(labels('进一步加强政务公开工作，主动公开规划计划、财政资金等信息，共计120条。')).toEqual(['主动公开规划计划、财政资金等信息']);
  });

  it('reads 先后 and 主要涉及 as words around what is counted, and what 原有 counts after its 的 (平潭交通与建设局 2018, 2020)', () => {
    // The 2 times the items were gone through say nothing of what: no label, no figure.
    expect(labels('我局先后2次对原有291项的审批事项梳理调整。')).toEqual(['', '审批事项梳理']);
    expect(labels('2020年，我局主动公开政府信息141条，公开类别主要涉及政策规范性文件信息2条、行政许可类信息3条。')).toEqual([
      '主动公开政府信息', '政策规范性文件信息', '行政许可类信息',
    ]);
    // cq-changshou-shuanglong-2024: the comma before 主要涉及 lost, what follows is what the list is of, not the count's noun.
    expect(labels('主动公开政府信息135条，其中工作动态信息43条，基层政务公开56条，其他类型信息36条主要涉及工作动态、政策落实情况。')).toEqual([
      '主动公开政府信息', '工作动态信息', '基层政务公开', '其他类型信息',
    ]);
    // jingyuan-huanghua-2019: what was done, not the adverb.
    expect(labels('乡党委会先后研究政务公开工作2次。')).toEqual(['研究政务公开工作']);
  });
  it('leaves 分别为 said of one count out of its label (吉林市龙潭区龙潭街道 2010)', () => {
    expect(labels('截止2010年末,累计公开信息总数7条,其中,街道公开信息分别为2条。')).toEqual(['公开信息总数', '街道公开信息']);
  });
  it('drops the enumerator 一是, 二是 … that opens its clause (tester, dg-houjie-2023, lizhou-sthj-2022)', () => {
    expect(labels('二是通过官方微信公众号“厚街发布”公开信息1896条')).toEqual(['官方微信公众号厚街发布公开信息']);
    expect(labels('一是以区委区政府名义发文5件')).toEqual(['以区委区政府名义发文']);
  });
  it('drops 了 that marks a verb done, and the verb that assigned the staff (tester, sz-fenghuang-2024, nj-xiaguan-2024, xa-paoli-2022)', () => {
    expect(labels('街道政府网站主动公开了政府信息50条。')).toEqual(['政府网站主动公开政府信息']);
    expect(labels('明确了信息员一名。')).toEqual(['信息员']);
    expect(labels('安排工作人员3名,承担信息收集、校对、审核、发布等工作。')).toEqual(['工作人员']);
    // Not the 了 of 了解.
    expect(labels('深入了解群众需求10次。')).toEqual(['深入了解群众需求']);
  });
  it('drops the rules a thing was done by, and the bodies a list closes with 等 (tester, tj-dongjiang-2020, bj-miyun-2019)', () => {
    expect(labels('利用移动新媒体发布信息总计6223条,严格按照条例规定处理依申请公开16件。')[1]).toBe('处理依申请公开');
    expect(labels('区政府本级向市区两级政务服务大厅、图书馆、档案局等单位定期移送纸质政府信息540份。')).toEqual(['定期移送纸质政府信息']);
    // 按照规定方式 says how, as part of what was done.
    expect(labels('按照规定方式公开规范性文件5条。')).toEqual(['按照规定方式公开规范性文件']);
  });
  it('names information by the kind before the word that sums it up (tester, hbdaye-zr-2023)', () => {
    expect(labels('行政处罚59条,其他类累计信息共计 844 条')).toEqual(['行政处罚', '其他类信息']);
  });
  it('keeps names quoted side by side apart once their quotes are dropped (tax-ezhou-2023)', () => {
    expect(labels('依法办理“12345”“12366”各类工单1617件')).toEqual(['依法办理12345、12366各类工单']);
  });

  it('drops 有 and 的有 that close it', () => {
    // daoxian-wgx-2013, fengming-2016, fuxian-2024.
    expect(labels('2013年度主动公开信息的有5条;不予公开信息有10条。')).toEqual(['主动公开信息', '不予公开信息']);
    expect(labels('主动公布政府信息有71条,主要涉及工业。')).toEqual(['主动公布政府信息']);
  });

  it('keeps one channel, by its own name, that a verb would cut off; not several, nor 及时 or 和平 taken for joints', () => {
    // r14-yw-niansanli-2022, mhk-heping-2020.
    expect(labels('通过微信公众号“人文廿三里”发布信息1088条。')).toEqual(['微信公众号发布信息']);
    expect(labels('依托梅河口市政府网站主动公开信息73条。')).toEqual(['政府网站主动公开信息']);
    expect(labels('通过政务微博及时主动公开政府信息300条。')).toEqual(['政务微博主动公开政府信息']);
    expect(labels('通过和平街道微信公众号主动公开政府信息300条。')).toEqual(['微信公众号主动公开政府信息']);
    expect(labels('全年通过门户网站、政务微博、微信公众号等渠道主动公开政府信息1700条。')).toEqual(['主动公开政府信息']);
    expect(labels('通过资阳日报、电视台主流媒体发布稿件600篇。')).toEqual(['发布稿件']);
  });

  it('leaves out the form a thing was done in, said with its 的, and a verb inside it (xiaogan-szfb-2020)', () => {
    expect(labels('全年公开以市政府和市政府办公室名义印发的文件58件,其中通过文字、图解、领导解读、召开新闻发布的形式解读文件32件。'))
      .toEqual(['印发的文件', '解读文件']);
    // After 以 without 的 (huludao-gxq-2024); a way without 的 is the channel's name (shulan-tiande-2014).
    expect(labels('2024年通过高新区网站公开信息311条,以图文形式解读政策文件7篇。')).toEqual(['高新区网站公开信息', '解读政策文件']);
    expect(labels('通过其他方式公开政府信息数0条。')).toEqual(['其他方式公开政府信息数']);
  });

  it('names the online system that received what it counts, where the clause names nothing else (kaiping-shatang-2016)', () => {
    expect(labels('2016年,政府信息依申请公开系统共收到1宗信息。')).toEqual(['依申请公开系统收到信息']);
  });

  it('names an app by its own name: APP alone says nothing (renshou-zhongxiang-2019)', () => {
    expect(labels('2019年度,我镇在县人民政府外网主动公开政府信息数13条(其中:乡镇动态11条,财政预算决算2条);在大美仁寿APP公开发布内容26条;'))
      .toEqual(['县人民政府外网主动公开政府信息数', '乡镇动态', '财政预算决算', '大美仁寿APP发布内容']);
    expect(labels('通过掌上龙华客户端发布信息3条。')).toEqual(['掌上龙华客户端发布信息']);
  });

  it('keeps the one channel that published a count, named as the subject, so that counts on channels differ', () => {
    // kmwh-kjcyy-2022: a 融媒体中心 is a body of its own, named whole (tester, kmwh-wuhua-park-2022).
    expect(labels('园区微信公众号发布信息278条,政府网站发布信息90条,融媒体中心发布信息78条,微博发布转载信息103条。')).toEqual([
      '微信公众号发布信息', '政府网站发布信息', '融媒体中心发布信息', '微博发布转载信息',
    ]);
    // bj-hbj-2010: a total over a column and the bureau's website is neither's alone.
    expect(labels('通过政府信息公开专栏及我局政务网站主动公开政府信息2585条。')).toEqual(['主动公开政府信息']);
    // A 旗's own word for itself, as a 局's (topics.ts BODY_WORDS: every level of names.ts).
    expect(labels('通过政府信息公开专栏及我旗政务网站主动公开政府信息2585条。')).toEqual(['主动公开政府信息']);
    // 51wts-pjfgj-2024: 我局 after 和 says whose the second thing is; the total is of both, not of the second.
    expect(labels('2024年,主动公开政府信息公开目录和我局专题专栏共188条。')).toEqual(['主动公开政府信息公开目录和专题专栏']);
    // dingxi-ggzy-2020: 公开栏目 is a column of the website, not a 公开栏 (a notice board).
    expect(labels('在政府信息公开栏目发布信息9条。')).toEqual(['发布信息']);
    // guizhou-jgsw-2020, xam-sthjj-2022: a column by its own name tells what was published there from the kinds beside it.
    expect(labels('其中发布政务要闻、通知公告,工作动态等信息307条,政府信息公开专栏发布信息97条,更新完善领导简历3条')[1]).toBe('政府信息公开专栏发布信息');
    expect(labels('其中,重要活动类信息126条、环境违法行为曝光台发布信息17条。')).toEqual(['重要活动类信息', '环境违法行为曝光台发布信息']);
    // guizhou-jgsw-2023: the comma the page put for a 、 inside the list cuts no clause; the list, a verb leading it, is
    // the site's three columns whose posts were counted, read whole (发布信息 alone would name the 专栏's 79 too), not 工作动态等信息.
    // A comma before a verb still ends the clause.
    expect(labels('其中发布政务要闻、通知公告,工作动态等信息401条,政府信息公开专栏发布信息79条')).toEqual(['发布政务要闻、通知公告、工作动态等信息', '政府信息公开专栏发布信息']);
    expect(labels('整理政务要闻、通知公告,发布工作动态等信息40条')).toEqual(['发布工作动态等信息']);
    // …nor a clause's own 等 that a total follows: what it closes is what was counted, not an item of the list before.
    expect(labels('开展政务公开、政府信息公开培训,参训人员等共计200人次')).toEqual(['参训人员']);
    // gs-jinchang-tjj-2024: a channel named by its 平台 or 网 is kept by its name, after the last 通过 or 在 (not the one
    // who published there: tx-shuiwu-2024), so that it is told from the page's total (578 = 微博183+…, 发布信息).
    expect(labels('全年通过金昌市政府政务公开平台发布信息82条,通过统计网站发布信息263条')).toEqual(['金昌市政府政务公开平台发布信息', '网站发布信息']);
    expect(labels('水务集团在桐乡市政府信息公开平台主动公开政府信息43条')).toEqual(['桐乡市政府信息公开平台主动公开政府信息']);
    // zjtz-qxj-2024
    expect(labels('2024年在市政府信息公开平台主动公开信息26条;台州气象局门户网站公开信息15条,通过台州气象网主动公开信息3210条'))
      .toEqual(['市政府信息公开平台主动公开信息', '台州气象局门户网站公开信息', '台州气象网主动公开信息']);
    // wangtuan-zhen-2023: a 专题 is a column by its own name too, named beside the platform.
    expect(labels('其中政务公开平台发布信息398条,基层政务公开标准化规范化专题发布信息318条。')).toEqual(['政务公开平台发布信息', '基层政务公开标准化规范化专题发布信息']);
    // nrgd-2019: 平台 alone names none.
    expect(labels('全年通过平台发布信息1110条。')).toEqual(['发布信息']);
    // A clause before the platform (在…的…下) or 在 as 在编 names no channel (review23's wordings, built on the sentences above:
    // no page in the corpus writes them so yet).
    expect(labels('在局领导的重视下政务公开平台发布信息82条')).toEqual(['发布信息']);
    expect(labels('在岗在编人员通过平台发布信息12条')).toEqual(['发布信息']);
    expect(labels('在建项目信息公开专栏发布信息30条')).toEqual(['在建项目信息公开专栏发布信息']);
    // gx-bbwb-2022: the channel named with its account, then 累计 before the verb.
    expect(labels('微信公众号推送信息1350篇,累计阅读量42万余次、微博账号累计推送信息792条,累计阅读量80万余次。')).toEqual(['微信公众号推送信息', '阅读量', '微博推送信息', '阅读量']);
    // zlq-2021, xncz-wtlkj-2023, zhongjiang-2022: or with its platform, its 号.
    expect(labels('通过旗人民政府微信公众平台共发布信息370条。')).toEqual(['政府微信发布信息']);
    expect(labels('在“香水书院”抖音号累计发布信息41条。')).toEqual(['抖音发布信息']);
    expect(labels('通过政务微博共发布和转发视频1930条,累计观看人数148万余人次;通过抖音号共发布和转发视频434条。')[2]).toBe('抖音发布和转发视频');
    // chengbei-fuan-2011: so do the site's 栏目 by their quoted names, told apart by them.
    expect(labels('我街政府信息公开网共发布主动公开信息33条,其中“机构设置”栏目发布信息3条;“工作动态”栏目发布信息30条;发布依申请公开信息共28条。'))
      .toEqual(['发布主动公开信息', '机构设置栏目发布信息', '工作动态栏目发布信息', '发布依申请公开信息']);
    // xiaobanqiao-2018: a column by its quoted name and only the verb is counted by that name, not by name and verb.
    expect(labels('小板桥街道通过政府门户网站主动公开各类信息,其中“街道动态”公开发布99条,“自身党建”公开37条,“服务指南”公开9条。'))
      .toEqual(['街道动态', '自身党建', '服务指南']);
    // jkh-xiang-2016: and before 共, the verb right after it.
    expect(labels('在主动公开的信息中,“财政预算-决算”栏目共发布消息2条,政府工作动态20条。')).toEqual(['财政预算-决算栏目发布消息', '政府工作动态']);
    // sc-zrzyt-2023: the group a list of channels is named as (…等政务新媒体) is one channel.
    expect(labels('通过微信、微博等政务新媒体发布各类政府信息5057条。')).toEqual(['政务新媒体发布各类政府信息']);
  });

  it('reads a year without 年 as time, 共享 as no total, and 等方面 as the end of a list', () => {
    // yj-nb-2016, qingshui-jy-2023, pingwu-jt-2022.
    expect(labels('2016办(局)在省政务服务网公开行政处罚案件全年66件')).toEqual(['办(局)在省政务服务网公开行政处罚案件']);
    expect(labels('通过甘肃省信用信息共享平台公示行政许可信息306条。')).toEqual(['甘肃省信用信息共享平台公示行政许可信息']);
    expect(labels('主动公开涉及领导简介、机构职能、疫情防控等方面政府信息共231条。')).toEqual(['政府信息']);
  });

  it('reads the 共 of a word (中华人民共和国) as no total, the 共 of 共建立 as one, and a title in 《》 as one word', () => {
    // hgj-2012 (平潭环境与国土资源局), dalian-2019-trad.
    expect(labels('《中华人民共和国版权法---国家版图小知识》宣传资料共300多份')).toEqual(['《中华人民共和国版权法---国家版图小知识》宣传资料']);
    expect(labels('学习《中华人民共和国政府信息公开条例》的干部职工共120人次')).toEqual(['学习《中华人民共和国政府信息公开条例》的干部职工']);
    expect(labels('“中国大连”政府入口网站共建重点领域公开专栏33个')).toEqual(['建重点领域公开专栏']);
    expect(labels('全年共建立健全制度12项，全区共建成政务公开专区15个。')).toEqual(['建立健全制度', '建成政务公开专区']);
    expect(labels('发放《2021年政务公开工作要点》宣传册200份')).toEqual(['发放《2021年政务公开工作要点》宣传册']);
  });

  it('reads the set a breakdown is taken from (…的107条信息中) by what it holds, and 全文电子化 with what was so published', () => {
    // nyn-2017, zhz-2013 (平潭农村发展局, 综合执法局).
    expect(labels('2017年我局主动公开的107条信息中，工作动态类信息13条，占12%')).toEqual(['主动公开的信息', '工作动态类信息']);
    expect(labels('2013年度主动公开政府信息37条，其中全文电子化主动公开信息35条')).toEqual(['主动公开政府信息', '全文电子化主动公开信息']);
  });

  it('reads 信息 after 等 with the items it is said of, 应主动公开的 as what information is owed, and 申请件 as the applications', () => {
    // 平潭财政金融局 2019, 2024.
    expect(labels('财政资金管理使用情况等信息52条；财政预决算报告信息5条；工作进展动态和其他应主动公开的政府信息25条。')).toEqual([
      '财政资金管理使用情况等信息', '财政预决算报告信息', '工作进展动态和其他应主动公开的政府信息',
    ]);
    expect(labels('2024年我局共收到政府网站上政府信息公开申请件2件，办结依申请2件')).toEqual(['收到政府网站上政府信息公开申请', '办结依申请']);
  });

  it('reads the 条例\'s categories whole: what comes before 等方面的 or 等…类, and 应当主动公开的', () => {
    // 平潭 jjp-2022, jsp-2025, htp-2020 (the 条例's 第二十条 and 第十三条 words).
    expect(labels('累计主动公开政府信息90条，其中行政法规、规章和规范性文件1条，扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况4条，环境保护与安全生产等重点领域类14条。')).toEqual([
      '主动公开政府信息', '行政法规、规章和规范性文件', '扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况', '环境保护与安全生产等重点领域类',
    ]);
    expect(labels('其中法律、法规、规章和国家有关规定应当主动公开的其他政府信息2条。')).toEqual(['法律、法规、规章和国家有关规定应当主动公开的其他政府信息']);
    // What the list is of, where it says no more than 信息, stays short (平潭 hbj).
    expect(labels('在公开的信息中，属于工作动态、通知公告等方面的信息有63条。')).toEqual(['信息']);
    // Nor what a list is of where a verb leads it or the noun is no category (review of this change); a verb of publishing
    // keeps, the examples cut, as 主动公开…等重点领域信息 does (below).
    expect(labels('公开教育、医疗等方面的政策文件12条。收到涉及民生等方面的申请5件。公开了财政、人事等重点领域信息30条。')).toEqual(['政策文件', '申请', '公开重点领域信息']);
    expect(labels('涉及财政、人事等重点领域信息30条。')).toEqual(['重点领域信息']);
  });

  it('counts the content before 的 where kinds of it are counted, the 目录 being theirs (yongchun-chengxiang-2016)', () => {
    expect(labels('《目录》包括10类主动公开内容的目录,便于人民群众查询')).toEqual(['主动公开内容']);
  });

  it('keeps a list whole where one of its items opens with its year (sanming-2018: …、2018年市政府第一次全体会议、…信息47条)', () => {
    expect(labels('在政府网站公开全市金融风险防控专题会议、助力精准扶贫工作会议、2018年市政府第一次全体会议、常务会议信息47条')).toEqual([
      '政府网站公开全市金融风险防控专题会议、助力精准扶贫工作会议、2018年市政府第一次全体会议、常务会议信息',
    ]);
  });

  it('drops 有关的 left at the head when what it related to was a filler (izibackup-wwj-2017-spam, a 局\'s 2017 report copied)', () => {
    expect(labels('2017年度针对我局有关的行政复议案0件')).toEqual(['行政复议案']);
  });

  it('cuts the examples a verb leads before 等 from what it published: 主动公开…等政府信息 counts 政府信息 (baokang-2020, chengkou-xzfjg-2020)', () => {
    expect(labels('主动公开疫情防控数据、财政数据、环境保护、食品药品安全、应急管理、公益事业建设、重大项目建设、交易监管等政府信息7074条')).toEqual(['主动公开政府信息']);
    // …with the manners listed before the verb, and a verb run (公开发布) whole (guangyuan-zhaohua-weizi-2022).
    expect(labels('全年通过政府网站、微信公众号等平台,依法、及时向社会公开政务要闻、政府文件、重大决策、便民服务等政府信息共计4891条')).toEqual(['向社会公开政府信息']);
    expect(labels('其中,通过区政府门户网站公开发布政务要闻、安全生产、应急管理等政府信息46条')).toEqual(['政府门户网站发布政府信息']);
    // One manner or two run together, opening the words or right before the verb, as much as a list of them.
    expect(labels('依法及时公开行政许可、行政处罚、行政强制等政府信息352条')).toEqual(['公开政府信息']);
    expect(labels('通过门户网站及时公开政府文件、政府会议、政务要闻等信息25条')).toEqual(['门户网站公开信息']);
    // Two items before information alone are what it is, not examples: they stay (the manners still go).
    expect(labels('主动公开财政预算、决算等信息42条')).toEqual(['主动公开财政预算、决算等信息']);
    expect(labels('其中,通过区政府门户网站公开发布安全生产、应急管理等政府信息46条')).toEqual(['政府门户网站发布安全生产、应急管理等政府信息']);
    expect(labels('依法、及时公开行政许可、行政处罚等政府信息352条')).toEqual(['公开行政许可、行政处罚等政府信息']);
    // Not where an item runs into another, the page having lost their 、 (yj-qiaoxia-2017).
    expect(labels('通过微信公众号公开政府动态信息通知公告、政策法规等信息共30条')).toEqual(['微信公众号公开信息']);
    // A kind after the list keeps its own words (xining-huangyuan-zfb-2021's wording); a list no verb leads stays whole.
    expect(labels('主动公开人事任免、招投标、稳岗就业等重点领域信息60条')).toEqual(['主动公开重点领域信息']);
    expect(labels('财政预算、决算等信息52条')).toEqual(['财政预算、决算等信息']);
  });

  it('reads a list closed by 等类信息 or 等情况类信息 with its items: the kind alone says nothing (the 2008 乡镇 categories)', () => {
    // 洛江区虹山乡 2011 (the 福建 乡镇 catalogue's categories).
    expect(labels('征收或征用土地、房屋拆迁及其补助等类信息0条,乡镇的债权债务、筹资酬劳等情况类信息0条;抢险救灾、优抚、救济、社会捐助等情况类信息3条;')).toEqual([
      '征收或征用土地、房屋拆迁及其补助等类信息', '乡镇的债权债务、筹资酬劳等情况类信息', '抢险救灾、优抚、救济、社会捐助等情况类信息',
    ]);
  });

  it('reads 等 with what it calls the items (等原因, 等栏目, 等渠道) as the end of a list', () => {
    // shanwei-gaj-2021, xingguo-nyj-2023, whkfq-wjj-2020.
    expect(labels('因本机关不掌握或需要加工汇总等原因无法提供5宗。')).toEqual(['无法提供']);
    expect(labels('通过县政府网政务咨询等栏目回应公众关注热点14次。')).toEqual(['回应公众关注热点']);
    expect(labels('通过宣传展板、宣传册、电子屏、微信公众号等渠道公开各类信息8000余条。')).toEqual(['公开各类信息']);
  });

  it('drops 涵盖 opening a clause, and 与 joining it to the count before, brackets after that count or not', () => {
    // zjc-longshan-2024.
    expect(labels('协助处理天水市 12345 热线工单 378 条,涵盖投诉类328条(占比 86.7%)与政策咨询类 50 条(占比13.2%)。')).toEqual([
      '协助处理天水市12345热线工单', '投诉类', '政策咨询类',
    ]);
    // wuxi-xishan-anzhen-2025: 内容涵盖 opens the breakdown as 涵盖 does.
    expect(labels('全年累计公开信息59条,内容涵盖政务信息12条、基层政务8条')).toEqual(['公开信息', '政务信息', '基层政务']);
  });

  it('starts after a count whose unit a copy lost (信息1363), but keeps the numbers that name a hotline', () => {
    // xj-bgt-2022 (a mirror), sjz-jyj-2021.
    expect(labels('新疆政府网微信公众号推送信息1363微博发布信息1155条')).toEqual(['微博发布信息']);
    expect(labels('在局官网“互动交流”专栏答复网民留言1424条,办理12345热线交办事项6155件')).toEqual(['答复网民留言', '办理12345热线交办事项']);
  });

  it('starts after a list\'s item whose figure the page lost (部门概况类信息条、), its unit right after what it counts', () => {
    // xingan-aes-yjj-2020.
    expect(labels('主动公开政府信息80条,其中通知公告类信息20条、工作动态类信息29条、部门概况类信息条、政策文件类信息14条、规划类信息1条')).toEqual([
      '主动公开政府信息', '通知公告类信息', '工作动态类信息', '政策文件类信息', '规划类信息']);
  });

  it('starts after a year run on from a heading\'s words (数量2022年), which is no count whose unit was lost', () => {
    // 平潭综合实验区财政金融局 2022: the sub-heading (一) runs into its paragraph; the label kept the year's 年.
    expect(labels('(一)主动公开政府信息的数量2022年制作、获取政府信息总数473条，其中主动公开政府信息123条')).toEqual([
      '制作、获取政府信息总数', '主动公开政府信息',
    ]);
  });

  it('starts after the share of the count before where the page lost the comma after it (占66.42%通过…)', () => {
    // gs-qingyang-2021.
    expect(labels('县(区)政府及所属部门主动公开政府信息65781条,占66.42%通过政府公报公开64条,政府网站公开61134条')).toEqual([
      '主动公开政府信息', '政府公报公开', '政府网站公开',
    ]);
    expect(labels('受理申请20件,占比12.5%办结申请18件')).toEqual(['受理申请', '办结申请']);
  });

  it('names what a measure of the year is of (行政处罚本年处理决定数量), and what 公开 alone was done to', () => {
    // szgm-yj-2023, tunchang-jt-2022.
    expect(labels('行政处罚本年处理决定数量803条,行政强制本年处理决定数量2条。')).toEqual(['行政处罚处理决定数量', '行政强制处理决定数量']);
    expect(labels('主动公开数据 2016年主动公开政府信息数 2030 条。')).toEqual(['主动公开政府信息数']);
    // hi-sthjt-2022: the year said in place of 本年.
    expect(labels('行政许可2022年处理决定数量450项。')).toEqual(['行政许可处理决定数量']);
    expect(labels('重点项目共公开63条,及时更新重点建设的项目名单。')).toEqual(['重点项目']);
  });

  it('reads a count of information alone in its clause by what the clause before says (…统计数据,共计24条信息)', () => {
    // sx-jtyst-2021.
    expect(labels('在厅网站“统计数据”专栏,公示全省交通固定资产投资完成情况、客货运输量统计数据,共计24条信息')).toEqual([
      '公示全省交通固定资产投资完成情况、客货运输量统计数据',
    ]);
  });

  it('names the means as a group (宣传车公开栏等方式) as the channels beside it are, without the word that leads to them', () => {
    // linyi-suan-2018.
    expect(labels('其中,通过政府网站公开政府信息1600条;利用微信公众号公开政府信息450条;利用宣传车公开栏等方式公开各类政府信息453条')).toEqual([
      '政府网站公开政府信息', '微信公众号公开政府信息', '宣传车公开栏等方式公开各类政府信息',
    ]);
    // The parts of one total read alike, the website's and the notice board's (meihekou-heping-2020, weishan-niujie-2019).
    expect(labels('通过乡政府政务公开栏公开信息12条')).toEqual(['乡政府政务公开栏公开信息']);
    expect(labels('在村公示栏公开政府相关工作5次')).toEqual(['村公示栏公开政府相关工作']);
    // guizhou-jgsw-2023: 公布 as 公开.
    expect(labels('在贵州机关事务政务微博公布信息257条')).toEqual(['贵州机关事务政务微博公布信息']);
    // Words that lead to the channel twice say how it got there (benxi-wsjkw-2021); 通过 that passes a review is no means.
    expect(labels('通过信息报送在市政府网站公开信息数12条')).toEqual(['通过信息报送在市政府网站公开信息数']);
    expect(labels('通过审核公开信息12条')).toEqual(['通过审核公开信息']);
    // …nor 通过 before other checks passed: 通过 is "passed", and what passed is what was counted.
    expect(labels('通过合法性审查并公开的规范性文件3件')).toEqual(['通过合法性审查并公开的规范性文件']);
    expect(labels('通过考核后公示的人员名单2批')).toEqual(['通过考核后公示的人员名单']);
    expect(labels('通过认定并公布的企业名单4批')).toEqual(['通过认定并公布的企业名单']);
    expect(labels('通过备案并公开的行政规范性文件6件')).toEqual(['通过备案并公开的行政规范性文件']);
  });

  it('reads 等载体 and 等形式 as 等方式 closing the group of means, no word of what was done by them', () => {
    // hospital-huaibei-fuyou-2021: not 载体向社会公布信息 (a list too long to be kept as one group).
    expect(labels('2021年,我院依托市政府信息公开网、医院官网、微信公众号等载体向社会公布信息747条,内容涵盖单位领导。')).toEqual(['向社会公布信息']);
    expect(labels('通过公开栏、宣传册等形式公开信息52条')).toEqual(['公开栏、宣传册等形式公开信息']);
    // Not where the group is what was built (xianning-zwsjj-2025's …门户网站、政务新媒体等平台建设, here counted): 载体建设, 平台建设 stay whole.
    expect(labels('完成网站、新媒体等载体建设3个,公开栏等渠道建设5个。')).toEqual(['载体建设', '渠道建设']);
  });

  it('keeps what was done to a noun of two characters said after its year (对外公示2021年政务)', () => {
    // hb-sjz-zhongshan-2021.
    expect(labels('中山街道累计对外公示2021年政务135条,处理行政决定数量2910个')).toEqual(['对外公示政务', '处理行政决定数量']);
    expect(labels('全年公开2021年度预算信息12条')).toEqual(['预算信息']);
  });

  it('keeps the verb after a body that did it: the body alone names no count (bj-dongcheng-2023)', () => {
    expect(labels('全年全区共受理申请公开800件,结转下年度办理39件,区政府本级共受理206件,结转下年度办理6件。')).toEqual([
      '受理申请公开', '结转下年度办理', '区政府本级受理', '结转下年度办理',
    ]);
    expect(labels('市直机关共答复12件。')).toEqual(['市直机关答复']);
  });

  it('stops before 超 that makes a count approximate', () => {
    // cq-scjg-2023.
    expect(labels('全年通过网站主动公开信息2405条,网站访问量超364万次。')).toEqual(['网站主动公开信息', '网站访问量']);
  });

  it('keeps the channel where 共 or 全年 stands before the verb, or the channel is the clause before (probe Y)', () => {
    // hlj-fuyuan-fgj-2023, sx-gaoping-bgs-2022, hlj-harbin-swj-2022.
    expect(labels('“抚远发改”微信公众号,共发布信息216条。')).toEqual(['微信公众号发布信息']);
    expect(labels('“高平市人民政府”微信公众号全年发布信息2901条。政府网站共发布信息100条。')).toEqual(['微信公众号发布信息', '政府网站发布信息']);
  });

  it('keeps the verb before 我区 and whose thing it was done to (报送我区政务信息, 公开我县政策解读类信息)', () => {
    // dalian-gxq-2024, nanyang-tongbai-2023, pingtan-2021.
    expect(labels('加大了园区宣传力度,向市政府门户网站报送我区政务信息88条,超额完成任务。')).toEqual(['向市政府门户网站报送政务信息']);
    expect(labels('全年主动公开我区各级单位政府信息2645条。')).toEqual(['主动公开各级单位政府信息']);
  });

  it('keeps the channel the clause before opens with, as its subject, but not one where something else was done', () => {
    // wuxi-xishan-anzhen-2025, mirror-yxjlzs-shangrao-2022; hunan-szfbgt-2020.
    expect(labels('同时,活力安镇微信公众号保持常态化运营,全年发布信息502篇,有效拓展了政务公开渠道。')).toEqual(['微信公众号发布信息']);
    expect(labels('2022年,市政府微信公众号保持每日更新,共发布信息1193条。')).toEqual(['政府微信公众号发布信息']);
    expect(labels('在全国省级政府网站率先建立“抗击新冠肺炎疫情—湖南在行动”专栏,发布疫情防控举措445条。')).toEqual(['发布疫情防控举措']);
    // …nor the channel the clause before tends: what follows is the year's, wherever published.
    expect(labels('规范政务新媒体运营,全年主动公开政府信息1200条。')).toEqual(['主动公开政府信息']);
    expect(labels('不断优化政府网站栏目设置,全年发布信息1200条。')).toEqual(['发布信息']);
    // A date in the clause before is no count of it (huludao-gxq-2024).
    expect(labels('高新区拓展政府信息公开渠道,9月份开通葫芦岛高新区公众号,发布信息64条。')).toEqual(['公众号发布信息']);
  });

  it('reads past examples in brackets (政务新媒体(微信公众号等)) and 约为 before the number', () => {
    // nm-baoligenhua-2025, hi-sthjt-2022.
    expect(labels('其中通过政府网站公开50条,通过政务新媒体(微信公众号等)公开229条。')).toEqual(['政府网站公开', '政务新媒体公开']);
    expect(labels('浏览量约为980862次。')).toEqual(['浏览量']);
  });

  it('ends a label after the unit at a verb marked done (公开了), at 分管 and 继续, but keeps 结转到 and a word in brackets', () => {
    // nmg-2013-trad, jiangle-anren-2010, bj-dongcheng-zjw-2023, zjtcn-city-2013.
    expect(labels('2013年,67个区直单位公开了本年度部门预算')).toEqual(['区直单位']);
    expect(labels('由1名副职领导分管政府信息公开工作。明确1名分管领导分管政务信息工作。')).toEqual(['副职领导', '分管领导']);
    expect(labels('另有23件申请结转到下年度继续办理。')).toEqual(['申请结转到下年度']);
    expect(labels('到七个县(市)区、22个市政府部门和单位检查了政务公开工作')).toEqual(['县(市)区', '市政府部门和单位']);
    // 无法提供 is what came of them, not a verb ending the label.
    expect(labels('共受理申请5件,其中1件予以公开,4件无法提供。')).toEqual(['受理申请', '予以公开', '无法提供']);
  });

  it('ends a label after a unit of people at 和 where no people follow it, but runs on where they do (yongtai-chixi-2010)', () => {
    expect(labels('并明确了1名兼职人员和工作职责。')).toEqual(['兼职人员']);
    expect(labels('由2名分管领导和工作人员负责。')).toEqual(['分管领导和工作人员']);
    // Other units count the things 和 joins: 部门和单位 are one set of bodies.
    expect(labels('22个市政府部门和单位。')).toEqual(['市政府部门和单位']);
  });
});

describe('counts run together', () => {
  it('reads a count of kinds and the counts after it as one phrase: what the last counts, or what stands before the kinds', () => {
    // 上海 2009 (old18, 6大类 no figure); pt-2019 (whole15).
    expect(labels('以深化公开内容为核心,提出了6大类30条109项工作任务,并逐一明确责任部门和工作要求')).toEqual(['工作任务', '工作任务']);
    expect(labels('已入驻中介机构868家、服务事项5大类53项，企业或者群众可以在办事窗口、线上办事大厅有效地查阅相关信息')).toEqual(['入驻中介机构', '服务事项']);
    // …六大类 as well; but a numeral's 类 without 大 names a class (一类, 二类: class I, II), no count of kinds.
    expect(labels('提出了六大类30条109项工作任务')).toEqual(['工作任务', '工作任务']);
    expect(labels('公开行政许可事项120项，其中一类15项')).toEqual(['公开行政许可事项', '一类']);
    // …and no count of kinds itself: 二类 (not 一, no article) is no 2类 before the 105项 it names.
    expect(labels('公开行政许可事项120项，其中一类15项、二类105项')).toEqual(['公开行政许可事项', '一类', '二类']);
  });

  it('ends the noun after a count at words that say how it was done (逐一, 逐项, 定期: qingdao-2019-zjtcn)', () => {
    expect(labels('14项重大决策事项逐一列明承办部门、决策时间及公众参与方式。')).toEqual(['重大决策事项']);
    expect(labels('29项公开挂牌督办事项定期在青岛政务网公开阶段性进展及完成情况。')).toEqual(['公开挂牌督办事项']);
  });

  it('reads a count run straight into a finer one as counting the same things (qingdao-2019-zjtcn: 10件27项市办实事)', () => {
    expect(labels('按月发布10件27项市办实事推进和完成情况。')).toEqual(['市办实事推进', '市办实事推进']);
  });

  it('names each count of a list run together by the words before it, where the next item lost its unit (zlq-2021)', () => {
    expect(labels('其中概况类信息348条政务要闻415条通知公告307不动产公告84条工作动态404条')).toEqual(['概况类信息', '政务要闻', '通知公告', '不动产公告', '工作动态']);
  });
});
