import { describe, expect, it } from 'vitest';
import type { Line } from '../../page/model.ts';
import { extractProseFigures } from '../../prose/figures.ts';
import type { ProseFigure } from '../../schema.ts';
import { findingsOf, makeContext, makeReport } from '../../../test/support/report.ts';
import { statedShares } from './stated-shares.ts';

// shatou-2008 (永嘉县沙头镇), as the page words it: 207/312 is 66.3%, not 58.1%.
const SHATOU = '2008年度共新增主动公开政府信息312条。其中,机构概况类信息5条,占1.6%;政策文件类信息24条,占7.7 %;政务动态类信息50条,占16 %;行政执法类信息0条;重点业务类信息26条,占8.3%;其它类信息207条,占58.1%。';
const kinds = [['机构概况类信息', 5], ['政策文件类信息', 24], ['政务动态类信息', 50], ['行政执法类信息', 0], ['重点业务类信息', 26], ['其它类信息', 207]] as const;
const figure = (text: string, value = 312, parts: readonly (readonly [string, number])[] = kinds): ProseFigure => ({
  label: '主动公开政府信息', value, unit: '条', approximate: false, text,
  parts: parts.map(([label, v]) => ({ label, value: v, unit: '条', approximate: false })),
});
const check = (...figures: ProseFigure[]) => findingsOf(statedShares, makeReport({ proseFigures: figures }));
// The findings on a paragraph of a report of `year`, its figures read from it as extraction reads them.
const paragraph = (line: string, year = 2019) => {
  const lines: Line<{ data: string }>[] = [{ text: line, table: -1, cellTextLength: 0, pieces: [{ node: { data: line }, nodeStart: 0, lineStart: 0, length: line.length }] }];
  return findingsOf(statedShares, makeReport({ proseFigures: extractProseFigures(lines, year).figures }), makeContext({ lines: [line] }));
};

describe('prose/stated-shares', () => {
  it('passes shares that are the parts over the total, rounded or cut at their last digit', () => {
    expect(check(figure(SHATOU.replace('占58.1%', '占66.3%')))).toEqual([]);
    expect(check(figure(SHATOU.replace('占58.1%', '占66.4%')))).toEqual([]);
  });

  it('warns about a share the others show to be of the same total, that is not the part over it (shatou-2008)', () => {
    expect(check(figure(SHATOU))).toEqual([{
      rule: 'prose/stated-shares', severity: 'warning', expected: 66.3, actual: 58.1,
      message: '正文“2008年度共新增主动公开政府信息312条…其它类信息207条,占58.1%…”：其它类信息207条占总数312条的66.3%，而正文写占58.1%（另有4项所写占比与这个总数相符）',
      cells: [{ table: 'proseFigures', path: '0' }, { table: 'proseFigures', path: '0.parts.5' }],
    }]);
  });

  it('warns where shares each said of the total (占总数的) fit no one total (daxing-fgw-2013)', () => {
    const daxing = '2013年主动公开政府信息数303条。其中,机构职能类信息107条,占总数的38.8%;规划计划类信息17条,占总数的4.8%;业务动态类信息114条,占总数的37.9%。';
    expect(paragraph(daxing, 2013)).toMatchObject([{
      severity: 'warning', expected: 6.2, actual: 4.8,
      message: '正文“…机构职能类信息107条,占总数的38.8%;规划计划类信息17条,占总数的4.8%…”：机构职能类信息107条占总数的38.8%，总数应约为276条；规划计划类信息17条占总数的4.8%，总数应约为354条。没有一个总数同时符合这两个占比（正文所写总数为303条），至少一个写错',
      cells: [{ path: '0' }, { path: '0.parts.0' }, { path: '0.parts.1' }],
    }]);
    // Shares of one total other than the one written (275–276: 107, 17 and 114 at 38.8%, 6.2%, 41.3%) say nothing of it;
    // nor do shares not said of the total, which may be of another.
    expect(paragraph(daxing.replace('4.8%', '6.2%').replace('37.9%', '41.3%'), 2013)).toEqual([]);
    expect(paragraph(daxing.replaceAll('占总数的', '占'), 2013)).toEqual([]);
  });

  it('says nothing where the shares are of a count the text gave before, not of the figure they follow (wenwu-2017)', () => {
    // The page's shares are of the 10 received, said under the 9 answered; its outcomes cut to three, to add up to the 9
    // (the page lists six, 12 in all): alone, the 9 would be the total they are checked against.
    const answered = '在已经答复的9件申请中,“同意公开”的7件,占总数的70%;“不予公开”的1件,占总数的10%;“信息不存在”的1件,占总数的10%。';
    expect(paragraph(answered, 2017)).toMatchObject([{ expected: 77.8, actual: 70 }]);
    expect(paragraph(`本局2017年共受理信息公开申请10件,其中当面申请1宗,占10%;网上申请9宗,占90%;信函申请0宗,占0%。${answered}`, 2017)).toEqual([]);
  });

  it('says nothing where fewer than two other shares are of the total, and the parts do not add up to it: they may be of another', () => {
    const two = figure('共新增主动公开政府信息312条。其中,机构概况类信息5条,占1.6%;政策文件类信息24条,占17.7%;其它类信息207条,占58.1%。',
      312, [['机构概况类信息', 5], ['政策文件类信息', 24], ['其它类信息', 207]]);
    expect(check(two)).toEqual([]);
    // Nor of a share of another total, or a change on last year.
    expect(check(figure(SHATOU.replace('占58.1%', '占全县的58.1%')))).toEqual([]);
    expect(check(figure(SHATOU.replace(',占58.1%', ',同比增长58.1%')))).toEqual([]);
  });
});

