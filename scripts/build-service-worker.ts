/**
 * The installable edition's service worker (dist/sw.js), written after everything else is in
 * dist/: the shell every visit needs goes into Workbox's precache manifest (workbox-build's
 * injectManifest, revisions by content), and every other file a reader can save for offline
 * reading into the edition manifest (SHA-256 revision, size, language group), which the worker
 * carries inside itself (src/service-worker/sw.ts). Not in either: the downloads (the zip, the
 * single files), the full JSON exports and the Akoma Ntoso XML, which are for taking away, not for
 * reading here.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { injectManifest } from 'workbox-build';
import { bundleClassicScript } from './bundle-script.ts';
import { filesFor, type EditionFile, type EditionManifest, type FileGroup, type SaveChoice } from '../src/service-worker/edition.ts';

const ROOT = join(import.meta.dirname, '..');
export const DIST = join(ROOT, 'dist');

/** The shell: precached when the worker installs (globs under dist/). */
export const SHELL_PATTERNS = [
  'index.html',
  '404.html',
  'search/index.html',
  'pack/index.html',
  '_astro/**/*',
  '*.js',
  'favicon.svg',
  'manifest.webmanifest',
  'icons/*.png',
  'pagefind/pagefind.js',
  'pagefind/pagefind-entry.json',
  'pagefind/*.pf_meta',
  'pagefind/wasm.*.pagefind',
];
const SHELL_IGNORES = ['sw.js'];

/** Neither shell nor edition (paths under dist/). */
function excluded(path: string): boolean {
  return (
    path === 'sw.js' ||
    path.startsWith('downloads/') ||
    path.startsWith('akn/') ||
    path.startsWith('api/documents') ||
    /^api\/[^/]+\.json$/.test(path) ||
    // Pagefind's own interfaces and worker; the site's search uses pagefind.js alone.
    /^pagefind\/pagefind-(.*ui|highlight|worker)/.test(path)
  );
}

function walk(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path, base) : [relative(base, path)];
  });
}

/** A Pagefind fragment is one record, in one language ("pagefind_dcd" + gzip'd JSON). */
function fragmentLanguage(bytes: Buffer): FileGroup {
  const text = gunzipSync(bytes).toString('utf8');
  const record = JSON.parse(text.slice(text.indexOf('{'))) as { filters?: { language?: string[] } };
  const language = record.filters?.language?.[0];
  return language === 'vi' || language === 'en' ? language : 'all';
}

/** The edition's files and the shell's, as the worker will know them. */
export async function planEdition(dist = DIST): Promise<{ manifest: EditionManifest; shell: { url: string; size: number; gzip: number }[]; gzip: Map<string, number> }> {
  const { getManifest } = await import('workbox-build');
  const shellManifest = await getManifest({ globDirectory: dist, globPatterns: SHELL_PATTERNS, globIgnores: SHELL_IGNORES, maximumFileSizeToCacheInBytes: 8 * 1024 * 1024 });
  const shellPaths = new Set(shellManifest.manifestEntries?.map((e) => e.url) ?? []);
  const files: EditionFile[] = [];
  const gzip = new Map<string, number>();
  for (const path of walk(dist).sort()) {
    if (excluded(path) || shellPaths.has(path)) continue;
    const bytes = readFileSync(join(dist, path));
    const url = `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
    const group = path.startsWith('pagefind/fragment/') ? fragmentLanguage(bytes) : 'all';
    files.push({ url, revision: createHash('sha256').update(bytes).digest('hex'), size: bytes.length, group });
    gzip.set(url, path.startsWith('pagefind/') ? bytes.length : gzipSync(bytes).length);
  }
  const shell = [...shellPaths].map((path) => {
    const bytes = readFileSync(join(dist, path));
    return { url: `/${path}`, size: bytes.length, gzip: /\.(pagefind|pf_meta|png)$/.test(path) ? bytes.length : gzipSync(bytes).length };
  });
  const digest = createHash('sha256');
  for (const entry of shellManifest.manifestEntries ?? []) digest.update(`${entry.url} ${entry.revision}\n`);
  for (const file of files) digest.update(`${file.url} ${file.revision}\n`);
  return { manifest: { build: digest.digest('hex').slice(0, 16), files }, shell, gzip };
}

/** What saving the edition downloads for each choice, shell included (raw and gzip bytes). */
export function editionSizes(plan: Awaited<ReturnType<typeof planEdition>>): Record<SaveChoice, { files: number; bytes: number; gzip: number }> {
  const shellBytes = plan.shell.reduce((n, f) => n + f.size, 0);
  const shellGzip = plan.shell.reduce((n, f) => n + f.gzip, 0);
  const sizes = {} as Record<SaveChoice, { files: number; bytes: number; gzip: number }>;
  for (const choice of ['vi', 'en', 'both'] as const) {
    const files = filesFor(plan.manifest, choice);
    sizes[choice] = {
      files: files.length + plan.shell.length,
      bytes: shellBytes + files.reduce((n, f) => n + f.size, 0),
      gzip: shellGzip + files.reduce((n, f) => n + plan.gzip.get(f.url)!, 0),
    };
  }
  return sizes;
}

async function main(): Promise<void> {
  const started = performance.now();
  const plan = await planEdition();
  // Workbox's development logging is left out of the production worker; the edition goes inside it.
  const bundled = await bundleClassicScript(join(ROOT, 'src/service-worker/sw.ts'), { 'process.env.NODE_ENV': '"production"', 'self.__EDITION_MANIFEST': JSON.stringify(plan.manifest) });
  const source = join(DIST, 'sw.src.js');
  writeFileSync(source, bundled);
  try {
    const { count, size, warnings } = await injectManifest({
      swSrc: source,
      swDest: join(DIST, 'sw.js'),
      globDirectory: DIST,
      globPatterns: SHELL_PATTERNS,
      globIgnores: [...SHELL_IGNORES, 'sw.src.js'],
      // Astro's files are named by their content: no revision needed.
      dontCacheBustURLsMatching: /^_astro\//,
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    });
    if (warnings.length > 0) throw new Error(`workbox-build: ${warnings.join('; ')}`);
    const sizes = editionSizes(plan);
    const mb = (n: number) => (n / 1024 / 1024).toFixed(2);
    console.log(
      `service worker: build ${plan.manifest.build}; shell ${count} files (${(size / 1024).toFixed(0)} KB) precached; edition ${plan.manifest.files.length} files; ` +
        `saving it downloads ${mb(sizes.vi.bytes)} MB (vi), ${mb(sizes.en.bytes)} MB (en), ${mb(sizes.both.bytes)} MB (both) in ${((performance.now() - started) / 1000).toFixed(2)} s`,
    );
  } finally {
    rmSync(source, { force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
