import { describe, expect, it } from 'vitest';
import { findingsOf, makeContext, makeReport } from '../../../test/support/report.ts';
import { extractWithCheerio } from '../../../test/support/fixtures.ts';
import { consistentFigures, PLAIN_LAYOUT, random, reportPage } from '../../../test/support/standard-tables.ts';
import { signedByIssuer } from './signed-by-issuer.ts';

// The issuer as read, the 落款's name and the lines above it.
const findings = (issuer: string, signer: string, lines: string[] = [signer, '2025年1月20日'], title = `${issuer}2024年度政府信息公开工作年度报告`) =>
  findingsOf(signedByIssuer, makeReport({ document: { issuer } }), makeContext({ signer, lines, title }));

describe('document/signed-by-issuer', () => {
  it('passes a report signed by its issuer under any form of its name (probe pages)', () => {
    expect(findings('平潭综合实验区财政金融局', '平潭综合实验区财政金融局')).toEqual([]);
    // The place left out or given.
    expect(findings('平潭综合实验区财政金融局', '区财政金融局')).toEqual([]);
    expect(findings('区集体经济发展服务署', '福田区集体经济发展服务署')).toEqual([]);
    expect(findings('上海市青浦区环境保护局', '青浦区环境保护局')).toEqual([]);
    expect(findings('建新镇', '遂溪县建新镇人民政府')).toEqual([]);
    expect(findings('威海市文登人民政府办公室', '威海市文登区人民政府办公室')).toEqual([]);
    // The office for its government, and the other way round; 管委会 for 管理委员会.
    expect(findings('山阳县人民政府', '山阳县人民政府办公室')).toEqual([]);
    expect(findings('和平镇', '和平镇党政综合办公室')).toEqual([]);
    expect(findings('某市人民政府办公室', '某市人民政府')).toEqual([]);
    expect(findings('平潭综合实验区管理委员会', '平潭综合实验区管委会')).toEqual([]);
    // The government by its place's name (longde-chengguan-2021 among the fixtures), or another office of its signing for it.
    expect(findings('隆德县城关镇', '城关镇人民政府')).toEqual([]);
    expect(findings('隆德县城关镇', '城关镇人民政府党政办公室')).toEqual([]);
    expect(findings('某县人民政府', '某县政务公开办公室')).toEqual([]);
    // A slip of the pen (shuyang-county-2025, czj-2021).
    expect(findings('沭阳县人民政府', '沐阳县人民政府')).toEqual([]);
    expect(findings('平潭综合实验区财政金融局', '平潭综合实验区财政全融局')).toEqual([]);
  });

  it('passes a body with two names, and several bodies signing together', () => {
    expect(findings('区党工委宣传部(区新闻出版局)', '区新闻出版局')).toEqual([]);
    expect(findings('中共某县委宣传部', '某县新闻出版局', [], '中共某县委宣传部(某县新闻出版局)2024年度政府信息公开工作年度报告')).toEqual([]);
    expect(findings('中共某县委宣传部', '某县新闻出版局', ['中共某县委宣传部', '某县新闻出版局', '2025年1月20日'])).toEqual([]);
    // A town's or a street's 党委 and government on one line.
    expect(findings('某县青山镇人民政府', '中共青山镇委员会青山镇人民政府', ['中共青山镇委员会　青山镇人民政府', '2025年1月20日'])).toEqual([]);
    expect(findings('某区城关街道办事处', '中共城关街道工作委员会、城关街道办事处')).toEqual([]);
    expect(findings('某区城关街道办事处', '中共城关街道工作委员会、城关街道办事处', ['中共城关街道工作委员会、城关街道办事处　2025年1月20日'])).toEqual([]);
  });

  it('warns of gyz-2024: 投资促进局\'s report signed with the body\'s old name', () => {
    expect(findings('平潭综合实验区投资促进局', '平潭综合实验区国有资产管理局')).toMatchObject([{
      severity: 'warning', cells: [{ table: 'document', path: 'issuer' }, { table: 'document', path: 'signedAt' }],
      message: '落款署名“平潭综合实验区国有资产管理局”与发布报告的机关“平潭综合实验区投资促进局”不是同一个机关：报告可能沿用了其他机关或本机关改名前的旧稿，落款未改',
    }]);
    // A sibling department's report copied: one character other, and each name a department's.
    expect(findings('某市教育局', '某市体育局')).toMatchObject([{ severity: 'warning' }]);
    expect(findings('某县林业局', '某县农业局')).toMatchObject([{ severity: 'warning' }]);
    expect(findings('某县水利局', '某县水务局')).toMatchObject([{ severity: 'warning' }]);
    expect(findings('某县民政局', '某县财政局')).toMatchObject([{ severity: 'warning' }]);
    // A department's report is not the government's to sign.
    expect(findings('某县教育局', '某县人民政府')).toMatchObject([{ severity: 'warning' }]);
  });

  it('reads the 落款 of a whole page', () => {
    const rand = random(3);
    const page = reportPage(consistentFigures(rand, PLAIN_LAYOUT), PLAIN_LAYOUT, rand);
    const rule = (html: string) => extractWithCheerio(html, null).report.warnings.filter((w) => w.rule === signedByIssuer.id);
    expect(page).toContain('<p>某某市人民政府办公室</p>\n<p>');
    expect(rule(page)).toEqual([]);
    expect(rule(page.replace('<p>某某市人民政府办公室</p>\n<p>', '<p>某某市发展和改革局</p>\n<p>'))).toMatchObject([{
      message: expect.stringContaining('落款署名“某某市发展和改革局”与发布报告的机关“某某市人民政府办公室”不是同一个机关'),
    }]);
  });
});
