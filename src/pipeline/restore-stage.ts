import type { RestoreStage } from './index.ts';
import { passThrough } from './index.ts';

/**
 * The restore stage the build uses. Until the restoration engine is wired in, text passes through
 * unchanged and OCR documents are published as OCR.
 */
export async function loadRestoreStage(): Promise<RestoreStage> {
  return passThrough;
}
