/**
 * Vietnamese diacritic restoration for OCR text: a noisy-channel restorer.
 *
 *   best syllables = argmax  P_LM(syllables) · P_channel(OCR tokens | syllables)
 *
 * - syllable inventory: syllable-inventory.ts (hunspell list + attested, phonotactically checked)
 * - channel model of OCR damage: ocr-channel.ts (learned from the gold train part)
 * - syllable trigram LM (unpruned) with modified Kneser-Ney smoothing: language-model.ts
 * - letter case as evidence: a word written with a capital initial after another word
 *   (not at a sentence start) is likelier a reading that the corpora write capitalised
 *   there (a name), and a lowercase one likelier a reading written lowercase:
 *   P(case | syllable) from the model's case counts, weighted by `caseWeight`
 * - beam decoder with per-token confidence and alternatives: decoder.ts
 * - a document cache: a second pass favours the readings the first pass chose
 *   confidently elsewhere in the same text (names and topic words recur)
 *
 * `loadRestorer()` is synchronous. `restore()` returns only the tokens the engine
 * treated as words (candidates for restoration); every other character is copied.
 */
import { LanguageModel, NUM, PUNCT, UNK, BOUNDARY, boundariesToAdd } from './language-model.ts';
import { SyllableInventory } from './syllable-inventory.ts';
import { OcrChannel, isNoisyForm } from './ocr-channel.ts';
import { bestPath, confidences, posteriors, segments, type Candidate, type Slot } from './decoder.ts';
import { tokenize, type Piece, type WordPiece } from './tokenize.ts';
import { applyCase, canonical, hasDiacritics, parseSyllable, placementStyle, renderSyllable } from './syllable.ts';
import { readModelFile, type ModelData } from './model-file.ts';
import type { RestoredWord } from '../model.ts';

/**
 * One word the engine read: the OCR's word, its reading, where it stands (UTF-16 offsets in the
 * input), the engine's confidence and runner-up readings. The document model's RestoredWord is
 * this plus the reviewed correction, if any.
 */
export type RestoredToken = Omit<RestoredWord, 'correction'>;

export type RestoreResult = { text: string; tokens: RestoredToken[] };

export type Diagnosis = {
  /** Word tokens considered. */
  words: number;
  /** Share of word tokens that are correctly diacritized inventory syllables. */
  diacritizedShare: number;
  /** Estimated share of tokens whose diacritics were lost or damaged (0..1). */
  damage: number;
  /** Share of word tokens with OCR debris (digits, symbols, marks that spell no syllable). */
  noisyShare: number;
  /** Weight of the OCR-confusion channel against plain mark loss among damaged tokens (0..1). */
  ocrWeight: number;
  needsRestoration: boolean;
};

export type RestorerOptions = {
  beam: number;
  /** Decoder states more than this many nats below the best at a position are dropped. */
  beamMargin: number;
  channelWeight: number;
  /** Candidates kept per token (best channel cost first). */
  maxCandidates: number;
  /** Channel cost above which a syllable is not a candidate (nats). */
  maxChannelCost: number;
  /** Candidates whose channel cost − log unigram exceeds the best one's by more than this are dropped (nats). */
  candidateMargin: number;
  /** Prior probability that a non-syllable word is meant as written: plain letters / with OCR debris. */
  keepPlain: number;
  keepNoisy: number;
  /** Weight of the letter-case evidence −log P(case | syllable) (0 = ignore case). */
  caseWeight: number;
  /** Strength of the prior (the overall capitalisation rate) in P(case | syllable). */
  casePrior: number;
  /** Weight λ of the document cache (0 = one pass, no cache). */
  cacheWeight: number;
  /** Posterior a first-pass reading needs to enter the cache. */
  cacheMinConfidence: number;
  /** Decoding passes when the cache is on (each pass's confident readings feed the next). */
  cachePasses: number;
  /** A segment is re-decoded with the cache if some other reading gets within this many nats of the chosen one. */
  cacheRedoMargin: number;
};

/**
 * Defaults. beam, beamMargin, caseWeight, cacheWeight, cacheMinConfidence and
 * cacheRedoMargin were chosen on the held-out tuning slice (training.ts), not on the
 * UD test part or the gold evaluation part.
 */
export const DEFAULT_OPTIONS: RestorerOptions = {
  beam: 16,
  beamMargin: 10,
  channelWeight: 1.5,
  maxCandidates: 12,
  maxChannelCost: 12,
  candidateMargin: 9,
  keepPlain: 0.0003,
  keepNoisy: 0.000001,
  caseWeight: 1,
  casePrior: 2,
  cacheWeight: 0.5,
  cacheMinConfidence: 0.9,
  cachePasses: 2,
  cacheRedoMargin: 3,
};

