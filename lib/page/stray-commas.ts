// The mirrors that annotate characters with pinyin also put a comma before marks of punctuation: 二,、主动公开政府
// 信息情况, 由总体情况,、主动公开…六部分组成,。, 国务院令第711号,,以下简称 (tj-dongjiang-2020, dg-wangniudun-2024-mirror).
// No text puts a comma before another mark; the page is read without it, as headings and lists are written (二、, 、).
import type { PageModel } from './model.ts';
import { cutFromPage } from './rewrite.ts';

const STRAY_COMMA = /[,，](?=[,，、。；;：:])/g;
const HAS_STRAY_COMMA = /[,，][,，、。；;：:]/;

/** The page without its stray commas, where any line holds one; else the page itself. */
export function withoutStrayCommas<N>(page: PageModel<N>): PageModel<N> {
  return page.lines.some((line) => HAS_STRAY_COMMA.test(line.text)) ? cutFromPage(page, STRAY_COMMA) : page;
}
