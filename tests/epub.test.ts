/**
 * The built EPUBs (dist/downloads/epub/): every one passes Debian's epubcheck, as does a book of
 * hostile text; the navigation document a reading system shows is the document's clause tree; the
 * pages state each file's exact size; the offline copy carries them.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDocuments, outline, type OutlineEntry } from '../src/lib/documents.ts';
import { documentBook } from '../src/pipeline/epub/book.ts';
import { HOSTILE_GLOSSARY, hostileDocument, layoutDocuments } from '../src/pipeline/epub/fixtures/documents.ts';
import { assembleEpub, entryPath } from '../src/pipeline/epub/package.ts';
import { flattenClauses } from '../src/pipeline/emit/json.ts';
import type { Clause, EditionDocument } from '../src/pipeline/model.ts';
import { DIST, ensureBuilt } from './support/build-site.ts';
import { elements, openEpub } from './support/epub.ts';
import { epubcheck } from './support/epubcheck.ts';

const EPUBS = join(DIST, 'downloads', 'epub');
let documents: EditionDocument[];

beforeAll(async () => {
  await ensureBuilt();
  documents = loadDocuments();
});

interface IdTree {
  id: string;
  children: IdTree[];
}

interface NavNode {
  href: string;
  children: NavNode[];
}

/** The nested entries of a nav's list, as a reading system reads them. */
function navTree(list: Element): NavNode[] {
  return Array.from(list.childNodes)
    .filter((node): node is Element => node.nodeName === 'li')
    .map((li) => {
      const children = Array.from(li.childNodes) as Element[];
      const link = children.find((c) => c.nodeName === 'a')!;
      const sublist = children.find((c) => c.nodeName === 'ol');
      return { href: link.getAttribute('href')!, children: sublist ? navTree(sublist) : [] };
    });
}

function tocOf(bytes: Uint8Array): NavNode[] {
  const nav = openEpub(bytes).xml(entryPath('nav.xhtml'));
  const toc = elements(nav, 'nav').find((n) => n.getAttribute('epub:type') === 'toc')!;
  return navTree(elements(toc, 'ol')[0]!);
}

function epubOf(slug: string, language: string): Uint8Array {
  return readFileSync(join(EPUBS, `${slug}.${language}.epub`));
}

/** The clause tree cut down to the clauses in a set, each under its nearest ancestor in the set. */
function projected(clauses: readonly Clause[], keep: ReadonlySet<string>): IdTree[] {
  return clauses.flatMap((clause) => (keep.has(clause.id) ? [{ id: clause.id, children: projected(clause.children, keep) }] : projected(clause.children, keep)));
}

function navIds(nodes: readonly NavNode[], file: string): IdTree[] {
  return nodes.map((node) => {
    const [target, id] = node.href.split('#');
    expect(target).toBe(file);
    return { id: id!, children: navIds(node.children, file) };
  });
}

function outlineIds(entries: readonly OutlineEntry[]): IdTree[] {
  return entries.map((e) => ({ id: e.id, children: outlineIds(e.children) }));
}

