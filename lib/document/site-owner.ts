// Whose site the page is on, as its footer says: 主办单位：共青团某市委员会, © 宁波市住房公积金管理中心 版权所有, Copyright @2020
// 贵港市住房公积金管理中心 版权所有 (the footers of 公积金 sites). A portal's footer names the government that runs it; a
// mirror's, itself, nothing, or the original's it copied with the page.
import { hostsIn, sameSite } from './stated-site.ts';
import { HAN } from '../text/han.ts';

// The owner's name after 主办/版权所有/Copyright/© (a year, marks and a 为/是 between), or before 版权所有: a run of Han characters.
const OWNER = new RegExp(String.raw`(?:主办(?:单位)?|版权所有|Copyright|©)[\s:：@©]*(?:\d{4}(?:\s*[-—–]\s*\d{4})?\s*)?[为是]?([${HAN}（）()]{4,40})|([${HAN}（）()]{4,40}?)\s*版权所有`, 'giu');
// What a line naming an owner holds: OWNER's second alternative has no literal start and would be tried from every character.
const OWNER_WORD = /主办|版权|Copyright|©/i;
// A line of the report's running text: a sentence, not a footer's line of marks (a footer may say 请使用IE8以上浏览器。).
const RUNNING_TEXT = /。/;
const FOOTER_WORDS = /主办单位[:：]|版权|ICP|备案|技术支持|浏览器|分辨率|Copyright|©/i;

/** The page's footer: its lines under the last sentence of running text (the report's, or a portal's last article's). */
export function pageFooter(lines: readonly string[]): readonly string[] {
  let start = lines.length;
  while (start > 0 && !(RUNNING_TEXT.test(lines[start - 1]!) && !FOOTER_WORDS.test(lines[start - 1]!))) start--;
  return lines.slice(start);
}

/** The bodies the footer's lines (pageFooter) name as the site's owner, in order. */
export function siteOwners(footer: readonly string[]): string[] {
  const owners = new Set<string>();
  for (const line of footer) {
    if (!OWNER_WORD.test(line)) continue;
    for (const m of line.matchAll(OWNER)) owners.add((m[1] ?? m[2])!);
  }
  return [...owners];
}

/** The footer gives the page's own site's address (浙ICP备13024743号-1 COPYRIGHT ©2005 www.zjgjj.com): a copied footer gives the original's. */
export const footerNamesHost = (footer: readonly string[], host: string): boolean =>
  footer.some((line) => hostsIn(line).some((h) => sameSite(h, host)));
