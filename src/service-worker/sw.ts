/**
 * The edition's service worker. Two caches, both tied to this worker's build:
 *
 * - Workbox's precache (workbox-precaching, manifest injected by workbox-build): the shell every
 *   visit needs — home, search and pack pages, the site's scripts and styles, icons, Pagefind's
 *   runtime — fetched when the worker installs, each under its revision.
 * - `edition-<build>`: the pages a reader has opened and, when they chose "Save for offline
 *   reading", the whole edition in their language choice. A file is stored only when its bytes
 *   hash to the revision this worker was built with, so a newer build's file never lands beside
 *   this build's pages; on such a mismatch the worker asks for its successor instead.
 *
 * A new build's worker installs in the background (copying the unchanged files of the old cache,
 * downloading the changed ones, and the rest of a saved edition) and waits: it takes over at the
 * next visit, when no page of the old build is open, and then deletes the old caches. Until then
 * the old worker serves the old build whole.
 */
import { cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { cacheKey, filesFor, sha256Hex, type EditionFile, type EditionManifest, type EditionReply, type EditionRequest, type SaveChoice } from './edition.ts';

interface WorkerEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface WorkerFetchEvent extends WorkerEvent {
  /** The page a request comes from; for a page being opened, `resultingClientId` is that page's. */
  clientId: string;
  resultingClientId: string;
}
interface WorkerMessageEvent extends WorkerEvent {
  data: unknown;
  ports: readonly MessagePort[];
}
interface WorkerScope {
  __WB_MANIFEST: (PrecacheEntry | string)[];
  /** Written in by scripts/build-service-worker.ts. */
  __EDITION_MANIFEST: EditionManifest;
  location: Location;
  registration: { update(): Promise<unknown> };
  addEventListener(type: 'install' | 'activate', listener: (event: WorkerEvent) => void): void;
  addEventListener(type: 'message', listener: (event: WorkerMessageEvent) => void): void;
}
declare const self: WorkerScope;

const EDITION = self.__EDITION_MANIFEST;
const CACHE_PREFIX = 'edition-';
const CACHE = `${CACHE_PREFIX}${EDITION.build}`;
/** In the edition cache: which language choice the reader saved (absent: only opened pages). */
const SAVED_KEY = `${self.location.origin}/__edition__/saved`;
/** On every stored response: the revision it was checked against. */
const REVISION_HEADER = 'x-edition-revision';
const PARALLEL_DOWNLOADS = 4;

const origin = self.location.origin;
const byKey = new Map(EDITION.files.map((file) => [cacheKey(file.url, origin), file]));

/**
 * Pages of a newer build opened while this worker is in charge (the site was updated, its
 * successor not yet installed): everything they ask for comes from the network, never from this
 * build's caches. Registered before the precache, so it wins. (Kept in memory: a worker stopped and
 * restarted while such a page is open forgets it; that page's later requests would meet this build.)
 */
const newerPages = new Set<string>();
registerRoute(
  ({ event }) => newerPages.has((event as WorkerFetchEvent).clientId),
  ({ request }) => fetch(request),
);

precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/], directoryIndex: 'index.html', cleanURLs: false });
cleanupOutdatedCaches();

class NewerEdition extends Error {}

/** A response of these bytes with the network response's headers, less those that described its transfer (fetch has decoded it). */
function withBytes(bytes: ArrayBuffer, response: Response, revision?: string): Response {
  const headers = new Headers(response.headers);
  headers.delete('content-encoding');
  headers.delete('content-length');
  if (revision) headers.set(REVISION_HEADER, revision);
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers });
}

/** Store a file's bytes if they are this build's (their SHA-256 is the revision); false when they are another build's. */
async function keep(cache: Cache, file: EditionFile, bytes: ArrayBuffer, response: Response): Promise<boolean> {
  if ((await sha256Hex(bytes)) !== file.revision) return false;
  await cache.put(cacheKey(file.url, origin), withBytes(bytes, response, file.revision));
  return true;
}

