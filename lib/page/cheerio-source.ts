// Adapter for cheerio / domhandler trees (the CLI, the tests, the benchmark).
import type { AnyNode, Element, ParentNode, Text } from 'domhandler';
import { textContent } from 'domutils';
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
  // A saved page's controls show what their markup sets: the value attribute, a textarea's text, the option marked selected.
  value: (n) => {
    const { name, attribs } = n as Element;
    if (name === 'input') return attribs.value ?? '';
    if (name === 'textarea') return textContent(n);
    const options = (n as Element).children.flatMap((c) => (c as Element).name === 'optgroup' ? (c as Element).children : [c])
      .filter((c): c is Element => (c as Element).name === 'option');
    // As a browser shows it: the last option marked selected, else a single choice's first.
    const shown = options.findLast((o) => o.attribs.selected != null) ?? (attribs.multiple == null ? options[0] : undefined);
    return shown ? textContent(shown).replace(/[ \t\n\f\r]+/g, ' ').trim() : '';
  },
};

/** The page model of a parsed document (the root returned by cheerio's load()). */
export function pageFromCheerio(root: AnyNode): PageModel<AnyNode> {
  return walkPage(cheerioAccess, root);
}
