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

/**
 * A value in both languages, the reader's choice showing one (as the pages' labels do); the
 * Vietnamese alone, marked as such, where there is no English.
 */
export function bilingual(vi: string, en: string | null): HTMLSpanElement[] {
  if (en === null) return [element('span', { lang: 'vi', text: vi })];
  return [element('span', { className: 'ui-vi', lang: 'vi', text: vi }), element('span', { className: 'ui-en', lang: 'en', text: en })];
}
