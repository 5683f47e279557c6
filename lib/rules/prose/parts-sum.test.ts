import { describe, expect, it } from 'vitest';
import type { ProseFigure } from '../../schema.ts';
import { findingsOf, makeReport } from '../../../test/support/report.ts';
import { partsSum } from './parts-sum.ts';

const figure = (value: number, parts: number[], approximate = false): ProseFigure => ({
  label: '收到政府信息公开申请', value, unit: '件', approximate,
  text: `共收到政府信息公开申请${value}件`,
  parts: parts.map((v, k) => ({ label: ['当面申请', '网络申请', '信函申请'][k]!, value: v, unit: '件', approximate: false })),
});
const check = (...figures: ProseFigure[]) => findingsOf(partsSum, makeReport({ proseFigures: figures }));

describe('prose/parts-sum', () => {
  it('passes parts that add up to the total', () => {
    expect(check(figure(0, [0, 0, 0]), figure(346, [4, 120, 222]))).toEqual([]);
  });

  it('fails parts that exceed the total', () => {
    expect(check(figure(10, [4, 8]))).toMatchObject([{
      severity: 'error', expected: 10, actual: 12,
      message: '正文“共收到政府信息公开申请10件”：其中当面申请4+网络申请8=12件，超过总数10件',
      cells: [{ path: '0' }, { path: '0.parts.0' }, { path: '0.parts.1' }],
    }]);
  });

  it('states each part in its own unit where the parts count in another word for pieces than the total', () => {
    // 发布信息607条，其中主动公开380份，依申请公开…319份 (the units.ts example), its total changed to 600.
    const total: ProseFigure = {
      label: '发布信息', value: 600, unit: '条', approximate: false, text: '发布信息600条，其中主动公开380份，依申请公开319份',
      parts: [{ label: '主动公开', value: 380, unit: '份', approximate: false }, { label: '依申请公开', value: 319, unit: '份', approximate: false }],
    };
    expect(check(total)).toMatchObject([{ message: '正文“发布信息600条，其中主动公开380份，依申请公开319份”：其中主动公开380份+依申请公开319份=699条，超过总数600条' }]);
  });

  it('sums a part whose measure word the page left out (不予公开信息数79) in the total\'s unit', () => {
    // 平潭财政金融局 2019: 90 + 161 + 79 = 330.
    const parts = [['主动公开政府信息', 90, '条'], ['作为依申请公开信息数', 161, '条'], ['不予公开信息数', 79, null]] as const;
    const total = (value: number): ProseFigure => ({
      label: '制作、获取政府信息总数', value, unit: '条', approximate: false,
      text: '2019年制作、获取政府信息总数330条，其中主动公开政府信息90条，作为依申请公开信息数161条，不予公开信息数79。',
      parts: parts.map(([label, v, unit]) => ({ label, value: v, unit, approximate: false })),
    });
    expect(check(total(330))).toEqual([]);
    expect(check(total(320))).toMatchObject([{ severity: 'error', expected: 320, actual: 330 }]);
  });

  it('adds amounts with decimals as they are given, not in binary fractions (221.23, not 221.23000000000002)', () => {
    // A county's 2023 统计公报 (huaihua): 47.24 + 61.77 + 112.22 = 221.23; 45.36 + 5.04 + 26.47 + 2.09 + 2.15 = 81.11 of 81.10.
    const amounts = (label: string, value: number, text: string, parts: [string, number][]): ProseFigure => ({
      label, value, unit: '亿元', approximate: false, text, parts: parts.map(([l, v]) => ({ label: l, value: v, unit: '亿元', approximate: false })),
    });
    const gdp = amounts('完成地区生产总值(GDP)', 221.23, '初步测算,全年完成地区生产总值(GDP)221.23亿元,比上年同期增长5.0%。',
      [['第一产业实现增加值', 47.24], ['第二产业实现增加值', 61.77], ['第三产业实现增加值', 112.22]]);
    const farming = amounts('实现农林牧渔业总产值', 81.10, '2023年全年实现农林牧渔业总产值81.10亿元,同比增长3.9%。',
      [['农业产值', 45.36], ['林业产值', 5.04], ['畜牧业产值', 26.47], ['渔业产值', 2.09], ['农业服务业产值', 2.15]]);
    expect(check(gdp)).toEqual([]);
    expect(check(farming)).toMatchObject([{ actual: 81.11, message: expect.stringContaining('=81.11亿元，超过总数81.1亿元') }]);
    // Short by 0.3, not 0.3000000000000007.
    expect(check({ ...farming, value: 81.41 })[0]!.message).toContain('少0.3亿元');
  });

  // pt-jtj-2021 (平潭综合实验区交通与建设局): the items online, of which the 57 licences, and how many of those do what.
  it('does not sum parts whose stated shares are of a part before them, not of the total (pt-jtj-2021)', () => {
    const parts = [['行政许可', 57, null], ['实现一趟不用跑', 45, '78.9'], ['实现全程网办', 41, '71.9'], ['即办件', 36, '63.2'],
      ['压缩时限至法定时限80%', 55, '96.5'], ['是否免于提交纸质证照', 41, '71.9']] as const;
    const items = (shares: readonly (string | null)[]): ProseFigure => ({
      label: '发布的事项', value: 89, unit: '项', approximate: false,
      text: `在省网绑定并发布的事项共有89项，其中行政许可57项，实现“一趟不用跑”的有45项，占比${shares[1]}%；实现“全程网办”的有41项，占比${shares[2]}%；即办件有36项，占比${shares[3]}%，；压缩时限至法定时限80%的有55项，占比${shares[4]}%；“是否免于提交纸质证照”的有41项，占比${shares[5]}%。`,
      parts: parts.map(([label, value]) => ({ label, value, unit: '项', approximate: false })),
    });
    expect(check(items(parts.map(([, , share]) => share)))).toEqual([]);
    // Shares of the 89 itself (45 of 89 = 50.6%) make the parts its pieces again: 275 of 89 contradicts it.
    expect(check(items([null, '50.6', '46.1', '40.4', '61.8', '46.1']))).toMatchObject([{ severity: 'error', expected: 89, actual: 275 }]);
  });

  it('only notes parts that fall short, and only warns about approximate figures', () => {
    expect(check(figure(10, [4, 3]))).toMatchObject([{ severity: 'info', actual: 7 }]);
    expect(check(figure(10, [4, 8], true))).toMatchObject([{ severity: 'warning' }]);
    expect(check(figure(1720, [1600, 100], true))).toEqual([]);
  });

  it('takes an approximate total for the counts its word stands for: 100余条 may be 108, 约100条 not 150', () => {
    const notices = (text: string, parts: number[]) => check({
      label: '主动公开信息', value: 100, unit: '条', approximate: true, text,
      parts: parts.map((value, k) => ({ label: ['通知公告', '工作动态'][k]!, value, unit: '条', approximate: false })),
    }).map((f) => f.severity);
    expect(notices('主动公开信息100余条，其中通知公告50条、工作动态58条', [50, 58])).toEqual([]);
    expect(notices('主动公开信息超过100条，其中通知公告50条、工作动态58条', [50, 58])).toEqual([]);
    expect(notices('主动公开信息约100条，其中通知公告50条、工作动态58条', [50, 58])).toEqual([]);
    expect(notices('主动公开信息约100条，其中通知公告50条、工作动态100条', [50, 100])).toEqual(['warning']);
    expect(notices('主动公开信息近100条，其中通知公告50条、工作动态58条', [50, 58])).toEqual(['warning']);
    expect(notices('主动公开信息100余条，其中通知公告150条、工作动态58条', [150, 58])).toEqual(['warning']);
  });

  it('only warns about channels that overlap: shatang-2016 publishes on 网站(含转发), 微信(含转发), 微博(含转发)', () => {
    const channels = (text: string): ProseFigure => ({
      label: '发布各类信息', value: 2483, unit: '条', approximate: false, text,
      parts: [['网站', 319], ['微信', 851], ['微博', 2348]].map(([label, value]) => ({ label: label as string, value: value as number, unit: '条', approximate: false })),
    });
    expect(check(channels('2016年政务网站、微信、微博共发布各类信息2483条,其中网站(含转发)319条,微信(含转发)851条、微博(含转发)2348条'))).toMatchObject([{
      severity: 'warning', expected: 2483, actual: 3518,
      message: '正文“2016年政务网站、微信、微博共发布各类信息2483条…”：其中网站319+微信851+微博2348=3518条，超过总数2483条（分项是各发布渠道的条数且含转发，同一条信息可在几个渠道发布，合计可以超过总数）',
    }]);
    expect(check(channels('共发布各类信息2483条,其中网站319条,微信851条、微博2348条'))[0]!.message).toContain('（分项是各发布渠道的条数，同一条信息可在几个渠道发布，合计可以超过总数）');
  });

  it('fails channels past the total where a notice board alone is past it: it posts only the body\'s own (guangyuan-zhaohua-weizi-2022)', () => {
    const weizi: ProseFigure = {
      label: '主动公开政府信息', value: 50, unit: '条', approximate: false,
      text: '全年主动公开政府信息50条,其中政府门户网站发布安全生产、应急管理等政府信息46条,公开栏发布政府信息56条,宣传资料、村村通广播等方式公开政府信息34条',
      parts: [['政府门户网站发布安全生产、应急管理等政府信息', 46], ['公开栏发布政府信息', 56], ['宣传资料、村村通广播等方式公开政府信息', 34]]
        .map(([label, value]) => ({ label: label as string, value: value as number, unit: '条', approximate: false })),
    };
    expect(check(weizi)).toMatchObject([{
      severity: 'error', expected: 50, actual: 136,
      message: expect.stringMatching(/超过总数50条；“公开栏发布政府信息”56条一项就超过总数，这一渠道只登本机关的信息，没有转发$/),
    }]);
  });

  it('says nothing where every channel carried the whole total: the same items went out on each (meihekou-heping-2020)', () => {
    const heping = (values: number[]): ProseFigure => ({
      label: '主动公开政府信息', value: 73, unit: '条', approximate: false,
      text: '2020年和平街道主动公开政府信息73条,其中依托梅河口市政府网站主动公开信息73条;通过政务微信公众号“梅河口市和平街道办事处”公开政府信息73条;通过政务公开栏公开政府信息73条',
      parts: ['政府网站主动公开信息', '通过政务微信公众号梅河口市和平街道办事处公开政府信息', '通过政务公开栏公开政府信息']
        .map((label, k) => ({ label, value: values[k]!, unit: '条', approximate: false })),
    });
    expect(check(heping([73, 73, 73]))).toEqual([]);
    // Applications are each made once, by one way: two ways carrying all of them is a fault, no overlap of channels.
    const ways: ProseFigure = {
      label: '收到政府信息公开申请', value: 5, unit: '件', approximate: false,
      text: '全年共收到政府信息公开申请5件，其中通过政府网站申请5件、通过政务微信公众号申请5件',
      parts: ['通过政府网站申请', '通过政务微信公众号申请'].map((l) => ({ label: l, value: 5, unit: '件', approximate: false })),
    };
    expect(check(ways)).toMatchObject([{ severity: 'error', expected: 5, actual: 10 }]);
    // One channel short of the whole: they may overlap or not, a warning as before.
    expect(check(heping([73, 60, 73]))[0]!.severity).toBe('warning');
  });

  it('fails one part alone that is bigger than its total, and only warns where it is a website\'s or an account\'s count (a 国资委 2020)', () => {
    const one = (total: string, value: number, unit: string, label: string, part: number, text: string): ProseFigure => ({
      label: total, value, unit, approximate: false, text, parts: [{ label, value: part, unit, approximate: false }],
    });
    // A website carries what it reposts besides the body's own information.
    expect(check(one('主动公开信息', 19, '条', '向政府网站推送', 35, '主动公开信息19条,其中向政府网站推送35条'))).toMatchObject([{
      severity: 'warning', expected: 19, actual: 35, cells: [{ path: '0' }, { path: '0.parts.0' }],
      message: '正文“主动公开信息19条,其中向政府网站推送35条”：其中向政府网站推送35条，超过总数19条（分项只是“向政府网站推送”一个渠道上的条数，网站、账号上还可能有转发、转载的信息，可以超过总数）',
    }]);
    // What came of 19 applications cannot be 35; a 公开栏 posts only the body's own.
    expect(check(one('受理申请', 19, '件', '予以公开', 35, '共受理申请19件，其中予以公开35件'))).toMatchObject([{
      severity: 'error', expected: 19, actual: 35, message: '正文“共受理申请19件，其中予以公开35件”：其中予以公开35件，超过总数19件',
    }]);
    expect(check(one('主动公开信息', 19, '条', '通过政务公开栏公开', 35, '主动公开信息19条,其中通过政务公开栏公开35条'))[0]!.severity).toBe('error');
    // The towns' count may be their own, beyond a government's total of its own level: a warning.
    expect(check(one('主动公开政府信息', 19, '条', '乡镇公开信息', 35, '全年主动公开政府信息19条，其中乡镇公开信息35条'))).toMatchObject([{
      severity: 'warning', message: '正文“全年主动公开政府信息19条，其中乡镇公开信息35条”：其中乡镇公开信息35条，超过总数19条（分项只是“乡镇公开信息”，是其他机关公开的条数，总数可能只计本级，不含它们）',
    }]);
    expect(check(one('主动公开政府信息', 19, '条', '各乡镇(街道)公开信息', 35, '全年主动公开政府信息19条，其中各乡镇(街道)公开信息35条'))[0]!.severity).toBe('warning');
    // …named as their governments, or several together.
    expect(check(one('主动公开政府信息', 19, '条', '各乡镇人民政府公开信息', 35, '全年主动公开政府信息19条，其中各乡镇人民政府公开信息35条'))[0]!.severity).toBe('warning');
    expect(check(one('主动公开政府信息', 19, '条', '各乡镇、街道公开信息', 35, '全年主动公开政府信息19条，其中各乡镇、街道公开信息35条'))[0]!.severity).toBe('warning');
    // One town's government is the reporting town's own: its count is within the total.
    expect(check(one('主动公开政府信息', 10, '条', '镇政府公开信息', 12, '主动公开政府信息10条,其中镇政府公开信息12条'))[0]!.severity).toBe('error');
    // A town's own notice board, named with its 乡 as labels read it since 通过 is dropped (lintao-shangying-2020's
    // 通过乡政府政务公开栏公开信息12期, weishan-niujie-2019's 在村公示栏公开政府相关工作60余次), is no other bodies' count.
    expect(check(one('主动公开政府信息', 10, '条', '乡政府政务公开栏公开信息', 12, '主动公开政府信息10条,其中通过乡政府政务公开栏公开信息12条'))[0]!.severity).toBe('error');
    expect(check(one('主动公开政府信息', 10, '条', '村公示栏公开政府相关工作', 12, '主动公开政府信息10条,其中在村公示栏公开政府相关工作12条'))[0]!.severity).toBe('error');
    // …as is a 旗's or 盟's own departments' (旗直, as 县直).
    expect(check(one('主动公开政府信息', 19, '条', '旗直部门公开信息', 35, '全年主动公开政府信息19条，其中旗直部门公开信息35条'))).toMatchObject([{ severity: 'warning' }]);
    // One part short of the total says nothing of the rest.
    expect(check(one('主动公开信息', 19, '条', '向政府网站推送', 15, '主动公开信息19条,其中向政府网站推送15条'))).toEqual([]);
  });

  it('holds no part alone in another unit of pieces against its total: an application may ask for several items', () => {
    const asked: ProseFigure = {
      label: '受理政府信息公开申请', value: 19, unit: '件', approximate: false, text: '全年受理政府信息公开申请19件，其中涉及政府信息35条',
      parts: [{ label: '涉及政府信息', value: 35, unit: '条', approximate: false }],
    };
    expect(check(asked)).toEqual([]);
  });

  it('only warns where the last part is joined on with 以及 after the parts before it made up the total (gs-ganzhou-beijie-2025)', () => {
    const statutory = (text: string, value = 1): ProseFigure => ({
      label: '发布法定主动公开内容', value, unit: '条', approximate: false, text,
      parts: [['机构概况', 1], ['三公经费及预算/决算信息', 2]].map(([label, v]) => ({ label: label as string, value: v as number, unit: '条', approximate: false })),
    });
    expect(check(statutory('发布法定主动公开内容1条,包括机构概况1条,以及“三公”经费及预算/决算信息2条,切实保障公众知情权和监督权'))).toMatchObject([{
      severity: 'warning', expected: 1, actual: 3,
      message: '正文“发布法定主动公开内容1条…”：其中机构概况1+三公经费及预算/决算信息2=3条，超过总数1条（前面的分项已合计为总数，“三公经费及预算/决算信息”用“以及”接在其后，可能另算，不在总数之内）',
    }]);
    // Listed with 、, or where the parts before it fall short of the total, the part is one of the list: a contradiction.
    expect(check(statutory('发布法定主动公开内容1条,包括机构概况1条、“三公”经费及预算/决算信息2条'))[0]!.severity).toBe('error');
    expect(check(statutory('发布法定主动公开内容2条,包括机构概况1条,以及“三公”经费及预算/决算信息2条', 2))[0]!.severity).toBe('error');
  });

  it('only warns about channels listed with a kind of information beside them: xingan-2018 counts 重点领域 among its channels', () => {
    const text = '2018年度,街道主动公开的信息共计659条。其中,通过政府网站公开信息144条,政务微信公开信息471条,其他方式公开信息89条,重点领域公开信息47条。';
    const listed = (labels: [string, number][]): ProseFigure => ({
      label: '街道主动公开的信息', value: 659, unit: '条', approximate: false, text,
      parts: labels.map(([label, value]) => ({ label, value, unit: '条', approximate: false })),
    });
    expect(check(listed([['通过政府网站公开信息', 144], ['政务微信公开信息', 471], ['其他方式公开信息', 89], ['重点领域公开信息', 47]]))).toMatchObject([{
      severity: 'warning', expected: 659, actual: 751,
      message: expect.stringContaining('（分项既有各发布渠道的条数，又有按内容分的“重点领域公开信息”，同一条信息两边都算，合计可以超过总数）'),
    }]);
    // 电视、报纸等其他媒体 are channels too, the rest of them (kyqq-2025): only 重点领域 is a kind.
    const kyqq = '2025年全旗主动公开政府信息6.7万余条，其中政府网站公开信息5636条；政务新媒体公开信息9500余条；电视、报纸等其他媒体公开信息51800余条，公开重点领域和重点民生领域信息4300余条';
    expect(check({
      label: '主动公开政府信息', value: 67000, unit: '条', approximate: true, text: kyqq,
      parts: [['政府网站公开信息', 5636, false], ['政务新媒体公开信息', 9500, true], ['其他媒体公开信息', 51800, true], ['公开重点领域和重点民生领域信息', 4300, true]]
        .map(([label, value, approximate]) => ({ label: label as string, value: value as number, unit: '条', approximate: approximate as boolean })),
    })[0]!.message).toContain('（分项既有各发布渠道的条数，又有按内容分的“公开重点领域和重点民生领域信息”，同一条信息两边都算，合计可以超过总数）');
    // One channel among kinds is a list of kinds: more than the total is still an error.
    expect(check(listed([['通过政府网站公开信息', 144], ['政策文件', 471], ['重点领域公开信息', 89]]))).toMatchObject([{ severity: 'error' }]);
  });

  it('fails channels counted themselves, not what they published, that exceed their total: they do not overlap (tester, su-xushuguan-2023)', () => {
    const accounts: ProseFigure = {
      label: '政务新媒体', value: 1, unit: '个', approximate: false,
      text: '开设并正常运行“两微一端”等政务新媒体1个,按政务新媒体类型分,微信公众号1个、视频号1个',
      parts: [['微信公众号', 1], ['视频号', 1]].map(([label, value]) => ({ label: label as string, value: value as number, unit: '个', approximate: false })),
    };
    expect(check(accounts)).toMatchObject([{
      severity: 'error', expected: 1, actual: 2,
      message: '正文“开设并正常运行‘两微一端’等政务新媒体1个…”：其中微信公众号1+视频号1=2个，超过总数1个',
    }]);
  });

  it('quotes the total the parts fall short of whole, however far into its sentence (tester, dg-houjie-2023: 正文"一是通过…主动公开信息25…")', () => {
    const parts = [['组织机构信息', 26], ['政策文件及政策解读信息', 14], ['工作动态信息', 796], ['财政预决算信息', 311], ['通知公告信息', 317], ['重点领域信息', 437]] as const;
    const portal: ProseFigure = {
      label: '门户网站主动公开信息', value: 2516, unit: '条', approximate: false,
      text: '一是通过“中国·东莞”门户网站厚街镇栏目及东莞市政府信息公开目录主动公开信息2516条,其中组织机构信息26条,政策文件及政策解读信息14条,工作动态信息796条,财政预决算信息311条,通知公告信息317条,重点领域信息437条',
      parts: parts.map(([label, value]) => ({ label, value, unit: '条', approximate: false })),
    };
    expect(check(portal)).toMatchObject([{
      severity: 'info', expected: 2516, actual: 1901,
      message: '正文“…东莞市政府信息公开目录主动公开信息2516条…”：其中组织机构信息26+政策文件及政策解读信息14+工作动态信息796+财政预决算信息311+通知公告信息317+重点领域信息437=1901条，比总数2516条少615条，其余未列明',
    }]);
  });

  it('notes no rest unlisted where the next sentence counts it (vplvclh-yiwu-2022: 此外…等325条)', () => {
    const total: ProseFigure = {
      label: '主动公开信息', value: 4363, unit: '条', approximate: false,
      text: '2022年,全校主动公开信息4363条,涵盖学校概况、发展规划等类别。其中,通过校官方微信公众号共发送推文353条,校园官方微博发布消息3527条,官方抖音发布短视频158条。',
      parts: [['发送推文', 353], ['官方微博发布消息', 3527], ['官方抖音发布短视频', 158]].map(([label, value]) => ({ label: label as string, value: value as number, unit: '条', approximate: false })),
    };
    const rest = (value: number): ProseFigure => ({
      label: '通过市人民政府门户网站政务公开专栏公开学校规划计划、政策文件', value, unit: '条', approximate: false,
      text: '此外,通过市人民政府门户网站政务公开专栏公开学校规划计划、政策文件等325条。', parts: [],
    });
    expect(check(total, rest(325))).toEqual([]);
    expect(check(total, rest(324))).toMatchObject([{ severity: 'info', expected: 4363, actual: 4038 }]);
  });

  it('notes the rest unlisted where the next count merely equals it, naming something else (办结1件 is not the 1 unlisted)', () => {
    const done: ProseFigure = { label: '办结', value: 1, unit: '件', approximate: false, text: '办结1件。', parts: [] };
    expect(check(figure(10, [4, 5]), done)).toMatchObject([{ severity: 'info', expected: 10, actual: 9 }]);
    // Said as going on from the list, it is the rest.
    expect(check(figure(10, [4, 5]), { ...done, text: '另有1件通过信函提交。' })).toEqual([]);
  });

  it('notes no rest unlisted where the parts counted in another unit make it up (quxian-yb-2022, chuanshan-ga-2023)', () => {
    const list = (text: string, value: number, parts: [string, number, string][]): ProseFigure => ({
      label: '公开各类政府信息', value, unit: '条', approximate: false, text,
      parts: parts.map(([label, v, unit]) => ({ label, value: v, unit, approximate: false })),
    });
    const quxian = list('全年公开各类政府信息101条,其中,工作动态70件,部门信息公开年报1条,公示公告10条,政策法规、政策解读20条', 101,
      [['工作动态', 70, '件'], ['部门信息公开年报', 1, '条'], ['公示公告', 10, '条'], ['政策法规、政策解读', 20, '条']]);
    const chuanshan = list('2023年,我局公开各类信息309条,其中工作动态信息306条,有效规范性文件2件,通知公告1条', 309,
      [['工作动态信息', 306, '条'], ['有效规范性文件', 2, '件'], ['通知公告', 1, '条']]);
    expect(check(quxian, chuanshan)).toEqual([]);
    // Where they do not, the rest is unlisted.
    expect(check({ ...chuanshan, value: 310 })).toMatchObject([{ severity: 'info', actual: 307, message: expect.stringMatching(/其余未列明$/) }]);
  });

  it('does not sum what was sent up to another office among what was published (guangyuan-tjj-2024)', () => {
    const published = (label: string, text: string): ProseFigure => ({
      label, value: 276, unit: '条', approximate: false, text,
      parts: [['政务动态信息', 216, false], ['更新信息公开目录', 50, false], ['主动向市政府办报送信息', 100, true]]
        .map(([l, value, approximate]) => ({ label: l as string, value: value as number, unit: '条', approximate: approximate as boolean })),
    });
    expect(check(published('公开政府信息', '2024年,我局通过广元统计局门户网站累计公开政府信息276条,其中:政务动态信息216条,更新信息公开目录50条,主动向市政府办报送信息100余条。'))).toMatchObject([{
      severity: 'info', expected: 276, actual: 266, cells: [{ path: '0' }, { path: '0.parts.0' }, { path: '0.parts.1' }],
    }]);
    // Nor where the parts add up with it: then it was counted.
    expect(check({ ...published('公开政府信息', '累计公开政府信息366条,其中:政务动态信息216条,更新信息公开目录50条,主动向市政府办报送信息100余条。'), value: 366 })).toEqual([]);
    // Where sending up is what the total counts, it is a part.
    expect(check(published('报送信息', '全年共报送信息276条,其中:政务动态信息216条,更新信息公开目录50条,主动向市政府办报送信息100余条。'))).toMatchObject([{ severity: 'warning', actual: 366 }]);
    // So is what was sent to another office's website, published there (pingwu-jt-2022: 136 + 67 + 28 = 231).
    const pingwu = (value: number): ProseFigure => ({
      label: '政府信息', value, unit: '条', approximate: false,
      text: '…疫情防控等方面政府信息共231条,其中通过县政府门户网站发布信息136条,向市交通运输局网站报送信息67条,在平武县融媒体中心、平武县广播电视台等新闻宣传平台发布信息28条',
      parts: [['政府门户网站发布信息', 136], ['向市交通运输局网站报送信息', 67], ['发布信息', 28]].map(([label, v]) => ({ label: label as string, value: v as number, unit: '条', approximate: false })),
    });
    expect(check(pingwu(231))).toEqual([]);
    expect(check(pingwu(240))).toMatchObject([{ severity: 'info', actual: 231 }]);
    // What units sent in to the total's own channel, named by no office it went to, is a piece of it (review 15 #3).
    expect(check({ label: '门户网站发布信息', value: 500, unit: '条', approximate: false, text: '全年在门户网站发布信息500条，其中本局发布300条、各科室报送信息250条。',
      parts: [['本局发布', 300], ['各科室报送信息', 250]].map(([label, v]) => ({ label: label as string, value: v as number, unit: '条', approximate: false })) }))
      .toMatchObject([{ severity: 'error', expected: 500, actual: 550 }]);
  });

  it('warns where a list that ends in what holds the rest (其他类) falls short: it claims to be whole (zrz-2022)', () => {
    const list = (text: string, value: number, kinds: [string, number][], unit = '条'): ProseFigure => ({
      label: '政府信息主动公开', value, unit: '条', approximate: false, text,
      parts: kinds.map(([label, v]) => ({ label, value: v, unit, approximate: false })),
    });
    // 平潭自然资源与生态环境局 2022: 54 of 64.
    const zrz = list('全年政府信息主动公开64条，其中政策及规范性文件类2条，国民经济和社会发展规划、专项规划、区域规划及相关政策1条，财政预算、决算1条，环境保护8条，征地信息31条，土地划拨2条，其他类9条', 64,
      [['政策及规范性文件类', 2], ['国民经济和社会发展规划、专项规划、区域规划及相关政策', 1], ['财政预算、决算', 1], ['环境保护', 8], ['征地信息', 31], ['土地划拨', 2], ['其他类', 9]]);
    expect(check(zrz)).toMatchObject([{ severity: 'warning', expected: 64, actual: 54, message: expect.stringMatching(/比总数64条少10条，而分项以“其他类”收尾，应已列全$/) }]);
    // Nor with a 等 after it, said out of habit (czj-2023: 94 of 107; the same words in czj-2025 close a list adding up to 53).
    const czj = list('在主动公开的107条政府信息中，…其中:减税降费22条，财税金融等政策及解读共2条；财政预算、决算报告共7条；财政资金直达基层9条；其他文件共54条等', 107,
      [['减税降费', 22], ['政策及解读', 2], ['财政预算、决算报告', 7], ['财政资金直达基层', 9], ['其他文件', 54]]);
    expect(check(czj)).toMatchObject([{ severity: 'warning', expected: 107, actual: 94, message: expect.stringMatching(/而分项以“其他文件”收尾，应已列全$/) }]);
    // Not where the list makes up another count of its sentence (pengjiang-fgj-2024).
    const text = '2024年,主动公开政府信息公开目录和我局专题专栏共188条。其中政府信息公开目录中公开政府信息公开年度报告1条,组织机构4条、部门文件22条、行政执法3条、公告公示12条、工作动态53条、财政预决算4条、其他3条,共发布102条';
    const pengjiang = list(text, 188, [['年度报告', 1], ['组织机构', 4], ['部门文件', 22], ['行政执法', 3], ['公告公示', 12], ['工作动态', 53], ['财政预决算', 4], ['其他', 3]]);
    expect(check(pengjiang, { ...list(text, 102, []), label: '发布' }).map((f) => f.severity)).toEqual(['info']);
    // The page whole names the rest: the 专题专栏's list after the ；, adding up to its own 86 (102+86 = 188: 51wts-pjfgj-2024).
    const columns = '专题专栏包括组织机构4条、价格收费52条、投资管理18条、重点项目12条,共发布86条';
    const items = ([['组织机构', 4], ['价格收费', 52], ['投资管理', 18], ['重点项目', 12], ['发布', 86]] as const).map(([label, v]) => ({ ...list(columns, v, []), label }));
    expect(check(pengjiang, { ...list(text, 102, []), label: '发布' }, ...items)).toEqual([]);
    // Not where the items after it do not add up to the rest.
    expect(check(pengjiang, { ...list(text, 102, []), label: '发布' }, ...items.map((f) => f.value === 52 ? { ...f, value: 50 } : f)).map((f) => f.severity)).toEqual(['info']);
    // Nor where the next count of the text is the rest (屯昌县交通运输局 2022: 13 of 76, then 重点项目共公开63条).
    const tunchang = list('2022年度共新增主动公开政府信息76条,其中财务信息4条,人事信息1条,总结公报信息1条,市场监管信息3条,社会公益信息2条,其他信息2条,所有信息在县政府门户网站的政府信息公开专题网站上进行了公开', 76,
      [['财务信息', 4], ['人事信息', 1], ['总结公报信息', 1], ['市场监管信息', 3], ['社会公益信息', 2], ['其他信息', 2]]);
    const rest = { ...list('重点项目共公开63条,及时更新屯昌县重点建设的项目名单', 63, []), label: '重点项目' };
    expect(check(tunchang, rest).map((f) => f.severity)).toEqual([]);
    expect(check(tunchang, { ...rest, value: 62 }).map((f) => f.severity)).toEqual(['warning']);
    // A count of that value naming something else is not the rest.
    expect(check(tunchang, { ...rest, label: '政府网站发布政策解读', text: '在政府网站发布政策解读63条。' }).map((f) => f.severity)).toEqual(['warning']);
    // Nor one done by another predicate holding the verb (依申请公开 is not 主动公开), or in another year (review 15 #6).
    const active = { ...list('全年共主动公开政府信息76条，其中财务信息4条、人事信息1条、其他信息2条。', 76, [['财务信息', 4], ['人事信息', 1], ['其他信息', 2]]), label: '主动公开政府信息' };
    expect(check(active, { ...list('依申请公开信息69条。', 69, []), label: '依申请公开信息' }).map((f) => f.severity)).toEqual(['warning']);
    expect(check(figure(10, [4, 5]), { ...figure(1, []), label: '收到申请', text: '上年度收到申请1件。' }).map((f) => f.severity)).toEqual(['info']);
    // Nor where the sentence names more kinds after it (wulong-2011: 1862 of 2361, then the 行政许可 and 政府采购 items).
    const wulong = list('截止2011年12月31日,我县通过政府门户网站向社会公开政府信息2361条。其中,政务信息426条、政府文件482条、便民服务和投资类信息429条,其他信息525条,所有的行政许可项目与政府采购公告的相关信息全部通过政府门户网站发布,做到阳光和透明', 2361,
      [['政务信息', 426], ['政府文件', 482], ['便民服务和投资类信息', 429], ['其他信息', 525]]);
    expect(check(wulong).map((f) => f.severity)).toEqual(['info']);
    // But 相关信息 or 各类信息 opening the next clause is the list itself.
    const kinds: [string, number][] = [['财务信息', 4], ['人事信息', 1], ['市场监管信息', 3], ['其他信息', 2]];
    for (const after of ['相关信息均已及时发布', '各类信息均在门户网站发布']) {
      expect(check(list(`全年主动公开政府信息76条，其中财务信息4条，人事信息1条，市场监管信息3条，其他信息2条，${after}`, 76, kinds)).map((f) => f.severity)).toEqual(['warning']);
    }
  });

  it('notes no rest where the parts are what was added since the count the total grew from (hainan-amr-2014)', () => {
    const hainan: ProseFigure = {
      label: '功能版块', value: 16, unit: '个', approximate: false,
      text: '功能版块由原来的8个增加到现在的16个。其中,新增政务信息类栏目4个,服务类栏目2个,公众互动类栏目2个',
      parts: [['新增政务信息类栏目', 4], ['服务类栏目', 2], ['公众互动类栏目', 2]].map(([label, v]) => ({ label: label as string, value: v as number, unit: '个', approximate: false })),
    };
    expect(check(hainan)).toEqual([]);
    // Grown from another count, the parts leave a rest unlisted.
    expect(check({ ...hainan, text: hainan.text.replace('原来的8个', '原来的10个') }).map((f) => f.severity)).toEqual(['info']);
  });

  it('notes no rest where the parts are the accounts closed and opened on the way to the total (pt-gwh-2022)', () => {
    const gwh: ProseFigure = {
      label: '政务新媒体调整', value: 33, unit: '家', approximate: false,
      text: '二是加强政务新媒体管理，从原有的35家政务新媒体调整为33家，其中，注销5家维护更新不及时的政务新媒体，新增区行政审批局、区经济发展局、区交通建设局3家政务新媒体',
      parts: [['政务新媒体', 5], ['政务新媒体', 3]].map(([label, v]) => ({ label: label as string, value: v as number, unit: '家', approximate: false })),
    };
    expect(check(gwh)).toEqual([]);
    // Changes that do not come to the difference (35 − 6 + 3 ≠ 33) are read as the parts they are said as.
    expect(check({ ...gwh, text: gwh.text.replace('注销5家', '注销6家'), parts: [{ ...gwh.parts[0]!, value: 6 }, gwh.parts[1]!] }).map((f) => f.severity)).toEqual(['info']);
    // No count before the total: the rest is unlisted, though it equals a part (13 − 5 − 3 = 5).
    const current = '二是加强政务新媒体管理，全区现有政务新媒体13家，其中，新增区行政审批局、区经济发展局、区交通建设局、区财政金融局、区卫生健康局5家政务新媒体，区属国有企业3家政务新媒体';
    expect(check({ ...gwh, label: '现有政务新媒体', value: 13, text: current, parts: [{ ...gwh.parts[0]! }, gwh.parts[1]!] }).map((f) => f.severity)).toEqual(['info']);
  });

  it('sums a part\'s own bracketed list against that part: its items are pieces of it (kaizhou-dajin-2024, huitong-lyj-2020)', () => {
    const withParts = (label: string, value: number, text: string, parts: [string, number][]): ProseFigure => ({
      label, value, unit: '条', approximate: false, text, parts: parts.map(([l, v]) => ({ label: l, value: v, unit: '条', approximate: false })),
    });
    // 开州区大进镇 2024: 法定主动公开35条 = 6+4+6+3+5+2+5+2+2.
    const dajin = (policies: number) => withParts('主动公开信息', 221,
      `2024年度,通过政府门户主动公开信息221条,其中,工作动态184条;法定主动公开35条(其中政策文件${policies}条、乡村振兴4条、教育6条、社会保障3条、社会救助5条、预决算公开2条、涉农补贴5条、集体土地征收2条、宅基地使用情况审核2条);政府信息公开年度报告1条;政府信息公开指南1条`,
      [['工作动态', 184], ['法定主动公开', 35], ['政府信息公开年度报告', 1], ['政府信息公开指南', 1]]);
    expect(check(dajin(6))).toEqual([]);
    expect(check(dajin(16))).toMatchObject([{
      severity: 'error', expected: 35, actual: 45, cells: [{ path: '0.parts.1' }],
      message: expect.stringContaining('：法定主动公开35条，其中政策文件16+乡村振兴4+教育6+社会保障3+社会救助5+预决算公开2+涉农补贴5+集体土地征收2+宅基地使用情况审核2=45条，超过法定主动公开的35条'),
    }]);
    // An item's own bracket holds pieces of that item, not of the part (a bracket added to dajin's 政策文件).
    const nested = (policies: number) => ({ ...dajin(policies), text: dajin(policies).text.replace(`政策文件${policies}条`, `政策文件${policies}条（含规范性文件5条）`) });
    expect(check(nested(6))).toEqual([]);
    expect(check(nested(16))).toMatchObject([{ actual: 45, message: expect.stringContaining('其中政策文件16+乡村振兴4+教育6+') }]);
    // 会同县林业局 2020: 27 of the 29 notices were penalties; one item alone may exceed its part too.
    const huitong = (penalties: number) => withParts('发布信息', 42,
      `林业局网站中，2020年共发布信息42条，其中：机构信息4条，通知公告29条（其中行政处罚${penalties}条），人事信息1条，规划计划2条，财政信息4条，信息公开指南1条，信息公开年报1条`,
      [['机构信息', 4], ['通知公告', 29], ['人事信息', 1], ['规划计划', 2], ['财政信息', 4], ['信息公开指南', 1], ['信息公开年报', 1]]);
    expect(check(huitong(27))).toEqual([]);
    expect(check(huitong(37))).toMatchObject([{ severity: 'error', expected: 29, actual: 37, message: expect.stringContaining('：通知公告29条，其中行政处罚37条，超过通知公告的29条') }]);
    // A change against last year in the bracket is no item of it, and a second list after a ； counts the part another
    // way (huitong-lyj-2020's bracket, a clause added to each).
    const said = (bracket: string) => ({ ...huitong(27), text: huitong(27).text.replace('（其中行政处罚27条）', bracket) });
    expect(check(said('（其中行政处罚27条，较上年增加15条）'))).toEqual([]);
    expect(check(said('（其中行政处罚27条、行政许可2条；本级发布20条、转发上级信息9条）'))).toEqual([]);
    expect(check(said('（其中行政处罚27条、行政许可2条，本级发布20条、转发上级信息9条）'))).toEqual([]);
    // A part whose count a list before it holds too is found by its name (人事信息1条 → 4条 after 行政处罚4条).
    const personnel = { ...huitong(4), text: huitong(4).text.replace('人事信息1条', '人事信息4条（其中任免信息3条、招聘信息3条）'), value: 45 };
    personnel.parts[2] = { ...personnel.parts[2]!, value: 4 };
    expect(check(personnel)).toMatchObject([{ severity: 'error', expected: 4, actual: 6, cells: [{ path: '0.parts.2' }] }]);
    expect(check(said('（其中行政处罚27条、行政许可12条；网站发布29条）'))).toMatchObject([{ expected: 29, actual: 39 }]);
  });

  it('says no sum where a part\'s label holds a count read as words, its unit lost in a list run together (zlq-2021: 307 unread)', () => {
    // 正蓝旗 2021, as the prose reader read it before it took a list's bare items (numbers.ts): 通知公告307 lost its 条, so the
    // parts read (2313) are not all the list has (2620). A count still read into a label so says the same.
    const text = '一是旗政府网站方面,年内共发布各类信息2968条,其中概况类信息348条政务要闻415条通知公告307不动产公告84条工作动态404条信息公开目录信息1062条、公示行政许可事项177项';
    const read = (labels: string[]): ProseFigure => ({
      label: '发布各类信息', value: 2968, unit: '条', approximate: false, text,
      parts: labels.map((label, k) => ({ label, value: [348, 415, 84, 404, 1062][k]!, unit: '条', approximate: false })),
    });
    expect(check(read(['概况类信息', '通知公告', '通知公告307不动产公告', '工作动态', '信息公开目录信息']))).toEqual([]);
    // The same parts with no count in their labels are summed, and so are those naming a service line by its number.
    expect(check(read(['概况类信息', '政务要闻', '不动产公告', '工作动态', '信息公开目录信息']))).toMatchObject([{ severity: 'info' }]);
    expect(check(read(['概况类信息', '政务要闻', '办理12345网上群众热线', '工作动态', '信息公开目录信息']))).toMatchObject([{ severity: 'info' }]);
  });
});
