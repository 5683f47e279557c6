import { describe, expect, it } from 'vitest';
import { readAmount, readCell, readFigure, shownText } from './figure.ts';

describe('readFigure', () => {
  it.each([
    ['42', 42, false], [' 42 ', 42, false], ['\u00a033\u00a0', 33, false],
    ['33?', 33, true], ['?0', 0, true], ['？7', 7, true], ['４２', 42, false],
    // A thousands comma is dropped and noted, as the contract has it for any noise but white space.
    ['1,234', 1234, true], ['1，234，567', 1234567, true], ['1,234?', 1234, true], ['-1,356.25', -1356.25, true], ['82577588', 82577588, false],
    ['12.5', 12.5, false], ['\u200b5', 5, false], ['-3', -3, false],
    ['\u3000３３？', 33, true], ['"7"', 7, true],
    // A thousands separator of a space or a no-break space (W probe's 1&nbsp;300) is how the figure is written.
    ['1\u00a0300', 1300, false], ['12 345 678', 12345678, false], ['１ ３００', 1300, false],
    // …or a thin or narrow no-break space, or the space the page source wrapped into a line break.
    ['1\u2009109', 1109, false], ['1\u202f109', 1109, false], ['1\n109', 1109, false], ['12\r\n    345', 12345, false],
    ['123456789012345', 123456789012345, false],
    // A zero typed as a character (〇, 零, ○) is 0, and noted.
    ['〇', 0, true], ['零', 0, true], [' ○ ', 0, true],
    // A change written with its sign in words (本年增/减): 增 is +, 减 is −, and the word is noted.
    ['增1423', 1423, true], ['减5', -5, true], ['减少 12', -12, true], ['新增3', 3, true],
    // A sign is how a change is written, as −72 is (CE probe, gwh-2019's 本年增/减 +1): nothing dropped.
    ['-72', -72, false],
    // …and typed twice, once (bj-tongzhou-bureau-2019's 行政处罚 | 253 | --253 | 0): the other noted.
    ['--253', -253, true],
    // A footnote mark beside a figure is no digit of it: 1① 12¹ 3※ 5(注) 7注1.
    ['1①', 1, true], ['12¹', 12, true], ['3※', 3, true], ['5(注)', 5, true], ['7注1', 7, true], ['123注', 123, true],
  ])('reads %j as %d (noise dropped: %s)', (raw, value, noise) => {
    expect(readFigure(raw)).toEqual({ kind: 'number', value, unit: null, noise });
  });

  it('reads a run of more digits than any count (past 15, which a double holds no longer) as a figure unread, not a label', () => {
    for (const raw of ['1234567890123456789', '9'.repeat(400), `${'1'.repeat(320)}件`, '-1234567890123456.5']) expect(readFigure(raw), raw).toEqual({ kind: 'unreadable' });
  });

  it.each([
    ['12；', 12], ['12。', 12], ['12,', 12], ['3件；', 3], ['(12)', 12], ['（12）', 12], ['−3', -3], ['﹣3', -3],
  ])('reads %s as a Word or WPS table writes it (a stop after it, brackets around it, a typeset minus): %s, noted', (text, value) => {
    expect(readFigure(text)).toMatchObject({ kind: 'number', value, noise: true });
  });

  it('reads the full-width minus as the full-width digits are, and a sign alone as nothing reported; row numbers stay labels', () => {
    expect(readFigure('－3')).toEqual({ kind: 'number', value: -3, unit: null, noise: false });
    for (const text of ['-', '—', '--', '－', '−', '﹣']) expect(readFigure(text)).toEqual({ kind: 'not-reported' });
    for (const text of ['1、', '1.', '22（16）', '12，3', '−−3']) expect(readFigure(text)).toEqual({ kind: 'text' });
  });

  it('says a figure was written with a plus (+2), which only a signed column may carry', () => {
    expect(readFigure('+2')).toEqual({ kind: 'number', value: 2, unit: null, noise: false, plus: true });
    expect(readFigure(' ++2')).toEqual({ kind: 'number', value: 2, unit: null, noise: true, plus: true });
  });

  it('drops a trailing unit and reports it apart from noise', () => {
    expect(readFigure('251000元')).toEqual({ kind: 'number', value: 251000, unit: '元', noise: false });
    expect(readFigure('3.5万元')).toEqual({ kind: 'number', value: 3.5, unit: '万元', noise: false });
    expect(readFigure('12 件')).toEqual({ kind: 'number', value: 12, unit: '件', noise: false });
    expect(readFigure('12（件）')).toEqual({ kind: 'number', value: 12, unit: '件', noise: false });
    // CD probe, 平潭财政金融局 2020's 政府集中采购: 2笔 | 984361元.
    expect(readFigure('2笔')).toEqual({ kind: 'number', value: 2, unit: '笔', noise: false });
    expect(readFigure('3宗')).toEqual({ kind: 'number', value: 3, unit: '宗', noise: false });
    // Noise beside a unit is still noise.
    expect(readFigure('12件?')).toEqual({ kind: 'number', value: 12, unit: '件', noise: true });
  });

  it('reads a count a big body writes in 万 (表二 of a province: 行政许可 2764.2万, guangdong-2022) as the number it says', () => {
    // Noted, as noise is: nothing dropped, but the figure's form changed (2764.2万 read 27642000), which a reader checks.
    expect(readFigure('2764.2万')).toEqual({ kind: 'number', value: 27642000, unit: null, noise: true, inWan: true });
    expect(readFigure('188.2万宗')).toEqual({ kind: 'number', value: 1882000, unit: '宗', noise: true, inWan: true });
    expect(readFigure('3,124万')).toEqual({ kind: 'number', value: 31240000, unit: null, noise: true, inWan: true });
    // Past a whole count's decimals it is none.
    expect(readFigure('1.23456万')).toEqual({ kind: 'unreadable' });
    // …but an amount's is an amount to the fen, in its column's money unit or else its own (wangcang-lyj-2019's 采购总金额).
    expect(readAmount('2601.953875万', readFigure('2601.953875万'), null)).toEqual({ kind: 'number', value: 2601.953875, unit: '万元', noise: false });
    expect(readAmount('2601.953875万', readFigure('2601.953875万'), '元')).toEqual({ kind: 'number', value: 26019538.75, unit: null, noise: true });
    // An amount keeps its unit: 万元 and 亿元 are units, not multipliers of a count.
    expect(readFigure('258.5亿元')).toEqual({ kind: 'number', value: 258.5, unit: '亿元', noise: false });
    // About so many stays no figure.
    expect(readCell({ text: '约3万' })).toEqual({ kind: 'approximate' });
  });

  it.each(['', ' ', '\u00a0', '&nbsp;'.replace('&nbsp;', '\u00a0')])('reads %j as blank', (raw) => {
    expect(readFigure(raw)).toEqual({ kind: 'blank' });
  });

  // Word and hand-typed tables put 一 (the character one), −, ~, × or x for a dash.
  it.each(['—', '——', '-', '/', '／', '无', '－', '一', '一一', '−', '~', '～', '×', 'x', 'X'])('reads %j as not reported (never 0)', (raw) => {
    expect(readFigure(raw)).toEqual({ kind: 'not-reported' });
  });

  // Something stood where the figure goes (a lost character, a stray letter or word): no figure, and no label.
  it.each(['?', '？', ' ? ', '*', '□', 'O', '.', '否', '略', '①'])('reads %j as unreadable', (raw) => {
    expect(readFigure(raw)).toEqual({ kind: 'unreadable' });
  });

  // Digits set apart otherwise: two figures in one cell (a column's lost its border), or one split anyhow. Which figure
  // is the cell's is not said: joined, 22 16 would read as a false 2216.
  it.each(['22 16', '22\u3000\u300016', '1 2', '0 0', '1 30', '1234 567', '1  300', '22 16件', '?22 16', '22\n16', '1\n\n300'])('reads %j as unreadable, not as its digits run together', (raw) => {
    expect(readFigure(raw)).toEqual({ kind: 'unreadable' });
  });

  it.each(['行政许可', '自然人', '2019年', '1.属于国家秘密', '12a', '?自然人', '12人民', '零报告', '本年增/减', '增', '新增项目', '二', '件', '注', '其他', '一、本年新收政府信息公开申请数量',
    // An ordinal alone in its cell (一、), and half of a header split across two cells (总 | 计), are a label's.
    '一、', '（一）', '总', '计', '是', '甲'])('does not read label %j as a figure', (raw) => {
    expect(readFigure(raw).kind).toBe('text');
  });
});

