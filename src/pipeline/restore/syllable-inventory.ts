/**
 * The Vietnamese syllable inventory: every syllable the restorer may output.
 *
 * Built (at model-build time) from the hunspell Vietnamese syllable list
 * (`dictionary-vi`) and from syllables attested in the diacritized training text,
 * each kept only if it passes a phonotactic check (a known onset, a rhyme attested
 * in the hunspell list, and stop codas p/t/c/ch only with sắc or nặng tone).
 * At run time the inventory is the syllable part of the model's vocabulary, held
 * in a character trie for channel-weighted fuzzy lookup.
 */
import { canonical, fold, isPhonotactic, parseSyllable } from './syllable.ts';

/** Toneless rhymes (nucleus + coda) attested in a list of syllables. */
export function rhymesOf(syllables: Iterable<string>): Set<string> {
  const rhymes = new Set<string>();
  for (const s of syllables) {
    const p = parseSyllable(s);
    if (p) rhymes.add(p.nucleus + p.coda);
  }
  return rhymes;
}

/** Lowercase canonical syllables from a hunspell .dic text (one entry a line, first line a count). */
export function syllablesFromHunspell(dic: string): string[] {
  const out = new Set<string>();
  for (const line of dic.split('\n').slice(1)) {
    const word = line.split('/')[0]!.trim();
    if (!word || !/^\p{Ll}+$/u.test(word.normalize('NFC'))) continue;
    out.add(canonical(word.normalize('NFC')));
  }
  return [...out];
}

/** Filter candidate syllables by the phonotactic check. */
export function phonotacticFilter(candidates: Iterable<string>, rhymes: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const c of candidates) if (isPhonotactic(c, rhymes)) out.push(c);
  return out;
}

export type TrieNode = {
  ch: string;
  /** Index of ch in the inventory's alphabet. */
  charIndex: number;
  depth: number;
  /** Vocabulary id of the syllable ending here, or -1. */
  syllableId: number;
  children: number[];
};

export class SyllableInventory {
  /** Vocabulary id → syllable (ids below `firstSyllableId` are special tokens). */
  readonly vocab: readonly string[];
  readonly firstSyllableId: number;
  readonly idOf: Map<string, number>;
  readonly byFold: Map<string, number[]>;
  readonly nodes: TrieNode[];
  /** Distinct characters of the inventory's syllables. */
  readonly alphabet: string[];
  /**
   * The trie in preorder (root excluded), as flat arrays: character index, depth,
   * syllable id (or −1), and the preorder index just past the node's subtree.
   */
  readonly flat: { char: Int32Array; depth: Int32Array; syllableId: Int32Array; end: Int32Array; maxDepth: number };

  constructor(vocab: readonly string[], firstSyllableId: number) {
    this.vocab = vocab;
    this.firstSyllableId = firstSyllableId;
    this.idOf = new Map();
    this.byFold = new Map();
    this.nodes = [{ ch: '', charIndex: -1, depth: 0, syllableId: -1, children: [] }];
    this.alphabet = [];
    const charIndex = new Map<string, number>();
    for (let id = firstSyllableId; id < vocab.length; id++) {
      const s = vocab[id]!;
      this.idOf.set(s, id);
      const f = fold(s);
      const list = this.byFold.get(f);
      if (list) list.push(id);
      else this.byFold.set(f, [id]);
      let node = 0;
      for (const ch of s) {
        const kids = this.nodes[node]!.children;
        let next = -1;
        for (const k of kids) if (this.nodes[k]!.ch === ch) next = k;
        if (next < 0) {
          next = this.nodes.length;
          let ci = charIndex.get(ch);
          if (ci === undefined) {
            ci = this.alphabet.length;
            charIndex.set(ch, ci);
            this.alphabet.push(ch);
          }
          this.nodes.push({ ch, charIndex: ci, depth: this.nodes[node]!.depth + 1, syllableId: -1, children: [] });
          kids.push(next);
        }
        node = next;
      }
      this.nodes[node]!.syllableId = id;
    }
    const n = this.nodes.length - 1;
    const flat = {
      char: new Int32Array(n),
      depth: new Int32Array(n),
      syllableId: new Int32Array(n),
      end: new Int32Array(n),
      maxDepth: 0,
    };
    let at = 0;
    const visit = (node: number): void => {
      const me = at++;
      const nd = this.nodes[node]!;
      flat.char[me] = nd.charIndex;
      flat.depth[me] = nd.depth;
      flat.syllableId[me] = nd.syllableId;
      if (nd.depth > flat.maxDepth) flat.maxDepth = nd.depth;
      for (const k of nd.children) visit(k);
      flat.end[me] = at;
    };
    for (const k of this.nodes[0]!.children) visit(k);
    this.flat = flat;
  }
}
