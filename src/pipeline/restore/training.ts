/**
 * Building the restoration model from its sources (used by scripts/build-restore-model.ts
 * and by the benchmark's held-out models). Deterministic: same sources, same bytes.
 *
 * Language-model text: only text diacritized at its source (the clean seeds, weighted
 * more, Vietnamese Wikipedia and the UD Vietnamese-VTB train/dev sentences).
 * Channel: the declared train part of the hand-written gold set.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { canonical } from './syllable.ts';
import { phonotacticFilter, rhymesOf, syllablesFromHunspell } from './syllable-inventory.ts';
import { BOUNDARY, NUM, PUNCT, SPECIALS, UNK, countNgrams, type IdStream } from './language-model.ts';
import { OcrChannel } from './ocr-channel.ts';
import { alignedPairs, loadGold, readSeed } from './gold.ts';
import type { ModelData } from './model-file.ts';

export const CORPORA_DIR = fileURLToPath(new URL('../../../../shared/corpora/', import.meta.url));
export const CLEAN_SEEDS = ['001_af1c1f30eff17f08.txt', '003_218f22c76233087f.txt', '004_06bab214c2a2d528.txt'];
/** How many times an in-domain (clean seed) n-gram counts relative to a Wikipedia one. */
export const SEED_WEIGHT = 20;
export const LM_PRUNING = { minBigram: 1, minTrigram: 2 };

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
export function textToIds(text: string, vocab: Vocab, memo = new Map<string, number>()): Int32Array {
  const out: number[] = [BOUNDARY, BOUNDARY];
  const boundary = (): void => {
    if (out[out.length - 1] === BOUNDARY && out[out.length - 2] === BOUNDARY) return;
    if (out[out.length - 1] === BOUNDARY) out.push(BOUNDARY);
    else out.push(BOUNDARY, BOUNDARY);
  };
  const punct = (s: string): void => {
    if (/[.!?…]/.test(s)) boundary();
    else if (out[out.length - 1] !== PUNCT) out.push(PUNCT);
  };
  const word = (w: string): void => {
    let id = memo.get(w);
    if (id === undefined) {
      id = vocab.index.get(canonical(w.toLowerCase().normalize('NFC'))) ?? UNK;
      memo.set(w, id);
    }
    out.push(id);
  };
  for (const line of text.split('\n')) {
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
        else if (/[0-9]/.test(core)) out.push(NUM);
        else {
          for (const part of core.split(/[-/–]/)) {
            if (/^\p{L}+$/u.test(part)) word(part);
            else if (part) out.push(UNK);
          }
        }
      }
      if (trail) punct(trail);
    }
    boundary();
  }
  return Int32Array.from(out);
}

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
  const counts = new Map<string, number>();
  for (const t of [corpora.wiki, corpora.udTrain, corpora.udDev]) {
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
      { text: corpora.udDev, weight: 1 },
    ],
  };
}

/** Learn the channel from the declared train part of the gold set. */
export function learnChannel(): OcrChannel {
  const pairs = loadGold().flatMap((doc) => alignedPairs(doc, readSeed(doc.seedFile), 'train'));
  return OcrChannel.learn(pairs);
}

/** Build a full model from the base plus the given clean seeds (file names in seeds/). */
export function buildModel(
  base: BaseTraining,
  seedFiles: string[],
  channel: OcrChannel,
  generalIds?: Int32Array[],
  pruning: { minBigram: number; minTrigram: number } = LM_PRUNING,
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
  const memo = new Map<string, number>();
  const general = generalIds ?? base.general.map((g) => textToIds(g.text, vocab, memo));
  const streams: IdStream[] = [
    ...general.map((ids, i) => ({ ids, weight: base.general[i]?.weight ?? 1 })),
    ...seedTexts.map((t) => ({ ids: textToIds(t, vocab, memo), weight: SEED_WEIGHT })),
  ];
  const counts = countNgrams(streams, vocab.list.length, pruning);
  return {
    vocab: vocab.list,
    counts,
    channel: channel.counts,
    meta: {
      lmSources: [
        'Vietnamese Wikipedia 2017 snapshot (undertheseanlp/corpus.viwiki), CC BY-SA 3.0',
        'UD Vietnamese-VTB train+dev sentences, CC BY-SA 4.0',
        ...seedFiles.map((f) => `seeds/${f} (weight ${SEED_WEIGHT})`),
      ],
      inventory: 'dictionary-vi (hunspell) syllables + attested syllables, phonotactically filtered',
      channel: 'gold train part of fixtures/gold-000.txt and fixtures/gold-002.txt',
      pruning: LM_PRUNING,
    },
  };
}

/** Id streams of the general corpora for a vocabulary whose first entries are the base syllables. */
export function generalIdStreams(base: BaseTraining): Int32Array[] {
  const vocab = makeVocab(base.baseSyllables);
  const memo = new Map<string, number>();
  return base.general.map((g) => textToIds(g.text, vocab, memo));
}
