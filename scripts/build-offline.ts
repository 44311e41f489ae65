/**
 * The edition without a server: dist/downloads/kinh-te-tap-the-offline.zip (every page, opened
 * from disk, with its own search) and dist/downloads/<slug>.html (one document, one file, no
 * request of any kind). Runs after the search index, from the built site.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { flattenClauses } from '../src/pipeline/emit/json.ts';
import type { Clause } from '../src/pipeline/model.ts';
import { fileUrl, offlinePage, singleFilePage } from '../src/pipeline/offline/rewrite.ts';
import type { OfflineRecord } from '../src/pipeline/search/offline-search.ts';
import { clauseRecords } from '../src/pipeline/search/records.ts';
import { labelsOf, loadDocuments } from '../src/lib/documents.ts';
import { bundleClassicScript } from './bundle-script.ts';

export const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
export const OFFLINE_ZIP = 'downloads/kinh-te-tap-the-offline.zip';
/** The published site, for the links of a single-file document to the rest of the edition. */
const SITE = 'https://kinh-te-tap-the.example.invalid';
/** The folder the zip unpacks into. */
const FOLDER = 'kinh-te-tap-the';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return relative(DIST, path) === 'pagefind' ? [] : walk(path);
    // The copy carries the single-file documents, not itself.
    return name.endsWith('.zip') ? [] : [path];
  });
}


/** Every clause record of the site's index, for the offline search (root-relative file URLs). */
function offlineIndex(): OfflineRecord[] {
  const records: OfflineRecord[] = [];
  for (const document of loadDocuments()) {
    const byId = new Map(flattenClauses<Clause>(document.clauses).map((c) => [c.id, c]));
    const { label } = labelsOf(document);
    for (const record of clauseRecords(document)) {
      const clause = byId.get(record.meta.id!)!;
      const english = record.language === 'en';
      records.push({
        url: fileUrl(record.url),
        lang: english ? 'en' : 'vi',
        title: label.vi,
        titleEn: label.en,
        clause: record.meta.clause ?? '',
        heading: (english ? clause.translation?.heading : clause.heading) ?? '',
        text: (english ? clause.translation?.text : clause.text) ?? '',
      });
    }
  }
  return records;
}

async function main(): Promise<void> {
  const started = performance.now();
  const offlineScript = await bundleClassicScript(join(ROOT, 'src/scripts/offline.ts'));
  const files: Record<string, Uint8Array> = {};
  const css = new Map<string, string>();
  for (const path of walk(DIST)) {
    const name = relative(DIST, path);
    if (name.endsWith('.css')) css.set(`/${name}`, readFileSync(path, 'utf8'));
    if (name.endsWith('.html')) {
      const html = offlinePage(readFileSync(path, 'utf8'), name, { searchPage: name === 'search/index.html' });
      files[`${FOLDER}/${name}`] = strToU8(html);
    } else {
      files[`${FOLDER}/${name}`] = readFileSync(path);
    }
  }
  files[`${FOLDER}/offline.js`] = strToU8(offlineScript);
  files[`${FOLDER}/search-index.js`] = strToU8(`window.EDITION_SEARCH_INDEX=${JSON.stringify(offlineIndex()).replace(/</g, '\\u003c')};`);
  files[`${FOLDER}/README.txt`] = strToU8(
    'Kinh tế tập thể · Văn bản tỉnh — bản đọc ngoại tuyến / offline edition.\nMở index.html trong trình duyệt (không cần mạng). Open index.html in a browser; no network is needed.\n',
  );
  mkdirSync(join(DIST, 'downloads'), { recursive: true });
  writeFileSync(join(DIST, OFFLINE_ZIP), zipSync(files, { level: 9 }));

  const language = readFileSync(join(DIST, 'language.js'), 'utf8');
  const inPlace = new Map([['/panels.js', readFileSync(join(DIST, 'panels.js'), 'utf8')]]);
  let singles = 0;
  for (const document of loadDocuments()) {
    const html = readFileSync(join(DIST, 'documents', document.slug, 'index.html'), 'utf8');
    writeFileSync(join(DIST, 'downloads', `${document.slug}.html`), singleFilePage(html, { css, scripts: [language, offlineScript], inPlace }, SITE));
    singles++;
  }
  const size = statSync(join(DIST, OFFLINE_ZIP)).size;
  console.log(`offline: ${OFFLINE_ZIP} (${(size / 1024).toFixed(0)} KB, ${Object.keys(files).length} files) and ${singles} single-file documents in ${((performance.now() - started) / 1000).toFixed(2)} s`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
