/**
 * Build time: search documents → the JSON the browser fetches (app/search-index.json).
 *
 * ─────────────────────────────────────────────────────────────────────────────────────────────────────────
 *  Payload decision (real corpus of 75 entries; load = JSON.parse + indexes ready):
 *  - every field as text, all indexes rebuilt in the browser: 73 KB gzipped, ≈ 34 ms load in Node;
 *  - short fields as text + body exported (version 1): 54 KB gzipped, ≈ 28 ms load — indexing the short
 *    fields with every prefix of every token was most of it;
 *  - what we ship (version 2): every field index as flexsearch's export, plus the short fields as text for
 *    display: ≈ 97 KB gzipped, ≈ 15 ms parse + load + first query in Node. In Chromium on this machine, with
 *    the download started the moment search opens, the first result shows ≈ 50 ms after the first typed
 *    character on a cold page (75 ms with the shorter payload): on a fast link, import beats indexing.
 *    On a slow mobile link the extra 43 KB costs more than indexing saves; revisit if the corpus grows.
 *  The cost: body text is searchable but not shipped, so snippets come from the summary (the summary is what a
 *  reader needs to judge a hit; a body-only hit shows the summary's opening).
 *  The payload's shape, version and reader live in index-payload.ts. The export format belongs to flexsearch
 *  0.8: after upgrading flexsearch, bump SEARCH_INDEX_VERSION there and run the search tests (they build,
 *  serialise, load and query an index).
 * ─────────────────────────────────────────────────────────────────────────────────────────────────────────
 */
import type { SearchDoc, StoredDoc } from './documents';
import { exportBodyIndex, exportFieldIndex, fieldText, STORED_FIELDS, type IndexChunk, type StoredField } from './field-index';
import { SEARCH_INDEX_VERSION, type SearchIndexData } from './index-payload';

/**
 * Packs search documents into the serialisable index payload: the stored fields of each document (optional
 * classification fields only when present) and the exported body index. Throws on a duplicate id: the corpus
 * guarantees unique ids, so a duplicate means a bug upstream, and results must never show one page twice.
 */
export function buildSearchIndex(docs: SearchDoc[]): SearchIndexData {
  const seen = new Set<string>();
  const out: StoredDoc[] = [];
  for (const d of docs) {
    if (seen.has(d.id)) throw new Error(`buildSearchIndex: duplicate id "${d.id}"`);
    seen.add(d.id);
    const doc: StoredDoc = {
      id: d.id,
      kind: d.kind,
      url: d.url,
      title: d.title,
      titleZh: d.titleZh,
      aliases: [...d.aliases],
      summary: d.summary,
      headings: [...d.headings],
    };
    if (d.origin) doc.origin = d.origin;
    if (d.timing) doc.timing = d.timing;
    if (d.area) doc.area = d.area;
    out.push(doc);
  }
  const fields = Object.fromEntries(STORED_FIELDS.map((f) => [f, exportFieldIndex(f, out.map((d) => fieldText(d, f)))])) as Record<StoredField, IndexChunk[]>;
  return { version: SEARCH_INDEX_VERSION, docs: out, fields, body: exportBodyIndex(docs.map((d) => d.text)) };
}
