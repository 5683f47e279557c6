import { describe, expect, it } from 'vitest';
import type { ProseFigure } from '../schema.ts';
import { carriedIn, ofAnotherYear, oneChannel, outcomeTopic, partTopic, proseScope, proseTopic } from './topics.ts';

const figure = (label: string, unit: string | null, text = label): ProseFigure =>
  ({ label, value: 1, unit, approximate: false, text, parts: [] });

describe('proseTopic', () => {
  it.each([
    ['收到政府信息公开申请', '件', 'applicationsReceived'],
    ['受理公开政府信息申请', '件', 'applicationsReceived'],
    ['答复政府信息公开申请', '件', 'applicationsProcessed'],
    ['办结政府信息公开申请', '件', 'applicationsProcessed'],
    ['办理政府信息公开申请', '件', 'applicationsHandled'],
    ['信息公开类行政复议', '件', 'review'],
    ['信息公开行政诉讼', '件', 'litigation'],
    ['主动公开信息', '条', 'activeDisclosed'],
    ['主动公开各类政府信息', '条', 'activeDisclosed'],
    ['受理政府信息公开申请', '宗', 'applicationsReceived'],
    // 收 alone where what it received follows (全年收政府信息公开申请464件: gaj-wuhan-2024).
    ['收政府信息公开申请', '件', 'applicationsReceived'],
    ['办理结果', '件', 'applicationsProcessed'],
    ['动态更新本年度制发的规范性文件', '件', 'normativeDocumentsIssued'],
    ['制定规范性文件', '件', 'normativeDocumentsIssued'],
  ] as const)('%s (%s) → %s', (label, unit, topic) => {
    expect(proseTopic(figure(label, unit))).toBe(topic);
  });

  it.each([
    ['按时办结', '件'], ['当面申请', '件'], ['政府信息公开申请', '件'], ['政府信息公开咨询', '人次'],
    ['主动公开规范性文件信息', '条'], ['主动公开规章', '件'], ['收到政府信息公开申请', '人次'],
    ['召开新闻发布会', '次'], ['通过其他方式公开政府信息数', null], ['受理各类行政许可申请', '件'],
    ['网上申请', '件'], ['行政诉讼败诉', '件'], ['收取费用', '元'], ['公开人大代表建议和政协提案办理结果', '件'],
    ['顺延到下年度答复的申请', '件'], ['收取信息处理费的政府信息公开申请案件', '件'], ['累计主动公开信息', '条'],
    ['办结不动产登记申请', '件'], ['全文电子化的主动公开信息数', '条'], ['受理验收申请', '件'], ['收费信息公开', '件'],
  ] as const)('%s (%s) corresponds to no table figure', (label, unit) => {
    expect(proseTopic(figure(label, unit))).toBeNull();
  });
});

