/**
 * Building the few elements the site's scripts add (search results, glossary popovers): an element
 * with its class, language and text, so each caller says what it builds, not how.
 */
export interface ElementProps {
  className?: string;
  lang?: string;
  text?: string;
}

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, { className, lang, text }: ElementProps = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const built = document.createElement(tag);
  if (className) built.className = className;
  if (lang) built.lang = lang;
  if (text !== undefined) built.textContent = text;
  built.append(...children);
  return built;
}
