/**
 * Rebuild the committed diacritic-restoration model from its sources:
 *   - clean (diacritized-at-source) seeds 001, 003, 004, weighted more;
 *   - Vietnamese Wikipedia (../shared/corpora/viwiki-2017.txt.xz, CC BY-SA 3.0);
 *   - UD Vietnamese-VTB train + dev but the last 20% of dev, held out for tuning
 *     (CC BY-SA 4.0; never the test part);
 *   - the hunspell syllable list (dictionary-vi) for the inventory;
 *   - the channel from the declared train part of the hand-written gold set.
 *
 * Usage: npm run build:restore-model [-- --out path] [-- --exclude 001]
 * Deterministic: the same sources give the same bytes. Needs `xz` on PATH.
 */
import { writeFileSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { CLEAN_SEEDS, buildModel, learnChannel, loadCorpora, prepareBase } from '../src/pipeline/restore/training.ts';
import { MODEL_PATH, encodeModel } from '../src/pipeline/restore/model-file.ts';

const args = process.argv.slice(2);
const outIdx = args.indexOf('--out');
const out = outIdx >= 0 ? args[outIdx + 1]! : MODEL_PATH;
const excluded = args.flatMap((a, i) => (args[i - 1] === '--exclude' ? [a] : []));
const seeds = CLEAN_SEEDS.filter((f) => !excluded.some((x) => f.startsWith(x)));

const t0 = Date.now();
const log = (msg: string): void => console.error(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);
log('reading corpora');
const corpora = loadCorpora();
log('building inventory');
const base = prepareBase(corpora);
log(`inventory: ${base.baseSyllables.length} syllables; learning channel`);
const channel = learnChannel();
log(`counting n-grams (seeds: ${seeds.join(', ')})`);
const model = buildModel(base, seeds, channel);
log(`vocab ${model.vocab.length}, n-grams by order ${model.counts.tables.map((t, i) => `${i + 2}: ${t.w.length}`).join(', ')}; writing`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, encodeModel(model));
log(`wrote ${out} (${(statSync(out).size / 1e6).toFixed(2)} MB)`);
