import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { Pagination } from '../../document/pagination.ts';
import { extract } from '../../extract.ts';
import { pageFromCheerio } from '../../page/cheerio-source.ts';
import { extractWithCheerio } from '../../../test/support/fixtures.ts';
import { consistentFigures, type Layout, PLAIN_LAYOUT, random, reportPage } from '../../../test/support/standard-tables.ts';
import { feeStatement } from './fee-statement.ts';

// A whole 2022 report read through extract(), so that the fee's sentences are read as the prose reader reads them;
// its part 六 (本年度未收取信息处理费。) replaced by `six`.
const layout: Layout = PLAIN_LAYOUT;
const rand = random(11);
const page = reportPage(consistentFigures(rand, layout), layout, rand);
const PART_SIX = '<p>六、其他需要报告的事项</p>\n<p>本年度未收取信息处理费。</p>';
const findings = (html: string) => extractWithCheerio(html, 'http://www.example.gov.cn/zfxxgk/ndbg/202301/t20230120_4567890.html')
  .report.warnings.filter((w) => w.rule === feeStatement.id);
const withPartSix = (...paragraphs: string[]) =>
  findings(page.replace(PART_SIX, ['<p>六、其他需要报告的事项</p>', ...paragraphs.map((p) => `<p>${p}</p>`)].join('\n')));

