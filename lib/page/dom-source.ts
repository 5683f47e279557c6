// Adapter for the live DOM (the content script, and happy-dom in tests).
import type { NodeAccess, PageModel } from './model.ts';
import { walkPage } from './walk.ts';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

export const domAccess: NodeAccess<Node> = {
  kind: (n) => (n.nodeType === ELEMENT_NODE ? 'element' : n.nodeType === TEXT_NODE || n.nodeType === CDATA_SECTION_NODE ? 'text' : 'other'),
  tag: (n) => (n as Element).localName,
  attr: (n, name) => (n as Element).getAttribute(name),
  children: (n) => n.childNodes,
  data: (n) => (n as CharacterData).data,
};

/** The page model of a document (or of any subtree, e.g. a same-origin frame's body). */
export function pageFromDom(doc: Document): PageModel<Node> {
  return walkPage(domAccess, doc.documentElement);
}
