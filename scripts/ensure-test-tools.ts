/**
 * The tests drive and validate with Debian's tools (nothing can be downloaded here but npm and
 * Debian packages): Chromium for the browser tests (playwright-core cannot fetch a browser),
 * xmllint for the Akoma Ntoso export, epubcheck for the EPUBs. Install what is missing when we
 * may (root, as in CI); otherwise say exactly what to run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

interface TestTool {
  /** Debian package that provides it. */
  debianPackage: string;
  path: string;
}

const TOOLS: TestTool[] = [
  { debianPackage: 'chromium', path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  { debianPackage: 'libxml2-utils', path: '/usr/bin/xmllint' },
  { debianPackage: 'epubcheck', path: '/usr/bin/epubcheck' },
];

const missing = TOOLS.filter((tool) => !existsSync(tool.path));
if (missing.length > 0) {
  const packages = missing.map((tool) => tool.debianPackage);
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root) {
    console.error(`Missing ${missing.map((t) => t.path).join(', ')}. Install with: sudo apt-get install -y ${packages.join(' ')}`);
    process.exit(1);
  }
  console.log(`Installing Debian ${packages.join(', ')} for the tests…`);
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...packages]]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) {
      console.error(`apt-get ${args.join(' ')} failed; the tests need ${missing.map((t) => t.path).join(', ')}.`);
      process.exit(1);
    }
  }
  const still = missing.filter((tool) => !existsSync(tool.path));
  if (still.length > 0) {
    console.error(`apt-get ran but ${still.map((t) => t.path).join(', ')} is still missing.`);
    process.exit(1);
  }
}
