/**
 * The edition as the service worker knows it: every file a reader can save for offline reading,
 * with its revision (SHA-256 of its bytes), size and language group, fixed at build time and
 * written into the worker itself, so a worker and the files it serves always belong to one build.
 * Shared by the build (scripts/build-service-worker.ts), the worker and the page's save control.
 */

/** `all`: pages, scripts, data every reading needs; `vi`/`en`: search records of one language. */
export type FileGroup = 'all' | 'vi' | 'en';
export type SaveChoice = 'vi' | 'en' | 'both';

export interface EditionFile {
  /** Site-absolute URL; a page by its directory ("/documents/x/"). */
  url: string;
  revision: string;
  size: number;
  group: FileGroup;
}

export interface EditionManifest {
  /** A digest of every file's revision: names the build. */
  build: string;
  files: EditionFile[];
}

export function filesFor(manifest: EditionManifest, choice: SaveChoice): EditionFile[] {
  return manifest.files.filter((file) => file.group === 'all' || choice === 'both' || file.group === choice);
}

/** Messages between a page and the worker (postMessage with a MessageChannel port for replies). */
export type EditionRequest = { type: 'edition-plan'; choice: SaveChoice } | { type: 'edition-save'; choice: SaveChoice };

export type EditionReply =
  | { type: 'plan'; files: number; bytes: number; missingFiles: number; missingBytes: number; saved: SaveChoice | null; build: string }
  | { type: 'progress'; doneFiles: number; files: number; doneBytes: number; bytes: number }
  | { type: 'complete'; files: number; bytes: number; choice: SaveChoice }
  | { type: 'failed'; reason: 'offline' | 'newer-edition' | 'storage'; url: string | null };

/** The key a file is cached under: its URL without query or fragment, a directory as itself. */
export function cacheKey(url: string, origin: string): string {
  const parsed = new URL(url, origin);
  return parsed.origin + parsed.pathname;
}

export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
