import { describe, expect, it } from 'vitest';
import { findingsOf, makeContext, makeReport } from '../../../test/support/report.ts';
import { legacyContents } from './legacy-contents.ts';

// suixi-jianxin-2018 (遂溪县建新镇), its four parts as the page has them, signed 2018年12月31日.
const parts = ['建新镇根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定,特向社会公开2018年度建新镇政府信息公开年度报告。',
  '一、主动公开政府信息的情况', '我镇把涉及社会经济发展战略、发展规划和出台的政策,以及干部群众关注、反映强烈的问题列为政务公开的重点。2018年度我镇主动公开政府信息数22条,其中线上信息公开15条。',
  '二、政府信息依申请公开办理情况', '2018年度我镇没有接到群众主动要求公开政府信息的申请。目前尚无发现应主动公开政府信息而未予公开的情况。',
  '三、依申请信息公开收费情况', '2018年度,我镇政府信息公开没有收费。',
  '四、复议、诉讼和申诉情况', '我镇2018年度,没有发生针对本单位有关政府信息公开事务的行政复议案、行政诉讼案和有关的申诉案。',
  '遂溪县建新镇人民政府', '2018年12月31日'];
const report = (year = 2018) => makeReport({ document: { year, signedAt: `${year}-12-31`, format: 'prose' } });
/** The lines, the 落款 closing them (its line, as extract finds it) or none. */
const context = (lines: string[], signed = true) => makeContext({ lines, signedLine: signed ? lines.length - 2 : null });

describe('document/legacy-contents', () => {
  it('passes a report that speaks of every content the article lists, in whatever part', () => {
    const lines = [...parts.slice(0, -2), '目前我镇政府信息公开工作还存在公开内容不够全面等不足,下一步将加以改进。', ...parts.slice(-2)];
    expect(findingsOf(legacyContents, report(), context(lines))).toEqual([]);
  });

  it('passes problems said in other words, or their mending as the next step', () => {
    // wendeng-xfj-2022-page8's words; a 下一步 that mends them.
    for (const said of ['公开形式更加规范,仍存在以下问题:', '下一步,我镇将进一步加强政府信息公开工作。']) {
      expect(findingsOf(legacyContents, report(), context([...parts.slice(0, -2), said, ...parts.slice(-2)]))).toEqual([]);
    }
  });

  it('passes fees said by the fees the 2008 rules name (检索费、复制费、邮寄费), with no word 收费 or 费用', () => {
    const fees = [...parts.slice(0, 5), '2018年度,我镇未收取检索费、复制费和邮寄费。', ...parts.slice(7, -2), '下一步,我镇将进一步加强政府信息公开工作。', ...parts.slice(-2)];
    expect(findingsOf(legacyContents, report(), context(fees))).toEqual([]);
  });

  it('warns of suixi-jianxin-2018, which nowhere speaks of its problems and their mending', () => {
    expect(findingsOf(legacyContents, report(), context(parts))).toMatchObject([{
      severity: 'warning', message: '报告全文没有说到2008年《条例》第三十二条要求年度报告包括的“政府信息公开工作存在的主要问题及改进情况”',
    }]);
  });

  it('asks no fee of the text where the report appends its 统计表 as a picture or file, which counts it', () => {
    const unfeed = [...parts.slice(0, 5), ...parts.slice(7, -2), '附表:2018年政府信息公开情况统计表', ...parts.slice(-2)];
    const problemsSaid = [...unfeed.slice(0, -2), '下一步,我镇将进一步加强政府信息公开工作。', ...unfeed.slice(-2)];
    const at = problemsSaid.indexOf('附表:2018年政府信息公开情况统计表');
    expect(findingsOf(legacyContents, report(), makeContext({ lines: problemsSaid, signedLine: problemsSaid.length - 2, images: [at + 1] }))).toEqual([]);
    expect(findingsOf(legacyContents, report(), makeContext({ lines: problemsSaid, signedLine: problemsSaid.length - 2 }))).toMatchObject([{
      message: '报告全文没有说到2008年《条例》第三十二条要求年度报告包括的“政府信息公开的收费及减免情况”',
    }]);
  });

  it('asks no fees, reviews or suits of a 高校\'s report, under the 高等学校信息公开办法, but its applications and problems still', () => {
    const title = '某某大学2015-2016学年信息公开工作年度报告';
    const lines = ['根据《高等学校信息公开办法》的要求，现将我校2015-2016学年信息公开工作情况报告如下。', '一、信息公开工作概述',
      '二、主动公开情况', '本学年学校主动公开信息326条。', '三、依申请公开和不予公开情况', '本学年学校共收到信息公开申请2件，均按时答复。',
      '四、对信息公开的评议情况', '师生对学校信息公开工作总体满意。', '某某大学', '2016年10月28日'];
    const school = (said: string[]) => makeContext({ title, lines: [...said, ...lines.slice(-2)], signedLine: said.length });
    expect(findingsOf(legacyContents, report(2015), school(lines.slice(0, -2)))).toMatchObject([{
      message: '报告全文没有说到2008年《条例》第三十二条要求年度报告包括的“政府信息公开工作存在的主要问题及改进情况”',
    }]);
    expect(findingsOf(legacyContents, report(2015), school([...lines.slice(0, -2), '信息公开的及时性还有待提高。']))).toEqual([]);
  });

  it('checks no page without its closing 落款 (cut before its end: ganzhou-wsj-2012-mirror, dated under its heading), nor a report of 2019 on', () => {
    expect(findingsOf(legacyContents, report(), context(parts.slice(0, 3), false))).toEqual([]);
    expect(findingsOf(legacyContents, report(2019), context(parts))).toEqual([]);
    // A date taken for its 落款 above its parts: the page is cut all the same (gbk-shulan-scjgj-2016).
    expect(findingsOf(legacyContents, report(), makeContext({ lines: parts.slice(0, 5), signedLine: 0 }))).toEqual([]);
  });
});