describe('prose/stated-shares over parts that add up to the total', () => {
  // mhk-xinghua-2010 (兴华乡), as the page words it: 20+45 is 65, so the shares are of 65; 45/65 is 69.2%, not 75%.
  const XINGHUA = '截止20101231日,全乡累计主动公开政府信息65条。其中,网上公开信息20条,所占比例为30%,兴华乡政务公开揭示板上公开45条,所占比例75%';
  const parts = [['网上公开信息', 20], ['兴华乡政务公开揭示板上公开', 45]] as const;

  it('checks the shares of two parts, whose sum shows the total they are of (mhk-xinghua-2010)', () => {
    expect(check(figure(XINGHUA, 65, parts))).toEqual([{
      rule: 'prose/stated-shares', severity: 'warning', expected: 69.2, actual: 75,
      message: '正文“…全乡累计主动公开政府信息65条…兴华乡政务公开揭示板上公开45条,所占比例75%”：兴华乡政务公开揭示板上公开45条占总数65条的69.2%，而正文写占75%（各分项之和正是这个总数）',
      cells: [{ table: 'proseFigures', path: '0' }, { table: 'proseFigures', path: '0.parts.1' }],
    }]);
    expect(check(figure(XINGHUA.replace('75%', '69%'), 65, parts))).toEqual([]);
  });

  it('says nothing of two parts that do not add up to the total: their shares may be of another', () => {
    expect(check(figure(XINGHUA.replace('65条', '70条'), 70, parts))).toEqual([]);
  });
});

