/**
 * Pages at the addresses of published documents that moved (content/redirects.json), forwarding
 * to the new place; clause anchors that moved within a document are forwarded by that document's
 * own page. Runs after `astro build`.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { movedDocumentPage } from '../src/pipeline/permalinks/moved-page.ts';
import { loadDocuments, loadRedirects } from '../src/lib/documents.ts';

const DIST = join(new URL('..', import.meta.url).pathname, 'dist');
const redirects = loadRedirects();
const current = new Set(loadDocuments().map((d) => d.slug));
const moved = [...new Set(redirects.map((r) => r.from.slug))].filter((slug) => !current.has(slug));
for (const slug of moved) {
  const dir = join(DIST, 'documents', slug);
  if (existsSync(join(dir, 'index.html'))) throw new Error(`dist/documents/${slug}/ exists: a moved document's old address is taken`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), movedDocumentPage(slug, redirects));
}
console.log(`redirects: ${redirects.length} recorded; ${moved.length} moved document page(s) written`);
