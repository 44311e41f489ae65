import { describe, expect, it } from 'vitest';
import { locateElement, locateKey } from './json-source.ts';

const text = ['{', '  "slug": "x",', '  "clauses": {', '    "i-1": { "why": "a \\"[quoted]\\", {brace}" }', '  },', '  "marks": [', '    { "clause": "i-1", "note": { "vi": "{ [", "en": "]" } },', '    "two",', '    3', '  ]', '}'].join('\n');
const source = { file: 'f.json', text };

describe('locating entries of a JSON file', () => {
  it('finds the line of a key, after an offset', () => {
    expect(locateKey(source, 'slug')).toBe('f.json:2');
    expect(locateKey(source, 'i-1')).toBe('f.json:4');
    // "i-1" as a value ("clause": "i-1") is not the key.
    expect(locateKey(source, 'i-1', text.indexOf('"marks"'))).toBe('f.json');
    expect(locateKey(source, 'nothing')).toBe('f.json');
  });

  it('finds the line of the n-th element of an array, whatever its elements hold', () => {
    expect(locateElement(source, 'marks', 0)).toBe('f.json:7');
    expect(locateElement(source, 'marks', 1)).toBe('f.json:8');
    expect(locateElement(source, 'marks', 2)).toBe('f.json:9');
    expect(locateElement(source, 'marks', 3)).toBe('f.json');
  });

  it('names the file alone without its text', () => {
    expect(locateKey({ file: 'f.json' }, 'slug')).toBe('f.json');
    expect(locateElement({ file: 'f.json' }, 'marks', 0)).toBe('f.json');
  });
});
