import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** The generated document pages (npm run content writes them; never edit by hand). */
const documents = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/documents' }),
  schema: z.object({
    slug: z.string(),
    source: z.string(),
    title: z.string(),
    form: z.enum(['markdown', 'hard-wrapped', 'ocr']),
    restored: z.boolean(),
    metadata: z.record(z.string(), z.unknown()),
  }),
});

export const collections = { documents };
