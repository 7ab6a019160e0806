/**
 * Build time only: the flexsearch side of search. One `Index` per field, all sharing the tokeniser in
 * tokenize.ts, built over the documents and exported as token → score slots (build-index.ts shards them).
 * The browser never loads flexsearch: the engine reads the exported postings directly (query.ts).
 *
 * One Index per field (rather than one Document) because the ranking needs, for each query token, which
 * field matched and whether it matched a whole word or only a prefix; a Document search intersects the terms
 * inside each field and so cannot answer "term A in the title, term B in the body".
 */
import { Index } from 'flexsearch';
import { PREFIX_FIELDS, RESOLUTION, type Field } from './fields';
import { indexTokens } from './tokenize';

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

function createIndex(field: Field): Index {
  return new Index({
    tokenize: (PREFIX_FIELDS as readonly Field[]).includes(field) ? 'forward' : 'strict',
    // Our tokeniser replaces flexsearch's encoders: it owns normalisation, compounds and CJK bigrams.
    encode: indexTokens,
    resolution: RESOLUTION,
    ...(field === 'text' ? { score: frequencySlot() } : {}),
  });
}

/** Score slots of one token: slot i lists the documents (by number) that flexsearch scored i; null when none. */
export type Slots = (number[] | null)[];

/**
 * The index of `field` over `texts` (document n's text is texts[n]): each token with its score slots, in
 * flexsearch's order. For prefix fields the tokens include every prefix of every word.
 */
export function fieldPostings(field: Field, texts: readonly string[]): Map<string, Slots> {
  const index = createIndex(field);
  texts.forEach((t, n) => {
    if (t !== '') index.add(n, t);
  });
  const out = new Map<string, Slots>();
  // With a synchronous handler, export is synchronous; "map" chunks hold [token, slots] pairs.
  index.export((key, data) => {
    if (!key.endsWith('.map')) return;
    for (const [token, slots] of JSON.parse(data) as [string, Slots][]) out.set(token, slots);
  });
  return out;
}
