import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** A JSON file of the built site, by its path under dist/ (e.g. `api/documents.json`). */
export function readDist<T>(path: string): T {
  return JSON.parse(readFileSync(join(DIST, path), 'utf8')) as T;
}

/** Run the real build (seeds → content → Astro → Pagefind) and fail with its output if it fails. */
export function buildSite(): void {
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
}

/**
 * Build the site once per test run, however many browser-test files ask: test files run in
 * worker processes of one vitest process, so its pid names the run; the first to take the lock
 * builds, the others wait for its stamp.
 */
export async function ensureBuilt(): Promise<void> {
  const run = String(process.ppid);
  const stamp = join(ROOT, '.astro', 'site-built-by');
  const lock = join(ROOT, '.astro', 'site-build.lock');
  mkdirSync(join(ROOT, '.astro'), { recursive: true });
  const built = () => existsSync(stamp) && readFileSync(stamp, 'utf8') === run && existsSync(join(DIST, 'pagefind', 'pagefind.js'));
  for (let waited = 0; waited < 600_000; waited += 250) {
    if (built()) return;
    try {
      mkdirSync(lock);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
      continue;
    }
    try {
      if (!built()) {
        buildSite();
        writeFileSync(stamp, run);
      }
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
    return;
  }
  throw new Error('timed out waiting for another test file to build the site');
}
