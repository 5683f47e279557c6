// Adapter for the live DOM (the content script, and happy-dom in tests).
import { ELEMENT, OTHER, TEXT, type NodeAccess, type PageModel } from './model.ts';
import { walkPage } from './walk.ts';

const CDATA_SECTION_NODE = 4;

export const domAccess: NodeAccess<Node> = {
  kind: (n) => (n.nodeType === ELEMENT ? ELEMENT : n.nodeType === TEXT || n.nodeType === CDATA_SECTION_NODE ? TEXT : OTHER),
  tag: (n) => (n as Element).localName,
  attr: (n, name) => (n as Element).getAttribute(name),
  children: (n) => n.childNodes,
  data: (n) => (n as CharacterData).data,
  // The live value: what the reader sees, though a script filled it in or the reader typed over it.
  value: (n) => {
    if ((n as Element).localName !== 'select') return (n as HTMLInputElement).value;
    const select = n as HTMLSelectElement;
    return select.options[select.selectedIndex]?.text ?? '';
  },
};

/** The page model of a document (or of any subtree, e.g. a same-origin frame's body). */
export function pageFromDom(doc: Document): PageModel<Node> {
  return walkPage(domAccess, doc.documentElement);
}