/** Share of diacritized syllables in ordinary Vietnamese prose. */
const TYPICAL_DIACRITIZED_SHARE = 0.78;

export class Restorer {
  readonly lm: LanguageModel;
  readonly inventory: SyllableInventory;
  readonly channel: OcrChannel;
  readonly options: RestorerOptions;
  private readonly candidateCache = new Map<string, Candidate[]>();
  /** −log P(Title-case | syllable) and −log P(lowercase | syllable) after another word. */
  private readonly titleCost: Float64Array;
  private readonly lowerCost: Float64Array;
  private readonly renderCache = new Map<string, string>();

  constructor(model: ModelData, options: Partial<RestorerOptions> = {}) {
    this.lm = new LanguageModel(model.counts);
    this.inventory = new SyllableInventory(model.vocab, 4);
    this.channel = new OcrChannel(model.channel);
    this.options = { ...DEFAULT_OPTIONS, ...options };
    const { title, all } = model.caseCounts;
    let sumTitle = 0;
    let sumAll = 0;
    for (let i = 0; i < all.length; i++) {
      sumTitle += title[i]!;
      sumAll += all[i]!;
    }
    const p0 = sumAll > 0 ? sumTitle / sumAll : 0.1;
    const beta = this.options.casePrior;
    this.titleCost = new Float64Array(all.length);
    this.lowerCost = new Float64Array(all.length);
    for (let i = 0; i < all.length; i++) {
      const p = (title[i]! + beta * p0) / (all[i]! + beta);
      this.titleCost[i] = -Math.log(p);
      this.lowerCost[i] = -Math.log(1 - p);
    }
  }

  /** Inventory id of a source word written as a valid syllable, or -1. */
  private syllableIdOf(source: string): number {
    const lower = source.toLowerCase().normalize('NFC');
    if (!/^\p{L}+$/u.test(lower)) return -1;
    return this.inventory.idOf.get(canonical(lower)) ?? -1;
  }

  diagnose(text: string): Diagnosis {
    return this.diagnosePieces(tokenize(text).filter((p): p is WordPiece => p.kind === 'word'));
  }

  private diagnosePieces(words: WordPiece[]): Diagnosis {
    let marked = 0;
    let noisy = 0;
    for (const w of words) {
      if (hasDiacritics(w.source) && this.syllableIdOf(w.source) >= 0) marked++;
      else if (isNoisyForm(w.channelForm)) noisy++;
    }
    const share = words.length ? marked / words.length : 1;
    const noisyShare = words.length ? noisy / words.length : 0;
    const damage = Math.min(0.995, Math.max(0.005, 1 - share / TYPICAL_DIACRITIZED_SHARE));
    const trainNoisy = this.channel.counts.noisyShare ?? 0.2;
    const ocrWeight = Math.min(0.98, Math.max(0.02, noisyShare / Math.max(trainNoisy, 1e-3)));
    return { words: words.length, diacritizedShare: share, damage, noisyShare, ocrWeight, needsRestoration: share < 0.45 };
  }

  /** Channel candidates for an OCR channel form (memoised; a pure function of the form). */
  private ocrCandidates(form: string): Candidate[] {
    let c = this.candidateCache.get(form);
    if (!c) {
      c = this.channel.candidates(form, this.inventory, this.options.maxChannelCost);
      c.sort((a, b) => a.cost - b.cost || a.id - b.id);
      c = c.slice(0, this.options.maxCandidates * 3);
      this.candidateCache.set(form, c);
    }
    return c;
  }

