import { describe, expect, it } from 'vitest';
import { readFigure } from '../table/figure.ts';
import { FigureNotes } from './figure-sink.ts';

describe('FigureNotes', () => {
  it('quotes the cells\' texts as every message quotes the page: their own quotes nested, a long one cut (from review 19)', () => {
    const notes = new FigureNotes();
    for (const [path, text] of [['review.total', '详见“其他需要报告的事项”'], ['review.pending', '本年度未发生行政复议案件，具体情况详见本报告第四部分“政府信息公开行政复议、行政诉讼情况”的说明']] as const) {
      notes.add('reviewLitigation', path, text, readFigure(text));
    }
    expect(notes.warnings()).toMatchObject([{
      rule: 'figure/unreadable',
      message: '表四（行政复议、行政诉讼）有2个单元格无法读成数字（“详见‘其他需要报告的事项’”、“本年度未发生行政复议案件，具体情况详见本报告第四部分‘政府信息公开行政复议…”），按没有数字处理',
    }]);
  });

  it('says what a change written with a word was read as: 减3 is -3, not a 3 with 减 dropped (xuancheng-qxj-2020, sc-quxian-jkj-2020)', () => {
    const notes = new FigureNotes();
    for (const [path, text] of [['licensing.change', '增15'], ['punishment.change', '减4'], ['regulations.totalPublished', '?0']] as const) {
      notes.add('activeDisclosure', path, text, readFigure(text), true);
    }
    expect(notes.warnings()).toMatchObject([{
      rule: 'figure/noise-removed',
      message: '表二（主动公开）有3个数字带有多余字符（如“增15”即+15、“减4”即-4、“?0”），已去除后读数',
    }]);
    // A minus kept from a run of dashes is said too: "dropped" alone would read as 253 (audit5, tongzhou-2019's 行政处罚 --253).
    const dashes = new FigureNotes();
    dashes.add('activeDisclosure', 'punishment.change', '--253', readFigure('--253'), true);
    expect(dashes.warnings()[0]!.message).toBe('表二（主动公开）有1个数字带有多余字符（如“--253”即-253），已去除后读数');
    // In a count the word is noise: 新增3 documents issued are 3, no change of +3.
    const counts = new FigureNotes();
    counts.add('activeDisclosure', 'regulations.issued', '新增3', readFigure('新增3'));
    expect(counts.warnings()[0]!.message).toBe('表二（主动公开）有1个数字带有多余字符（如“新增3”），已去除后读数');
  });

  it('says a change with a typeset minus (−3, ﹣3 in 本年增/减) is read negative', () => {
    const notes = new FigureNotes();
    notes.add('activeDisclosure', 'licensing.change', '−3', readFigure('−3'), true);
    notes.add('activeDisclosure', 'punishment.change', '﹣12；', readFigure('﹣12；'), true);
    expect(notes.warnings()[0]!.message).toBe('表二（主动公开）有2个数字带有多余字符（如“−3”即-3、“﹣12；”即-12），已去除后读数');
  });

  it('says what a figure in 万 was read as: 1.2万 is 12000, its form changed though nothing was dropped (guangdong-2022)', () => {
    const notes = new FigureNotes();
    notes.add('activeDisclosure', 'licensing.decisions', '2764.2万', readFigure('2764.2万'));
    expect(notes.warnings()[0]!.message).toBe('表二（主动公开）有1个数字带有多余字符（如“2764.2万”即27642000），已去除后读数');
  });
});
