import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SEEDS = new URL('../seeds/', import.meta.url);

describe('seeds', () => {
  it('are byte-identical to the committed SHA-256 manifest, with none missing or added', () => {
    const manifest = readFileSync(new URL('SHA256SUMS', SEEDS), 'utf8')
      .trim()
      .split('\n')
      .map((line) => {
        const [hash, name] = line.split(/\s+\*?/);
        return { hash: hash!, name: name! };
      });
    const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
    expect(files).toEqual(manifest.map((m) => m.name).sort());
    expect(manifest).toHaveLength(5);
    for (const { hash, name } of manifest) {
      const actual = createHash('sha256').update(readFileSync(new URL(name, SEEDS))).digest('hex');
      expect(actual, name).toBe(hash);
    }
  });
});