  /**
   * Candidates under the document's mixture channel:
   *   P(o | s) = (1−d)·[o spells s] + d·((1−λ)·[o = s with all marks removed] + λ·P_ocr(o | s))
   * with d the estimated damage and λ the weight of OCR confusions (from diagnose()).
   * Kept: the best `maxCandidates` by channel cost minus unigram log-probability.
   */
  /** `selfId` is the source word's own inventory id (syllableIdOf), or -1. */
  private candidatesFor(w: WordPiece, selfId: number, diag: Diagnosis, afterWord: boolean): Candidate[] {
    const d = diag.damage;
    const lambda = diag.ocrWeight;
    const probs = new Map<number, number>();
    for (const c of this.ocrCandidates(w.channelForm)) probs.set(c.id, d * lambda * Math.exp(-c.cost));
    if (!isNoisyForm(w.channelForm)) {
      const same = this.inventory.byFold.get(w.channelForm) ?? [];
      const pStrip = d * (1 - lambda);
      for (const id of same) probs.set(id, (probs.get(id) ?? 0) + pStrip);
    }
    if (selfId >= 0) probs.set(selfId, (probs.get(selfId) ?? 0) + (1 - d));
    // Not every word is a Vietnamese syllable (names, foreign words): keeping the
    // source as an unknown word is a candidate too, unlikely if it carries OCR debris.
    else if (this.options.keepPlain > 0) {
      probs.set(UNK, (isNoisyForm(w.channelForm) ? this.options.keepNoisy : this.options.keepPlain) * (1 - lambda));
    }
    const ranked: { c: Candidate; rank: number }[] = [];
    // Letter case as evidence (in channel-cost units, so that its weight is caseWeight).
    const caseCost = !afterWord || this.options.caseWeight === 0 ? null : w.casePattern === 'title' ? this.titleCost : w.casePattern === 'lower' ? this.lowerCost : null;
    const caseScale = this.options.caseWeight / this.options.channelWeight;
    for (const [id, p] of probs) {
      const cost = -Math.log(p) + (caseCost ? caseScale * caseCost[id]! : 0);
      ranked.push({ c: { id, cost }, rank: cost - this.lm.logUnigram(id) });
    }
    ranked.sort((a, b) => a.rank - b.rank || a.c.id - b.c.id);
    const limit = (ranked[0]?.rank ?? 0) + this.options.candidateMargin;
    return ranked
      .slice(0, this.options.maxCandidates)
      .filter((r) => r.rank <= limit)
      .map((r) => r.c);
  }

  /**
   * Restore a text. The channel's mixture weights come from diagnosing the text itself,
   * or from `diagnosis` (e.g. of the whole document when restoring it block by block).
   */
  restore(text: string, diagnosis?: Diagnosis): RestoreResult {
    const pieces = tokenize(text);
    const words = pieces.filter((p): p is WordPiece => p.kind === 'word');
    const diag = diagnosis ?? this.diagnosePieces(words);
    // Tone-placement style of the source where it shows one (hóa vs hoá); old style by default.
    let oldVotes = 0;
    let newVotes = 0;
    for (const w of words) {
      const s = placementStyle(w.source);
      if (s === 'old') oldVotes++;
      else if (s === 'new') newVotes++;
    }
    const style = newVotes > oldVotes ? 'new' : 'old';
    let slots: Slot[] = [];
    const wordSlot: { piece: WordPiece; slot: number; selfId: number }[] = [];
    // Candidates are a function of the source word and whether it follows a word (case evidence).
    const memo = new Map<string, { cands: Candidate[]; selfId: number }>();
    let prev: Piece | null = null;
    for (const p of pieces) {
      const afterWord =
        prev !== null &&
        (prev.kind === 'word' || (prev.context === 'unk' && /^\p{L}+$/u.test(prev.source))) &&
        !text.slice(prev.end, p.start).includes('\n');
      prev = p;
      if (p.kind === 'fixed') {
        const id = p.context === 'boundary' ? BOUNDARY : p.context === 'punct' ? PUNCT : p.context === 'num' ? NUM : UNK;
        if (id === BOUNDARY) {
          const isBoundary = (slot: Slot | undefined) => slot !== undefined && 'fixed' in slot && slot.fixed === BOUNDARY;
          for (let n = boundariesToAdd(isBoundary(slots[slots.length - 1]), isBoundary(slots[slots.length - 2])); n > 0; n--) slots.push({ fixed: BOUNDARY });
        } else if (id === PUNCT) {
          const last = slots[slots.length - 1];
          if (!(last && 'fixed' in last && last.fixed === PUNCT)) slots.push({ fixed: PUNCT });
        } else slots.push({ fixed: id });
        continue;
      }
      const key = afterWord ? `+${p.source}` : p.source;
      let known = memo.get(key);
      if (!known) {
        const selfId = this.syllableIdOf(p.source);
        known = { cands: this.candidatesFor(p, selfId, diag, afterWord), selfId };
        memo.set(key, known);
      }
      const { cands, selfId } = known;
      if (cands.length === 0) {
        slots.push({ fixed: UNK });
        wordSlot.push({ piece: p, slot: -1, selfId });
        continue;
      }
      wordSlot.push({ piece: p, slot: slots.length, selfId });
      slots.push({ cands });
    }
    slots.push({ fixed: BOUNDARY });
    const decodeOptions = { beam: this.options.beam, channelWeight: this.options.channelWeight, margin: this.options.beamMargin };
    const segs = segments(slots, this.lm.order);
    const choice = new Int32Array(slots.length);
    for (const [a, b] of segs) bestPath(this.lm, slots, a, b, decodeOptions, choice);
    if (this.options.cacheWeight > 0) {
      const first = slots;
      for (let pass = 1; pass < this.options.cachePasses; pass++) {
        const { confidence, local, offset } = confidences(this.lm, slots, choice, decodeOptions);
        const adapted = this.adaptToDocument(first, slots, choice, confidence);
        if (!adapted) break;
        // Re-decode only the segments where the cache makes some other reading of a slot
        // (its neighbours held fixed) score within `cacheRedoMargin` of the chosen one.
        const cw = this.options.channelWeight;
        for (const [a, b] of segs) {
          let redo = false;
          for (let i = a; i < b && !redo; i++) {
            const before = slots[i]!;
            const after = adapted[i]!;
            if (!('cands' in before) || !('cands' in after) || before.cands.length < 2) continue;
            const ch = choice[i]!;
            const o = offset[i]!;
            const gain = cw * (before.cands[ch]!.cost - after.cands[ch]!.cost);
            for (let k = 0; k < before.cands.length && !redo; k++) {
              const gainK = cw * (before.cands[k]!.cost - after.cands[k]!.cost);
              // Only a reading the cache favours more than the chosen one can take its place.
              if (k === ch || gainK <= gain + 1e-12) continue;
              if (local[o + k]! + gainK > local[o + ch]! + gain - this.options.cacheRedoMargin) redo = true;
            }
          }
          if (redo) bestPath(this.lm, adapted, a, b, decodeOptions, choice);
        }
        slots = adapted;
      }
    }
    const results = posteriors(this.lm, slots, choice, decodeOptions);
    const tokens: RestoredToken[] = [];
    let outText = '';
    let cursor = 0;
    for (const { piece, slot, selfId } of wordSlot) {
      let output = piece.source;
      let confidence = 1;
      let alternatives: { output: string; score: number }[] = [];
      if (slot >= 0) {
        const s = slots[slot] as { cands: Candidate[] };
        const r = results[slot]!;
        output = this.render(s.cands[r.choice]!.id, piece, selfId, style);
        confidence = r.confidence;
        alternatives = r.alternatives.map((a) => ({ output: this.render(a.id, piece, selfId, style), score: a.score }));
      }
      outText += text.slice(cursor, piece.start) + output;
      cursor = piece.end;
      tokens.push({ source: piece.source, output, start: piece.start, end: piece.end, confidence, alternatives });
    }
    outText += text.slice(cursor);
    return { text: outText, tokens };
  }

