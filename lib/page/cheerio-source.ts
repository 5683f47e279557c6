// Adapter for cheerio / domhandler trees (the CLI, the tests, the benchmark).
import type { AnyNode, Element, ParentNode, Text } from 'domhandler';
import { COMMENT, ELEMENT, OTHER, TEXT, type NodeAccess, type NodeKind, type PageModel } from './model.ts';
import { walkPage } from './walk.ts';

const NO_CHILDREN: AnyNode[] = [];

function kind(n: AnyNode): NodeKind {
  switch (n.type) {
    case 'text': case 'cdata': return TEXT;
    case 'tag': case 'script': case 'style': case 'root': return ELEMENT;
    case 'comment': return COMMENT;
    default: return OTHER;
  }
}

export const cheerioAccess: NodeAccess<AnyNode> = {
  kind,
  // parse5 already lower-cases HTML tag names.
  tag: (n) => (n as Element).name ?? '',
  attr: (n, name) => (n as Element).attribs?.[name] ?? null,
  children: (n) => (n as ParentNode).children ?? NO_CHILDREN,
  data: (n) => (n as Text).data ?? '',
};

/** The page model of a parsed document (the root returned by cheerio's load()). */
export function pageFromCheerio(root: AnyNode): PageModel<AnyNode> {
  return walkPage(cheerioAccess, root);
}
