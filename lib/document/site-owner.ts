// Whose site the page is on, as its footer says: 主办单位：共青团某市委员会, © 宁波市住房公积金管理中心 版权所有, Copyright @2020
// 贵港市住房公积金管理中心 版权所有 (the footers of 公积金 sites). A portal's footer names the government that runs it; a
// mirror's, itself or nothing.

// The owner's name after 主办/版权所有/Copyright/© (a year and marks between), or before 版权所有: a run of Han characters.
const OWNER = /(?:主办(?:单位)?|版权所有|Copyright|©)[\s:：@©]*(?:\d{4}(?:\s*[-—–]\s*\d{4})?\s*)?([\p{Script=Han}（）()]{4,40})|([\p{Script=Han}（）()]{4,40}?)\s*版权所有/giu;

/** The bodies the page's footer lines name as the site's owner, in order. */
export function siteOwners(lines: readonly string[]): string[] {
  const owners = new Set<string>();
  for (const line of lines) {
    for (const m of line.matchAll(OWNER)) owners.add((m[1] ?? m[2])!);
  }
  return [...owners];
}
