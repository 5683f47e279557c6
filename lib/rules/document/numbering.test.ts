import { describe, expect, it } from 'vitest';
import { findingsOf, makeContext, makeReport, wordsOf } from '../../../test/support/report.ts';
import { numbering } from './numbering.ts';

const check = (lines: string[]) => findingsOf(numbering, makeReport(), makeContext({ lines }));

describe('document/numbering', () => {
  it('warns where the points a paragraph counts off skip one or say one twice (平潭综合实验区 2023: 一是…三是…三是)', () => {
    const pt2023 = '存在的问题主要有以下几个方面：一是部分单位信息发布属性界定还不够精确，部分栏目存在信息噪音；三是开拓创新不够有力，实验区政务公开工作特色打造、亮点挖掘还不够；三是政策解读的质量有待提高，形式还要更加多样、更加“接地气”。';
    // The point quoted to its clause's end, … where cut.
    expect(check([pt2023]).map((f) => f.message)).toEqual(['列举从“一是”跳到“三是”，缺少“二是”：“三是开拓创新不够有力，实验区政务公开工作特色打造、亮点挖掘还不够…”']);
    expect(wordsOf(numbering, makeReport(), makeContext({ lines: [pt2023] }))).toEqual([['三是']]);
    expect(check(['一是加强培训；二是完善制度；二是强化监督。']).map((f) => f.message)).toEqual(['列举的“二是”重复出现（前一项已是“二是”）：“二是强化监督。”']);
    // Two lists in a paragraph, one going on from the paragraph before, 其一是 and 统一是: no slip.
    expect(check(['存在问题：一是队伍不稳；二是形式单一。改进措施：一是加强培训；二是丰富形式。', '三是强化考核，统一是关键；其一是…']).map((f) => f.message)).toEqual([]);
    // Points quoted or in brackets, and a point's own list (具体为：一是…二是…), after which the outer list goes on: no slip.
    expect(check(['主要做法：一是强化组织领导，做到“一是明确分管领导，二是明确责任科室”；二是完善制度；三是加强培训。',
      '主要做法：一是健全机制；二是规范发布；三是强化监督，具体为：一是定期检查，二是通报结果；四是加强培训。',
      '主要做法：一是健全机制（一是明确分工，二是压实责任）；二是规范发布。']).map((f) => f.message)).toEqual([]);
    // A point's own list is no cover for a slip after it, nor a list of its own after a sentence's end for the outer one's number.
    expect(check(['主要做法：一是健全机制；二是规范发布，具体为：一是定期检查，二是通报结果；四是加强培训。',
      '存在问题：一是队伍不稳；二是形式单一。改进措施：一是加强培训；三是丰富形式。']).map((f) => f.message)).toEqual([
      '列举从“二是”跳到“四是”，缺少“三是”：“四是加强培训。”', '列举从“一是”跳到“三是”，缺少“二是”：“三是丰富形式。”',
    ]);
  });

  it('warns where a paragraph\'s points numbered 1.…;2.… skip one (qianxinan-xingyi-2022: …12.…135条;14.公务员招考, no 13.)', () => {
    const xingyi = '(一)主动公开政府信息。2022年通过政府门户网站发布政府信息7392条,《条例》第20条规定的信息公开情况:1.新增行政法规、规章和规范性文件相关信息发布18条,公开现行规范性文件62个;2.机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名发布601条;3.国民经济和社会发展规划、专项规划、区域规划及相关实施情况55条;4.国民经济和社会发展统计信息发布27条;5.办理行政许可公开202件,发布公共事项清单事项418个,政务服务事项办理跑腿清单4615项。其中,梳理公开零跑腿清单1573条,只跑一次腿清单107项。公开证明材料保留清单48项,公开全年办件结果622929条;6.实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定发布72条;7.财政预算、决算信息发布166条;8.行政事业性收费项目及其依据、标准发布14条;9.政府集中采购项目的目录、标准及实施情况发布83条;10.重大建设项目的批准和实施情况发布38条;11.扶贫、教育、医疗、社会保障、促进就业、农业农村等方面的政策、措施及其实施情况发布506条;12.环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况发布135条;14.公务员招考的职位、名额、报考条件等';
    expect(check([xingyi]).map((f) => f.message)).toEqual(['列举从“12.”跳到“14.”，缺少“13.”：“14.公务员招考的职位、名额、报考条件等”']);
    // A decimal or a run of numbers after a stop is no point: no slip.
    expect(check(['主要做法:1.健全机制;2.规范发布;3.强化监督。罚款;1.5万元;3、4月份开展检查。']).map((f) => f.message)).toEqual([]);
  });

  it('takes 表三\'s numbered rows standing alone, the table\'s cells lost, for no headings (acc8/sn-yuyang-tuofenglu-2020)', () => {
    const lines = ['一、总体情况', '(一)主动公开政府信息情况', '(二)政府信息依申请公开情况', '二、主动公开政府信息情况', '第二十条第(一)项',
      '三、收到和处理政府信息公开申请情况', '申请人情况', '自然人', '一、本年新收政府信息公开申请数量', '0', '二、上年结转政府信息公开申请数量', '0',
      '三、本年度办理结果', '(一)予以公开'];
    expect(check(lines).map((f) => f.message)).toEqual([]);
  });

  it('says a repeat then a gap once, as the one number written wrong, quoting a bare number with its title (scanju-zhj-2021: (二) (二) (四))', () => {
    // 遂宁市安居区 2021: each number on a line of its own, its title on the next; the second (二) was meant for (三).
    const lines = ['一、总体情况', '(一)主动公开', '网站全年主动公开235条信息。', '(二)', '依申请公开', '全年无依申请公开的情况。', '(二)', '政府信息管理',
      '1.推行政务公开标准化建设。', '2.落实政务公开信息保障。', '(四) 政府信息公开平台建设', '打造安居综合行政执法微信公众号。'];
    expect(check(lines).map((f) => f.message)).toEqual(['编号“（二）”用了两次，其后是“（四）”：后一个“(二)政府信息管理”应为“（三）”']);
    // 一、 twice, then 三、: the second 一 is the 二 written wrong, no list restarted (xian-lintong-kfq-2021).
    expect(check(['一、总体情况', '开发区对信息公开工作一直重视。', '一、主动公开政府信息情况', '第二十条第(一)项', '三、收到和处理政府信息公开申请情况'])
      .map((f) => f.message)).toEqual(['编号“一、”用了两次，其后是“三、”：后一个“一、主动公开政府信息情况”应为“二、”']);
    // A repeat the next number goes on from is a passage pasted twice, and a gap after it is a gap of its own.
    expect(check([...lines.slice(0, 10), '(三) 政府信息公开平台建设']).map((f) => f.message)).toEqual(['编号“（二）”重复出现（前一项已是“（二）”）：“(二)政府信息管理”，可能多贴了一段']);
    expect(check([...lines.slice(0, 10), '(三)平台建设', '(五)监督保障']).map((f) => f.message)).toEqual([
      '编号“（二）”重复出现（前一项已是“（二）”）：“(二)政府信息管理”，可能多贴了一段', '编号从“（三）”跳到“（五）”，缺少“（四）”：“(五)监督保障”',
    ]);
  });

  it('says a part title that stands bare before 二、 lost its number, no part is missing (anshun-zhenning-2019: 总体情况 a list item, 一、 its marker)', () => {
    const lines = ['本报告包括总体情况、主动公开政府信息情况、政府信息公开申请情况等六个部分。', '总体情况',
      '2019年，镇宁自治县人民政府（镇宁自治县人民政府办公室）全面贯彻党的十九大和十九届二中、三中、四中全会精神。', '二、主动公开情况'];
    expect(check(lines)).toMatchObject([{ severity: 'info', message: '标题“总体情况”缺少编号，按顺序应为“一、”' }]);
    // A bare title that stands for none of the numbers skipped leaves the gap said.
    expect(check([...lines.slice(0, 3), '三、收到和处理政府信息公开申请情况']).map((f) => f.message)).toEqual(['第一个编号就是“三、”，前面缺少“一、”“二、”：“三、收到和处理政府信息公开申请情况”']);
    // Nor does the caption of 表二 repeating its part's title (sections.ts reads it as that part's): 三、 is missing still.
    const caption = ['一、总体情况', '2019年，我县…', '二、主动公开政府信息情况', '主动公开政府信息情况', '四、政府信息公开行政复议、行政诉讼情况'];
    expect(check(caption).map((f) => f.message)).toEqual(['编号从“二、”跳到“四、”，缺少“三、”：“四、政府信息公开行政复议、行政诉讼情况”']);
  });

  it('notes a list number that lost its 、 as standing there, no item missing (changsha-kaifu-zfb-2023: 1、 2依申请公开情况 3、)', () => {
    const lines = ['一、总体情况', '1、主动公开情况。区人民政府办公室坚持“公开是原则,不公开是例外”原则。', '2依申请公开情况依法依规积极稳妥做好依申请公开工作。', '3、政府信息管理情况认真落实《条例》要求。'];
    expect(check(lines)).toMatchObject([{ severity: 'info', message: '编号“2”后缺少顿号或点：“2依申请公开情况依法依规积极稳妥做好依申请公开工作。”，按顺序应为“2.”' }]);
    // A line that opens with a count is no lost number: the gap stands.
    expect(check(['一、总体情况', '1、主动公开情况。', '2件申请均已办结。', '3、政府信息管理情况。']).map((f) => f.severity)).toEqual(['warning']);
  });

  it('passes lists that restart under each heading', () => {
    expect(check(['一、总体情况', '（一）主动公开', '1.网站', '2.公报', '（二）依申请公开', '1.受理', '二、主动公开政府信息情况', '2019年，共…'])).toEqual([]);
  });

  it('follows a page that sets 1. over (一): bj-dongcheng-cgw-2019, 1.主动公开情况 with (一)…(三) under it, then 2.依申请公开', () => {
    const lines = ['一、总体情况', '1.主动公开情况;', '我委2019年度共主动公开政府信息422条。', '(一)专项规划及重大项目实施', '(二)财政预算及决算信息', '(三)深化环境与拥堵治理', '2.依申请公'];
    expect(check(lines)).toEqual([]);
    // Its lists still run on without gaps: a 3. after (三) where 2. should be is one.
    expect(check([...lines.slice(0, -1), '3.依申请公开情况']).map((f) => f.message)).toEqual(['编号从“1.”跳到“3.”，缺少“2.”：“3.依申请公开情况”']);
  });

  it('reads a standard part\'s heading whose 、 was lost as numbered 一 (jjp-2020)', () => {
    expect(check(['　　一总体情况', '　　2020年，我局政府信息公开工作坚持以习近平新时代中国特色社会主义思想为指导，', '二、主动公开政府信息情况(有关情况附表)'])).toEqual([]);
  });

  it('reads a 一、 typed as a dash as 一 (nx-tongxin-zrzyj-2021: —、总体情况), not as 二、 with none before it', () => {
    expect(check(['—、总体情况', '(一)政府信息主动公开情况', '(二)依申请公开信息', '二、主动公开政府信息情况'])).toEqual([]);
  });

  it('warns about the repeated "3." in xiaobanqiao-2018', () => {
    const lines = ['一、加强领导', '二、完成情况', '三、存在问题', '1.信息发布时有时存在粗心', '2.公开形式还不够便民。', '3.公开执行还不够到位。', '3.公开形式还不够便民。', '4.公开保障还不够有力。', '四、下步工作打算', '1.将严格履行发文职责'];
    expect(check(lines)).toMatchObject([{
      severity: 'warning', message: '编号“3.”重复出现（前一项已是“3.”）：“3.公开形式还不够便民。”，可能多贴了一段',
    }]);
  });

  it('lets a list nested at its parent\'s level hand back to the parent\'s next number (sn-weiyang-daminggong-2020)', () => {
    const lines = ['一、总体情况', '(一)概述', '(一)加强工作指导。于年初对街道信息工作进行研究部署。', '(二)健全工作制度。', '(三)重视督查督办。', '(四)严格落实保密制度。',
      '(二)公开政府信息情况', '(三)申请行政复议、提起行政诉讼和申诉的情况'];
    expect(check(lines)).toEqual([]);
    // A number repeated after the restart is still told.
    expect(check([...lines, '(三)申请行政复议、提起行政诉讼和申诉的情况'])).toMatchObject([{ severity: 'warning' }]);
  });

  it('lets a later page of a paginated report go on from the page before, but not skip within it', () => {
    // Page 2 opens inside 二's list, at （三）, then goes on at 三、, whose own list lacks its （一）.
    const lines = ['（三）政策解读', '1.新闻发布会', '2.图解', '三、收到和处理政府信息公开申请情况', '（二）办理结果'];
    const on = (page: number | null) => findingsOf(numbering, makeReport(), makeContext({ lines, pagination: { page, pages: 3 } }));
    expect(on(2).map((f) => f.message)).toEqual(['第一个编号就是“（二）”，前面缺少“（一）”：“(二)办理结果”']);
    expect(on(null)).toHaveLength(1);
    // Page 1 of the report opens at 一 like any report.
    expect(on(1).map((f) => f.message)).toEqual([
      '第一个编号就是“（三）”，前面缺少“（一）”“（二）”：“(三)政策解读”',
      '第一个编号就是“三、”，前面缺少“一、”“二、”：“三、收到和处理政府信息公开申请情况”',
      '第一个编号就是“（二）”，前面缺少“（一）”：“(二)办理结果”',
    ]);
  });

  it('notes the heading of shulan-tiande-2014 that lost its 六', () => {
    const lines = ['一、基本工作情况', '二、主动公开', '三、回应解读', '四、依申请公开', '五、行政复议、诉讼和举报投诉情况', '（一）未收到…', '、工作存在的主要问题、改进情况及工作打算'];
    expect(check(lines)).toMatchObject([{ severity: 'info', message: '标题“、工作存在的主要问题、改进情况及工作打算”缺少编号，按顺序应为“六、”' }]);
  });

  it('notes the last part of tieling-2019, which lost its 六 with no number after it', () => {
    const lines = ['一、总体情况?', '（一）加强组织领导。', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况?', '（一）推进政务公开工作的制度化规范化建设?', '其它需要报告的事项?', '无。?'];
    expect(check(lines)).toMatchObject([{ severity: 'info', message: '标题“其它需要报告的事项?”缺少编号，按顺序应为“六、”' }]);
  });

  it('takes 一、…五、 under a part standing bare for its items, not parts: the bare title after them lost no number', () => {
    const lines = ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况',
      '一、宣传不够。', '二、队伍不稳。', '三、形式单一。', '四、加强培训。', '五、强化监督。', '其他需要报告的事项', '无。'];
    expect(check(lines).map((f) => f.message)).toEqual([]);
  });

  it('reads a marker behind the "?" of a lost character (tieling-2019)', () => {
    expect(check(['一、总体情况?', '（一）推进?', '（二）拓展?', '?（三）深入推进重点部门的信息公开?', '（四）持续推进办事公开?'])).toEqual([]);
  });

  it('reads the first item of a list that opens on its 附件： line (scj-2017), and still a gap after it', () => {
    const attached = (second: string) => ['一、概述', '二、附表', '附件：1. 关于…的报告（岚市监函〔2017〕31号）', second];
    expect(check(attached('2.政府信息公开申请登记回执（岚市监依〔2017〕128号）'))).toEqual([]);
    expect(check(attached('3.行政复议决定书')).map((f) => f.message)).toEqual(['编号从“1.”跳到“3.”，缺少“2.”：“3.行政复议决定书”']);
    expect(check(['一、概述', '附件：2.政府信息公开申请登记回执']).map((f) => f.message)).toEqual(['第一个编号就是“2.”，前面缺少“1.”：“附件:2.政府信息公开申请登记回执”']);
  });

  it('reads "1." before a year as the number it is, not as a decimal', () => {
    expect(check(['一、总体情况', '1.2022年通过政府网站发布信息25条。', '2.完善公开制度。', '3.加强培训。'])).toEqual([]);
    // zj-daishan-wjj-2021: the year without its 年 after the item's number.
    expect(check(['一、 总体情况', '1.2021,在县委、县政府的正确领导下,我局认真贯彻落实政府信息公开工作要求', '2.加强政务新媒体管理。严格落实主管责任'])).toEqual([]);
  });

  it('warns about a gap, naming the numbers it skips', () => {
    expect(check(['一、总体情况', '三、收到和处理政府信息公开申请情况'])).toMatchObject([{
      severity: 'warning', message: '编号从“一、”跳到“三、”，缺少“二、”：“三、收到和处理政府信息公开申请情况”',
    }]);
    // gaoping-2023 jumps from 一 to 五; dalian-2017's excerpt starts at 二, with its (一)(二) under it.
    expect(check(['一、总体情况', '五、存在的主要问题及改进情况'])[0]!.message).toBe('编号从“一、”跳到“五、”，缺少“二、”“三、”“四、”：“五、存在的主要问题及改进情况”');
    expect(check(['二、主动公开政府信息情况', '（一）公开数量。', '（二）主要类别。'])[0]!.message).toBe('第一个编号就是“二、”，前面缺少“一、”：“二、主动公开政府信息情况”');
    expect(check(['七、其他需要报告的事项', '（一）无'])[0]!.message).toBe('第一个编号就是“七、”，前面缺少“一、”至“六、”：“七、其他需要报告的事项”');
  });

  it('takes a lone number with nothing under it for a catalogue label (xinghua-2010), not the outline', () => {
    expect(check(['六、年度政府信息公开工作报告0600', '乡政府信息公开工作始终坚持以服务人民群众为宗旨', '截止2010年12月31日，全乡累计主动公开政府信息65条。'])).toEqual([]);
    expect(check(['五、依申请公开0500', '2012年，我局未收到政府信息公开申请。'])).toEqual([]);
    // A lone (二) under 一、 is the outline's.
    expect(check(['一、总体情况', '(二)依申请公开。2022年，我局共受理政府信息公开申请6件', '二、主动公开政府信息情况'])[0]!.message).toBe('第一个编号就是“（二）”，前面缺少“（一）”：“(二)依申请公开。2022年,我局共受理政府信息公开申请6件”');
  });

  it('counts a heading run into a paragraph before it as no gap (…报告如下：一、总体情况), but not one in a line listing the parts', () => {
    expect(check(['现将本机关2021年度政府信息公开工作报告如下：一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况'])).toEqual([]);
    expect(check(['本机关2021年度政府信息公开工作报告如下。', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况'])).toHaveLength(1);
    // Headings run on in the last heading's own line (wenmiao-2011, 吉林市昌邑区文庙街道): 三、四、 are there, 五、 after a sentence too.
    const wenmiao = ['一、基本情况', '根据《条例》要求，截至2011年年底，文庙街道政府信息公开工作运行正常，政府信息公开咨询、申请以及答复工作均顺利开展。',
      '二、主动公开政府信息情况 （一）政府信息公开的内容。主要包括公文、办事服务信息和工作信息等。2011年主动公开公文3份、工作目标信息1条、人事信息1条、工作动态信息20条。 （二）政府信息公开方式。通过政府网站及时修正更新单位机构信息、政务公开指南及其他应公开信息，基本满足了公民、法人和其他组织依法获取政府信息的需要。 三、依申请公开政府信息情况 目前，暂无依申请公开事项。 四、行政复议和诉讼情况',
      '目前，暂无申请行政复议、提起行政诉讼。 五、收费和减免情况', '2011年度暂不存在政府信息公开收费及减免情况。',
      '六、工作存在的主要问题和改进情况 我街道政府信息公开的组织领导和制度框架基本完备。'];
    expect(check(wenmiao)).toEqual([]);
    // The heading's own words before the gap are no cover: 二、 naming 三 in its title is no 三、 heading.
    expect(check(['一、概述', '二、主动公开情况 详见三、四部分', '五、其他'])).toHaveLength(1);
    // The intro lists the parts; the heading 二、 itself is missing.
    expect(check(['本报告包括：一、总体情况，二、主动公开政府信息情况，三、收到和处理政府信息公开申请情况。', '一、总体情况', '三、收到和处理政府信息公开申请情况'])).toMatchObject([
      { message: expect.stringContaining('缺少“二、”') },
    ]);
  });

  it('reads the part headings the section reader finds run on inside one paragraph (putian-hanjiang-wsj-2011-mirror)', () => {
    // xxgk.ptjxxy.com, 2011年涵江区卫生局政府信息公开年报: 一、引言 (no part's title, not read), 一、概述, 三、 in one paragraph.
    const putian = (overview: string) => ['2011年涵江区卫生局政府信息公开年报',
      `2011年涵江区卫生局政府信息公开年报 一、引言 本年报是根据《涵江区政府信息公开规定》要求,由莆田市涵江区卫生局编制的2011年度政府信息公开年度报告。如对本报告有任何疑问,请联系:莆田市涵江区卫生局办公室,电话:6977729。 ${overview} 2011年,涵江区区卫生局政府信息公开工作在涵江区人民政府的领导部署下…提供所需信息。 三、政府信息主动公开情况 我局向社会主动公开政府信息主要通过四条途径。 2010年度主动公开政府信息54条。`];
    const [finding, ...more] = check(putian('一、概述'));
    expect(more).toEqual([]);
    expect(finding!.message).toBe('编号从“一、”跳到“三、”，缺少“二、”：“三、政府信息主动公开情况”');
    expect(wordsOf(numbering, makeReport(), makeContext({ lines: putian('一、概述') }))).toEqual([['三、政府信息主动公开情况']]);
    // Numbered in turn, they run on without a gap.
    expect(check(putian('二、概述'))).toEqual([]);
  });

  it('counts a first sub-number run on in its heading\'s line as there (longgui-wujiang-2016), not one elsewhere', () => {
    // sgwjq.gov.cn, 2016年龙归镇政府信息公开年度报告: (一) follows its part's heading on the same line.
    const lines = ['二、政府信息主动公开情况 （一）公开的主要内容： 2016年度共主动公开政府信息25条，在主动公开的信息中，工作动态信息5条。', '（二）公开形式 1、政务公开栏、召开人大代表会、各种座谈会等形式 2、通过报纸、电视、广播、杂志等媒体发布部分主动公开的政府信息 3、公开信。', '三、回应解读情况 回应公众关注热点或重大舆情数2次。'];
    expect(check(['一、概述 2016年以来，我镇积极贯彻执行《条例》。', ...lines])).toEqual([]);
    // Not the heading's own words: a (一) in the part before is no sub-number of this part.
    expect(check(['一、概述 （一）组织领导', '二、政府信息主动公开情况', '（二）公开形式'])).toHaveLength(1);
  });

  it('counts a first sub-number glued to its heading\'s words as there (05-pingtanqu-2016: …公开情况1、行政权力…), not an article\'s number', () => {
    // 平潭综合实验区2016年度政府信息公开工作年度报告: the break after the heading's words lost, 2、 on a line of its own.
    const pingtan = ['一、 概述', '（一）组织机构方面我区成立了政府信息公开工作领导小组。', '（二）工作制度方面1、明确年度工作重点。', '（三）队伍建设方面我区组织开展了专业培训。',
      '（四）重点领域信息公开情况1、行政权力清单公开情况在区直相关部门编制、自查的基础上，组织对区级行政权力和公共服务清单、责任清单进行了全面梳理。',
      '2、财政资金信息公开情况①本级和部门预决算公开情况。区财政部门向社会公开了《平潭综合实验区2016年1-12月预算执行情况分析》等。'];
    expect(check(pingtan)).toEqual([]);
    // A 1、 after 第 is an article's or an item's number, no heading's.
    expect(check([...pingtan.slice(0, 4), '（四）重点领域信息公开情况，按第1、2项要求公开', pingtan[5]!]).map((f) => f.message)).toEqual(['第一个编号就是“2.”，前面缺少“1.”：“2、财政资金信息公开情况①本级和部门预决算公开情况…”']);
  });

  it('still counts a gap before the page\'s only heading when it is a part of the report (四、…行政复议、行政诉讼情况)', () => {
    expect(check(['四、政府信息公开行政复议、行政诉讼情况'])).toHaveLength(1);
    expect(check(['三、依申请公开政府信息情况', '2009年，我局共受理申请3件。'])).toHaveLength(1);
  });
});

describe('document/numbering over a mirror\'s garbled text', () => {
  it('counts no gap where the text between may be the missing headings, garbled (gz-dongsha-2024-mirror: ?。ㄒ唬┲鲃 was （一）主动)', () => {
    const dongsha = ['一、总体情况', '?。ㄒ唬┲鲃?(dòng)公开情况', '2024年,东沙街道通过政府信息公开网站累计主动公开政府信息292条。',
      '?。ǘ┮郎暾?(qǐng)公开情况', '2024年,东沙街道共收到依申请公开1件,答复申0件,撤销申请1件。', '(三)政府信息管理', '严格执行上级文件规定。'];
    expect(check(dongsha)).toEqual([]);
    // Where the garbled line stands elsewhere, the gap is the report's.
    const elsewhere = ['一、总体情况', '(三)政府信息管理', '严格执行上级文件规定。', '?。ㄋ模┢脚_(tái)建设'];
    expect(check(elsewhere)).toHaveLength(1);
  });

  it('says which item a note is about: the second "3." in xiaobanqiao-2018, to the end of its first sentence', () => {
    const lines = ['一、加强领导', '二、完成情况', '三、存在问题', '1.信息发布时有时存在粗心', '2.公开形式还不够便民。', '3.公开执行还不够到位。',
      '　　3.公开形式还不够便民。主要体现在现有的信息公开大多是基于要求主动公开的信息范围设置的,不够接地气、达民意。', '4.公开保障还不够有力。', '五、 其他'];
    expect(wordsOf(numbering, makeReport(), makeContext({ lines }))).toEqual([['3.公开形式还不够便民。'], ['五、 其他']]);
  });
});