describe('the applications received, more narrowly', () => {
  it('takes those newly received for 本年新收, and a part naming those carried in for 上年结转 (sayibak-2023)', () => {
    expect(proseTopic(figure('本年度新收政府信息公开申请', '件'))).toBe('applicationsNew');
    expect(['新收', '上年结转', '上年结转申请数', '当面申请', '结转至下年办理'].map((label) => partTopic('applicationsReceived', { label, unit: '件' })))
      .toEqual(['applicationsNew', 'applicationsCarriedOver', 'applicationsCarriedOver', null, null]);
    expect(partTopic('applicationsProcessed', { label: '新收', unit: '件' })).toBeNull();
    // Of any count of the applications: shanghai-office-2019's 答复政府信息公开申请805件（含上年度结转申请18件…）.
    expect(partTopic('applicationsProcessed', { label: '上年度结转申请', unit: '件' })).toBe('applicationsCarriedOver');
    expect(partTopic('review', { label: '上年结转', unit: '件' })).toBeNull();
    expect(partTopic('applicationsReceived', { label: '新收', unit: '人次' })).toBeNull();
  });

  it('takes those carried in, said alone, for 上年结转 (上年结转政府信息公开申请3件, 另有上年度结转申请2件), not a 复议 carried in', () => {
    expect(['上年结转政府信息公开申请', '上年度结转申请', '上一年度结转的政府信息公开申请'].map((label) => proseTopic(figure(label, '件'))))
      .toEqual(['applicationsCarriedOver', 'applicationsCarriedOver', 'applicationsCarriedOver']);
    expect(proseTopic(figure('上年结转行政复议申请', '件'))).toBeNull();
    expect(proseTopic(figure('结转下年度的政府信息公开申请', '件'))).toBe('applicationsCarriedForward');
  });

  it('not those carried forward, though the words name last year first (上年度结转下年度办理的申请) or say 转入下年度: 表三\'s 结转下年度', () => {
    expect(['上年度结转下年度办理的申请', '上年度结转下年度继续办理申请', '转入下年度办理的申请'].map((label) => proseTopic(figure(label, '件'))))
      .toEqual(Array(3).fill('applicationsCarriedForward'));
    expect(['上年度结转下年度办理', '上年结转至下一年度'].map(carriedIn)).toEqual([false, false]);
    expect(partTopic('applicationsProcessed', { label: '上年度结转下年度办理的申请', unit: '件' })).toBeNull();
  });

  it('not those its sentence says were cases (上年结转申请1件 of 行政复议), by the words before it or the clause after', () => {
    expect(['本年度收到的行政复议申请中，上年结转申请1件。', '行政复议方面，本年新收行政复议申请2件，上年结转申请1件。', '上年结转申请1件，为行政复议案件。']
      .map((text) => proseTopic(figure('上年结转申请', '件', text)))).toEqual([null, null, null]);
    // Disclosure named last before it, or a count after it: the applications'.
    expect(['本年度收到政府信息公开申请5件，上年结转申请1件，行政复议0件。', '行政复议0件；本年度收到政府信息公开申请5件，上年结转申请1件。']
      .map((text) => proseTopic(figure('上年结转申请', '件', text)))).toEqual(['applicationsCarriedOver', 'applicationsCarriedOver']);
  });

  it('tells the applications carried over from last year from those carried forward to the next', () => {
    expect(['上年结转', '上一年度结转', '上年度结转申请数', '上年结转的'].filter(carriedIn)).toHaveLength(4);
    expect(['结转下年度', '结转至下年办理', '结转下一年处理', '按时办结'].filter(carriedIn)).toEqual([]);
  });
});

describe('what the sentence says', () => {
  it('takes 复议 and 诉讼 for the table\'s only where the sentence ties them to disclosure (a 司法局 handles all kinds)', () => {
    expect(proseTopic(figure('收到行政复议申请', '件', '全年共收到行政复议申请120件，审结115件'))).toBeNull();
    expect(proseTopic(figure('行政复议', '件', '因政府信息公开被申请行政复议1件'))).toBe('review');
    // …or the heading of the part it stands in.
    const underHeading = figure('行政复议案', '件', '2017年度针对我局有关的行政复议案0件');
    expect(proseTopic(underHeading)).toBeNull();
    expect(proseTopic(underHeading, () => '五、因信息公开引起的行政复议和行政诉讼情况')).toBe('review');
  });

  it('takes one kind of suit, or what came of the cases, for no count of them all, though the sentence is about disclosure', () => {
    const about = (label: string) => proseTopic(figure(label, '件', `因政府信息公开工作${label}1件`));
    expect(['复议后起诉', '直接提起行政诉讼', '行政复议结果维持', '行政复议纠正', '行政诉讼结果维持'].map(about)).toEqual([null, null, null, null, null]);
    expect(['被申请行政复议', '被提起行政诉讼'].map(about)).toEqual(['review', 'litigation']);
  });

  it('takes what one channel other than the portal published for a part, and what several did for the total', () => {
    expect(proseTopic(figure('主动公开政府信息', '条', '2018年,小板桥街道通过政务微博主动公开政府信息1500条'))).toBeNull();
    expect(proseTopic(figure('主动公开政府信息', '条', '全年通过门户网站、政务微博、微信公众号等渠道主动公开政府信息1700条'))).toBe('activeDisclosed');
    expect(proseTopic(figure('主动公开政府信息', '条', '全年主动公开政府信息1700条并同步推送至政务微博'))).toBe('activeDisclosed');
    // The same label twice: the clause with this figure's value decides.
    expect(proseTopic({ ...figure('主动公开政府信息', '条', '通过政务微博主动公开政府信息300条，全年主动公开政府信息1700条'), value: 1700 })).toBe('activeDisclosed');
    expect(proseTopic({ ...figure('主动公开政府信息', '条', '通过政务微博主动公开政府信息300条，全年主动公开政府信息1700条'), value: 300 })).toBeNull();
  });

  it('reads joints only between channels: not 及时, nor a name (和平街道), nor a list of what was published', () => {
    for (const text of ['通过政务微博及时主动公开政府信息300条', '通过和平街道微信公众号主动公开政府信息300条', '通过政务微博主动公开政策法规、工作动态等信息300条']) {
      expect(proseTopic({ ...figure('主动公开政府信息', '条', text), value: 300 })).toBeNull();
    }
    expect(proseTopic({ ...figure('主动公开政府信息', '条', '通过门户网站和政务微博主动公开政府信息300条'), value: 300 })).toBe('activeDisclosed');
    // A label that names its channel by its own name (as label.ts gives it) is found in its sentence.
    expect(proseTopic({ ...figure('政务微博主动公开政府信息', '条', '全年主动公开政府信息1700条，通过区政务微博主动公开政府信息300条'), value: 300 })).toBeNull();
  });
});

