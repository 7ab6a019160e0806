/**
 * The search-index payload, described once: its version, its shape (what buildSearchIndex writes at build time)
 * and its reader (what the engine loads in the browser). The payload comes over the network and may be
 * anything, so the reader checks every part before the engine sees it.
 *
 * The export format belongs to flexsearch 0.8: after upgrading flexsearch, or changing the tokeniser
 * (lib/search/tokenize.ts, lib/core/text.ts), bump SEARCH_INDEX_VERSION and run the search tests.
 */
import { ID_PATTERN } from '../content/ids';
import { AREAS, ORIGINS, TIMINGS } from '../content/vocabulary';
import type { StoredDoc } from './documents';
import { RESOLUTION, STORED_FIELDS, type IndexChunk, type StoredField } from './field-index';

/** Bump when the payload shape, the tokeniser or flexsearch's export format changes. */
export const SEARCH_INDEX_VERSION = 2;

/** The serialised search index: plain JSON. */
export interface SearchIndexData {
  version: typeof SEARCH_INDEX_VERSION;
  /** Documents in index order (the position of a document is its number in the indexes), without body text. */
  docs: StoredDoc[];
  /** flexsearch's export of each short field's index (title, aliases…), so the browser imports, not indexes. */
  fields: Record<StoredField, IndexChunk[]>;
  /** flexsearch's export of the body-text index, chunk by chunk. */
  body: IndexChunk[];
}

/** Thrown by readSearchIndex (and so loadSearchIndex) when the payload is missing, of another version, or malformed. */
export class SearchIndexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SearchIndexError';
  }
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'string' ? `the string ${JSON.stringify(v.slice(0, 40))}` : typeof v;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function readString(o: Record<string, unknown>, key: string, at: string): string {
  const v = Object.hasOwn(o, key) ? o[key] : undefined;
  if (typeof v !== 'string') throw new SearchIndexError(`Search index is corrupt: ${at}.${key} should be a string, got ${describe(v)}`);
  return v;
}

function readStrings(o: Record<string, unknown>, key: string, at: string): string[] {
  const v = Object.hasOwn(o, key) ? o[key] : undefined;
  if (!Array.isArray(v) || !v.every((s): s is string => typeof s === 'string')) {
    throw new SearchIndexError(`Search index is corrupt: ${at}.${key} should be a list of strings, got ${describe(v)}`);
  }
  return [...v];
}

/**
 * A kind name: the browser does not carry the kind registry, so it checks the shape (kebab-case) only; the server
 * that wrote the index took the names from the registry.
 */
function readKind(o: Record<string, unknown>, at: string): string {
  const v = Object.hasOwn(o, 'kind') ? o.kind : undefined;
  if (typeof v !== 'string' || !ID_PATTERN.test(v)) throw new SearchIndexError(`Search index is corrupt: ${at}.kind should be a kind name, got ${describe(v)}`);
  return v;
}

function readEnum<T extends string>(o: Record<string, unknown>, key: string, at: string, values: readonly T[], optional: boolean): T | undefined {
  const v = Object.hasOwn(o, key) ? o[key] : undefined;
  if (v === undefined && optional) return undefined;
  const found = values.find((x) => x === v);
  if (found === undefined) {
    throw new SearchIndexError(`Search index is corrupt: ${at}.${key} should be one of ${values.join(', ')}, got ${describe(v)}`);
  }
  return found;
}

function isDocNumber(x: unknown, count: number): boolean {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < count;
}

/**
 * Checks the exported body index: [key, data] chunks of flexsearch's "reg" (document numbers) and "map"
 * ([token, slots] with each slot null or a list of document numbers) kinds. Every document number must
 * name a document, so the engine never meets an id it cannot resolve.
 */
