import type { APIRoute } from 'astro';
import { clauseUrl } from '../../pipeline/emit/json.ts';
import { loadAlignment } from '../../lib/documents.ts';

/** dist/api/topics.json: every topic with its member sections (docs/json-export.md). */
export const GET: APIRoute = () => {
  const { topics, alignment } = loadAlignment();
  const body = topics.map(({ keywords: _keywords, ...topic }) => ({
    ...topic,
    sections: [...alignment.sections.entries()]
      .filter(([, s]) => s.topics.includes(topic.id))
      .map(([key, s]) => {
        const [slug, id] = key.split('#') as [string, string];
        return { slug, id, url: clauseUrl(slug, id), assignment: s.source };
      }),
  }));
  return new Response(JSON.stringify({ topics: body }, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