describe('EPUBs of the edition', () => {
  it('are three per document and three of the whole edition', () => {
    const expected = [...documents.map((d) => d.slug), 'kinh-te-tap-the'].flatMap((stem) => ['vi', 'en', 'vi-en'].map((l) => `${stem}.${l}.epub`));
    expect(readdirSync(EPUBS).sort()).toEqual(expected.sort());
  });

  it('all pass epubcheck with no error, and so do a book of hostile text and books in the other layouts (a broken one does not)', { timeout: 600_000 }, async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'epub-hostile-'));
    try {
      const hostile = join(scratch, 'hostile.vi-en.epub');
      const context = { site: 'https://example.invalid', glossary: HOSTILE_GLOSSARY, modified: new Date(0) };
      const book = documentBook(hostileDocument(), 'vi-en', context);
      writeFileSync(hostile, assembleEpub(book));
      // And one the checker must refuse, so a run that checks nothing cannot pass.
      const broken = join(scratch, 'broken.epub');
      writeFileSync(broken, assembleEpub({ ...book, nav: book.nav.replace('</body>', '<p>&bogus;</body>') }));
      // Documents in the other official layouts (articles, attached documents), as new provinces' texts will come.
      const layouts = layoutDocuments().map((document) => {
        const file = join(scratch, `${document.slug}.vi-en.epub`);
        writeFileSync(file, assembleEpub(documentBook(document, 'vi-en', context)));
        return file;
      });
      const files = [...readdirSync(EPUBS).map((name) => join(EPUBS, name)), hostile, ...layouts, broken];
      const started = performance.now();
      const { results, mode } = await epubcheck(files);
      const seconds = (performance.now() - started) / 1000;
      const warnings = results.flatMap((r) => r.warnings.map((w) => `${r.file}: ${w}`));
      console.log(`epubcheck: ${files.length} EPUBs (one broken on purpose) in ${seconds.toFixed(1)} s (${mode}); ${warnings.length} warnings${warnings.length ? `\n${warnings.join('\n')}` : ''}`);
      expect(results).toHaveLength(files.length);
      expect(results.pop()!.errors.join('\n')).toContain('RSC-005');
      for (const result of results) expect(result.errors, result.file).toEqual([]);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it("open on a navigation document that is the document's clause tree", () => {
    for (const document of documents) {
      const file = `${document.slug}.xhtml`;
      for (const language of ['vi', 'en', 'vi-en']) {
        const toc = tocOf(epubOf(document.slug, language));
        // The glossary closes the list; every other entry is a clause.
        expect(toc.at(-1)!.href, document.slug).toBe('glossary.xhtml');
        const tree = navIds(toc.slice(0, -1), file);
        // Each entry sits under its nearest listed ancestor in the clause tree, in reading order...
        const listed = new Set(flattenClauses(tree).map((n) => n.id));
        expect(tree, `${document.slug} ${language}`).toEqual(projected(document.clauses, listed));
        // ...every headed clause a reader can reach through its listed parents is there...
        const reachable: Clause[] = [];
        const walk = (list: readonly Clause[]) => {
          for (const clause of list) {
            reachable.push(clause);
            // An attached document's entry is its title.
            if (listed.has(clause.id)) walk(clause.kind === 'attachment' ? clause.children.filter((c) => c.kind !== 'title') : clause.children);
          }
        };
        walk(document.clauses);
        for (const clause of reachable.filter((c) => c.heading !== null)) expect(listed.has(clause.id), `${document.slug} ${clause.id}`).toBe(true);
        // ...and it is the contents list of the document's page.
        expect(tree).toEqual(outlineIds(outline(document.clauses)));
      }
    }
  });

  it("list every document in the whole edition's navigation, each with its own outline", () => {
    const toc = tocOf(epubOf('kinh-te-tap-the', 'vi-en'));
    expect(toc.map((n) => n.href)).toEqual([...documents.map((d) => `${d.slug}.xhtml`), 'glossary.xhtml']);
    documents.forEach((document, i) => {
      expect(navIds(toc[i]!.children, `${document.slug}.xhtml`)).toEqual(outlineIds(outline(document.clauses)));
    });
  });

  it('are offered on the home page and each document page with their exact sizes', () => {
    const offered = (page: string) =>
      [...readFileSync(join(DIST, page), 'utf8').matchAll(/<a href="(\/downloads\/epub\/[^"]+)"[^>]*>[\s\S]*?<\/a> <data class="file-size" value="(\d+)">/g)].map(
        ([, url, bytes]) => ({ url: url!, bytes: Number(bytes) }),
      );
    const check = (page: string, stem: string) => {
      const links = offered(page);
      expect(links.map((l) => l.url), page).toEqual(['vi', 'en', 'vi-en'].map((l) => `/downloads/epub/${stem}.${l}.epub`));
      for (const link of links) expect(link.bytes, link.url).toBe(statSync(join(DIST, link.url)).size);
    };
    check('index.html', 'kinh-te-tap-the');
    for (const document of documents) check(join('documents', document.slug, 'index.html'), document.slug);
  });

  it('are part of the offline copy', () => {
    const names: string[] = [];
    unzipSync(readFileSync(join(DIST, 'downloads', 'kinh-te-tap-the-offline.zip')), {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
    for (const name of readdirSync(EPUBS)) expect(names).toContain(`kinh-te-tap-the/downloads/epub/${name}`);
  });
});
