import { describe, expect, it } from 'vitest';
import { findingsOf, makeContext, makeReport, wordsOf } from '../../../test/support/report.ts';
import { noticeNumber } from './notice-number.ts';

describe('document/notice-number', () => {
  it('passes each notice cited by its own number, both in one sentence, and the format named alone', () => {
    const lines = ['本报告根据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔2019〕60号)、《国务院办公厅政府信息与政务公开办公室关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》(国办公开办函〔2021〕30号)编制。',
      '按照《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求编制。',
      // Both named, then both numbers in one bracket: the format's name is not the first number's.
      '按照《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2019〕60号、国办公开办函〔2021〕30号）要求编制。'];
    expect(findingsOf(noticeNumber, makeReport(), makeContext({ lines }))).toEqual([]);
  });

  it('tells the 2019 notice\'s name cited with the 2021 format\'s number (hubei-jyt-2021), and the other way round', () => {
    const hubei = '根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔2021〕30号)有关要求,现公布2021年省教育厅政府信息公开工作年度报告。';
    expect(findingsOf(noticeNumber, makeReport(), makeContext({ lines: [hubei] })).map((f) => f.message)).toEqual([
      '正文引用《…关于政府信息公开工作年度报告有关事项的通知》，注的文号却是“国办公开办函〔2021〕30号”：该通知是国办公开办函〔2019〕60号，国办公开办函〔2021〕30号是另一份关于年度报告的通知，名称与文号不符']);
    expect(findingsOf(noticeNumber, makeReport(), makeContext({ lines: ['依据《中华人民共和国政府信息公开工作年度报告格式》(国办公开办函〔2019〕60号)编制。'] }))).toHaveLength(1);
    // Cited so twice (ruian-anyang-2023): one finding, at both places.
    const twice = makeContext({ lines: [hubei, '认真落实《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔2021〕30号),做好基层政务公开标准化规范化工作。'] });
    expect(wordsOf(noticeNumber, makeReport(), twice)).toEqual([[
      '关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔2021〕30号', '关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔2021〕30号']]);
  });
});
