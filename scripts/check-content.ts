/** `npm run check:content`: validates the whole corpus, prints every problem, exits 1 if there is any. */
import { loadCorpus } from '../lib/content/load';
import { formatReport } from '../lib/content/issues';

const root = process.argv[2] ?? process.cwd();
const started = performance.now();
const corpus = await loadCorpus(root);
console.log(formatReport(corpus.issues, corpus.fileCount));
if (corpus.issues.length === 0) {
  console.log(`  ${corpus.entries.length} entries, ${corpus.references.length} references (${Math.round(performance.now() - started)} ms).`);
}
process.exit(corpus.issues.length ? 1 : 0);
