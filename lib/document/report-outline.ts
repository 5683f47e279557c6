// The report's own outline, for a page whose title says nothing (a mirror's spam title, a portal's empty <title> or 网站首页,
// a copy that dropped the heading line): its numbered headings are the standard parts, in their order.
import { labelKey } from '../text/normalize.ts';
import { TOPICS, type Topic } from './report-parts.ts';
import { dashAsOne } from './sections.ts';

// Each part by its whole title (punctuation dropped), in whichever format's wording (report-parts.ts): a part's title
// alone, never its topic: a 指南's 主动公开, 依申请公开 are no parts.
const TITLES: Record<Topic, RegExp> = {
  overview: /^(?:(?:政府)?信息公开(?:工作)?)?(?:概述|概况|总体情况|基本情况)$/,
  // The 2019 format's parts may name who acts (二、行政机关主动公开政府信息情况, 三、行政机关收到和处理…, wuhan-hannan-ybj-2020).
  proactive: /^(?:行政机关)?(?:政府信息)?主动公开(?:政府信息)?的?情况$/,
  // 收到和处理…申请情况 with anything in place of 政府信息公开 (a mirror's spam words stand there).
  applications: /^(?:行政机关)?(?:收到和处理.{0,12}申请|(?:政府信息)?依申请公开).{0,20}情况$/,
  fees: /^(?:政府信息公开)?的?收费.{0,6}情况$/,
  review: /复议.{0,12}诉讼.{0,6}情况$/,
  problems: /问题[及和与]改进(?:情况|措施)$/,
  other: /^其[他它]需要报告的事项$/,
};
// What the 2021 format's 总体情况 accounts for, each under its own sub-heading ((一)主动公开 (二)依申请公开 (三)政府信息管理
// (四)平台建设 (五)监督保障): steps of the outline where they stand under that part.
const OVERVIEW_ITEMS = [/^主动公开/, /^依申请公开/, /^政府信息(?:公开)?管理/, /平台建设/, /^监督保障/];

const TOP = /^\s*[一二三四五六七八九十]{1,3}\s*[、.．]\s*([^。：:]+)/;
const SUB = /^\s*(?:[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）]|[\d０-９]{1,2}\s*[.．、])\s*([^。：:]+)/;
/** How many steps of the outline a page with three of them takes: fewer are a work summary's 一、总体情况 (一)主动公开 as well. */
const STEPS = 3;

/**
 * Whether the lines' headings take three steps of the report's outline in its order: its parts as top-level headings
 * (三、政府信息依申请公开情况 四、政府信息公开收费情况 五、因信息公开引起的行政复议和行政诉讼情况), or 一、总体情况 and the items
 * it accounts for under it ((一)主动公开 (二)依申请公开 (三)政府信息管理). A list of the parts inside a sentence is none; nor
 * are a rule's or a notice's items of what a report holds ((一)主动公开政府信息的情况 …), which stand under no 总体情况.
 */
export function followsReportOutline(lines: readonly string[]): boolean {
  let steps = 0, last = -1, underOverview = false;
  const step = (rank: number) => {
    if (rank <= last) return;
    steps++;
    last = rank;
  };
  for (const raw of lines) {
    const line = dashAsOne(raw);
    const top = TOP.exec(line);
    if (top) {
      const part = TOPICS.findIndex((topic) => TITLES[topic].test(labelKey(top[1]!)));
      underOverview = part === 0;
      if (part >= 0) step(part * 10);
    } else if (underOverview) {
      const sub = SUB.exec(line);
      const item = sub ? OVERVIEW_ITEMS.findIndex((re) => re.test(labelKey(sub[1]!))) : -1;
      if (item >= 0) step(item + 1);
    }
    if (steps >= STEPS) return true;
  }
  return false;
}
