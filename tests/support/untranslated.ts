/**
 * Finding Vietnamese left in an English page's frame: every visible text node that looks
 * Vietnamese (letters only Vietnamese uses, or a word of a small list of Vietnamese words that
 * English never writes) and is not inside an element marked lang="vi", outside the clause texts
 * (the documents' own words, in either language): what this finds is frame: labels, values, notes,
 * controls. Set aside
 * first, as they are the same in every language: proper names (provinces, signers), document codes
 * ("340/QĐ-TTg", "09/2019/NQ-HĐND") and the letter đ standing alone as a clause's number ("point đ",
 * "II › 2 › đ", "đ)").
 */
import type { Page } from 'playwright-core';

/** Vietnamese words, without marks, that an English sentence does not contain. */
export const VIETNAMESE_WORDS = ['cua', 'cac', 'nhung', 'duoc', 'nguoi', 'thang', 'ngay', 'nam', 'tinh', 'nghi', 'quyet', 'hoach', 'chuong', 'trinh', 'thuc', 'hien', 'kinh', 'te', 'hop', 'tac', 'xa', 'uy', 'ban', 'dan', 'van', 'so', 'va', 've', 'voi', 'trong', 'theo'];
/** Two of the words side by side (a phrase), or one of the words no English text has on its own. */
const ALONE = ['cua', 'cac', 'nhung', 'duoc', 'nguoi', 'thang', 'ngay', 'tinh', 'nghi', 'quyet', 'hoach', 'chuong', 'trinh', 'thuc', 'hien', 'kinh', 'uy', 'voi'];

export interface FrameProblem {
  text: string;
  /** A CSS-like path to the element holding the text. */
  where: string;
}

/**
 * The frame's unmarked Vietnamese on the page as it is now. `names` are proper names to set aside.
 * Letters: the Vietnamese vowels with their marks, đ, and ă â ê ô ơ ư.
 */
export async function untranslatedFrame(page: Page, names: readonly string[]): Promise<FrameProblem[]> {
  return page.evaluate(
    ({ names, words, alone }) => {
      const LETTERS = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;
      const word = new Set(words);
      const single = new Set(alone);
      const looksVietnamese = (text: string): boolean => {
        if (LETTERS.test(text)) return true;
        const tokens = text.toLowerCase().split(/[^a-z]+/).filter(Boolean);
        if (tokens.some((t) => single.has(t))) return true;
        return tokens.some((t, i) => i > 0 && word.has(t) && word.has(tokens[i - 1]!));
      };
      const path = (element: Element): string => {
        const parts: string[] = [];
        for (let e: Element | null = element; e && e !== document.body && parts.length < 4; e = e.parentElement) {
          parts.unshift(`${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.classList.length > 0 ? `.${[...e.classList].join('.')}` : ''}`);
        }
        return parts.join(' > ');
      };
      // Names as written and in capitals (a translated header keeps "BẮC KẠN").
      const sorted = [...new Set(names.flatMap((n) => [n, n.toLocaleUpperCase('vi')]))].sort((a, b) => b.length - a.length);
      const problems: { text: string; where: string }[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        // Clause texts (either language) are the documents' own words, not the frame; so are a search hit's excerpts of them.
        if (!parent || parent.closest('script, style, template, noscript, .clause-text, .clause__title, .clause--title h1, .search-result__excerpt')) continue;
        if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
        const marked = parent.closest('[lang]');
        if (marked && marked.getAttribute('lang')!.toLowerCase().startsWith('vi')) continue;
        let text = (node.textContent ?? '').normalize('NFC');
        for (const name of sorted) text = text.split(name).join(' ');
        text = text.replace(/\b\d{1,4}(?:\/\d{4})?[-/][\p{Lu}][\p{L}\d]*(?:[-/][\p{Lu}][\p{L}\d]*)*/gu, ' ').replace(/(^|[\s(›])đ(?=[)\s.,]|$)/gu, '$1');
        if (text.trim() !== '' && looksVietnamese(text)) problems.push({ text: (node.textContent ?? '').trim().slice(0, 120), where: path(parent) });
      }
      return problems;
    },
    { names: [...names], words: VIETNAMESE_WORDS, alone: ALONE },
  );
}
