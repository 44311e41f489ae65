/**
 * The page left at the address of a published document whose slug changed: it forwards to the
 * new place, clause included (public/redirect.js reads the map); without JavaScript a refresh and a
 * link forward to the document. Slugs and ids are [a-z0-9-], so they need no escaping here.
 */
import type { ClauseRedirect } from './registry.ts';

export function movedDocumentPage(slug: string, redirects: readonly ClauseRedirect[]): string {
  const mine = redirects.filter((r) => r.from.slug === slug);
  const target = `/documents/${mine[0]!.to.slug}/`;
  const map: Record<string, string> = { '': target };
  for (const r of mine) map[r.from.id] = `/documents/${r.to.slug}/#${r.to.id}`;
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'self'">
<meta http-equiv="refresh" content="2; url=${target}">
<title>Văn bản đã chuyển · Document moved</title>
<script type="application/json" id="clause-redirects">${JSON.stringify(map)}</script>
<script src="/redirect.js"></script>
</head>
<body>
<main>
<h1><span lang="vi">Văn bản đã chuyển địa chỉ</span> · <span lang="en">This document has moved</span></h1>
<p><a href="${target}">${target}</a></p>
</main>
</body>
</html>
`;
}
