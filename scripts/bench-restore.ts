/**
 * Benchmark of the diacritic restorer. Prints:
 *  1. syllable accuracy on the evaluation part of the hand-written gold set (per OCR doc, overall);
 *  2. held-out simulated OCR: each clean seed, damaged by the noise simulator, restored by a
 *     model whose language model was trained without that seed;
 *  3. the plain task: UD Vietnamese-VTB test sentences with all diacritics removed
 *     (and, for reference, the held-out tuning slice of the UD dev sentences the
 *     settings were chosen on: see training.ts);
 *  4. throughput (syllables per second, one core, cold candidate cache);
 *  and the no-harm figure: % of syllables changed on each clean seed (committed and held-out model).
 * Accuracy ignores tone-mark placement (hóa = hoá) and letter case only.
 * Parts 2 and 3 need ../shared/corpora (part 3 only the UD test file).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Restorer, loadRestorer } from '../src/pipeline/restore/index.ts';
import { readModelFile } from '../src/pipeline/restore/model-file.ts';
import { loadGold, readSeed, scoreLines, type GoldLine, type Score } from '../src/pipeline/restore/gold.ts';
import { simulateOcr } from '../src/pipeline/restore/noise-simulator.ts';
import { OcrChannel } from '../src/pipeline/restore/ocr-channel.ts';
import { fold } from '../src/pipeline/restore/syllable.ts';
import {
  CLEAN_SEEDS,
  CORPORA_DIR,
  buildModel,
  generalIdStreams,
  learnChannel,
  loadCorpora,
  prepareBase,
  splitDev,
} from '../src/pipeline/restore/training.ts';

const pct = (s: Score): string => `${((100 * s.correct) / Math.max(1, s.total)).toFixed(2)}% (${s.correct}/${s.total})`;
const add = (a: Score, b: Score): Score => ({ correct: a.correct + b.correct, total: a.total + b.total, errors: [] });
const asGold = (text: string): GoldLine[] =>
  text.split('\n').map((gold, i) => ({ lineNo: i + 1, gold, part: 'eval' as const }));

/** Share of word tokens whose output differs from the source (tone placement aside). */
function changedShare(r: Restorer, text: string): { changed: number; total: number } {
  const res = r.restore(text);
  const changed = res.tokens.filter((t) => t.output !== t.source).length;
  return { changed, total: res.tokens.length };
}

/** The figures this run measured, recorded for the site's provenance notes (measured, not assumed). */
const figures: Record<string, { accuracy: number; correct: number; total: number } | number | string> = {};
const figure = (s: Score) => ({ accuracy: s.correct / Math.max(1, s.total), correct: s.correct, total: s.total });

const t0 = Date.now();
const committed = loadRestorer();
const model = readModelFile();
console.log(`model: vocab ${model.vocab.length}, n-grams by order ${model.counts.tables.map((t, i) => `${i + 2}: ${t.w.length}`).join(', ')}`);

// 1. Gold evaluation part.
console.log('\n1. Hand-written gold set, evaluation part (committed model)');
let all: Score = { correct: 0, total: 0, errors: [] };
for (const doc of loadGold()) {
  const out = committed.restore(readSeed(doc.seedFile)).text;
  const s = scoreLines(out, doc.lines.filter((l) => l.part === 'eval'));
  all = add(all, s);
  console.log(`   ${doc.id}: ${pct(s)}`);
}
console.log(`   overall: ${pct(all)}   [target >= 97%]`);
figures.goldEvaluation = figure(all);

// No harm on the clean seeds (committed model).
console.log('\nNo harm: syllables changed on the clean seeds (committed model, which saw them)');
for (const f of CLEAN_SEEDS) {
  const c = changedShare(committed, readSeed(f));
  console.log(`   ${f.slice(0, 3)}: ${((100 * c.changed) / c.total).toFixed(3)}% (${c.changed}/${c.total})   [target < 0.5%]`);
}

// 2. Held-out simulated OCR.
let corporaOk = true;
try {
  readFileSync(`${CORPORA_DIR}ud-vi-vtb/test.txt`);
} catch {
  corporaOk = false;
}
if (corporaOk) {
  console.log('\n2. Held-out simulated OCR (LM trained without the seed; channel from gold train part)');
  const corpora = loadCorpora();
  const base = prepareBase(corpora);
  const general = generalIdStreams(base);
  const channel: OcrChannel = learnChannel();
  let sim: Score = { correct: 0, total: 0, errors: [] };
  CLEAN_SEEDS.forEach((f, i) => {
    const heldOut = new Restorer(buildModel(base, CLEAN_SEEDS.filter((x) => x !== f), channel, general));
    const clean = readSeed(f).normalize('NFC');
    const noisy = simulateOcr(clean, channel, 1000 + i);
    const s = scoreLines(heldOut.restore(noisy).text, asGold(clean));
    sim = add(sim, s);
    const c = changedShare(heldOut, clean);
    console.log(
      `   ${f.slice(0, 3)}: ${pct(s)}   (no harm, held-out model: ${((100 * c.changed) / c.total).toFixed(3)}% changed)`,
    );
  });
  console.log(`   overall: ${pct(sim)}   [target >= 93%]`);
  figures.simulatedOcr = figure(sim);

  // 3. UD-VTB test, diacritics removed.
  console.log('\n3. UD Vietnamese-VTB test sentences, all diacritics removed (committed model)');
  const udTest = readFileSync(`${CORPORA_DIR}ud-vi-vtb/test.txt`, 'utf8').normalize('NFC');
  const stripped = fold(udTest);
  const ud = scoreLines(committed.restore(stripped).text, asGold(udTest));
  console.log(`   accuracy: ${pct(ud)}   [target >= 88%]`);
  figures.udVtbPlain = figure(ud);
  const tuning = splitDev(corpora.udDev).tuning;
  const tuned = scoreLines(committed.restore(fold(tuning)).text, asGold(tuning));
  console.log(`   (tuning slice, last 20% of UD dev, held out from the LM and used to choose the settings: ${pct(tuned)})`);
  figures.udDevTuningSlice = figure(tuned);

  // 4. Throughput on a fresh restorer (cold caches), one core.
  const fresh = new Restorer(readModelFile());
  const texts = [readSeed('000_dc2e615219b91c38.txt'), readSeed('002_1abb0fc6ff61a8be.txt'), stripped];
  let syl = 0;
  const t1 = process.hrtime.bigint();
  for (const t of texts) syl += fresh.restore(t).tokens.length;
  const secs = Number(process.hrtime.bigint() - t1) / 1e9;
  figures.syllablesPerSecond = Math.round(syl / secs);
  console.log(`\n4. Throughput: ${Math.round(syl / secs)} syllables/s (${syl} syllables in ${secs.toFixed(2)} s, one core, cold cache)   [target >= 20000]`);
} else {
  console.log(`\n(../shared/corpora not found at ${CORPORA_DIR}: parts 2-4 skipped)`);
}
console.log(`\ntotal bench time ${((Date.now() - t0) / 1000).toFixed(1)} s`);
figures.measuredOn = new Date().toISOString().slice(0, 10);
const recorded = new URL('../src/pipeline/restore/model/measured-accuracy.json', import.meta.url);
writeFileSync(recorded, `${JSON.stringify(figures, null, 2)}\n`);
console.log(`recorded in ${recorded.pathname}`);
