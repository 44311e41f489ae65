/**
 * The course pack page (src/pages/pack.astro). Reads the pack from ?c= (or, when there is none,
 * from what this browser remembered, and puts it in the URL), loads each document's compact clause
 * data (/api/clauses/<slug>.json; cached for offline reading when the edition is saved) and shows
 * every clause with its sub-clauses, its citation and its permanent link. A clause the edition
 * does not have is shown as such, never dropped. Moving, removing and emptying rewrite the URL.
 * Both languages are always in the page, marked; the reading mode shows one or both (CSS).
 */
import { clauseCitation, clausePlace } from '../pipeline/cite/citation.ts';
import type { PackClause, PackDocument } from '../lib/pack-data.ts';
import { UI, type UiKey } from '../i18n/ui.ts';
import { element } from './dom.ts';
import { packUrl, parsePack, refKey, storePack, storedPack, type PackRef } from './pack-store.ts';

type Loaded = { status: 'ok'; document: PackDocument } | { status: 'unknown' } | { status: 'unavailable' };

function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));
}

/** A string of the interface in both languages, each marked (the reading mode shows one). */
function both(key: UiKey, values: Record<string, string | number> = {}): Node[] {
  return [element('span', { className: 'ui-vi', lang: 'vi', text: fill(UI[key].vi, values) }), element('span', { className: 'ui-en', lang: 'en', text: fill(UI[key].en, values) })];
}

function say(key: UiKey, values: Record<string, string | number> = {}): string {
  return fill(UI[key][document.documentElement.dataset.read === 'en' ? 'en' : 'vi'], values);
}

async function loadDocument(slug: string): Promise<Loaded> {
  if (!/^[a-z0-9-]+$/.test(slug)) return { status: 'unknown' };
  try {
    const response = await fetch(`/api/clauses/${slug}.json`);
    if (response.status === 404) return { status: 'unknown' };
    if (!response.ok) return { status: 'unavailable' };
    return { status: 'ok', document: (await response.json()) as PackDocument };
  } catch {
    return { status: 'unavailable' };
  }
}

/** The clause and everything under it, in reading order. */
function clauseWithParts(document: PackDocument, id: string): PackClause[] | null {
  const start = document.clauses.findIndex((c) => c.id === id);
  if (start < 0) return null;
  const own = document.clauses[start]!;
  const parts = [own];
  for (let i = start + 1; i < document.clauses.length && document.clauses[i]!.depth > own.depth; i++) parts.push(document.clauses[i]!);
  return parts;
}

function words(part: PackClause): Node {
  const texts = element('div', { className: 'clause-texts' });
  for (const lang of ['vi', 'en'] as const) {
    const heading = part.heading?.[lang];
    const text = part.text?.[lang];
    if (!heading && !text) continue;
    const block = element('div', { className: `clause-text lang-${lang}`, lang });
    // The numbering mark ("2.1.", "a)", "-") opens the clause's first line, as in the document.
    const marker = part.marker ? `${part.marker} ` : '';
    if (heading) block.append(element('p', { className: 'pack-part__heading', text: marker + heading }));
    if (text) block.append(element('p', { text: heading ? text : marker + text }));
    texts.append(block);
  }
  if (part.table) {
    const table = element('table', { className: 'pack-table', lang: 'vi' });
    if (part.table.caption) table.append(element('caption', { text: part.table.caption }));
    table.append(element('thead', {}, element('tr', {}, ...part.table.header.map((cell) => element('th', { text: cell })))));
    table.append(element('tbody', {}, ...part.table.rows.map((row) => element('tr', {}, ...row.map((cell) => element('td', { text: cell }))))));
    texts.append(table);
  }
  return texts;
}

