/**
 * The search page: the query (and any filters) live in the URL, results come from the Pagefind
 * index of every clause in both languages, and each result links to its clause's anchor.
 */
import { queryVariants, rank } from '../pipeline/search/query.ts';
import { bilingual, element } from './dom.ts';
import { countText, resultItem, resultPlace } from './search-results.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
type Filters = Record<string, { any: string[] }>;
interface Pagefind {
  options(options: { noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Filters }): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Results shown at first (each needs its fragment fetched); "more" shows the next ones. */
const PAGE_SIZE = 10;
/** Results whose text is read to rank exact matches first; beyond these, the index order stands. */
const RERANK_DEPTH = 10;
/** Filters in the order they are offered, with their names in both languages. */
const FILTERS: { key: string; vi: string; en: string }[] = [
  { key: 'language', vi: 'Ngôn ngữ', en: 'Language' },
  { key: 'document', vi: 'Văn bản', en: 'Document' },
  { key: 'province', vi: 'Tỉnh', en: 'Province' },
  { key: 'type', vi: 'Loại văn bản', en: 'Document type' },
  { key: 'year', vi: 'Năm', en: 'Year' },
  { key: 'topic', vi: 'Chủ đề', en: 'Topic' },
];

/**
 * Built with the page: glossary abbreviations (HTX → hợp tác xã), and the names of filter values in
 * both languages by filter (topic ids, document labels, document types; English null where none yet).
 */
interface SearchData {
  abbreviations: Record<string, string>;
  names: Record<string, Record<string, { vi: string; en: string | null }>>;
}

function searchData(): SearchData {
  const element = document.getElementById('search-data');
  return element ? (JSON.parse(element.textContent ?? '{}') as SearchData) : { abbreviations: {}, names: {} };
}
const VALUE_NAMES: Record<string, string> = { vi: 'Tiếng Việt', en: 'English' };

let pagefind: Promise<Pagefind> | null = null;

function loadPagefind(): Promise<Pagefind> {
  // Built after Astro by scripts/build-search-index.ts; not part of the bundle.
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
    // Search on the page's own thread: for an index this small a query takes milliseconds there,
    // and the Web Worker Pagefind would start costs a second copy of its code (12 KB gzip) before
    // the first result. Options set before init() are the ones Pagefind starts with.
    await module.options({ noWorker: true });
    await module.init();
    return module;
  });
  return pagefind;
}

/** Excerpts are shown as text with only Pagefind's <mark> highlights kept. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html');
  return [...parsed.body.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const lang = data.meta.lang === 'en' ? 'en' : 'vi';
  const title = { vi: data.meta.title ?? '', en: data.meta.title_en ?? null };
  return resultItem({
    href: data.url,
    lang,
    ...resultPlace(data.meta.clause ?? '', data.meta.heading ?? '', lang, title),
    documentTitle: title,
    excerpt: excerptNodes(data.excerpt),
    badge: { text: lang.toUpperCase(), title: VALUE_NAMES[lang] ?? lang },
  });
}

/** Checkbox groups for each filter, built from the values the index holds. */
async function renderFilters(container: HTMLElement, selected: Map<string, Set<string>>, onChange: () => void): Promise<void> {
  const available = await (await loadPagefind()).filters();
  container.replaceChildren();
  for (const filter of FILTERS) {
    const values = Object.keys(available[filter.key] ?? {}).sort();
    if (values.length === 0) continue;
    const fieldset = document.createElement('fieldset');
    fieldset.className = 'search-filter';
    const legend = document.createElement('legend');
    legend.innerHTML = `<span class="ui-vi" lang="vi"></span><span class="ui-en" lang="en"></span>`;
    legend.children[0]!.textContent = filter.vi;
    legend.children[1]!.textContent = filter.en;
    fieldset.append(legend);
    for (const value of values) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = filter.key;
      box.value = value;
      box.checked = selected.get(filter.key)?.has(value) ?? false;
      box.addEventListener('change', () => {
        const set = selected.get(filter.key) ?? new Set<string>();
        if (box.checked) set.add(value);
        else set.delete(value);
        selected.set(filter.key, set);
        onChange();
      });
      // A language is named in itself; other values in the reader's language where they have English.
      const named = searchData().names[filter.key]?.[value];
      const text = filter.key === 'language' ? [element('span', { lang: value, text: VALUE_NAMES[value] ?? value })] : bilingual(named?.vi ?? value, named?.en ?? null);
      label.append(box, ' ', ...text);
      fieldset.append(label);
    }
    container.append(fieldset);
  }
}

