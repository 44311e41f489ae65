/**
 * A small XML tree and its serialiser: text and attribute values are always escaped, so source text
 * stays text whatever it holds ("<", "&", "]]>", "</script>"). Characters XML 1.0 cannot carry at all
 * (control characters other than tab and line breaks) are written as U+FFFD.
 */

export type XmlNode = XmlElement | string;

export interface XmlElement {
  name: string;
  attributes: Record<string, string | undefined>;
  children: XmlNode[];
}

/** An element; attributes whose value is undefined are left out. */
export function el(name: string, attributes: Record<string, string | undefined> = {}, children: XmlNode[] = []): XmlElement {
  return { name, attributes, children };
}

const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

function open(element: XmlElement): string {
  const attributes = Object.entries(element.attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return `<${element.name}${attributes}`;
}

function serialise(node: XmlNode, indent: string, out: string[]): void {
  if (typeof node === 'string') {
    out.push(escapeText(node));
    return;
  }
  if (node.children.length === 0) {
    out.push(`${open(node)}/>`);
    return;
  }
  // Mixed content is written on one line: whitespace between its parts would be text.
  if (node.children.some((c) => typeof c === 'string')) {
    out.push(`${open(node)}>`);
    for (const child of node.children) serialise(child, '', out);
    out.push(`</${node.name}>`);
    return;
  }
  out.push(`${open(node)}>`);
  for (const child of node.children) {
    out.push(`\n${indent}  `);
    serialise(child, `${indent}  `, out);
  }
  out.push(`\n${indent}</${node.name}>`);
}

/** The document with its XML declaration, element-only content indented. */
export function serialiseXml(root: XmlElement): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  serialise(root, '', out);
  out.push('\n');
  return out.join('');
}
