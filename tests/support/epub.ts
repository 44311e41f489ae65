/**
 * Reading an EPUB back in tests: its zip entries in order, and any XML file parsed strictly
 * (a warning is as fatal as an error, as in a reading system's XML parser).
 */
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';

export interface OpenedEpub {
  /** Entry names in the order the zip holds them. */
  names: string[];
  text(name: string): string;
  xml(name: string): Document;
}

/** Any error or warning stops parsing, except the note that the text holds U+FFFD (which the EPUBs write for characters XML cannot hold). */
function stopOnProblem(level: 'warning' | 'error' | 'fatalError', message: string): void {
  if (level === 'warning' && /replacement character/i.test(message)) return;
  throw new Error(`${level}: ${message}`);
}

export function parseXml(xml: string, file = 'xml'): Document {
  try {
    return new DOMParser({ onError: stopOnProblem }).parseFromString(xml, 'application/xhtml+xml');
  } catch (error) {
    throw new Error(`${file} is not well-formed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Names of the zip's entries, read from the local headers in file order. */
function entryNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const names: string[] = [];
  let at = 0;
  while (at + 30 <= bytes.length && view.getUint32(at, true) === 0x04034b50) {
    const compressed = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    names.push(strFromU8(bytes.subarray(at + 30, at + 30 + nameLength)));
    at += 30 + nameLength + extraLength + compressed;
  }
  return names;
}

export function openEpub(bytes: Uint8Array): OpenedEpub {
  const files = unzipSync(bytes);
  const text = (name: string) => {
    const file = files[name];
    if (!file) throw new Error(`no ${name} in the EPUB`);
    return strFromU8(file);
  };
  return { names: entryNames(bytes), text, xml: (name) => parseXml(text(name), name) };
}

/** Elements by local name anywhere below a node (xmldom has no querySelector). */
export function elements(root: Document | Element, name: string): Element[] {
  return Array.from(root.getElementsByTagName(name));
}

/** The language an element is in: its own lang, or its nearest ancestor's. */
export function languageOf(element: Element): string | null {
  for (let node: Element | null = element; node; node = node.parentNode as Element | null) {
    if (node.nodeType === 1 && node.hasAttribute('lang')) return node.getAttribute('lang');
  }
  return null;
}
