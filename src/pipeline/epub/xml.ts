/**
 * XML built as a tree and serialised with escaping, never by pasting source text into markup:
 * a seed may hold "<", "&" or "</script>", and an EPUB reading system refuses a file that is not
 * well-formed XML.
 */

export type XmlNode = string | XmlElement;

export interface XmlElement {
  name: string;
  /** null and undefined attributes are left out. */
  attributes: Readonly<Record<string, string | null | undefined>>;
  children: readonly XmlNode[];
}

/** An element; `children` may hold nulls and nested lists (left out and flattened). */
export function el(name: string, attributes: XmlElement['attributes'] = {}, ...children: Children[]): XmlElement {
  return { name, attributes, children: flatten(children) };
}

type Children = XmlNode | null | undefined | false | readonly Children[];

function flatten(children: readonly Children[]): XmlNode[] {
  const nodes: XmlNode[] = [];
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (typeof child === 'string' || !Array.isArray(child)) nodes.push(child as XmlNode);
    else nodes.push(...flatten(child));
  }
  return nodes;
}

/**
 * Characters XML 1.0 cannot hold at all (C0 controls other than tab and line ends, lone
 * surrogates, U+FFFE/U+FFFF) become U+FFFD, so a stray control character in a source shows as
 * one visible mark instead of making the whole file unreadable.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

export function escapeText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

/** Elements written as <x/>: HTML's void elements (any other empty element gets an end tag, which HTML parsers also read right). */
const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'col', 'rootfile', 'item', 'itemref']);

export function serialize(node: XmlNode): string {
  if (typeof node === 'string') return escapeText(node);
  const attributes = Object.entries(node.attributes)
    .filter((entry): entry is [string, string] => entry[1] !== null && entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  if (node.children.length === 0 && VOID.has(node.name)) return `<${node.name}${attributes}/>`;
  return `<${node.name}${attributes}>${node.children.map(serialize).join('')}</${node.name}>`;
}

/** A whole XML file: declaration, optional doctype, root element. */
export function xmlDocument(root: XmlElement, doctype: string | null = null): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${doctype ? `${doctype}\n` : ''}${serialize(root)}\n`;
}