describe('readCell', () => {
  it('leaves a superscript out of the figure, as a footnote mark, and notes it (1<sup>1</sup> is 1, not 11)', () => {
    expect(readCell({ text: '11', scripts: [1, 2] })).toEqual({ kind: 'number', value: 1, unit: null, noise: true });
    expect(readCell({ text: '1[1]', scripts: [1, 4] })).toEqual({ kind: 'number', value: 1, unit: null, noise: true });
    expect(readCell({ text: '11' })).toEqual({ kind: 'number', value: 11, unit: null, noise: false });
  });

  it('reads a cell of nothing but a superscript as what the superscript says, and a label with one as a label', () => {
    // <sup>3</sup>: the figure itself set high, no figure beside it for a footnote mark to mark.
    expect(readCell({ text: '3', scripts: [0, 1] })).toEqual({ kind: 'number', value: 3, unit: null, noise: false });
    expect(readCell({ text: ' 3', scripts: [1, 2] })).toEqual({ kind: 'number', value: 3, unit: null, noise: false });
    // &nbsp;<sup>&nbsp;</sup>
    expect(readCell({ text: '\u00a0\u00a0', scripts: [1, 2] })).toEqual({ kind: 'blank' });
    expect(readCell({ text: '?', scripts: [0, 1] })).toEqual({ kind: 'unreadable' });
    expect(readCell({ text: '总计1', scripts: [2, 3] })).toEqual({ kind: 'text' });
  });

  // As forms and hand-filled tables word a figure not counted exactly; a label that holds a number stays a label.
  it.each(['约300', '近 300', '超过300件', '300余', '3000多', '300余条', '300左右', '1.2万余', '近百', '上千条', '数十', '三百余', '百余件'])(
    'reads %j as about so many: no exact figure', (text) => {
      expect(readCell({ text })).toEqual({ kind: 'approximate' });
    });
  it.each(['近3年', '上一年项目数量', '多', '数量', '近期', '十二、其他需要报告的事项', '上3', '三百'])('reads %j as words, not about so many', (text) => {
    expect(readCell({ text })).toEqual({ kind: 'text' });
  });

  // shanghai-office-2025's 表二 (规章·本年制发, 行政规范性文件·本年废止): the figure, then a note in words on it.
  it.each([['22 （其中修订 16 件）', 22, null], ['55（含自然失效 29 件）', 55, null], ['11（含代理申请2件）', 11, null], ['3件(另有2件结转)', 3, '件']])(
    'reads %j as the figure before its note, noted as noise', (text, value, unit) => {
      expect(readCell({ text })).toEqual({ kind: 'number', value, unit, noise: true });
    });
  // Brackets that open with a figure, or two figures: which one is the cell's, the cell does not say.
  it.each(['22（16）', '22（16件）', '22（其中）16'])('reads %j as no figure', (text) => {
    expect(readCell({ text })).toEqual({ kind: 'text' });
  });

  it('quotes the cell with its superscript digits as superscripts', () => {
    expect(shownText({ text: '21', scripts: [1, 2] })).toBe('2¹');
    expect(shownText({ text: '1[1]', scripts: [1, 4] })).toBe('1[¹]');
  });
});
