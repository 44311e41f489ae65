/**
 * The browser tests drive Debian's Chromium (playwright-core cannot download a browser here).
 * Install it when it is missing and we may (root, as in CI); otherwise say exactly what to run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(path)) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root) {
    console.error(`Chromium is not at ${path}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`);
    process.exit(1);
  }
  console.log('Installing Debian chromium for the browser tests…');
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) {
      console.error(`apt-get ${args.join(' ')} failed; the browser tests need ${path}.`);
      process.exit(1);
    }
  }
  if (!existsSync(path)) {
    console.error(`apt-get installed chromium but ${path} is still missing.`);
    process.exit(1);
  }
}
