/**
 * Build time: search documents → the JSON the browser fetches (app/search-index.json).
 *
 * ─────────────────────────────────────────────────────────────────────────────────────────────────────────
 *  Payload decision (scripts/bench-search.ts, real corpus of 75 entries, Node; load = JSON.parse + indexes):
 *  - every field as text, all indexes rebuilt in the browser: 73 KB gzipped, ≈ 34 ms load — tokenising and
 *    indexing ~40,000 body words is most of it (several times that on a phone);
 *  - every field as flexsearch's export: ≈ 5 ms load but 95 KB gzipped, because the title/alias indexes hold
 *    every prefix of every token, 4–10× the size of the text they index;
 *  - what we ship: the short fields as text (the browser indexes them in a few ms, and they are needed for
 *    display anyway) and the BODY only as flexsearch's export, which gzips smaller than the body text (each
 *    word once, with its id list) and imports far faster than re-tokenising: 54 KB gzipped, ≈ 13 ms load.
 *    Smallest payload and near-fastest load, so the fastest fetch + load + first query (≈ 57 ms against 83
 *    and 94 ms at 10 Mbit/s; the same order at 100, 1,000 and 10,000 synthetic entries).
 *  The cost: body text is searchable but not shipped, so snippets come from the summary (the summary is what a
 *  reader needs to judge a hit; a body-only hit shows the summary's opening).
 *  The export format belongs to flexsearch 0.8: after upgrading flexsearch, bump SEARCH_INDEX_VERSION and run
 *  the search tests (they build, serialise, load and query an index).
 * ─────────────────────────────────────────────────────────────────────────────────────────────────────────
 */
import type { SearchDoc, StoredDoc } from './documents';
import { exportBodyIndex, type IndexChunk } from './field-index';

/** Bump when the payload shape, the tokeniser or flexsearch's export format changes. */
export const SEARCH_INDEX_VERSION = 1;

/** The serialised search index: plain JSON. */
export interface SearchIndexData {
  version: typeof SEARCH_INDEX_VERSION;
  /** Documents in index order (the position of a document is its number in the indexes), without body text. */
  docs: StoredDoc[];
  /** flexsearch's export of the body-text index, chunk by chunk. */
  body: IndexChunk[];
}

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
  return { version: SEARCH_INDEX_VERSION, docs: out, body: exportBodyIndex(docs.map((d) => d.text)) };
}
