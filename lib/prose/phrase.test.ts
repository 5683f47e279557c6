import { describe, expect, it } from 'vitest';
import { fixtureReport } from '../../test/support/fixtures.ts';
import { figurePhrase, saidNone, saysLittle, shownPhrase } from './phrase.ts';

// UX review 4 no. 3: the panel listed figures of the text as 部门：53个, 单位：约 30家, 合计：6000册 — a reader could not tell what they count.
describe('a figure of the text in the page\'s own words', () => {
  const phrases = (file: string) => fixtureReport(file).proseFigures.filter((f) => saysLittle(f.label)).map((f) => [f.label, figurePhrase(f)]);

  it('gives the words before a figure whose label says little, through the figure and its label', () => {
    expect(phrases('shanghai-office-2019.html').slice(0, 2)).toEqual([['部门', '统一受理平台接入53个部门'], ['事项', '部门2261项事项']]);
    expect(phrases('tieling-2019.html').slice(0, 2)).toEqual([['单位', '组织30余家单位'], ['单位', '对全市30多个单位']]);
  });

  // Usability review (session 22): tieling-2019's 30余家单位 was shown as 我在新区钻石广场组织30余家单位.
  it('leaves out who did it and where, before what was done', () => {
    const text = '以深入宣贯政府信息公开条例,助力“重实干、强执行、抓落实”专项行动落实落地”为主题,我在新区钻石广场组织30余家单位开展大型政策咨询和主题宣传活动';
    expect(figurePhrase({ text, value: 30, unit: '家', label: '单位' })).toBe('组织30余家单位');
    // Who alone, no place, stays: what they did not do is theirs (tljq-xiang-2017).
    expect(shownPhrase({ text: '目前我乡尚未收到政府信息公开申请', value: 0, unit: '件', label: '收到政府信息公开申请' })).toBe('目前我乡尚未收到政府信息公开申请');
    // Nor a channel, nor what says it was not done.
    expect(figurePhrase({ text: '我局在政府网站发布53个部门', value: 53, unit: '个', label: '部门' })).toBe('我局在政府网站发布53个部门');
    expect(shownPhrase({ text: '我局在本年度未收到政府信息公开申请', value: 0, unit: '件', label: '收到政府信息公开申请' })).toBe('我局在本年度未收到政府信息公开申请');
  });

  it('leaves a label of three characters or more as it is, and gives null for a figure its sentence does not hold', () => {
    expect(saysLittle('受理公开政府信息申请')).toBe(false);
    expect(figurePhrase({ text: '全年共发行6期', value: 7, unit: '期', label: '发行' })).toBeNull();
  });

  // Review of the panel's phrases: the second of two figures alike was shown in the words of the first.
  it('gives the words of the figure the label stands by, where the sentence holds two alike, and null where it stands by neither', () => {
    const text = '全年收到政府信息公开申请5件，办结5件。';
    expect(figurePhrase({ text, value: 5, unit: '件', label: '办结' })).toBe('办结5件');
    expect(figurePhrase({ text, value: 5, unit: '件', label: '结转' })).toBeNull();
  });

  // 松木塘镇 2023's 公开0件 was shown as 023年我镇全年共收到依申请公开0件, the first zero's words cut inside its year:
  // 依申请公开0件 ends in 公开 too, but the label is the whole of the second clause.
  it('gives the figure whose clause the label is, before one whose longer words end in it (taojiang-songmutang-2023)', () => {
    const text = '2023年我镇全年共收到依申请公开0件,公开0件,不予公开0件,因政府信息依申请公开引起行政复议0件,行政诉讼0件';
    expect(shownPhrase({ text, value: 0, unit: '件', label: '公开' })).toBe('公开0件');
    // Words kept from far before a figure start at a number's start, not inside it.
    expect(figurePhrase({ text: '2023年我镇全年共收到依申请公开8件', value: 8, unit: '件', label: '公开' })).toBe('2023年我镇全年共收到依申请公开8件');
  });

  // Tester (fixB): zeros said in words showed as 行政复议：0件, words the page never wrote.
  it('gives a zero said in words as the words that say none, through the thing named and a short rest of its clause (huaihua-yuanjianglu-2023)', () => {
    const cases = '2023年未发生有关政府信息公开方面的行政复议、行政诉讼和申诉';
    expect(['行政复议', '行政诉讼', '申诉'].map((label) => shownPhrase({ text: cases, value: 0, unit: '件', label }))).toEqual([
      '2023年未发生有关政府信息公开方面的行政复议', '2023年未发生有关政府信息公开方面的行政复议、行政诉讼', '2023年未发生有关政府信息公开方面的行政复议、行政诉讼和申诉',
    ]);
    expect(shownPhrase({ text: '2023年，未收到公众申请要求公开其他方面政府信息', value: 0, unit: '件', label: '收到公众申请要求' })).toBe('未收到公众申请要求公开其他方面政府信息');
    expect(['行政复议', '申诉'].map((label) => saidNone({ text: cases, value: 0, unit: '件', label }))).toEqual([true, true]);
    // A zero in digits is shown by its label, as every figure is.
    expect(shownPhrase({ text: '全年收到政府信息公开申请0件', value: 0, unit: '件', label: '收到政府信息公开申请' })).toBeNull();
    expect(saidNone({ text: '全年收到政府信息公开申请0件', value: 0, unit: '件', label: '收到政府信息公开申请' })).toBe(false);
  });
});
