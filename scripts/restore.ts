/**
 * Restore Vietnamese diacritics in OCR text: stdin → stdout.
 *   npm run --silent restore < in.txt > out.txt
 *   npm run --silent restore -- --json < in.txt   (per-token source, output, confidence, alternatives)
 * Only words change; line breaks, numbers, codes, abbreviations and punctuation pass through.
 */
import { readFileSync } from 'node:fs';
import { loadRestorer } from '../src/pipeline/restore/index.ts';

const json = process.argv.includes('--json');
const input = readFileSync(0, 'utf8');
const result = loadRestorer().restore(input);
if (json) process.stdout.write(`${JSON.stringify({ text: result.text, tokens: result.tokens }, null, 1)}\n`);
else process.stdout.write(result.text);