/** Search every đ-variant of the query, merge, and rank exact diacritic matches first. */
export async function searchClauses(query: string, filters: Filters): Promise<{ total: number; data: PagefindResultData[]; more: (from: number) => Promise<PagefindResultData[]> }> {
  const index = await loadPagefind();
  const searches = await Promise.all(queryVariants(query, searchData().abbreviations).map((q) => index.search(q, { filters })));
  const merged = new Map<string, PagefindResult>();
  for (const search of searches) {
    for (const result of search?.results ?? []) {
      const known = merged.get(result.id);
      if (!known || known.score < result.score) merged.set(result.id, result);
    }
  }
  const ordered = [...merged.values()].sort((a, b) => b.score - a.score);
  const head = await Promise.all(
    ordered.slice(0, RERANK_DEPTH).map(async (r) => {
      const data = await r.data();
      return { item: r, score: r.score, text: data.content, numbers: data.meta.numbers, names: data.meta.names };
    }),
  );
  const ranked = [...rank(head, query), ...ordered.slice(RERANK_DEPTH)];
  const data = await Promise.all(ranked.slice(0, PAGE_SIZE).map((r) => r.data()));
  return { total: ranked.length, data, more: (from) => Promise.all(ranked.slice(from, from + PAGE_SIZE).map((r) => r.data())) };
}

export function installSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = document.querySelector<HTMLInputElement>('#search-query');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const count = document.querySelector<HTMLElement>('#search-count');
  const filterBox = document.querySelector<HTMLElement>('#search-filters');
  const moreButton = document.querySelector<HTMLButtonElement>('#search-more');
  if (!form || !input || !list || !count || !filterBox || !moreButton) return;
  const params = new URLSearchParams(window.location.search);
  const selected = new Map<string, Set<string>>();
  for (const filter of FILTERS) {
    const values = params.getAll(filter.key);
    if (values.length > 0) selected.set(filter.key, new Set(values));
  }
  let latest = 0;

  function activeFilters(): Filters {
    const filters: Filters = {};
    for (const [key, values] of selected) if (values.size > 0) filters[key] = { any: [...values] };
    return filters;
  }

  function keepInUrl(query: string): void {
    const url = new URL(window.location.href);
    url.searchParams.delete('q');
    for (const filter of FILTERS) url.searchParams.delete(filter.key);
    if (query) url.searchParams.set('q', query);
    for (const [key, values] of selected) for (const value of values) url.searchParams.append(key, value);
    history.replaceState(null, '', url);
  }

  async function run(query: string): Promise<void> {
    const ticket = ++latest;
    keepInUrl(query);
    if (query.trim() === '') {
      list!.replaceChildren();
      count!.textContent = '';
      return;
    }
    const { total, data, more } = await searchClauses(query, activeFilters());
    if (ticket !== latest) return;
    list!.replaceChildren(...data.map(renderResult));
    moreButton!.hidden = total <= PAGE_SIZE;
    moreButton!.onclick = async () => {
      const shown = list!.children.length;
      const next = await more(shown);
      if (ticket !== latest) return;
      list!.append(...next.map(renderResult));
      moreButton!.hidden = list!.children.length >= total;
      (list!.children[shown]?.querySelector('a') as HTMLElement | null)?.focus();
    };
    count!.textContent = countText(query, total);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  // Every keystroke searches at once: the index is small and a stale answer is dropped by `latest`.
  input.addEventListener('input', () => void run(input.value));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      input.value = '';
      void run('');
    }
  });
  void renderFilters(filterBox, selected, () => void run(input.value));
  const initial = params.get('q') ?? '';
  input.value = initial;
  if (initial) void run(initial);
}
