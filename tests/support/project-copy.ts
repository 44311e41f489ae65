/**
 * A scratch copy of the project (its tracked files, the working tree's versions, and a link to
 * node_modules) to build variant corpora in: hostile seeds, or 50 and 200 generated documents.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './build-site.ts';

export interface ProjectCopy {
  dir: string;
  /** Replace the seeds and the catalogue; the id registry starts empty (these ids were never published). */
  setSeeds(seeds: { name: string; bytes: Uint8Array; slug: string }[], keepRealSeeds?: boolean): void;
  build(): { status: number; stdout: string; stderr: string; seconds: number };
  remove(): void;
}

export function copyProject(): ProjectCopy {
  const dir = mkdtempSync(join(tmpdir(), 'edition-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    try {
      copyFileSync(join(ROOT, file), join(dir, file));
    } catch {
      // A tracked file deleted in the working tree is not part of the copy.
    }
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return {
    dir,
    setSeeds(seeds, keepRealSeeds = false) {
      const catalogue = JSON.parse(readFileSync(join(dir, 'content', 'catalogue.json'), 'utf8')) as { documents: { source: string; slug: string }[] };
      if (!keepRealSeeds) {
        rmSync(join(dir, 'seeds'), { recursive: true, force: true });
        mkdirSync(join(dir, 'seeds'));
        catalogue.documents = [];
        writeFileSync(join(dir, 'content', 'published-ids.json'), '{}\n');
      }
      for (const seed of seeds) {
        writeFileSync(join(dir, 'seeds', seed.name), seed.bytes);
        catalogue.documents.push({ source: seed.name, slug: seed.slug });
      }
      writeFileSync(join(dir, 'content', 'catalogue.json'), JSON.stringify(catalogue, null, 2));
    },
    build() {
      const started = performance.now();
      const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
      return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr, seconds: (performance.now() - started) / 1000 };
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
