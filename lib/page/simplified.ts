// A page written in traditional characters, read as simplified, and a page's variant writings (答覆, 转结 for 结转)
// read as the engine's words have them: the same lines, pieces, tables and nodes, each text converted
// one character for one, so that every offset into a node stays right.
import { holdsVariants, withVariantsUnified } from '../text/normalize.ts';
import { toSimplified, traditionalCount } from '../text/traditional.ts';
import type { PageModel } from './model.ts';
import { rewritePage } from './rewrite.ts';

// A simplified page may quote a name or two in traditional characters; a traditional page has them
// in nearly every sentence. The title and the first few thousand characters tell, and the tables'
// cells wherever they stand: a table pasted from a traditional-script file keeps its script (屬於國家秘密)
// in a page otherwise simplified, and its labels are read only once simplified.
const TRADITIONAL_PAGE = 8;
const SAMPLE = 2000;

/** Whether the page, or the tables in it, are written in traditional characters. */
export function inTraditional<N>(page: PageModel<N>): boolean {
  let seen = traditionalCount(page.title, TRADITIONAL_PAGE);
  let read = page.title.length;
  for (let i = 0; i < page.lines.length && seen < TRADITIONAL_PAGE; i++) {
    const line = page.lines[i]!;
    if (read >= SAMPLE && line.table < 0) continue;
    seen += traditionalCount(line.text, TRADITIONAL_PAGE - seen);
    read += line.text.length;
  }
  return seen >= TRADITIONAL_PAGE;
}

/** The page with every text in simplified characters; its nodes, offsets and shape unchanged. */
export function simplifiedPage<N>(page: PageModel<N>): PageModel<N> {
  return rewritePage(page, (text) => withVariantsUnified(toSimplified(text)));
}

/**
 * The page with the variant characters the engine's words are matched without (答覆, 行政覆议) unified,
 * where any line holds one; else the page itself.
 */
export function variantsUnified<N>(page: PageModel<N>): PageModel<N> {
  return page.lines.some((line) => holdsVariants(line.text)) ? rewritePage(page, withVariantsUnified) : page;
}
