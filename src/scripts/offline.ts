/**
 * Everything the offline copy runs, as one classic script (module scripts do not load from
 * file://): the site's own behaviour, and a search over the index the copy carries.
 */
import { installCiteDialog } from './cite.ts';
import { installReadingModes, installLanguageSwitch } from './reading-modes.ts';
import { installCopyLinks, installSiteKeys } from './site.ts';
import { installTermPopovers } from './term-popovers.ts';
import { searchOffline, type OfflineRecord } from '../pipeline/search/offline-search.ts';

declare global {
  interface Window {
    /** Set by search-index.js on the offline search page. */
    EDITION_SEARCH_INDEX?: OfflineRecord[];
  }
}

function installOfflineSearch(): void {
  const records = window.EDITION_SEARCH_INDEX;
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = document.querySelector<HTMLInputElement>('#search-query');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const count = document.querySelector<HTMLElement>('#search-count');
  if (!records || !form || !input || !list || !count) return;
  // The path from this page to the copy's root ("../../"), set on <html> when the copy was made.
  const root = document.documentElement.dataset.root ?? '';
  const english = () => document.documentElement.dataset.read === 'en';
  const run = () => {
    const query = input.value;
    const hits = searchOffline(records, query);
    list.replaceChildren(
      ...hits.map(({ record, excerpt }) => {
        const item = document.createElement('li');
        item.className = 'search-result';
        const link = document.createElement('a');
        link.className = 'search-result__link';
        link.href = root + record.url;
        link.lang = record.lang;
        link.textContent = [record.clause, record.heading].filter(Boolean).join(' — ') || record.title;
        const where = document.createElement('p');
        where.className = 'search-result__document';
        where.textContent = record.title;
        const text = document.createElement('p');
        text.className = 'search-result__excerpt';
        text.lang = record.lang;
        let at = 0;
        for (const [start, end] of excerpt.marks) {
          if (start < at) continue;
          text.append(excerpt.text.slice(at, start));
          const mark = document.createElement('mark');
          mark.textContent = excerpt.text.slice(start, end);
          text.append(mark);
          at = end;
        }
        text.append(excerpt.text.slice(at));
        item.append(link, where, text);
        return item;
      }),
    );
    count.textContent = query.trim() === '' ? '' : english() ? `${hits.length} results for “${query}”.` : `${hits.length} kết quả cho “${query}”.`;
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  input.addEventListener('input', run);
  input.value = new URLSearchParams(window.location.search).get('q') ?? '';
  if (input.value) run();
}

installSiteKeys();
installCopyLinks();
installLanguageSwitch();
installReadingModes();
installTermPopovers();
installCiteDialog();
installOfflineSearch();
