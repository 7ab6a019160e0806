/**
 * `npm run check:content` (and the first step of `npm run build`): builds the corpus once, writes it to
 * .atlas/corpus.json for `next build` and the server, prints every problem, and exits 1 if there is any.
 * Usage: tsx scripts/build-corpus.ts [root]  (root: the folder that contains content/; default ATLAS_ROOT or cwd).
 */
import { relative } from 'node:path';
import { writeArtifact } from '../lib/content/artifact';
import { formatReport } from '../lib/content/issues';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kindBlocks, withKindBlocks } from '../lib/content/kind-docs';
import { KIND_DEFS } from '../lib/content/kinds';
import { loadArtifact, readKindFiles } from '../lib/content/load';
import { translationReport, translationStatus } from '../lib/content/translation-status';

const root = process.argv[2] ?? process.env.ATLAS_ROOT ?? process.cwd();
const cacheDir = process.env.ATLAS_CACHE_DIR;
const started = performance.now();
const artifact = await loadArtifact(root, cacheDir ? { cacheDir } : {});
const path = writeArtifact(root, artifact);
const { corpus } = artifact;
console.log(formatReport(corpus.issues, corpus.fileCount));
if (corpus.issues.length === 0) {
  const ms = Math.round(performance.now() - started);
  console.log(
    `  ${corpus.entries.length} entries, ${corpus.references.length} references (${ms} ms) → ${relative(process.cwd(), path) || path}`,
  );
  for (const line of translationReport(translationStatus(corpus.entries, corpus.translations))) console.log(line);
}
// The kinds README.md and AUTHORING.md list are generated from the registry: brought up to date here, where
// every change to a kind is checked anyway.
const blocks = kindBlocks(KIND_DEFS, readKindFiles(process.cwd()));
for (const doc of ['README.md', 'AUTHORING.md']) {
  const file = join(process.cwd(), doc);
  if (!existsSync(file)) continue;
  const text = readFileSync(file, 'utf8');
  const updated = withKindBlocks(text, blocks);
  if (updated !== text) {
    writeFileSync(file, updated);
    console.log(`  Updated the list of kinds in ${doc} (generated from lib/content/kinds/).`);
  }
}
process.exit(corpus.issues.length ? 1 : 0);
