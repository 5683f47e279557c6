// Adapter for cheerio / domhandler trees (the CLI, the tests, the benchmark).
import type { AnyNode, Element, ParentNode, Text } from 'domhandler';
import { textContent } from 'domutils';
import { COMMENT, ELEMENT, OTHER, TEXT, type NodeAccess, type NodeKind, type PageModel } from './model.ts';
import { walkPage } from './walk.ts';

function kind(n: AnyNode): NodeKind {
  switch (n.type) {
    case 'text': case 'cdata': return TEXT;
    case 'tag': case 'script': case 'style': case 'root': return ELEMENT;
    case 'comment': return COMMENT;
    default: return OTHER;
  }
}

const cheerioAccess: NodeAccess<AnyNode> = {
  kind,
  // parse5 already lower-cases HTML tag names.
  tag: (n) => (n as Element).name ?? '',
  attr: (n, name) => (n as Element).attribs?.[name] ?? null,
  // Telling costs as much as looking an attribute up (each element's attributes are a dictionary of their own).
  hasAttributes: () => true,
  firstChild: (n) => (n as ParentNode).children?.[0] ?? null,
  nextSibling: (n) => n.next,
  data: (n) => (n as Text).data ?? '',
  // A saved page's controls show what their markup sets, as a browser takes it: the value attribute (sanitized
  // for its type), a textarea's text, the option selected.
  value: (n) => {
    const { name, attribs } = n as Element;
    if (name === 'input') return sanitized(attribs.type?.trim().toLowerCase() ?? '', attribs.value ?? '');
    if (name === 'textarea') return textContent(n);
    const shown = selectedOption(n as Element);
    return shown ? textContent(shown).replace(/[ \t\n\f\r]+/g, ' ').trim() : '';
  },
};

// A valid floating-point number (HTML's): what a number input keeps of its value; anything else it shows blank.
const FLOAT = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/** An input's value as a browser sanitizes it for the types a form's figure may be in: a number's or nothing, no line breaks in text. */
function sanitized(type: string, value: string): string {
  if (type === 'number') return FLOAT.test(value) ? value : '';
  return value.replace(/[\r\n]+/g, '');
}

/**
 * The option a <select> shows as a browser picks it: the last marked selected (the first, where several may be);
 * else, for a drop-down (one choice, size 1), the first not disabled (nor in a disabled group); a list box
 * (size > 1, multiple) none.
 */
function selectedOption(select: Element): Element | undefined {
  const options: { option: Element; disabled: boolean }[] = [];
  for (const child of select.children as Element[]) {
    if (child.name === 'option') options.push({ option: child, disabled: child.attribs.disabled != null });
    else if (child.name === 'optgroup') {
      for (const option of child.children as Element[]) {
        if (option.name === 'option') options.push({ option, disabled: child.attribs.disabled != null || option.attribs.disabled != null });
      }
    }
  }
  const selected = (o: { option: Element }) => o.option.attribs.selected != null;
  if (select.attribs.multiple != null) return options.find(selected)?.option;
  const chosen = options.findLast(selected) ?? (Number.parseInt(select.attribs.size ?? '', 10) > 1 ? undefined : options.find((o) => !o.disabled));
  return chosen?.option;
}

/** The page model of a parsed document (the root returned by cheerio's load()). */
export function pageFromCheerio(root: AnyNode): PageModel<AnyNode> {
  return walkPage(cheerioAccess, root);
}
