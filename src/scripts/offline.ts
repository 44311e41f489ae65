/**
 * Everything the offline copy runs, as one classic script (module scripts do not load from
 * file://): the site's own behaviour, and a search over the index the copy carries.
 */
import { installCiteDialog } from './cite.ts';
import { installDocumentPanels } from './document-panels.ts';
import { installReadingModes, installLanguageSwitch, installTermMarksToggle } from './reading-modes.ts';
import { installCopyLinks, installSiteKeys } from './site.ts';
import { installTermPopovers } from './term-popovers.ts';
import { searchOffline, type OfflineHit, type OfflineRecord } from '../pipeline/search/offline-search.ts';
import { countText, resultItem, resultPlace } from './search-results.ts';

declare global {
  interface Window {
    /** Set by search-index.js on the offline search page. */
    EDITION_SEARCH_INDEX?: OfflineRecord[];
  }
}

/** The excerpt as text with the matched words in <mark>. */
function markedExcerpt(excerpt: OfflineHit['excerpt']): Node[] {
  const nodes: Node[] = [];
  let at = 0;
  for (const [start, end] of excerpt.marks) {
    if (start < at) continue;
    nodes.push(document.createTextNode(excerpt.text.slice(at, start)));
    const mark = document.createElement('mark');
    mark.textContent = excerpt.text.slice(start, end);
    nodes.push(mark);
    at = end;
  }
  nodes.push(document.createTextNode(excerpt.text.slice(at)));
  return nodes;
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
  const run = () => {
    const query = input.value;
    const hits = searchOffline(records, query);
    list.replaceChildren(
      ...hits.map(({ record, excerpt }) =>
        resultItem({
          href: root + record.url,
          lang: record.lang,
          ...resultPlace(record.clause, record.heading, record.lang, { vi: record.title, en: record.titleEn }),
          documentTitle: { vi: record.title, en: record.titleEn },
          excerpt: markedExcerpt(excerpt),
        }),
      ),
    );
    count.textContent = query.trim() === '' ? '' : countText(query, hits.length);
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
installTermMarksToggle();
installTermPopovers();
installCiteDialog();
installOfflineSearch();
installDocumentPanels();
