/**
 * One of the site's scripts bundled for a place that loads no modules (a page opened from disk, a
 * service worker): one minified classic script, its dependencies inlined, `define` replacing
 * expressions with build-time values.
 */
import { build } from 'esbuild';

export async function bundleClassicScript(entry: string, define: Record<string, string> = {}): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
    define,
  });
  return result.outputFiles[0]!.text;
}
