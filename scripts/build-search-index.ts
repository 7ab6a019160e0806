/**
 * Step of `npm run build` after the corpus artifact: writes the search index files (lib/search/build-index.ts)
 * to .atlas/search-index/ (English) and .atlas/search-index/zh/ (the Chinese edition's), each with a brotli (.br)
 * and a gzip (.gz) copy beside it, replacing the previous build's. `next start` serves them
 * (scripts/serve-index-files.mjs, app/search-index/[...path]/route.ts); a static export copies the folder.
 * Usage: tsx scripts/build-search-index.ts [root]  (default ATLAS_ROOT or cwd).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readArtifact } from '../lib/content/artifact';
import { buildSearchIndex, searchIndexFiles } from '../lib/search/build-index';
import { toChineseSearchDocs, toSearchDocs } from '../lib/search/documents';
import { checkedSite } from '../lib/site/get-site';
import { SEARCH_INDEX_DIR, ZH_INDEX_FOLDER } from '../lib/site/search-routes';

/** Writes `files` (path → JSON text) under `dir` with .br and .gz copies; returns the total bytes of each kind. */
export function writeIndexFiles(dir: string, files: ReadonlyMap<string, string>): { raw: number; br: number; gz: number } {
  rmSync(dir, { recursive: true, force: true });
  const totals = { raw: 0, br: 0, gz: 0 };
  for (const [path, text] of files) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    const raw = Buffer.from(text);
    const br = brotliCompressSync(raw, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    });
    const gz = gzipSync(raw, { level: 9 });
    writeFileSync(file, raw);
    writeFileSync(`${file}.br`, br);
    writeFileSync(`${file}.gz`, gz);
    totals.raw += raw.length;
    totals.br += br.length;
    totals.gz += gz.length;
  }
  return totals;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? process.env.ATLAS_ROOT ?? process.cwd();
  const site = checkedSite(readArtifact(root).corpus);
  const dir = join(process.cwd(), SEARCH_INDEX_DIR);
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  // English first: writing it replaces the whole folder, the Chinese subfolder included.
  for (const [lang, folder] of [
    ['en', dir],
    ['zh', join(dir, ZH_INDEX_FOLDER)],
  ] as const) {
    const started = performance.now();
    const docs = lang === 'zh' ? toChineseSearchDocs(site.entries, site.getTranslation) : toSearchDocs(site.entries);
    const built = buildSearchIndex(docs, { lang });
    const t = writeIndexFiles(folder, searchIndexFiles(built));
    console.log(
      `  search index (${lang}): ${built.manifest.count} documents, ${built.files.length} files (${kb(t.raw)} raw, ${kb(t.gz)} gzip, ${kb(t.br)} brotli) ` +
        `in ${Math.round(performance.now() - started)} ms → ${relative(process.cwd(), folder)}`,
    );
  }
}
