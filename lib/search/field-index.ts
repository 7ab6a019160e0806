/**
 * The flexsearch side of search: one `Index` per field, all sharing the tokeniser in tokenize.ts.
 *
 * One Index per field (rather than one Document) because the ranking needs, for each query token, which
 * field matched and whether it matched a whole word or only a prefix; a Document search intersects the terms
 * inside each field and so cannot answer "term A in the title, term B in the body".
 */
import { Index, type StorageInterface, type WorkerType } from 'flexsearch';
import type { StoredDoc } from './documents';
import { indexTokens } from './tokenize';

export const FIELDS = ['title', 'titleZh', 'aliases', 'summary', 'headings', 'text'] as const;
export type Field = (typeof FIELDS)[number];

/** Fields whose text travels in the payload; the index is rebuilt from them on load. */
export type StoredField = Exclude<Field, 'text'>;
export const STORED_FIELDS: readonly StoredField[] = ['title', 'titleZh', 'aliases', 'summary', 'headings'];

/**
 * Weight of a whole-word match per field. Titles and aliases (names, abbreviations, drugs, trials) rank
 * above the summary, which ranks above headings and body text.
 */
export const FIELD_WEIGHT: Record<Field, number> = {
  title: 100,
  titleZh: 100,
  aliases: 90,
  summary: 35,
  headings: 25,
  text: 10,
};

/**
 * Fields indexed with every prefix of every token ("forward"), so a half-typed word finds a title. Summary and
 * body are indexed by whole tokens only: prefixes of long texts would multiply the index size for little gain.
 */
export const PREFIX_FIELDS: readonly Field[] = ['title', 'titleZh', 'aliases', 'headings'];

/** A prefix match counts this fraction of a whole-word match. */
export const PREFIX_FACTOR = 0.6;

/** Separator between list items in one field: not a joiner, so "LKB1 | 2" never becomes "lkb12". */
const LIST_SEPARATOR = ' | ';

/** The text of one stored field of a document, as indexed. */
export function fieldText(doc: StoredDoc, field: StoredField): string {
  switch (field) {
    case 'aliases':
      return doc.aliases.join(LIST_SEPARATOR);
    case 'headings':
      return doc.headings.join(LIST_SEPARATOR);
    default:
      return doc[field];
  }
}

export type FieldIndexes = Record<Field, Index>;

/** Number of flexsearch score slots. */
export const RESOLUTION = 9;

/**
 * For the body: the slot of a token is given by how often it occurs in the document (slot 0: nine times or
 * more, slot 8: once) instead of flexsearch's default, the position of its first occurrence. A page that keeps
 * talking about CheckMate 227 is more about it than one that mentions it once; for a long body, where the
 * first mention happens to fall says little.
 */
function frequencySlot(): (content: string[], term: string) => number {
  // flexsearch calls this for each distinct term of one document in turn: count the document once.
  let counted: string[] | null = null;
  let counts = new Map<string, number>();
  return (content, term) => {
    if (content !== counted) {
      counted = content;
      counts = new Map();
      for (const t of content) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    return RESOLUTION - Math.min(RESOLUTION, counts.get(term) ?? 1);
  };
}

/** Occurrences of a token in a document's body, from the slot it was found in (1–9, 9 meaning "9 or more"). */
export function frequencyOfSlot(slot: number): number {
  return RESOLUTION - slot;
}

function createIndex(field: Field): Index {
  return new Index({
    tokenize: PREFIX_FIELDS.includes(field) ? 'forward' : 'strict',
    // Our tokeniser replaces flexsearch's encoders: it owns normalisation, compounds and CJK bigrams.
    encode: indexTokens,
    resolution: RESOLUTION,
    ...(field === 'text' ? { score: frequencySlot() } : {}),
  });
}

/** Fresh, empty flexsearch indexes, one per field, with the shared tokeniser. */
export function createFieldIndexes(): FieldIndexes {
  return {
    title: createIndex('title'),
    titleZh: createIndex('titleZh'),
    aliases: createIndex('aliases'),
    summary: createIndex('summary'),
    headings: createIndex('headings'),
    text: createIndex('text'),
  };
}

/** Adds document number `n` (its position in the document list) to the index of every stored field. */
export function addStoredFields(indexes: FieldIndexes, n: number, doc: StoredDoc): void {
  for (const field of STORED_FIELDS) {
    const text = fieldText(doc, field);
    if (text !== '') indexes[field].add(n, text);
  }
}

/** One chunk of flexsearch's export: its key ("1.reg", "1.map", …) and its data, as parsed JSON. */
export type IndexChunk = [key: string, data: unknown[]];

/** The index of `field` over `texts` (document n's text is texts[n]), built and exported. */
export function exportFieldIndex(field: Field, texts: readonly string[]): IndexChunk[] {
  const index = createIndex(field);
  texts.forEach((t, n) => {
    if (t !== '') index.add(n, t);
  });
  const chunks: IndexChunk[] = [];
  // With a synchronous handler, export is synchronous. The data is kept parsed, so the payload holds JSON
  // arrays instead of JSON strings inside JSON (no escaping, and one JSON.parse on load instead of two).
  index.export((key, data) => {
    const parsed: unknown = JSON.parse(data);
    if (Array.isArray(parsed)) chunks.push([key, parsed]);
  });
  return chunks;
}

/** The body index of `texts`, built and exported. */
export function exportBodyIndex(texts: readonly string[]): IndexChunk[] {
  return exportFieldIndex('text', texts);
}

/** An index of `field` holding `chunks` (as exported by exportFieldIndex; validate them first). */
export function importFieldIndex(field: Field, chunks: readonly IndexChunk[]): Index {
  const index = createIndex(field);
  for (const [key, data] of chunks) index.import(key, data);
  return index;
}

/** A body index holding `chunks` (as exported by exportBodyIndex; validate them first). */
export function importBodyIndex(chunks: readonly IndexChunk[]): Index {
  return importFieldIndex('text', chunks);
}

declare module 'flexsearch' {
  // flexsearch's import takes the exported string or the same data already parsed (serialize.js:
  // `if (typeof data === "string") data = JSON.parse(data)`); its typings list only the string.
  interface Index<W extends WorkerType = false, S extends StorageInterface | boolean = false, r extends boolean = true> {
    import(key: string, data: unknown[]): void;
  }
}
