// A news item that carries a report whole: 日前,国家药监局网站发布《…年度报告》。全文如下。 and under it the report's own
// title line, its 统计期限, its parts. The page is that report, titled by its own line; a news item that only tells of a
// report (what it shows, that it came out) has no such line after such words, and stays news.
import { DATE_SOURCE } from './dates.ts';
import { NO_LINKS, type DocumentText, type Spot, wholeLine } from './page-text.ts';
import { labelsDate } from './published.ts';
import { isTitleLine } from './title.ts';

// The words that hand over to the text carried, closing their line: 全文如下, 现全文刊发, 原文如下, 以下为全文.
const FULL_TEXT = /(?:全文如下|全文(?:刊发|刊登|转发|转载)(?:如下)?|原文如下|以下[为是](?:报告)?全文)\s*[。.:：]?\s*$/;

// The news item's own lines a portal may put between them and the title: an image's caption (图为…), the date (2020-04-08,
// 发布时间：…), the source, the writer's or editor's line (来源：…, 本报记者 王晓, （责任编辑：李明）).
const CAPTION = /^\s*[（(]?\s*图[为片示]/;
const DATE_ALONE = new RegExp(`^\\s*[\\[【(（]?\\s*${DATE_SOURCE}\\s*(?:\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*[\\]】)）]?\\s*$`);
const BYLINE = /^\s*[\[【(（]?\s*(?:(?:信息|文章|图片)?来源|(?:责任)?编辑|作者|撰稿|(?:本报|本台|本网)?(?:记者|通讯员)|摄影?|审核|校对)(?:\s*[:：]|\s+\S)/;
const itemsOwn = (line: string) => CAPTION.test(line) || DATE_ALONE.test(line) || labelsDate(line) || BYLINE.test(line);
// As many of them as a portal puts there; past them, the title is one of the next two lines.
const MAX_ITEMS_OWN = 4;

/** The carried report's own title line under those words (within two lines past the item's own, no link's text), where the page has one. */
export function carriedReport(doc: DocumentText): { title: string; at: Spot[] } | null {
  const lines = doc.bodyLines, links = doc.bodyLinks ?? NO_LINKS;
  const handover = lines.findIndex((line) => FULL_TEXT.test(line));
  if (handover < 0) return null;
  let first = handover + 1;
  while (first < lines.length && first - handover <= MAX_ITEMS_OWN && !links.has(first) && itemsOwn(lines[first]!)) first++;
  for (let i = first; i <= first + 1 && i < lines.length; i++) {
    if (!links.has(i) && isTitleLine(lines[i]!)) return { title: lines[i]!.trim(), at: [wholeLine('body', lines, i)] };
  }
  return null;
}
