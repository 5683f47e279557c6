// The page's text as one string, for the rules that search it whole: the title, then the page's lines.
import type { RuleContext } from './types.ts';

// Joined once per page, however many rules search it; kept with the lines it was joined from.
const JOINED = new WeakMap<readonly string[], { title: string; text: string }>();

/** The title and the page's lines, one per line. */
export function pageText(ctx: RuleContext): string {
  const joined = JOINED.get(ctx.pageLines);
  if (joined?.title === ctx.title) return joined.text;
  const text = [ctx.title, ...ctx.pageLines].join('\n');
  JOINED.set(ctx.pageLines, { title: ctx.title, text });
  return text;
}
