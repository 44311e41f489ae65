/**
 * npm run build:icons: the installed edition's icons (public/icons/*.png), drawn from the site's
 * favicon (public/favicon.svg) by Chromium at each size: "any" icons as the favicon draws itself,
 * "maskable" ones with the mark inside the safe zone on a full-bleed background. Committed; run
 * again when the favicon changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../tests/support/browser.ts';

const ROOT = join(import.meta.dirname, '..');
const svg = readFileSync(join(ROOT, 'public', 'favicon.svg'), 'utf8');
const mark = svg.replace(/<rect[^>]*\/>/, '');
const browser = await launchBrowser();
for (const size of [192, 512]) {
  for (const purpose of ['any', 'maskable'] as const) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    // Maskable: the background fills the square and the mark keeps to the central 80%.
    const body = purpose === 'any' ? svg.replace('<svg ', `<svg width="${size}" height="${size}" `) : `<div style="width:${size}px;height:${size}px;background:#0b5cad;display:flex;align-items:center;justify-content:center">${mark.replace('<svg ', `<svg width="${size * 0.8}" height="${size * 0.8}" `)}</div>`;
    await page.setContent(`<html><body style="margin:0;background:transparent">${body}</body></html>`);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(join(ROOT, 'public', 'icons', `icon-${purpose}-${size}.png`), png);
    await page.close();
  }
}
await browser.close();
console.log('icons: public/icons/icon-{any,maskable}-{192,512}.png');
