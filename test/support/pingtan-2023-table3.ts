import * as cheerio from 'cheerio';
import { pageFromCheerio } from '../../lib/page/cheerio-source.ts';
import { recognizeApplications } from '../../lib/recognize/applications.ts';
import { FigureSink } from '../../lib/recognize/figure-sink.ts';
import { layoutTables } from '../../lib/recognize/layout.ts';
import { findSections } from '../../lib/recognize/sections.ts';

// 表三 of 平潭综合实验区's 2023 report (pingtan.gov.cn, t20240308_87885), each row's seven figures as it prints them,
// its rows labelled as the 2021 template labels them; and the columns' names.
export const PINGTAN_2023_ROWS: [string, number[]][] = [
  ['一、本年新收政府信息公开申请数量', [80, 1, 0, 0, 0, 0, 81]], ['二、上年结转政府信息公开申请数量', [0, 0, 0, 0, 0, 0, 0]],
  ['（一）予以公开', [22, 0, 0, 0, 0, 0, 22]], ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [19, 1, 0, 0, 0, 0, 20]],
  ...['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息',
    '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项'].map((l, i): [string, number[]] =>
    [`（三）不予公开 ${l}`, [[0, 0, 0, 1, 0, 1, 1, 2][i]!, 0, 0, 0, 0, 0, [0, 0, 0, 1, 0, 1, 1, 2][i]!]]),
  ['（四）无法提供 1.本机关不掌握相关政府信息', [31, 0, 0, 0, 0, 0, 31]], ['（四）无法提供 2.没有现成信息需要另行制作', [0, 0, 0, 0, 0, 0, 0]],
  ['（四）无法提供 3.补正后申请内容仍不明确', [0, 0, 0, 0, 0, 0, 0]], ['（五）不予处理 1.信访举报投诉类申请', [0, 0, 0, 0, 0, 0, 0]],
  ['（五）不予处理 2.重复申请', [1, 0, 0, 0, 0, 0, 1]], ['（五）不予处理 3.要求提供公开出版物', [0, 0, 0, 0, 0, 0, 0]],
  ['（五）不予处理 4.无正当理由大量反复申请', [0, 0, 0, 0, 0, 0, 0]], ['（五）不予处理 5.要求行政机关确认或重新出具已获取信息', [0, 0, 0, 0, 0, 0, 0]],
  ['（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', [1, 0, 0, 0, 0, 0, 1]],
  ['（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', [0, 0, 0, 0, 0, 0, 0]],
  ['（六）其他处理 3.其他', [1, 0, 0, 0, 0, 0, 1]], ['（七）总计', [80, 1, 0, 0, 0, 0, 81]], ['四、结转下年度继续办理', [0, 0, 0, 0, 0, 0, 0]],
];
export const APPLICANT_NAMES = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];

/** 表三 read from `html` (its tables) under its heading: the figures and every note of the reading. */
export function readTable3(html: string) {
  const page = pageFromCheerio(cheerio.load(`<p>三、收到和处理政府信息公开申请情况</p>${html}<p>四、政府信息公开行政复议、行政诉讼情况</p>`).root()[0]!);
  const sink = new FigureSink();
  const result = recognizeApplications(findSections(page, layoutTables(page)).rows.applications, sink);
  return { applications: result?.applications, warnings: [...sink.notes.warnings(), ...result?.warnings ?? []] };
}
