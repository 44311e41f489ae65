/**
 * Building the restoration model from its sources (used by scripts/build-restore-model.ts
 * and by the benchmark's held-out models). Deterministic: same sources, same bytes.
 *
 * Language-model text: only text diacritized at its source (the clean seeds, weighted
 * more, Vietnamese Wikipedia and the UD Vietnamese-VTB train sentences and dev sentences
 * except the tuning slice below).
 * Channel: the declared train part of the hand-written gold set.
 *
 * TUNING SLICE (held out): the last 20% of the non-empty lines of ud-vi-vtb/dev.txt
 * (`splitDev`). The language model never trains on it (nor does the inventory count
 * it); the model's settings (order, pruning, weights, the decoder's case and beam
 * settings) were chosen by restoring that slice with its diacritics removed
 * (scripts/bench-restore.ts prints the figure as "tuning slice"). The UD test part and
 * the gold evaluation part were not used for any choice. While tuning, the last 20% of
 * the lines of ud-vi-vtb/train.txt were held out as well (models built without them,
 * scored on both slices together); the committed model trains on all of train.txt.
 * The gold train part (the channel's data) was watched as a check on the OCR task.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { canonical } from './syllable.ts';
import { phonotacticFilter, rhymesOf, syllablesFromHunspell } from './syllable-inventory.ts';
import { BOUNDARY, NUM, PUNCT, SPECIALS, UNK, boundariesToAdd, countNgrams, type IdStream } from './language-model.ts';
import { OcrChannel } from './ocr-channel.ts';
import { alignedPairs, loadGold, readSeed } from './gold.ts';
import type { ModelData } from './model-file.ts';

export const CORPORA_DIR = fileURLToPath(new URL('../../../../shared/corpora/', import.meta.url));
export const CLEAN_SEEDS = ['001_af1c1f30eff17f08.txt', '003_218f22c76233087f.txt', '004_06bab214c2a2d528.txt'];
/** How many times an in-domain (clean seed) n-gram counts relative to a Wikipedia one. */
export const SEED_WEIGHT = 20;
/** Order of the n-gram model and the smallest weighted count a top-order n-gram needs to be kept. */
export const LM_OPTIONS = { order: 3, minTop: 1 };
/** Share of ud-vi-vtb/dev.txt (its last lines) held out for tuning. */
export const DEV_TUNING_SHARE = 0.2;