describe('what the Pingtan reports of 2011–2015 say that is not what their 统计表 counts', () => {
  it('takes no service centre\'s approvals for disclosure applications, but applications in its sentence that speaks of 公开 (pingtan-2014)', () => {
    const centre = '目前，区县已入驻审批服务部门和单位13个，开设窗口26个，共受理申请121510件';
    expect(proseTopic(figure('受理申请', '件', centre))).toBeNull();
    expect(proseTopic(figure('受理申请', '件', '在政务服务中心设立政府信息公开窗口，共受理申请5件'))).toBe('applicationsReceived');
    expect(proseTopic(figure('受理申请', '件', '建立窗口服务大厅，区县已入驻审批服务部门和单位13个，开设窗口24个，共受理申请136437件'))).toBeNull();
  });

  it('counts applications in 份 where the label says 申请, and nothing else in 份 (pingtan-2013, pingtan-2018)', () => {
    expect(proseTopic(figure('有关政府信息公开行政复议申请', '份', '2013年全区未收到有关政府信息公开的申请，收到1份有关政府信息公开行政复议申请已及时处理'))).toBe('review');
    expect(proseTopic(figure('收到政府信息公开申请', '份'))).toBe('applicationsReceived');
    expect(proseTopic(figure('主动公开政策性文件', '份'))).toBeNull();
    expect(proseTopic(figure('行政复议决定书', '份'))).toBeNull();
  });

  it('counts in 条 or 份 only the applications themselves, not the information they ask for nor their papers (jjf-2023)', () => {
    expect(proseTopic(figure('收到政府信息公开申请', '条', '2023年，共收到政府信息公开申请0条'))).toBe('applicationsReceived');
    expect(proseTopic(figure('答复依申请公开政府信息', '条', '全年共答复依申请公开政府信息35条'))).toBeNull();
    expect(proseTopic(figure('受理政府信息公开申请材料', '份', '受理政府信息公开申请材料30份'))).toBeNull();
    expect(partTopic('applicationsReceived', { label: '上年结转申请材料', unit: '份' })).toBeNull();
  });
});