describe('document/fee-statement', () => {
  it('passes a part 六 that says what was charged, or that nothing was, in the words reports use', () => {
    expect(page).toContain(PART_SIX);
    expect(findings(page)).toEqual([]);
    // longde-chengguan-2021; a report among the probe pages; the format notice's own words.
    expect(withPartSix('2021年未收取政府信息处理费。')).toEqual([]);
    expect(withPartSix('收取信息处理费的情况:本年度无发出收费通知,无收取信息处理费用。')).toEqual([]);
    expect(withPartSix('本机关2022年度发出收费通知的件数为0件，总金额为0元，实际收取的总金额为0元。')).toEqual([]);
    expect(withPartSix('本年度共发出收费通知2件，涉及金额600元，实际收取信息处理费300元。')).toEqual([]);
    // Said in words the prose figures leave unread.
    expect(withPartSix('本年度未产生政府信息公开信息处理费。')).toEqual([]);
    expect(withPartSix('我局未向申请人收取政府信息公开信息处理费。')).toEqual([]);
    // None collected, said with 无, 不存在 or 没有 before 收费.
    expect(withPartSix('本年度无收费情况。')).toEqual([]);
    expect(withPartSix('本年度不存在收费情况。')).toEqual([]);
    expect(withPartSix('本年度政府信息公开工作无收费。')).toEqual([]);
    // No 费用 of any kind for the disclosure (shs-2025, scj-2024, lucheng-qidu-2024, jinan-tyjr-2024 among the probe pages).
    expect(withPartSix('2025年度我局无向申请人收取政府信息公开费用的情况，无因政府信息公开工作被追责问责的情况。')).toEqual([]);
    expect(withPartSix('本机关依申请提供政府信息，不收取费用。')).toEqual([]);
    expect(withPartSix('2024年,我街道累计收到依申请信息公开件6件,未因信息公开收取公民、法人和其他组织等任何费用。')).toEqual([]);
    expect(withPartSix('2024年，共受理政府信息公开申请20件，全部按期办结，未收取政府信息公开申请费用。')).toEqual([]);
  });

  it('takes no word of other money, nor the 条例\'s rule, for a fee statement', () => {
    expect(withPartSix('本年度未收取行政事业性费用。')).toMatchObject([{ severity: 'warning' }]);
    expect(withPartSix('行政机关依申请提供政府信息，不得收取费用。')).toMatchObject([{ severity: 'warning' }]);
    // The 条例's 第四十二条 quoted; a complaint about fees that never came.
    expect(withPartSix('根据《中华人民共和国政府信息公开条例》第四十二条规定，行政机关依申请提供政府信息，不收取费用。')).toMatchObject([{ severity: 'warning' }]);
    expect(withPartSix('行政机关依申请提供政府信息，不收取费用。')).toMatchObject([{ severity: 'warning' }]);
    expect(withPartSix('全年未发生申请人因信息公开收到不合理费用的投诉。')).toMatchObject([{ severity: 'warning' }]);
    expect(withPartSix('全年未收到申请人对政府信息公开费用提出异议的情况。')).toMatchObject([{ severity: 'warning' }]);
  });

  it('warns of a part 六 with no word of the fee anywhere in the report', () => {
    expect(withPartSix('无。')).toMatchObject([{
      severity: 'warning', cells: [{ table: 'document', path: 'sections.5' }],
      message: '全文（包括第六部分“其他需要报告的事项”）未说明信息处理费的收取情况：国办公开办函〔2021〕30号要求在第六部分报告依据《政府信息公开信息处理费管理办法》发出收费通知的件数和总金额、实际收取的总金额，未收取的也应写明',
    }]);
    // A report in one paragraph, its headings run on.
    const runOn = page.replace(PART_SIX, '').replace('<p>公开内容还不够全面，下一步将加强培训。</p>', '<p>公开内容还不够全面，下一步将加强培训。六、其他需要报告的事项无。</p>');
    expect(findings(runOn)).toMatchObject([{ severity: 'warning' }]);
    // The title of the fee's rules says nothing of what was charged.
    expect(withPartSix('我局严格执行《政府信息公开信息处理费管理办法》。')).toMatchObject([{ severity: 'warning' }]);
  });

  it('takes the fee stated in another part', () => {
    const early = page.replace('<p>本年度未收取信息处理费。</p>', '<p>无。</p>').replace('<p>五、', '<p>依申请公开工作中未收取任何费用。</p>\n<p>五、');
    expect(findings(early)).toEqual([]);
  });

  it('notes fees charged but stated in part only', () => {
    // hangzhou-style-2025 among the probe pages.
    expect(withPartSix('依据《政府信息公开信息处理费管理办法》规定，2025年全市实际收取信息处理费共计400元。')).toMatchObject([{
      severity: 'info', cells: [{ table: 'proseFigures' }],
      message: '正文“…2025年全市实际收取信息处理费共计400元”说明收取了信息处理费，但未说明发出收费通知的件数、收费通知的总金额（国办公开办函〔2021〕30号要求三项都报告）',
    }]);
    expect(withPartSix('本年度发出收费通知3件，实际收取信息处理费0元。')[0]!.message).toContain('但未说明收费通知的总金额');
  });

  it('takes no other notice, nor 表三\'s row retold, for fee notices sent', () => {
    // A 补正通知 asks the applicant to complete the application: nothing was charged.
    expect(withPartSix('本年度向申请人发出补正通知3件，未收取信息处理费。')).toEqual([]);
    expect(withPartSix('因申请人逾期未按收费通知缴纳费用不再处理的申请3件。')).toMatchObject([{ severity: 'warning' }]);
    expect(withPartSix('全年共向申请人发出收费通知书1份，收取信息处理费200元。')[0]!.message).toContain('但未说明收费通知的总金额');
  });

  it('stays silent where part 六 is not on the page, or the report predates the fee', () => {
    // An excerpt that ends before part 六, its parts listed in its opening (kmwh-kjcyy-2022 among the probe pages).
    const excerpt = page.replace(PART_SIX, '').replace('<p>一、总体情况</p>',
      '<p>本报告由1.总体情况;2.主动公开政府信息情况;3.收到和处理政府信息公开申请情况;4.政府信息公开行政复议、行政诉讼情况;5.存在的主要问题及改进情况;6.其他需要报告的事项。</p>\n<p>一、总体情况</p>');
    expect(findings(excerpt)).toEqual([]);
    const old = { ...layout, format: '2019' as const };
    const oldRand = random(11);
    const report2019 = reportPage(consistentFigures(oldRand, old), old, oldRand);
    expect(findings(report2019.replace('<p>本年度未收取信息处理费。</p>', '<p>无。</p>'))).toEqual([]);
  });

  it('reads part 六 on a paginated report\'s pages read and joined, and on its last page', () => {
    const url = 'http://www.example.gov.cn/zfxxgk/ndbg/202301/t20230120_4567890.html';
    const silent = page.replace('<p>本年度未收取信息处理费。</p>', '<p>无。</p>');
    const rules = (pagination: Pagination) => extract(pageFromCheerio(cheerio.load(silent).root()[0]!), { url, pagination })
      .report.warnings.filter((w) => w.rule === feeStatement.id).map((w) => w.severity);
    expect(rules({ page: 1, pages: 2, joined: { read: [1, 2], failed: [] } })).toEqual(['warning']);
    expect(rules({ page: 2, pages: 2 })).toEqual(['warning']);
    expect(rules({ page: 1, pages: 2 })).toEqual([]);
    expect(rules({ page: 2, pages: 3, joined: { read: [1, 2], failed: [3] } })).toEqual([]);
  });
});
