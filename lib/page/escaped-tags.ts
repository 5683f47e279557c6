// A CMS that escapes its editor's markup shows the tags as text: 申请行政复议、提起行政诉讼情况<br>,存在的主要问题…
// (ganzhou-wsj-2012-mirror, its source &lt;br&gt;). No report writes an HTML tag as words; the page is read without
// them, so a part's name or a label does not carry one. Only markup's own tag names: a title in ASCII angle
// brackets (印发<关于全面推进政务公开工作的意见>的通知, <B 类标准>) or an address (<http://www.np.gov.cn/>) stays: what
// follows a tag's name is its attributes, each given a value (<span style="…">), quoted or a word: Word's run long
// (<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 28.5pt; …; mso-line-height-rule: exactly">), a quoted one
// up to 500 characters, none of them < or >; Word's own empty paragraph mark (<o:p></o:p>) with them.
import type { PageModel } from './model.ts';
import { cutFromPage } from './rewrite.ts';

const VALUE = `(?:"[^"<>]{0,500}"|'[^'<>]{0,500}'|[^\\s"'<>]{1,80})`;
const TAG = `<\\/?(?:br|p|span|strong|b|font|div|o:p)(?:\\s+[a-z:-]+\\s*=\\s*${VALUE})*\\s*\\/?>`;
const ESCAPED_TAG = new RegExp(TAG, 'gi');
const HAS_ESCAPED_TAG = new RegExp(TAG, 'i');

/** The page without the tags it shows as text, where any line or cell holds one; else the page itself. */
export function withoutEscapedTags<N>(page: PageModel<N>): PageModel<N> {
  const holds = page.lines.some((l) => HAS_ESCAPED_TAG.test(l.text))
    || page.tables.some((t) => t.rows.some((r) => r.cells.some((c) => HAS_ESCAPED_TAG.test(c.text))));
  return holds ? cutFromPage(page, ESCAPED_TAG) : page;
}
