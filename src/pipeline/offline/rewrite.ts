/**
 * Turning the built site into copies that work without a server: the offline edition (every page,
 * opened from disk over file://) and one self-contained HTML file per document. Pure string
 * transforms over the built HTML, which the build itself wrote (so its shapes are known).
 */

/** The path from a page at `pagePath` (e.g. `documents/x/index.html`) back to the copy's root. */
export function rootFrom(pagePath: string): string {
  const depth = pagePath.split('/').length - 1;
  return '../'.repeat(depth);
}

/** A site-absolute URL ("/documents/x/?lang=en#id") as a path relative to the copy's root, file-ready. */
export function fileUrl(absolute: string): string {
  const match = /^\/([^?#]*)([?#].*)?$/.exec(absolute);
  if (!match) return absolute;
  let path = match[1]!;
  if (path === '' || path.endsWith('/')) path += 'index.html';
  return path + (match[2] ?? '');
}

const MODULE_SCRIPT = /<script type="module"[^>]*><\/script>/g;
/** What only the published site offers (the download of the offline copy itself). */
const ONLINE_ONLY = /<(p|li|span)\b[^>]*\bdata-online-only\b[^>]*>[\s\S]*?<\/\1>/g;
const CSP = /<meta http-equiv="Content-Security-Policy"[^>]*>/g;
const ICON = /<link rel="icon"[^>]*>/g;
const MANIFEST = /<link rel="manifest"[^>]*>/g;
/** A classic script of the site's own, loaded where it must run (public/panels.js, right after the panels). */
const SITE_SCRIPT = /<script src="(\/[a-z-]+\.js)"><\/script>/g;

/**
 * A page of the offline edition: links made relative, the site's module scripts replaced by the
 * one classic script, and (on the search page) the offline index. The policy meta goes: a file://
 * page has no origin for 'self' to name.
 */
export function offlinePage(html: string, pagePath: string, options: { searchPage: boolean }): string {
  const root = rootFrom(pagePath);
  const scripts = [options.searchPage ? `<script src="${root}search-index.js"></script>` : '', `<script src="${root}offline.js"></script>`].join('');
  return html
    .replace(CSP, '')
    .replace(MODULE_SCRIPT, '')
    .replace(ONLINE_ONLY, '')
    .replace(/\s(href|src|action)="(\/[^"]*)"/g, (_all, attribute: string, url: string) => ` ${attribute}="${root}${fileUrl(url)}"`)
    .replace('<html ', `<html data-root="${root}" `)
    .replace('</body>', `${scripts}</body>`);
}

/** Keep a script's text from closing its <script> element early. */
function inlineScript(code: string): string {
  return `<script>${code.replace(/<\/(script)/gi, '<\\/$1')}</script>`;
}

/**
 * One document as a single self-contained file: styles and scripts inlined, no request of any
 * kind; links to the rest of the edition point at the published site.
 */
export function singleFilePage(html: string, assets: { css: Map<string, string>; scripts: string[]; inPlace?: Map<string, string> }, site: string): string {
  return html
    .replace(CSP, '')
    .replace(ICON, '')
    .replace(MANIFEST, '')
    .replace(MODULE_SCRIPT, '')
    .replace(ONLINE_ONLY, '')
    .replace(/<script src="\/language\.js"><\/script>/, '')
    .replace(SITE_SCRIPT, (all, src: string) => (assets.inPlace?.has(src) ? inlineScript(assets.inPlace.get(src)!) : all))
    .replace(/<link rel="stylesheet" href="([^"]+)">/g, (_all, href: string) => `<style>${assets.css.get(href) ?? ''}</style>`)
    .replace(/\s(href|action)="(\/[^"]*)"/g, (_all, attribute: string, url: string) => ` ${attribute}="${site}${url}"`)
    .replace('</body>', `${assets.scripts.map(inlineScript).join('')}</body>`);
}
