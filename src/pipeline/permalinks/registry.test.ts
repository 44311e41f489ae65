import { describe, expect, it } from 'vitest';
import type { Clause, EditionDocument } from '../model.ts';
import { checkRedirects, checkRegistry, registerIds } from './registry.ts';

function clause(id: string, children: Clause[] = []): Clause {
  return { id, kind: 'item', label: id, marker: null, path: [], heading: null, text: 't', source: null, lines: [1, 1], restoration: null, translation: null, children };
}

function document(slug: string, clauses: Clause[]): EditionDocument {
  return { slug, clauses } as unknown as EditionDocument;
}

describe('published id registry', () => {
  const before = [document('a', [clause('i', [clause('i-1'), clause('i-2')])])];
  const registry = registerIds({}, before);

  it('records every id, in reading order, and never forgets one', () => {
    expect(registry).toEqual({ a: ['i', 'i-1', 'i-2'] });
    const later = registerIds(registry, [document('a', [clause('i', [clause('i-1'), clause('i-3')])])]);
    expect(later).toEqual({ a: ['i', 'i-1', 'i-2', 'i-3'] });
  });

  it('reports a published id that would disappear, unless a redirect covers it', () => {
    const after = [document('a', [clause('i', [clause('i-1'), clause('i-3')])])];
    expect(checkRegistry(registry, after, [])).toEqual({ missing: [{ slug: 'a', id: 'i-2' }], unregistered: [{ slug: 'a', id: 'i-3' }] });
    const redirect = { from: { slug: 'a', id: 'i-2' }, to: { slug: 'a', id: 'i-3' }, reason: 'renumbered' };
    expect(checkRegistry(registry, after, [redirect]).missing).toEqual([]);
    expect(checkRedirects([redirect], after)).toEqual([]);
    expect(checkRedirects([{ ...redirect, to: { slug: 'a', id: 'i-9' } }], after)).toEqual(['redirect a#i-2 → a#i-9: the target does not exist']);
  });

  it('reports a whole document that would disappear', () => {
    expect(checkRegistry(registry, [], []).missing).toHaveLength(3);
  });
});