describe('outcomeTopic', () => {
  const said = (label: string, text: string) => outcomeTopic({ ...figure(label, '件', text), value: Number(/\d+(?=件)/.exec(text)![0]) });

  it('reads 表三\'s outcome rows from the words up to the count, a frame before them allowed (shanghai-office-2019 and other wordings)', () => {
    expect(said('予以公开及部分公开', '予以公开及部分公开258件，占33.9%')).toEqual({ rows: ['granted', 'partiallyGranted'], or: null });
    expect(said('全部或部分公开', '从办理结果看，全部或部分公开20件，不予公开2件')).toEqual({ rows: ['granted', 'partiallyGranted'], or: null });
    expect(said('予以公开', '其中，予以公开（含部分公开）258件')).toEqual({ rows: ['granted', 'partiallyGranted'], or: null });
    expect(said('不予公开', '不予公开35件，占4.34%')).toEqual({ rows: ['withheld'], or: null });
    expect(said('属于同意公开', '在已办结的申请中，属于同意公开的60件，不同意公开的5件')).toEqual({ rows: ['granted'], or: ['granted', 'partiallyGranted'] });
    expect(said('不同意公开', '在已办结的申请中，属于同意公开的60件，不同意公开的5件')).toEqual({ rows: ['withheld'], or: null });
    expect(said('予以公开', '本年度办理结果为：予以公开12件，部分公开3件')).toEqual({ rows: ['granted'], or: null });
    // 部分公开 in the words of 《条例》第三十七条 (区分处理), quoted or not (jtj-2021, gaj-2024).
    expect(said('区分处理后公开', '该5件政府信息公开申请告知书中,“同意公开”3件,“区分处理后公开”1件，“无法提供”1件')).toEqual({ rows: ['partiallyGranted'], or: null });
    expect(said('区分处理后公开', '区分处理后公开1件，占比12.5%')).toEqual({ rows: ['partiallyGranted'], or: null });
  });

  it('takes a reason named for its row, and with 等 for its row or the whole outcome; a reason 表三 has no row for, or a part of the applications, for none', () => {
    expect(said('无法提供', '因本机关不掌握等原因无法提供265件，占32.9%')).toEqual({ rows: ['unavailable.notHeld'], or: ['unavailable'] });
    expect(said('因属于信访举报投诉类申请不予处理', '因属于信访举报投诉类申请不予处理6件')).toEqual({ rows: ['notProcessed.complaint'], or: null });
    expect(said('不属于政府信息公开范围不予处理', '经审查，不属于政府信息公开范围不予处理2件')).toBeNull();
    expect(said('因信息不存在无法提供', '因信息不存在无法提供4件')).toBeNull();
    expect(said('予以公开', '网上申请中，予以公开20件')).toBeNull();
    // …a part of them with a reason named (from review); all of them with it, the same reason's row.
    expect(said('涉及个人隐私不予公开', '全年收到申请86490件，其中网上申请中涉及个人隐私不予公开2件')).toBeNull();
    expect(said('涉及个人隐私不予公开', '全年收到申请86490件，其中涉及个人隐私不予公开2件')).toEqual({ rows: ['withheld.thirdPartyRights'], or: null });
    expect(said('主动公开', '主动公开30件')).toBeNull();
  });

  it('takes a reason with its own lead words before it for its row (from review: 因申请内容不明确, 因需另行制作, 以…为由)', () => {
    const text = '本年度办理结果中，因申请内容不明确无法提供30件，因需另行制作无法提供40件，以属于内部事务信息为由不予公开9件';
    const at = (label: string, value: number) => outcomeTopic({ ...figure(label, '件', text), value });
    expect(at('因申请内容不明确无法提供', 30)).toEqual({ rows: ['unavailable.stillUnclear'], or: null });
    expect(at('因需另行制作无法提供', 40)).toEqual({ rows: ['unavailable.needsCreation'], or: null });
    expect(at('以属于内部事务信息为由不予公开', 9)).toEqual({ rows: ['withheld.internalAffairs'], or: null });
    expect(said('因没有现成信息无法提供', '因没有现成信息无法提供12件')).toEqual({ rows: ['unavailable.needsCreation'], or: null });
    // A part's still not: its words stay before the lead words.
    expect(said('因申请内容不明确无法提供', '其中网上申请中因申请内容不明确无法提供3件')).toBeNull();
  });

  it('reads the outcomes of a count of applications among its parts, and the reasons of an outcome among its', () => {
    const text = '全年共办结政府信息公开申请40件，其中予以公开30件，部分公开5件，无法提供4件，其中本机关不掌握相关政府信息3件';
    expect(partTopic('applicationsProcessed', { label: '予以公开', unit: '件' }, text)).toEqual({ rows: ['granted'], or: null });
    expect(partTopic({ rows: ['unavailable'], or: null }, { label: '本机关不掌握相关政府信息', unit: '件' }, text)).toEqual({ rows: ['unavailable.notHeld'], or: null });
    expect(partTopic('review', { label: '予以公开', unit: '件' }, text)).toBeNull();
    // The outcomes of those carried in alone are a part of 表三's.
    expect(partTopic('applicationsCarriedOver', { label: '予以公开', unit: '件' }, '上年结转申请5件，其中予以公开3件')).toBeNull();
  });
});

