// Adapter for cheerio / domhandler trees (the CLI, the tests, the benchmark).
import type { AnyNode, Element } from 'domhandler';
import type { NodeAccess, PageModel } from './model.ts';
import { walkPage } from './walk.ts';

export const cheerioAccess: NodeAccess<AnyNode> = {
  kind: (n) => (n.type === 'tag' || n.type === 'script' || n.type === 'style' || n.type === 'root' ? 'element' : n.type === 'text' || n.type === 'cdata' ? 'text' : 'other'),
  tag: (n) => ((n as Element).name ?? '').toLowerCase(),
  attr: (n, name) => (n as Element).attribs?.[name] ?? null,
  children: (n) => ('children' in n ? (n.children as AnyNode[]) : []),
  data: (n) => ('data' in n ? String(n.data) : ''),
};

/** The page model of a parsed document (the root returned by cheerio's load()). */
export function pageFromCheerio(root: AnyNode): PageModel<AnyNode> {
  return walkPage(cheerioAccess, root);
}
