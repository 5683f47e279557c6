import { describe, expect, it } from 'vitest';
import { textAt } from '../../test/support/spots.ts';
import { isPartHeading, reportSections as located } from './sections.ts';

// The headings read; where they stand is tested below.
const reportSections = (body: string[]) => located(body).map((s) => s.value);

describe('reportSections', () => {
  it('lists numbered headings, and standard part titles run into the text', () => {
    expect(reportSections(['一、总体情况?', '（一）主动公开', '二、主动公开政府信息情况', '、工作存在的主要问题'])).toEqual([
      { number: '一', title: '总体情况' }, { number: '二', title: '主动公开政府信息情况' }, { number: '', title: '工作存在的主要问题' },
    ]);
    const runOn = '本年度报告根据…编制。一、总体情况2019年，上海市……很长的一段正文，足够长。六、其他需要报告的事项无。';
    expect(reportSections([runOn])).toEqual([{ number: '一', title: '总体情况' }, { number: '六', title: '其他需要报告的事项' }]);
    // A whole 2013 report in one paragraph, its own headings set apart by spaces.
    const paragraph = '现将我镇2013年政府信息公开工作报告如下: 一、政府信息主动公开情况 2013年度我镇主动公开政府信息123件。 二、政府依申请公开政府信息和不予公开信息情况 2013年，未收到申请。 '
      + '三、政府信息公开收费和减免情况 本年度没有收费。 四、政府信息公开申请行政复议、行政诉讼情况 2013年没有行政复议和行政诉讼。 五、其他需要报告的事项 无。';
    expect(reportSections([paragraph]).map((s) => `${s.number}、${s.title}`)).toEqual([
      '一、政府信息主动公开情况', '二、政府依申请公开政府信息和不予公开信息情况', '三、政府信息公开收费和减免情况', '四、政府信息公开申请行政复议、行政诉讼情况', '五、其他需要报告的事项',
    ]);
  });

  it('takes 表三\'s numbered rows standing alone, the table\'s cells lost, for no parts (acc8/sn-yuyang-tuofenglu-2020)', () => {
    const body = ['三、收到和处理政府信息公开申请情况', '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)', '申请人情况', '自然人',
      '一、本年新收政府信息公开申请数量', '0', '二、上年结转政府信息公开申请数量', '0', '三、本年度办理结果', '(一)予以公开', '四、结转下年度继续办理',
      '四、政府信息公开行政复议、行政诉讼情况'];
    expect(reportSections(body).map((s) => `${s.number}、${s.title}`)).toEqual(['三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况']);
  });

  it('reads a pre-2019 report\'s 一、概述 run into its text on a page that lost the break (mess15/pingtan-2018)', () => {
    const body = ['一、概述2018年以来,我区认真贯彻落实《条例》和《办法》，结合工作实际，及时下发《平潭综合实验区管委会办公室关于印发2018年政务公开工作主要任务分解表的通知》',
      '（一）着力加强公开解读回应工作', '二、主动公开政府信息情况'];
    expect(reportSections(body)).toEqual([{ number: '一', title: '概述' }, { number: '二', title: '主动公开政府信息情况' }]);
    expect(textAt(body, located(body)[0]!)).toBe('一、概述');
  });

  it('ends a part\'s title where the standard one does, its text run on in the same line (pt-gaj-2022, pt-gwh-2019)', () => {
    expect(reportSections(['五、存在的主要问题及改进情况', '六、其他需要报告的事项2022年，无收取信息处理费情况。'])).toEqual([
      { number: '五', title: '存在的主要问题及改进情况' }, { number: '六', title: '其他需要报告的事项' },
    ]);
    expect(reportSections(['六、其他需要报告的事项无其他需要报告的事项。', '六、其他需要报告的事项：无。']).map((s) => s.title)).toEqual(['其他需要报告的事项', '其他需要报告的事项']);
    // A note in brackets after the title is the heading's own.
    expect(reportSections(['六、其他需要报告的事项（信息处理费收取情况）']).map((s) => s.title)).toEqual(['其他需要报告的事项(信息处理费收取情况)']);
  });

  it('reads a first heading whose 一 was typed as a dash as 一 (nx-tongxin-zrzyj-2021: —、总体情况)', () => {
    expect(reportSections(['—、总体情况', '根据《中华人民共和国政府信息公开条例》规定…,现发布《同心县自然资源局2021年政府信息公开工作年度报告》。', '二、主动公开政府信息情况'])).toEqual([
      { number: '一', title: '总体情况' }, { number: '二', title: '主动公开政府信息情况' },
    ]);
    expect(isPartHeading('—、总体情况')).toBe(true);
    // A dash opening a line otherwise is no numeral.
    expect(reportSections(['——总体情况良好'])).toEqual([]);
  });

  it('lists the pre-2019 parts\' titles run into one paragraph, numbered as printed (putian-hanjiang-wsj-2011-mirror)', () => {
    // 一、引言 … 一、概述 … 三、政府信息主动公开情况: its parts numbered out of turn, so not 一、二、三 in turn.
    const paragraph = '2011年涵江区卫生局政府信息公开年报 一、引言 本年报是根据《涵江区政府信息公开规定》要求,由莆田市涵江区卫生局编制的2011年度政府信息公开年度报告。'
      + '如对本报告有任何疑问,请联系:莆田市涵江区卫生局办公室,电话:6977729。 一、概述 2011年,涵江区区卫生局政府信息公开工作在涵江区人民政府的领导部署下开展工作,'
      + '主要取得了如下进展:一是本机关对政府信息公开工作的重要性认识进一步提高。 三、政府信息主动公开情况 我局向社会主动公开政府信息主要通过四条途径。';
    expect(reportSections([paragraph])).toEqual([{ number: '一', title: '概述' }, { number: '三', title: '政府信息主动公开情况' }]);
    // The paragraph may end with the next part's title, its text on the next line.
    const ending = '如对本报告有任何疑问,请联系办公室,电话:6977729。 一、概述 2011年,本局政府信息公开工作在区政府的领导部署下开展工作。 三、政府信息主动公开情况';
    expect(reportSections([ending, '我局向社会主动公开政府信息主要通过四条途径。'])).toEqual([{ number: '一', title: '概述' }, { number: '三', title: '政府信息主动公开情况' }]);
    // One such title alone in running text, or titles listed in a sentence (its 全文包括… numbered: built), are no headings.
    expect(reportSections(['我局向社会主动公开政府信息主要通过四条途径,一是网站公布政府信息。 三、政府信息主动公开情况 我局网站可下载本报告的电子版,如对本报告有任何疑问,请联系办公室。'])).toEqual([]);
    expect(reportSections(['全文包括一、概述,二、政府信息主动公开情况,三、政府信息依申请公开情况,并附相关的说明和指标统计表。我局网站可下载本报告的电子版。'])).toEqual([]);
  });

  it('lists the first of two headings run into one paragraph where the second is a standard part\'s title (haiyan-hdb-2008)', () => {
    const paragraph = '本报告中所列数据的统计期限自2003 年至2008 年止。 一、概述 2008 年我办的政府信息公开工作,按照《中华人民共和国政府信息公开条例》的规定,于5 月1 日正式启动。'
      + '截至2008 年底,我办的政府信息公开工作运行正常。 二、主动公开政府信息情况 (一)公开的主要内容 依照《条例》公开信息。';
    expect(reportSections([paragraph])).toEqual([{ number: '一', title: '概述' }, { number: '二', title: '主动公开政府信息情况' }]);
    // Two numbered phrases in running text, neither a part's title, are no headings.
    expect(reportSections(['我办主要做了以下工作: 一、成立领导小组 明确分管领导和具体工作人员。 二、建立制度 制定了保密审核制度等各项工作制度。'])).toEqual([]);
  });

  it('lists headings run into one paragraph numbered on from the heading above it, the last at the paragraph\'s end (jilin-changyi-wenmiao-2011)', () => {
    const paragraph = '二、主动公开政府信息情况 (一)政府信息公开的内容。主要包括公文、办事服务信息和工作信息等。2011年主动公开公文3份、工作目标信息1条、人事信息1条、工作动态信息20条。'
      + ' 三、依申请公开政府信息情况 目前,暂无依申请公开事项。 四、行政复议和诉讼情况';
    expect(reportSections(['一、基本情况', '根据《条例》要求,截至2011年年底,文庙街道政府信息公开工作运行正常。', paragraph])).toEqual([
      { number: '一', title: '基本情况' }, { number: '二', title: '主动公开政府信息情况' },
      { number: '三', title: '依申请公开政府信息情况' }, { number: '四', title: '行政复议和诉讼情况' },
    ]);
    // Without 一 above it, the paragraph's 二 and 三 go on from nothing: only the parts' titles are headings (三's a
    // pre-2019 part's, set apart by spaces beside 二's), not 四's 行政复议和诉讼情况.
    expect(reportSections([paragraph])).toEqual([{ number: '二', title: '主动公开政府信息情况' }, { number: '三', title: '依申请公开政府信息情况' }]);
  });

  it('lists one heading numbered on from the heading above that ends a short line or opens a paragraph (jilin-changyi-wenmiao-2011)', () => {
    const lines = ['四、行政复议和诉讼情况', '目前,暂无申请行政复议、提起行政诉讼。 五、收费和减免情况', '2011年度暂不存在政府信息公开收费及减免情况。',
      '六、工作存在的主要问题和改进情况 我街道政府信息公开的组织领导和制度框架基本完备。政府信息公开的各项制度得到落实。'];
    expect(reportSections(lines)).toEqual([
      { number: '四', title: '行政复议和诉讼情况' }, { number: '五', title: '收费和减免情况' }, { number: '六', title: '工作存在的主要问题和改进情况' },
    ]);
    // Not numbered on from the heading above: a list's item in a sentence, no part.
    expect(reportSections(['四、行政复议和诉讼情况', '主要做法有两条。 二、加强领导'])).toEqual([{ number: '四', title: '行政复议和诉讼情况' }]);
  });

  it('lists the first heading alone run into a paragraph right after the words that put the report forward (lintao-shangying-2020)', () => {
    const paragraph = '根据《中华人民共和国政府信息公开条例》的有关要求,我乡紧紧围绕党委、政府重要工作,现将2020年政府信息公开工作报告如下: '
      + '一、2020年政务公开工作完成情况及成效 (一)机构建设方面。建立了“主要领导亲自抓、分管领导具体抓、职能部门抓落实”的工作机制。';
    expect(reportSections([paragraph])).toEqual([{ number: '一', title: '2020年政务公开工作完成情况及成效' }]);
    // After other words, one numbered phrase alone is a list's item, no heading.
    expect(reportSections(['我乡主要做了以下工作: 一、成立领导小组 明确分管领导和具体工作人员,落实信息公开各项工作情况。'])).toEqual([]);
  });

  it('lists the last part run into a short line with the part before it or with the 落款', () => {
    const lastPart = (line: string) => reportSections(['五、存在的主要问题及改进情况', '公开不够及时。', line]).map((s) => `${s.number}、${s.title}`);
    const parts = ['五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
    expect(lastPart('加强培训。六、其他需要报告的事项 本机关无其他需要报告的事项。')).toEqual(parts);
    expect(lastPart('公开不够及时。六、其他需要报告的事项：无。')).toEqual(parts);
    expect(lastPart('六、其他需要报告的事项：无。某镇人民政府2023年1月20日')).toEqual(parts);
    // A list's item in a short sentence is no part.
    expect(lastPart('详见六、其他需要报告的事项')).toEqual(parts.slice(0, 1));
  });

  it('lists headings numbered with a space instead of 、, their titles letter-spaced or not (baiyun-2015, hutang-2018)', () => {
    expect(reportSections(['引 言', '本报告是根据《中华人民共和国政府信息公开条例》要求编制的。', '一 概 述', '2015年,我区继续完善政府信息公开机制。',
      '二 政府信息主动公开情况', '三 政府信息依申请公开情况', '六 政府支出与收费'])).toEqual([
      { number: '一', title: '概述' }, { number: '二', title: '政府信息主动公开情况' }, { number: '三', title: '政府信息依申请公开情况' }, { number: '六', title: '政府支出与收费' },
    ]);
    // A sentence after a number and a space is no heading.
    expect(reportSections(['一 2015年,我区继续完善机制。', '二 是加强培训'])).toEqual([]);
    expect(reportSections(['一 、概  述'])).toEqual([{ number: '一', title: '概述' }]);
    // A standard part's title with its 、 lost (jjp-2020), but no sentence that opens with 一.
    expect(reportSections(['　　一总体情况', '　　2020年，我局政府信息公开工作坚持以习近平新时代中国特色社会主义思想为指导，', '二、主动公开政府信息情况（有关情况附表）',
      '一年来主动公开政府信息情况', '一是加强收到和处理政府信息公开申请情况的统计'])).toEqual([
      { number: '一', title: '总体情况' }, { number: '二', title: '主动公开政府信息情况(有关情况附表)' },
    ]);
  });

  it('takes no headings from a contents line, its headings run together with commas (sh-2012)', () => {
    const contents = '一、概述,(一)注重重点推进,深化公开内容。,(二)注重开拓创新,力求稳中有进。,(三)注重指导培训,提升整体水平。,(四)注重基础建设,保障工作落实。,'
      + '二、主动公开政府信息情况,(一)主动公开范围,(二)主动公开途径,三、依申请公开政府信息情况,(一)申请情况,(二)申请处理情况,(三)依申请收费及减免情况,';
    expect(reportSections([contents, '一、概述', '2012年度报告根据《条例》编制而成。', '(一)注重重点推进,深化公开内容。', '二、主动公开政府信息情况'])).toEqual([
      { number: '一', title: '概述' }, { number: '二', title: '主动公开政府信息情况' },
    ]);
  });

  it('takes no headings from the parts a preamble lists one after another (ah-zongyang-wjw-2021, fj-shaowu-jinkeng-2025)', () => {
    const preamble = '本报告依据《中华人民共和国政府信息公开条例》(国务院令第711号)要求,结合枞阳县卫生健康委员会信息公开工作有关统计数据撰写。报告主要包括:一、总体情况;二、主动公开政府信息情况;三、收到和处理政府信息公开申请情况;四、政府信息公开行政复议、行政诉讼情况;五、存在的主要问题及改进情况;六、其他需要报告的事项。本报告中使用数据统计期限为20211月1日至12月31日。';
    expect(reportSections([preamble, '一、总体情况', '2021年,县卫生健康委根据《政府信息公开条例》…'])).toEqual([{ number: '一', title: '总体情况' }]);
    const listed = '本年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求进行公开。本报告分为六个部分:一、总体情况,二、主动公开政府信息情况,三、收到和处理政府信息公开申请情况,四、政府信息公开行政复议、行政诉讼情况,五、存在的主要问题及改进措施,六、其他需要报告的事项。';
    expect(reportSections([listed, '一、总体情况'])).toEqual([{ number: '一', title: '总体情况' }]);
  });

  it('takes no headings from the parts a preamble lists with spaces alone between them, after 全文包括', () => {
    // fuzhou-jinan-2016's preamble, its list set apart by spaces (no corpus page spaces it so: they list with commas or 、).
    const earlier = '本报告全文包括 一、概述 二、主动公开政府信息情况 三、政府信息依申请公开办理情况 四、政府信息公开的收费及减免情况 五、因政府信息公开申请行政复议和提起行政诉讼的情况 六、政府信息公开工作存在的主要问题及改进措施。本报告统计数据从2016年1月1日至2016年12月31日止。';
    expect(reportSections([earlier, '一、概述', '2016年,我区政府认真贯彻落实《条例》。', '二、主动公开政府信息情况'])).toEqual([
      { number: '一', title: '概述' }, { number: '二', title: '主动公开政府信息情况' },
    ]);
    const format = '本报告包括 一、总体情况 二、主动公开政府信息情况 三、收到和处理政府信息公开申请情况 四、政府信息公开行政复议和行政诉讼情况 五、存在的主要问题及改进情况 六、其他需要报告的事项等6个部分。';
    expect(reportSections([format, '一、总体情况'])).toEqual([{ number: '一', title: '总体情况' }]);
    // A paragraph whose parts' headings are set apart by spaces, their text between, stays read (haiyan-hdb-2008).
    expect(reportSections(['…止。 一、概述 2008 年我办认真贯彻《条例》。 二、主动公开政府信息情况 (一)主动公开范围'])).toHaveLength(2);
  });

  it('lists a part\'s title without its number as a part, but not as one more under its numbered heading (表二\'s caption)', () => {
    expect(reportSections(['一、总体情况', '二、行政机关主动公开政府信息情况', '主动公开政府信息情况', '第二十条第(一)项'])).toEqual([
      { number: '一', title: '总体情况' }, { number: '二', title: '行政机关主动公开政府信息情况' },
    ]);
    expect(reportSections(['一、总体情况', '正文。', '主动公开政府信息情况'])).toEqual([{ number: '一', title: '总体情况' }, { number: '', title: '主动公开政府信息情况' }]);
  });

  it('lists parts headed 第一部分, or numbered as sub-headings where nothing else numbers them', () => {
    expect(reportSections(['第一部分 总体情况', '正文。', '第二部分 主动公开政府信息情况'])).toEqual([{ number: '一', title: '总体情况' }, { number: '二', title: '主动公开政府信息情况' }]);
    expect(reportSections(['1.总体情况', '正文。', '2.主动公开政府信息情况'])).toEqual([{ number: '1', title: '总体情况' }, { number: '2', title: '主动公开政府信息情况' }]);
    expect(reportSections(['（一）总体情况', '正文。', '（二）主动公开政府信息情况'])).toEqual([{ number: '一', title: '总体情况' }, { number: '二', title: '主动公开政府信息情况' }]);
    // Under 一、 they are sub-headings; nor is 1.主动公开 a part.
    expect(reportSections(['一、总体情况', '（一）总体情况', '1.主动公开'])).toEqual([{ number: '一', title: '总体情况' }]);
  });

  it('says where each heading stands: its line, or its characters in run-on text', () => {
    const body = ['一、总体情况', '正文。', '本年度报告根据…编制。二、主动公开政府信息情况 本年度主动公开政府信息99条。三、收到和处理政府信息公开申请情况 全年共收到申请5件。'];
    expect(located(body).map((s) => textAt(body, s))).toEqual(['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况']);
    expect(located(body).map((s) => s.at?.line)).toEqual([0, 2, 2]);
    // Set apart by spaces: from the number to the title's end.
    const paragraph = ['现将我镇2013年政府信息公开工作报告如下: 一、政府信息主动公开情况 2013年度我镇主动公开政府信息123件。 二、依申请公开情况 未收到申请。 三、收费情况 没有收费。'];
    expect(located(paragraph).map((s) => textAt(paragraph, s))).toEqual(['一、政府信息主动公开情况', '二、依申请公开情况', '三、收费情况']);
  });
});

describe('isPartHeading', () => {
  it('takes a standard part\'s heading after white space or an invisible character, its point full-width or its number lost', () => {
    expect(['一、总体情况', '\u3000\u3000二、主动公开政府信息情况', '\u200b三．收到和处理政府信息公开申请情况', '、政府信息公开工作存在的主要问题及改进情况']
      .map(isPartHeading)).toEqual([true, true, true, true]);
    // Neither a heading of the report's own words, nor a portal's list item (long-portal-shanghai), however its line ends.
    expect(['一、加强组织领导', '相关栏目12：关于印发第12号通知的解读2023-01-12', '（一）主动公开情况'].map(isPartHeading)).toEqual([false, false, false]);
  });
});