const LEAD = /^[([{"'“‘«*•…\-–—.,;:!?_~`´#=|>]+/u;
const TRAIL = /[)\]}"'”’»,.;:!?…\-–—*_~`´#=|]+$/u;

/** Letter runs → lowercase NFC; used for vocabulary counting. */
export function letterRuns(text: string, onRun: (run: string) => void): void {
  const re = /\p{L}+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) onRun(m[0]);
}

export type Vocab = { list: string[]; index: Map<string, number> };

export function makeVocab(syllables: string[]): Vocab {
  const list = [...SPECIALS, ...syllables];
  const index = new Map<string, number>();
  list.forEach((s, i) => index.set(s, i));
  return { list, index };
}

/**
 * Turn diacritized text into LM ids: syllables, <unk> for other words,
 * <num> for numbers/codes, <p> for punctuation, <b> <b> at sentence and paragraph ends.
 */
export function textToIds(
  text: string,
  vocab: Vocab,
  memo = new Map<string, number>(),
  caseStats?: CaseStats,
): Int32Array {
  const out: number[] = [BOUNDARY, BOUNDARY];
  // Was the last token a word (so that a capital here is not a sentence start)?
  let afterWord = false;
  const boundary = (): void => {
    for (let n = boundariesToAdd(out[out.length - 1] === BOUNDARY, out[out.length - 2] === BOUNDARY); n > 0; n--) out.push(BOUNDARY);
  };
  const punct = (s: string): void => {
    afterWord = false;
    if (/[.!?…]/.test(s)) boundary();
    else if (out[out.length - 1] !== PUNCT) out.push(PUNCT);
  };
  const word = (w: string): void => {
    // memo: word → id·4 + case code (0 lower, 1 title, 2 other).
    let code = memo.get(w);
    if (code === undefined) {
      const id = vocab.index.get(canonical(w.toLowerCase().normalize('NFC'))) ?? UNK;
      const c = caseOf(w);
      code = id * 4 + (c === 'lower' ? 0 : c === 'title' ? 1 : 2);
      memo.set(w, code);
    }
    const id = code >> 2;
    out.push(id);
    if (caseStats && afterWord && (code & 3) !== 2) {
      caseStats.all[id]!++;
      if ((code & 3) === 1) caseStats.title[id]!++;
    }
    afterWord = true;
  };
  for (const line of text.split('\n')) {
    afterWord = false;
    if (line.startsWith('###')) {
      boundary();
      continue;
    }
    for (const chunk of line.split(/\s+/)) {
      if (!chunk) continue;
      const lead = chunk.match(LEAD)?.[0] ?? '';
      let core = chunk.slice(lead.length);
      const trail = core.match(TRAIL)?.[0] ?? '';
      core = core.slice(0, core.length - trail.length);
      if (lead) punct(lead);
      if (core) {
        if (/^\p{L}+$/u.test(core)) word(core);
        else if (/[0-9]/.test(core)) {
          out.push(NUM);
          afterWord = false;
        } else {
          for (const part of core.split(/[-/–]/)) {
            if (/^\p{L}+$/u.test(part)) word(part);
            else if (part) {
              out.push(UNK);
              afterWord = false;
            }
          }
        }
      }
      if (trail) punct(trail);
    }
    boundary();
  }
  return Int32Array.from(out);
}

/** Letter case of a word: Title (first letter only), lower, or null (capitals, mixed). */
export function caseOf(w: string): 'title' | 'lower' | null {
  const lower = w.toLowerCase();
  if (w === lower) return 'lower';
  const first = w.charAt(0);
  if (first !== first.toLowerCase() && w.slice(1) === lower.slice(1)) return 'title';
  return null;
}

/**
 * Per vocabulary id: how often the word was written with a capital initial, and how
 * often it was seen at all, where it follows another word (not at a sentence start).
 */
export type CaseStats = { title: Uint32Array; all: Uint32Array };

export function readXz(path: string): string {
  const r = spawnSync('xz', ['-dc', path], { maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`xz failed on ${path}: ${r.stderr || r.error?.message}`);
  return r.stdout.normalize('NFC');
}

export type Corpora = { wiki: string; udTrain: string; udDev: string };

export function loadCorpora(dir = CORPORA_DIR): Corpora {
  if (!existsSync(`${dir}viwiki-2017.txt.xz`)) throw new Error(`corpora not found in ${dir}`);
  return {
    wiki: readXz(`${dir}viwiki-2017.txt.xz`),
    udTrain: readFileSync(`${dir}ud-vi-vtb/train.txt`, 'utf8').normalize('NFC'),
    udDev: readFileSync(`${dir}ud-vi-vtb/dev.txt`, 'utf8').normalize('NFC'),
  };
}

/** The UD dev sentences split into the part the model trains on and the held-out tuning slice. */
export function splitDev(udDev: string): { train: string; tuning: string } {
  const lines = udDev.split('\n').filter((l) => l.trim());
  const cut = Math.floor(lines.length * (1 - DEV_TUNING_SHARE));
  return { train: `${lines.slice(0, cut).join('\n')}\n`, tuning: `${lines.slice(cut).join('\n')}\n` };
}

export function hunspellSyllables(): string[] {
  const dicPath = fileURLToPath(new URL('../../../node_modules/dictionary-vi/index.dic', import.meta.url));
  return syllablesFromHunspell(readFileSync(dicPath, 'utf8'));
}

/** The general part of the model (inventory + Wikipedia/UD id streams), shared by all builds. */
export type BaseTraining = {
  rhymes: Set<string>;
  baseSyllables: string[];
  general: { text: string; weight: number }[];
};

export function prepareBase(corpora: Corpora): BaseTraining {
  const hun = hunspellSyllables();
  const rhymes = rhymesOf(hun);
  const udDevTrain = splitDev(corpora.udDev).train;
  const counts = new Map<string, number>();
  for (const t of [corpora.wiki, corpora.udTrain, udDevTrain]) {
    letterRuns(t, (run) => counts.set(run, (counts.get(run) ?? 0) + 1));
  }
  const attested = new Map<string, number>();
  for (const [run, n] of counts) {
    const c = canonical(run.toLowerCase());
    attested.set(c, (attested.get(c) ?? 0) + n);
  }
  const frequent = [...attested].filter(([, n]) => n >= 3).map(([s]) => s);
  const base = new Set(phonotacticFilter([...hun, ...frequent], rhymes));
  return {
    rhymes,
    baseSyllables: [...base].sort(),
    general: [
      { text: corpora.wiki, weight: 1 },
      { text: corpora.udTrain, weight: 1 },
      { text: udDevTrain, weight: 1 },
    ],
  };
}

/** Learn the channel from the declared train part of the gold set. */
export function learnChannel(): OcrChannel {
  const pairs = loadGold().flatMap((doc) => alignedPairs(doc, readSeed(doc.seedFile), 'train'));
  return OcrChannel.learn(pairs);
}

/** Id streams (and case statistics) of the general corpora, for the base vocabulary. */
export type GeneralStreams = { ids: Int32Array[]; caseStats: CaseStats };

export function generalIdStreams(base: BaseTraining): GeneralStreams {
  const vocab = makeVocab(base.baseSyllables);
  const memo = new Map<string, number>();
  const caseStats: CaseStats = { title: new Uint32Array(vocab.list.length), all: new Uint32Array(vocab.list.length) };
  return { ids: base.general.map((g) => textToIds(g.text, vocab, memo, caseStats)), caseStats };
}

/**
 * Build a full model from the base plus the given clean seeds (file names in seeds/).
 * Ids are finally renumbered by frequency (special tokens first), which makes the
 * compact encoding smaller.
 */
export function buildModel(
  base: BaseTraining,
  seedFiles: string[],
  channel: OcrChannel,
  general?: GeneralStreams,
  lmOptions: { order: number; minTop: number } = LM_OPTIONS,
): ModelData {
  const seedTexts = seedFiles.map((f) => readSeed(f).normalize('NFC'));
  const extra = new Set<string>();
  const baseSet = new Set(base.baseSyllables);
  for (const t of seedTexts) {
    letterRuns(t, (run) => {
      const c = canonical(run.toLowerCase());
      if (!baseSet.has(c)) extra.add(c);
    });
  }
  const extraValid = phonotacticFilter(extra, base.rhymes).sort();
  const vocab = makeVocab([...base.baseSyllables, ...extraValid]);
  const V = vocab.list.length;
  const gen = general ?? generalIdStreams(base);
  const caseStats: CaseStats = { title: new Uint32Array(V), all: new Uint32Array(V) };
  caseStats.title.set(gen.caseStats.title);
  caseStats.all.set(gen.caseStats.all);
  const seedCase: CaseStats = { title: new Uint32Array(V), all: new Uint32Array(V) };
  const memo = new Map<string, number>();
  const streams: IdStream[] = [
    ...gen.ids.map((ids, i) => ({ ids, weight: base.general[i]?.weight ?? 1 })),
    ...seedTexts.map((t) => ({ ids: textToIds(t, vocab, memo, seedCase), weight: SEED_WEIGHT })),
  ];
  for (let i = 0; i < V; i++) {
    caseStats.title[i]! += SEED_WEIGHT * seedCase.title[i]!;
    caseStats.all[i]! += SEED_WEIGHT * seedCase.all[i]!;
  }
  // Renumber syllables by weighted frequency (ties: alphabetical), specials first.
  const freq = new Float64Array(V);
  for (const s of streams) for (const id of s.ids) freq[id]! += s.weight;
  const order = Array.from({ length: V - SPECIALS.length }, (_, i) => i + SPECIALS.length);
  order.sort((a, b) => freq[b]! - freq[a]! || (vocab.list[a]! < vocab.list[b]! ? -1 : 1));
  const newId = new Int32Array(V);
  for (let i = 0; i < SPECIALS.length; i++) newId[i] = i;
  order.forEach((old, i) => (newId[old] = i + SPECIALS.length));
  const list = new Array<string>(V);
  const title = new Uint32Array(V);
  const all = new Uint32Array(V);
  for (let old = 0; old < V; old++) {
    list[newId[old]!] = vocab.list[old]!;
    title[newId[old]!] = caseStats.title[old]!;
    all[newId[old]!] = caseStats.all[old]!;
  }
  const renumbered = streams.map((s) => ({ ids: s.ids.map((id) => newId[id]!), weight: s.weight }));
  const counts = countNgrams(renumbered, V, lmOptions);
  return {
    vocab: list,
    counts,
    channel: channel.counts,
    caseCounts: { title, all },
    meta: {
      lmSources: [
        'Vietnamese Wikipedia 2017 snapshot (undertheseanlp/corpus.viwiki), CC BY-SA 3.0',
        `UD Vietnamese-VTB train sentences and dev sentences but the last ${100 * DEV_TUNING_SHARE}% (held out for tuning), CC BY-SA 4.0`,
        ...seedFiles.map((f) => `seeds/${f} (weight ${SEED_WEIGHT})`),
      ],
      inventory: 'dictionary-vi (hunspell) syllables + attested syllables, phonotactically filtered',
      channel: 'gold train part of fixtures/gold-000.txt and fixtures/gold-002.txt',
      lm: { ...lmOptions, smoothing: 'interpolated modified Kneser-Ney' },
    },
  };
}
