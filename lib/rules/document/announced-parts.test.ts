import { describe, expect, it } from 'vitest';
import { findingsOf, makeContext, makeReport } from '../../../test/support/report.ts';
import { announcedParts } from './announced-parts.ts';

// shulan-tiande-2014 announces seven parts; its 六 heading lost the numeral and there is no 机构建设 part.
const intro = '本年报由基本工作情况,主动公开政府信息情况,回应解读情况,依申请公开政府信息情况,行政复议诉讼和举报投诉情况,机构建设、保障经费和培训会议情况、存在问题及工作打算等七部分组成。';
const headings = ['一、 基本工作情况', '二、主动公开政府信息情况', '三、回应解读情况', '四、依申请公开政府信息情况', '五、行政复议、诉讼和举报投诉情况'];

describe('document/announced-parts', () => {
  it('passes when every announced part has a heading', () => {
    const lines = [intro, ...headings, '六、机构建设、保障经费和培训会议情况', '七、存在问题及工作打算'];
    expect(findingsOf(announcedParts, makeReport(), makeContext({ lines }))).toEqual([]);
  });

  it('warns about shulan-tiande-2014, which has no 机构建设 part', () => {
    const lines = [intro, ...headings, '、工作存在的主要问题、改进情况及工作打算'];
    expect(findingsOf(announcedParts, makeReport(), makeContext({ lines }))).toMatchObject([{
      severity: 'warning', expected: 7, actual: 6,
      message: '报告开头称由七部分组成，但正文中未找到："机构建设、保障经费和培训会议情况"',
    }]);
  });
});
