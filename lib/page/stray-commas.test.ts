import { describe, expect, it } from 'vitest';
import { pageOf, piecesText } from '../../test/support/page.ts';
import { withoutStrayCommas } from './stray-commas.ts';

describe('withoutStrayCommas', () => {
  it('reads a mirror\'s page without the comma it puts before marks of punctuation (tj-dongjiang-2020), each line still on its nodes', () => {
    const page = withoutStrayCommas(pageOf('<p>本年度报告由总体情况,、主动公开政府信息情况、收到和处理政府信息公开申请情况,、政府信息公开行政复议,、行政诉讼情况,、'
      + '存在的主要问题及改进情况、其他需要报告的事项六部分组成,。(国务院令第711号,,以下简称《条例》)</p><p>二,、<b>主动公开政府信息情况</b></p>'));
    expect(page.lines.map((l) => l.text)).toEqual([
      '本年度报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。(国务院令第711号,以下简称《条例》)',
      '二、主动公开政府信息情况',
    ]);
    for (const line of page.lines) {
      expect(piecesText(line).join('')).toBe(line.text);
    }
  });

  it('leaves a page whose commas stand where commas do as it is', () => {
    const page = pageOf('<p>2020年,我局主动公开信息1,234条，其中文件20件。</p>');
    expect(withoutStrayCommas(page)).toBe(page);
  });
});
