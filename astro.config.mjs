// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';

export default defineConfig({
  site: 'https://kinh-te-tap-the.example.invalid',
  trailingSlash: 'always',
  // Scripts and styles stay files of their own, so the Content-Security-Policy can allow only 'self'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    // Source text is published letter for letter: no smart quotes or dashes rewriting it.
    processor: unified({ remarkPlugins: [remarkGfm], gfm: false, smartypants: false }),
    shikiConfig: { theme: 'github-light' },
  },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
