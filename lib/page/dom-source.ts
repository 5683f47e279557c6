// Adapter for the live DOM (the content script, and happy-dom in tests).
import { COMMENT, ELEMENT, OTHER, TEXT, type NodeAccess, type PageModel } from './model.ts';
import { walkPage } from './walk.ts';

const CDATA_SECTION_NODE = 4;

const domAccess: NodeAccess<Node> = {
  kind: (n) => {
    const type = n.nodeType;
    return type === ELEMENT ? ELEMENT : type === TEXT || type === CDATA_SECTION_NODE ? TEXT : type === COMMENT ? COMMENT : OTHER;
  },
  tag: (n) => (n as Element).localName,
  attr: (n, name) => (n as Element).getAttribute(name),
  hasAttributes: (n) => (n as Element).hasAttributes(),
  firstChild: (n) => n.firstChild,
  nextSibling: (n) => n.nextSibling,
  data: (n) => (n as CharacterData).data,
  // The live value: what the reader sees, though a script filled it in or the reader typed over it.
  value: (n) => {
    if ((n as Element).localName !== 'select') return (n as HTMLInputElement).value;
    const select = n as HTMLSelectElement;
    return select.options[select.selectedIndex]?.text ?? '';
  },
};

/** The page model of a document: walked from the document itself, where a browser's note of where it saved the page stands. */
export function pageFromDom(doc: Document): PageModel<Node> {
  return walkPage(domAccess, doc);
}
