// A news item that carries a report whole: 日前,国家药监局网站发布《…年度报告》。全文如下。 and under it the report's own
// title line, its 统计期限, its parts. The page is that report, titled by its own line; a news item that only tells of a
// report (what it shows, that it came out) has no such line after such words, and stays news.
import { NO_LINKS, type DocumentText, type Spot, wholeLine } from './page-text.ts';
import { isTitleLine } from './title.ts';

// The words that hand over to the text carried, closing their line: 全文如下, 现全文刊发, 原文如下, 以下为全文.
const FULL_TEXT = /(?:全文如下|全文(?:刊发|刊登|转发|转载)(?:如下)?|原文如下|以下[为是](?:报告)?全文)\s*[。.:：]?\s*$/;

/** The carried report's own title line under those words (within two lines, no link's text), where the page has one. */
export function carriedReport(doc: DocumentText): { title: string; at: Spot[] } | null {
  const lines = doc.bodyLines, links = doc.bodyLinks ?? NO_LINKS;
  const handover = lines.findIndex((line) => FULL_TEXT.test(line));
  if (handover < 0) return null;
  for (let i = handover + 1; i <= handover + 2 && i < lines.length; i++) {
    if (!links.has(i) && isTitleLine(lines[i]!)) return { title: lines[i]!.trim(), at: [wholeLine('body', lines, i)] };
  }
  return null;
}