export function installPackPage(): void {
  const list = document.querySelector<HTMLOListElement>('[data-pack-list]');
  const tools = document.querySelector<HTMLElement>('[data-pack-tools]');
  const count = document.querySelector<HTMLElement>('[data-pack-count]');
  const status = document.querySelector<HTMLElement>('[data-pack-status]');
  const linkField = document.querySelector<HTMLInputElement>('[data-pack-link]');
  if (!list || !tools || !count || !status || !linkField) return;
  tools.hidden = false;

  const params = new URLSearchParams(location.search);
  let refs: PackRef[] = params.has('c') ? parsePack(params.get('c') ?? '') : storedPack();
  const loads = new Map<string, Promise<Loaded>>();
  const load = (slug: string) => {
    if (!loads.has(slug)) loads.set(slug, loadDocument(slug));
    return loads.get(slug)!;
  };

  /** Put the pack in the URL (keeping ?lang=) and remember it here. */
  const keep = () => {
    const url = new URL(packUrl(refs), location.href);
    const lang = new URLSearchParams(location.search).get('lang');
    if (lang) url.search += `${url.search ? '&' : '?'}lang=${lang}`;
    history.replaceState(null, '', url);
    linkField.value = new URL(packUrl(refs), location.href).href;
    storePack(refs);
  };

  const render = async (focus?: { index: number; action: string }) => {
    keep();
    count.replaceChildren(...(refs.length === 0 ? both('packEmpty') : []));
    if (refs.length > 0) status.textContent = say('packLoading');
    const items = await Promise.all(refs.map(async (ref, index) => ({ ref, index, loaded: await load(ref.slug) })));
    const found = new Set<string>();
    list.replaceChildren(
      ...items.map(({ ref, index, loaded }) => {
        const item = element('li', { className: 'pack-item' });
        item.dataset.ref = refKey(ref);
        const parts = loaded.status === 'ok' ? clauseWithParts(loaded.document, ref.id) : null;
        if (loaded.status !== 'ok' || !parts) {
          item.classList.add('pack-item--unknown');
          const message =
            loaded.status === 'unavailable'
              ? both('packUnavailable', { slug: ref.slug })
              : loaded.status === 'unknown'
                ? both('packUnknownDocument', { slug: ref.slug, id: ref.id })
                : both('packUnknownClause', { id: ref.id, doc: loaded.document.label });
          item.append(element('p', { className: 'pack-item__unknown' }, ...message));
        } else {
          const { document: doc } = loaded;
          found.add(doc.slug);
          const own = parts[0]!;
          const permalink = new URL(`/documents/${doc.slug}/#${own.id}`, location.href).href;
          const place = own.path.length > 0 ? clausePlace(own.path) : { vi: own.id, en: own.id };
          const citation = clauseCitation(own.path, doc.citation, permalink);
          const heading = element('h2', { className: 'pack-item__title' }, element('span', { className: 'pack-item__document', lang: 'vi', text: doc.label }), ' ', element('span', { className: 'lang-vi', lang: 'vi', text: place.vi }), element('span', { className: 'lang-en', lang: 'en', text: place.en }));
          heading.id = `pack-item-${index + 1}`;
          const article = element('article', {}, heading, ...parts.map(words));
          article.setAttribute('aria-labelledby', heading.id);
          const cite = element('div', { className: 'pack-item__citation' }, element('p', { className: 'lang-vi', lang: 'vi', text: citation.vi }), element('p', { className: 'lang-en', lang: 'en', text: citation.en }));
          const link = element('a', { text: permalink });
          link.href = permalink;
          article.append(cite, element('p', { className: 'pack-item__permalink' }, ...both('permalink'), ': ', link));
          item.append(article);
        }
        const toolsRow = element('div', { className: 'pack-item__tools' });
        const name = refKey(ref);
        for (const [action, key, disabled] of [
          ['up', 'moveUp', index === 0],
          ['down', 'moveDown', index === refs.length - 1],
          ['remove', 'remove', false],
        ] as const) {
          const button = element('button', {}, ...both(key), element('span', { className: 'visually-hidden', text: ` ${name}` }));
          button.type = 'button';
          button.dataset.action = action;
          button.dataset.index = String(index);
          button.disabled = disabled;
          toolsRow.append(button);
        }
        item.append(toolsRow);
        return item;
      }),
    );
    if (refs.length > 0) count.replaceChildren(...both('packCount', { n: refs.length, d: found.size }));
    status.textContent = focus ? status.textContent : '';
    if (focus) {
      const target = list.querySelector<HTMLButtonElement>(`button[data-index="${focus.index}"][data-action="${focus.action}"]:not(:disabled)`) ?? list.querySelector<HTMLButtonElement>(`button[data-index="${focus.index}"]:not(:disabled)`);
      (target ?? tools.querySelector('button'))?.focus();
    }
  };

  list.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    const index = Number(button.dataset.index);
    const action = button.dataset.action!;
    if (action === 'remove') {
      refs.splice(index, 1);
      status.textContent = say('packRemoved', { n: refs.length });
      void render({ index: Math.min(index, refs.length - 1), action: 'remove' });
      return;
    }
    const to = action === 'up' ? index - 1 : index + 1;
    [refs[index], refs[to]] = [refs[to]!, refs[index]!];
    status.textContent = say('packMoved', { n: to + 1 });
    void render({ index: to, action });
  });

  tools.querySelector('[data-pack-print]')?.addEventListener('click', () => window.print());
  tools.querySelector('[data-pack-empty]')?.addEventListener('click', () => {
    refs = [];
    void render();
  });
  tools.querySelector('[data-pack-copy]')?.addEventListener('click', () => {
    const byHand = () => {
      linkField.focus();
      linkField.select();
      status.textContent = say('linkSelected');
    };
    if (navigator.clipboard) navigator.clipboard.writeText(linkField.value).then(() => (status.textContent = say('linkCopied')), byHand);
    else byHand();
  });
  void render();
}