describe('oneChannel', () => {
  it('names the one channel by its own name, without its owner or account; none where several are listed', () => {
    expect(oneChannel('通过微信公众号“人文廿三里”')).toBe('微信公众号');
    expect(oneChannel('依托梅河口市政府网站')).toBe('政府网站');
    expect(oneChannel('通过政务微博及时')).toBe('政务微博');
    expect(oneChannel('通过门户网站、政务微博')).toBeNull();
    expect(oneChannel('通过政务微信公众号“和平街道”和政务微博')).toBeNull();
    expect(oneChannel('通过资阳日报、电视台')).toBeNull();
    expect(oneChannel('通过审计信息专栏')).toBeNull();
  });
});

describe('proseTopic: documents in force', () => {
  it('takes what a cleanup found in force, said anywhere before the figure in its sentence, for no count of 表二', () => {
    const inForce = (text: string) => proseTopic(figure('现行有效的行政规范性文件', '件', text));
    expect(inForce('集中公开现行有效的行政规范性文件10件')).toBe('normativeDocumentsInForce');
    expect(inForce('清理并集中发布现行有效的行政规范性文件10件')).toBeNull();
    expect(inForce('经清理，现行有效的行政规范性文件10件')).toBeNull();
    expect(inForce('上年开展清理。现行有效的行政规范性文件10件')).toBe('normativeDocumentsInForce');
  });
});

describe('proseScope', () => {
  it('tells the whole area from the issuing office', () => {
    expect(proseScope(figure('受理公开政府信息申请', '件', '2019年,全市各级行政机关受理公开政府信息申请42件,按时办结42件'))).toBe('whole-area');
    expect(proseScope(figure('回应解读', '件', '各级政府共回应解读共0件'))).toBe('whole-area');
    expect(proseScope(figure('受理政府信息公开申请', '件', '市政府办公厅代表市政府共受理政府信息公开申请859件'))).toBe('issuer');
    expect(proseScope(figure('收到政府信息公开申请', '件', '共收到政府信息公开申请0件'))).toBe('issuer');
  });
});

describe('proseScope: a part of what the report counts', () => {
  const said = (label: string, value: number, text: string): ProseFigure => ({ label, value, unit: '条', approximate: false, text, parts: [] });
  it('takes a share of the total for a part (pingtan-county-2011), not a rate of change', () => {
    expect(proseScope(said('主动公开政府信息', 303, '主动公开的政府信息，县直各单位主动公开政府信息303条，占71.3%'))).toBe('part');
    expect(proseScope(said('主动公开政府信息', 122, '各乡镇主动公开政府信息122条，占28.7%'))).toBe('part');
    expect(proseScope(said('主动公开政府信息', 303, '我局主动公开政府信息303条，同比增长71.3%'))).toBe('issuer');
    expect(proseScope(said('主动公开政府信息', 122, '各乡镇主动公开政府信息122条'))).toBe('whole-area');
    // Any level's places (各旗 as 各乡镇), but no 市场.
    expect(proseScope(said('主动公开政府信息', 122, '各旗主动公开政府信息122条'))).toBe('whole-area');
    expect(proseScope(said('主动公开政府信息', 122, '我局向各市场主体主动公开政府信息122条'))).toBe('issuer');
  });
  it('takes one office\'s count that its sentence sets against the other bodies for a part (pingtan-county-2012)', () => {
    const office = '在互联网上，2012年县政府公开办主动公开信息数为1795条，其他主动公开信息量较大部门是县供电公司、卫生局、公安局、气象局、民政局等，主动公开信息量较大的乡镇为潭城镇、澳前镇、屿头乡等';
    expect(proseScope(said('主动公开信息数', 1795, office))).toBe('part');
    // The office's count alone, the others counted too, or other bodies named as where applications went, say no such thing.
    expect(proseScope(said('主动公开信息数', 1795, '在互联网上，2012年县政府公开办主动公开信息数为1795条'))).toBe('issuer');
    expect(proseScope(said('主动公开信息', 500, '2012年县政府办主动公开信息500条，其他部门主动公开信息1200条'))).toBe('issuer');
    expect(proseScope({ ...said('政府信息公开申请', 2, '另有2件政府信息公开申请转交其他部门办理'), unit: '件' })).toBe('issuer');
  });
  it('reads the share said after the figure\'s own count, not after a later one that ends in its number', () => {
    const none = (text: string) => proseScope({ ...said('收到政府信息公开申请', 0, text), unit: '件' });
    expect(none('本年度未收到政府信息公开申请，办理人大代表建议10件，占30%')).toBe('issuer');
    expect(none('县直各单位未收到政府信息公开申请，办理人大代表建议10件，占30%')).toBe('whole-area');
  });
  it('takes no share of another total for a part: the issuer\'s own count as a share of those received', () => {
    const done = (text: string) => proseScope({ ...said('办结政府信息公开申请', 40, text), unit: '件' });
    expect(done('已办结政府信息公开申请40件，占95.2%')).toBe('issuer');
    expect(done('我局办结政府信息公开申请40件，占95.2%')).toBe('issuer');
    expect(done('已办结政府信息公开申请40件，占申请总数的95.2%')).toBe('issuer');
  });
});

