import { describe, expect, it } from 'vitest';
import { agreement, goldPairs, linkedPairs, pairKey } from './agreement.ts';

describe('agreement of section links with a gold', () => {
  it('counts a pair once, whichever way round it is written or linked', () => {
    expect(pairKey({ slug: 'b', id: 'i' }, { slug: 'a', id: 'ii-1' })).toBe(pairKey({ slug: 'a', id: 'ii-1' }, { slug: 'b', id: 'i' }));
    const links = linkedPairs(
      new Map([
        ['a#ii-1', { related: [{ slug: 'b', id: 'i' }] }],
        ['b#i', { related: [{ slug: 'a', id: 'ii-1' }, { slug: 'c', id: 'iv' }] }],
      ]),
    );
    expect(links.size).toBe(2);
  });

  it('gives precision over the links and recall over the gold', () => {
    const gold = goldPairs(JSON.stringify({ pairs: [{ a: { slug: 'a', id: 'ii-1' }, b: { slug: 'b', id: 'i' } }, { a: { slug: 'a', id: 'iii' }, b: { slug: 'c', id: 'i' } }] }));
    const links = new Set([pairKey({ slug: 'b', id: 'i' }, { slug: 'a', id: 'ii-1' }), pairKey({ slug: 'b', id: 'i' }, { slug: 'c', id: 'iv' }), pairKey({ slug: 'a', id: 'i' }, { slug: 'c', id: 'iv' })]);
    expect(agreement(links, gold)).toEqual({ hits: 1, precision: 1 / 3, recall: 1 / 2 });
    expect(agreement(new Set(), gold)).toEqual({ hits: 0, precision: 0, recall: 0 });
  });
});