describe('prose/stated-shares, which shares count', () => {
  const applications = (text: string, value: number, parts: [string, number][], unit = '件'): ProseFigure => ({
    label: '办理申请', value, unit, approximate: false, text,
    parts: parts.map(([label, v]) => ({ label, value: v, unit, approximate: false })),
  });

  it('takes no share of a part of 0 as showing the total: 0% is of any total (these are of the 100 newly received)', () => {
    expect(check(applications('共办理申请105件（含上年结转5件），其中予以公开60件，占60%；不予公开0件，占0%；无法提供0件，占0%；其他40件，占40%。', 105,
      [['予以公开', 60], ['不予公开', 0], ['无法提供', 0], ['其他', 40]]))).toEqual([]);
  });

  it('pairs a share with the part its place names, not a sub-part of the same count', () => {
    const text = '共受理申请100件，其中自然人申请50件，占50%；法人或其他组织申请30件，占30%，其中企业申请20件，占66.7%；其他20件，占20%。';
    const parts: [string, number][] = [['自然人申请', 50], ['法人或其他组织申请', 30], ['其他', 20]];
    expect(check(applications(text, 100, parts))).toEqual([]);
    // Its own share is still checked.
    expect(check(applications(text.replace('占20%', '占25%'), 100, parts))).toMatchObject([{ expected: 20, actual: 25, cells: [{ path: '0' }, { path: '0.parts.2' }] }]);
    // A sub-part whose label holds the part's (其他组织申请 holds 其他) does not name it: the label must be whole (review 15 #2).
    expect(check(applications(text.replace('企业申请', '其他组织申请'), 100, parts))).toEqual([]);
  });

  it('does not check a share said roughly (约占, 以上, 左右) at its last digit', () => {
    expect(check(applications('共收到申请200件，其中自然人申请150件，约占70%；法人申请30件，约占15%；其他组织20件，约占10%。', 200,
      [['自然人申请', 150], ['法人申请', 30], ['其他组织', 20]]))).toEqual([]);
    const notices = (share: string) => check(applications(`共主动公开信息1000条，其中政策文件950条，占90%${share}，工作动态30条，占3%，其他20条，占2%。`, 1000,
      [['政策文件', 950], ['工作动态', 30], ['其他', 20]], '条'));
    expect(notices('以上')).toEqual([]);
    expect(notices('左右')).toEqual([]);
    expect(notices('')).toMatchObject([{ expected: 95, actual: 90 }]);
  });
});

