/**
 * The search page: the query lives in the URL (?q=…), results come from the Pagefind index built
 * from every clause, and each result links to its clause's anchor.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  init(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: PagefindResult[] } | null>;
}

const PAGE_SIZE = 20;
let pagefind: Promise<Pagefind> | null = null;

function loadPagefind(): Promise<Pagefind> {
  // Built after Astro by scripts/build-search-index.ts; not part of the bundle.
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
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
  const item = document.createElement('li');
  item.className = 'search-result';
  const link = document.createElement('a');
  link.href = data.url;
  link.className = 'search-result__link';
  const where = [data.meta.clause, data.meta.heading].filter(Boolean).join(' — ');
  link.textContent = where || data.meta.title || data.url;
  const documentLine = document.createElement('p');
  documentLine.className = 'search-result__document';
  documentLine.textContent = data.meta.title ?? '';
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  excerpt.lang = 'vi';
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(link, documentLine, excerpt);
  return item;
}

export function installSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = document.querySelector<HTMLInputElement>('#search-query');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const count = document.querySelector<HTMLElement>('#search-count');
  if (!form || !input || !list || !count) return;
  let latest = 0;

  async function run(query: string): Promise<void> {
    const ticket = ++latest;
    const url = new URL(window.location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (query.trim() === '') {
      list!.replaceChildren();
      count!.textContent = '';
      return;
    }
    const search = await (await loadPagefind()).search(query);
    if (ticket !== latest || !search) return;
    const data = await Promise.all(search.results.slice(0, PAGE_SIZE).map((r) => r.data()));
    if (ticket !== latest) return;
    list!.replaceChildren(...data.map(renderResult));
    const total = search.results.length;
    const english = document.documentElement.dataset.read === 'en';
    count!.textContent = english
      ? total === 0
        ? `No results for “${query}”.`
        : `${total} result${total === 1 ? '' : 's'} for “${query}”${total > PAGE_SIZE ? `; showing the first ${PAGE_SIZE}` : ''}.`
      : total === 0
        ? `Không có kết quả cho “${query}”.`
        : `${total} kết quả cho “${query}”${total > PAGE_SIZE ? `; hiện ${PAGE_SIZE} kết quả đầu` : ''}.`;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  let timer = 0;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(input.value), 200);
  });
  const initial = new URLSearchParams(window.location.search).get('q') ?? '';
  input.value = initial;
  if (initial) void run(initial);
}