/** Download a file of this build into the cache; throws NewerEdition when the site has moved on. */
async function download(cache: Cache, file: EditionFile): Promise<void> {
  const response = await fetch(file.url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${file.url}: ${response.status}`);
  if (!(await keep(cache, file, await response.arrayBuffer(), response))) {
    void self.registration.update();
    throw new NewerEdition(file.url);
  }
}

// Pages and files of the edition: from this build's cache, else from the network, kept when they
// are this build's. A page of another build is passed on whole (read and checked before any of its
// files are asked for) and its files left to the network.
registerRoute(
  ({ url, request }) => request.method === 'GET' && url.origin === origin && byKey.has(cacheKey(url.href, origin)),
  async ({ url, request, event }) => {
    const file = byKey.get(cacheKey(url.href, origin))!;
    const cache = await caches.open(CACHE);
    const cached = await cache.match(cacheKey(url.href, origin));
    if (cached) return cached;
    const response = await fetch(request);
    if (!response.ok || response.type !== 'basic') return response;
    const bytes = await response.arrayBuffer();
    const fetchEvent = event as WorkerFetchEvent;
    const stored = keep(cache, file, bytes, response).then((same) => {
      if (same) return;
      void self.registration.update();
      if (request.mode === 'navigate' && fetchEvent.resultingClientId) newerPages.add(fetchEvent.resultingClientId);
    });
    // A page waits for its check, so its own requests already find it marked; a file need not.
    if (request.mode === 'navigate') await stored;
    else fetchEvent.waitUntil(stored.catch(() => undefined));
    return withBytes(bytes, response);
  },
);

function widen(a: SaveChoice | null, b: SaveChoice | null): SaveChoice | null {
  if (a === null || a === b) return b;
  if (b === null) return a;
  return 'both';
}

async function savedChoice(cache: Cache): Promise<SaveChoice | null> {
  const marker = await cache.match(SAVED_KEY);
  const text = marker ? await marker.text() : null;
  return text === 'vi' || text === 'en' || text === 'both' ? text : null;
}

async function plan(choice: SaveChoice): Promise<EditionReply> {
  const cache = await caches.open(CACHE);
  const files = filesFor(EDITION, choice);
  let missingFiles = 0;
  let missingBytes = 0;
  for (const file of files) {
    if (await cache.match(cacheKey(file.url, origin))) continue;
    missingFiles++;
    missingBytes += file.size;
  }
  const bytes = files.reduce((n, f) => n + f.size, 0);
  return { type: 'plan', files: files.length, bytes, missingFiles, missingBytes, saved: await savedChoice(cache), build: EDITION.build };
}

async function save(choice: SaveChoice, port: MessagePort): Promise<void> {
  const cache = await caches.open(CACHE);
  const files = filesFor(EDITION, choice);
  const bytes = files.reduce((n, f) => n + f.size, 0);
  let doneFiles = 0;
  let doneBytes = 0;
  const missing: EditionFile[] = [];
  for (const file of files) {
    if (await cache.match(cacheKey(file.url, origin))) {
      doneFiles++;
      doneBytes += file.size;
    } else missing.push(file);
  }
  const progress = () => port.postMessage({ type: 'progress', doneFiles, files: files.length, doneBytes, bytes } satisfies EditionReply);
  progress();
  let failure: EditionReply | null = null;
  let next = 0;
  const worker = async () => {
    while (failure === null && next < missing.length) {
      const file = missing[next++]!;
      try {
        await download(cache, file);
      } catch (error) {
        const reason = error instanceof NewerEdition ? 'newer-edition' : error instanceof DOMException && error.name === 'QuotaExceededError' ? 'storage' : 'offline';
        failure ??= { type: 'failed', reason, url: file.url };
        return;
      }
      doneFiles++;
      doneBytes += file.size;
      progress();
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_DOWNLOADS }, worker));
  if (failure) {
    port.postMessage(failure);
    return;
  }
  const saved = widen(await savedChoice(cache), choice)!;
  await cache.put(SAVED_KEY, new Response(saved));
  port.postMessage({ type: 'complete', files: files.length, bytes, choice: saved } satisfies EditionReply);
}

self.addEventListener('message', (event) => {
  const request = event.data as EditionRequest | null;
  const port = event.ports[0];
  if (!port || !request || typeof request !== 'object') return;
  if (request.type === 'edition-plan') event.waitUntil(plan(request.choice).then((reply) => port.postMessage(reply)));
  if (request.type === 'edition-save') event.waitUntil(save(request.choice, port));
});

/**
 * Carry the reader's offline copy over to this build before taking over: unchanged files are
 * copied from the old cache, changed ones downloaded, and a saved edition completed. If that
 * fails (offline, or the site changed again meanwhile) the install fails and the old worker keeps
 * serving its build whole; the next visit tries again.
 */
async function carryOver(): Promise<void> {
  const old = (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE);
  if (old.length === 0) return;
  const cache = await caches.open(CACHE);
  const wanted = new Map<string, EditionFile>();
  let saved: SaveChoice | null = await savedChoice(cache);
  for (const name of old) {
    const previous = await caches.open(name);
    saved = widen(saved, await savedChoice(previous));
    for (const request of await previous.keys()) {
      const key = cacheKey(request.url, origin);
      const file = byKey.get(key);
      if (!file || (await cache.match(key))) continue;
      const response = await previous.match(request);
      if (response?.headers.get(REVISION_HEADER) === file.revision) await cache.put(key, response);
      else wanted.set(key, file);
    }
  }
  if (saved) for (const file of filesFor(EDITION, saved)) if (!(await cache.match(cacheKey(file.url, origin)))) wanted.set(cacheKey(file.url, origin), file);
  const queue = [...wanted.values()];
  const worker = async () => {
    for (let file = queue.pop(); file; file = queue.pop()) await download(cache, file);
  };
  await Promise.all(Array.from({ length: PARALLEL_DOWNLOADS }, worker));
  if (saved) await cache.put(SAVED_KEY, new Response(saved));
}

self.addEventListener('install', (event) => event.waitUntil(carryOver()));
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((names) => Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE).map((name) => caches.delete(name)))),
  );
});
