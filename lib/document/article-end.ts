// Where a portal's article ends: what stands below it (tools, related links, a side column's list) is the portal's, not the report's.
import { isProse } from './page-text.ts';

// What a portal prints under the article: its tools, its related links, the way to the next article.
const END_MARK = /^[\s【\[]*(?:打印本页|打印|关闭窗口|关闭本页|相关(?:链接|文章|信息|阅读|新闻|文件|稿件|推荐)|上一篇|下一篇|往期推荐)/;

/** Where the article ends: the portal's first tools or related links after its text, or the page's end. */
export function articleEnd(body: readonly string[]): number {
  let end = body.length;
  for (let i = body.length - 1; i >= 0 && !isProse(body[i]!); i--) if (END_MARK.test(body[i]!)) end = i;
  return end;
}