  /**
   * Document cache: the language model mixed with the unigram distribution of the
   * readings a first pass chose confidently in this text,
   *   P(w | h) ≈ P_LM(w | h) · ((1 − λ) + λ · P_doc(w) / P(w)),
   * applied as a per-candidate bonus (names and topic words recur within a text).
   * Returns the slots with adjusted candidate costs, or null if nothing was chosen.
   */
  private adaptToDocument(slots: Slot[], decoded: Slot[], choice: Int32Array, confidence: Float64Array): Slot[] | null {
    const counts = new Map<number, number>();
    let total = 0;
    decoded.forEach((s, i) => {
      if (!('cands' in s)) return;
      const id = s.cands[choice[i]!]!.id;
      if (id === UNK || confidence[i]! < this.options.cacheMinConfidence) return;
      counts.set(id, (counts.get(id) ?? 0) + 1);
      total++;
    });
    if (total === 0) return null;
    const lambda = this.options.cacheWeight;
    const scale = 1 / this.options.channelWeight;
    const adjusted = new Map<Candidate[], Candidate[]>();
    return slots.map((s) => {
      if (!('cands' in s) || s.cands.length < 2) return s;
      let a = adjusted.get(s.cands);
      if (!a) {
        a = s.cands.map((c) => {
          const ratio = (counts.get(c.id) ?? 0) / total / this.lm.uniFreq[c.id]!;
          return { id: c.id, cost: c.cost - scale * Math.log(1 - lambda + lambda * ratio) };
        });
        adjusted.set(s.cands, a);
      }
      return { cands: a };
    });
  }

  /** Written form of a chosen syllable: the source itself if it already spells it. */
  private render(id: number, piece: WordPiece, selfId: number, style: 'old' | 'new'): string {
    if (id === UNK || id === selfId) return piece.source;
    const key = `${id}|${piece.casePattern}|${style}`;
    let out = this.renderCache.get(key);
    if (out === undefined) {
      const syl = this.inventory.vocab[id]!;
      const parsed = parseSyllable(syl);
      out = applyCase(parsed ? renderSyllable(parsed, style) : syl, piece.casePattern);
      this.renderCache.set(key, out);
    }
    return out;
  }
}

let shared: Restorer | null = null;

/** Load the committed compact model (synchronous; cached after the first call). */
export function loadRestorer(): Restorer {
  shared ??= new Restorer(readModelFile());
  return shared;
}

/** Does this text look like OCR output whose diacritics were lost? */
export function needsRestoration(text: string): boolean {
  return loadRestorer().diagnose(text).needsRestoration;
}
