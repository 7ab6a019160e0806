/**
 * Build time: search documents → the JSON the browser fetches (app/search-index.json).
 *
 * Format decision: the payload is the compact documents, and the browser builds the flexsearch indexes from
 * them on load (loadSearchIndex in query.ts). We measured the alternative — shipping flexsearch's own export
 * and importing it — with scripts/bench-search.ts: the export of the per-field indexes is several times larger
 * than the text it indexes (every prefix of every title/alias token, every body token with its id lists),
 * gzipped it still is, and the documents must travel anyway for titles, summaries and snippets. Rebuilding
 * ~100 entries takes a few milliseconds, far less than fetching the extra bytes on any real network, so
 * fetch + load + first query is fastest this way. Import would win only for corpora of many thousands of
 * entries on fast connections (see the bench table).
 */
import type { SearchDoc } from './documents';

/** Bump when the payload shape or the tokeniser changes, so an old cached index is rejected, not misread. */
export const SEARCH_INDEX_VERSION = 1;

/** The serialised search index: plain JSON. */
export interface SearchIndexData {
  version: typeof SEARCH_INDEX_VERSION;
  /** Documents in index order; the position of a document is its number inside the flexsearch indexes. */
  docs: SearchDoc[];
}

/**
 * Packs search documents into the serialisable index payload. Keeps only the fields search needs (optional
 * classification fields only when present). Throws on a duplicate id: the corpus guarantees unique ids,
 * so a duplicate means a bug upstream, and results must never show one page twice.
 */
export function buildSearchIndex(docs: SearchDoc[]): SearchIndexData {
  const seen = new Set<string>();
  const out: SearchDoc[] = [];
  for (const d of docs) {
    if (seen.has(d.id)) throw new Error(`buildSearchIndex: duplicate id "${d.id}"`);
    seen.add(d.id);
    const doc: SearchDoc = {
      id: d.id,
      kind: d.kind,
      url: d.url,
      title: d.title,
      titleZh: d.titleZh,
      aliases: [...d.aliases],
      summary: d.summary,
      headings: [...d.headings],
      text: d.text,
    };
    if (d.origin) doc.origin = d.origin;
    if (d.timing) doc.timing = d.timing;
    if (d.area) doc.area = d.area;
    out.push(doc);
  }
  return { version: SEARCH_INDEX_VERSION, docs: out };
}
