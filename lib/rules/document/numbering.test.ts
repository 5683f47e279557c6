import { describe, expect, it } from 'vitest';
import { findingsOf, makeContext, makeReport } from '../../../test/support/report.ts';
import { numbering } from './numbering.ts';

const check = (lines: string[]) => findingsOf(numbering, makeReport(), makeContext({ lines }));

describe('document/numbering', () => {
  it('passes lists that restart under each heading', () => {
    expect(check(['一、总体情况', '（一）主动公开', '1.网站', '2.公报', '（二）依申请公开', '1.受理', '二、主动公开政府信息情况', '2019年，共…'])).toEqual([]);
  });

  it('warns about the repeated "3." in xiaobanqiao-2018', () => {
    const lines = ['一、加强领导', '二、完成情况', '三、存在问题', '1.信息发布时有时存在粗心', '2.公开形式还不够便民。', '3.公开执行还不够到位。', '3.公开形式还不够便民。', '4.公开保障还不够有力。', '四、下步工作打算', '1.将严格履行发文职责'];
    expect(check(lines)).toMatchObject([{
      severity: 'warning', message: '编号"3."重复出现（前一项已是"3."）："3.公开形式还不够便民。"，可能多贴了一段',
    }]);
  });

  it('notes the heading of shulan-tiande-2014 that lost its 六', () => {
    const lines = ['一、基本工作情况', '二、主动公开', '三、回应解读', '四、依申请公开', '五、行政复议、诉讼和举报投诉情况', '（一）未收到…', '、工作存在的主要问题、改进情况及工作打算'];
    expect(check(lines)).toMatchObject([{ severity: 'info', message: '标题"、工作存在的主要问题、改进情况及工作打算"缺少编号，按顺序应为"六、"' }]);
  });

  it('reads a marker behind the "?" of a lost character (tieling-2019)', () => {
    expect(check(['一、总体情况?', '（一）推进?', '（二）拓展?', '?（三）深入推进重点部门的信息公开?', '（四）持续推进办事公开?'])).toEqual([]);
  });

  it('reads "1." before a year as the number it is, not as a decimal', () => {
    expect(check(['一、总体情况', '1.2022年通过政府网站发布信息25条。', '2.完善公开制度。', '3.加强培训。'])).toEqual([]);
  });

  it('warns about a gap', () => {
    expect(check(['一、总体情况', '三、收到和处理政府信息公开申请情况'])[0]!.message).toContain('缺少二、');
  });
});