function readChunks(body: unknown, count: number, name = 'body'): IndexChunk[] {
  if (!Array.isArray(body)) throw new SearchIndexError(`Search index is corrupt: ${name} should be a list of index chunks, got ${describe(body)}`);
  return body.map((chunk: unknown, i: number): IndexChunk => {
    const at = `${name}[${i}]`;
    if (!Array.isArray(chunk) || chunk.length !== 2 || typeof chunk[0] !== 'string' || !Array.isArray(chunk[1])) {
      throw new SearchIndexError(`Search index is corrupt: ${at} should be a [key, data] pair, got ${describe(chunk)}`);
    }
    const key: string = chunk[0];
    const data: unknown[] = chunk[1];
    const kind = /^[0-9]+\.(reg|map)$/.exec(key)?.[1];
    const ok =
      kind === 'reg'
        ? data.every((n) => isDocNumber(n, count))
        : kind === 'map'
          ? data.every(
              (entry) =>
                Array.isArray(entry) &&
                entry.length === 2 &&
                typeof entry[0] === 'string' &&
                Array.isArray(entry[1]) &&
                entry[1].length <= RESOLUTION &&
                entry[1].every((slot: unknown) => slot === null || (Array.isArray(slot) && slot.every((n) => isDocNumber(n, count)))),
            )
          : false;
    if (!kind) throw new SearchIndexError(`Search index is corrupt: ${at} has the unknown key ${JSON.stringify(key.slice(0, 40))}`);
    if (!ok) throw new SearchIndexError(`Search index is corrupt: ${at} (${key}) holds malformed data or a document number out of range`);
    return [key, data];
  });
}

/**
 * Checks a parsed payload and returns it typed. Throws SearchIndexError, naming the problem, when `data` is
 * missing, of another version or malformed. Documents are copied into fresh objects; the body-index chunks, once checked, are
 * handed to flexsearch as they are (they are ours: parsed from the fetched JSON, referenced nowhere else).
 */
export function readSearchIndex(data: unknown): SearchIndexData {
  if (!isRecord(data)) throw new SearchIndexError(`Search index is missing or not an object (got ${describe(data)})`);
  const version = Object.hasOwn(data, 'version') ? data.version : undefined;
  if (version !== SEARCH_INDEX_VERSION) {
    throw new SearchIndexError(
      `Search index version ${describe(version)} is not supported (expected ${SEARCH_INDEX_VERSION}): rebuild the site so search-index.json matches the code`,
    );
  }
  const docs = Object.hasOwn(data, 'docs') ? data.docs : undefined;
  if (!Array.isArray(docs)) throw new SearchIndexError(`Search index is corrupt: docs should be a list, got ${describe(docs)}`);
  const ids = new Set<string>();
  const stored = docs.map((raw: unknown, i: number): StoredDoc => {
    const at = `docs[${i}]`;
    if (!isRecord(raw)) throw new SearchIndexError(`Search index is corrupt: ${at} should be an object, got ${describe(raw)}`);
    const id = readString(raw, 'id', at);
    if (id === '') throw new SearchIndexError(`Search index is corrupt: ${at}.id is empty`);
    if (ids.has(id)) throw new SearchIndexError(`Search index is corrupt: ${at}.id "${id}" appears twice`);
    ids.add(id);
    const doc: StoredDoc = {
      id,
      kind: readKind(raw, at),
      url: readString(raw, 'url', at),
      title: readString(raw, 'title', at),
      titleZh: readString(raw, 'titleZh', at),
      aliases: readStrings(raw, 'aliases', at),
      summary: readString(raw, 'summary', at),
      headings: readStrings(raw, 'headings', at),
    };
    const origin = readEnum(raw, 'origin', at, ORIGINS, true);
    const timing = readEnum(raw, 'timing', at, TIMINGS, true);
    const area = readEnum(raw, 'area', at, AREAS, true);
    if (origin) doc.origin = origin;
    if (timing) doc.timing = timing;
    if (area) doc.area = area;
    return doc;
  });
  const rawFields = Object.hasOwn(data, 'fields') ? data.fields : undefined;
  if (!isRecord(rawFields)) throw new SearchIndexError(`Search index is corrupt: fields should be an object, got ${describe(rawFields)}`);
  const fields = Object.fromEntries(
    STORED_FIELDS.map((f) => [f, readChunks(Object.hasOwn(rawFields, f) ? rawFields[f] : undefined, stored.length, `fields.${f}`)]),
  ) as Record<StoredField, IndexChunk[]>;
  return { version: SEARCH_INDEX_VERSION, docs: stored, fields, body: readChunks(Object.hasOwn(data, 'body') ? data.body : undefined, stored.length) };
}
