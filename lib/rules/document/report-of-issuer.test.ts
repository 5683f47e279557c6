import { describe, expect, it } from 'vitest';
import { findingsOf, makeContext, makeReport } from '../../../test/support/report.ts';
import { reportOfIssuer } from './report-of-issuer.ts';

const TITLE = '铜川市耀州区气象局 2023年度政府信息公开工作年度报告';
// qx-yaozhou-2023's preamble, with the report it names.
const preamble = (named: string) => [TITLE, `根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定,现发布《${named}2023年度政府信息公开工作报告》。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。`];
const findings = (named: string, issuer = '铜川市耀州区气象局') =>
  findingsOf(reportOfIssuer, makeReport({ document: { issuer } }), makeContext({ title: TITLE, lines: preamble(named) }));

describe('document/report-of-issuer', () => {
  it('passes a text that names the report as the issuer\'s, under any form of its name', () => {
    expect(findings('铜川市耀州区气象局')).toEqual([]);
    expect(findings('耀州区气象局')).toEqual([]);
  });

  it('passes a text naming the issuer in short with its government\'s word (hunnan-gzj-2022: 区政府国资局 for 浑南区国资局)', () => {
    const lines = ['浑南区国资局', '根据《中华人民共和国政府信息公开条例》及《中华人民共和国政府信息公开工作年度报告格式》(国办公开办函〔2021〕30号)相关要求,现公布区政府国资局2022年政府信息公开工作年度报告。'];
    expect(findingsOf(reportOfIssuer, makeReport({ document: { issuer: '浑南区国资局' } }), makeContext({ title: '', lines }))).toEqual([]);
  });

  it('warns where the text names the report as another body\'s (qx-yaozhou-2023, a template copied from the district office)', () => {
    expect(findings('铜川市耀州区人民政府办公室')).toMatchObject([{
      severity: 'warning', cells: [{ table: 'document', path: 'issuer' }],
      message: '正文说这是“铜川市耀州区人民政府办公室”的报告，而发布报告的机关是“铜川市耀州区气象局”：报告可能照搬了其他机关的报告，文字和数字都需核对',
    }]);
  });

  it('says nothing of who compiled it: an office or another body may do it for the issuer', () => {
    const lines = [TITLE, '本报告由铜川市耀州区人民政府办公室编制。'];
    expect(findingsOf(reportOfIssuer, makeReport({ document: { issuer: '铜川市耀州区气象局' } }), makeContext({ title: TITLE, lines }))).toEqual([]);
  });

  it('takes no verb\'s particle for a name: 公开了我局2022年度财政预算、2021年度决算报告 names no other body (pingwu-tjj-2021)', () => {
    const title = '平武县统计局2021年度政府信息公开工作年度报告';
    const lines = [title, '一、总体情况', '(一)主动公开情况。2021年通过政府网站主动公开信息73条,其中:统计数据12条,工作动态信息21条,第七次全国人口普查专题专栏信息1条,重要会议信息4条,公示公告信息2条,其他信息33条。按照财政局相关要求,公开了我局2022年度财政预算、2021年度决算报告、2021年“三公”经费预算和2020年度“三公”经费决算报告。'];
    expect(findingsOf(reportOfIssuer, makeReport({ document: { issuer: '平武县统计局' } }), makeContext({ title, lines }))).toEqual([]);
  });
});