describe('ofAnotherYear', () => {
  const said = (label: string, value: number, text: string) => ({ label, value, unit: '件', approximate: false, text, parts: [] });
  it('takes the figure of a clause that names the year before for that year\'s, not the report\'s', () => {
    const both = '2021年度共收到政府信息公开申请500件，2022年收到687件';
    expect(ofAnotherYear(said('收到政府信息公开申请', 500, both), 2022)).toBe(true);
    expect(ofAnotherYear(said('收到', 687, both), 2022)).toBe(false);
    expect(ofAnotherYear(said('收到政府信息公开申请', 500, '去年共收到政府信息公开申请500件'), 2022)).toBe(true);
    expect(ofAnotherYear(said('收到政府信息公开申请', 500, '上年度，我办共收到政府信息公开申请500件'), 2022)).toBe(true);
    expect(ofAnotherYear(said('收到政府信息公开申请', 500, '我办2021年共收到政府信息公开申请500件'), 2022)).toBe(true);
    expect(ofAnotherYear(said('行政处罚', 36, '我局2020年主动公开行政许可33项,行政处罚36项,行政强制1项'), 2021)).toBe(true);
  });
  it('keeps a figure whose sentence names a year only to date a document or to compare with', () => {
    expect(ofAnotherYear(said('受理政府信息公开申请', 12, '我镇严格落实2019年修订的《条例》，全年共受理政府信息公开申请12件'), 2021)).toBe(false);
    expect(ofAnotherYear(said('受理政府信息公开申请', 12, '我镇贯彻《2020年政务公开工作要点》，全年共受理政府信息公开申请12件'), 2021)).toBe(false);
    expect(ofAnotherYear(said('受理政府信息公开申请', 12, '与上年相比，全年共受理政府信息公开申请12件'), 2021)).toBe(false);
    expect(ofAnotherYear(said('受理政府信息公开申请', 12, '全年较去年多受理政府信息公开申请12件'), 2021)).toBe(false);
    // The year a clause between names is of that clause (the application carried into 2022), not of the figure after it.
    expect(ofAnotherYear(said('办理', 11, '2021年，我镇共收到申请12件，1件结转2022年度继续办理，已办理的11件均已答复'), 2021)).toBe(false);
  });
  it('keeps the report\'s own year, a sentence without one, and 上年结转 (the applications carried in)', () => {
    expect(ofAnotherYear(said('受理政府信息公开申请', 704, '2022年，我办共受理政府信息公开申请704件'), 2022)).toBe(false);
    expect(ofAnotherYear(said('受理', 704, '本年新收687件，上年结转17件，共受理704件'), 2022)).toBe(false);
    expect(ofAnotherYear(said('收到政府信息公开申请', 687, '全年共收到政府信息公开申请687件'), 2022)).toBe(false);
    // A figure without words is placed nowhere in its sentence (and is no endless search for an empty label).
    expect(ofAnotherYear(said('', 262, '2021年新收252件，结转10件，共计262件'), 2022)).toBe(false);
  });
});