describe('prose/stated-shares, the outcomes the next sentences give of a total', () => {
  // shanghai-office-2019's paragraph as the page prints it: 258 of 805 is 32.0%, not 33.9% (273 would be).
  const SHANGHAI = '市政府办公厅代表市政府共受理政府信息公开申请859件，申请数量较去年回落12.3%；答复政府信息公开申请805件（含上年度结转申请18件，另有72件申请按照《条例》顺延到下年度答复），均在法定期限内予以答复。予以公开及部分公开258件，占33.9%；不予公开35件，占4.34%；因本机关不掌握等原因无法提供265件，占32.9%；不予处理158件，占19.6%；其他处理0件。信息公开类行政复议7件，诉讼9件，均获维持，继续保持了省级政府零败诉的记录，维护了市政府依法行政、公开透明的良好形象。';

  it('checks the shares of the outcomes against the count of applications the sentence before ends with (shanghai-office-2019)', () => {
    expect(paragraph(SHANGHAI)).toEqual([{
      rule: 'prose/stated-shares', severity: 'warning', expected: 32, actual: 33.9,
      message: '正文“答复政府信息公开申请805件（含上年度结转申请18件…予以公开及部分公开258件，占33.9%…”：予以公开及部分公开258件占总数805件的32%，而正文写占33.9%（另有3项所写占比与这个总数相符）',
      cells: [{ table: 'proseFigures', path: '1' }, { table: 'proseFigures', path: '1.parts.0' }],
    }]);
  });

  it('checks them after a count of applications received too, each result a figure of its own (the reader makes them parts only of those answered)', () => {
    expect(paragraph(SHANGHAI.replace('答复政府信息公开申请805件', '受理政府信息公开申请805件'))).toMatchObject([
      { expected: 32, actual: 33.9, cells: [{ path: '1' }, { path: '3' }] },
    ]);
  });

  it('checks them where the figures are typed full-width (shanghai-office-2019\'s paragraph so: 占３３．９％)', () => {
    const full = SHANGHAI.replace(/[0-9%]|(?<=[0-9])\.(?=[0-9])/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    expect(paragraph(full)).toMatchObject([{ rule: 'prose/stated-shares', expected: 32, actual: 33.9, cells: [{ path: '1' }, { path: '1.parts.0' }] }]);
  });

  it('takes 不予公开35件，占4.34% as right: 35/805 is 4.347…%, and a share cut at its last digit agrees as one rounded does', () => {
    // With 273 (33.9% of 805) the page would be consistent: 4.34 is no fault. 4.24 is.
    expect(paragraph(SHANGHAI.replace('258件', '273件'))).toEqual([]);
    expect(paragraph(SHANGHAI.replace('258件', '273件').replace('4.34%', '4.24%'))).toMatchObject([{ expected: 4.35, actual: 4.24, cells: [{ path: '1' }, { path: '1.parts.1' }] }]);
  });

  it('holds the shares against no total but the one the sentence right before ends with, of which they are outcomes no larger than it', () => {
    // Another sentence between; a total of information published, not of applications; a part larger than the total.
    expect(paragraph(SHANGHAI.replace('均在法定期限内予以答复。', '均在法定期限内予以答复。全年召开培训会3次。'))).toEqual([]);
    expect(paragraph(SHANGHAI.replace('答复政府信息公开申请805件', '主动公开政府信息805件'))).toEqual([]);
    // A result larger than the total is still one of its results (prose/parts-sum reports it): its share is not checked,
    // the others' are, and 258's is still not 258/805.
    expect(paragraph(SHANGHAI.replace('265件', '900件'))).toMatchObject([{ expected: 32, actual: 33.9, cells: [{ path: '1' }, { path: '1.parts.0' }] }]);
  });
});

describe('prose/stated-shares, a share of a part the sentence after states', () => {
  // czj-2021 as the page words it: 198/510 is 38.8%; the 41.5% stated is 198 over the parts' sum, 198+142+137 = 477.
  const CZJ_2021 = '(一)主动公开政府信息的数量2021年制作、获取政府信息总数510条，其中主动公开政府信息198条，依申请公开信息数142条，不予公开信息数137条。主动公开的政府信息占41.5%。';

  it('checks a share the next sentence gives of a part it names, which is the part over the parts\' sum, not over the total (czj-2021)', () => {
    expect(paragraph(CZJ_2021, 2021)).toEqual([{
      rule: 'prose/stated-shares', severity: 'warning', expected: 38.8, actual: 41.5,
      message: '正文“…获取政府信息总数510条，其中主动公开政府信息198条…不予公开信息数137条。主动公开的政府信息占41.5%”：主动公开政府信息198条占总数510条的38.8%，而正文写占41.5%（这个占比是198条占各分项之和477条的，而分项之和不是总数：总数或占比可能写错）',
      cells: [{ table: 'proseFigures', path: '0' }, { table: 'proseFigures', path: '0.parts.0' }],
    }]);
  });

  it('passes it where it is the part over the total, and reads no share of another total or of a thing the parts do not name', () => {
    expect(paragraph(CZJ_2021.replace('占41.5%', '占38.8%'), 2021)).toEqual([]);
    expect(paragraph(CZJ_2021.replace('占41.5%', '占全市的41.5%'), 2021)).toEqual([]);
    expect(paragraph(CZJ_2021.replace('主动公开的政府信息占41.5%', '网上公开的信息占41.5%'), 2021)).toEqual([]);
    expect(paragraph(CZJ_2021.replace('主动公开的政府信息占41.5%', '主动公开的政府信息约占41.5%'), 2021)).toEqual([]);
  });

  it('says nothing of a share over neither the total nor the parts\' sum: it may be of another', () => {
    expect(paragraph(CZJ_2021.replace('占41.5%', '占45.2%'), 2021)).toEqual([]);
  });
});
