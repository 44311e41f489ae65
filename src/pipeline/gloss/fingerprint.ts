import { createHash } from 'node:crypto';
import { foldKey } from '../text/fold.ts';

/**
 * The fingerprint a translation records of the Vietnamese it translates. Diacritic-insensitive
 * and blind to spacing and punctuation, so a better restoration of an OCR text does not make a
 * translation stale, while a changed word does.
 */
export function vietnameseFingerprint(heading: string | null, text: string | null): string {
  const words = foldKey(`${heading ?? ''} ${text ?? ''}`).match(/[a-z0-9]+/g) ?? [];
  return createHash('sha256').update(words.join(' ')).digest('hex').slice(0, 16);
}
