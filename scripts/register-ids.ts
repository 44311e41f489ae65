/**
 * npm run register-ids: add the clause ids the build now produces to content/published-ids.json.
 * Ids are only ever added; run it when new clauses are published, and commit the file.
 */
import { writeFileSync } from 'node:fs';
import { registerIds } from '../src/pipeline/permalinks/registry.ts';
import { buildAllDocuments, readRegistry, REGISTRY_FILE } from './build-content.ts';

const { documents, problems } = await buildAllDocuments();
if (problems.length > 0) {
  for (const problem of problems) console.error(`error: ${problem}`);
  process.exit(1);
}
const { registry } = readRegistry();
const next = registerIds(registry, documents);
const added = Object.values(next).flat().length - Object.values(registry).flat().length;
writeFileSync(REGISTRY_FILE, `${JSON.stringify(next, null, 1)}\n`);
console.log(`register-ids: ${added} ids added; ${Object.values(next).flat().length} published`);
